"""The command line two ways: in this process (`bot.cli.run`, for most tests) and as a real
process (`python -m bot.cli`, for the few that prove the console script, its pipes and its
signals)."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from unittest import mock

from articles import ArticleSite
from bot import cli
from bot.bootstrap import App, build_app
from bot.settings import Settings
from orchestrator.reading import InlineExtractor

COPYDESK = [sys.executable, "-m", "bot.cli"]


def environment(database_url: str, site: ArticleSite, tmp_path: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SLACK_", "ANTHROPIC_", "COPYDESK_"))
    }
    env.update(
        COPYDESK_DATABASE_URL=database_url,
        COPYDESK_FETCH_ALLOW=site.allow,
        COPYDESK_MODEL="offline",
        COPYDESK_OPS_PORT="0",
        PYTHONPATH=str(Path(__file__).resolve().parent.parent),
    )
    return env


async def copydesk(*args: str, env: dict[str, str], timeout: float = 60) -> tuple[int, str, str]:
    """`copydesk ARGS` run in this process with exactly `env` as its environment: the exit
    code and what it printed to stdout and stderr, as the process would have.

    Two differences from the console script, both in `_build`: pages are extracted
    in-process (the tests' sites are our own), and the database is not checked for
    migrations (it is a migrated copy of conftest's template). The real-process tests
    (`copydesk_process`) keep both.
    """
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, env, clear=True),
        _logging_restored(),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        settings = Settings(_env_file=None)  # type: ignore[call-arg]
        code = await asyncio.wait_for(cli.run(list(args), settings, build=_build), timeout)
    return code, out.getvalue(), err.getvalue()


def _build(
    settings: Settings, *, transports: Sequence[str], upgrade: bool = True
) -> AbstractAsyncContextManager[App]:
    return build_app(settings, transports=transports, upgrade=False, extractor=InlineExtractor())


async def copydesk_process(
    *args: str, env: dict[str, str], stdin: str | None = None, timeout: float = 60
) -> tuple[int, str, str]:
    """`copydesk ARGS` as a real process (the console script's own start, pipes and exit)."""
    process = await asyncio.create_subprocess_exec(
        *COPYDESK,
        *args,
        stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )
    out, err = await asyncio.wait_for(
        process.communicate(stdin.encode() if stdin is not None else None), timeout
    )
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


@contextlib.contextmanager
def _logging_restored() -> Iterator[None]:
    """The CLI configures the root logger as a process does at start; put pytest's back."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for name in logging.root.manager.loggerDict:
            was = levels.get(name, logging.NOTSET)
            logger = logging.getLogger(name)
            if logger.level != was:  # setLevel clears every logger's cache: only if changed
                logger.setLevel(was)
