"""Health for load balancers and orchestrators: `/healthz`."""

from __future__ import annotations

import logging

from aiohttp import web
from sqlalchemy import text

from bot.pages import APP_KEY

log = logging.getLogger(__name__)


async def healthz(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    try:
        async with app.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:
        log.warning("health check: database unreachable: %s", error)
        return web.json_response({"ok": False, "database": "unreachable"}, status=503)
    return web.json_response({"ok": True, "database": "ok"})


def add_routes(web_app: web.Application) -> None:
    web_app.router.add_get("/healthz", healthz)
