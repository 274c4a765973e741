"""The trunk: fetch → summarise → gate → (fact-check ∥ tag) → gate → merge, as plain code.

Every step's result is committed before anything that depends on it starts, and a run can be
executed again at any time: steps already committed are read back instead of run, so a run
resumes where its last worker died. Gates are evaluated by code from the committed outputs;
a person's decision at a gate is read back from the gates table.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

from orchestrator import gates
from orchestrator.citations import CitationCheck
from orchestrator.corrections import Corrections, by_claim
from orchestrator.domain import (
    JSON,
    Article,
    Claim,
    Correction,
    GateDecision,
    Run,
    SourceOutcome,
    Verdict,
)
from orchestrator.figures import figures_in
from orchestrator.mesh import FINDER as CITATION_FINDER
from orchestrator.mesh import MeshLimits, fact_check_mesh
from orchestrator.planner import plan_sections, synthesis_input
from orchestrator.ports import DraftClaim, Model, ModelReply, Reader, RunStore
from orchestrator.results import RunResult
from orchestrator.run_spans import execution_at, execution_attributes, record_root
from orchestrator.sourcecheck import worst
from orchestrator.spelled import cited_in_words
from orchestrator.steps import SUMMARISE, SYNTHESISE, StepAttempt, StepName
from orchestrator.telemetry import EXECUTION_SPAN, NO_TELEMETRY, Telemetry
from orchestrator.trace import (
    RunReporter,
    RunStopped,
    StepFailed,
    StepResult,
    Trace,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PipelineConfig:
    token_budget: int = 200_000
    summary_attempts: int = 2  # the summary gate may send the summary back once
    max_sources: int = 5
    mesh_rounds: int = 3
    mesh_token_budget: int = 60_000
    # A cited figure not found at its source, or a source not readable: escalate, or note.
    unverified_citations: gates.UnverifiedCitations = gates.UnverifiedCitations.ESCALATE


class _Again(Enum):
    AGAIN = "again"


# Returned by a model step whose failure an approver answered with "try again": a value of
# its own type, so it can never be read as a step's output.
AGAIN = _Again.AGAIN
Again = Literal[_Again.AGAIN]


class Pipeline:
    # The step `_trunk` starts every run with: a worker's claim of a run with no steps yet
    # starts it in the claim's commit (`RunStore.claim_run(start=...)`). A trunk that starts
    # otherwise names its own first step, or None.
    first_step: str | None = "fetch"

    def __init__(
        self,
        store: RunStore,
        model: Model,
        reader: Reader,
        config: PipelineConfig,
        telemetry: Telemetry = NO_TELEMETRY,
        *,
        models: Callable[[str], Model] | None = None,
        corrections: Corrections | None = None,
    ) -> None:
        self.store = store
        # Approvers' corrections at the fact-check gate, applied when the result is merged.
        self.corrections = corrections
        self.model = model
        self.reader = reader
        self.config = config
        self.telemetry = telemetry
        # The model a re-run asked for by name (`copydesk rerun --model`); None: only `model`.
        self.models = models

    async def execute(
        self, run: Run, reporter: RunReporter, stop: asyncio.Event | None = None
    ) -> Run:
        wanted = run.lineage.model if run.lineage is not None else None
        if wanted and self.models is not None and wanted != self.model.name:
            other = Pipeline(
                self.store,
                self.models(wanted),
                self.reader,
                self.config,
                self.telemetry,
                corrections=self.corrections,
            )
            return await other.execute(run, reporter, stop)
        trace = Trace(run, self.store, reporter, stop or asyncio.Event(), telemetry=self.telemetry)
        at = await execution_at(self.telemetry, self.store, run)
        stopped: RunStopped | None = None
        with self.telemetry.span(EXECUTION_SPAN, execution_attributes(run), at=at) as span:
            try:
                await reporter.progress(run)
                await self._trunk(trace)
            except StepFailed as failure:
                await trace.fail(failure.message)
            except RunStopped as stop:
                # Handed back (shutdown, cancel, lost lease): an ending, not a failure.
                span.set_attributes({"copydesk.stopped": True})
                stopped = stop
        if stopped is not None:
            raise stopped
        if trace.run.status.is_final and trace.run.result_posted:
            record_root(self.telemetry, trace.run)
        return trace.run

    async def _trunk(self, trace: Trace) -> None:
        # An unreadable link fails the run: there is nothing for a person to approve.
        fetched = await trace.step("fetch", lambda: self._fetch(trace.run.url))
        article = Article.from_json(fetched["article"])

        claims: list[DraftClaim] = []
        origins: list[tuple[StepAttempt, int | None]] = []
        feedback: str | None = None
        attempt = retries = 0
        while True:
            attempt += 1
            summary = await self._summary_phase(trace, article, feedback, attempt)
            if summary is None:
                return
            if summary is AGAIN:
                continue
            claims = [DraftClaim(c["text"], c["quote"]) for c in summary["claims"]]
            origins = [(c["step"], c["from_run"]) for c in summary["claims"]]
            outcome = gates.judge_summary(
                claims,
                article.text,
                attempt=retries + 1,
                max_attempts=self.config.summary_attempts,
            )
            gate = await trace.gate(gates.SUMMARY, outcome, attempt=attempt)
            if gate is None:
                return
            if gate.decision is not GateDecision.RETRY:
                break
            retries += 1
            feedback = gate.reason

        checked, tagged = await _both(
            self._until_done(trace, "fact_check", lambda: self._fact_check(article, claims)),
            self._until_done(trace, "tag", lambda: self._tag(article)),
        )
        if checked is None or tagged is None:
            return
        outcome = gates.judge_fact_check(
            checked["citations"],
            trace.usage,
            token_budget=self.config.token_budget,
            unverified=self.config.unverified_citations,
        )
        if outcome.decision is GateDecision.ESCALATE:
            # The claims it judged, for an approver who corrects them as they approve.
            outcome = gates.GateOutcome(
                outcome.decision,
                outcome.reason,
                {**outcome.evidence, "claims": [c.text for c in claims]},
            )
        gate = await trace.gate(gates.FACT_CHECK, outcome)
        if gate is None:
            return
        fixes: dict[int, tuple[Correction, str]] = {}
        approved = gate.decision is GateDecision.APPROVED
        if self.corrections is not None and gate.id is not None and approved:
            fixes = by_claim(await self.corrections.counted(gate.id))

        merged = await trace.step(
            "merge",
            lambda: self._merge(trace, article, claims, origins, checked, tagged, fixes),
        )
        await trace.succeed(merged["result"])

    async def _summary_phase(
        self, trace: Trace, article: Article, feedback: str | None, attempt: int
    ) -> JSON | Again | None:
        """One summary: a single step for most articles; for long ones, a section step per
        part of the article, run concurrently, and a synthesis step that merges them."""
        sections = plan_sections(article)
        if len(sections) == 1:
            summary = await self._model_step(
                trace, "summarise", functools.partial(self._summarise, article, feedback), attempt
            )
            if summary is None or summary is AGAIN:
                return summary
            step = StepAttempt(StepName(SUMMARISE), attempt)
            source = trace.copied_from("summarise", attempt)
            return {"claims": [{**c, "step": step, "from_run": source} for c in summary["claims"]]}
        steps = [StepName.section_of(i) for i in range(1, len(sections) + 1)]
        parts = await asyncio.gather(
            *(
                self._model_step(
                    trace, str(step), functools.partial(self._summarise, section, feedback), attempt
                )
                for step, section in zip(steps, sections, strict=True)
            )
        )
        if any(part is None for part in parts):
            return None
        if any(part is AGAIN for part in parts):
            return AGAIN
        # Every part has an answer here: none stopped the run, none is to be tried again.
        written = [part for part in parts if part is not None and part is not AGAIN]
        found = [[c["text"] for c in part["claims"]] for part in written]
        origin = {
            " ".join(c["quote"].split()): (
                StepAttempt(step, attempt),
                trace.copied_from(str(step), attempt),
            )
            for step, part in zip(steps, written, strict=True)
            for c in part["claims"]
        }
        merged = await self._model_step(
            trace,
            "synthesise",
            functools.partial(self._summarise, synthesis_input(article, found), feedback),
            attempt,
        )
        if merged is None or merged is AGAIN:
            return merged
        synthesised = (
            StepAttempt(StepName(SYNTHESISE), attempt),
            trace.copied_from("synthesise", attempt),
        )
        claims = []
        for c in merged["claims"]:
            step, source = origin.get(" ".join(c["quote"].split()), synthesised)
            claims.append({**c, "step": step, "from_run": source})
        return {"claims": claims}

    async def _model_step(
        self, trace: Trace, name: str, body: Callable[[], Awaitable[StepResult]], attempt: int
    ) -> JSON | Again | None:
        """A step that asks the model. If it fails after the model's own retries, its gate
        escalates: an approver may have it tried again (AGAIN) or stop the run (None)."""
        try:
            return await trace.step(name, body, attempt=attempt)
        except StepFailed as failure:
            outcome = gates.GateOutcome(
                GateDecision.ESCALATE,
                f"the {name} step failed after its retries: {failure.message}",
                {"error": failure.message, "step": name},
            )
            if await trace.gate(f"{name}_failed", outcome, attempt=attempt) is None:
                return None
            return AGAIN

    async def _until_done(
        self, trace: Trace, name: str, body: Callable[[], Awaitable[StepResult]]
    ) -> JSON | None:
        attempt = 0
        while True:
            attempt += 1
            output = await self._model_step(trace, name, body, attempt)
            if output is not AGAIN:
                return output

    async def _fetch(self, url: str) -> StepResult:
        article = await self.reader.read(url)
        return StepResult({"article": article.to_json()})

    async def _summarise(self, article: Article, feedback: str | None) -> StepResult:
        reply = await self.model.summarise(article, feedback=feedback)
        claims = [{"text": c.text, "quote": c.quote} for c in reply.value]
        return StepResult({"claims": claims, **_calls(reply)}, reply.usage, reply.model)

    async def _fact_check(self, article: Article, claims: Sequence[DraftClaim]) -> StepResult:
        # A copy desk checks the article's citations, not only the ones the summary kept:
        # every linked sentence with a figure is checked too, after the summary's claims.
        cited = _cited_sentences(article, claims)
        everything = [*claims, *cited]
        mesh = await fact_check_mesh(
            article,
            claims,
            cited,
            self.model,
            self.reader,
            MeshLimits(
                max_rounds=self.config.mesh_rounds,
                token_budget=self.config.mesh_token_budget,
                max_sources=self.config.max_sources,
            ),
            telemetry=self.telemetry,
        )
        return StepResult(
            {
                "model_calls": mesh.model_calls,
                "model_seconds": round(mesh.model_seconds, 3),
                "checks": [
                    {"claim": c.index, "verdict": c.verdict.value, "evidence": c.evidence}
                    for c in mesh.checks
                ],
                "citations": [
                    {
                        # None: a sentence of the article the summary did not keep.
                        "claim": c.claim_index if c.claim_index < len(claims) else None,
                        "sentence": everything[c.claim_index].text,
                        "source_url": c.source_url,
                        "figures": list(c.figures),
                        "verdict": c.verdict.value,
                        "outcome": c.outcome.value,
                        "found": c.found,
                        "missing": list(c.missing),
                        "figure_checks": [check.to_json() for check in c.figure_checks],
                        "checked_by": f"{CITATION_FINDER} r{round_}",
                    }
                    for c, round_ in _distinct(mesh.citations, len(claims))
                ],
                "mesh": {
                    "rounds": mesh.rounds,
                    "stopped": mesh.stopped,
                    "messages": [m.to_json() for m in mesh.messages],
                },
            },
            mesh.usage,
            mesh.model,
        )

    async def _tag(self, article: Article) -> StepResult:
        reply = await self.model.tag(article)
        return StepResult({"tags": list(reply.value), **_calls(reply)}, reply.usage, reply.model)

    async def _merge(
        self,
        trace: Trace,
        article: Article,
        claims: Sequence[DraftClaim],
        origins: Sequence[tuple[StepAttempt, int | None]],
        checked: JSON,
        tagged: JSON,
        fixes: Mapping[int, tuple[Correction, str]],
    ) -> StepResult:
        checks = {c["claim"]: c for c in checked["checks"]}
        cited = {c["claim"]: c for c in checked["citations"] if c["claim"] is not None}
        result_claims: list[Claim] = []
        for index, draft in enumerate(claims):
            check = checks.get(index, {})
            citation = cited.get(index)
            in_article = Verdict(check["verdict"]) if check.get("verdict") else None
            at_source = _source_outcome(citation)
            verdict = _overall(in_article, at_source)
            introduced, from_run = origins[index]
            step, agent = str(introduced), introduced.agent
            fix, author = fixes.get(index, (None, None))
            if fix is not None and fix.text is None:
                continue  # dropped by an approver; `corrections` below keeps what it said
            text = draft.text
            evidence = check.get("evidence")
            if fix is not None and fix.text is not None:
                # The approver's words now: introduced by them, at the gate. What was checked
                # was the original, so the new text is not said to be checked.
                text, step, agent, from_run = fix.text, f"{gates.FACT_CHECK} gate", "approver", None
                evidence = (
                    f"corrected by an approver at the {gates.FACT_CHECK} gate; not checked "
                    f"again (the original was {verdict.value if verdict else 'unchecked'})"
                )
                verdict = in_article = at_source = None
            result_claims.append(
                Claim(
                    text=text,
                    quote=draft.quote,
                    step=step,
                    agent=agent,
                    round=0,
                    verdict=verdict,
                    evidence=evidence,
                    source_url=citation["source_url"] if citation else None,
                    source_found=citation["found"] if citation else None,
                    checked_by=citation["checked_by"] if citation else "fact_check",
                    in_article=in_article,
                    at_source=at_source,
                    from_run=from_run,
                    corrected_by=author if fix is not None else None,
                    original=draft.text if fix is not None else None,
                )
            )
        await self.store.save_claims(trace.run.id, result_claims)
        trace.run.claims = result_claims
        result = RunResult(
            url=article.url,
            title=article.title,
            byline=article.byline,
            date=article.date,
            claims=tuple(result_claims),
            tags=tuple(tagged["tags"]),
            citations=tuple(checked["citations"]),
            corrections=tuple({**fix.to_json(), "by": author} for fix, author in fixes.values()),
            gates=tuple(
                {"name": g.name, "decision": g.decision.value, "reason": g.reason}
                for g in trace.run.gates
            ),
            usage=trace.usage,
        )
        return StepResult({"result": result.to_json()})


def _source_outcome(citation: JSON | None) -> SourceOutcome | None:
    if citation is None:
        return None
    return worst([check.outcome for check in gates.figure_checks(citation)])


def _overall(in_article: Verdict | None, at_source: SourceOutcome | None) -> Verdict | None:
    """Supported only when the article says it and its cited source, if any, confirms it."""
    if at_source is SourceOutcome.CONTRADICTED or in_article is Verdict.UNSUPPORTED:
        return Verdict.UNSUPPORTED
    if at_source in (SourceOutcome.NOT_FOUND, SourceOutcome.UNREADABLE):
        return Verdict.UNVERIFIABLE
    return in_article


def _calls(reply: ModelReply[Any]) -> JSON:
    """How the step's model calls went, kept in its output for the trace."""
    return {"model_calls": reply.calls, "model_seconds": round(reply.latency_seconds, 3)}


def _distinct(
    citations: Sequence[tuple[CitationCheck, int]], claims: int
) -> list[tuple[CitationCheck, int]]:
    """Drop a check of an article sentence that repeats a summary claim's check of the same
    source for the same figures (the claim's paragraph and the claim cite it alike)."""
    by_claims = {
        (c.source_url, frozenset(c.figures)) for c, _ in citations if c.claim_index < claims
    }
    return [
        (c, round_)
        for c, round_ in citations
        if c.claim_index < claims or (c.source_url, frozenset(c.figures)) not in by_claims
    ]


def _cited_sentences(article: Article, claims: Sequence[DraftClaim]) -> list[DraftClaim]:
    """The article's linked sentences that state figures and are not already summary claims."""
    kept = {" ".join(c.quote.split()) for c in claims}
    sentences: dict[str, None] = {}
    for link in article.links:
        context = " ".join(link.context.split())
        if context and context not in kept and (figures_in(context) or cited_in_words(context)):
            sentences.setdefault(context, None)
    return [DraftClaim(text, text) for text in sentences]


async def _both(
    first: Awaitable[JSON | None], second: Awaitable[JSON | None]
) -> tuple[JSON | None, JSON | None]:
    """Run two steps concurrently; both finish (and are recorded) before a failure is raised."""
    results = await asyncio.gather(first, second, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    a, b = results
    assert not isinstance(a, BaseException) and not isinstance(b, BaseException)
    return a, b
