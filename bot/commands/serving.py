"""The long-running commands: the Slack bot, the console, a worker, the run pages."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys

from aiohttp import web

from bot.bootstrap import App
from bot.commands import EXIT_OK, EXIT_USAGE, Cli
from bot.console import chat
from bot.render import model_announcement
from bot.web import build_ops_app, build_pages_app, is_loopback, web_auth, web_auth_problem


async def cmd_serve(cli: Cli, args: argparse.Namespace) -> int:
    if not cli.settings.has_slack:
        print(
            "No Slack credentials (SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET); "
            "starting the local console instead.",
            flush=True,
        )
        return await cmd_chat(cli, args)
    from bot.slack.server import serve_slack

    async with cli.app(transports=["slack"]) as app:
        print(model_announcement(app.model), flush=True)
        return await serve_slack(app, http=args.http, host=args.host, port=args.port)


async def cmd_chat(cli: Cli, args: argparse.Namespace) -> int:
    async with cli.app(transports=["console"]) as app:
        return await chat(app)


async def cmd_worker(cli: Cli, args: argparse.Namespace) -> int:
    settings = cli.settings
    transports = ["slack"] if settings.slack_bot_token or settings.oauth else ["cli", "console"]
    async with cli.app(transports=transports) as app:
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


async def cmd_web(cli: Cli, args: argparse.Namespace) -> int:
    async with cli.app(transports=[]) as app:
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
