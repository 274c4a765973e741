"""Reminders and escalation for gates that wait too long for a person.

After COPYDESK_GATE_REMIND_AFTER a waiting gate reminds its approvers; after a further
COPYDESK_ESCALATE_AFTER it escalates to COPYDESK_ESCALATE_TO — both before the timeout
outcome. Each is claimed in the database before it is sent (a row per gate and kind), so a
second sweep, another worker or a restart never sends it twice; a send that fails after its
claim is logged, not retried — a reminder is at most once, never a flood.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

from orchestrator.domain import Gate, Run
from orchestrator.ports import RunStore

log = logging.getLogger(__name__)

Kind = Literal["remind", "escalate"]


@dataclass(frozen=True)
class Reminder:
    """A reminder recorded for a gate."""

    gate_id: int
    kind: Kind
    sent_at: datetime
    sent_to: str


class ReminderStore(Protocol):
    async def unreminded(self, kind: Kind, created_before: datetime) -> list[Gate]:
        """Waiting gates created before `created_before` with no `kind` reminder yet."""
        ...

    async def claim(self, gate_id: int, kind: Kind, sent_to: str) -> bool:
        """Record the reminder; False when it already was (someone else sends it)."""
        ...

    async def reminders(self, gate_id: int) -> list[Reminder]: ...


@dataclass(frozen=True)
class Due:
    """A reminder to send now, already claimed."""

    run: Run
    gate: Gate
    kind: Kind
    waited: timedelta
    time_left: timedelta


class GateReminders:
    def __init__(
        self,
        store: RunStore,
        reminders: ReminderStore,
        *,
        remind_after: timedelta | None,
        escalate_after: timedelta | None,
        timeout: timedelta,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.reminders = reminders
        self.remind_after = remind_after
        # The further delay after the reminder; None: no escalation.
        self.escalate_after = escalate_after
        self.timeout = timeout
        self.clock = clock

    def _schedule(self) -> list[tuple[Kind, timedelta]]:
        plan: list[tuple[Kind, timedelta]] = []
        if self.remind_after is not None:
            plan.append(("remind", self.remind_after))
            if self.escalate_after is not None:
                plan.append(("escalate", self.remind_after + self.escalate_after))
        # Only what falls before the timeout: after it the gate is decided by the sweep.
        return [(kind, after) for kind, after in plan if after < self.timeout]

    async def due(self, recipients: Callable[[Kind], str]) -> list[Due]:
        """Claim and return the reminders due now. `recipients(kind)`: who is mentioned,
        recorded with the claim."""
        now = self.clock()
        found: list[Due] = []
        for kind, after in self._schedule():
            for gate in await self.reminders.unreminded(kind, now - after):
                assert gate.id is not None
                waited = now - gate.created_at
                if waited >= self.timeout:
                    continue  # the timeout outcome comes first
                run = await self.store.get_run(gate.run_id)
                if run is None or not await self.reminders.claim(gate.id, kind, recipients(kind)):
                    continue
                log.info(
                    "run %s gate %s: %s after %s",
                    gate.run_id,
                    gate.name,
                    kind,
                    waited,
                    extra={"action": f"gate_{kind}", "run_id": gate.run_id},
                )
                found.append(Due(run, gate, kind, waited, self.timeout - waited))
        return found
