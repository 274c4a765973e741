"""The run table as the queue: claims and leases, ends owed to a thread, crashes, cancels.

`SqlQueue` is the half of SqlRunStore (storage/store.py) that hands runs to workers; it also
holds what both halves share: the runner, the statements, and reading a run back whole.

Each operation is one transaction body, a plain function over a sync `Connection`, which a
runner (storage/runner.py) runs whole: one hop to SQLite's thread, or over asyncpg with the
fewest round trips (one statement on Postgres wherever it can: storage/postgres.py).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import text, update
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from orchestrator.domain import DeliveryFailure, Run, RunStatus, Step, StepStatus
from storage import ends
from storage.direct import ConnectionTx, Tx
from storage.params import step_params, utcnow
from storage.postgres import OneStatement
from storage.rows import RowMapping, claim_from_row, gate_from_row, run_from_row, step_from_row
from storage.runner import GreenletRunner, Runner, runner_for
from storage.statements import RUNS, WAKE_CHANNEL, Statements

_WAKE = text(f"NOTIFY {WAKE_CHANNEL}")


@functools.cache
def _statements_for(dialect: str) -> tuple[Statements, OneStatement]:
    """A dialect's statements, built once a process: SQLAlchemy's statements are immutable,
    so every store on that dialect shares them (each engine still compiles and caches its own)."""
    statements = Statements(dialect)
    return statements, OneStatement([statements.claim_next, statements.claim_one])


class SqlQueue:
    def __init__(self, engine: AsyncEngine, *, durable_steps: bool = False) -> None:
        """`durable_steps`: on Postgres, wait for the WAL flush of every step's commit too,
        not only of a run's creation, claim, end and escalations (`postgres.fast_commit`)."""
        self.engine = engine
        self._durable_steps = durable_steps
        # How this store's transactions reach the database; closed by `aclose`.
        self.runner: Runner = runner_for(engine)
        self._dialect = engine.dialect.name
        self._statements, self._postgres = _statements_for(self._dialect)
        # Postgres takes a transaction of several writes as one statement, and sends the hot
        # ones (a run's creation, its claim, its advances) straight to asyncpg.
        self._one_statement = self._dialect == "postgresql"
        if self._one_statement:
            assert isinstance(self.runner, GreenletRunner)
            self._direct = self.runner

    async def aclose(self) -> None:
        """Close what the store opened (SQLite's thread and its connection); not the engine."""
        await self.runner.aclose()

    def _run_tx(self, connection: Connection, run_id: int) -> Run | None:
        row = connection.execute(self._statements.read_run, {"b_run_id": run_id}).first()
        if row is None:
            return None
        return self._with_trace(connection, row._mapping)

    def _with_trace(self, connection: Connection | Tx, row: RowMapping) -> Run:
        """The run with its steps, gates and claims, reading only the tables that have some."""
        tx = ConnectionTx(connection) if isinstance(connection, Connection) else connection
        run = run_from_row(row)
        params = {"b_run_id": run.id}
        if row["has_steps"]:
            run.steps = [step_from_row(s) for s in tx.rows(self._statements.read_steps, params)]
        if row["has_gates"]:
            run.gates = [gate_from_row(g) for g in tx.rows(self._statements.read_gates, params)]
        if row["has_claims"]:
            claims = tx.rows(self._statements.read_claims, params)
            run.claims = [claim_from_row(c) for c in claims]
        return run

    def _notify(self, connection: Connection | Tx) -> None:
        """Wake listening workers when this transaction commits (Postgres NOTIFY)."""
        if self._dialect == "postgresql":
            tx = ConnectionTx(connection) if isinstance(connection, Connection) else connection
            tx.rows(_WAKE, {})

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
        now = utcnow()
        params: dict[str, Any] = {
            "b_now": now,
            "b_worker": worker,
            "b_lease_until": now + timedelta(seconds=lease_seconds),
            "b_transports": list(transports),
        }
        claim = self._statements.claim_next
        if run_id is not None:
            claim = self._statements.claim_one
            params["b_run_id"] = run_id
        if self._one_statement:
            # Postgres takes the claim and the start together as one statement (SQLite as
            # two, in the claim's transaction, below).
            if start is not None:
                claim = self._postgres.claims_starting[claim]
                params["b_start"] = start
            # One statement, straight through asyncpg (storage/direct.py).
            rows = await self._direct.statement(claim, params)
            if not rows:
                return None
            row = rows[0]
            if row["has_steps"] or row["has_gates"] or row["has_claims"]:
                # Read back under the lease just taken: the trace is the one it resumes.
                run = await self.runner.read(functools.partial(self._with_trace, row=row))
            else:
                run = run_from_row(row)
            if start is None or row["has_steps"] or row["claim_started"] is None:
                # Nothing to start, or another execution's row, committed meanwhile.
                return run
            run.steps = [Step(run.id, start, StepStatus.RUNNING, started_at=now)]
            run.claimed_start = run.steps[0]
            return run

        def take(tx: Tx) -> Run | None:
            rows = tx.rows(claim, params)
            if not rows:
                return None
            # Read back under the lease just taken: the trace is the one this lease resumes.
            run = self._with_trace(tx, rows[0])
            if start is None or rows[0]["has_steps"]:
                return run
            step = Step(run.id, start, StepStatus.RUNNING, started_at=now)
            tx.many(self._statements.write_steps, [step_params(step)])
            run.steps = [step]
            run.claimed_start = step
            return run

        # One statement, or (SQLite's two) a transaction.
        return await self.runner.tx(take, single_write=start is None)

    async def renew_lease(self, run_id: int, worker: str, *, lease_seconds: float) -> bool:
        params = {
            "b_run_id": run_id,
            "b_worker": worker,
            "b_lease_until": utcnow() + timedelta(seconds=lease_seconds),
        }
        renew = self._statements.renew_lease
        renewed = await self.runner.write(
            lambda connection: connection.execute(renew, params).scalar_one_or_none(),
            single_write=True,
        )
        return renewed is not None

    async def release_run(self, run_id: int, worker: str) -> None:
        params = {"b_run_id": run_id, "b_worker": worker}
        release = self._statements.release_run
        await self.runner.write(
            lambda connection: connection.execute(release, params), single_write=True
        )

    async def claim_delivery(
        self,
        worker: str,
        *,
        lease_seconds: float,
        transports: Sequence[str],
        run_id: int | None = None,
    ) -> Run | None:
        now = utcnow()
        params: dict[str, Any] = {
            "b_now": now,
            "b_worker": worker,
            "b_lease_until": now + timedelta(seconds=lease_seconds),
            "b_transports": list(transports),
        }
        claim = self._statements.claim_delivery
        if run_id is not None:
            claim = self._statements.claim_one_delivery
            params = {**params, "b_run_id": run_id}
            del params["b_transports"]

        def take(connection: Connection) -> Run | None:
            row = connection.execute(claim, params).first()
            return None if row is None else self._with_trace(connection, row._mapping)

        return await self.runner.write(take, single_write=True)

    async def record_delivery_failure(self, run_id: int, *, what: str, why: str) -> DeliveryFailure:
        failure = DeliveryFailure(what[:32], why, utcnow())
        params = {"b_run_id": run_id, "b_what": failure.what, "b_why": why, "b_at": failure.at}
        record = self._statements.record_failure
        await self.runner.write(
            lambda connection: connection.execute(record, params),
            single_write=True,
        )
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
        def count(connection: Connection) -> Run | None:
            failed = ends.count_crash(
                connection,
                run_id=run_id,
                worker=worker,
                step=step[:32],
                error=error,
                max_attempts=max_attempts,
                retry_in=retry_in,
                now=utcnow(),
            )
            return self._run_tx(connection, run_id) if failed else None

        return await self.runner.write(count)

    async def cancel_run(self, run_id: int) -> Run | None:
        """Cancel a run that has not ended; None when it had (or does not exist)."""
        now = utcnow()
        live = [RunStatus.QUEUED.value, RunStatus.RUNNING.value, RunStatus.WAITING.value]
        statement = (
            update(RUNS)
            .where(RUNS.c.id == run_id, RUNS.c.status.in_(live))
            .values(
                status=RunStatus.CANCELLED.value,
                finished_at=now,
                updated_at=now,
                error="cancelled",
                # Its worker's next renewal fails, which stops it; its end is then told by
                # whichever worker claims the delivery (`claim_delivery`).
                lease_owner=None,
                lease_expires_at=None,
                result_posted=False,
            )
            .returning(RUNS.c.id)
        )

        def cancel(connection: Connection) -> Run | None:
            if connection.execute(statement).scalar_one_or_none() is None:
                return None
            self._notify(connection)
            return self._run_tx(connection, run_id)

        return await self.runner.write(cancel)
