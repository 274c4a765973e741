"""The HTTP side, assembled: Slack's Events API endpoint, health, and the run pages."""

from __future__ import annotations

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp

from bot import diff_page, observe, pages
from bot.bootstrap import App
from bot.pages import APP_KEY
from bot.slack import oauth


def build_web_app(
    app: App, bolt: AsyncApp | None = None, *, worker: bool = False
) -> web.Application:
    """`worker`: this process runs a worker, which /healthz then vouches for."""
    web_app = web.Application()
    web_app[APP_KEY] = app
    if bolt is not None:

        async def slack_events(request: web.Request) -> web.Response:
            # Only translation: bolt verifies, acks and dispatches.
            return await to_aiohttp_response(
                await bolt.async_dispatch(await to_bolt_request(request))
            )

        web_app.router.add_post("/slack/events", slack_events)
        oauth.add_routes(web_app, bolt)
    observe.add_routes(web_app, worker=worker)
    pages.add_routes(web_app)
    diff_page.add_routes(web_app)
    return web_app
