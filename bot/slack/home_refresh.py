"""The Home tab kept current: re-published for the approvers, and for people who opened it
lately, when a gate opens, closes or gets a vote.

Coalesced twice, so a burst of gates cannot burst `views.publish` (Tier 4): every change
within `delay` seconds of the first is one refresh per workspace, and each person's publish
goes through the outbox on a lane of its own with a coalesce key, so while Slack is slow or
rate-limiting only the newest view waits to be sent. The outbox retries what passes and
gives up on what does not (bot/slack/failures.py); nothing raises past it, and a Home tab
that could not be refreshed is only stale until the next change or the next time it opens.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable

from slack_sdk.web.async_client import AsyncWebClient

from bot.approvers import Approvers
from bot.outbox import SlackOutbox
from bot.slack.inbox import HomeTab
from orchestrator.domain import Gate, Run
from orchestrator.trace import RunReporter

log = logging.getLogger(__name__)

ClientFor = Callable[[str], Awaitable[AsyncWebClient | None]]
# People who opened Home lately also get it refreshed; at most this many per workspace.
MAX_VIEWERS = 50


class HomeRefresher:
    def __init__(
        self,
        home: HomeTab,
        outbox: SlackOutbox,
        client_for: ClientFor,
        approvers: Approvers,
        *,
        delay: float = 2.0,
        viewers_for: float = 3600.0,
    ) -> None:
        self.home = home
        self.outbox = outbox
        self.client_for = client_for
        self.approvers = approvers
        self.delay = delay
        self.viewers_for = viewers_for
        self._viewers: dict[str, dict[str, float]] = {}
        self._dirty: set[str] = set()
        self._flush: asyncio.Task[None] | None = None
        self.refreshes = 0  # flushes done: one per burst

    def opened(self, user: str, team: str | None) -> None:
        """`user` opened their Home tab: they see changes for a while."""
        if team is None:
            return
        seen = self._viewers.setdefault(team, {})
        seen.pop(user, None)
        seen[user] = time.monotonic()
        while len(seen) > MAX_VIEWERS:
            seen.pop(next(iter(seen)))

    def touch(self, team: str | None) -> None:
        """Something a Home tab shows changed in `team`: refresh it soon, once."""
        if team is None:
            return  # a run from the console: no workspace's Home tab lists it
        self._dirty.add(team)
        if self._flush is None or self._flush.done():
            self._flush = asyncio.get_running_loop().create_task(self._after_delay())

    async def _after_delay(self) -> None:
        await asyncio.sleep(self.delay)
        teams, self._dirty = self._dirty, set()
        self.refreshes += 1
        for team in teams:
            try:
                await self._refresh(team)
            except Exception:
                # A stale Home tab is not worth a worker: said, and left for the next change.
                log.exception("could not refresh Home tabs", extra={"action": "home_refresh"})

    async def _refresh(self, team: str) -> None:
        client = await self.client_for(team)
        if client is None:
            return
        now = time.monotonic()
        recent = [u for u, at in self._viewers.get(team, {}).items() if now - at < self.viewers_for]
        people = sorted(await self.approvers.people()) + recent
        for user in dict.fromkeys(people):
            self.outbox.submit(
                ("home", team, user),
                functools.partial(self.home.send, client, user, team),
                coalesce="home",
            )

    async def aclose(self) -> None:
        if self._flush is not None:
            self._flush.cancel()


class RefreshingReporter:
    """A run's reporter that also tells the Home tabs when its gate opens or closes."""

    def __init__(self, inner: RunReporter, refresher: HomeRefresher) -> None:
        self.inner = inner
        self.refresher = refresher

    @property
    def records_delivery(self) -> bool:
        return self.inner.records_delivery

    async def progress(self, run: Run) -> None:
        await self.inner.progress(run)

    async def escalated(self, run: Run, gate: Gate) -> None:
        await self.inner.escalated(run, gate)
        self.refresher.touch(run.origin.team)

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        await self.inner.gate_closed(run, gate)
        self.refresher.touch(run.origin.team)

    async def finished(self, run: Run) -> None:
        await self.inner.finished(run)
