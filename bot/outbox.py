"""Slack writes, delivered in order per thread and retried until Slack takes them.

A run's steps never wait on Slack: a reporter hands its writes to the outbox and carries on.
Each thread has one lane, a queue worked by one task, so what a thread shows keeps the order
it was written in even while Slack answers 429 or is down. A write that fails for a reason
that passes (rate limits, 5xx, no connection) is tried again with backoff, holding back the
writes behind it, for up to `give_up_after` seconds; one Slack refuses for good
(channel_not_found), and one still failing at that bound, is given up. Nothing raises past
the outbox: every write ends as a `Delivery`, sent or not and why (bot/slack/failures.py),
and its reporter records a delivery that failed for good on the run.

Status updates coalesce: a write with the same `coalesce` key as one still waiting in its
lane replaces it, so a slow or absent Slack gets the newest status, once.

The outbox lives in memory. The writes that end something (a run's result, an escalation)
are awaited by their reporter before the run records them as done, so a process that dies
with writes queued leaves its runs resumable, and the resumed run finds (by message
metadata) what was delivered before posting the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from bot.slack.failures import SlackFailure, classify

log = logging.getLogger(__name__)

Send = Callable[[], Awaitable[Any]]


def is_transient(error: BaseException) -> bool:
    """Whether trying the same write again later can succeed."""
    return classify(error).transient


@dataclass(frozen=True)
class Delivery:
    """How a write ended: Slack's answer when it was taken, or why it was not."""

    value: Any = None
    failure: SlackFailure | None = None

    @property
    def sent(self) -> bool:
        return self.failure is None


@dataclass(eq=False)
class _Write:
    send: Send
    coalesce: str | None
    done: asyncio.Future[Delivery]
    attempts: int = 0
    failing_since: float | None = None  # when its first attempt failed
    in_flight: bool = False


@dataclass(eq=False)
class _Lane:
    writes: deque[_Write] = field(default_factory=deque)
    task: asyncio.Task[None] | None = None


class SlackOutbox:
    def __init__(
        self,
        *,
        base_delay: float = 0.5,
        max_delay: float = 15.0,
        give_up_after: float = 3600.0,
        on_change: Callable[[int], None] | None = None,
        on_retry: Callable[[], None] | None = None,
        on_give_up: Callable[[SlackFailure], None] | None = None,
    ) -> None:
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.give_up_after = give_up_after
        self._on_give_up = on_give_up or (lambda _failure: None)
        self._on_change = on_change or (lambda _pending: None)
        self._on_retry = on_retry or (lambda: None)
        self._lanes: dict[Hashable, _Lane] = {}
        self._failing_since: float | None = None
        self._closed = False

    @property
    def pending(self) -> int:
        return sum(len(lane.writes) for lane in self._lanes.values())

    @property
    def failing_for(self) -> float:
        """Seconds since Slack last took a write while writes were failing; 0 when healthy."""
        if self._failing_since is None:
            return 0.0
        return time.monotonic() - self._failing_since

    def submit(
        self, lane_key: Hashable, send: Send, *, coalesce: str | None = None
    ) -> asyncio.Future[Delivery]:
        """Queue `send` on its lane; returns a future for how it ended (never an exception).

        Await it (through `asyncio.shield`, so a cancelled waiter does not cancel the write)
        when the caller must know it was delivered; ignore it otherwise.
        """
        loop = asyncio.get_running_loop()
        if self._closed:
            raise RuntimeError("the Slack outbox is closed")
        lane = self._lanes.setdefault(lane_key, _Lane())
        if coalesce is not None:
            for waiting in lane.writes:
                if waiting.coalesce == coalesce and not waiting.in_flight:
                    waiting.send = send
                    return waiting.done
        write = _Write(send, coalesce, loop.create_future())
        lane.writes.append(write)
        self._on_change(self.pending)
        if lane.task is None or lane.task.done():
            lane.task = asyncio.create_task(self._work(lane_key, lane))
        return write.done

    async def deliver(
        self, lane_key: Hashable, send: Send, *, coalesce: str | None = None
    ) -> Delivery:
        """Queue `send` and wait until it was delivered (or refused); see `submit`."""
        return await asyncio.shield(self.submit(lane_key, send, coalesce=coalesce))

    async def drain(self, timeout: float) -> bool:  # noqa: ASYNC109 (a deadline, not a cancel)
        """Wait up to `timeout` seconds for every queued write; True when none is left."""
        tasks = [lane.task for lane in self._lanes.values() if lane.task and not lane.task.done()]
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)
        return self.pending == 0

    async def aclose(self) -> None:
        self._closed = True
        lanes = list(self._lanes.values())
        for lane in lanes:
            if lane.task is not None:
                lane.task.cancel()
        for lane in lanes:
            if lane.task is not None:
                with contextlib.suppress(asyncio.CancelledError):
                    await lane.task
            for write in lane.writes:
                if not write.done.done():
                    write.done.cancel()
        if self.pending:
            log.warning(
                "%s Slack writes were not delivered before shutdown; their runs resume "
                "and post them on the next start",
                self.pending,
                extra={"action": "outbox_dropped", "pending": self.pending},
            )
        self._lanes.clear()

    async def _work(self, lane_key: Hashable, lane: _Lane) -> None:
        while lane.writes:
            write = lane.writes[0]
            write.in_flight = True
            try:
                result = await write.send()
            except Exception as error:
                write.in_flight = False
                failure = classify(error)
                if failure.transient and not self._past_bound(write):
                    await self._backoff(write, failure)
                    continue
                self._settle(lane_key, lane)
                self._give_up(write, failure, error)
                continue
            self._failing_since = None
            self._settle(lane_key, lane)
            if not write.done.done():
                write.done.set_result(Delivery(result))

    def _past_bound(self, write: _Write) -> bool:
        now = time.monotonic()
        if write.failing_since is None:
            write.failing_since = now
        return now - write.failing_since >= self.give_up_after

    def _give_up(self, write: _Write, failure: SlackFailure, error: BaseException) -> None:
        if failure.transient:
            # Still failing at the bound: it is given up as if refused, and said so.
            failure = SlackFailure(
                failure.kind,
                failure.code,
                f"{failure.reason}; gave up after {write.attempts + 1} attempts over "
                f"{self.give_up_after:.0f}s",
            )
        log.warning(
            "a Slack write was given up: %s (%s)",
            failure.reason,
            failure.code,
            exc_info=error if failure.code == "internal" else None,
            extra={"action": "slack_gave_up", "code": failure.code},
        )
        self._on_give_up(failure)
        if not write.done.done():
            write.done.set_result(Delivery(failure=failure))

    def _settle(self, lane_key: Hashable, lane: _Lane) -> None:
        lane.writes.popleft()
        if not lane.writes and self._lanes.get(lane_key) is lane:
            # The lane's task ends with this pass; a later write starts a new one.
            del self._lanes[lane_key]
        self._on_change(self.pending)

    async def _backoff(self, write: _Write, failure: SlackFailure) -> None:
        write.attempts += 1
        if self._failing_since is None:
            self._failing_since = time.monotonic()
        self._on_retry()
        delay = min(self.max_delay, self.base_delay * 2 ** (write.attempts - 1))
        delay *= 0.5 + random.random() / 2
        if failure.retry_after is not None:
            # Slack said how long; sooner would only be refused again.
            delay = max(delay, failure.retry_after)
        assert write.failing_since is not None
        left = self.give_up_after - (time.monotonic() - write.failing_since)
        delay = max(0.0, min(delay, left))
        log.info(
            "Slack write failed (%s); trying again in %.1fs",
            failure.code,
            delay,
            extra={"action": "outbox_retry", "attempt": write.attempts, "code": failure.code},
        )
        await asyncio.sleep(delay)
