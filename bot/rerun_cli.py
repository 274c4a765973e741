"""`copydesk rerun` and `copydesk diff`: re-run a run from a step, evaluate a model on past
runs, and say what changed between two runs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from bot import render
from bot.bootstrap import App
from bot.commands import Cli, Handler
from bot.diff_render import diff_text, usage_line
from orchestrator.compare import Change, RunDiff, compare, gate_word
from orchestrator.domain import Origin
from orchestrator.evaluate import Evaluated, Evaluator, Planned, totals
from orchestrator.replay import PHASES, RerunRequest, normalise_step
from orchestrator.usage import Usage

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_commands(sub: Any, *, age: Callable[[str], Any], rerun: Handler, diff: Handler) -> None:
    """The subcommands, on the CLI's parser (`age` parses "7d")."""
    cmd = sub.add_parser(
        "rerun",
        help="a new run from run N's step on (earlier steps copied), or --since: re-run "
        "past runs to compare a model or setting",
    )
    cmd.add_argument("run_id", type=int, nargs="?", metavar="N")
    cmd.add_argument(
        "--from",
        dest="from_step",
        default="summarise",
        metavar="STEP",
        help=f"the first step to run afresh: {', '.join(PHASES)} (default summarise)",
    )
    cmd.add_argument("--model", help="the model for the re-run (a Claude model id, or offline)")
    cmd.add_argument("--refetch", action="store_true", help="read the article again")
    cmd.add_argument("--since", type=age, metavar="AGE", help="re-run the runs of the last AGE")
    cmd.add_argument("--limit", type=int, default=20, help="with --since: at most K runs (20)")
    cmd.add_argument("--dry-run", action="store_true", help="with --since: the plan, no runs")
    cmd.add_argument("--yes", action="store_true", help="with --since: do not ask first")
    cmd.set_defaults(handler=rerun)

    compared = sub.add_parser("diff", help="what changed between runs N and M")
    compared.add_argument("run_id", type=int, metavar="N")
    compared.add_argument("other_id", type=int, metavar="M")
    compared.add_argument("--json", action="store_true", help="a JSON object for scripts")
    compared.set_defaults(handler=diff)


async def cmd_rerun(
    cli: Cli,
    args: argparse.Namespace,
    *,
    user: str,
    exit_code: Callable[[list[Any]], int],
    ask: Callable[[str], str] = input,
) -> int:
    step = normalise_step(args.from_step)
    if step is None:
        print(
            f"copydesk: there is no {args.from_step} step; use one of {', '.join(PHASES)}.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.since is not None:
        return await _evaluate(cli, args, step, user=user, ask=ask)
    if args.run_id is None:
        print("copydesk: say which run: `copydesk rerun N`, or --since AGE.", file=sys.stderr)
        return EXIT_USAGE
    async with cli.app(transports=["cli"]) as app:
        assert app.rerunner is not None
        request = RerunRequest(args.run_id, step, model=args.model, refetch=args.refetch)
        outcome = await app.rerunner.rerun(request, Origin("cli", user=user))
        print(render.plain(outcome.message), file=sys.stdout if outcome.ok else sys.stderr)
        if outcome.run is None:
            return EXIT_FAILED
        runs = await app.worker.execute_runs([outcome.run.id])
        parent = await app.store.get_run(args.run_id)
        rerun = await app.store.get_run(outcome.run.id)
        if parent is not None and rerun is not None:
            diff = compare(parent, rerun)
            print(render.plain(f"{_counts(diff)}. See `copydesk diff {parent.id} {rerun.id}`."))
        return exit_code(runs)


async def cmd_diff(cli: Cli, args: argparse.Namespace) -> int:
    async with cli.app(transports=[]) as app:
        before = await app.store.get_run(args.run_id)
        after = await app.store.get_run(args.other_id)
    for run_id, run in ((args.run_id, before), (args.other_id, after)):
        if run is None:
            print(f"copydesk has no run #{run_id}.", file=sys.stderr)
            return EXIT_FAILED
    assert before is not None and after is not None
    diff = compare(before, after)
    if args.json:
        print(json.dumps(diff.to_json(), indent=2, default=str))
    else:
        print(render.plain(diff_text(diff)))
    return EXIT_OK


def _counts(diff: RunDiff) -> str:
    return (
        f"Claims {diff.count(Change.ADDED)} added, {diff.count(Change.REMOVED)} removed, "
        f"{diff.count(Change.REWORDED)} reworded; {len(diff.verdict_changes)} verdicts and "
        f"{len(diff.gate_changes)} gates changed; {usage_line(diff)}"
    )


# -- evaluation ------------------------------------------------------------------------------


def evaluator(app: App) -> Evaluator:
    assert app.reruns is not None and app.rerunner is not None
    return Evaluator(
        app.store,
        app.reruns,
        app.rerunner,
        app.worker.execute_runs,
        default_model=app.model.name,
    )


async def _evaluate(
    cli: Cli, args: argparse.Namespace, step: str, *, user: str, ask: Callable[[str], str]
) -> int:
    since = datetime.now(UTC) - args.since
    async with cli.app(transports=["cli"]) as app:
        model = args.model or app.model.name
        planned = await evaluator(app).plan(
            since, from_step=step, model=args.model, refetch=args.refetch, limit=args.limit
        )
        usable = [p for p in planned if p.problem is None]
        print(plan_text(planned, step, model))
        if not usable or args.dry_run:
            return EXIT_OK
        spend = sum((p.estimate.rerun for p in usable), Usage())
        if spend.total_tokens and not args.yes:
            if not sys.stdin.isatty():
                print(
                    "copydesk: this spends tokens; pass --yes to go ahead without a prompt.",
                    file=sys.stderr,
                )
                return EXIT_USAGE
            if ask("Go ahead? [y/N] ").strip().lower() not in ("y", "yes"):
                print("Nothing was re-run.")
                return EXIT_OK
        results = await evaluator(app).run(
            usable, Origin("cli", user=user), batch=cli.settings.worker_concurrency
        )
    print(results_text(results))
    return EXIT_OK


def plan_text(planned: list[Planned], step: str, model: str) -> str:
    usable = [p for p in planned if p.problem is None]
    if not planned:
        return "No finished runs in that time to re-run."
    rerun = sum((p.estimate.rerun for p in usable), Usage())
    whole = sum((p.estimate.whole for p in usable), Usage())
    lines = [
        f"Re-running {len(usable)} of {len(planned)} runs from {step} with {model} "
        "(evaluation runs: compared here, never posted to Slack).",
        f"Estimate: about {rerun.total_tokens:,} tokens, ${rerun.cost_usd:.4f} "
        f"(whole runs would be about {whole.total_tokens:,} tokens, ${whole.cost_usd:.4f}), "
        "from what the same steps of these runs spent.",
    ]
    for item in planned:
        if item.problem is not None:
            lines.append(f"  #{item.parent.id} skipped: {item.problem}")
    return "\n".join(lines)


def results_text(results: list[Evaluated]) -> str:
    lines = []
    for result in results:
        parent = result.planned.parent
        if result.diff is None or result.rerun is None:
            lines.append(f"#{parent.id}: not compared — {result.problem}")
            continue
        diff = result.diff
        gates = "; ".join(
            f"{g.name} {gate_word(g.before)}→{gate_word(g.after)}" for g in diff.gate_changes
        )
        lines.append(
            f"#{parent.id} → #{result.rerun.id}: "
            f"{parent.status.value}→{result.rerun.status.value}; "
            f"claims +{diff.count(Change.ADDED)} −{diff.count(Change.REMOVED)} "
            f"~{diff.count(Change.REWORDED)}; {len(diff.verdict_changes)} verdicts changed; "
            f"gates {gates or 'the same'}; {usage_line(diff)}"
        )
    total = totals(results)
    saved = (
        f"{total.saved_tokens:,} tokens "
        f"({100 * total.saved_tokens / total.estimate_whole.total_tokens:.0f}%)"
        if total.estimate_whole.total_tokens
        else "nothing (these runs spent no tokens)"
    )
    lines += [
        f"Total: {total.runs} runs compared, {total.skipped} not; "
        f"{total.status_changed} ended differently, {total.gates_changed} gate decisions, "
        f"{total.verdicts_changed} verdicts and {total.claims_changed} claims changed.",
        f"Tokens: the parents spent {total.parents.total_tokens:,} "
        f"(${total.parents.cost_usd:.4f}); the re-runs spent {total.spent.total_tokens:,} "
        f"(${total.spent.cost_usd:.4f}) on the re-run steps only. Re-running whole runs would "
        f"have cost about {total.estimate_whole.total_tokens:,} tokens "
        f"(${total.estimate_whole.cost_usd:.4f}): saved {saved}.",
    ]
    return "\n".join(lines)
