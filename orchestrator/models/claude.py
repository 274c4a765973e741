"""Claude as copydesk's model: the `Model` port over the Messages API (the `anthropic` SDK).

Three things here matter more than they look:

* **Structured output through tool use.** Each step is answered as the input of a "record_*"
  tool, validated with pydantic (`schemas.py`, read in `claude_answers.py`). An answer that
  fails validation gets one repair attempt: the error goes back as an `is_error` tool_result
  and Claude is asked again.
* **One cached prefix per article.** The API renders a request as tools → system → messages and
  caches prefixes up to a `cache_control` breakpoint. Every step therefore sends the *same*
  tools (all three record tools), the *same* system prompt and the *same* first content block,
  the article, which carries the breakpoint; only the step's task comes after it
  (`claude_prompts.py`). The summary, the fact-check and the tags then read the article from
  the cache after the first of them writes it. `tool_choice` is the same for every step too,
  because changing it between calls invalidates the cached message blocks (the article); a
  step names its tool in its task text instead of forcing it by name.
* **Our retry policy, not the SDK's** (`claude_retry.py`, shared with the free-form questions
  of `bot/ask.py`): the client is built with `max_retries=0`, and every call goes through one
  `RetryPolicy`, then ends as a `ClaudeError` whose message a Slack user can act on.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import anthropic
from anthropic.types import Message, MessageParam, ToolChoiceParam
from pydantic import BaseModel

from orchestrator.domain import Article, Verdict
from orchestrator.models.calls import NO_CALLS, ModelCalls
from orchestrator.models.claude_answers import (
    log_call,
    read_answer,
    refuse_unusable,
    repair_turn,
    usage_of,
)
from orchestrator.models.claude_prompts import (
    CHECKS_TOOL,
    FORCING_ACCEPTED,
    SUMMARY_TOOL,
    SYSTEM_PROMPT,
    TAGS_TASK,
    TAGS_TOOL,
    article_block,
    checks_task,
    record_tools,
    summary_task,
)
from orchestrator.models.claude_retry import ClaudeError, Clock, RetryPolicy, Sleep
from orchestrator.models.claude_spans import chat_span
from orchestrator.models.schemas import ChecksOutput, SummaryOutput, TagsOutput
from orchestrator.ports import ClaimCheck, DraftClaim, ModelReply
from orchestrator.telemetry import NO_TELEMETRY, Telemetry
from orchestrator.usage import Usage

__all__ = [
    "CHECKS_TOOL",
    "DEFAULT_MODEL",
    "SUMMARY_TOOL",
    "TAGS_TOOL",
    "ClaudeError",
    "ClaudeModel",
    "ClaudeReply",
    "RetryPolicy",
    "build_client",
]

logger = logging.getLogger(__name__)

T = TypeVar("T")
OutputT = TypeVar("OutputT", bound=BaseModel)

# The current Sonnet in anthropic 2.14's model list: the best speed for the price, which is
# what a copy desk answering in a Slack thread wants.
DEFAULT_MODEL = "claude-sonnet-5-5"


def build_client(
    api_key: str, *, base_url: str | None = None, timeout: float = 60
) -> anthropic.AsyncAnthropic:
    """The process's one Anthropic client, with the SDK's retries off so ours are the ones."""
    # base_url None lets the SDK read ANTHROPIC_BASE_URL itself, then its default.
    return anthropic.AsyncAnthropic(
        api_key=api_key, base_url=base_url, timeout=timeout, max_retries=0
    )


@dataclass(frozen=True)
class ClaudeReply(ModelReply[T], Generic[T]):
    """A `ModelReply` that also tells how long Claude took and how many calls it made."""

    # latency_seconds and calls (from ModelReply) are summed over the step's answered
    # calls, repairs included.
    calls: int = 1


class ClaudeModel:
    """The `orchestrator.ports.Model` port, answered by Claude."""

    def __init__(
        self,
        client: anthropic.AsyncAnthropic,
        model: str = DEFAULT_MODEL,
        *,
        retry: RetryPolicy | None = None,
        max_attempts: int = 4,
        max_retry_seconds: float = 60.0,
        timeout: float = 60.0,
        max_tokens: int = 8192,
        backoff_base: float = 1.0,
        backoff_cap: float = 20.0,
        force_tool: bool | None = None,
        rng: random.Random | None = None,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
        telemetry: Telemetry = NO_TELEMETRY,
        calls: ModelCalls = NO_CALLS,
        owns_client: bool = True,
    ) -> None:
        """`retry`: the process's one policy (bootstrap shares it with the questions); the
        knobs after it build a policy of this model's own when none is given (tests, benches).
        `owns_client`: False when the client is shared and closed by whoever made it."""
        self._client = client
        self._model = model
        self._retry = retry or RetryPolicy(
            max_attempts=max_attempts,
            max_retry_seconds=max_retry_seconds,
            timeout=timeout,
            backoff_base=backoff_base,
            backoff_cap=backoff_cap,
            rng=rng or random.Random(),
            sleep=sleep,
            clock=clock,
            calls=calls,
        )
        self._max_tokens = max_tokens
        self._telemetry = telemetry
        self._owns_client = owns_client
        self._tools = record_tools()
        if force_tool is None:
            force_tool = bool(FORCING_ACCEPTED.match(model))
        # `any` rather than a named tool: the choice must be identical across steps for the
        # cached article to be read back (see the module docstring).
        self._tool_choice: ToolChoiceParam = (
            {"type": "any", "disable_parallel_tool_use": True}
            if force_tool
            else {"type": "auto", "disable_parallel_tool_use": True}
        )

    @property
    def name(self) -> str:
        return self._model

    @property
    def client(self) -> anthropic.AsyncAnthropic:
        return self._client

    @property
    def retry(self) -> RetryPolicy:
        return self._retry

    async def aclose(self) -> None:
        """Close the client's pooled connections, if they are this model's to close."""
        if self._owns_client:
            await self._client.close()

    async def summarise(
        self, article: Article, *, feedback: str | None = None
    ) -> ClaudeReply[list[DraftClaim]]:
        task = summary_task(feedback)
        reply = await self._ask("summarise", SUMMARY_TOOL, article, task, SummaryOutput)
        claims = [DraftClaim(text=c.text, quote=c.quote) for c in reply.value.claims]
        return _with_value(reply, claims)

    async def check_claims(
        self, article: Article, claims: Sequence[DraftClaim]
    ) -> ClaudeReply[list[ClaimCheck]]:
        if not claims:
            return ClaudeReply(value=[], usage=Usage(), model=self._model, calls=0)
        # The checker sees the claims and the article, never the summariser's conversation.
        listed = json.dumps(
            [{"index": i, "text": c.text, "quote": c.quote} for i, c in enumerate(claims)],
            ensure_ascii=False,
            indent=1,
        )
        task = checks_task(listed)
        reply = await self._ask(
            "check_claims",
            CHECKS_TOOL,
            article,
            task,
            ChecksOutput,
            context={"claims": len(claims)},
        )
        checks = sorted(
            (
                ClaimCheck(index=c.index, verdict=Verdict(c.verdict), evidence=c.evidence)
                for c in reply.value.checks
            ),
            key=lambda check: check.index,
        )
        return _with_value(reply, checks)

    async def tag(self, article: Article) -> ClaudeReply[list[str]]:
        reply = await self._ask("tag", TAGS_TOOL, article, TAGS_TASK, TagsOutput)
        return _with_value(reply, [tag.lower() for tag in reply.value.tags])

    async def _ask(
        self,
        step: str,
        tool: str,
        article: Article,
        task: str,
        output: type[OutputT],
        *,
        context: dict[str, Any] | None = None,
    ) -> ClaudeReply[OutputT]:
        """One step: ask, validate, and on a bad answer ask once more with the error."""
        messages: list[MessageParam] = [
            {
                "role": "user",
                "content": [
                    {
                        "type": "text",
                        "text": article_block(article),
                        "cache_control": {"type": "ephemeral"},
                    },
                    {"type": "text", "text": task},
                ],
            }
        ]
        usage = Usage()
        latency = 0.0
        model = self._model
        for calls in (1, 2):
            message, seconds = await self._create(step, messages, usage)
            latency += seconds
            model = message.model or self._model
            usage += usage_of(message, model)
            refuse_unusable(message, self._max_tokens, usage, model)
            problem, value = read_answer(message, tool, output, context)
            if value is not None:
                logger.info(
                    "%s answered by %s in %d call(s)",
                    step,
                    model,
                    calls,
                    extra={
                        "action": "model_step",
                        "step": step,
                        "model": model,
                        "calls": calls,
                        "latency_ms": round(latency * 1000),
                        **usage.to_json(),
                    },
                )
                return ClaudeReply(
                    value=value, usage=usage, model=model, latency_seconds=latency, calls=calls
                )
            logger.warning(
                "%s: Claude's answer was not usable (answer %d of 2): %s",
                step,
                calls,
                problem,
                extra={"action": "model_invalid_output", "step": step, "attempt": calls},
            )
            messages = [*messages, message.to_param(), repair_turn(message, tool, problem)]
        raise ClaudeError(
            f"Claude's answer to the {step} step did not have the expected shape, even after "
            "it was shown the mistake; try again, and tell the operator if it keeps happening.",
            usage=usage,
            model=model,
        )

    async def _create(
        self, step: str, messages: list[MessageParam], spent: Usage
    ) -> tuple[Message, float]:
        """One Messages API call, retried under the policy. Returns the message and latency."""

        async def once(attempt: int) -> Message:
            with chat_span(
                self._telemetry,
                model=self._model,
                max_tokens=self._max_tokens,
                step=step,
                attempt=attempt,
                system=SYSTEM_PROMPT,
                messages=messages,
            ) as span:
                message = await self._client.messages.create(
                    model=self._model,
                    max_tokens=self._max_tokens,
                    system=SYSTEM_PROMPT,
                    tools=self._tools,
                    tool_choice=self._tool_choice,
                    messages=messages,
                    timeout=self._retry.timeout,
                )
                span.answered(message)
            return message

        answered = await self._retry.call(once, step=step, model=self._model, spent=spent)
        log_call(step, self._model, answered.attempt, answered.seconds, answered.value)
        return answered.value, answered.seconds


def _with_value(reply: ClaudeReply[Any], value: T) -> ClaudeReply[T]:
    return ClaudeReply(
        value=value,
        usage=reply.usage,
        model=reply.model,
        latency_seconds=reply.latency_seconds,
        calls=reply.calls,
    )
