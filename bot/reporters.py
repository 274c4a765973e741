"""Reporters tell a run's story where it was asked for: a Slack thread or a terminal."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import render
from bot.outbox import SlackOutbox, is_transient
from bot.slack import blocks
from bot.slack.oauth import WorkspaceNotInstalled
from orchestrator.domain import Gate, Run, RunStatus
from orchestrator.ports import RunStore
from orchestrator.telemetry import NO_TELEMETRY, Telemetry, under_root

log = logging.getLogger(__name__)


METADATA_EVENT = "copydesk_message"


class SlackThreadReporter:
    """One status message per run, updated in place; the result posted once.

    Every message carries Slack message metadata naming its run and kind. A worker that
    resumes a run after a crash looks for its own earlier messages in the thread before
    posting, so a crash between posting and recording the ts never doubles a message.

    Writes go through the outbox, in order on the thread's lane. Progress is handed over
    and not waited for, so a slow or absent Slack never holds up a step; the result and an
    escalation are waited for, because the run records them as told once they return.
    """

    def __init__(
        self,
        client: AsyncWebClient | ClientFor,
        store: RunStore,
        *,
        approvers: str,
        resumed: bool,
        outbox: SlackOutbox | None = None,
        telemetry: Telemetry = NO_TELEMETRY,
    ) -> None:
        self.telemetry = telemetry
        self._client_for: ClientFor = (
            _constant(client) if isinstance(client, AsyncWebClient) else client
        )
        self.store = store
        self.approvers = approvers
        self.resumed = resumed
        self.outbox = outbox or SlackOutbox()
        self._written: str | None = None
        self._thread: list[dict[str, Any]] | None = None
        # A post that failed in a way that may have reached Slack (a lost response): look
        # in the thread before posting it again.
        self._recheck = False

    def _lane(self, run: Run) -> tuple[str | None, str | None, str | None]:
        return (run.origin.team, run.origin.channel, run.origin.thread_ts)

    async def progress(self, run: Run) -> None:
        # Steps that finish together (fact-check ∥ tag) coalesce into one Slack write: a
        # status write still waiting in the lane takes the newest text.
        text = render.status_text(run)
        self.outbox.submit(
            self._lane(run),
            functools.partial(self._send_status, run, text),
            coalesce=f"status:{run.id}",
        )

    async def _send_status(self, run: Run, text: str) -> None:
        # The second of two steps that finish together often renders the same text as the
        # first: one write, not an identical chat.update.
        if text != self._written:
            await self._write_status(run, text)
            self._written = text

    async def _write_status(self, run: Run, text: str) -> None:
        if run.status_ref is None:
            ref = await self._post_once(run, "status", text)
            if ref is not None:
                run.status_ref = ref
                # Kept so that a resumed run updates this message instead of posting anew.
                await self.store.update_run(run.id, status_ref=ref)
            return
        await self._call(
            run, "chat_update", channel=run.origin.channel, ts=run.status_ref, text=text
        )

    async def escalated(self, run: Run, gate: Gate) -> None:
        if gate.message_ref is not None or gate.id is None:
            return
        ref = await self.outbox.deliver(
            self._lane(run),
            functools.partial(
                self._post_once,
                run,
                f"gate:{gate.id}",
                blocks.escalation_text(run, gate),
                blocks.escalation_blocks(run, gate, self.approvers),
            ),
        )
        if ref is not None:
            gate.message_ref = ref
            await self.store.set_gate_message(gate.id, ref)

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        if gate.message_ref is None:
            return
        self.outbox.submit(
            self._lane(run),
            functools.partial(
                self._call,
                run,
                "chat_update",
                channel=run.origin.channel,
                ts=gate.message_ref,
                text=blocks.decided_text(run.id, gate),
                blocks=blocks.decided_blocks(run.id, gate),
            ),
        )

    async def finished(self, run: Run) -> None:
        if not run.result_posted:
            text = render.result_text(run)
            # A run that failed or was rejected offers to be re-run from a step.
            offer = run.status in (RunStatus.FAILED, RunStatus.REJECTED)
            await self.outbox.deliver(
                self._lane(run),
                functools.partial(
                    self._post_once,
                    run,
                    "result",
                    text,
                    blocks.result_blocks(run, text) if offer else None,
                ),
            )

    async def _post_once(
        self, run: Run, kind: str, text: str, message_blocks: list[dict[str, Any]] | None = None
    ) -> str | None:
        if self.resumed or self._recheck:
            if self._recheck:
                self._thread = None  # read the thread afresh: it may have the lost post
            earlier = await self._find(run, kind)
            if earlier is not None:
                self._recheck = False
                return earlier
        try:
            response = await self._call(
                run,
                "chat_postMessage",
                channel=run.origin.channel,
                thread_ts=run.origin.thread_ts,
                text=text,
                blocks=message_blocks,
                metadata={
                    "event_type": METADATA_EVENT,
                    "event_payload": {"run_id": run.id, "kind": kind},
                },
            )
        except Exception as error:
            # A 429 was not acted on; anything else may have been, and the answer lost.
            self._recheck = self._recheck or not _rate_limited(error)
            raise
        self._recheck = False
        return str(response["ts"]) if response is not None else None

    async def _find(self, run: Run, kind: str) -> str | None:
        """The ts of this run's earlier message of this kind in the thread, if any."""
        if self._thread is None:
            thread: list[dict[str, Any]] = []
            if run.origin.thread_ts is None:
                self._thread = thread
                return None
            cursor: str | None = None
            while True:
                response = await self._call(
                    run,
                    "conversations_replies",
                    channel=run.origin.channel,
                    ts=run.origin.thread_ts,
                    include_all_metadata=True,
                    limit=200,
                    cursor=cursor,
                )
                if response is None:
                    break
                thread.extend(response.get("messages") or [])
                cursor = (response.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    break
            # Kept only once read whole: a read cut short by an outage is read again.
            self._thread = thread
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

    async def _call(self, run: Run, method: str, **kwargs: Any) -> Any:
        """The Web API call, or None when Slack refused it for good.

        Failures that pass (429, 5xx, no connection) are raised for the outbox to retry.
        """
        try:
            client = await self._client_for(run.origin.team)
        except WorkspaceNotInstalled as error:
            log.warning(
                "not telling Slack about run %s: %s",
                run.id,
                error,
                extra={"action": "slack_workspace_not_installed", "run_id": run.id},
            )
            return None
        # Under the run's root, not whatever span was current when the outbox lane started.
        at = under_root(run.trace_id) if run.trace_id else None
        with self.telemetry.span(
            f"slack {method}",
            {"rpc.system": "slack", "rpc.method": method, "copydesk.run.id": run.id},
            kind="client",
            at=at,
        ) as span:
            try:
                return await getattr(client, method)(**kwargs)
            except SlackApiError as error:
                span.record_error(str(error.response.get("error") or "slack_error"), str(error))
                if is_transient(error):
                    raise
                log.warning(
                    "Slack refused a write for run %s: %s",
                    run.id,
                    error.response.get("error"),
                    extra={"action": "slack_error", "run_id": run.id},
                )
                return None


ClientFor = Callable[[str | None], Awaitable[AsyncWebClient]]


def _constant(client: AsyncWebClient) -> ClientFor:
    async def client_for(_team: str | None) -> AsyncWebClient:
        return client

    return client_for


def _rate_limited(error: BaseException) -> bool:
    return isinstance(error, SlackApiError) and getattr(error.response, "status_code", None) == 429


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


class SilentReporter:
    """Tells nobody: evaluation re-runs (`copydesk rerun --since`) are compared afterwards,
    and must never post to Slack whatever thread their parent was asked in."""

    async def progress(self, run: Run) -> None:
        return None

    async def escalated(self, run: Run, gate: Gate) -> None:
        return None

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        return None

    async def finished(self, run: Run) -> None:
        return None
