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

from collections.abc import Sequence
from datetime import timedelta

from orchestrator.domain import JSON, DeliveryFailure, Origin, Run, RunStatus, Step, StepStatus
from orchestrator.memory.trace import LIVE, MemoryTrace, _bare, _json, _now, _round_trip, _Row
from orchestrator.telemetry import new_trace_id
from orchestrator.usage import Usage

__all__ = ["MemoryRunStore"]


class MemoryRunStore(MemoryTrace):
    """The RunStore port in memory (see the module's docstring)."""

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

    # -- the queue ---------------------------------------------------------------------------

    async def claim_run(
        self,
        worker: str,
        *,
        lease_seconds: float,
        transports: Sequence[str],
        run_id: int | None = None,
        start: str | None = None,
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
            has_steps = any(key[0] == run.id for key in self._t.steps)
            if start is None or has_steps:
                return self._whole(run.id)
            # The first step started with the claim, as the SQL stores do in one transaction.
            step = Step(run.id, start, StepStatus.RUNNING, started_at=now)
            self._start(step)
            whole = self._whole(run.id)
            assert whole is not None
            whole.steps = [step]
            whole.claimed_start = step
            return whole
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
