"""A run's earlier posts in its thread, found by the metadata each post carries: what lets a
restarted worker edit its message instead of posting it again."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from orchestrator.domain import Run

# The metadata event type every post of a run carries, with its run id and kind.
METADATA_EVENT = "copydesk_message"


async def read_thread(
    client_for: Callable[[str | None], Awaitable[AsyncWebClient]], run: Run
) -> list[dict[str, Any]]:
    """The run's whole thread, with metadata, page by page (`conversations.replies`)."""
    thread: list[dict[str, Any]] = []
    if run.origin.thread_ts is None or run.origin.channel is None:
        return thread
    client = await client_for(run.origin.team)
    cursor: str | None = None
    while True:
        response = await client.conversations_replies(
            channel=run.origin.channel,
            ts=run.origin.thread_ts,
            include_all_metadata=True,
            limit=200,
            cursor=cursor,
        )
        thread.extend(response.get("messages") or [])
        cursor = (response.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            # Kept only once read whole: a read cut short by an outage is read again.
            return thread


def earlier_post(thread: list[dict[str, Any]], run: Run, kind: str) -> str | None:
    """The ts of this run's message of this kind in the thread, if any."""
    for message in thread:
        metadata = message.get("metadata") or {}
        payload = metadata.get("event_payload") or {}
        if (
            metadata.get("event_type") == METADATA_EVENT
            and payload.get("run_id") == run.id
            and payload.get("kind") == kind
        ):
            return str(message["ts"])
    if kind == "status":
        # chat.startStream takes no metadata: a plan message whose execution died before
        # its first edit is known by its opening words, "Run #8 · ".
        prefix = f"Run #{run.id} · "
        for message in thread:
            if (
                message.get("bot_id")
                and not message.get("metadata")
                and str(message.get("text") or "").startswith(prefix)
            ):
                return str(message["ts"])
    return None
