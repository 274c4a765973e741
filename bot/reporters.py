"""Reporters tell a run's story where it was asked for: a Slack thread or a terminal."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import render
from orchestrator.domain import Gate, Run
from orchestrator.ports import RunStore

log = logging.getLogger(__name__)


class SlackThreadReporter:
    """One status message per run, updated in place; the result posted once."""

    def __init__(self, client: AsyncWebClient, store: RunStore) -> None:
        self.client = client
        self.store = store
        self._lock = asyncio.Lock()
        self._pending: str | None = None

    async def progress(self, run: Run) -> None:
        # Steps that finish together (fact-check ∥ tag) coalesce into one Slack write: the
        # newest text wins and whoever holds the lock sends it.
        self._pending = render.status_text(run)
        if self._lock.locked():
            return
        async with self._lock:
            while self._pending is not None:
                text, self._pending = self._pending, None
                await self._write_status(run, text)

    async def _write_status(self, run: Run, text: str) -> None:
        channel = run.origin.channel
        assert channel is not None
        try:
            if run.status_ref is None:
                response = await self.client.chat_postMessage(
                    channel=channel, thread_ts=run.origin.thread_ts, text=text
                )
                run.status_ref = str(response["ts"])
                # Kept so that a resumed run updates this message instead of posting anew.
                await self.store.update_run(run.id, status_ref=run.status_ref)
            else:
                await self.client.chat_update(channel=channel, ts=run.status_ref, text=text)
        except SlackApiError as error:
            log.warning(
                "could not write run %s status to Slack: %s",
                run.id,
                error.response.get("error"),
                extra={"action": "slack_error", "run_id": run.id},
            )

    async def escalated(self, run: Run, gate: Gate) -> None:
        await self._post(run, render.gate_line(gate))

    async def finished(self, run: Run) -> None:
        await self._post(run, render.result_text(run))

    async def _post(self, run: Run, text: str) -> None:
        assert run.origin.channel is not None
        try:
            await self.client.chat_postMessage(
                channel=run.origin.channel, thread_ts=run.origin.thread_ts, text=text
            )
        except SlackApiError as error:
            log.warning(
                "could not post to run %s thread: %s",
                run.id,
                error.response.get("error"),
                extra={"action": "slack_error", "run_id": run.id},
            )


class TerminalReporter:
    """Prints each new status line once, then the result. For the console and `copydesk run`."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self._shown: dict[int, list[str]] = {}

    async def progress(self, run: Run) -> None:
        lines = render.plain(render.status_text(run)).splitlines()
        shown = self._shown.setdefault(run.id, [])
        if not shown:
            self.write(lines[0])
        for line in lines[1:]:
            if line not in shown and not line.startswith("…"):
                self.write(f"  Run #{run.id} {line}")
        self._shown[run.id] = lines

    async def escalated(self, run: Run, gate: Gate) -> None:
        self.write(render.plain(f"  Run #{run.id} is waiting for an approver: {gate.reason}"))

    async def finished(self, run: Run) -> None:
        self.write(render.plain(render.result_text(run)))
