"""SqlRunStore: the orchestrator's RunStore on SQLAlchemy, the same code on SQLite and Postgres.

The hot path (claiming runs, starting and finishing steps, recording gates, ending runs) is
SQLAlchemy Core on one connection per operation: statements are built once, here, with bound
parameters, so that an operation costs its round trips and little else. A session and ORM
objects cost more Python than the database work they wrap (issue 4: 29 ms a run before).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    RowMapping,
    Table,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from orchestrator.domain import (
    JSON,
    Claim,
    Gate,
    GateDecision,
    Origin,
    Run,
    RunStatus,
    Step,
    StepStatus,
    Usage,
    Verdict,
)
from storage.models import Base, UTCDateTime

log = logging.getLogger(__name__)

# The Postgres channel workers LISTEN on; a NOTIFY on it means "there may be work".
WAKE_CHANNEL = "copydesk_runs"

RUNS: Table = Base.metadata.tables["runs"]
STEPS: Table = Base.metadata.tables["steps"]
GATES: Table = Base.metadata.tables["gates"]
CLAIMS: Table = Base.metadata.tables["claims"]
SEEN_KEYS: Table = Base.metadata.tables["seen_keys"]

USAGE_COLUMNS = ("input_tokens", "output_tokens", "cache_write_tokens", "cache_read_tokens")


def _now() -> datetime:
    return datetime.now(UTC)


def domain_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")[:255]


def _p(name: str, column: Any = None) -> Any:
    """A bound parameter; `b_` names never clash with the column names SET clauses reserve."""
    return bindparam(f"b_{name}", type_=column.type if column is not None else None)


class SqlRunStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._dialect = engine.dialect.name
        dialect_insert = postgresql.insert if self._dialect == "postgresql" else sqlite.insert
        r, s, g = RUNS.c, STEPS.c, GATES.c
        now = bindparam("b_now", type_=UTCDateTime())

        # Whether a run has anything to read back: a run claimed for the first time has not,
        # and its claim is then one statement.
        has_trace = (
            exists().where(s.run_id == r.id).label("has_steps"),
            exists().where(g.run_id == r.id).label("has_gates"),
            exists().where(CLAIMS.c.run_id == r.id).label("has_claims"),
        )
        self._read_run = select(RUNS, *has_trace).where(r.id == _p("run_id"))
        claimable = or_(
            r.status == RunStatus.QUEUED.value,
            # A running run whose worker stopped renewing its lease: that worker is gone.
            and_(r.status == RunStatus.RUNNING.value, r.lease_expires_at < now),
        )
        pick = select(r.id).where(
            claimable, r.transport.in_(bindparam("b_transports", expanding=True))
        )
        take = {
            "status": RunStatus.RUNNING.value,
            "lease_owner": _p("worker"),
            "lease_expires_at": _p("lease_until", r.lease_expires_at),
            "started_at": func.coalesce(r.started_at, now),
            "updated_at": now,
            "executions": r.executions + 1,
        }

        def claim(pick: Any) -> Any:
            # One statement: pick and take together, returning the row. SKIP LOCKED lets many
            # Postgres workers claim without waiting on each other; SQLite ignores it and runs
            # the statement under its single write lock, which is just as exclusive.
            pick = pick.order_by(r.id).limit(1).with_for_update(skip_locked=True)
            return (
                update(RUNS)
                .where(r.id == pick.scalar_subquery())
                .values(take)
                .returning(*RUNS.c, *has_trace)
            )

        self._claim_next = claim(pick)
        self._claim_one = claim(pick.where(r.id == _p("run_id")))
        self._read_steps = (
            select(STEPS).where(s.run_id == _p("run_id")).order_by(s.started_at, s.id)
        )
        self._read_gates = select(GATES).where(g.run_id == _p("run_id")).order_by(g.id)
        self._read_claims = (
            select(CLAIMS).where(CLAIMS.c.run_id == _p("run_id")).order_by(CLAIMS.c.position)
        )

        started = dialect_insert(STEPS)
        # A step that was in flight when its worker died is started again: same row, new time.
        self._start_steps = started.on_conflict_do_update(
            index_elements=["run_id", "name", "attempt"],
            set_={
                "status": started.excluded.status,
                "started_at": started.excluded.started_at,
                "error": None,
            },
        )
        self._finish_steps = (
            update(STEPS)
            .where(s.run_id == _p("run_id"), s.name == _p("name"), s.attempt == _p("attempt"))
            .values(
                status=_p("status"),
                finished_at=_p("finished_at", s.finished_at),
                output=_p("output", s.output),
                error=_p("error"),
                model=_p("model"),
                cost_usd=_p("cost_usd"),
                **{c: _p(c) for c in USAGE_COLUMNS},
            )
        )
        # Per-run totals kept on the run row so lists and budgets need no join.
        self._add_usage = (
            update(RUNS)
            .where(r.id == _p("run_id"))
            .values(
                cost_usd=r.cost_usd + _p("cost_usd"),
                updated_at=now,
                **{c: r[c] + _p(c) for c in USAGE_COLUMNS},
            )
        )
        self._record_gate = insert(GATES).returning(g.id)

    # -- creating runs -----------------------------------------------------------------------

    async def create_runs(
        self, urls: Sequence[str], origin: Origin, *, dedupe_keys: Sequence[str] = ()
    ) -> list[Run] | None:
        now = _now()
        values = {
            "status": RunStatus.QUEUED.value,
            "transport": origin.transport,
            "channel": origin.channel,
            "thread_ts": origin.thread_ts,
            "user_id": origin.user,
            "team_id": origin.team,
            "created_at": now,
            "updated_at": now,
            "result_posted": False,
            "cost_usd": 0.0,
            "executions": 0,
            **dict.fromkeys(USAGE_COLUMNS, 0),
        }
        try:
            async with self.engine.begin() as connection:
                # The keys and the runs commit together: a redelivery either finds the
                # keys (and starts nothing) or the first delivery never happened.
                if dedupe_keys:
                    await connection.execute(
                        insert(SEEN_KEYS), [{"key": k, "created_at": now} for k in dedupe_keys]
                    )
                ids = (
                    await connection.execute(
                        insert(RUNS).returning(RUNS.c.id, sort_by_parameter_order=True),
                        [{**values, "url": url, "domain": domain_of(url)} for url in urls],
                    )
                ).scalars()
                runs = [
                    Run(
                        id=run_id,
                        url=url,
                        status=RunStatus.QUEUED,
                        origin=origin,
                        created_at=now,
                        updated_at=now,
                    )
                    for run_id, url in zip(ids, urls, strict=True)
                ]
                await self._notify(connection)
        except IntegrityError:
            return None
        return runs

    async def claim_keys(self, keys: Sequence[str]) -> bool:
        now = _now()
        try:
            async with self.engine.begin() as connection:
                await connection.execute(
                    insert(SEEN_KEYS), [{"key": key, "created_at": now} for key in keys]
                )
        except IntegrityError:
            return False
        return True

    # -- reading -----------------------------------------------------------------------------

    async def get_run(self, run_id: int) -> Run | None:
        async with self.engine.connect() as connection:
            row = (await connection.execute(self._read_run, {"b_run_id": run_id})).first()
            if row is None:
                return None
            return await self._with_trace(connection, row._mapping)

    async def list_runs(
        self, *, status: RunStatus | None = None, limit: int = 20, before_id: int | None = None
    ) -> list[Run]:
        query = select(RUNS).order_by(RUNS.c.id.desc()).limit(limit)
        if status is not None:
            query = query.where(RUNS.c.status == status.value)
        if before_id is not None:
            query = query.where(RUNS.c.id < before_id)
        async with self.engine.connect() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [_run_from_row(row) for row in rows]

    async def _with_trace(self, connection: AsyncConnection, row: RowMapping) -> Run:
        """The run with its steps, gates and claims, reading only the tables that have some."""
        run = _run_from_row(row)
        params = {"b_run_id": run.id}
        if row["has_steps"]:
            steps = await connection.execute(self._read_steps, params)
            run.steps = [_step_from_row(s) for s in steps.mappings()]
        if row["has_gates"]:
            gates = await connection.execute(self._read_gates, params)
            run.gates = [_gate_from_row(g) for g in gates.mappings()]
        if row["has_claims"]:
            claims = await connection.execute(self._read_claims, params)
            run.claims = [_claim_from_row(c) for c in claims.mappings()]
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
        now = _now()
        params: dict[str, Any] = {
            "b_now": now,
            "b_worker": worker,
            "b_lease_until": now + timedelta(seconds=lease_seconds),
            "b_transports": list(transports),
        }
        claim = self._claim_next
        if run_id is not None:
            claim = self._claim_one
            params["b_run_id"] = run_id
        async with self.engine.begin() as connection:
            row = (await connection.execute(claim, params)).first()
            if row is None:
                return None
            # Read back in the claiming transaction: the trace is the one this lease resumes.
            return await self._with_trace(connection, row._mapping)

    async def renew_lease(self, run_id: int, worker: str, *, lease_seconds: float) -> bool:
        now = _now()
        async with self.engine.begin() as connection:
            result = await connection.execute(
                update(RUNS)
                .where(
                    RUNS.c.id == run_id,
                    RUNS.c.lease_owner == worker,
                    # A cancelled run loses its lease here, which tells its worker to stop.
                    RUNS.c.status == RunStatus.RUNNING.value,
                )
                .values(lease_expires_at=now + timedelta(seconds=lease_seconds))
                .returning(RUNS.c.id)
            )
            return result.scalar_one_or_none() is not None

    async def release_run(self, run_id: int, worker: str) -> None:
        async with self.engine.begin() as connection:
            await connection.execute(
                update(RUNS)
                .where(RUNS.c.id == run_id, RUNS.c.lease_owner == worker)
                .values(lease_owner=None, lease_expires_at=None)
            )

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
    ) -> Gate | None:
        """Record finished steps, then started steps and a gate, in one transaction.

        This is how a run moves on in one commit: the results a step (or a gate) depends on
        become durable together with its start, never after it. Returns the gate as
        recorded, with its id, when one was given.
        """
        recorded: Gate | None = None
        async with self.engine.begin() as connection:
            if finished:
                await connection.execute(
                    self._finish_steps, [_finished_params(step) for step in finished]
                )
                for run_id, usage in _usage_by_run(finished).items():
                    # A step that used nothing leaves the run row (and its updated_at) alone.
                    if usage != Usage():
                        await connection.execute(
                            self._add_usage,
                            {**_usage_params(usage), "b_run_id": run_id, "b_now": _now()},
                        )
            if started:
                await connection.execute(
                    self._start_steps, [_started_values(step) for step in started]
                )
            if gate is not None:
                gate_id = (
                    await connection.execute(self._record_gate, _gate_values(gate))
                ).scalar_one()
                recorded = replace(gate, id=gate_id)
        return recorded

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
        now = _now()
        async with self.engine.begin() as connection:
            row = (
                await connection.execute(
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
                )
            ).first()
            if row is None:
                return None
            await connection.execute(
                update(RUNS)
                .where(RUNS.c.id == row.run_id, RUNS.c.status == RunStatus.WAITING.value)
                .values(status=RunStatus.QUEUED.value, updated_at=now)
            )
            await self._notify(connection)
            return _gate_from_row(row._mapping)

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
        async with self.engine.connect() as connection:
            row = (await connection.execute(query)).mappings().first()
        return _gate_from_row(row) if row is not None else None

    async def expired_gates(self, before: datetime) -> list[Gate]:
        async with self.engine.connect() as connection:
            rows = await connection.execute(
                select(GATES)
                .where(
                    GATES.c.decision == GateDecision.ESCALATE.value,
                    GATES.c.created_at < before,
                )
                .order_by(GATES.c.id)
                .limit(100)
            )
            return [_gate_from_row(row) for row in rows.mappings()]

    async def set_gate_message(self, gate_id: int, ref: str) -> None:
        async with self.engine.begin() as connection:
            await connection.execute(
                update(GATES).where(GATES.c.id == gate_id).values(message_ref=ref)
            )

    async def cancel_run(self, run_id: int) -> Run | None:
        """Cancel a run that has not ended; None when it had (or does not exist)."""
        now = _now()
        live = [RunStatus.QUEUED.value, RunStatus.RUNNING.value, RunStatus.WAITING.value]
        async with self.engine.begin() as connection:
            result = await connection.execute(
                update(RUNS)
                .where(RUNS.c.id == run_id, RUNS.c.status.in_(live))
                .values(
                    status=RunStatus.CANCELLED.value,
                    finished_at=now,
                    updated_at=now,
                    error="cancelled",
                )
                .returning(RUNS.c.id)
            )
            if result.scalar_one_or_none() is None:
                return None
        return await self.get_run(run_id)

    async def save_claims(self, run_id: int, claims: Sequence[Claim]) -> None:
        async with self.engine.begin() as connection:
            await connection.execute(delete(CLAIMS).where(CLAIMS.c.run_id == run_id))
            if claims:
                await connection.execute(
                    insert(CLAIMS),
                    [
                        {
                            "run_id": run_id,
                            "position": position,
                            "text": claim.text,
                            "quote": claim.quote,
                            "step": claim.step,
                            "agent": claim.agent,
                            "round": claim.round,
                            "verdict": claim.verdict.value if claim.verdict else None,
                            "evidence": claim.evidence,
                            "source_url": claim.source_url,
                            "source_found": claim.source_found,
                            "checked_by": claim.checked_by,
                        }
                        for position, claim in enumerate(claims)
                    ],
                )

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
        now = _now()
        values: dict[str, Any] = {"updated_at": now}
        if status is not None:
            values["status"] = status.value
            if status.is_final:
                values["finished_at"] = now
                values["lease_owner"] = None
                values["lease_expires_at"] = None
            if status is RunStatus.WAITING:
                # A waiting run waits in the database, not in a worker.
                values["lease_owner"] = None
                values["lease_expires_at"] = None
        if error is not None:
            values["error"] = error
        if result is not None:
            values["result"] = result
        if status_ref is not None:
            values["status_ref"] = status_ref
        if result_posted is not None:
            values["result_posted"] = result_posted
        async with self.engine.begin() as connection:
            await connection.execute(update(RUNS).where(RUNS.c.id == run_id).values(**values))

    async def _notify(self, connection: AsyncConnection) -> None:
        """Wake listening workers when this transaction commits (Postgres NOTIFY)."""
        if self._dialect == "postgresql":
            await connection.execute(text(f"NOTIFY {WAKE_CHANNEL}"))


def _started_values(step: Step) -> dict[str, Any]:
    return {
        "run_id": step.run_id,
        "name": step.name,
        "attempt": step.attempt,
        "status": step.status.value,
        "started_at": step.started_at,
        "cost_usd": 0.0,
        **dict.fromkeys(USAGE_COLUMNS, 0),
    }


def _usage_params(usage: Usage) -> dict[str, Any]:
    return {
        "b_input_tokens": usage.input_tokens,
        "b_output_tokens": usage.output_tokens,
        "b_cache_write_tokens": usage.cache_write_tokens,
        "b_cache_read_tokens": usage.cache_read_tokens,
        "b_cost_usd": usage.cost_usd,
    }


def _finished_params(step: Step) -> dict[str, Any]:
    return {
        "b_run_id": step.run_id,
        "b_name": step.name,
        "b_attempt": step.attempt,
        "b_status": step.status.value,
        "b_finished_at": step.finished_at,
        "b_output": step.output,
        "b_error": step.error,
        "b_model": step.model,
        **_usage_params(step.usage),
    }


def _usage_by_run(steps: Sequence[Step]) -> dict[int, Usage]:
    totals: dict[int, Usage] = {}
    for step in steps:
        totals[step.run_id] = totals.get(step.run_id, Usage()) + step.usage
    return totals


def _gate_values(gate: Gate) -> dict[str, Any]:
    return {
        "run_id": gate.run_id,
        "name": gate.name,
        "attempt": gate.attempt,
        "decision": gate.decision.value,
        "reason": gate.reason,
        "evidence": gate.evidence,
        "created_at": gate.created_at,
        "decided_by": gate.decided_by,
        "decided_at": gate.decided_at,
        "note": gate.note,
        "outcome": gate.outcome.value if gate.outcome else None,
        "message_ref": gate.message_ref,
    }


def _usage(row: RowMapping) -> Usage:
    return Usage(
        input_tokens=row["input_tokens"],
        output_tokens=row["output_tokens"],
        cache_write_tokens=row["cache_write_tokens"],
        cache_read_tokens=row["cache_read_tokens"],
        cost_usd=row["cost_usd"],
    )


def _run_from_row(row: RowMapping) -> Run:
    return Run(
        id=row["id"],
        url=row["url"],
        status=RunStatus(row["status"]),
        origin=Origin(
            transport=row["transport"],
            channel=row["channel"],
            thread_ts=row["thread_ts"],
            user=row["user_id"],
            team=row["team_id"],
        ),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        error=row["error"],
        status_ref=row["status_ref"],
        result_posted=row["result_posted"],
        result=row["result"],
        usage=_usage(row),
        executions=row["executions"],
    )


def _step_from_row(row: RowMapping) -> Step:
    return Step(
        run_id=row["run_id"],
        name=row["name"],
        status=StepStatus(row["status"]),
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        attempt=row["attempt"],
        output=row["output"],
        error=row["error"],
        usage=_usage(row),
        model=row["model"],
    )


def _gate_from_row(row: RowMapping) -> Gate:
    return Gate(
        id=row["id"],
        run_id=row["run_id"],
        name=row["name"],
        attempt=row["attempt"],
        decision=GateDecision(row["decision"]),
        note=row["note"],
        outcome=GateDecision(row["outcome"]) if row["outcome"] else None,
        reason=row["reason"],
        created_at=row["created_at"],
        decided_by=row["decided_by"],
        decided_at=row["decided_at"],
        evidence=row["evidence"],
        message_ref=row["message_ref"],
    )


def _claim_from_row(row: RowMapping) -> Claim:
    return Claim(
        text=row["text"],
        quote=row["quote"],
        step=row["step"],
        agent=row["agent"],
        round=row["round"],
        verdict=Verdict(row["verdict"]) if row["verdict"] else None,
        evidence=row["evidence"],
        source_url=row["source_url"],
        source_found=row["source_found"],
        checked_by=row["checked_by"],
    )
