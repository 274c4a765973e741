"""Retention: prune history older than a setting, at most once a day, from workers' sweeps."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from orchestrator.history import History, Pruned

log = logging.getLogger(__name__)


class Retention:
    def __init__(
        self,
        history: History,
        keep: timedelta,
        *,
        every: timedelta = timedelta(days=1),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.history = history
        self.keep = keep
        self.every = every
        self.clock = clock
        self.monotonic = monotonic
        self._last: float | None = None

    async def maybe_prune(self) -> Pruned | None:
        """Prune when a day (`every`) has passed since this process last did; the first
        sweep after start-up prunes at once. Several processes may prune: deletes of the
        same old rows are harmless."""
        now = self.monotonic()
        if self._last is not None and now - self._last < self.every.total_seconds():
            return None
        self._last = now
        return await self.history.prune(self.clock() - self.keep)
