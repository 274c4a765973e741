"""Reporters tell a run's story where it was asked for: a Slack thread or a terminal."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import render
from bot.slack import blocks
from orchestrator.domain import Gate, Run
from orchestrator.ports import RunStore

log = logging.getLogger(__name__)


METADATA_EVENT = "copydesk_message"


class SlackThreadReporter:
    """One status message per run, updated in place; the result posted once.

    Every message carries Slack message metadata naming its run and kind. A worker that
    resumes a run after a crash looks for its own earlier messages in the thread before
    posting, so a crash between posting and recording the ts never doubles a message.
    """

    def __init__(
        self, client: AsyncWebClient, store: RunStore, *, approvers: str, resumed: bool
    ) -> None:
        self.client = client
        self.store = store
        self.approvers = approvers
        self.resumed = resumed
        self._lock = asyncio.Lock()
        self._pending: str | None = None
        self._thread: list[dict[str, Any]] | None = None

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
        if run.status_ref is None:
            ref = await self._post_once(run, "status", text)
            if ref is not None:
                run.status_ref = ref
                # Kept so that a resumed run updates this message instead of posting anew.
                await self.store.update_run(run.id, status_ref=ref)
            return
        await self._call(
            run, self.client.chat_update, channel=run.origin.channel, ts=run.status_ref, text=text
        )

    async def escalated(self, run: Run, gate: Gate) -> None:
        if gate.message_ref is not None or gate.id is None:
            return
        ref = await self._post_once(
            run,
            f"gate:{gate.id}",
            blocks.escalation_text(run, gate),
            blocks.escalation_blocks(run, gate, self.approvers),
        )
        if ref is not None:
            gate.message_ref = ref
            await self.store.set_gate_message(gate.id, ref)

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        if gate.message_ref is None:
            return
        await self._call(
            run,
            self.client.chat_update,
            channel=run.origin.channel,
            ts=gate.message_ref,
            text=blocks.decided_text(run.id, gate),
            blocks=blocks.decided_blocks(run.id, gate),
        )

    async def finished(self, run: Run) -> None:
        if not run.result_posted:
            await self._post_once(run, "result", render.result_text(run))

    async def _post_once(
        self, run: Run, kind: str, text: str, message_blocks: list[dict[str, Any]] | None = None
    ) -> str | None:
        if self.resumed:
            earlier = await self._find(run, kind)
            if earlier is not None:
                return earlier
        response = await self._call(
            run,
            self.client.chat_postMessage,
            channel=run.origin.channel,
            thread_ts=run.origin.thread_ts,
            text=text,
            blocks=message_blocks,
            metadata={
                "event_type": METADATA_EVENT,
                "event_payload": {"run_id": run.id, "kind": kind},
            },
        )
        return str(response["ts"]) if response is not None else None

    async def _find(self, run: Run, kind: str) -> str | None:
        """The ts of this run's earlier message of this kind in the thread, if any."""
        if self._thread is None:
            self._thread = []
            if run.origin.thread_ts is None:
                return None
            cursor: str | None = None
            while True:
                response = await self._call(
                    run,
                    self.client.conversations_replies,
                    channel=run.origin.channel,
                    ts=run.origin.thread_ts,
                    include_all_metadata=True,
                    limit=200,
                    cursor=cursor,
                )
                if response is None:
                    break
                self._thread.extend(response.get("messages") or [])
                cursor = (response.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    break
        for message in self._thread:
            metadata = message.get("metadata") or {}
            payload = metadata.get("event_payload") or {}
            if (
                metadata.get("event_type") == METADATA_EVENT
                and payload.get("run_id") == run.id
                and payload.get("kind") == kind
            ):
                return str(message["ts"])
        return None

    async def _call(self, run: Run, method: Any, **kwargs: Any) -> Any:
        try:
            return await method(**kwargs)
        except SlackApiError as error:
            log.warning(
                "Slack refused a write for run %s: %s",
                run.id,
                error.response.get("error"),
                extra={"action": "slack_error", "run_id": run.id},
            )
            return None


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
        self.write(
            render.plain(
                f"  Run #{run.id} is waiting for an approver: {gate.reason}\n"
                f"  Decide with `approve run {run.id}` or `reject run {run.id} because …`."
            )
        )

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        self.write(render.plain(f"  Run #{run.id} {render.gate_line(gate)}"))

    async def finished(self, run: Run) -> None:
        self.write(render.plain(render.result_text(run)))
