"""The HTTP side: Slack's Events API endpoint, health, and the run pages."""

from __future__ import annotations

import html
import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from sqlalchemy import text

from bot import render
from bot.bootstrap import App

log = logging.getLogger(__name__)

APP_KEY = web.AppKey("copydesk", App)


def build_web_app(app: App, bolt: AsyncApp | None = None) -> web.Application:
    web_app = web.Application()
    web_app[APP_KEY] = app
    if bolt is not None:

        async def slack_events(request: web.Request) -> web.Response:
            return await to_aiohttp_response(
                await bolt.async_dispatch(await to_bolt_request(request))
            )

        web_app.router.add_post("/slack/events", slack_events)
    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/runs", runs_page)
    web_app.router.add_get("/runs/{run_id:\\d+}", run_page)
    return web_app


async def healthz(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    try:
        async with app.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:
        log.warning("health check: database unreachable: %s", error)
        return web.json_response({"ok": False, "database": "unreachable"}, status=503)
    return web.json_response({"ok": True, "database": "ok"})


def _page(title: str, body: str) -> web.Response:
    return web.Response(
        text=(
            "<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title>"
            "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
            "padding:0 1rem}pre{white-space:pre-wrap}</style></head>"
            f"<body><h1>{html.escape(title)}</h1>{body}</body></html>"
        ),
        content_type="text/html",
    )


async def runs_page(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    runs = await app.store.list_runs(limit=50)
    items = "".join(
        f"<li><a href='/runs/{r.id}'>#{r.id}</a> {html.escape(render.STATUS_WORD[r.status])} "
        f"{html.escape(r.url)}</li>"
        for r in runs
    )
    return _page("copydesk runs", f"<ul>{items}</ul>")


async def run_page(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    run_id = int(request.match_info["run_id"])
    run = await app.store.get_run(run_id)
    if run is None:
        raise web.HTTPNotFound(text=f"copydesk has no run #{run_id}.")
    return _page(
        f"Run #{run.id}", f"<pre>{html.escape(render.plain(render.trace_text(run)))}</pre>"
    )
