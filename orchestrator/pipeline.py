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
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from orchestrator import gates
from orchestrator.citations import CitationCheck
from orchestrator.domain import (
    JSON,
    Article,
    Claim,
    Gate,
    GateDecision,
    Run,
    RunStatus,
    Step,
    StepStatus,
    Usage,
    Verdict,
)
from orchestrator.errors import CopydeskError
from orchestrator.figures import figures_in
from orchestrator.mesh import FINDER as CITATION_FINDER
from orchestrator.mesh import MeshLimits, fact_check_mesh
from orchestrator.planner import plan_sections, synthesis_input
from orchestrator.ports import DraftClaim, Model, ModelReply, Reader, RunStore

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


class RunReporter(Protocol):
    """Tells a run's story where it was asked for (a Slack thread, the console, a terminal)."""

    async def progress(self, run: Run) -> None: ...

    async def escalated(self, run: Run, gate: Gate) -> None: ...

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        """A person (or the timeout) decided an escalated gate."""
        ...

    async def finished(self, run: Run) -> None: ...


@dataclass(frozen=True)
class PipelineConfig:
    token_budget: int = 200_000
    summary_attempts: int = 2  # the summary gate may send the summary back once
    max_sources: int = 5
    mesh_rounds: int = 3
    mesh_token_budget: int = 60_000


@dataclass(frozen=True)
class StepResult:
    output: JSON
    usage: Usage = field(default_factory=Usage)
    model: str | None = None


# Returned by a model step whose failure an approver answered with "try again".
AGAIN: JSON = {}


class StepFailed(CopydeskError):
    """A step failed."""


class RunStopped(Exception):
    """The run was cancelled or its lease was lost; stop without touching it further."""


class Trace:
    """One execution of one run: replays committed steps, runs and records the rest."""

    def __init__(
        self,
        run: Run,
        store: RunStore,
        reporter: RunReporter,
        stop: asyncio.Event,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.run = run
        self.store = store
        self.reporter = reporter
        self.stop = stop
        self.clock = clock
        self._done = {(s.name, s.attempt): s for s in run.steps if s.status is StepStatus.SUCCEEDED}
        # A step that failed stays failed on replay: what follows it (a gate) was decided
        # on that failure. Only a step caught in flight by a crash runs again.
        self._failed = {(s.name, s.attempt): s for s in run.steps if s.status is StepStatus.FAILED}
        # Steps that finished but are not committed yet. Their results are committed with
        # whatever comes next (the next step's start, a gate, the run's end) and before the
        # thread hears of them: nothing that depends on a result starts before it is durable,
        # and a run moves on in one commit instead of two.
        self._finished: list[Step] = []
        self._deferred_gate: Gate | None = None  # a code-decided gate, not committed yet
        self._in_flight = 0  # steps of this trace whose bodies are running now
        self._writing: _Write | None = None  # open to more callers until it starts
        self._written: asyncio.Future[Gate | None] | None = None
        self._unreported = False

    @property
    def usage(self) -> Usage:
        total = Usage()
        for step in self.run.steps:
            total = total + step.usage
        return total

    async def step(
        self, name: str, body: Callable[[], Awaitable[StepResult]], *, attempt: int = 1
    ) -> JSON:
        done = self._done.get((name, attempt))
        if done is not None and done.output is not None:
            return done.output
        failed = self._failed.get((name, attempt))
        if failed is not None:
            raise StepFailed(failed.error or f"the {name} step failed")
        if self.stop.is_set():
            await self._commit(report=False)
            raise RunStopped
        step = Step(
            run_id=self.run.id,
            name=name,
            status=StepStatus.RUNNING,
            started_at=self.clock(),
            attempt=attempt,
        )
        self._replace(step)
        await self._commit(started=step)
        began = time.perf_counter()
        self._in_flight += 1
        try:
            result = await body()
        except CopydeskError as error:
            self._in_flight -= 1
            step.status = StepStatus.FAILED
            step.error = error.message
            step.finished_at = self.clock()
            self._finished.append(step)
            await self._commit(report=False)
            _log_step(step, began)
            raise StepFailed(error.message) from error
        except BaseException:
            self._in_flight -= 1
            raise
        self._in_flight -= 1
        step.status = StepStatus.SUCCEEDED
        step.output = result.output
        step.usage = result.usage
        step.model = result.model
        step.finished_at = self.clock()
        self._finished.append(step)
        _log_step(step, began)
        self._done[(name, attempt)] = step
        if self._in_flight:
            # A concurrent branch is still working: commit and tell the thread now rather
            # than leave this result waiting on it (a crash would cost the work again).
            await self._commit()
        # Otherwise it is committed by whatever the run does next, before that starts.
        return result.output

    async def gate(self, name: str, outcome: gates.GateOutcome, *, attempt: int = 1) -> Gate | None:
        """Record the gate's outcome once; None when the run must stop or wait here."""
        recorded = next(
            (g for g in reversed(self.run.gates) if g.name == name and g.attempt == attempt),
            None,
        )
        if recorded is None:
            decided = outcome.decision is not GateDecision.ESCALATE
            gate = Gate(
                run_id=self.run.id,
                name=name,
                attempt=attempt,
                decision=outcome.decision,
                reason=outcome.reason,
                evidence=outcome.evidence,
                created_at=self.clock(),
                decided_by="gate" if decided else None,
                decided_at=self.clock() if decided else None,
            )
            if outcome.decision in (GateDecision.CONTINUE, GateDecision.RETRY):
                # Code decided it from committed results, and a replay would decide it
                # alike: it commits with whatever the run does next, in that transaction.
                self._deferred_gate = recorded = gate
            else:
                # Reported below, on the paths that do not report anyway.
                recorded = await self._commit(report=False, gate=gate)
            assert recorded is not None
            self.run.gates.append(recorded)
            log.info(
                "gate %s: %s (%s)",
                name,
                recorded.decision.value,
                recorded.reason,
                extra={"action": "gate", "run_id": self.run.id, "gate": name},
            )
        else:
            await self._commit(report=False)
        decision = recorded.effective
        if decision not in (GateDecision.ESCALATE, GateDecision.REJECTED):
            await self._report_finished()
        if recorded.decided_by not in (None, "gate"):
            await self.reporter.gate_closed(self.run, recorded)
        if decision is GateDecision.ESCALATE:
            # The thread hears first, then the run waits: a crash in between resumes here
            # and finds the escalation message already posted.
            self.run.status = RunStatus.WAITING
            await self.reporter.progress(self.run)
            await self.reporter.escalated(self.run, recorded)
            await self.store.update_run(self.run.id, status=RunStatus.WAITING)
            return None
        if decision is GateDecision.REJECTED:
            await self._finish(RunStatus.REJECTED, error=f"rejected at the {name} gate")
            return None
        return recorded

    async def fail(self, message: str) -> None:
        await self._finish(RunStatus.FAILED, error=message)

    async def succeed(self, result: JSON) -> None:
        self.run.result = result
        await self._finish(RunStatus.SUCCEEDED, result=result)

    async def _finish(
        self, status: RunStatus, *, error: str | None = None, result: JSON | None = None
    ) -> None:
        self.run.status = status
        self.run.error = error
        self.run.usage = self.usage
        self.run.finished_at = self.clock()
        await self._commit(report=False)
        self._unreported = False  # the progress below tells it all
        # Tell the thread first, then record the end: a crash in between leaves the run
        # resumable, and the resumed worker finds its messages instead of posting twice.
        await self.reporter.progress(self.run)
        await self.reporter.finished(self.run)
        await self.store.update_run(
            self.run.id, status=status, error=error, result=result, result_posted=True
        )
        self.run.result_posted = True

    async def _commit(
        self, *, started: Step | None = None, gate: Gate | None = None, report: bool = True
    ) -> Gate | None:
        """Commit the finished steps, with this start or gate, in one transaction.

        Callers in the same turn of the event loop (fact-check and tag starting together)
        share one transaction, and a write never commits before the one opened ahead of it.
        Every caller returns only once its write has committed; with `report`, the thread
        then hears of the steps that finished.
        """
        write = self._writing
        if write is None or (gate is not None and write.gate is not None):
            if not (started or gate or self._finished or self._deferred_gate):
                if self._written is not None and not self._written.done():
                    await asyncio.wait([self._written])
                return None
            write = self._writing = _Write(after=self._written)
            self._written = write.done = asyncio.ensure_future(self._write(write))
        if started is not None:
            write.started.append(started)
        write.gate = gate or write.gate
        # Shielded: a caller that is cancelled must not cancel the commit others wait on.
        assert write.done is not None
        recorded = await asyncio.shield(write.done)
        if report:
            await self._report_finished()
        return recorded

    async def _write(self, write: _Write) -> Gate | None:
        if write.after is not None and not write.after.done():
            await asyncio.wait([write.after])
        await asyncio.sleep(0)  # the others of this turn of the loop join first
        if self._writing is write:
            self._writing = None
        finished, self._finished = self._finished, []
        gate, deferred = write.gate, None
        if gate is None and self._deferred_gate is not None:
            gate = deferred = self._deferred_gate
            self._deferred_gate = None
        recorded = await self.store.advance(finished=finished, started=write.started, gate=gate)
        if deferred is not None and recorded is not None:
            deferred.id = recorded.id
        if any(s.status is StepStatus.SUCCEEDED for s in finished):
            self._unreported = True
        return recorded

    async def _report_finished(self) -> None:
        """Tell the thread about steps that finished, now that their results are committed."""
        # While a finished step still waits for its commit the thread would hear of it
        # early; the commit that takes it reports them together.
        if self._unreported and not self._finished:
            self._unreported = False
            await self.reporter.progress(self.run)

    def _replace(self, step: Step) -> None:
        self.run.steps = [
            s for s in self.run.steps if (s.name, s.attempt) != (step.name, step.attempt)
        ]
        self.run.steps.append(step)


@dataclass
class _Write:
    """One transaction of a Trace: the steps it starts and the gate it records."""

    after: asyncio.Future[Gate | None] | None  # the write opened before this one
    started: list[Step] = field(default_factory=list)
    gate: Gate | None = None
    done: asyncio.Future[Gate | None] | None = None


def _log_step(step: Step, began: float) -> None:
    log.info(
        "run %s step %s %s in %.3fs, %s tokens",
        step.run_id,
        step.name,
        step.status.value,
        time.perf_counter() - began,
        step.usage.total_tokens,
        extra={
            "action": "step",
            "run_id": step.run_id,
            "step": step.name,
            "status": step.status.value,
            "seconds": round(time.perf_counter() - began, 3),
            "tokens": step.usage.total_tokens,
        },
    )


class Pipeline:
    def __init__(
        self, store: RunStore, model: Model, reader: Reader, config: PipelineConfig
    ) -> None:
        self.store = store
        self.model = model
        self.reader = reader
        self.config = config

    async def execute(
        self, run: Run, reporter: RunReporter, stop: asyncio.Event | None = None
    ) -> Run:
        trace = Trace(run, self.store, reporter, stop or asyncio.Event())
        try:
            await reporter.progress(run)
            await self._trunk(trace)
        except StepFailed as failure:
            await trace.fail(failure.message)
        return trace.run

    async def _trunk(self, trace: Trace) -> None:
        # An unreadable link fails the run: there is nothing for a person to approve.
        fetched = await trace.step("fetch", lambda: self._fetch(trace.run.url))
        article = Article.from_json(fetched["article"])

        claims: list[DraftClaim] = []
        origins: list[str] = []
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
            origins = [c.get("step", f"summarise#{attempt}") for c in summary["claims"]]
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
            checked["citations"], trace.usage, token_budget=self.config.token_budget
        )
        if await trace.gate(gates.FACT_CHECK, outcome) is None:
            return

        merged = await trace.step(
            "merge", lambda: self._merge(trace, article, claims, origins, checked, tagged)
        )
        await trace.succeed(merged["result"])

    async def _summary_phase(
        self, trace: Trace, article: Article, feedback: str | None, attempt: int
    ) -> JSON | None:
        """One summary: a single step for most articles; for long ones, a section step per
        part of the article, run concurrently, and a synthesis step that merges them."""
        sections = plan_sections(article)
        if len(sections) == 1:
            summary = await self._model_step(
                trace, "summarise", functools.partial(self._summarise, article, feedback), attempt
            )
            if summary is None or summary is AGAIN:
                return summary
            step = f"summarise#{attempt}"
            return {"claims": [{**c, "step": step} for c in summary["claims"]]}
        names = [f"summarise_s{i}" for i in range(1, len(sections) + 1)]
        parts = await asyncio.gather(
            *(
                self._model_step(
                    trace, name, functools.partial(self._summarise, section, feedback), attempt
                )
                for name, section in zip(names, sections, strict=True)
            )
        )
        if any(part is None for part in parts):
            return None
        if any(part is AGAIN for part in parts):
            return AGAIN
        found = [[c["text"] for c in part["claims"]] for part in parts if part is not None]
        origin = {
            " ".join(c["quote"].split()): f"{name}#{attempt}"
            for name, part in zip(names, parts, strict=True)
            if part is not None
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
        return {
            "claims": [
                {**c, "step": origin.get(" ".join(c["quote"].split()), f"synthesise#{attempt}")}
                for c in merged["claims"]
            ]
        }

    async def _model_step(
        self, trace: Trace, name: str, body: Callable[[], Awaitable[StepResult]], attempt: int
    ) -> JSON | None:
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
                        "found": c.found,
                        "missing": list(c.missing),
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
        origins: Sequence[str],
        checked: JSON,
        tagged: JSON,
    ) -> StepResult:
        checks = {c["claim"]: c for c in checked["checks"]}
        cited = {c["claim"]: c for c in checked["citations"] if c["claim"] is not None}
        result_claims: list[Claim] = []
        for index, draft in enumerate(claims):
            check = checks.get(index, {})
            citation = cited.get(index)
            verdict = check.get("verdict")
            if citation is not None and citation["verdict"] == Verdict.UNSUPPORTED.value:
                verdict = Verdict.UNSUPPORTED.value
            result_claims.append(
                Claim(
                    text=draft.text,
                    quote=draft.quote,
                    step=origins[index],
                    agent="section_summariser" if "_s" in origins[index] else "summariser",
                    round=0,
                    verdict=Verdict(verdict) if verdict else None,
                    evidence=check.get("evidence"),
                    source_url=citation["source_url"] if citation else None,
                    source_found=citation["found"] if citation else None,
                    checked_by=citation["checked_by"] if citation else "fact_check",
                )
            )
        await self.store.save_claims(trace.run.id, result_claims)
        trace.run.claims = result_claims
        usage = trace.usage
        result: JSON = {
            "title": article.title,
            "url": article.url,
            "byline": article.byline,
            "date": article.date,
            "claims": [c.to_json() for c in result_claims],
            "tags": tagged["tags"],
            "citations": checked["citations"],
            "gates": [
                {"name": g.name, "decision": g.decision.value, "reason": g.reason}
                for g in trace.run.gates
            ],
            "usage": {
                "input_tokens": usage.input_tokens,
                "output_tokens": usage.output_tokens,
                "cache_write_tokens": usage.cache_write_tokens,
                "cache_read_tokens": usage.cache_read_tokens,
                "cost_usd": round(usage.cost_usd, 6),
            },
        }
        return StepResult({"result": result})


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
        if context and context not in kept and figures_in(context):
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


__all__ = [
    "Pipeline",
    "PipelineConfig",
    "RunReporter",
    "RunStopped",
    "StepFailed",
    "StepResult",
    "Trace",
]
