"""Approvers' corrections at gates (orchestrator/corrections.py), one row per submission.

The row and, under a quorum, the approver's vote are written in the transaction that finds
the gate still waiting, so a correction is never kept without its approval; the unique
(gate, author) constraint makes a double submit count once, whatever the race.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Table, delete, exists, insert, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from orchestrator.approvals import Correction, Submission
from orchestrator.corrections import Recorded
from orchestrator.domain import GateDecision
from storage.models import Base
from storage.runner import Runner

CORRECTIONS: Table = Base.metadata.tables["gate_corrections"]
VOTES: Table = Base.metadata.tables["gate_votes"]
GATES: Table = Base.metadata.tables["gates"]


class SqlCorrections:
    def __init__(self, runner: Runner) -> None:
        self.runner = runner

    async def submit(
        self, gate_id: int, by: str, corrections: Sequence[Correction], *, vote: bool
    ) -> Recorded:
        now = datetime.now(UTC)

        def record(connection: Connection) -> Recorded:
            waiting = connection.execute(
                select(GATES.c.id).where(
                    GATES.c.id == gate_id, GATES.c.decision == GateDecision.ESCALATE.value
                )
            ).first()
            if waiting is None:
                return Recorded.STALE
            if vote:
                connection.execute(
                    insert(VOTES).values(
                        gate_id=gate_id,
                        voter=by,
                        vote=GateDecision.APPROVED.value,
                        note="approved with a correction",
                        created_at=now,
                    )
                )
            connection.execute(
                insert(CORRECTIONS).values(
                    gate_id=gate_id,
                    author=by,
                    corrections=[c.to_json() for c in corrections],
                    created_at=now,
                )
            )
            return Recorded.RECORDED

        try:
            return await self.runner.write(record)
        except IntegrityError:
            return Recorded.DUPLICATE

    async def withdraw(self, gate_id: int, by: str) -> None:
        def forget(connection: Connection) -> None:
            connection.execute(
                delete(CORRECTIONS).where(
                    CORRECTIONS.c.gate_id == gate_id, CORRECTIONS.c.author == by
                )
            )

        await self.runner.write(forget)

    async def counted(self, gate_id: int) -> list[Submission]:
        # Whose approval decided the gate: the person who decided it, or (a quorum) anyone
        # whose approving vote was counted before the decision.
        voted = exists().where(
            VOTES.c.gate_id == CORRECTIONS.c.gate_id,
            VOTES.c.voter == CORRECTIONS.c.author,
            VOTES.c.vote == GateDecision.APPROVED.value,
        )
        query = (
            select(CORRECTIONS)
            .join(GATES, GATES.c.id == CORRECTIONS.c.gate_id)
            .where(
                CORRECTIONS.c.gate_id == gate_id,
                GATES.c.decision == GateDecision.APPROVED.value,
                or_(GATES.c.decided_by == CORRECTIONS.c.author, voted),
            )
            .order_by(CORRECTIONS.c.id)
        )
        rows = await self.runner.read(lambda c: c.execute(query).mappings().all())
        return [
            Submission(
                r["gate_id"],
                r["author"],
                tuple(Correction.from_json(c) for c in r["corrections"]),
                r["created_at"],
            )
            for r in rows
        ]
