"""The trunk: fetch → summarise → gate → (fact-check ∥ tag) → gate → merge, as plain code.

Every step's result is committed before anything that depends on it starts, and a run can be
executed again at any time: steps already committed are read back instead of run, so a run
resumes where its last worker died. Gates are evaluated by code from the committed outputs;
a person's decision at a gate is read back from the gates table.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from orchestrator import gates
from orchestrator.approvals import Correction
from orchestrator.citation import citations_in
from orchestrator.corrections import Corrections, by_claim
from orchestrator.domain import JSON, Article, GateDecision, Run
from orchestrator.fact_check import fact_check
from orchestrator.merge import merge
from orchestrator.mesh import MeshLimits
from orchestrator.ports import DraftClaim, Model, ModelReply, Reader, RunStore
from orchestrator.run_spans import execution_at, execution_attributes, record_root
from orchestrator.steps import StepAttempt
from orchestrator.summary_phase import AGAIN, summary_phase, until_done
from orchestrator.telemetry import EXECUTION_SPAN, NO_TELEMETRY, Telemetry
from orchestrator.trace import RunReporter, RunStopped, StepFailed, StepResult, Trace

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
            summary = await summary_phase(trace, article, feedback, attempt, self._summarise)
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
            until_done(trace, "fact_check", lambda: self._fact_check(article, claims)),
            until_done(trace, "tag", lambda: self._tag(article)),
        )
        if checked is None or tagged is None:
            return
        outcome = gates.judge_fact_check(
            citations_in(checked),
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
            lambda: merge(self.store, trace, article, claims, origins, checked, tagged, fixes),
        )
        await trace.succeed(merged["result"])

    async def _fetch(self, url: str) -> StepResult:
        article = await self.reader.read(url)
        return StepResult({"article": article.to_json()})

    async def _summarise(self, article: Article, feedback: str | None) -> StepResult:
        reply = await self.model.summarise(article, feedback=feedback)
        claims = [{"text": c.text, "quote": c.quote} for c in reply.value]
        return StepResult({"claims": claims, **_calls(reply)}, reply.usage, reply.model)

    async def _fact_check(self, article: Article, claims: Sequence[DraftClaim]) -> StepResult:
        limits = MeshLimits(
            max_rounds=self.config.mesh_rounds,
            token_budget=self.config.mesh_token_budget,
            max_sources=self.config.max_sources,
        )
        return await fact_check(article, claims, self.model, self.reader, limits, self.telemetry)

    async def _tag(self, article: Article) -> StepResult:
        reply = await self.model.tag(article)
        return StepResult({"tags": list(reply.value), **_calls(reply)}, reply.usage, reply.model)


def _calls(reply: ModelReply[Any]) -> JSON:
    """How the step's model calls went, kept in its output for the trace."""
    return {"model_calls": reply.calls, "model_seconds": round(reply.latency_seconds, 3)}


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
