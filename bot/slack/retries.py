"""Which Slack calls the SDK may try again by itself, and which only we may.

slack_sdk retries a call on a dropped connection and on a 500 or 503. For a read or an
update that is harmless, but a post that Slack carried out before the connection dropped (or
before its edge answered 5xx) would be posted twice: Slack has no idempotency key. So a post
is retried by the SDK only when it surely never reached Slack (the connection could not be
made); otherwise the failure goes to the outbox, and the reporter looks in the thread for
the post before sending it again (`SlackThreadReporter._recheck`).
"""

from __future__ import annotations

import aiohttp
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

# Web API methods that create something each time they are called.
_POSTS = ("chat.postMessage", "chat.postEphemeral", "chat.scheduleMessage", "chat.meMessage")


def _is_post(request: HttpRequest) -> bool:
    return request.url.rstrip("/").rsplit("/", 1)[-1] in _POSTS


class _ConnectionErrors(AsyncConnectionErrorRetryHandler):
    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if _is_post(request):
            # Refused or unreachable: nothing was sent. Anything later may have been acted on.
            return isinstance(error, aiohttp.ClientConnectorError)
        return await super()._can_retry_async(
            state=state, request=request, response=response, error=error
        )


class _ServerErrors(AsyncServerErrorRetryHandler):
    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if _is_post(request):
            return False
        return await super()._can_retry_async(
            state=state, request=request, response=response, error=error
        )


def retry_handlers() -> list[AsyncRetryHandler]:
    """The process's Slack client retries: 429s always (Slack did nothing), connection and
    server errors only where doing it twice is harmless."""
    return [
        AsyncRateLimitErrorRetryHandler(max_retry_count=5),
        _ConnectionErrors(max_retry_count=3),
        _ServerErrors(max_retry_count=3),
    ]
