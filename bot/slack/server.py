"""`copydesk serve`: the Slack listener (Socket Mode or HTTP) with its in-process worker.

Both modes serve `/healthz` and `/metrics` on the operations listener (loopback by default),
and the run pages behind sign-in on the public port, or unsigned on the loopback operations
listener when no sign-in is configured (bot/web.py). On SIGTERM or SIGINT the process stops
listening, lets the steps in flight finish for up to COPYDESK_SHUTDOWN_GRACE, hands
unfinished runs back to the queue, gives queued Slack writes what is left of the grace, and
exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from bot.bootstrap import App, build_slack_listener
from bot.slack.watchdog import SocketWatchdog
from bot.web import (
    build_ops_app,
    build_public_app,
    is_loopback,
    pages_notice,
    web_auth,
    web_auth_problem,
)

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
    problem = web_auth_problem(app)
    if problem is not None:
        print(problem)
        return 2
    auth = web_auth(app)
    bolt = build_slack_listener(app, http=http)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)

    worker = asyncio.create_task(app.worker.run_forever())
    # The public port only when something belongs there: Slack's events, signed-in pages,
    # or health behind a bearer token.
    public = http or auth.mode != "off" or bool(settings.ops_token)
    runner = web.AppRunner(
        build_public_app(app, bolt if http else None, auth, worker=True), access_log=None
    )
    pages_on_ops = auth.mode == "off" and is_loopback(settings.ops_host)
    ops = web.AppRunner(build_ops_app(app, pages_too=pages_on_ops, worker=True), access_log=None)
    site: web.TCPSite | None = None
    socket: AsyncSocketModeHandler | None = None
    watchdog: SocketWatchdog | None = None
    try:
        await ops.setup()
        try:
            await web.TCPSite(ops, settings.ops_host, settings.ops_port).start()
        except OSError as error:
            print(
                f"Cannot listen for operations on {settings.ops_host}:{settings.ops_port} "
                f"({error.strerror}); set COPYDESK_OPS_PORT to a free port.",
                flush=True,
            )
            stop.set()
        ops_bound = ops.addresses[0] if ops.addresses else (settings.ops_host, settings.ops_port)
        ops_base = f"http://{ops_bound[0]}:{ops_bound[1]}"
        await runner.setup()
        base = f"http://{host}:{port}"
        if public:
            site = web.TCPSite(runner, host, port)
            await site.start()
            bound = runner.addresses[0] if runner.addresses else (host, port)
            base = f"http://{bound[0]}:{bound[1]}"
        if http:
            print(f"Listening for Slack at {base}/slack/events", flush=True)
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
            f"Health at {ops_base}/healthz, metrics at {ops_base}/metrics "
            f"(the operations listener, COPYDESK_OPS_HOST/PORT)",
            flush=True,
        )
        if auth.mode != "off":
            print(f"Run pages at {base}/runs, behind sign-in.", flush=True)
        print(pages_notice(app, ops_base), flush=True)
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
        await ops.cleanup()
        log.info("stopped", extra={"action": "shutdown_done"})
    return 0
