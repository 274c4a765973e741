"""A watchdog for the Socket Mode connection: a dead or silent socket is replaced.

The SDK pings and reconnects on its own, but only after four ping intervals, and a socket
that went quiet without closing (a NAT or proxy dropped it) can sit there while Slack
delivers our events nowhere. This pings every quarter of `silence`, and replaces a
connection that has answered nothing for `silence` seconds, or that is closed and was not
replaced by the SDK within that time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from slack_sdk.socket_mode.aiohttp import SocketModeClient

log = logging.getLogger(__name__)


class SocketWatchdog:
    def __init__(
        self,
        client: SocketModeClient,
        *,
        silence: float,
        on_reconnect: Callable[[], None] | None = None,
    ) -> None:
        self.client = client
        self.silence = silence
        self.on_reconnect = on_reconnect or (lambda: None)
        self._since = time.time()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._since = time.time()
        self._task = asyncio.create_task(self._watch())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def connected(self) -> bool:
        return await self.client.is_connected() and self._quiet_for() < self.silence

    def _quiet_for(self) -> float:
        # The SDK records the send time carried by the last ping that was answered.
        answered = self.client.last_ping_pong_time or 0.0
        return time.time() - max(answered, self._since)

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.silence / 4)
            session = self.client.current_session
            if session is not None and not session.closed:
                # The SDK's own payload, so its receive loop records the pong for us.
                with contextlib.suppress(Exception):
                    await session.ping(f"sdk-ping-pong:{time.time()}".encode())
            quiet = self._quiet_for()
            if quiet < self.silence:
                continue
            log.warning(
                "the Socket Mode connection has been silent for %.0fs; reconnecting",
                quiet,
                extra={"action": "socket_reconnect"},
            )
            self.on_reconnect()
            self._since = time.time()
            await self._reconnect()

    async def _reconnect(self) -> None:
        session = self.client.current_session
        if session is not None and not session.closed:
            # A silent peer never answers the close handshake: cut the connection, or the
            # SDK's close() would wait out its timeout before connecting anew.
            response = getattr(session, "_response", None)
            if response is not None:
                response.close()
        try:
            await self.client.connect_to_new_endpoint(force=True)
        except Exception:
            log.warning("Socket Mode reconnect failed; trying again", exc_info=True)
