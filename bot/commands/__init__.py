"""The command line's commands, by area; `bot/cli.py` parses and dispatches to them.

Every command is `async def cmd_x(cli: Cli, args) -> int`: `cli` carries the settings and
how to build the App, so the tests run a command in their own process with their own parts
(`bot.cli.run`), and the console script runs the same code with the real ones.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.bootstrap import App, build_app
from bot.console import LOCAL_USER
from bot.settings import Settings, parse_duration
from orchestrator.domain import Run, RunStatus

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WAITING = 0, 1, 2, 3

# build_app's shape: settings, then transports=, upgrade= (and what a test adds, e.g. an
# in-process extractor, by functools.partial).
AppBuilder = Callable[..., AbstractAsyncContextManager[App]]


@dataclass(frozen=True)
class Cli:
    """What a command needs from outside: the settings, and how to wire the App."""

    settings: Settings
    build: AppBuilder = build_app

    def app(
        self, *, transports: Sequence[str], upgrade: bool = True
    ) -> AbstractAsyncContextManager[App]:
        return self.build(self.settings, transports=transports, upgrade=upgrade)


Handler = Callable[[Cli, argparse.Namespace], Any]


def run_exit_code(runs: Sequence[Run]) -> int:
    if any(
        run.status in (RunStatus.FAILED, RunStatus.REJECTED, RunStatus.CANCELLED) for run in runs
    ):
        return EXIT_FAILED
    if any(not run.status.is_final for run in runs):
        return EXIT_WAITING
    return EXIT_OK


def local_user() -> str:
    try:
        return f"local:{getpass.getuser()}"
    except (KeyError, OSError):
        return LOCAL_USER


def age(text: str) -> timedelta:
    """An argparse type: "7d", "12w", "24h"."""
    try:
        return parse_duration(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
