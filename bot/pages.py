"""The run pages: `/runs` and `/runs/{id}`, server-rendered, no build step."""

from __future__ import annotations

import html

from aiohttp import web

from bot import render
from bot.bootstrap import App

APP_KEY = web.AppKey("copydesk", App)


def page(title: str, body: str) -> web.Response:
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
    return page("copydesk runs", f"<ul>{items}</ul>")


async def run_page(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    run_id = int(request.match_info["run_id"])
    run = await app.store.get_run(run_id)
    if run is None:
        raise web.HTTPNotFound(text=f"copydesk has no run #{run_id}.")
    return page(f"Run #{run.id}", f"<pre>{html.escape(render.plain(render.trace_text(run)))}</pre>")


def add_routes(web_app: web.Application) -> None:
    web_app.router.add_get("/runs", runs_page)
    web_app.router.add_get("/runs/{run_id:\\d+}", run_page)
