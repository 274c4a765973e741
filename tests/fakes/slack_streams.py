"""The fake Slack's streaming methods: chat.startStream / appendStream / stopStream, and
assistant.threads.setStatus, answering as Slack documents them.

- startStream posts a reply in `thread_ts` that is *streaming*; outside a DM it wants
  `recipient_user_id` and `recipient_team_id`. `markdown_text` is at most 12,000
  characters; chunks are `markdown_text`, `task_update` (id, title, status one of pending /
  in_progress / complete / error), `plan_update` (title) or `blocks`; anything else is
  `invalid_chunks`.
- appendStream and stopStream want a message still streaming (else
  `message_not_in_streaming_state`); stopStream finalises it (metadata, blocks).
- chat.update of a streaming message ends its streaming (the message is an ordinary one).
- setStatus wants channel_id and thread_ts; `status=""` clears it.

A workspace without them: `refuse_streaming = "unknown_method"` (or "not_allowed",
"feature_not_enabled", "paid_only") answers every stream method so, and `refuse_status =
"missing_scope"` answers setStatus so, with Slack's `needed` / `provided`. Rate limits and
other errors go through `FakeSlack.fail_next`; bodies that are not JSON through
tests/fakes/slack_faults.py. Kept apart from tests/fakes/slack.py, hooked in by a few lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fakes.slack import FakeSlack

JSON = dict[str, Any]

MARKDOWN_LIMIT = 12_000
TASK_STATUSES = frozenset({"pending", "in_progress", "complete", "error"})
CHUNK_TYPES = frozenset({"markdown_text", "task_update", "plan_update", "blocks"})
MAX_CHUNKS = 100  # per call; a plan this fake will not take more of at once
STREAM_METHODS = ("chat.startStream", "chat.appendStream", "chat.stopStream")


@dataclass
class Stream:
    channel: str
    ts: str
    thread_ts: str
    recipient_user_id: str | None
    recipient_team_id: str | None
    task_display_mode: str
    streaming: bool = True
    title: str | None = None
    markdown: str = ""
    tasks: dict[str, JSON] = field(default_factory=dict)  # id -> latest task_update
    chunks: list[JSON] = field(default_factory=list)  # every chunk, in the order received


@dataclass
class StatusSet:
    channel_id: str
    thread_ts: str
    status: str


class Streams:
    def __init__(self, fake: FakeSlack) -> None:
        self.fake = fake
        self.by_ts: dict[str, Stream] = {}
        self.statuses: list[StatusSet] = []
        self.refuse_streaming: str | None = None
        self.refuse_status: str | None = None

    # ---- queries -------------------------------------------------------------------

    def shown_status(self, channel: str, thread_ts: str) -> str:
        found = [
            s.status for s in self.statuses if (s.channel_id, s.thread_ts) == (channel, thread_ts)
        ]
        return found[-1] if found else ""

    def in_thread(self, channel: str, thread_ts: str) -> list[Stream]:
        return [s for s in self.by_ts.values() if (s.channel, s.thread_ts) == (channel, thread_ts)]

    # ---- the methods ---------------------------------------------------------------

    def handlers(self) -> dict[str, Callable[[JSON], JSON]]:
        return {
            "chat.startStream": self._start,
            "chat.appendStream": self._append,
            "chat.stopStream": self._stop,
            "assistant.threads.setStatus": self._set_status,
        }

    def _refuse(self) -> None:
        from fakes.slack import SlackError

        if self.refuse_streaming is not None:
            raise SlackError(self.refuse_streaming)

    def _start(self, params: JSON) -> JSON:
        from fakes.slack import Message, SlackError, next_ts

        self._refuse()
        channel = self.fake._channel(params)
        thread_ts = params.get("thread_ts")
        if not isinstance(thread_ts, str) or not thread_ts:
            raise SlackError("invalid_thread_ts")
        if not channel.startswith("D"):
            missing = [k for k in ("recipient_user_id", "recipient_team_id") if not params.get(k)]
            if missing:
                raise SlackError(
                    "invalid_arguments",
                    response_metadata={
                        "messages": [f"[ERROR] missing required field: {k}" for k in missing]
                    },
                )
        mode = params.get("task_display_mode") or "timeline"
        if mode not in ("timeline", "plan"):
            raise SlackError("invalid_arguments")
        stream = Stream(
            channel=channel,
            ts=next_ts(),
            thread_ts=thread_ts,
            recipient_user_id=params.get("recipient_user_id"),
            recipient_team_id=params.get("recipient_team_id"),
            task_display_mode=mode,
        )
        self._take(stream, params)
        self.by_ts[stream.ts] = stream
        message = Message(
            channel=channel,
            ts=stream.ts,
            text=self._text(stream),
            user=self.fake.bot_user_id,
            blocks=self._blocks(stream),
            thread_ts=thread_ts,
            bot_id=self.fake.bot_id,
        )
        self.fake.messages[channel].append(message)
        return {"channel": channel, "ts": stream.ts}

    def _streaming(self, params: JSON) -> Stream:
        from fakes.slack import SlackError

        self._refuse()
        channel = self.fake._channel(params)
        message = self.fake._message(channel, params.get("ts"))
        stream = self.by_ts.get(message.ts)
        if stream is None or not stream.streaming:
            raise SlackError("message_not_in_streaming_state")
        return stream

    def _append(self, params: JSON) -> JSON:
        from fakes.slack import SlackError

        stream = self._streaming(params)
        if not params.get("markdown_text") and not params.get("chunks"):
            raise SlackError("invalid_arguments")
        self._take(stream, params)
        self._show(stream)
        return {"channel": stream.channel, "ts": stream.ts}

    def _stop(self, params: JSON) -> JSON:
        from fakes.slack import SlackError, block_errors

        stream = self._streaming(params)
        extra = params.get("blocks")
        if extra is not None and block_errors(extra):
            raise SlackError("invalid_blocks", errors=block_errors(extra))
        self._take(stream, params)
        stream.streaming = False
        message = self._show(stream)
        if extra:
            message.blocks = [*(message.blocks or []), *extra]
        if params.get("metadata") is not None:
            message.metadata = params["metadata"]
        return {"channel": stream.channel, "ts": stream.ts, "message": message.as_api()}

    def _set_status(self, params: JSON) -> JSON:
        from fakes.slack import SlackError

        if self.refuse_status is not None:
            extra = (
                {"needed": "chat:write", "provided": "app_mentions:read"}
                if self.refuse_status == "missing_scope"
                else {}
            )
            raise SlackError(self.refuse_status, **extra)
        channel, thread_ts = params.get("channel_id"), params.get("thread_ts")
        if not isinstance(channel, str) or not channel:
            raise SlackError("channel_not_found")
        if not isinstance(thread_ts, str) or not thread_ts:
            raise SlackError("invalid_thread_ts")
        status = params.get("status")
        if not isinstance(status, str):
            raise SlackError("invalid_arguments")
        self.statuses.append(StatusSet(channel, thread_ts, status))
        return {}

    # ---- chat.update of a streaming message ----------------------------------------

    def updated(self, ts: str) -> None:
        stream = self.by_ts.get(ts)
        if stream is not None:
            stream.streaming = False

    # ---- state ---------------------------------------------------------------------

    def _take(self, stream: Stream, params: JSON) -> None:
        from fakes.slack import SlackError

        text = params.get("markdown_text")
        chunks = params.get("chunks") or []
        if text is not None and (not isinstance(text, str) or len(text) > MARKDOWN_LIMIT):
            raise SlackError("msg_too_long")
        if not isinstance(chunks, list) or len(chunks) > MAX_CHUNKS:
            raise SlackError("invalid_chunks")
        for chunk in chunks:
            if isinstance(chunk, dict) and len(str(chunk.get("text", ""))) > MARKDOWN_LIMIT:
                raise SlackError("msg_too_long")  # the 12,000 holds for a chunk's text too
            problem = _chunk_problem(chunk)
            if problem:
                raise SlackError("invalid_chunks", response_metadata={"messages": [problem]})
        # Checked whole before any is taken: a refused call changes nothing.
        if isinstance(text, str):
            stream.markdown += text
        for chunk in chunks:
            stream.chunks.append(chunk)
            if chunk["type"] == "markdown_text":
                stream.markdown += chunk["text"]
            elif chunk["type"] == "plan_update":
                stream.title = chunk["title"]
            elif chunk["type"] == "task_update":
                stream.tasks[chunk["id"]] = chunk
        if len(stream.markdown) > MARKDOWN_LIMIT * 4:
            raise SlackError("msg_too_long")

    def _show(self, stream: Stream) -> Any:
        message = self.fake._message(stream.channel, stream.ts)
        message.text = self._text(stream)
        message.blocks = self._blocks(stream)
        return message

    def _text(self, stream: Stream) -> str:
        marks = {"pending": "○", "in_progress": "…", "complete": "✓", "error": "✗"}
        lines = [stream.title or ""] if stream.title else []
        lines += [f"{marks[t['status']]} {t['title']}" for t in stream.tasks.values()]
        if stream.markdown:
            lines.append(stream.markdown)
        return "\n".join(lines)

    def _blocks(self, stream: Stream) -> list[JSON]:
        cards = [
            {"type": "task_card", "task_id": t["id"], "title": t["title"], "status": t["status"]}
            for t in stream.tasks.values()
        ]
        return [{"type": "plan", "title": stream.title or "", "tasks": cards}] if cards else []


def _chunk_problem(chunk: Any) -> str | None:
    if not isinstance(chunk, dict) or chunk.get("type") not in CHUNK_TYPES:
        return "[ERROR] unsupported chunk type"
    kind = chunk["type"]
    if kind == "markdown_text" and not isinstance(chunk.get("text"), str):
        return "[ERROR] markdown_text chunk needs text"
    if kind == "plan_update" and not isinstance(chunk.get("title"), str):
        return "[ERROR] plan_update chunk needs a title"
    if kind == "task_update":
        if not all(isinstance(chunk.get(k), str) and chunk.get(k) for k in ("id", "title")):
            return "[ERROR] task_update chunk needs id and title"
        if chunk.get("status") not in TASK_STATUSES:
            return f"[ERROR] task_update status must be one of {sorted(TASK_STATUSES)}"
        for source in chunk.get("sources") or []:
            if not (isinstance(source, dict) and source.get("type") == "url" and source.get("url")):
                return "[ERROR] a task's sources are url elements"
    if kind == "blocks" and not isinstance(chunk.get("blocks"), list):
        return "[ERROR] blocks chunk needs blocks"
    return None
