"""The HTTP side, assembled as two listeners.

The public listener is what Slack (and browsers) reach: `/slack/events`, the OAuth install
routes when enabled, and the run pages only behind sign-in (Sign in with Slack, or an auth
proxy). The operations listener (COPYDESK_OPS_HOST:COPYDESK_OPS_PORT, loopback by default)
serves `/healthz` and `/metrics`, and the run pages unsigned when no sign-in is configured
and it is on loopback: whoever reaches it is on this machine, the operator.
"""

from __future__ import annotations

import ipaddress
import time

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError

from bot import diff_page, observe, pages
from bot.bootstrap import App
from bot.pages import AUTH_KEY
from bot.slack import oauth
from bot.web_sources import PAGES_KEY, PROBE_KEY, PageSources, Probe
from bot.webauth import WebAuth

# A workspace's installed-or-not answer, asked again after this long.
_INSTALLED_TTL = 300.0


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def web_auth_problem(app: App) -> str | None:
    """Why the configured sign-in cannot work, in a sentence; None when it can."""
    settings = app.settings
    if settings.web_auth == "slack":
        missing = [
            name
            for name, value in (
                ("SLACK_CLIENT_ID", settings.slack_client_id),
                ("SLACK_CLIENT_SECRET", settings.slack_client_secret),
                ("COPYDESK_PUBLIC_URL", settings.public_url),
            )
            if not value
        ]
        if missing:
            return "COPYDESK_WEB_AUTH=slack (Sign in with Slack) needs " + ", ".join(missing) + "."
    return None


def web_auth(app: App, mode: str | None = None) -> WebAuth:
    """The run pages' sign-in, admitting only workspaces copydesk is installed in."""
    settings = app.settings
    known: dict[str, tuple[float, bool]] = {}

    async def installed(team: str) -> bool:
        cached = known.get(team)
        if cached is not None and time.monotonic() - cached[0] < _INSTALLED_TTL:
            return cached[1]
        found = False
        if app.oauth is not None:
            bot = await app.oauth.installations.async_find_bot(enterprise_id=None, team_id=team)
            found = bot is not None
        if not found and app.slack is not None and settings.slack_bot_token:
            try:
                found = (await app.slack.auth_test()).get("team_id") == team
            except SlackApiError:
                found = False
        if found:
            # Only a yes is kept: a workspace that installs copydesk can sign in at once.
            known[team] = (time.monotonic(), found)
        return found

    return WebAuth(mode or settings.web_auth, settings, installed, app.http)


def page_sources(app: App) -> PageSources:
    return PageSources(
        app.store,
        app.history,
        app.desk.visibility,
        reruns=app.reruns,
        trace_url_template=app.settings.trace_url_template,
    )


def probe(app: App) -> Probe:
    return Probe(
        app.engine,
        app.metrics,
        app.outbox,
        app.worker,
        slack_web_api=app.slack is not None,
        slack_socket=lambda: app.slack_connected,
    )


def _share(web_app: web.Application, app: App) -> None:
    """What this listener's handlers may read: the pages' sources and the health probe."""
    web_app[PAGES_KEY] = page_sources(app)
    web_app[PROBE_KEY] = probe(app)


def build_public_app(
    app: App, bolt: AsyncApp | None, auth: WebAuth, *, worker: bool = False
) -> web.Application:
    """What the world may reach. `worker`: this process runs a worker (for /healthz)."""
    web_app = web.Application()
    _share(web_app, app)
    web_app[AUTH_KEY] = auth
    if bolt is not None:

        async def slack_events(request: web.Request) -> web.Response:
            # Only translation: bolt verifies, acks and dispatches.
            return await to_aiohttp_response(
                await bolt.async_dispatch(await to_bolt_request(request))
            )

        web_app.router.add_post("/slack/events", slack_events)
        oauth.add_routes(web_app, bolt)
    if auth.mode != "off":
        auth.add_routes(web_app)
        pages.add_routes(web_app)
        diff_page.add_routes(web_app)
    if app.settings.ops_token:
        observe.add_routes(web_app, worker=worker, token=app.settings.ops_token)
    return web_app


def build_ops_app(app: App, *, pages_too: bool, worker: bool = False) -> web.Application:
    """The operations listener; `pages_too`: the unsigned run pages as well (loopback)."""
    web_app = web.Application()
    _share(web_app, app)
    observe.add_routes(web_app, worker=worker)
    if pages_too:
        web_app[AUTH_KEY] = web_auth(app, "off")
        pages.add_routes(web_app)
        diff_page.add_routes(web_app)
    return web_app


def build_pages_app(app: App, auth: WebAuth) -> web.Application:
    """`copydesk web`: the run pages alone, with their sign-in."""
    web_app = web.Application()
    _share(web_app, app)
    web_app[AUTH_KEY] = auth
    auth.add_routes(web_app)
    pages.add_routes(web_app)
    diff_page.add_routes(web_app)
    return web_app


def pages_notice(app: App, ops_base: str | None) -> str:
    """What start-up says about the run pages."""
    settings = app.settings
    if settings.web_auth == "slack":
        return "Run pages need Sign in with Slack (COPYDESK_WEB_AUTH=slack)."
    if settings.web_auth == "proxy":
        return (
            f"Run pages trust the auth proxy's {settings.web_proxy_user_header} header "
            "(COPYDESK_WEB_AUTH=proxy): only the proxy may reach this port."
        )
    if ops_base is not None and is_loopback(settings.ops_host):
        return (
            f"Run pages at {ops_base}/runs, loopback only: no sign-in is configured "
            "(set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and COPYDESK_PUBLIC_URL for Sign in "
            "with Slack, or COPYDESK_WEB_AUTH=proxy)."
        )
    return (
        "No sign-in is configured (COPYDESK_WEB_AUTH), and COPYDESK_OPS_HOST is not a "
        "loopback address, so the run pages are not served."
    )
