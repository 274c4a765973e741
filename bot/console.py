"""The local console: the same bot as in Slack, in the terminal.

Like errbot's text backend: each line typed is a message addressed to the bot; replies and
run progress are printed. Works on a terminal and on a pipe (the tests drive it that way).
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable
from typing import Protocol, TextIO

from bot import render
from bot.answer import Answer
from bot.core import Desk, IncomingMessage
from bot.render import model_announcement
from bot.settings import Settings
from orchestrator.domain import Run
from orchestrator.ports import Model, RunStore
from orchestrator.worker import Worker

LOCAL_USER = "local"

BANNER = """copydesk console — paste an article link, or ask "help". Ctrl-D quits.
{model}
Database: {database}"""


class ConsoleReplier:
    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write

    async def reply(self, answer: Answer) -> None:
        # The terminal shows the whole text; the parts are a layout it has no use for.
        self.write(render.plain(answer.text))

    async def private(self, text: str) -> None:
        self.write(render.plain(text))


class ConsoleParts(Protocol):
    """What the console uses of the wired app (bootstrap's `App` has all of it)."""

    @property
    def settings(self) -> Settings: ...
    @property
    def model(self) -> Model: ...
    @property
    def store(self) -> RunStore: ...
    @property
    def desk(self) -> Desk: ...
    @property
    def worker(self) -> Worker: ...


async def chat(
    app: ConsoleParts, stdin: TextIO = sys.stdin, write: Callable[[str], None] | None = None
) -> int:
    def default_write(line: str) -> None:
        print(line, flush=True)

    out = write or default_write
    out(BANNER.format(model=model_announcement(app.model), database=app.settings.database_url))
    replier = ConsoleReplier(out)
    worker = asyncio.create_task(app.worker.run_forever())
    started: list[Run] = []
    interactive = stdin.isatty()
    try:
        while True:
            if interactive:
                print("> ", end="", flush=True)
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            line = line.strip()
            if not line:
                continue
            if line in ("quit", "exit"):
                break
            message = IncomingMessage(text=line, transport="console", user=LOCAL_USER)
            started.extend(await app.desk.handle(message, replier))
        # Input ended (a pipe, or Ctrl-D): let the runs it started settle before leaving.
        await _settle(app, started)
    finally:
        await app.worker.stop()
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker
    return 0


async def _settle(app: ConsoleParts, runs: list[Run], poll: float = 0.05) -> None:
    pending = {run.id for run in runs}
    while pending:
        for run_id in list(pending):
            run = await app.store.get_run(run_id)
            if run is None or run.status.is_final or run.status.value == "waiting":
                pending.discard(run_id)
        if pending:
            await asyncio.sleep(poll)
