"""The product's nouns: runs, steps, gates, claims, articles.

Plain dataclasses with no I/O, shared by every layer. Storage maps them to tables; the bot
renders them; the orchestrator moves them through their states. What a run spent is in
orchestrator/usage.py; what approvers hand in at a gate (votes, corrections) in
orchestrator/approvals.py.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from orchestrator.usage import Usage

JSON = dict[str, Any]


class RunStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    WAITING = "waiting"  # a gate escalated; waiting in the database for a person
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    REJECTED = "rejected"  # an approver rejected it at a gate
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        return self in (
            RunStatus.SUCCEEDED,
            RunStatus.FAILED,
            RunStatus.REJECTED,
            RunStatus.CANCELLED,
        )


class StepStatus(enum.StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    SKIPPED = "skipped"


class GateDecision(enum.StrEnum):
    CONTINUE = "continue"
    RETRY = "retry"
    ESCALATE = "escalate"  # waiting for a person
    APPROVED = "approved"
    REJECTED = "rejected"
    TIMED_OUT = "timed_out"


class Verdict(enum.StrEnum):
    SUPPORTED = "supported"
    UNSUPPORTED = "unsupported"  # the article (or the cited source) does not contain it
    UNVERIFIABLE = "unverifiable"  # nothing checkable in the claim, or the source was unreadable


class SourceOutcome(enum.StrEnum):
    """What a cited source says about a figure the article cites it for."""

    CONFIRMED = "confirmed"
    CONTRADICTED = "contradicted"  # the source gives another value for the same thing
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"  # the source could not be read: nothing was checked

    @property
    def words(self) -> str:
        return {
            SourceOutcome.CONFIRMED: "confirmed at the source",
            SourceOutcome.CONTRADICTED: "contradicted by the source",
            SourceOutcome.NOT_FOUND: "not found at the source",
            SourceOutcome.UNREADABLE: "source unreadable",
        }[self]


@dataclass(frozen=True)
class Origin:
    """Where a run was asked for, and so where its progress is told."""

    transport: str  # "slack", "console", "cli"
    channel: str | None = None
    thread_ts: str | None = None  # the message the run answers in the thread of
    user: str | None = None
    team: str | None = None
    # What kind of conversation `channel` is (a Conversation value); None when unknown,
    # which visibility treats as private.
    conversation: str | None = None


class Conversation(enum.StrEnum):
    """Where in Slack a run was asked for; decides who may read its history."""

    PUBLIC = "public"  # a public channel: anyone in the workspace
    PRIVATE = "private"  # a private channel: its members
    GROUP_DM = "group_dm"  # a multi-person DM: its members
    DM = "dm"  # a direct message with the bot: that person


@dataclass(frozen=True)
class ArticleLink:
    """An outbound link in the article body, with the sentence around it."""

    url: str
    anchor: str
    context: str


@dataclass(frozen=True)
class Article:
    url: str  # the final URL, after redirects
    text: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None  # ISO 8601 date when the page says one
    site: str | None = None
    links: tuple[ArticleLink, ...] = ()
    extractor: str = "trafilatura"
    # Declared by the page: <link rel=canonical> (else og:url), and <html lang> (else meta).
    # Rows stored before these existed read back as None.
    canonical_url: str | None = None
    language: str | None = None  # a tag like "en" or "en-GB"

    def to_json(self) -> JSON:
        return {
            "url": self.url,
            "title": self.title,
            "byline": self.byline,
            "date": self.date,
            "site": self.site,
            "text": self.text,
            "links": [
                {"url": link.url, "anchor": link.anchor, "context": link.context}
                for link in self.links
            ],
            "extractor": self.extractor,
            "canonical_url": self.canonical_url,
            "language": self.language,
        }

    @classmethod
    def from_json(cls, data: JSON) -> Article:
        return cls(
            url=data["url"],
            text=data["text"],
            title=data.get("title"),
            byline=data.get("byline"),
            date=data.get("date"),
            site=data.get("site"),
            links=tuple(
                ArticleLink(url=link["url"], anchor=link["anchor"], context=link["context"])
                for link in data.get("links", ())
            ),
            extractor=data.get("extractor", "trafilatura"),
            canonical_url=data.get("canonical_url"),
            language=data.get("language"),
        )


@dataclass
class Step:
    run_id: int
    name: str
    status: StepStatus
    started_at: datetime
    finished_at: datetime | None = None
    attempt: int = 1
    output: JSON | None = None
    error: str | None = None
    usage: Usage = field(default_factory=Usage)
    model: str | None = None
    # A re-run's step copied from an earlier run instead of run: the run that first produced
    # it (its tokens were spent there, not here).
    copied_from: int | None = None

    @property
    def seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


@dataclass
class Gate:
    run_id: int
    name: str
    decision: GateDecision
    reason: str
    created_at: datetime
    attempt: int = 1  # which attempt of the phase before it this gate judged
    id: int | None = None
    decided_by: str | None = None  # a person's id, "gate" for code, "timeout"
    decided_at: datetime | None = None
    evidence: JSON | None = None
    note: str | None = None  # what the person who decided said
    # For a timed-out gate, what the timeout did: APPROVED or REJECTED. Never a person's.
    outcome: GateDecision | None = None
    message_ref: str | None = None  # the Slack ts of the escalation message

    @property
    def effective(self) -> GateDecision:
        """What the run does next: a timeout acts as its configured outcome."""
        if self.decision is GateDecision.TIMED_OUT:
            return self.outcome or GateDecision.REJECTED
        return self.decision


@dataclass
class Claim:
    """A statement in a result, with where it came from and how it was checked.

    Two separate facts: ``in_article`` (the article says it: its quote and figures stand in
    the article's text) and ``at_source`` (what the source the article cites for it says).
    ``verdict`` is the two together: supported only when the article says it and, if it
    cites a source for it, the source confirms it. The article quoting itself is not
    verification.
    """

    text: str
    quote: str | None  # the article's own words that support it
    step: str  # the step that introduced it
    agent: str = "summariser"
    round: int = 0
    verdict: Verdict | None = None
    evidence: str | None = None
    source_url: str | None = None  # a cited source the article links for it
    source_found: str | None = None  # what was found there
    checked_by: str | None = None  # the step that looked
    in_article: Verdict | None = None
    at_source: SourceOutcome | None = None  # None: the article cites no source for it
    from_run: int | None = None  # the run whose `step` produced it; None: this run
    # An approver's correction at a gate: who wrote this text, and what it replaced (the
    # original also stays in the steps' outputs and the gate's evidence).
    corrected_by: str | None = None
    original: str | None = None

    def to_json(self) -> JSON:
        return {
            "from_run": self.from_run,
            "corrected_by": self.corrected_by,
            "original": self.original,
            "text": self.text,
            "quote": self.quote,
            "step": self.step,
            "agent": self.agent,
            "round": self.round,
            "verdict": self.verdict.value if self.verdict else None,
            "evidence": self.evidence,
            "source_url": self.source_url,
            "source_found": self.source_found,
            "checked_by": self.checked_by,
            "in_article": self.in_article.value if self.in_article else None,
            "at_source": self.at_source.value if self.at_source else None,
        }

    @classmethod
    def from_json(cls, data: JSON) -> Claim:
        verdict = data.get("verdict")
        in_article = data.get("in_article")
        at_source = data.get("at_source")
        return cls(
            text=data["text"],
            quote=data.get("quote"),
            step=data["step"],
            agent=data.get("agent", "summariser"),
            round=data.get("round", 0),
            verdict=Verdict(verdict) if verdict else None,
            evidence=data.get("evidence"),
            source_url=data.get("source_url"),
            source_found=data.get("source_found"),
            checked_by=data.get("checked_by"),
            in_article=Verdict(in_article) if in_article else None,
            at_source=SourceOutcome(at_source) if at_source else None,
            from_run=data.get("from_run"),
            corrected_by=data.get("corrected_by"),
            original=data.get("original"),
        )


@dataclass(frozen=True)
class Lineage:
    """What a re-run re-ran: its parent run, the step it re-ran from, and how."""

    parent_id: int
    from_step: str
    model: str | None = None  # None: the configured model
    refetch: bool = False  # the article read again instead of copied
    evaluation: bool = False  # `copydesk rerun --since`: compared, never posted to Slack


@dataclass(frozen=True)
class DeliveryFailure:
    """A message Slack never took, for good: what it was, when it was given up, and why."""

    what: str  # "status", "result", "gate:12"
    why: str  # a sentence for the operator, with Slack's error code
    at: datetime


@dataclass
class Run:
    id: int
    url: str
    status: RunStatus
    origin: Origin
    created_at: datetime
    updated_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None
    error: str | None = None
    status_ref: str | None = None  # the Slack ts of the status message, kept for resume
    result_posted: bool = False
    result: JSON | None = None
    usage: Usage = field(default_factory=Usage)
    executions: int = 0  # how many times a worker has taken it; above 1 it is resuming
    trace_id: str | None = None  # its OpenTelemetry trace, once tracing has seen it
    # Executions in a row that crashed on the same step (an exception, not a kill).
    crashes: int = 0
    crashed_step: str | None = None
    delivery_failure: DeliveryFailure | None = None  # the last message Slack never took
    steps: list[Step] = field(default_factory=list)
    gates: list[Gate] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    lineage: Lineage | None = None  # set on a re-run
    # The step this execution's claim started (`RunStore.claim_run(start=...)`): its start
    # is committed with the claim, so the trace runs it without starting it again. Not
    # stored: a run read back later has the step in `steps` like any other.
    claimed_start: Step | None = field(default=None, compare=False, repr=False)

    def step(self, name: str) -> Step | None:
        for step in self.steps:
            if step.name == name:
                return step
        return None
