"""Reading Claude's answers: the tool input validated with pydantic, the repair turn that shows
Claude its mistake, the stop reasons no repair can fix, and the usage a message cost."""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from anthropic.types import Message, MessageParam
from pydantic import BaseModel, ValidationError

from orchestrator.models.claude_retry import ClaudeError
from orchestrator.models.prices import usage_with_cost
from orchestrator.usage import Usage

logger = logging.getLogger(__name__)

OutputT = TypeVar("OutputT", bound=BaseModel)


def usage_of(message: Message, model: str) -> Usage:
    usage = message.usage
    return usage_with_cost(
        model,
        input_tokens=usage.input_tokens,
        output_tokens=usage.output_tokens,
        cache_write_tokens=usage.cache_creation_input_tokens or 0,
        cache_read_tokens=usage.cache_read_input_tokens or 0,
    )


def log_call(step: str, model: str, attempt: int, seconds: float, message: Message) -> None:
    usage = message.usage
    logger.info(
        "%s: Claude answered in %.2fs (%s)",
        step,
        seconds,
        message.stop_reason,
        extra={
            "action": "model_call",
            "step": step,
            "model": model,
            "attempt": attempt,
            "latency_ms": round(seconds * 1000),
            "stop_reason": message.stop_reason,
            "input_tokens": usage.input_tokens,
            "output_tokens": usage.output_tokens,
            "cache_write_tokens": usage.cache_creation_input_tokens or 0,
            "cache_read_tokens": usage.cache_read_input_tokens or 0,
            "request_id": message.id,
        },
    )


def refuse_unusable(message: Message, max_tokens: int, usage: Usage, model: str) -> None:
    """Stop reasons that a repair attempt cannot fix."""
    if message.stop_reason == "max_tokens":
        raise ClaudeError(
            f"Claude's answer was cut off at its {max_tokens}-token limit; "
            "ask the operator to raise the model's max_tokens.",
            usage=usage,
            model=model,
        )
    if message.stop_reason == "refusal":
        raise ClaudeError("Claude declined to work on this article.", usage=usage, model=model)
    if message.stop_reason == "model_context_window_exceeded":
        raise ClaudeError(
            "The article is too long for Claude to read; try a shorter article.",
            usage=usage,
            model=model,
        )


def read_answer(
    message: Message, tool: str, output: type[OutputT], context: dict[str, Any] | None
) -> tuple[str, OutputT | None]:
    """The validated tool input, or what is wrong with the answer (for the repair turn)."""
    calls = [block for block in message.content if block.type == "tool_use"]
    if not calls:
        return f"You answered without calling {tool}. Answer by calling {tool}.", None
    call = calls[0]
    if call.name != tool:
        return f"You called {call.name}, but this task is answered by calling {tool}.", None
    try:
        return "", output.model_validate(call.input, context=context)
    except ValidationError as exc:
        return f"The input to {tool} was invalid: {_describe(exc)}", None


def _describe(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors(include_url=False):
        where = ".".join(str(part) for part in error["loc"]) or "input"
        problems.append(f"{where}: {error['msg']}")
    return "; ".join(problems)


def repair_turn(message: Message, tool: str, problem: str) -> MessageParam:
    """The user turn that shows Claude its mistake. Every tool_use must get a tool_result."""
    content: list[Any] = [
        {"type": "tool_result", "tool_use_id": block.id, "is_error": True, "content": problem}
        for block in message.content
        if block.type == "tool_use"
    ]
    ask = f"Call {tool} again with a corrected input."
    content.append({"type": "text", "text": ask if content else f"{problem} {ask}"})
    return {"role": "user", "content": content}
