"""The memory store's tables, and what a run's trace writes: steps, gates and claims.

Split from MemoryRunStore (orchestrator/memory/__init__.py), which adds the runs, the
queue and the deliveries; the behaviour of each is that of storage's statements.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from orchestrator.domain import Claim, Gate, GateDecision, Run, RunStatus, Step, StepStatus
from orchestrator.ports import RunEnd
from orchestrator.trace import RunStopped
from orchestrator.usage import Usage

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


async def _round_trip() -> None:
    """Where a database call would let other tasks run."""
    await asyncio.sleep(0)


def _bare(run: Run) -> Run:
    """The run's row alone, as lists read it: no steps, gates or claims."""
    return replace(copy.deepcopy(run), steps=[], gates=[], claims=[])


def _by_start(entry: tuple[int, Step]) -> tuple[datetime, int]:
    order, step = entry
    return (step.started_at, order)


class MemoryTrace:
    """The tables, and the trace's writes to them."""

    def __init__(self) -> None:
        self._t = _Tables()

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

    async def save_claims(self, run_id: int, claims: Sequence[Claim]) -> None:
        await _round_trip()
        self._t.claims[run_id] = copy.deepcopy(list(claims))
