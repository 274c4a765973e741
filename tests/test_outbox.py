"""The Slack outbox on its own: order per thread, retries that pass, coalesced status writes."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from bot.outbox import SlackOutbox, is_transient


def slack_error(status: int, error: str) -> SlackApiError:
    response = AsyncSlackResponse(
        client=AsyncWebClient(),
        http_verb="POST",
        api_url="https://slack.test/api/chat.postMessage",
        req_args={},
        data={"ok": False, "error": error},
        headers={},
        status_code=status,
    )
    return SlackApiError(error, response)


class Flaky:
    """A pretend Slack that fails the first `failures` attempts of each write."""

    def __init__(self, failures: dict[str, list[BaseException]]) -> None:
        self.failures = failures
        self.delivered: list[str] = []

    def write(self, name: str) -> Any:
        async def send() -> str:
            queue = self.failures.get(name) or []
            if queue:
                raise queue.pop(0)
            self.delivered.append(name)
            return name

        return send


def test_what_passes_is_retried_and_what_does_not_is_not() -> None:
    assert is_transient(slack_error(429, "ratelimited"))
    assert is_transient(slack_error(503, "service_unavailable"))
    assert is_transient(aiohttp.ClientConnectionError())
    assert is_transient(TimeoutError())
    assert not is_transient(slack_error(200, "channel_not_found"))
    assert not is_transient(ValueError("a bug"))


async def test_writes_keep_their_order_in_a_thread_through_failures_that_pass() -> None:
    slack = Flaky(
        {
            "status": [slack_error(429, "ratelimited"), aiohttp.ClientConnectionError()],
            "result": [slack_error(503, "service_unavailable")],
        }
    )
    outbox = SlackOutbox(base_delay=0.01, max_delay=0.02)
    done = [outbox.submit("thread-1", slack.write(name)) for name in ("status", "gate", "result")]

    assert [d.value for d in await asyncio.gather(*done)] == ["status", "gate", "result"]
    assert slack.delivered == ["status", "gate", "result"]
    assert outbox.pending == 0
    assert outbox.failing_for == 0.0


async def test_a_status_write_still_waiting_takes_the_newest_text() -> None:
    slack = Flaky({"first": [slack_error(429, "ratelimited")]})
    outbox = SlackOutbox(base_delay=0.05, max_delay=0.05)
    outbox.submit("t", slack.write("first"))
    for n in range(1, 6):
        outbox.submit("t", slack.write(f"status v{n}"), coalesce="status:1")
    outbox.submit("t", slack.write("result"))
    assert await outbox.drain(timeout=5)
    assert slack.delivered == ["first", "status v5", "result"]


async def test_a_write_slack_refuses_for_good_is_dropped_and_the_rest_go_on() -> None:
    slack = Flaky({"bad": [slack_error(200, "channel_not_found")]})
    outbox = SlackOutbox(base_delay=0.01)
    bad = outbox.submit("t", slack.write("bad"))
    good = outbox.submit("t", slack.write("good"))
    refused = await bad
    assert not refused.sent and refused.failure is not None
    assert refused.failure.code == "channel_not_found"
    assert (await good).value == "good"
    assert slack.delivered == ["good"]


async def test_threads_do_not_wait_for_each_other() -> None:
    release = asyncio.Event()

    async def stuck() -> None:
        await release.wait()

    slack = Flaky({})
    outbox = SlackOutbox()
    outbox.submit("slow thread", stuck)
    assert (await outbox.submit("other thread", slack.write("other"))).value == "other"
    release.set()
    assert await outbox.drain(timeout=5)


async def test_closing_drops_what_is_queued_and_cancels_its_waiters() -> None:
    never = asyncio.Event()

    async def stuck() -> None:
        await never.wait()

    outbox = SlackOutbox()
    waiting = outbox.submit("t", stuck)
    assert not await outbox.drain(timeout=0.05)
    await outbox.aclose()
    assert waiting.cancelled()
