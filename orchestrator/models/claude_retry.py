"""One retry policy for every Claude call: the model's steps and the free-form questions.

The client is built with `max_retries=0`, so the SDK never retries behind our back: 429, 529,
5xx, 408/409, timeouts, dropped connections and bodies that are not JSON are retried here,
with capped exponential backoff and full jitter, never sooner than `retry-after`, bounded in
attempts and in total time. What is left is a `ClaudeError` whose message a Slack user can
act on; every failed attempt is logged (`model_call_failed`), so each retry has a visible end.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Generic, TypeVar

import anthropic
from anthropic.types import Message

from orchestrator.errors import ModelError
from orchestrator.models.calls import NO_CALLS, ModelCall, ModelCalls
from orchestrator.usage import Usage

logger = logging.getLogger(__name__)

T = TypeVar("T")
PROVIDER = "anthropic"  # gen_ai.provider.name
Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


class ClaudeError(ModelError):
    """Claude did not give a usable answer.

    Carries what the failed step had spent, so a failed step can still be accounted for.
    """

    def __init__(self, message: str, *, usage: Usage | None = None, model: str = "") -> None:
        super().__init__(message)
        self.usage = usage or Usage()
        self.model = model


@dataclass(frozen=True)
class Answered(Generic[T]):
    """What one retried call gave: the answer, the last attempt's latency, its number."""

    value: T
    seconds: float
    attempt: int


@dataclass
class RetryPolicy:
    """Bounded retries of one Messages API call. One instance is shared by every caller."""

    max_attempts: int = 4
    max_retry_seconds: float = 60.0
    timeout: float = 60.0
    backoff_base: float = 1.0
    backoff_cap: float = 20.0
    rng: random.Random = field(default_factory=random.Random)
    sleep: Sleep = asyncio.sleep
    clock: Clock = time.monotonic
    # Every call, answered or failed, retries included, for the GenAI client metrics.
    calls: ModelCalls = NO_CALLS

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    async def call(
        self,
        once: Callable[[int], Awaitable[Message]],
        *,
        step: str,
        model: str,
        spent: Usage | None = None,
    ) -> Answered[Message]:
        """`once(attempt)` makes one request; it is called again while the failure is
        retryable and the budget allows. `spent` goes into the `ClaudeError` at the end."""
        started = self.clock()
        attempt = 0
        while True:
            attempt += 1
            call_started = self.clock()
            try:
                message = await once(attempt)
            except anthropic.APIStatusError as exc:
                failure = status_failure(exc, model)
            except anthropic.APITimeoutError:
                failure = Failure(
                    "timeout",
                    retryable=True,
                    sentence=f"Claude did not answer within {self.timeout:g} seconds "
                    "after {attempts}; try again in a few minutes.",
                )
            except anthropic.APIConnectionError:
                failure = Failure(
                    "connection",
                    retryable=True,
                    sentence="copydesk could not reach the Anthropic API after {attempts}; "
                    "ask the operator to check the network and ANTHROPIC_BASE_URL.",
                )
            else:
                if isinstance(message, Message):
                    seconds = self.clock() - call_started
                    self.calls.model_call(answered_call(model, seconds, message))
                    return Answered(message, seconds, attempt)
                # The SDK hands back the raw text of a 2xx body that is not JSON (a proxy's
                # page, a truncated reply): as transient as a 502, and retried like one.
                failure = Failure(
                    "not_json",
                    retryable=True,
                    sentence="The Anthropic API answered with something that is not JSON "
                    "after {attempts}; try again in a few minutes.",
                )

            seconds = self.clock() - call_started
            self.calls.model_call(ModelCall(PROVIDER, model, seconds, error_type=failure.kind))
            logger.warning(
                "%s: Claude call failed (%s, attempt %d of %d)",
                step,
                failure.kind,
                attempt,
                self.max_attempts,
                extra={
                    "action": "model_call_failed",
                    "step": step,
                    "model": model,
                    "attempt": attempt,
                    "error": failure.kind,
                    "latency_ms": round(seconds * 1000),
                },
            )
            if not failure.retryable or attempt >= self.max_attempts:
                raise ClaudeError(failure.message(attempt), usage=spent, model=model)
            delay = self.backoff(attempt, failure.retry_after)
            if self.clock() - started + delay > self.max_retry_seconds:
                # Waiting would blow the call's retry budget: give up now, not after the wait.
                raise ClaudeError(failure.message(attempt), usage=spent, model=model)
            await self.sleep(delay)

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        """Capped exponential backoff with full jitter; never sooner than retry-after."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1))
        delay = self.rng.uniform(0, ceiling)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay


@dataclass(frozen=True)
class Failure:
    kind: str
    retryable: bool
    sentence: str  # may hold "{attempts}"
    retry_after: float | None = None

    def message(self, attempts: int) -> str:
        counted = f"{attempts} attempt" if attempts == 1 else f"{attempts} attempts"
        return self.sentence.replace("{attempts}", counted)


def status_failure(exc: anthropic.APIStatusError, model: str) -> Failure:
    """An HTTP error, whatever its body (JSON, an HTML page, plain text), by its status."""
    status = exc.status_code
    retry_after = retry_after_of(exc)
    if status == 529:
        return Failure(
            "overloaded",
            True,
            "Claude is overloaded and did not answer after {attempts}; try again in a few minutes.",
            retry_after,
        )
    if status == 429:
        return Failure(
            "rate_limited",
            True,
            "Claude's rate limit was reached and it did not answer after {attempts}; "
            "try again in a minute or two.",
            retry_after,
        )
    if status >= 500 or status in (408, 409):
        return Failure(
            f"http_{status}",
            True,
            f"The Anthropic API failed ({status}) and did not answer after {{attempts}}; "
            "try again in a few minutes.",
            retry_after,
        )
    if status == 401:
        sentence = (
            "The Anthropic API key was refused (401); ask the operator to check ANTHROPIC_API_KEY."
        )
    elif status == 402:
        sentence = (
            "The Anthropic account could not pay for the request (402); "
            "ask the operator to check its billing."
        )
    elif status == 403:
        sentence = (
            f"The Anthropic API key may not use {model} (403); "
            "ask the operator to check the key's permissions and the model setting."
        )
    elif status == 404:
        sentence = (
            f"The Anthropic API does not know the model {model} (404); "
            "ask the operator to check the model setting."
        )
    elif status == 400 and "prompt is too long" in str(exc.api_message or exc.message):
        # The article and the task together are over the model's context window.
        sentence = "The article is too long for Claude to read; try a shorter article."
    elif status == 413:
        sentence = "The article is too large to send to Claude (413); try a shorter article."
    else:
        detail = f": {exc.api_message}" if exc.api_message else ""
        sentence = (
            f"The Anthropic API refused the request ({status}{detail}); "
            "ask the operator to check the model settings."
        )
    return Failure(f"http_{status}", False, sentence)


def retry_after_of(exc: anthropic.APIStatusError) -> float | None:
    """Seconds the API asked us to wait: `retry-after-ms`, `retry-after` seconds, or a date."""
    headers = exc.response.headers
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def answered_call(model: str, seconds: float, message: Message) -> ModelCall:
    usage = message.usage
    cached = (usage.cache_read_input_tokens or 0) + (usage.cache_creation_input_tokens or 0)
    return ModelCall(
        PROVIDER,
        model,
        seconds,
        response_model=message.model,
        input_tokens=usage.input_tokens + cached,
        output_tokens=usage.output_tokens,
    )
