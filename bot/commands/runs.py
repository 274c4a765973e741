"""The commands about runs: start them, list and show them, ask, decide, cancel, prune."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from bot import question_parse, questions, render, rerun_cli
from bot.commands import EXIT_FAILED, EXIT_OK, Cli, local_user, run_exit_code
from bot.commands.shapes import run_json, run_summary_json
from bot.console import LOCAL_USER
from bot.render import model_announcement
from bot.telemetry import trace_url
from bot.visibility import Viewer
from orchestrator.domain import Origin, RunStatus
from orchestrator.history import RunFilter
from orchestrator.inbox import waiting_json, waiting_text
from orchestrator.visibility import EVERYTHING
from storage import db


async def cmd_run(cli: Cli, args: argparse.Namespace) -> int:
    async with cli.app(transports=["cli"]) as app:
        print(model_announcement(app.model), flush=True)
        created = await app.desk.start(args.urls, Origin("cli", user=LOCAL_USER))
        runs = await app.worker.execute_runs([run.id for run in created])
        return run_exit_code(runs)


async def cmd_runs(cli: Cli, args: argparse.Namespace) -> int:
    where = RunFilter(
        status=RunStatus(args.status) if args.status else None,
        domain=args.domain,
        url=args.url,
        user=args.user,
        since=datetime.now(UTC) - args.since if args.since else None,
    )
    async with cli.app(transports=[]) as app:
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


async def cmd_waiting(cli: Cli, args: argparse.Namespace) -> int:
    async with cli.app(transports=[]) as app:
        items = await app.desk.inbox_reader.waiting(EVERYTHING)
    if args.json:
        print(json.dumps([waiting_json(i) for i in items], indent=2))
    else:
        print(waiting_text(items))
    return EXIT_OK


async def cmd_prune(cli: Cli, args: argparse.Namespace) -> int:
    older_than = datetime.now(UTC) - args.older_than
    async with cli.app(transports=[]) as app:
        pruned = await app.history.prune(older_than)
    print(
        f"Pruned {pruned.runs:,} runs created before {render.when(older_than)} "
        f"({pruned.steps:,} steps, {pruned.gates:,} gates, {pruned.claims:,} claims, "
        f"{pruned.seen_keys:,} delivery keys)."
    )
    return EXIT_OK


async def cmd_show(cli: Cli, args: argparse.Namespace) -> int:
    settings = cli.settings
    async with cli.app(transports=[]) as app:
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


async def cmd_ask(cli: Cli, args: argparse.Namespace) -> int:
    async with cli.app(transports=[]) as app:
        question = question_parse.parse(" ".join(args.question))
        answer = await questions.answer(
            question, app.desk.sources, viewer=Viewer("cli", LOCAL_USER)
        )
        print(render.plain(answer.text))
    return EXIT_OK


async def cmd_decide(cli: Cli, args: argparse.Namespace) -> int:
    async with cli.app(transports=["cli"]) as app:
        outcome = await app.desk.decide(
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


async def cmd_cancel(cli: Cli, args: argparse.Namespace) -> int:
    async with cli.app(transports=[]) as app:
        outcome = await app.desk.cancel(args.run_id, by=local_user())
    print(render.plain(outcome.message), file=sys.stdout if outcome.ok else sys.stderr)
    return EXIT_OK if outcome.ok else EXIT_FAILED


async def cmd_rerun(cli: Cli, args: argparse.Namespace) -> int:
    return await rerun_cli.cmd_rerun(cli, args, user=local_user(), exit_code=run_exit_code)


async def cmd_read(cli: Cli, args: argparse.Namespace) -> int:
    async with cli.app(transports=[], upgrade=False) as app:
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


async def cmd_db_upgrade(cli: Cli, args: argparse.Namespace) -> int:
    await db.upgrade(cli.settings.database_url)
    print(f"Database is at the latest revision: {cli.settings.database_url}")
    return EXIT_OK
