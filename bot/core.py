"""The bot, transport-neutral: a message comes in, replies go out through a Replier.

Slack, the console and the tests are adapters that translate into `IncomingMessage` and
call `Desk.handle`; none of them holds any logic of its own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot import questions
from bot.links import distinct_links
from orchestrator.domain import Origin, Run
from orchestrator.ports import RunStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IncomingMessage:
    text: str
    transport: str  # "slack", "console", "cli"
    user: str | None = None
    channel: str | None = None
    ts: str | None = None  # the message itself
    thread_ts: str | None = None  # the thread it was posted in, if any
    team: str | None = None
    blocks: Sequence[dict[str, Any]] | None = None
    addressed: bool = True  # a mention, a DM or the console: questions get answers
    dedupe_keys: tuple[str, ...] = ()  # Slack event id, channel+ts: act on a delivery once
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def reply_thread(self) -> str | None:
        return self.thread_ts or self.ts


class Replier(Protocol):
    """Where the answer to one message goes (its Slack thread, the terminal)."""

    async def reply(self, text: str) -> None: ...


class Desk:
    def __init__(
        self,
        store: RunStore,
        wake: Callable[[], None],
        *,
        max_links: int = 5,
    ) -> None:
        self.store = store
        self.wake = wake
        self.max_links = max_links

    async def handle(self, message: IncomingMessage, replier: Replier) -> list[Run]:
        links = distinct_links(message.text, message.blocks)
        if links:
            return await self._start_runs(message, links, replier)
        if message.addressed:
            await self._answer(message, replier)
        return []

    async def _start_runs(
        self, message: IncomingMessage, links: list[str], replier: Replier
    ) -> list[Run]:
        taken, dropped = links[: self.max_links], links[self.max_links :]
        origin = Origin(
            transport=message.transport,
            channel=message.channel,
            thread_ts=message.reply_thread,
            user=message.user,
            team=message.team,
        )
        runs = await self.store.create_runs(taken, origin, dedupe_keys=message.dedupe_keys)
        if runs is None:
            log.info(
                "duplicate delivery ignored",
                extra={"action": "dedupe", "keys": message.dedupe_keys},
            )
            return []
        for run in runs:
            log.info(
                "run %s queued for %s",
                run.id,
                run.url,
                extra={"action": "run_queued", "run_id": run.id},
            )
        # Receiving only records the runs; a worker picks them up.
        self.wake()
        if dropped:
            await replier.reply(
                f"That message has {len(links)} links; I started runs for the first "
                f"{self.max_links} and left {len(dropped)} alone. Paste them again to check them."
            )
        return runs

    async def _answer(self, message: IncomingMessage, replier: Replier) -> None:
        if message.dedupe_keys and not await self.store.claim_keys(message.dedupe_keys):
            return
        question = questions.parse(_without_mentions(message.text))
        await replier.reply(await questions.answer(question, self.store))


def _without_mentions(text: str) -> str:
    return re.sub(r"<@[A-Z0-9]+(?:\|[^>]*)?>", " ", text).strip()
