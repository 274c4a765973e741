"""`copydesk serve`: the Slack listener (Socket Mode or HTTP) with its in-process worker.

Both modes serve `/healthz`, `/metrics` and the run pages over HTTP (in HTTP mode beside
`/slack/events`). On SIGTERM or SIGINT the process stops listening, lets the steps in flight
finish for up to COPYDESK_SHUTDOWN_GRACE, hands unfinished runs back to the queue, gives
queued Slack writes what is left of the grace, and exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from bot.bootstrap import App
from bot.slack.adapter import build_bolt_app
from bot.slack.watchdog import SocketWatchdog
from bot.web import build_web_app

log = logging.getLogger(__name__)


async def serve_slack(app: App, *, http: bool, host: str, port: int) -> int:
    assert app.slack is not None or app.settings.oauth
    settings = app.settings
    if http and not settings.slack_signing_secret:
        print("copydesk serve --http needs SLACK_SIGNING_SECRET to verify Slack's requests.")
        return 2
    if not http and not settings.slack_app_token:
        print("Socket Mode needs SLACK_APP_TOKEN (xapp-…); or use `copydesk serve --http`.")
        return 2
    bolt = build_bolt_app(
        app.slack,
        app.desk,
        signing_secret=settings.slack_signing_secret if http else None,
        oauth=app.oauth if http else None,
        background=app.background,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)

    worker = asyncio.create_task(app.worker.run_forever())
    runner = web.AppRunner(build_web_app(app, bolt if http else None, worker=True), access_log=None)
    site: web.TCPSite | None = None
    socket: AsyncSocketModeHandler | None = None
    watchdog: SocketWatchdog | None = None
    try:
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound = runner.addresses[0] if runner.addresses else (host, port)
        base = f"http://{bound[0]}:{bound[1]}"
        if http:
            print(
                f"Listening for Slack at {base}/slack/events "
                f"(health {base}/healthz, metrics {base}/metrics, runs {base}/runs)",
                flush=True,
            )
            if settings.oauth:
                print(f"Install copydesk in a workspace at {base}/slack/install", flush=True)
        else:
            assert settings.slack_app_token is not None
            silence = settings.socket_silence.total_seconds()
            # The SDK's own ping checks stay as a backstop, slower than the watchdog's.
            socket = AsyncSocketModeHandler(
                bolt, settings.slack_app_token, ping_interval=max(10.0, 2 * silence)
            )
            await socket.connect_async()  # type: ignore[no-untyped-call]
            watchdog = SocketWatchdog(
                socket.client, silence=silence, on_reconnect=app.metrics.socket_reconnects.inc
            )
            watchdog.start()
            app.slack_connected = watchdog.connected
            print("Connected to Slack over Socket Mode.", flush=True)
            print(
                f"Health at {base}/healthz, metrics at {base}/metrics, runs at {base}/runs",
                flush=True,
            )
        await stop.wait()
        log.info("stopping", extra={"action": "shutdown"})
    finally:
        began = time.monotonic()
        grace = settings.shutdown_grace.total_seconds()
        # No new work: stop hearing Slack before the worker winds down.
        if watchdog is not None:
            await watchdog.stop()
        if socket is not None:
            await socket.close_async()  # type: ignore[no-untyped-call]
        if http and site is not None:
            await site.stop()
        await app.worker.stop(grace)
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker
        await app.outbox.drain(max(0.0, grace - (time.monotonic() - began)))
        await runner.cleanup()
        log.info("stopped", extra={"action": "shutdown_done"})
    return 0
