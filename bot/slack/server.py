"""`copydesk serve`: the Slack listener (Socket Mode or HTTP) with its in-process worker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from bot.bootstrap import App
from bot.slack.adapter import build_bolt_app
from bot.web import build_web_app

log = logging.getLogger(__name__)


async def serve_slack(app: App, *, http: bool, host: str, port: int) -> int:
    assert app.slack is not None
    settings = app.settings
    if http and not settings.slack_signing_secret:
        print("copydesk serve --http needs SLACK_SIGNING_SECRET to verify Slack's requests.")
        return 2
    if not http and not settings.slack_app_token:
        print("Socket Mode needs SLACK_APP_TOKEN (xapp-…); or use `copydesk serve --http`.")
        return 2
    bolt = build_bolt_app(
        app.slack, app.desk, signing_secret=settings.slack_signing_secret if http else None
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)

    worker = asyncio.create_task(app.worker.run_forever())
    runner: web.AppRunner | None = None
    socket: AsyncSocketModeHandler | None = None
    try:
        if http:
            runner = web.AppRunner(build_web_app(app, bolt), access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, host, port)
            await site.start()
            bound = runner.addresses[0] if runner.addresses else (host, port)
            print(
                f"Listening for Slack at http://{bound[0]}:{bound[1]}/slack/events "
                f"(health /healthz, runs /runs)",
                flush=True,
            )
        else:
            socket = AsyncSocketModeHandler(bolt, settings.slack_app_token)
            await socket.connect_async()  # type: ignore[no-untyped-call]
            print("Connected to Slack over Socket Mode.", flush=True)
        await stop.wait()
        log.info("stopping", extra={"action": "shutdown"})
    finally:
        await app.worker.stop()
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker
        if socket is not None:
            await socket.close_async()  # type: ignore[no-untyped-call]
        if runner is not None:
            await runner.cleanup()
    return 0
