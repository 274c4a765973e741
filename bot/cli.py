"""`copydesk`: the command line. Each command is a thin shell over the wired App."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import logging
import signal
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web
from pydantic import ValidationError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bot import logs, questions, render, rerun_cli
from bot.bootstrap import App, build_app, model_announcement
from bot.console import LOCAL_USER, chat
from bot.settings import Settings, parse_duration
from bot.telemetry import trace_url
from bot.visibility import Viewer
from bot.web import build_ops_app, build_pages_app, is_loopback, web_auth, web_auth_problem
from orchestrator.domain import Origin, Run, RunStatus
from orchestrator.errors import CopydeskError
from orchestrator.history import MAX_PAGE, RunFilter
from orchestrator.inbox import waiting_json, waiting_text
from orchestrator.models.prices import unpriced
from orchestrator.visibility import EVERYTHING
from storage import db

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WAITING = 0, 1, 2, 3


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"copydesk: the settings are not valid:\n{error}", file=sys.stderr)
        return EXIT_USAGE
    quiet = args.command in (
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
    ) or (args.command == "serve" and not settings.has_slack)
    logs.configure(settings.log_format, "WARNING" if quiet else settings.log_level)
    try:
        code: int = asyncio.run(args.handler(settings, args))
        return code
    except KeyboardInterrupt:
        return 130
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
    serve.set_defaults(handler=cmd_serve)

    sub.add_parser("chat", help="the local console: the bot in the terminal").set_defaults(
        handler=cmd_chat
    )

    run = sub.add_parser(
        "run", help="run links now; exit 0 finished, 3 waiting at a gate, 1 failed"
    )
    run.add_argument("urls", nargs="+", metavar="URL")
    run.set_defaults(handler=cmd_run)

    worker = sub.add_parser("worker", help="run queued and resumable runs (no Slack listener)")
    worker.add_argument("--host", default="127.0.0.1", help="address for --port (127.0.0.1)")
    worker.add_argument(
        "--port", type=int, help="also serve /healthz and /metrics here, for liveness probes"
    )
    worker.set_defaults(handler=cmd_worker)

    runs = sub.add_parser("runs", help="recent runs, newest first, filtered and paged")
    runs.add_argument("--status", choices=[s.value for s in RunStatus])
    runs.add_argument("--domain", help="runs on this site, e.g. example.com")
    runs.add_argument("--url", help="runs for exactly this link")
    runs.add_argument("--user", help="runs asked for by this user (a Slack id, local:…)")
    runs.add_argument("--since", type=_age, metavar="AGE", help="created in the last AGE, e.g. 7d")
    runs.add_argument("--before", type=int, metavar="N", help="runs older than run N (next page)")
    runs.add_argument("--limit", type=int, default=20, help=f"at most {MAX_PAGE} (default 20)")
    runs.add_argument("--json", action="store_true", help="a JSON array for scripts")
    runs.set_defaults(handler=cmd_runs)

    waiting = sub.add_parser("waiting", help="runs waiting at a gate, the longest-waiting first")
    waiting.add_argument("--json", action="store_true", help="a JSON array for scripts")
    waiting.set_defaults(handler=cmd_waiting)

    show = sub.add_parser("show", help="what happened on run N")
    show.add_argument("run_id", type=int, metavar="N")
    show.add_argument("--json", action="store_true", help="a JSON object for scripts")
    show.set_defaults(handler=cmd_show)

    ask = sub.add_parser("ask", help='ask about runs, e.g. "what happened on run 42"')
    ask.add_argument("question", nargs="+")
    ask.set_defaults(handler=cmd_ask)

    approve = sub.add_parser("approve", help="approve run N's waiting gate (as the local user)")
    approve.add_argument("run_id", type=int, metavar="N")
    approve.add_argument("--reason", help="why, kept with the decision")
    approve.set_defaults(handler=cmd_decide, approve=True)

    reject = sub.add_parser("reject", help="reject run N's waiting gate (as the local user)")
    reject.add_argument("run_id", type=int, metavar="N")
    reject.add_argument("--reason", help="why, kept with the decision")
    reject.set_defaults(handler=cmd_decide, approve=False)

    cancel = sub.add_parser("cancel", help="stop a queued, running or waiting run")
    cancel.add_argument("run_id", type=int, metavar="N")
    cancel.set_defaults(handler=cmd_cancel)

    read = sub.add_parser("read", help="what copydesk reads from a page")
    read.add_argument("url", metavar="URL")
    read.add_argument("--json", action="store_true")
    read.set_defaults(handler=cmd_read)

    web_cmd = sub.add_parser("web", help="serve the run pages (/runs, /runs/N) on their own")
    web_cmd.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    web_cmd.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    web_cmd.set_defaults(handler=cmd_web)

    prune = sub.add_parser("prune", help="delete old history (finished runs and their traces)")
    prune.add_argument(
        "--older-than", required=True, type=_age, metavar="AGE", help="e.g. 90d, 12w, 24h"
    )
    prune.set_defaults(handler=cmd_prune)

    rerun_cli.add_commands(sub, age=_age, rerun=cmd_rerun, diff=rerun_cli.cmd_diff)

    database = sub.add_parser("db", help="database maintenance")
    db_sub = database.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="alembic upgrade to head").set_defaults(
        handler=cmd_db_upgrade
    )
    return parser


# -- commands ------------------------------------------------------------------------------


async def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    if not settings.has_slack:
        print(
            "No Slack credentials (SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET); "
            "starting the local console instead.",
            flush=True,
        )
        return await cmd_chat(settings, args)
    from bot.slack.server import serve_slack

    async with build_app(settings, transports=["slack"]) as app:
        print(model_announcement(app.model), flush=True)
        return await serve_slack(app, http=args.http, host=args.host, port=args.port)


async def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    async with build_app(settings, transports=["console"]) as app:
        return await chat(app)


async def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    async with build_app(settings, transports=["cli"]) as app:
        print(model_announcement(app.model), flush=True)
        created = await app.store.create_runs(args.urls, Origin("cli", user=LOCAL_USER))
        assert created is not None
        runs = await app.worker.execute_runs([run.id for run in created])
        return run_exit_code(runs)


def run_exit_code(runs: Sequence[Run]) -> int:
    if any(
        run.status in (RunStatus.FAILED, RunStatus.REJECTED, RunStatus.CANCELLED) for run in runs
    ):
        return EXIT_FAILED
    if any(not run.status.is_final for run in runs):
        return EXIT_WAITING
    return EXIT_OK


async def cmd_worker(settings: Settings, args: argparse.Namespace) -> int:
    transports = ["slack"] if settings.slack_bot_token or settings.oauth else ["cli", "console"]
    async with build_app(settings, transports=transports) as app:
        print(f"worker {app.worker.name} taking {', '.join(transports)} runs", flush=True)
        runner: web.AppRunner | None = None
        if args.port is not None:
            # A scaled-out worker has no Slack listener, but its orchestrator still wants to
            # know it is alive.
            runner = web.AppRunner(
                build_ops_app(app, pages_too=False, worker=True), access_log=None
            )
            await runner.setup()
            await web.TCPSite(runner, args.host, args.port).start()
            host, port = runner.addresses[0][:2]
            print(f"health at http://{host}:{port}/healthz, metrics at /metrics", flush=True)
        try:
            await run_until_signalled(app)
        finally:
            if runner is not None:
                await runner.cleanup()
    return EXIT_OK


async def run_until_signalled(app: App) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    task = asyncio.create_task(app.worker.run_forever())
    await stop.wait()
    await app.worker.stop(app.settings.shutdown_grace.total_seconds())
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def _age(text: str) -> timedelta:
    try:
        return parse_duration(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


async def cmd_runs(settings: Settings, args: argparse.Namespace) -> int:
    where = RunFilter(
        status=RunStatus(args.status) if args.status else None,
        domain=args.domain,
        url=args.url,
        user=args.user,
        since=datetime.now(UTC) - args.since if args.since else None,
    )
    async with build_app(settings, transports=[]) as app:
        page = await app.history.list_runs(where, limit=args.limit, before_id=args.before)
    if args.json:
        print(json.dumps([run_summary_json(r) for r in page.runs], indent=2))
        return EXIT_OK
    if not page.runs and where != RunFilter():
        print(f"No {where.describe()}.")
    else:
        print(render.runs_text(page.runs))
    if page.next_before is not None:
        print(f"More: copydesk runs --before {page.next_before} (with the same filters)")
    return EXIT_OK


async def cmd_waiting(settings: Settings, args: argparse.Namespace) -> int:
    async with build_app(settings, transports=[]) as app:
        items = await app.desk.inbox_reader.waiting(EVERYTHING)
    if args.json:
        print(json.dumps([waiting_json(i) for i in items], indent=2))
    else:
        print(waiting_text(items))
    return EXIT_OK


async def cmd_web(settings: Settings, args: argparse.Namespace) -> int:
    async with build_app(settings, transports=[]) as app:
        problem = web_auth_problem(app)
        if problem is not None:
            print(problem, file=sys.stderr)
            return EXIT_USAGE
        auth = web_auth(app)
        host = args.host
        if auth.mode == "off" and not is_loopback(host):
            print(
                f"No sign-in is configured (COPYDESK_WEB_AUTH), so the run pages listen on "
                f"127.0.0.1 only, not {host}.",
                flush=True,
            )
            host = "127.0.0.1"
        runner = web.AppRunner(build_pages_app(app, auth), access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, host, args.port).start()
            host, port = runner.addresses[0][:2] if runner.addresses else (host, args.port)
            signed = {"slack": "Sign in with Slack", "proxy": "the auth proxy's header"}
            who = signed.get(auth.mode, "loopback only: no sign-in is configured")
            print(f"Run pages at http://{host}:{port}/runs ({who})", flush=True)
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                with contextlib.suppress(NotImplementedError):
                    loop.add_signal_handler(sig, stop.set)
            await stop.wait()
        finally:
            await runner.cleanup()
    return EXIT_OK


async def cmd_prune(settings: Settings, args: argparse.Namespace) -> int:
    older_than = datetime.now(UTC) - args.older_than
    async with build_app(settings, transports=[]) as app:
        pruned = await app.history.prune(older_than)
    print(
        f"Pruned {pruned.runs:,} runs created before {render.when(older_than)} "
        f"({pruned.steps:,} steps, {pruned.gates:,} gates, {pruned.claims:,} claims, "
        f"{pruned.seen_keys:,} delivery keys)."
    )
    return EXIT_OK


async def cmd_show(settings: Settings, args: argparse.Namespace) -> int:
    async with build_app(settings, transports=[]) as app:
        run = await app.store.get_run(args.run_id)
        if run is None:
            pruned = await app.history.pruned(args.run_id)
            if pruned is not None:
                print(
                    f"copydesk has no run #{args.run_id}: it was pruned on "
                    f"{pruned.pruned_at:%Y-%m-%d} with the history before "
                    f"{pruned.older_than:%Y-%m-%d}.",
                    file=sys.stderr,
                )
            else:
                print(f"copydesk has no run #{args.run_id}.", file=sys.stderr)
            return EXIT_FAILED
        assert app.reruns is not None
        reruns = await app.reruns.reruns_of(run.id)
        if args.json:
            print(json.dumps(run_json(run, reruns, settings.trace_url_template), indent=2))
        else:
            lines = [render.trace_text(run), *render.family_lines(run, reruns)]
            print(render.plain("\n".join(lines)))
            if run.trace_id:
                link = trace_url(settings.trace_url_template, run.trace_id)
                print(f"Trace: {run.trace_id}" + (f" {link}" if link else ""))
    return EXIT_OK


async def cmd_ask(settings: Settings, args: argparse.Namespace) -> int:
    async with build_app(settings, transports=[]) as app:
        question = questions.parse(" ".join(args.question))
        answer = await questions.answer(
            question, app.desk.sources, viewer=Viewer("cli", LOCAL_USER)
        )
        print(render.plain(answer.text))
    return EXIT_OK


def local_user() -> str:
    try:
        return f"local:{getpass.getuser()}"
    except (KeyError, OSError):
        return LOCAL_USER


async def cmd_decide(settings: Settings, args: argparse.Namespace) -> int:
    async with build_app(settings, transports=["cli"]) as app:
        outcome = await app.gatekeeper.decide_run(
            args.run_id, approve=args.approve, by=local_user(), note=args.reason
        )
        print(render.plain(outcome.message), file=sys.stdout if outcome.ok else sys.stderr)
        if not outcome.ok:
            return EXIT_FAILED
        run = await app.store.get_run(args.run_id)
        if run is None or run.origin.transport != "cli":
            # Slack and console runs carry on in the process that serves them.
            return EXIT_OK
        # A run started with `copydesk run` has no one else to finish it: carry on here.
        return run_exit_code(await app.worker.execute_runs([args.run_id]))


async def cmd_rerun(settings: Settings, args: argparse.Namespace) -> int:
    return await rerun_cli.cmd_rerun(settings, args, user=local_user(), exit_code=run_exit_code)


async def cmd_cancel(settings: Settings, args: argparse.Namespace) -> int:
    async with build_app(settings, transports=[]) as app:
        outcome = await app.desk.cancel(args.run_id, by=local_user())
    print(render.plain(outcome.message), file=sys.stdout if outcome.ok else sys.stderr)
    return EXIT_OK if outcome.ok else EXIT_FAILED


async def cmd_read(settings: Settings, args: argparse.Namespace) -> int:
    async with build_app(settings, transports=[], upgrade=False) as app:
        article = await app.reader.read(args.url)
    if args.json:
        print(json.dumps(article.to_json(), indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"Title:  {article.title or '(none found)'}")
    print(f"Byline: {article.byline or '(none found)'}")
    print(f"Date:   {article.date or '(none found)'}")
    print(f"Site:   {article.site or '(none found)'}")
    print(f"URL:    {article.url}")
    print(f"Canonical: {article.canonical_url or '(none declared)'}")
    print(f"Language:  {article.language or '(none declared)'}")
    print(f"Links:  {len(article.links)} in the body · extracted by {article.extractor}")
    print()
    print(article.text)
    return EXIT_OK


async def cmd_db_upgrade(settings: Settings, args: argparse.Namespace) -> int:
    await db.upgrade(settings.database_url)
    print(f"Database is at the latest revision: {settings.database_url}")
    return EXIT_OK


# -- JSON shapes (the contract: scripts rely on these keys) ---------------------------------


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def run_summary_json(run: Run) -> dict[str, Any]:
    return {
        "id": run.id,
        "url": run.url,
        "status": run.status.value,
        "created_at": _iso(run.created_at),
        "finished_at": _iso(run.finished_at),
        "error": run.error,
        "input_tokens": run.usage.input_tokens,
        "output_tokens": run.usage.output_tokens,
        "cost_usd": round(run.usage.cost_usd, 6),
        "parent_id": run.lineage.parent_id if run.lineage else None,
        "evaluation": bool(run.lineage and run.lineage.evaluation),
    }


def run_json(
    run: Run, reruns: Sequence[Run] = (), trace_url_template: str | None = None
) -> dict[str, Any]:
    data = run_summary_json(run)
    lineage = run.lineage
    data.update(
        {
            "parent": None
            if lineage is None
            else {
                "id": lineage.parent_id,
                "from_step": lineage.from_step,
                "model": lineage.model,
                "refetch": lineage.refetch,
                "evaluation": lineage.evaluation,
            },
            "reruns": [
                {
                    "id": r.id,
                    "status": r.status.value,
                    "from_step": r.lineage.from_step if r.lineage else None,
                    "evaluation": bool(r.lineage and r.lineage.evaluation),
                    "created_at": _iso(r.created_at),
                }
                for r in reruns
            ],
            "started_at": _iso(run.started_at),
            "origin": {
                "transport": run.origin.transport,
                "channel": run.origin.channel,
                "thread_ts": run.origin.thread_ts,
                "user": run.origin.user,
            },
            "cache_read_tokens": run.usage.cache_read_tokens,
            "cache_write_tokens": run.usage.cache_write_tokens,
            # Models without a list price: cost_usd leaves their calls out.
            "unpriced_models": unpriced(s.model for s in run.steps if s.usage.total_tokens),
            "steps": [
                {
                    "name": s.name,
                    "attempt": s.attempt,
                    "status": s.status.value,
                    "started_at": _iso(s.started_at),
                    "finished_at": _iso(s.finished_at),
                    "seconds": s.seconds,
                    "input_tokens": s.usage.input_tokens,
                    "output_tokens": s.usage.output_tokens,
                    "cache_read_tokens": s.usage.cache_read_tokens,
                    "cache_write_tokens": s.usage.cache_write_tokens,
                    "cost_usd": round(s.usage.cost_usd, 6),
                    "model": s.model,
                    "error": s.error,
                    "copied_from": s.copied_from,
                    "output": s.output,
                }
                for s in sorted(run.steps, key=lambda s: s.started_at)
            ],
            "gates": [
                {
                    "name": g.name,
                    "attempt": g.attempt,
                    "decision": g.decision.value,
                    "decided_by": g.decided_by,
                    "decided_at": _iso(g.decided_at),
                    "reason": g.reason,
                    "evidence": g.evidence,
                }
                for g in run.gates
            ],
            "claims": [c.to_json() for c in run.claims],
            "result": run.result,
            "trace_id": run.trace_id,
            "trace_url": trace_url(trace_url_template, run.trace_id),
            "result_posted": run.result_posted,
            "crashes": run.crashes,
            "delivery_failure": None
            if run.delivery_failure is None
            else {
                "what": run.delivery_failure.what,
                "why": run.delivery_failure.why,
                "at": _iso(run.delivery_failure.at),
            },
        }
    )
    return data


if __name__ == "__main__":
    raise SystemExit(main())
