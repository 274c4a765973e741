"""What is waiting for a person: runs stopped at a gate, oldest first, as plain data.

The Slack Home tab and `copydesk waiting` both show this list; each renders it its own way.
Which runs are listed is the asker's `Scope` (orchestrator.visibility), applied by the
history query, so the inbox cannot show a run the asker may not see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from orchestrator.domain import Gate, GateDecision, Run, RunStatus
from orchestrator.history import MAX_PAGE, History, RunFilter
from orchestrator.ports import RunStore
from orchestrator.visibility import Scope


@dataclass(frozen=True)
class Waiting:
    """One run waiting at a gate."""

    run: Run
    gate: Gate
    age: timedelta  # since the gate escalated
    time_left: timedelta  # before the timeout outcome applies (never below zero)
    timeout_outcome: GateDecision  # APPROVED or REJECTED, as configured

    @property
    def reason(self) -> str:
        return self.gate.reason


@dataclass(frozen=True)
class Inbox:
    """The waiting runs, then recent runs and the viewer's own (each newest first)."""

    waiting: list[Waiting]
    recent: list[Run]
    mine: list[Run]


class InboxReader:
    def __init__(
        self,
        store: RunStore,
        history: History,
        *,
        timeout: timedelta,
        timeout_outcome: GateDecision,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.history = history
        self.timeout = timeout
        self.timeout_outcome = timeout_outcome
        self.clock = clock

    async def waiting(self, scope: Scope, *, limit: int = MAX_PAGE) -> list[Waiting]:
        """Runs `scope` may see that wait at a gate, the longest-waiting first."""
        page = await self.history.list_runs(
            RunFilter(status=RunStatus.WAITING), limit=limit, scope=scope
        )
        now = self.clock()
        found: list[Waiting] = []
        for run in page.runs:
            gate = await self.store.waiting_gate(run.id)
            if gate is None:  # decided between the two reads: no longer waiting
                continue
            age = max(now - gate.created_at, timedelta(0))
            found.append(
                Waiting(
                    run,
                    gate,
                    age,
                    max(self.timeout - age, timedelta(0)),
                    self.timeout_outcome,
                )
            )
        found.sort(key=lambda w: (w.gate.created_at, w.run.id))
        return found

    async def inbox(self, scope: Scope, user: str | None, *, recent: int = 5) -> Inbox:
        waiting = await self.waiting(scope, limit=20)
        latest = await self.history.list_runs(limit=recent, scope=scope)
        mine = (
            await self.history.list_runs(RunFilter(user=user), limit=recent, scope=scope)
            if user
            else None
        )
        return Inbox(waiting, latest.runs, mine.runs if mine else [])


def span(duration: timedelta) -> str:
    """A short human duration: "3d 4h", "2h 5m", "40m", "under a minute"."""
    seconds = int(duration.total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days}d {hours}h" if hours else f"{days}d"
    if hours:
        return f"{hours}h {minutes}m" if minutes else f"{hours}h"
    if minutes:
        return f"{minutes}m"
    return "under a minute"


def outcome_words(item: Waiting) -> str:
    """What happens when nobody decides: "approved in 3h" / "rejected in 20m"."""
    verb = "approved" if item.timeout_outcome is GateDecision.APPROVED else "rejected"
    if item.time_left <= timedelta(0):
        return f"{verb} by the timeout at the next sweep"
    return f"{verb} by timeout in {span(item.time_left)}"


def waiting_text(items: list[Waiting]) -> str:
    """The list for a terminal: one paragraph per waiting run, the longest-waiting first."""
    if not items:
        return "Nothing is waiting at a gate."
    lines = []
    for item in items:
        lines.append(
            f"Run #{item.run.id} · {item.gate.name} gate · waiting {span(item.age)} · "
            f"{outcome_words(item)}\n  {item.run.url}\n  {item.reason}"
        )
    return "\n".join(lines)


def waiting_json(item: Waiting) -> dict[str, object]:
    return {
        "run_id": item.run.id,
        "url": item.run.url,
        "gate": item.gate.name,
        "gate_id": item.gate.id,
        "reason": item.reason,
        "waiting_since": item.gate.created_at.isoformat(),
        "age_seconds": int(item.age.total_seconds()),
        "time_left_seconds": int(item.time_left.total_seconds()),
        "timeout_outcome": item.timeout_outcome.value,
        "channel": item.run.origin.channel,
        "thread_ts": item.run.origin.thread_ts,
    }
