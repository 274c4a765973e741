"""Votes at gates that need several approvers (COPYDESK_APPROVALS_REQUIRED).

A vote is one row per (gate, person): the unique constraint makes a second click by the
same person count once, whatever the race. The count is read after the vote commits, in a
read of its own, so that of two approvals landing together at least one sees both.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Table, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from orchestrator.approvals import Vote
from orchestrator.domain import GateDecision
from storage.models import Base
from storage.runner import Runner

VOTES: Table = Base.metadata.tables["gate_votes"]
GATES: Table = Base.metadata.tables["gates"]


class SqlVotes:
    def __init__(self, runner: Runner) -> None:
        self.runner = runner

    async def vote(
        self, gate_id: int, voter: str, decision: GateDecision, note: str | None = None
    ) -> bool:
        """Record `voter`'s vote while the gate waits; False when they had voted already or
        the gate was decided."""

        def record(connection: Connection) -> bool:
            waiting = connection.execute(
                select(GATES.c.id).where(
                    GATES.c.id == gate_id, GATES.c.decision == GateDecision.ESCALATE.value
                )
            ).first()
            if waiting is None:
                return False
            connection.execute(
                insert(VOTES).values(
                    gate_id=gate_id,
                    voter=voter,
                    vote=decision.value,
                    note=note,
                    created_at=datetime.now(UTC),
                )
            )
            return True

        try:
            return await self.runner.write(record)
        except IntegrityError:
            return False

    async def votes(self, gate_id: int) -> list[Vote]:
        query = select(VOTES).where(VOTES.c.gate_id == gate_id).order_by(VOTES.c.id)
        rows = await self.runner.read(lambda c: c.execute(query).mappings().all())
        return [
            Vote(r["gate_id"], r["voter"], GateDecision(r["vote"]), r["created_at"], r["note"])
            for r in rows
        ]
