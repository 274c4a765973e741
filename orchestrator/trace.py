"""Durable execution of one run: each step's start and result committed in order, replay of
what is already committed, gates recorded once, the thread told only what is durable.

The trunk (pipeline.py) says what runs; a Trace makes it survive a crash at any instant.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from orchestrator import gates
from orchestrator.domain import JSON, Gate, GateDecision, Run, RunStatus, Step, StepStatus
from orchestrator.errors import CopydeskError
from orchestrator.ports import RunEnd, RunStore
from orchestrator.run_spans import (
    gate_attributes,
    step_attributes,
    step_result_attributes,
    step_span_name,
)
from orchestrator.telemetry import NO_TELEMETRY, Telemetry
from orchestrator.usage import Usage

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


class RunReporter(Protocol):
    """Tells a run's story where it was asked for (a Slack thread, the console, a terminal).

    It never raises for a message it could not deliver: it records that on the run.
    """

    @property
    def records_delivery(self) -> bool:
        """Whether it records the end as told once delivered (a Slack thread, which can
        fail), rather than telling it as it happens (a terminal)."""
        ...

    async def progress(self, run: Run) -> None: ...

    async def escalated(self, run: Run, gate: Gate) -> None: ...

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        """A person (or the timeout) decided an escalated gate."""
        ...

    async def finished(self, run: Run) -> None: ...


@dataclass(frozen=True)
class StepResult:
    output: JSON
    usage: Usage = field(default_factory=Usage)
    model: str | None = None


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
        telemetry: Telemetry = NO_TELEMETRY,
    ) -> None:
        self.run = run
        self.telemetry = telemetry
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

    def copied_from(self, name: str, attempt: int = 1) -> int | None:
        """The run a re-run's step was copied from (None: it ran in this run)."""
        done = self._done.get((name, attempt))
        return done.copied_from if done is not None else None

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
        claimed, self.run.claimed_start = self.run.claimed_start, None
        if (
            claimed is not None
            and (claimed.name, claimed.attempt) == (name, attempt)
            and not (self._finished or self._deferred_gate)
        ):
            # The run's first step, started by the claim in the claim's own commit (fold:
            # the lease and the first start are one transaction, not two): committed
            # already, and nothing before it waits to be (else it is started again below,
            # with what waits).
            step = claimed
        else:
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
            # The span covers the step's work, not its commit; a replayed step has none.
            with self.telemetry.span(step_span_name(name), step_attributes(step)) as span:
                result = await body()
                span.set_attributes(step_result_attributes(result.usage, result.model))
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
                if self._deferred_gate is not None:
                    # Two gates with no step between them (a re-run whose steps up to here
                    # were copied): one transaction holds one gate, so the first goes now.
                    await self._commit(report=False)
                # Code decided it from committed results, and a replay would decide it
                # alike: it commits with whatever the run does next, in that transaction.
                self._deferred_gate = recorded = gate
            else:
                # Reported below, on the paths that do not report anyway.
                recorded = await self._commit(report=False, gate=gate)
            assert recorded is not None
            self.run.gates.append(recorded)
            if decided and self.telemetry.enabled:
                # An escalated gate's span is recorded when a person or the timeout decides.
                with self.telemetry.span(f"gate {name}", gate_attributes(recorded)):
                    pass
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
            # The run waits in the database first, then the thread hears: a Slack that is
            # down delays the buttons, never the run's state (a decision by command works
            # meanwhile).
            self.run.status = RunStatus.WAITING
            await self.store.update_run(self.run.id, status=RunStatus.WAITING)
            await self.reporter.progress(self.run)
            await self.reporter.escalated(self.run, recorded)
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
        told = not self.reporter.records_delivery
        # The outcome commits with the last step's result, whatever Slack does next: history
        # is the truth. The lease is kept while the thread is told; a worker that dies in
        # between leaves the telling to whichever worker takes its lapsed lease.
        end = RunEnd(self.run.id, status, self.run.finished_at, error, result, told=told)
        await self._commit(report=False, end=end)
        self.run.result_posted = told
        self._unreported = False  # the progress below tells it all
        await tell_end(self.reporter, self.run)

    async def _commit(
        self,
        *,
        started: Step | None = None,
        gate: Gate | None = None,
        report: bool = True,
        end: RunEnd | None = None,
    ) -> Gate | None:
        """Commit the finished steps, with this start or gate, in one transaction.

        Callers in the same turn of the event loop (fact-check and tag starting together)
        share one transaction, and a write never commits before the one opened ahead of it.
        Every caller returns only once its write has committed; with `report`, the thread
        then hears of the steps that finished.
        """
        write = self._writing
        if write is None or (gate is not None and write.gate is not None):
            if not (started or gate or end or self._finished or self._deferred_gate):
                if self._written is not None and not self._written.done():
                    await asyncio.wait([self._written])
                return None
            write = self._writing = _Write(after=self._written)
            self._written = write.done = asyncio.ensure_future(self._write(write))
        if started is not None:
            write.started.append(started)
        write.gate = gate or write.gate
        write.end = end or write.end
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
        recorded = await self.store.advance(
            finished=finished, started=write.started, gate=gate, end=write.end
        )
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
    end: RunEnd | None = None
    done: asyncio.Future[Gate | None] | None = None


async def tell_end(reporter: RunReporter, run: Run) -> None:
    """Tell the thread how the run ended: the last status, then the result. The one
    sequence for every end (the trace's, a cancel's, a crash's, a delivery taken over)."""
    await reporter.progress(run)
    await reporter.finished(run)


def _log_step(step: Step, began: float) -> None:
    # Six times a run: its record is not built for a log that drops it.
    if not log.isEnabledFor(logging.INFO):
        return
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
