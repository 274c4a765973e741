"""Questions about runs, in the words people use, answered from the stored trace.

Common phrasings are recognised without a model, so the answer is the same in Slack, the
console and `copydesk ask`. Anything else goes to Claude when it is configured, which
answers from the same trace through tools (bot/ask.py); without it, a pointer to `help`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from bot import answers, claim_search, ratings, render, rerun_questions
from bot.answers import Answer
from bot.question_kinds import QuestionKind
from bot.visibility import Seen, Viewer, Visibility
from orchestrator.domain import GateDecision, Run, RunStatus
from orchestrator.history import History, RunFilter
from orchestrator.ports import RunStore
from orchestrator.visibility import Scope, not_here, refusal

HELP = """I read article links and report what I find. Paste a link and I start a run.
You can ask me:
• `what happened on run 42` — its steps, gates, claims, tokens and cost
• `why was run 42 escalated` — the gate's reason and evidence
• `who approved run 42` — who decided its gates, and when
• `where did claim 2 in run 42 come from` — the step, agent and round, and the evidence
• `which step introduced the claim about 335 horsepower` — found by its words, across runs
• `recent runs`, `failed runs`, `waiting runs`, `my runs`, `runs by @someone`
• `runs for https://example.com/story`, `runs on example.com`
• `tokens today`, `cost this week`
• `how were this week's results rated?` — the 👍 and 👎 people gave results
• `approve run 42`, `reject run 42 because …`, `cancel run 42` — approvers only
• `rerun 42 from fact_check` — a new run from that step; approvers or whoever asked for it
• `what changed between run 42 and 57` — claims, verdicts, gates, tokens and timings
• `help` — this message"""

NOT_UNDERSTOOD = (
    "I did not understand that. Paste an article link to start a run, or ask "
    "`what happened on run 42`, `recent runs` or `help`."
)


class Asker(Protocol):
    """Answers a free-form question from the stored trace (Claude, through tools), seeing
    only the runs in `scope`."""

    async def ask(self, question: str, *, scope: Scope) -> str: ...


@dataclass(frozen=True)
class Sources:
    """Where answers come from, and who may see what (every answer asks `visibility`)."""

    store: RunStore
    history: History
    visibility: Visibility
    public_url: str | None = None  # where `copydesk web` / `serve --http` pages are reached
    asker: Asker | None = None
    ratings: ratings.RatingSource | None = None  # 👍 / 👎 on results (storage/feedback.py)


# Every kind of question `parse` can return. A new kind goes in QuestionKind: the visibility
# test walks this list, and fails for a kind it has no example of.
KINDS = tuple(QuestionKind)


@dataclass(frozen=True)
class Question:
    kind: QuestionKind
    run_id: int | None = None
    status: RunStatus | None = None
    note: str | None = None  # an approver's reason, for "reject run 4 because …"
    claim: int | None = None  # "claim 2"
    about: str | None = None  # "the claim about the harbour"
    where: RunFilter = field(default_factory=RunFilter)
    mine: bool = False  # "my runs": the asker's
    before_id: int | None = None
    period: str | None = None  # "today", "yesterday", "week", "month"
    text: str = ""  # what was asked, for Claude and for "ask … before N"
    # "rerun 42 from fact_check" / "what changed between run 42 and 57" (bot/rerun_questions)
    other_id: int | None = None
    step: str | None = None
    model: str | None = None

    @property
    def is_command(self) -> bool:
        return self.kind in (QuestionKind.APPROVE, QuestionKind.REJECT, QuestionKind.CANCEL)


_COMMAND = re.compile(
    r"^\s*(approve|reject|cancel)\s+(?:run\s*)?#?\s*(\d+)\b[\s,.:;—-]*"
    r"(?:(?:because|reason)\b[\s:]*)?(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_RUN_ID = r"(?:run\s*)?#?\s*(\d+)"
_NAMED_RUN = re.compile(r"\brun\s*#?\s*(\d+)")
_LINK = re.compile(r"<(https?://[^|>\s]+)(?:\|([^>]*))?>")
_URL = re.compile(r"https?://[^\s<>|]+")
_DOMAIN = re.compile(
    r"\b(?:on|for|from|at|about|domain|site)\s+((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w/.-])"
)
_USER = re.compile(r"\bby\s+@?([A-Za-z0-9][A-Za-z0-9:._-]*)")
_ABOUT = re.compile(
    r"[\"“‘]([^\"”’]{2,})[\"”’]|\babout\s+(?:the\s+)?(.+?)\s+(?:in|on|from|come|came)\b"
)
_BEFORE = re.compile(r"\s*\bbefore\s+(?:run\s*)?#?\s*(\d+)\s*$")
_STATUS_WORDS = {
    "failed": RunStatus.FAILED,
    "waiting": RunStatus.WAITING,
    "escalated": RunStatus.WAITING,
    "queued": RunStatus.QUEUED,
    "running": RunStatus.RUNNING,
    "succeeded": RunStatus.SUCCEEDED,
    "finished": RunStatus.SUCCEEDED,
    "rejected": RunStatus.REJECTED,
    "cancelled": RunStatus.CANCELLED,
    "canceled": RunStatus.CANCELLED,
}
_PERIODS = (
    ("yesterday", r"\byesterday\b"),
    ("week", r"\b(?:this week|week|7 days|seven days)\b"),
    ("month", r"\b(?:this month|month|30 days)\b"),
    ("today", r"\b(?:today|24 hours|day)\b"),
)


def unlink(text: str) -> str:
    """Slack's `<https://x|label>` as the text a person typed: a bare domain stays a domain."""

    def one(match: re.Match[str]) -> str:
        url, label = match.group(1), match.group(2)
        if label and "://" not in label and "/" not in label:
            return label
        return url

    return _LINK.sub(one, text)


def asks_about_a_link(text: str) -> bool:
    """A question that names a link ("runs for <url>"), which must not start a run."""
    words = unlink(text).lower()
    return bool(re.search(r"\bruns?\b.*\b(?:for|on|from|about|of|at)\b", words)) and bool(
        re.search(r"^\s*(?:@\S+\s+)?(?:(?:show|list|any|all|recent|latest|failed|waiting|"
                  r"my)\s+)*runs?\b", words)
    )  # fmt: skip


def parse(text: str) -> Question:
    text = unlink(text).strip()
    if command := _COMMAND.match(text):
        note = command.group(3).strip() or None
        return Question(
            QuestionKind(command.group(1).lower()), int(command.group(2)), note=note, text=text
        )
    if replay := rerun_questions.parse(text):
        return Question(
            replay.kind,
            replay.run_id,
            other_id=replay.other_id,
            step=replay.step,
            model=replay.model,
            text=text,
        )
    words = " ".join(text.lower().split()).strip(" ?!.")
    if words in ("help", "hi", "hello", "?", "") or words.startswith("help"):
        return Question(QuestionKind.HELP, text=text)
    named = _NAMED_RUN.search(words)
    if named and re.search(r"\bwho\b", words):
        return Question(QuestionKind.WHO, int(named.group(1)), text=text)
    if named and re.search(
        r"\b(?:where|provenance|come from|came from|source|origin|introduced)\b", words
    ):
        claim = re.search(r"\bclaim\s*#?\s*(\d+)", words)
        about = _ABOUT.search(text)
        return Question(
            QuestionKind.CLAIM,
            int(named.group(1)),
            claim=int(claim.group(1)) if claim else None,
            about=(about.group(1) or about.group(2)).strip() if about else None,
            text=text,
        )
    if not named and (subject := claim_search.asked_about(text, words)):
        return Question(claim_search.KIND, about=subject, text=text)
    if match := re.search(r"\bwhy\b.*?" + _RUN_ID, words):
        return Question(QuestionKind.WHY, int(match.group(1)), text=text)
    if match := re.search(
        r"\b(?:what happened|show|trace|status|tell me about)\b.*?" + _RUN_ID, words
    ):
        return Question(QuestionKind.TRACE, int(match.group(1)), text=text)
    if match := re.fullmatch(r"run\s*#?\s*(\d+)", words):
        return Question(QuestionKind.TRACE, int(match.group(1)), text=text)
    if ratings.asks_about_ratings(words):
        period = next((name for name, pattern in _PERIODS if re.search(pattern, words)), "week")
        return Question(ratings.KIND, period=period, text=text)
    if re.search(r"\b(?:tokens?|cost|costs|spend|spent|spending|usage|how much)\b", words):
        period = next((name for name, pattern in _PERIODS if re.search(pattern, words)), "today")
        return Question(QuestionKind.TOTALS, period=period, text=text)
    # "runs", plural: "run 4's fact-check" is a question about one run, not a list.
    if re.search(r"\bruns\b", words):
        return _list_question(text, words)
    return Question(QuestionKind.UNKNOWN, text=text)


def _list_question(text: str, words: str) -> Question:
    before = _BEFORE.search(words)
    base = _BEFORE.sub("", text.strip(" ?!.")).strip() if before else text.strip(" ?!.")
    status = next(
        (s for word, s in _STATUS_WORDS.items() if re.search(rf"\b{word}\b", words)), None
    )
    url = _URL.search(text)
    domain = None if url else _DOMAIN.search(words)
    user = _USER.search(text)
    mine = bool(re.search(r"\bmy\b|\bby me\b", words))
    since = None
    if re.search(r"\btoday\b", words):
        since = _midnight(datetime.now(UTC))
    elif re.search(r"\bthis week\b", words):
        since = _week_start(datetime.now(UTC))
    where = RunFilter(
        status=status,
        url=url.group(0).rstrip(".,)") if url else None,
        domain=domain.group(1) if domain else None,
        user=user.group(1) if user and not mine else None,
        since=since,
    )
    return Question(
        QuestionKind.LIST,
        where=where,
        mine=mine,
        before_id=int(before.group(1)) if before else None,
        text=base,
    )


def _midnight(now: datetime) -> datetime:
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def _week_start(now: datetime) -> datetime:
    return _midnight(now) - timedelta(days=now.weekday())


def period_bounds(period: str, now: datetime) -> tuple[str, datetime, datetime]:
    today = _midnight(now)
    if period == "yesterday":
        return "yesterday", today - timedelta(days=1), today
    if period == "week":
        return "this week", _week_start(now), now
    if period == "month":
        return "this month", today.replace(day=1), now
    return "today", today, now


# -- answers -------------------------------------------------------------------------------


async def answer(question: Question, sources: Sources, *, viewer: Viewer) -> Answer:
    """The answer `viewer` may have: every run it names or counts passes `sources.visibility`
    (lists and totals through its scope, one run through `visible_run`)."""
    if question.kind is QuestionKind.HELP:
        return answers.plain_answer(HELP)
    if question.kind is QuestionKind.LIST:
        where = question.where
        if question.mine:
            where = RunFilter(
                status=where.status,
                url=where.url,
                domain=where.domain,
                user=viewer.user or "local",
                since=where.since,
            )
        scope = await sources.visibility.scope_for(viewer)
        page = await sources.history.list_runs(
            where, limit=10, before_id=question.before_id, scope=scope
        )
        return answers.list_answer(where, page, question.text, sources.public_url)
    if question.kind is QuestionKind.TOTALS:
        label, since, until = period_bounds(question.period or "today", datetime.now(UTC))
        scope = await sources.visibility.scope_for(viewer)
        return answers.totals_answer(label, await sources.history.totals(since, until, scope=scope))
    if question.kind == ratings.KIND and sources.ratings is not None:
        label, since, until = period_bounds(question.period or "week", datetime.now(UTC))
        scope = await sources.visibility.scope_for(viewer)
        counts = await sources.ratings.ratings(since, until, scope=scope)
        return ratings.ratings_answer(label, counts)
    if question.kind in (
        QuestionKind.TRACE,
        QuestionKind.WHY,
        QuestionKind.WHO,
        QuestionKind.CLAIM,
    ):
        assert question.run_id is not None
        found = await visible_run(question.run_id, sources, viewer)
        if isinstance(found, Answer):
            return found
        return _about_run(question, found, sources.public_url)
    if question.kind == rerun_questions.RERUN:
        assert question.run_id is not None
        found = await visible_run(question.run_id, sources, viewer)
        if isinstance(found, Answer):
            return found
        # A command: the Desk carries it out in chat; here (`copydesk ask`) it is pointed at.
        return answers.plain_answer(
            f"To re-run run #{question.run_id}, type `copydesk rerun {question.run_id} "
            f"--from {question.step or 'summarise'}`, or ask in Slack or the console."
        )
    if question.kind == rerun_questions.DIFF:
        assert question.run_id is not None
        # Both sides of a comparison must be the asker's to see: a diff quotes both runs.
        found = await visible_run(question.run_id, sources, viewer)
        if isinstance(found, Answer):
            return found
        other = question.other_id
        if other is None and found.lineage is not None:
            other = found.lineage.parent_id
        if other is not None and await sources.store.get_run(other) is not None:
            seen = await visible_run(other, sources, viewer)
            if isinstance(seen, Answer):
                return seen
        return await rerun_questions.diff_answer_for(
            question.run_id, question.other_id, sources.store, sources.history, sources.public_url
        )
    if question.kind == claim_search.KIND:
        assert question.about is not None
        return await claim_search.answer(
            question.about, sources.history, sources.visibility, viewer
        )
    if sources.asker is not None and question.text:
        scope = await sources.visibility.scope_for(viewer)
        return answers.plain_answer(await sources.asker.ask(question.text, scope=scope))
    return answers.plain_answer(NOT_UNDERSTOOD)


async def visible_run(run_id: int, sources: Sources, viewer: Viewer) -> Run | Answer:
    """Run `run_id` when `viewer` may see it; otherwise the answer saying why not (no such
    run, pruned, or asked for in a conversation they are not in). Every question about one
    run starts here."""
    run = await sources.store.get_run(run_id)
    if run is None:
        return answers.plain_answer(await _no_such_run(run_id, sources, viewer))
    seen = await sources.visibility.may_see(viewer, run)
    if seen is Seen.NOT_A_MEMBER:
        return answers.plain_answer(refusal(run_id))
    if seen is Seen.NOT_HERE:
        return answers.plain_answer(not_here(run_id))
    return run


async def _no_such_run(run_id: int, sources: Sources, viewer: Viewer) -> str:
    history = sources.history
    pruned = await history.pruned(run_id)
    if pruned is not None:
        return (
            f"Run #{run_id} was pruned on {pruned.pruned_at:%Y-%m-%d}: history older than "
            f"{pruned.older_than:%Y-%m-%d} is deleted, so its trace is gone."
        )
    # The latest run this asker may see: the newest overall could be someone else's.
    latest = await history.latest_run_id(scope=await sources.visibility.scope_for(viewer))
    hint = f" The latest is run #{latest}." if latest else " There are no runs yet."
    return f"I have no run #{run_id}.{hint}"


def _about_run(question: Question, run: Run, public_url: str | None) -> Answer:
    if question.kind is QuestionKind.TRACE:
        return Answer(render.trace_text(run), answers.trace_blocks(run, public_url))
    if question.kind is QuestionKind.WHO:
        return _who(run, public_url)
    if question.kind is QuestionKind.CLAIM:
        return _claims(question, run, public_url)
    escalations = [
        g for g in run.gates if g.decision not in (GateDecision.CONTINUE, GateDecision.RETRY)
    ]
    if not escalations:
        return answers.plain_answer(
            f"Run #{run.id} was not escalated: every gate let it continue "
            f"({render.STATUS_WORD[run.status]})."
        )
    lines: list[str] = []
    for gate in escalations:
        lines.append(render.gate_line(gate))
        lines.extend(render.disputes(gate))
    return answers.gates_answer(f"*Why run #{run.id} was escalated*", lines, run.id, public_url)


def _who(run: Run, public_url: str | None) -> Answer:
    decided = answers.person_decisions(run)
    waiting = [g for g in run.gates if g.decision is GateDecision.ESCALATE]
    timed_out = [g for g in run.gates if g.decision is GateDecision.TIMED_OUT]
    lines = [render.gate_line(g) for g in decided + timed_out]
    if waiting:
        lines.extend(
            f"✋ the {g.name} gate is waiting for an approver, since {render.when(g.created_at)}"
            for g in waiting
        )
    if not lines:
        return answers.plain_answer(
            f"Nobody had to approve run #{run.id}: no gate escalated to a person "
            f"({render.STATUS_WORD[run.status]})."
        )
    return answers.gates_answer(f"*Who decided run #{run.id}*", lines, run.id, public_url)


def _claims(question: Question, run: Run, public_url: str | None) -> Answer:
    numbered = list(enumerate(run.claims, 1))
    if not numbered:
        return answers.plain_answer(
            f"Run #{run.id} has no claims ({render.STATUS_WORD[run.status]}): "
            "nothing was summarised."
        )
    picked = numbered
    if question.claim is not None:
        picked = [(i, c) for i, c in numbered if i == question.claim]
        if not picked:
            return answers.plain_answer(
                f"Run #{run.id} has {len(numbered)} claims; there is no claim {question.claim}."
            )
    elif question.about:
        about = question.about.lower()
        picked = [(i, c) for i, c in numbered if about in c.text.lower()] or numbered
    return answers.claims_answer(run, picked, public_url)
