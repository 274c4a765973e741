"""Fault injection for the fake Slack: answers that are not Slack's JSON, and connections
that fail, on any Web API method, through the real SDK.

`FakeSlack.fail_next` already answers `{"ok": false, "error": ...}` at any status (with
`Retry-After` on a 429). This adds what a proxy, a load balancer, a wrong SLACK_API_URL or a
network answers instead (issue 12: a plain-text 404 from conversations.replies):

- `PLAIN`: a `text/plain` body at `status` (the SDK's `response.data` is a str)
- `HTML`: a `text/html` body at `status` (`response.data` is `{}`)
- `BAD_JSON`: `application/json` that does not parse (`response` is aiohttp's own)
- `DROP`: the connection closed with no answer (nothing done)
- `LOST`: the call done (a message posted), then the connection closed: the answer lost
- `SLOW`: the answer held back for `seconds` (longer than the client waits: a timeout)

Kept apart from tests/fakes/slack.py so that it stays additive to it.
"""

from __future__ import annotations

import asyncio
import enum
import random
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from fakes.slack import FakeSlack


class Shape(enum.StrEnum):
    PLAIN = "plain"
    HTML = "html"
    BAD_JSON = "bad_json"
    DROP = "drop"
    LOST = "lost"
    SLOW = "slow"


@dataclass
class Fault:
    shape: Shape
    status: int = 200
    times: int = 1
    seconds: float = 0.0


# Every shape a Slack call can fail in, as (method-independent) faults; `ok: false` errors
# go through `FakeSlack.fail_next`.
NOT_SLACK = (
    Fault(Shape.PLAIN, 404),
    Fault(Shape.PLAIN, 500),
    Fault(Shape.HTML, 502),
    Fault(Shape.HTML, 200),
    Fault(Shape.BAD_JSON, 200),
    Fault(Shape.BAD_JSON, 503),
    Fault(Shape.DROP),
    Fault(Shape.LOST),
)
OK_FALSE = (
    ("channel_not_found", 200),
    ("not_in_channel", 200),
    ("is_archived", 200),
    ("msg_too_long", 200),
    ("invalid_blocks", 200),
    ("no_permission", 200),
    ("token_revoked", 200),
    ("account_inactive", 200),
    ("ratelimited", 429),
    ("something_new", 200),
)


class FaultySlack(FakeSlack):
    """FakeSlack whose Web API can also answer in the shapes above."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._injected: defaultdict[str, deque[Fault]] = defaultdict(deque)
        self.injected: list[tuple[str, Shape, int]] = []  # (method, shape, status) as served
        # A seeded share of calls (of `chaos_methods`) answered with a random fault.
        self.chaos_ratio = 0.0
        self.chaos_methods: frozenset[str] = frozenset()
        self._chaos = random.Random(0)

    def inject(self, method: str, fault: Fault) -> None:
        """Answer the next `fault.times` calls of `method` ("*" for any) with `fault`."""
        self._injected[method].append(fault)

    def chaos(self, ratio: float, methods: set[str], seed: int = 0) -> None:
        self.chaos_ratio = ratio
        self.chaos_methods = frozenset(methods)
        self._chaos = random.Random(seed)

    def _take(self, method: str) -> Fault | None:
        for key in (method, "*"):
            queue = self._injected.get(key)
            if queue:
                fault = queue[0]
                fault.times -= 1
                if fault.times <= 0:
                    queue.popleft()
                return fault
        if method in self.chaos_methods and self._chaos.random() < self.chaos_ratio:
            shapes = [*NOT_SLACK, Fault(Shape.PLAIN, 429)]
            return self._chaos.choice(shapes)
        return None

    async def _api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        fault = self._take(method)
        if fault is None:
            return await super()._api(request)
        self.injected.append((method, fault.shape, fault.status))
        if fault.shape is Shape.SLOW:
            await asyncio.sleep(fault.seconds)
            return await super()._api(request)
        if fault.shape is Shape.LOST:
            await super()._api(request)
            return _hang_up(request)
        self._record(method, {}, None, fault.status, f"injected {fault.shape.value}")
        if fault.shape is Shape.DROP:
            return _hang_up(request)
        if fault.shape is Shape.PLAIN:
            return web.Response(status=fault.status, text="404 page not found\n")
        if fault.shape is Shape.HTML:
            return web.Response(
                status=fault.status,
                text="<html><body><h1>Bad Gateway</h1></body></html>",
                content_type="text/html",
            )
        return web.Response(
            status=fault.status, text='{"ok": fals', content_type="application/json"
        )


def _hang_up(request: web.Request) -> web.StreamResponse:
    transport = request.transport
    assert transport is not None
    transport.close()  # the client sees the connection end with no answer
    return web.Response()
