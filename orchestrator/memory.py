"""MemoryRunStore: the RunStore port kept in this process's memory, for tests and benches.

It honours the same contract as storage's SqlRunStore — one queue whose claims, leases,
attempts, gates, ends and deliveries behave as the SQL statements do — so that tests of the
orchestrator and the bot can run without a database, while the storage tests keep both real
ones. tests/test_store.py runs the one contract suite against this store, SQLite and
Postgres alike; when a statement in storage/ changes what it does, this changes with it.

Each operation applies whole before it returns and yields to the event loop first, as a
database round trip would, so concurrent callers interleave between operations, never
inside one. What the database would hand back as new objects (a run, its steps, a gate),
this hands back as copies: a caller that changes what it was given changes nothing here.
JSON values go through JSON, as they do through a JSON column.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from orchestrator.domain import (
    JSON,
    Claim,
    DeliveryFailure,
    Gate,
    GateDecision,
    Origin,
    Run,
    RunStatus,
    Step,
    StepStatus,
    Usage,
)
from orchestrator.ports import RunEnd
from orchestrator.telemetry import new_trace_id
from orchestrator.trace import RunStopped

LIVE = (RunStatus.QUEUED, RunStatus.RUNNING, RunStatus.WAITING)


def _now() -> datetime:
    return datetime.now(UTC)


def _json(value: Any) -> Any:
    """A value as a JSON column gives it back: tuples as lists, keys as strings."""
    return None if value is None else json.loads(json.dumps(value))


@dataclass
class _Row:
    """A run as its table row holds it: the run, and the lease the domain never sees."""

    run: Run
    lease_owner: str | None = None
    lease_expires_at: datetime | None = None


@dataclass
class _Tables:
    runs: dict[int, _Row] = field(default_factory=dict)
    # (run_id, name, attempt) -> (insertion order, step): steps read back by start, then id.
    steps: dict[tuple[int, str, int], tuple[int, Step]] = field(default_factory=dict)
    gates: dict[int, Gate] = field(default_factory=dict)
    claims: dict[int, list[Claim]] = field(default_factory=dict)
    seen_keys: set[str] = field(default_factory=set)
    next_step: int = 1


class MemoryRunStore:
    """The RunStore port in memory (see the module's docstring)."""

    def __init__(self) -> None:
        self._t = _Tables()

    async def aclose(self) -> None:
        """Nothing held."""

    # -- creating runs -----------------------------------------------------------------------

    async def create_runs(
        self, urls: Sequence[str], origin: Origin, *, dedupe_keys: Sequence[str] = ()
    ) -> list[Run] | None:
        await _round_trip()
        if not self._remember(dedupe_keys):
            return None
        now = _now()
        created = []
        for url in urls:
            run_id = max(self._t.runs, default=0) + 1
            run = Run(
                id=run_id,
                url=url,
                status=RunStatus.QUEUED,
                origin=origin,
                created_at=now,
                updated_at=now,
                trace_id=new_trace_id(),
            )
            self._t.runs[run_id] = _Row(run)
            created.append(_bare(run))
        return created

    async def claim_keys(self, keys: Sequence[str]) -> bool:
        await _round_trip()
        return self._remember(keys)

    def _remember(self, keys: Sequence[str]) -> bool:
        # All of them or none, as one INSERT of unique keys.
        if len(set(keys)) != len(keys) or self._t.seen_keys.intersection(keys):
            return False
        self._t.seen_keys.update(keys)
        return True

    # -- reading -----------------------------------------------------------------------------

    async def get_run(self, run_id: int) -> Run | None:
        await _round_trip()
        return self._whole(run_id)

    async def list_runs(
        self, *, status: RunStatus | None = None, limit: int = 20, before_id: int | None = None
    ) -> list[Run]:
        await _round_trip()
        picked = [
            _bare(row.run)
            for run_id, row in sorted(self._t.runs.items(), reverse=True)
            if (status is None or row.run.status is status)
            and (before_id is None or run_id < before_id)
        ]
        return picked[:limit]

    def _whole(self, run_id: int) -> Run | None:
        """The run with its steps (by start, then id), gates (by id) and claims, as copies."""
        row = self._t.runs.get(run_id)
        if row is None:
            return None
        run = _bare(row.run)
        steps = [entry for key, entry in self._t.steps.items() if key[0] == run_id]
        run.steps = [copy.deepcopy(step) for _, step in sorted(steps, key=_by_start)]
        run.gates = [
            copy.deepcopy(gate)
            for _, gate in sorted(self._t.gates.items())
            if gate.run_id == run_id
        ]
        run.claims = copy.deepcopy(self._t.claims.get(run_id, []))
        return run

    # -- the queue ---------------------------------------------------------------------------

    async def claim_run(
        self,
        worker: str,
        *,
        lease_seconds: float,
        transports: Sequence[str],
        run_id: int | None = None,
    ) -> Run | None:
        await _round_trip()
        now = _now()
        for row in self._in_order(run_id):
            run = row.run
            claimable = run.status is RunStatus.QUEUED or (
                run.status is RunStatus.RUNNING
                # A running run whose worker stopped renewing its lease: that worker is gone.
                and row.lease_expires_at is not None
                and row.lease_expires_at < now
            )
            if not claimable or run.origin.transport not in transports:
                continue
            run.status = RunStatus.RUNNING
            row.lease_owner = worker
            row.lease_expires_at = now + timedelta(seconds=lease_seconds)
            run.started_at = run.started_at or now
            run.updated_at = now
            run.executions += 1
            return self._whole(run.id)
        return None

    def _in_order(self, run_id: int | None) -> list[_Row]:
        if run_id is not None:
            row = self._t.runs.get(run_id)
            return [] if row is None else [row]
        return [row for _, row in sorted(self._t.runs.items())]

    async def renew_lease(self, run_id: int, worker: str, *, lease_seconds: float) -> bool:
        await _round_trip()
        row = self._t.runs.get(run_id)
        if row is None or row.lease_owner != worker:
            return False
        run = row.run
        # A cancelled run loses its lease here, which tells its worker to stop. An ended
        # one keeps it while its end is told.
        if not (run.status is RunStatus.RUNNING or (run.status.is_final and not run.result_posted)):
            return False
        row.lease_expires_at = _now() + timedelta(seconds=lease_seconds)
        return True

    async def release_run(self, run_id: int, worker: str) -> None:
        await _round_trip()
        row = self._t.runs.get(run_id)
        if row is not None and row.lease_owner == worker:
            row.lease_owner = row.lease_expires_at = None

    # -- steps, gates, claims ----------------------------------------------------------------

    async def start_step(self, step: Step) -> None:
        await self.advance(started=[step])

    async def finish_step(self, step: Step) -> None:
        await self.advance(finished=[step])

    async def record_gate(self, gate: Gate) -> Gate:
        recorded = await self.advance(gate=gate)
        assert recorded is not None
        return recorded

    async def advance(
        self,
        *,
        finished: Sequence[Step] = (),
        started: Sequence[Step] = (),
        gate: Gate | None = None,
        end: RunEnd | None = None,
    ) -> Gate | None:
        await _round_trip()
        now = _now()
        for step in finished:
            self._finish(step)
        usage: dict[int, Usage] = {}
        for step in finished:
            usage[step.run_id] = usage.get(step.run_id, Usage()) + step.usage
        # The run's end writes its row: its last steps' usage goes with it, or not at all.
        ended_usage = usage.pop(end.run_id, Usage()) if end is not None else Usage()
        for run_id, used in usage.items():
            row = self._t.runs.get(run_id)
            if row is not None and used != Usage():
                row.run.usage = row.run.usage + used
                row.run.updated_at = now
        for step in started:
            self._start(step)
        stopped = end is not None and not self._end(end, ended_usage, now)
        recorded = None
        if gate is not None:
            gate_id = max(self._t.gates, default=0) + 1
            recorded = replace(gate, id=gate_id)
            self._t.gates[gate_id] = copy.deepcopy(replace(recorded, evidence=_json(gate.evidence)))
        if stopped:
            # The steps' results are committed; the run is not this execution's to end.
            raise RunStopped
        return recorded

    def _finish(self, step: Step) -> None:
        entry = self._t.steps.get((step.run_id, step.name, step.attempt))
        # A committed result is final: should a step ever run twice, the first commit stands.
        if entry is None or entry[1].status is StepStatus.SUCCEEDED:
            return
        kept = entry[1]
        kept.status = step.status
        kept.finished_at = step.finished_at
        kept.output = _json(step.output)
        kept.error = step.error
        kept.model = step.model
        kept.usage = step.usage

    def _start(self, step: Step) -> None:
        key = (step.run_id, step.name, step.attempt)
        entry = self._t.steps.get(key)
        if entry is None:
            started = Step(
                run_id=step.run_id,
                name=step.name,
                status=step.status,
                started_at=step.started_at,
                attempt=step.attempt,
            )
            self._t.steps[key] = (self._t.next_step, started)
            self._t.next_step += 1
            return
        kept = entry[1]
        # A step in flight when its worker died is started again: same row, new time.
        # Never a committed one: its start and result stay as they were.
        if kept.status is not StepStatus.SUCCEEDED:
            kept.status = step.status
            kept.started_at = step.started_at
            kept.error = None

    def _end(self, end: RunEnd, used: Usage, now: datetime) -> bool:
        row = self._t.runs.get(end.run_id)
        # A run cancelled while its last step ran stays cancelled.
        if row is None or row.run.status is not RunStatus.RUNNING:
            return False
        run = row.run
        run.status = end.status
        run.error = end.error
        run.result = _json(end.result)
        run.finished_at = end.finished_at
        run.updated_at = now
        run.result_posted = end.told
        run.usage = run.usage + used
        if end.told:
            row.lease_owner = row.lease_expires_at = None
        return True

    async def claim_delivery(
        self,
        worker: str,
        *,
        lease_seconds: float,
        transports: Sequence[str],
        run_id: int | None = None,
    ) -> Run | None:
        await _round_trip()
        now = _now()
        for row in self._in_order(run_id):
            run = row.run
            deliverable = (
                not run.result_posted
                and run.status.is_final
                and run.delivery_failure is None
                and (
                    row.lease_owner is None
                    or (row.lease_expires_at is not None and row.lease_expires_at < now)
                )
            )
            if not deliverable or (run_id is None and run.origin.transport not in transports):
                continue
            row.lease_owner = worker
            row.lease_expires_at = now + timedelta(seconds=lease_seconds)
            run.executions += 1
            return self._whole(run.id)
        return None

    async def record_delivery_failure(self, run_id: int, *, what: str, why: str) -> DeliveryFailure:
        await _round_trip()
        failure = DeliveryFailure(what[:32], why, _now())
        row = self._t.runs.get(run_id)
        if row is not None:
            row.run.delivery_failure = failure
            if row.run.status.is_final:
                # Given up is settled: an ended run holds no lease for it any more.
                row.lease_owner = row.lease_expires_at = None
        return failure

    async def record_crash(
        self,
        run_id: int,
        worker: str,
        *,
        step: str,
        error: str,
        max_attempts: int,
        retry_in: float,
    ) -> Run | None:
        await _round_trip()
        now = _now()
        step = step[:32]
        row = self._t.runs.get(run_id)
        if row is None or row.lease_owner != worker or row.run.status is not RunStatus.RUNNING:
            return None
        run = row.run
        # Crashes count in a row on one step: a run that got further is failing anew.
        run.crashes = (run.crashes if run.crashed_step == step else 0) + 1
        run.crashed_step = step
        run.updated_at = now
        if run.crashes < max_attempts:
            # Claimable again once this lapses: the backoff before the next attempt.
            row.lease_expires_at = now + timedelta(seconds=retry_in)
            return None
        run.status = RunStatus.FAILED
        run.error = error
        run.finished_at = now
        run.result_posted = False
        # Kept for as long as telling the thread takes.
        row.lease_expires_at = now + timedelta(seconds=max(retry_in, 30.0))
        return self._whole(run_id)

    async def decide_gate(
        self,
        gate_id: int,
        decision: GateDecision,
        *,
        decided_by: str,
        note: str | None = None,
        outcome: GateDecision | None = None,
    ) -> Gate | None:
        await _round_trip()
        gate = self._t.gates.get(gate_id)
        # First decision wins.
        if gate is None or gate.decision is not GateDecision.ESCALATE:
            return None
        now = _now()
        gate.decision = decision
        gate.decided_by = decided_by
        gate.decided_at = now
        gate.note = note
        gate.outcome = outcome
        row = self._t.runs.get(gate.run_id)
        if row is not None and row.run.status is RunStatus.WAITING:
            row.run.status = RunStatus.QUEUED
            row.run.updated_at = now
        return copy.deepcopy(gate)

    async def get_gate(self, gate_id: int) -> Gate | None:
        await _round_trip()
        gate = self._t.gates.get(gate_id)
        return copy.deepcopy(gate) if gate is not None else None

    async def waiting_gate(self, run_id: int) -> Gate | None:
        await _round_trip()
        waiting = [
            gate
            for _, gate in sorted(self._t.gates.items(), reverse=True)
            if gate.run_id == run_id and gate.decision is GateDecision.ESCALATE
        ]
        return copy.deepcopy(waiting[0]) if waiting else None

    async def expired_gates(self, before: datetime) -> list[Gate]:
        await _round_trip()
        expired = [
            copy.deepcopy(gate)
            for _, gate in sorted(self._t.gates.items())
            if gate.decision is GateDecision.ESCALATE and gate.created_at < before
        ]
        return expired[:100]

    async def set_gate_message(self, gate_id: int, ref: str) -> None:
        await _round_trip()
        gate = self._t.gates.get(gate_id)
        if gate is not None:
            gate.message_ref = ref

    async def cancel_run(self, run_id: int) -> Run | None:
        await _round_trip()
        row = self._t.runs.get(run_id)
        if row is None or row.run.status not in LIVE:
            return None
        now = _now()
        run = row.run
        run.status = RunStatus.CANCELLED
        run.finished_at = now
        run.updated_at = now
        run.error = "cancelled"
        run.result_posted = False
        # Its worker's next renewal fails, which stops it; its end is then told by whichever
        # worker claims the delivery.
        row.lease_owner = row.lease_expires_at = None
        return self._whole(run_id)

    async def save_claims(self, run_id: int, claims: Sequence[Claim]) -> None:
        await _round_trip()
        self._t.claims[run_id] = copy.deepcopy(list(claims))

    async def update_run(
        self,
        run_id: int,
        *,
        status: RunStatus | None = None,
        error: str | None = None,
        result: JSON | None = None,
        status_ref: str | None = None,
        result_posted: bool | None = None,
        usage: Usage | None = None,
    ) -> None:
        await _round_trip()
        row = self._t.runs.get(run_id)
        if row is None:
            return
        now = _now()
        run = row.run
        run.updated_at = now
        if status is not None:
            run.status = status
            if status.is_final:
                run.finished_at = now
            if status.is_final or status is RunStatus.WAITING:
                # A waiting run waits in the store, not in a worker.
                row.lease_owner = row.lease_expires_at = None
        if error is not None:
            run.error = error
        if result is not None:
            run.result = _json(result)
        if status_ref is not None:
            run.status_ref = status_ref
        if result_posted is not None:
            run.result_posted = result_posted
            if result_posted:
                # Told: the lease an ended run kept for the telling is done with.
                row.lease_owner = row.lease_expires_at = None

    async def set_trace_id(self, run_id: int, trace_id: str) -> str:
        await _round_trip()
        row = self._t.runs.get(run_id)
        if row is None:
            return trace_id
        # The first one stands: two executions racing for a new run agree on it.
        row.run.trace_id = row.run.trace_id or trace_id
        return row.run.trace_id


async def _round_trip() -> None:
    """Where a database call would let other tasks run."""
    await asyncio.sleep(0)


def _bare(run: Run) -> Run:
    """The run's row alone, as lists read it: no steps, gates or claims."""
    return replace(copy.deepcopy(run), steps=[], gates=[], claims=[])


def _by_start(entry: tuple[int, Step]) -> tuple[datetime, int]:
    order, step = entry
    return (step.started_at, order)
