"""SqlRunStore: the orchestrator's RunStore on SQLAlchemy, the same code on SQLite and Postgres.

The store in two halves: the queue (claims, leases, ends owed, crashes, cancels:
storage/queue.py, which also reads a run back whole) and, here, what a run is made of:
creating runs, reading them, the trace's writes (`advance`), gates a person decides, and
the run's own columns. Its statements are built once (storage/statements.py), Postgres's
several writes as one statement (storage/postgres.py), their values packed by
storage/params.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, MultipleResultsFound, NoResultFound

from orchestrator.domain import JSON, Claim, Gate, GateDecision, Origin, Run, RunStatus, Step
from orchestrator.ports import RunEnd
from orchestrator.telemetry import new_trace_id
from orchestrator.trace import RunStopped
from orchestrator.usage import Usage
from storage.direct import Tx
from storage.params import (
    claim_rows,
    domain_of,
    end_params,
    gate_values,
    new_run_values,
    prefixed,
    run_update_values,
    step_params,
    usage_by_run,
    usage_params,
    utcnow,
)
from storage.queue import SqlQueue
from storage.rows import gate_from_row, run_from_row
from storage.statements import CLAIMS, GATES, RUNS, SEEN_KEYS


class SqlRunStore(SqlQueue):
    # -- creating runs -----------------------------------------------------------------------

    async def create_runs(
        self, urls: Sequence[str], origin: Origin, *, dedupe_keys: Sequence[str] = ()
    ) -> list[Run] | None:
        now = utcnow()
        values = new_run_values(origin, now)
        # One run (a message's usual one link) is one statement on Postgres.
        one_statement = self._one_statement and len(urls) == 1
        # Each run's OpenTelemetry trace, chosen now so that tracing costs no write later.
        trace_ids = [new_trace_id() for _ in urls]

        def create(tx: Tx) -> list[int]:
            # The keys and the runs commit together: a redelivery either finds the keys (and
            # starts nothing) or the first delivery never happened.
            if dedupe_keys:
                tx.many(insert(SEEN_KEYS), [{"key": k, "created_at": now} for k in dedupe_keys])
            rows = [
                {**values, "url": url, "domain": domain_of(url), "trace_id": trace_id}
                for url, trace_id in zip(urls, trace_ids, strict=True)
            ]
            if len(rows) == 1:
                # One row is a plain INSERT … RETURNING, not a batch of them.
                ids = [_one(tx.rows(self._statements.create_one, rows[0]))["id"]]
            else:
                created = tx.returning_many(self._statements.create_many, rows)
                ids = [row["id"] for row in created]
            self._notify(tx)
            return ids

        try:
            if one_statement:
                # The keys and the run in one statement, straight through asyncpg.
                row = {
                    **values,
                    "url": urls[0],
                    "domain": domain_of(urls[0]),
                    "trace_id": trace_ids[0],
                }
                statement = self._postgres.create(tuple(row), bool(dedupe_keys))
                params = {"b_now": now, "b_keys": list(dedupe_keys), **prefixed(row, "r_")}
                ids = [_one(await self._direct.statement(statement, params))["id"]]
            else:
                ids = await self.runner.tx(create)
        except IntegrityError:
            return None
        return [
            Run(
                id=run_id,
                url=url,
                status=RunStatus.QUEUED,
                origin=origin,
                created_at=now,
                updated_at=now,
                trace_id=trace_id,
            )
            for run_id, url, trace_id in zip(ids, urls, trace_ids, strict=True)
        ]

    async def claim_keys(self, keys: Sequence[str]) -> bool:
        now = utcnow()

        def claim(connection: Connection) -> None:
            # One INSERT of all the keys: all of them or none.
            connection.execute(insert(SEEN_KEYS), [{"key": key, "created_at": now} for key in keys])

        try:
            await self.runner.write(claim)
        except IntegrityError:
            return False
        return True

    # -- reading -----------------------------------------------------------------------------

    async def get_run(self, run_id: int) -> Run | None:
        return await self.runner.read(lambda connection: self._run_tx(connection, run_id))

    async def list_runs(
        self, *, status: RunStatus | None = None, limit: int = 20, before_id: int | None = None
    ) -> list[Run]:
        query = select(RUNS).order_by(RUNS.c.id.desc()).limit(limit)
        if status is not None:
            query = query.where(RUNS.c.status == status.value)
        if before_id is not None:
            query = query.where(RUNS.c.id < before_id)
        rows = await self.runner.read(lambda connection: connection.execute(query).mappings().all())
        return [run_from_row(row) for row in rows]

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
        """Record finished steps, then started steps, a gate and the run's end, in one
        transaction.

        This is how a run moves on in one commit: the results a step (or a gate) depends on
        become durable together with its start, never after it. Returns the gate as
        recorded, with its id, when one was given.
        """
        # A step that used nothing leaves the run row (and its updated_at) alone.
        usage = {run_id: used for run_id, used in usage_by_run(finished).items() if used != Usage()}
        ended: tuple[int, RunEnd, Usage] | None = None
        if end is not None:
            # The run's end writes its row: its last steps' usage goes in the same UPDATE.
            ended = (end.run_id, end, usage.pop(end.run_id, Usage()))
        writes = (
            bool(finished) + len(usage) + bool(started) + (gate is not None) + (ended is not None)
        )
        steps = [(s.run_id, s.name, s.attempt) for s in (*finished, *started)]
        # One statement's writes must not touch one row twice: a step finished and started
        # again at once (which the trace never asks for) takes the statements one by one.
        one_statement = (
            self._one_statement
            and writes > 1
            and len(set(steps)) == len(steps)
            # An end reports whether it applied through the statement's RETURNING, which a
            # gate's id would take; the two together (which the trunk never asks for) take
            # the statements one by one.
            and not (gate is not None and ended is not None)
        )
        statements = self._statements
        # A person is asked about an escalation: that commit waits for its flush.
        fast = not self._durable_steps and (
            gate is None or gate.decision is not GateDecision.ESCALATE
        )

        if one_statement:
            # One statement, straight through asyncpg (storage/direct.py).
            statement, params = self._postgres.advance(
                finished, usage, started, gate, ended, fast=fast
            )
            rows = await self._direct.statement(statement, params)
            if ended is not None and not rows:
                # The steps' results are committed; the run is not this execution's to end.
                raise RunStopped
            return replace(gate, id=_one(rows)["id"]) if gate is not None else None

        def advance(tx: Tx) -> Gate | None:
            if finished or started:
                # Results and starts together: one statement of many rows (in order: a
                # step finished and started again at once would start after its result,
                # and so not at all).
                tx.many(statements.write_steps, [step_params(s) for s in (*finished, *started)])
            for run_id, used in usage.items():
                tx.rows(
                    statements.add_usage,
                    {**usage_params(used), "b_run_id": run_id, "b_now": utcnow()},
                )
            if ended is not None:
                end = {"b_now": utcnow(), **end_params(*ended)}
                if not tx.rows(statements.end_run, end):
                    stopped.append(ended[0])
            if gate is None:
                return None
            return replace(gate, id=_one(tx.rows(statements.record_gate, gate_values(gate)))["id"])

        stopped: list[int] = []  # the run whose end did not apply: cancelled meanwhile
        # Each statement is atomic on its own (many rows included), so one is a transaction.
        recorded = await self.runner.tx(advance, single_write=writes <= 1)
        if stopped:
            # The steps' results are committed; the run is not this execution's to end.
            raise RunStopped
        return recorded

    async def save_claims(self, run_id: int, claims: Sequence[Claim]) -> None:
        rows = claim_rows(run_id, claims)

        def save(connection: Connection) -> None:
            connection.execute(delete(CLAIMS).where(CLAIMS.c.run_id == run_id))
            if rows:
                connection.execute(insert(CLAIMS), rows)

        await self.runner.write(save)

    # -- gates a person decides --------------------------------------------------------------

    async def decide_gate(
        self,
        gate_id: int,
        decision: GateDecision,
        *,
        decided_by: str,
        note: str | None = None,
        outcome: GateDecision | None = None,
    ) -> Gate | None:
        """Decide a waiting gate and queue its run again. None when it was already decided.

        One transaction: the gate's decision and the run's return to the queue commit
        together. The WHERE on the current decision makes the first decision win.
        """
        now = utcnow()

        def decide(connection: Connection) -> Gate | None:
            row = connection.execute(
                update(GATES)
                .where(GATES.c.id == gate_id, GATES.c.decision == GateDecision.ESCALATE.value)
                .values(
                    decision=decision.value,
                    decided_by=decided_by,
                    decided_at=now,
                    note=note,
                    outcome=outcome.value if outcome else None,
                )
                .returning(*GATES.c)
            ).first()
            if row is None:
                return None
            connection.execute(
                update(RUNS)
                .where(RUNS.c.id == row.run_id, RUNS.c.status == RunStatus.WAITING.value)
                .values(status=RunStatus.QUEUED.value, updated_at=now)
            )
            self._notify(connection)
            return gate_from_row(row._mapping)

        return await self.runner.write(decide)

    async def get_gate(self, gate_id: int) -> Gate | None:
        return await self._one_gate(select(GATES).where(GATES.c.id == gate_id))

    async def waiting_gate(self, run_id: int) -> Gate | None:
        return await self._one_gate(
            select(GATES)
            .where(GATES.c.run_id == run_id, GATES.c.decision == GateDecision.ESCALATE.value)
            .order_by(GATES.c.id.desc())
            .limit(1)
        )

    async def _one_gate(self, query: Any) -> Gate | None:
        row = await self.runner.read(
            lambda connection: connection.execute(query).mappings().first()
        )
        return gate_from_row(row) if row is not None else None

    async def expired_gates(self, before: datetime) -> list[Gate]:
        query = (
            select(GATES)
            .where(
                GATES.c.decision == GateDecision.ESCALATE.value,
                GATES.c.created_at < before,
            )
            .order_by(GATES.c.id)
            .limit(100)
        )
        rows = await self.runner.read(lambda connection: connection.execute(query).mappings().all())
        return [gate_from_row(row) for row in rows]

    async def set_gate_message(self, gate_id: int, ref: str) -> None:
        statement = update(GATES).where(GATES.c.id == gate_id).values(message_ref=ref)
        await self.runner.write(lambda connection: connection.execute(statement), single_write=True)

    # -- the run's own columns ---------------------------------------------------------------

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
        values = run_update_values(
            utcnow(),
            status=status,
            error=error,
            result=result,
            status_ref=status_ref,
            result_posted=result_posted,
        )
        statement = self._statements.update_run(tuple(values))
        params = {"b_run_id": run_id, **{f"b_{key}": value for key, value in values.items()}}
        await self.runner.write(
            lambda connection: connection.execute(statement, params), single_write=True
        )

    async def set_trace_id(self, run_id: int, trace_id: str) -> str:
        # COALESCE: two executions racing for a new run agree on the first one's trace.
        statement = (
            update(RUNS)
            .where(RUNS.c.id == run_id)
            .values(trace_id=func.coalesce(RUNS.c.trace_id, trace_id))
            .returning(RUNS.c.trace_id)
        )
        kept = await self.runner.write(
            lambda connection: connection.execute(statement).scalar_one_or_none(),
            single_write=True,
        )
        return str(kept or trace_id)


def _one(rows: Sequence[Any]) -> Any:
    """The one row a statement returns (SQLAlchemy's `Result.one`)."""
    if len(rows) != 1:
        raise (NoResultFound if not rows else MultipleResultsFound)("expected one row")
    return rows[0]
