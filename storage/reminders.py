"""Reminders sent about waiting gates: one row per gate and kind, claimed by inserting."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Table, and_, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from orchestrator.domain import Gate, GateDecision
from orchestrator.reminders import Kind, Reminder
from storage.models import Base
from storage.rows import gate_from_row
from storage.runner import Runner

REMINDERS: Table = Base.metadata.tables["gate_reminders"]
GATES: Table = Base.metadata.tables["gates"]


class SqlReminders:
    def __init__(self, runner: Runner) -> None:
        self.runner = runner

    async def unreminded(self, kind: Kind, created_before: datetime) -> list[Gate]:
        sent = (
            select(REMINDERS.c.id)
            .where(and_(REMINDERS.c.gate_id == GATES.c.id, REMINDERS.c.kind == kind))
            .exists()
        )
        query = (
            select(GATES)
            .where(
                GATES.c.decision == GateDecision.ESCALATE.value,
                GATES.c.created_at < created_before,
                ~sent,
            )
            .order_by(GATES.c.id)
            .limit(100)
        )
        rows = await self.runner.read(lambda c: c.execute(query).mappings().all())
        return [gate_from_row(row) for row in rows]

    async def claim(self, gate_id: int, kind: Kind, sent_to: str) -> bool:
        def record(connection: Connection) -> None:
            connection.execute(
                insert(REMINDERS).values(
                    gate_id=gate_id, kind=kind, sent_at=datetime.now(UTC), sent_to=sent_to
                )
            )

        try:
            await self.runner.write(record, single_write=True)
        except IntegrityError:
            return False
        return True

    async def reminders(self, gate_id: int) -> list[Reminder]:
        query = select(REMINDERS).where(REMINDERS.c.gate_id == gate_id).order_by(REMINDERS.c.id)
        rows = await self.runner.read(lambda c: c.execute(query).mappings().all())
        return [
            Reminder(r["gate_id"], cast(Kind, r["kind"]), r["sent_at"], r["sent_to"]) for r in rows
        ]
