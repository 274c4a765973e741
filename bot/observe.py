"""For load balancers, orchestrators and Prometheus: `/healthz` and `/metrics`.

`/healthz` answers 200 while this process can do its job: the database answers, its worker
is taking runs (when it has one), and its Socket Mode connection is up (when it holds one).
A Slack Web API outage is reported but does not fail the check: runs carry on and their
messages wait in the outbox, and restarting the process would not bring Slack back.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from sqlalchemy import text

from bot.metrics import CONTENT_TYPE
from bot.web_sources import PROBE_KEY, Probe

log = logging.getLogger(__name__)

# How long Slack writes may fail in a row before /healthz calls the Web API unreachable.
WEB_API_DEGRADED_AFTER = 30.0


async def health(probe: Probe, *, worker: bool) -> tuple[bool, dict[str, Any]]:
    """(healthy, details) for this process; `worker`: it runs one, so its liveness counts."""
    report: dict[str, Any] = {}
    healthy = True
    try:
        async with probe.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        report["database"] = "ok"
    except Exception as error:
        log.warning("health check: database unreachable: %s", error, extra={"action": "health"})
        report["database"] = "unreachable"
        healthy = False
    if worker:
        report["worker"] = "ok" if probe.worker.alive else "stopped"
        healthy = healthy and probe.worker.alive
        report["runs_in_flight"] = probe.worker.in_flight
    socket = probe.slack_socket()
    if socket is not None:
        connected = await socket()
        report["slack_socket"] = "ok" if connected else "disconnected"
        healthy = healthy and connected
    if probe.slack_web_api:
        failing = probe.outbox.failing_for
        report["slack_web_api"] = "ok" if failing < WEB_API_DEGRADED_AFTER else "unreachable"
        report["slack_outbox_pending"] = probe.outbox.pending
    return healthy, {"ok": healthy, **report}


WORKER_KEY = web.AppKey("copydesk_observe_worker", bool)


async def healthz(request: web.Request) -> web.Response:
    probe = request.app[PROBE_KEY]
    healthy, report = await health(probe, worker=request.app.get(WORKER_KEY, False))
    return web.json_response(report, status=200 if healthy else 503)


async def metrics(request: web.Request) -> web.Response:
    probe = request.app[PROBE_KEY]
    try:
        await probe.metrics.refresh(probe.engine)
    except Exception as error:
        # The process's own counters are still worth scraping without the queue figures.
        log.warning("metrics: could not read the queue: %s", error, extra={"action": "metrics"})
    response = web.Response(body=probe.metrics.exposition())
    response.content_type = CONTENT_TYPE.split(";")[0]
    response.headers["Content-Type"] = CONTENT_TYPE
    return response


def add_routes(web_app: web.Application, *, worker: bool = False, token: str | None = None) -> None:
    """`worker`: this process runs a worker, and /healthz should say whether it is alive.
    `token`: only requests with `Authorization: Bearer <token>` are answered (the public
    listener, when COPYDESK_OPS_TOKEN is set)."""
    web_app[WORKER_KEY] = worker
    if token is None:
        web_app.router.add_get("/healthz", healthz)
        web_app.router.add_get("/metrics", metrics)
        return

    def guarded(handler: Handler) -> Handler:
        async def checked(request: web.Request) -> web.Response:
            scheme, _, given = request.headers.get("Authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
                raise web.HTTPUnauthorized(
                    text="This needs Authorization: Bearer <COPYDESK_OPS_TOKEN>.",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            return await handler(request)

        return checked

    web_app.router.add_get("/healthz", guarded(healthz))
    web_app.router.add_get("/metrics", guarded(metrics))


Handler = Callable[[web.Request], Awaitable[web.Response]]
