"""Postgres LISTEN/NOTIFY wake-ups: workers sleep until there is work, on any machine.

The store sends `NOTIFY copydesk_runs` in the same transaction that queues a run (new, or
decided at a gate), so a listening worker wakes as that transaction commits. A dropped
connection is re-opened with backoff; in between, the workers' periodic sweep still finds
the work, only later.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from storage.statements import WAKE_CHANNEL

log = logging.getLogger(__name__)


def asyncpg_dsn(url: str) -> str:
    """SQLAlchemy's postgresql+asyncpg://… as the plain postgresql://… asyncpg takes."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


class PgWakeups:
    def __init__(
        self, url: str, on_wake: Callable[[], None], *, retry_seconds: float = 1.0
    ) -> None:
        self.dsn = asyncpg_dsn(url)
        self.on_wake = on_wake
        self.retry_seconds = retry_seconds
        self._connection: Any = None
        self._task: asyncio.Task[None] | None = None
        self._lost = asyncio.Event()

    async def start(self) -> None:
        await self._connect()
        self._task = asyncio.create_task(self._keep_connected())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._close()

    async def _connect(self) -> None:
        connection = await asyncpg.connect(self.dsn)
        await connection.add_listener(WAKE_CHANNEL, self._notified)
        connection.add_termination_listener(lambda _c: self._lost.set())
        self._connection = connection
        self._lost.clear()
        # Work may have been queued while nobody listened.
        self.on_wake()

    def _notified(self, *_args: object) -> None:
        self.on_wake()

    async def _keep_connected(self) -> None:
        delay = self.retry_seconds
        while True:
            await self._lost.wait()
            await self._close()
            log.warning(
                "lost the Postgres LISTEN connection; reconnecting", extra={"action": "listen_lost"}
            )
            while True:
                await asyncio.sleep(delay)
                try:
                    await self._connect()
                except (OSError, asyncpg.PostgresError):
                    delay = min(delay * 2, 30.0)
                    continue
                delay = self.retry_seconds
                break

    async def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None and not connection.is_closed():
            with contextlib.suppress(Exception):
                await connection.close(timeout=2)
