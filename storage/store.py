"""SqlRunStore: the orchestrator's RunStore on SQLAlchemy, the same code on SQLite and Postgres."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import and_, delete, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

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
from storage.models import ClaimRow, GateRow, RunRow, SeenKey, StepRow

log = logging.getLogger(__name__)

# The Postgres channel workers LISTEN on; a NOTIFY on it means "there may be work".
WAKE_CHANNEL = "copydesk_runs"


def _now() -> datetime:
    return datetime.now(UTC)


def domain_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")[:255]


class SqlRunStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._dialect = engine.dialect.name

    # -- creating runs -----------------------------------------------------------------------

    async def create_runs(
        self, urls: Sequence[str], origin: Origin, *, dedupe_keys: Sequence[str] = ()
    ) -> list[Run] | None:
        now = _now()
        async with self._sessions() as session:
            try:
                async with session.begin():
                    # The keys and the runs commit together: a redelivery either finds the
                    # keys (and starts nothing) or the first delivery never happened.
                    session.add_all(SeenKey(key=key, created_at=now) for key in dedupe_keys)
                    await session.flush()
                    rows = [
                        RunRow(
                            url=url,
                            domain=domain_of(url),
                            status=RunStatus.QUEUED.value,
                            transport=origin.transport,
                            channel=origin.channel,
                            thread_ts=origin.thread_ts,
                            user_id=origin.user,
                            team_id=origin.team,
                            created_at=now,
                            updated_at=now,
                            result_posted=False,
                            input_tokens=0,
                            output_tokens=0,
                            cache_write_tokens=0,
                            cache_read_tokens=0,
                            cost_usd=0.0,
                            executions=0,
                        )
                        for url in urls
                    ]
                    session.add_all(rows)
                    await session.flush()
                    await self._notify(session)
            except IntegrityError:
                return None
        return [_run_from_row(row, trace=False) for row in rows]

    async def claim_keys(self, keys: Sequence[str]) -> bool:
        now = _now()
        async with self._sessions() as session:
            try:
                async with session.begin():
                    session.add_all(SeenKey(key=key, created_at=now) for key in keys)
            except IntegrityError:
                return False
        return True

    # -- reading -----------------------------------------------------------------------------

    async def get_run(self, run_id: int) -> Run | None:
        async with self._sessions() as session:
            row = await session.get(RunRow, run_id, options=[selectinload(RunRow.steps)])
            if row is None:
                return None
            gates = (
                await session.scalars(
                    select(GateRow).where(GateRow.run_id == run_id).order_by(GateRow.id)
                )
            ).all()
            claims = (
                await session.scalars(
                    select(ClaimRow).where(ClaimRow.run_id == run_id).order_by(ClaimRow.position)
                )
            ).all()
            run = _run_from_row(row, trace=True)
            run.gates = [_gate_from_row(g) for g in gates]
            run.claims = [_claim_from_row(c) for c in claims]
            return run

    async def list_runs(
        self, *, status: RunStatus | None = None, limit: int = 20, before_id: int | None = None
    ) -> list[Run]:
        query = select(RunRow).order_by(RunRow.id.desc()).limit(limit)
        if status is not None:
            query = query.where(RunRow.status == status.value)
        if before_id is not None:
            query = query.where(RunRow.id < before_id)
        async with self._sessions() as session:
            rows = (await session.scalars(query)).all()
        return [_run_from_row(row, trace=False) for row in rows]

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
        claimable = or_(
            RunRow.status == RunStatus.QUEUED.value,
            # A running run whose worker stopped renewing its lease: that worker is gone.
            and_(RunRow.status == RunStatus.RUNNING.value, RunRow.lease_expires_at < now),
        )
        pick = select(RunRow.id).where(claimable, RunRow.transport.in_(list(transports)))
        if run_id is not None:
            pick = pick.where(RunRow.id == run_id)
        # One statement: pick and take together. SKIP LOCKED lets many Postgres workers claim
        # without waiting on each other; SQLite ignores it and runs the statement under its
        # single write lock, which is just as exclusive.
        pick = pick.order_by(RunRow.id).limit(1).with_for_update(skip_locked=True)
        claim = (
            update(RunRow)
            .where(RunRow.id == pick.scalar_subquery())
            .values(
                status=RunStatus.RUNNING.value,
                lease_owner=worker,
                lease_expires_at=now + timedelta(seconds=lease_seconds),
                started_at=func.coalesce(RunRow.started_at, now),
                updated_at=now,
                executions=RunRow.executions + 1,
            )
            .returning(RunRow.id)
            .execution_options(synchronize_session=False)
        )
        async with self._sessions() as session, session.begin():
            picked = (await session.execute(claim)).scalar_one_or_none()
        if picked is None:
            return None
        return await self.get_run(picked)

    async def renew_lease(self, run_id: int, worker: str, *, lease_seconds: float) -> bool:
        now = _now()
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(RunRow)
                .where(
                    RunRow.id == run_id,
                    RunRow.lease_owner == worker,
                    # A cancelled run loses its lease here, which tells its worker to stop.
                    RunRow.status == RunStatus.RUNNING.value,
                )
                .values(lease_expires_at=now + timedelta(seconds=lease_seconds))
                .returning(RunRow.id)
            )
            return result.scalar_one_or_none() is not None

    async def release_run(self, run_id: int, worker: str) -> None:
        async with self._sessions() as session, session.begin():
            await session.execute(
                update(RunRow)
                .where(RunRow.id == run_id, RunRow.lease_owner == worker)
                .values(lease_owner=None, lease_expires_at=None)
            )

    # -- steps, gates, claims ----------------------------------------------------------------

    async def start_step(self, step: Step) -> None:
        values = {
            "run_id": step.run_id,
            "name": step.name,
            "attempt": step.attempt,
            "status": step.status.value,
            "started_at": step.started_at,
            "input_tokens": 0,
            "output_tokens": 0,
            "cache_write_tokens": 0,
            "cache_read_tokens": 0,
            "cost_usd": 0.0,
        }
        # A step that was in flight when its worker died is started again: same row, new time.
        insert = self._insert(StepRow).values(**values)
        insert = insert.on_conflict_do_update(
            index_elements=["run_id", "name", "attempt"],
            set_={"status": step.status.value, "started_at": step.started_at, "error": None},
        )
        async with self._sessions() as session, session.begin():
            await session.execute(insert)

    async def finish_step(self, step: Step) -> None:
        usage = step.usage
        async with self._sessions() as session, session.begin():
            await session.execute(
                update(StepRow)
                .where(
                    StepRow.run_id == step.run_id,
                    StepRow.name == step.name,
                    StepRow.attempt == step.attempt,
                )
                .values(
                    status=step.status.value,
                    finished_at=step.finished_at,
                    output=step.output,
                    error=step.error,
                    model=step.model,
                    input_tokens=usage.input_tokens,
                    output_tokens=usage.output_tokens,
                    cache_write_tokens=usage.cache_write_tokens,
                    cache_read_tokens=usage.cache_read_tokens,
                    cost_usd=usage.cost_usd,
                )
            )
            # Per-run totals kept on the run row so lists and budgets need no join.
            await session.execute(
                update(RunRow)
                .where(RunRow.id == step.run_id)
                .values(
                    input_tokens=RunRow.input_tokens + usage.input_tokens,
                    output_tokens=RunRow.output_tokens + usage.output_tokens,
                    cache_write_tokens=RunRow.cache_write_tokens + usage.cache_write_tokens,
                    cache_read_tokens=RunRow.cache_read_tokens + usage.cache_read_tokens,
                    cost_usd=RunRow.cost_usd + usage.cost_usd,
                    updated_at=_now(),
                )
            )

    async def record_gate(self, gate: Gate) -> Gate:
        row = GateRow(
            run_id=gate.run_id,
            name=gate.name,
            attempt=gate.attempt,
            decision=gate.decision.value,
            reason=gate.reason,
            evidence=gate.evidence,
            created_at=gate.created_at,
            decided_by=gate.decided_by,
            decided_at=gate.decided_at,
            message_ref=gate.message_ref,
        )
        async with self._sessions() as session, session.begin():
            session.add(row)
            await session.flush()
        return _gate_from_row(row)

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
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(GateRow)
                .where(GateRow.id == gate_id, GateRow.decision == GateDecision.ESCALATE.value)
                .values(
                    decision=decision.value,
                    decided_by=decided_by,
                    decided_at=now,
                    note=note,
                    outcome=outcome.value if outcome else None,
                )
                .returning(GateRow.run_id)
            )
            run_id = result.scalar_one_or_none()
            if run_id is None:
                return None
            await session.execute(
                update(RunRow)
                .where(RunRow.id == run_id, RunRow.status == RunStatus.WAITING.value)
                .values(status=RunStatus.QUEUED.value, updated_at=now)
            )
            await self._notify(session)
            row = await session.get(GateRow, gate_id)
            assert row is not None
            return _gate_from_row(row)

    async def get_gate(self, gate_id: int) -> Gate | None:
        async with self._sessions() as session:
            row = await session.get(GateRow, gate_id)
            return _gate_from_row(row) if row is not None else None

    async def waiting_gate(self, run_id: int) -> Gate | None:
        async with self._sessions() as session:
            row = await session.scalar(
                select(GateRow)
                .where(GateRow.run_id == run_id, GateRow.decision == GateDecision.ESCALATE.value)
                .order_by(GateRow.id.desc())
                .limit(1)
            )
            return _gate_from_row(row) if row is not None else None

    async def expired_gates(self, before: datetime) -> list[Gate]:
        async with self._sessions() as session:
            rows = await session.scalars(
                select(GateRow)
                .where(
                    GateRow.decision == GateDecision.ESCALATE.value,
                    GateRow.created_at < before,
                )
                .order_by(GateRow.id)
                .limit(100)
            )
            return [_gate_from_row(row) for row in rows]

    async def set_gate_message(self, gate_id: int, ref: str) -> None:
        async with self._sessions() as session, session.begin():
            await session.execute(
                update(GateRow).where(GateRow.id == gate_id).values(message_ref=ref)
            )

    async def cancel_run(self, run_id: int) -> Run | None:
        """Cancel a run that has not ended; None when it had (or does not exist)."""
        now = _now()
        live = [RunStatus.QUEUED.value, RunStatus.RUNNING.value, RunStatus.WAITING.value]
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(RunRow)
                .where(RunRow.id == run_id, RunRow.status.in_(live))
                .values(
                    status=RunStatus.CANCELLED.value,
                    finished_at=now,
                    updated_at=now,
                    error="cancelled",
                )
                .returning(RunRow.id)
            )
            if result.scalar_one_or_none() is None:
                return None
        return await self.get_run(run_id)

    async def save_claims(self, run_id: int, claims: Sequence[Claim]) -> None:
        async with self._sessions() as session, session.begin():
            await session.execute(delete(ClaimRow).where(ClaimRow.run_id == run_id))
            session.add_all(
                ClaimRow(
                    run_id=run_id,
                    position=position,
                    text=claim.text,
                    quote=claim.quote,
                    step=claim.step,
                    agent=claim.agent,
                    round=claim.round,
                    verdict=claim.verdict.value if claim.verdict else None,
                    evidence=claim.evidence,
                    source_url=claim.source_url,
                    source_found=claim.source_found,
                    checked_by=claim.checked_by,
                )
                for position, claim in enumerate(claims)
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
        async with self._sessions() as session, session.begin():
            await session.execute(update(RunRow).where(RunRow.id == run_id).values(**values))

    async def _notify(self, session: AsyncSession) -> None:
        """Wake listening workers when this transaction commits (Postgres NOTIFY)."""
        if self._dialect == "postgresql":
            await session.execute(text(f"NOTIFY {WAKE_CHANNEL}"))

    def _insert(self, table: Any) -> Any:
        if self._dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)


def _usage(row: RunRow | StepRow) -> Usage:
    return Usage(
        input_tokens=row.input_tokens,
        output_tokens=row.output_tokens,
        cache_write_tokens=row.cache_write_tokens,
        cache_read_tokens=row.cache_read_tokens,
        cost_usd=row.cost_usd,
    )


def _run_from_row(row: RunRow, *, trace: bool) -> Run:
    run = Run(
        id=row.id,
        url=row.url,
        status=RunStatus(row.status),
        origin=Origin(
            transport=row.transport,
            channel=row.channel,
            thread_ts=row.thread_ts,
            user=row.user_id,
            team=row.team_id,
        ),
        created_at=row.created_at,
        updated_at=row.updated_at,
        started_at=row.started_at,
        finished_at=row.finished_at,
        error=row.error,
        status_ref=row.status_ref,
        result_posted=row.result_posted,
        result=row.result,
        usage=_usage(row),
        executions=row.executions,
    )
    if trace:
        run.steps = [
            Step(
                run_id=s.run_id,
                name=s.name,
                status=StepStatus(s.status),
                started_at=s.started_at,
                finished_at=s.finished_at,
                attempt=s.attempt,
                output=s.output,
                error=s.error,
                usage=_usage(s),
                model=s.model,
            )
            for s in sorted(row.steps, key=lambda s: (s.started_at, s.id))
        ]
    return run


def _gate_from_row(row: GateRow) -> Gate:
    return Gate(
        id=row.id,
        run_id=row.run_id,
        name=row.name,
        attempt=row.attempt,
        decision=GateDecision(row.decision),
        note=row.note,
        outcome=GateDecision(row.outcome) if row.outcome else None,
        reason=row.reason,
        created_at=row.created_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        evidence=row.evidence,
        message_ref=row.message_ref,
    )


def _claim_from_row(row: ClaimRow) -> Claim:
    return Claim(
        text=row.text,
        quote=row.quote,
        step=row.step,
        agent=row.agent,
        round=row.round,
        verdict=Verdict(row.verdict) if row.verdict else None,
        evidence=row.evidence,
        source_url=row.source_url,
        source_found=row.source_found,
        checked_by=row.checked_by,
    )
