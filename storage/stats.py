"""Figures about the queue for monitoring: how many runs wait, and since when.

Read at scrape time by `/metrics`; one small aggregate query, on the same indexes the claim
uses (status, id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Table, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from orchestrator.domain import RunStatus
from storage.models import RunFeedbackRow, RunRow

RUNS = cast(Table, RunRow.__table__)


@dataclass(frozen=True)
class QueueStats:
    queued: int = 0
    oldest_queued: datetime | None = None  # created_at of the oldest queued run
    running: int = 0
    waiting: int = 0  # at a gate, for a person
    oldest_waiting: datetime | None = None  # when the longest-waiting run last changed


def _aware(value: object) -> datetime | None:
    # min() over a UTCDateTime column comes back raw (SQLite: a naive string or datetime).
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


async def queue_stats(engine: AsyncEngine) -> QueueStats:
    live = [RunStatus.QUEUED.value, RunStatus.RUNNING.value, RunStatus.WAITING.value]
    query = (
        select(
            RUNS.c.status,
            func.count(),
            func.min(RUNS.c.created_at).label("oldest_created"),
            func.min(RUNS.c.updated_at).label("oldest_updated"),
        )
        .where(RUNS.c.status.in_(live))
        .group_by(RUNS.c.status)
    )
    rows: dict[str, tuple[int, object, object]] = {}
    async with engine.connect() as connection:
        for status, count, oldest_created, oldest_updated in await connection.execute(query):
            rows[status] = (int(count), oldest_created, oldest_updated)
    queued = rows.get(RunStatus.QUEUED.value, (0, None, None))
    waiting = rows.get(RunStatus.WAITING.value, (0, None, None))
    return QueueStats(
        queued=queued[0],
        oldest_queued=_aware(queued[1]),
        running=rows.get(RunStatus.RUNNING.value, (0, None, None))[0],
        waiting=waiting[0],
        oldest_waiting=_aware(waiting[2]),
    )


async def result_ratings(engine: AsyncEngine) -> dict[str, int]:
    """How many 👍 ("good") and 👎 ("bad") results carry, one per person and run."""
    feedback = cast(Table, RunFeedbackRow.__table__)
    query = select(feedback.c.rating, func.count()).group_by(feedback.c.rating)
    async with engine.connect() as connection:
        rows = {str(r): int(n) for r, n in await connection.execute(query)}
    return {"good": rows.get("good", 0), "bad": rows.get("bad", 0)}
