"""`chat {model}` spans for Claude's Messages API calls, in the GenAI conventions.

Written here rather than taken from `opentelemetry-instrumentation-genai-anthropic`: that
package patches the SDK globally (wrapt), and says itself that on anthropic 2.x the SDK's
built-in tracing should be preferred to it; the built-in tracing in turn names its spans
`anthropic.messages.create`, spells the cache attribute `cache_write`, reads its own content
switch rather than the standard one, and needs a global provider. One span per API call,
made where copydesk's own retry policy makes the call, is a few lines and fits exactly.

Prompts and completions go on the span only when the operator sets the standard switch,
OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT (SPAN_ONLY or SPAN_AND_EVENT).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from anthropic.types import Message, MessageParam

from orchestrator.telemetry import Span, Telemetry


class ChatSpan:
    def __init__(self, span: Span | None, content: bool) -> None:
        self._span = span
        self._content = content

    def answered(self, message: Message) -> None:
        if self._span is None:
            return
        usage = message.usage
        cache_read = usage.cache_read_input_tokens or 0
        cache_write = usage.cache_creation_input_tokens or 0
        attributes: dict[str, Any] = {
            "gen_ai.response.id": message.id,
            "gen_ai.response.model": message.model,
            "gen_ai.response.finish_reasons": [message.stop_reason or "unknown"],
            # The conventions count cached input in the input tokens.
            "gen_ai.usage.input_tokens": usage.input_tokens + cache_read + cache_write,
            "gen_ai.usage.output_tokens": usage.output_tokens,
            "gen_ai.usage.cache_read.input_tokens": cache_read,
            "gen_ai.usage.cache_creation.input_tokens": cache_write,
            # The newer spelling (GenAI conventions repository, anthropic's own spans).
            "gen_ai.usage.cache_write.input_tokens": cache_write,
        }
        if self._content:
            attributes["gen_ai.output.messages"] = json.dumps(
                [_message("assistant", message.content, message.stop_reason)], ensure_ascii=False
            )
        self._span.set_attributes(attributes)


_OFF = ChatSpan(None, False)


@contextmanager
def chat_span(
    telemetry: Telemetry,
    *,
    model: str,
    max_tokens: int,
    step: str,
    attempt: int,
    system: str,
    messages: Sequence[MessageParam],
) -> Iterator[ChatSpan]:
    if not telemetry.enabled:
        yield _OFF
        return
    attributes: dict[str, Any] = {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "anthropic",
        "gen_ai.request.model": model,
        "gen_ai.request.max_tokens": max_tokens,
        "copydesk.step": step,
        "copydesk.attempt": attempt,
    }
    if telemetry.captures_content:
        attributes["gen_ai.system_instructions"] = json.dumps(
            [{"type": "text", "content": system}], ensure_ascii=False
        )
        attributes["gen_ai.input.messages"] = json.dumps(
            [_message(m["role"], m["content"]) for m in messages], ensure_ascii=False
        )
    with telemetry.span(f"chat {model}", attributes, kind="client") as span:
        yield ChatSpan(span, telemetry.captures_content)


def _message(role: str, content: Any, finish_reason: str | None = None) -> dict[str, Any]:
    """One message in the conventions' shape: a role and typed parts."""
    parts: list[dict[str, Any]] = []
    for item in [content] if isinstance(content, str) else content:
        if isinstance(item, str):
            parts.append({"type": "text", "content": item})
            continue
        block: dict[str, Any] = item if isinstance(item, dict) else item.model_dump()
        kind = block.get("type")
        if kind == "text":
            parts.append({"type": "text", "content": block.get("text", "")})
        elif kind == "tool_use":
            parts.append(
                {
                    "type": "tool_call",
                    "id": block.get("id"),
                    "name": block.get("name"),
                    "arguments": block.get("input"),
                }
            )
        elif kind == "tool_result":
            parts.append(
                {
                    "type": "tool_call_response",
                    "id": block.get("tool_use_id"),
                    "response": block.get("content"),
                }
            )
    message: dict[str, Any] = {"role": role, "parts": parts}
    if finish_reason is not None:
        message["finish_reason"] = finish_reason
    return message
