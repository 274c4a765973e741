"""`copydesk`: the command line. Parses, wires the App and hands each command to its area
(`bot/commands/`); `run` is the same entry in-process, for the tests."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from pydantic import ValidationError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bot import logs, rerun_cli
from bot.bootstrap import build_app
from bot.commands import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WAITING,
    AppBuilder,
    Cli,
    age,
)
from bot.commands import runs as run_cmds
from bot.commands import serving as serve_cmds
from bot.commands.shapes import run_json, run_summary_json
from bot.settings import Settings
from orchestrator.domain import RunStatus
from orchestrator.errors import CopydeskError
from orchestrator.history import MAX_PAGE

log = logging.getLogger(__name__)

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "EXIT_WAITING",
    "build_parser",
    "main",
    "run",
    "run_json",
    "run_summary_json",
]

# The commands that print only what they were asked for: log lines below WARNING would
# bury it.
QUIET = (
    "chat",
    "run",
    "runs",
    "show",
    "ask",
    "read",
    "db",
    "approve",
    "reject",
    "cancel",
    "prune",
    "rerun",
    "diff",
)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"copydesk: the settings are not valid:\n{error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return asyncio.run(dispatch(args, settings))
    except KeyboardInterrupt:
        return 130


async def run(argv: Sequence[str], settings: Settings, *, build: AppBuilder = build_app) -> int:
    """`copydesk ARGV` in this process and its event loop, with these settings: what it
    prints goes to sys.stdout and sys.stderr, and its exit code is returned (a usage error
    too, as argparse words it). `build` wires the App (a test hands in its own parts)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # --help (0), or a usage error (2) with argparse's sentence
        return EXIT_OK if stop.code is None else stop.code if isinstance(stop.code, int) else 2
    return await dispatch(args, settings, build=build)


async def dispatch(
    args: argparse.Namespace, settings: Settings, *, build: AppBuilder = build_app
) -> int:
    quiet = args.command in QUIET or (args.command == "serve" and not settings.has_slack)
    logs.configure(settings.log_format, "WARNING" if quiet else settings.log_level)
    try:
        code: int = await args.handler(Cli(settings, build), args)
        return code
    except CopydeskError as error:
        print(f"copydesk: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    except (OSError, DBAPIError) as error:
        # The database (or the network under it) is the one outside thing every command
        # needs; say which one and where, not a traceback.
        where = make_url(settings.database_url).render_as_string(hide_password=True)
        log.debug("database error", exc_info=True)
        print(
            f"copydesk: could not use the database at {where}: {_first_line(error)}. "
            "Check COPYDESK_DATABASE_URL and that the server is running.",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="A copy desk for Slack: reads article links, summarises, fact-checks "
        "and tags them, with gates and a stored trace for every run.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser(
        "serve", help="the Slack bot (the local console without Slack credentials)"
    )
    serve.add_argument(
        "--http", action="store_true", help="the Events API over HTTP instead of Socket Mode"
    )
    serve.add_argument("--host", default="0.0.0.0", help="HTTP address (default 0.0.0.0)")
    serve.add_argument("--port", type=int, default=3000, help="HTTP port (default 3000)")
    serve.set_defaults(handler=serve_cmds.cmd_serve)

    sub.add_parser("chat", help="the local console: the bot in the terminal").set_defaults(
        handler=serve_cmds.cmd_chat
    )

    run = sub.add_parser(
        "run", help="run links now; exit 0 finished, 3 waiting at a gate, 1 failed"
    )
    run.add_argument("urls", nargs="+", metavar="URL")
    run.set_defaults(handler=run_cmds.cmd_run)

    worker = sub.add_parser("worker", help="run queued and resumable runs (no Slack listener)")
    worker.add_argument("--host", default="127.0.0.1", help="address for --port (127.0.0.1)")
    worker.add_argument(
        "--port", type=int, help="also serve /healthz and /metrics here, for liveness probes"
    )
    worker.set_defaults(handler=serve_cmds.cmd_worker)

    runs = sub.add_parser("runs", help="recent runs, newest first, filtered and paged")
    runs.add_argument("--status", choices=[s.value for s in RunStatus])
    runs.add_argument("--domain", help="runs on this site, e.g. example.com")
    runs.add_argument("--url", help="runs for exactly this link")
    runs.add_argument("--user", help="runs asked for by this user (a Slack id, local:…)")
    runs.add_argument("--since", type=age, metavar="AGE", help="created in the last AGE, e.g. 7d")
    runs.add_argument("--before", type=int, metavar="N", help="runs older than run N (next page)")
    runs.add_argument("--limit", type=int, default=20, help=f"at most {MAX_PAGE} (default 20)")
    runs.add_argument("--json", action="store_true", help="a JSON array for scripts")
    runs.set_defaults(handler=run_cmds.cmd_runs)

    waiting = sub.add_parser("waiting", help="runs waiting at a gate, the longest-waiting first")
    waiting.add_argument("--json", action="store_true", help="a JSON array for scripts")
    waiting.set_defaults(handler=run_cmds.cmd_waiting)

    show = sub.add_parser("show", help="what happened on run N")
    show.add_argument("run_id", type=int, metavar="N")
    show.add_argument("--json", action="store_true", help="a JSON object for scripts")
    show.set_defaults(handler=run_cmds.cmd_show)

    ask = sub.add_parser("ask", help='ask about runs, e.g. "what happened on run 42"')
    ask.add_argument("question", nargs="+")
    ask.set_defaults(handler=run_cmds.cmd_ask)

    approve = sub.add_parser("approve", help="approve run N's waiting gate (as the local user)")
    approve.add_argument("run_id", type=int, metavar="N")
    approve.add_argument("--reason", help="why, kept with the decision")
    approve.set_defaults(handler=run_cmds.cmd_decide, approve=True)

    reject = sub.add_parser("reject", help="reject run N's waiting gate (as the local user)")
    reject.add_argument("run_id", type=int, metavar="N")
    reject.add_argument("--reason", help="why, kept with the decision")
    reject.set_defaults(handler=run_cmds.cmd_decide, approve=False)

    cancel = sub.add_parser("cancel", help="stop a queued, running or waiting run")
    cancel.add_argument("run_id", type=int, metavar="N")
    cancel.set_defaults(handler=run_cmds.cmd_cancel)

    read = sub.add_parser("read", help="what copydesk reads from a page")
    read.add_argument("url", metavar="URL")
    read.add_argument("--json", action="store_true")
    read.set_defaults(handler=run_cmds.cmd_read)

    web_cmd = sub.add_parser("web", help="serve the run pages (/runs, /runs/N) on their own")
    web_cmd.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    web_cmd.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    web_cmd.set_defaults(handler=serve_cmds.cmd_web)

    prune = sub.add_parser("prune", help="delete old history (finished runs and their traces)")
    prune.add_argument(
        "--older-than", required=True, type=age, metavar="AGE", help="e.g. 90d, 12w, 24h"
    )
    prune.set_defaults(handler=run_cmds.cmd_prune)

    rerun_cli.add_commands(sub, age=age, rerun=run_cmds.cmd_rerun, diff=rerun_cli.cmd_diff)

    database = sub.add_parser("db", help="database maintenance")
    db_sub = database.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="alembic upgrade to head").set_defaults(
        handler=run_cmds.cmd_db_upgrade
    )
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
