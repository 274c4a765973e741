"""Issue 14: the run pages behind Sign in with Slack (OpenID Connect against the fake Slack),
or an auth proxy's header; operations behind a bearer token; pages that render hostile
titles and links inert.

The public listener is served as `serve --http` serves it, on a socket bound before the
settings are made, so COPYDESK_PUBLIC_URL (the OpenID Connect redirect) names its real port.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from aiohttp import web

from articles import ArticleSite
from bot.bootstrap import App
from bot.slack.adapter import build_bolt_app
from bot.slack.server import serve_slack
from bot.web import build_public_app, web_auth
from bot.webauth import LOGIN_COOKIE, SESSION_COOKIE, Seal, session_key
from fakes.slack import TEAM_ID, FakeSlack
from orchestrator.domain import Claim, Origin
from orchestrator.visibility import refusal
from slack_harness import SIGNING_SECRET, running_app
from test_oauth import installation
from test_visibility import ALICE, EVE, OTHER_TEAM, WREN, people, seed, url

CLIENT_ID = "111.222"
CLIENT_SECRET = "oidc-client-secret"


@asynccontextmanager
async def public_site(
    database_url: str, slack: FakeSlack, site: ArticleSite, **env: Any
) -> AsyncIterator[tuple[App, str]]:
    """The app, seeded, and the base URL of its public listener."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    people(slack)
    settings: dict[str, Any] = {
        "SLACK_CLIENT_ID": CLIENT_ID,
        "SLACK_CLIENT_SECRET": CLIENT_SECRET,
        "COPYDESK_PUBLIC_URL": base,
        **env,
    }
    async with running_app(database_url, slack, site, worker=False, **settings) as app:
        await seed(app)
        assert app.slack is not None
        bolt = build_bolt_app(
            app.slack, app.desk, signing_secret=SIGNING_SECRET, background=app.background
        )
        runner = web.AppRunner(build_public_app(app, bolt, web_auth(app)), access_log=None)
        await runner.setup()
        try:
            await web.SockSite(runner, listener).start()
            yield app, base
        finally:
            await runner.cleanup()
            listener.close()


class Browser:
    """A browser as far as cookies go: kept by name, sent back, redirects followed by hand
    (the cookies are Secure, and aiohttp's jar rightly keeps none for plain http)."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self.cookies: dict[str, str] = {}
        self.set_cookies: list[SimpleCookie] = []

    async def get(self, url: str, **headers: str) -> tuple[int, str, str | None]:
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        sent = {**headers, **({"Cookie": cookie} if cookie else {})}
        async with self.session.get(url, headers=sent, allow_redirects=False) as response:
            for header in response.headers.getall("Set-Cookie", []):
                jar: SimpleCookie = SimpleCookie()
                jar.load(header)
                self.set_cookies.append(jar)
                for name, morsel in jar.items():
                    if morsel["max-age"] == "0" or not morsel.value:
                        self.cookies.pop(name, None)
                    else:
                        self.cookies[name] = morsel.value
            return response.status, await response.text(), response.headers.get("Location")

    async def sign_in(self, base: str, path: str = "/runs") -> tuple[int, str, str | None]:
        """Follow the whole dance from an anonymous page view; the last answer."""
        status, body, location = await self.get(f"{base}{path}")
        for _ in range(6):
            if status != 302 or location is None:
                return status, body, location
            target = location if location.startswith("http") else f"{base}{location}"
            status, body, location = await self.get(target)
        raise AssertionError("too many redirects")


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(trust_env=False) as client:
        yield client


async def test_an_anonymous_request_is_sent_to_sign_in_with_slack(
    database_url: str, slack: FakeSlack, site: ArticleSite, session: aiohttp.ClientSession
) -> None:
    async with public_site(database_url, slack, site) as (app, base):
        assert app.settings.web_auth == "slack"
        browser = Browser(session)
        status, body, location = await browser.get(f"{base}/runs/1")
        assert status == 302 and location == "/auth/login?next=/runs/1"
        assert url(1) not in body and "Title of run 1" not in body
        for path in ("/runs", "/runs/2", "/runs?status=failed"):
            status, body, location = await browser.get(f"{base}{path}")
            assert status == 302 and location is not None and location.startswith("/auth/login")
        # Operations are not on the public port at all.
        for path in ("/healthz", "/metrics"):
            status, _, _ = await browser.get(f"{base}{path}")
            assert status == 404, path


async def test_sign_in_with_slack_shows_each_person_what_they_may_see(
    database_url: str, slack: FakeSlack, site: ArticleSite, session: aiohttp.ClientSession
) -> None:
    async with public_site(database_url, slack, site) as (_app, base):
        slack.sign_in_as(ALICE, name="Alice")
        alice = Browser(session)
        status, page, _ = await alice.sign_in(base, "/runs/1")
        assert status == 200 and url(1) in page and "Title of run 1" in page
        # Slack was asked properly: the code for our redirect, then who it was.
        [token_call] = slack.calls_to("openid.connect.token")
        assert token_call.params["redirect_uri"] == f"{base}/auth/callback"
        assert slack.calls_to("openid.connect.userInfo")
        # The session cookie is signed, HttpOnly, Secure and SameSite.
        [session_cookie] = [
            j[SESSION_COOKIE]
            for j in alice.set_cookies
            if SESSION_COOKIE in j and j[SESSION_COOKIE].value
        ]
        assert session_cookie["httponly"] and session_cookie["secure"]
        assert session_cookie["samesite"] == "Lax" and session_cookie["path"] == "/"
        assert LOGIN_COOKIE not in alice.cookies  # the sign-in's state is spent
        status, page, _ = await alice.get(f"{base}/runs")
        assert status == 200
        assert {n for n in range(1, 7) if f"href='/runs/{n}'" in page} == {1, 2, 3, 5}

        slack.sign_in_as(EVE, name="Eve")
        eve = Browser(session)
        status, page, _ = await eve.sign_in(base, "/runs/1")
        assert status == 403
        assert refusal(1).replace("'", "&#x27;") in page
        assert url(1) not in page and "Title of run 1" not in page
        status, page, _ = await eve.get(f"{base}/runs")
        assert {n for n in range(1, 7) if f"href='/runs/{n}'" in page} == {2}
        status, page, _ = await eve.get(f"{base}/runs/2")
        assert status == 200 and url(2) in page

        # Signed out, she is anonymous again.
        status, _, _ = await eve.get(f"{base}/auth/logout")
        assert status == 200 and SESSION_COOKIE not in eve.cookies
        status, _, location = await eve.get(f"{base}/runs/2")
        assert status == 302 and location is not None and location.startswith("/auth/login")


async def test_a_tampered_or_expired_cookie_is_nobody(
    database_url: str, slack: FakeSlack, site: ArticleSite, session: aiohttp.ClientSession
) -> None:
    async with public_site(database_url, slack, site) as (app, base):
        slack.sign_in_as(EVE)
        eve = Browser(session)
        status, _, _ = await eve.sign_in(base, "/runs/2")
        assert status == 200
        payload, signature = eve.cookies[SESSION_COOKIE].rsplit(".", 1)
        # Eve rewrites her cookie to say she is Alice: the signature no longer fits.
        forged = Seal(b"not the key").seal({"user": ALICE, "team": TEAM_ID}, 3600)
        for cookie in (
            forged,
            f"{payload}.{signature[:-2]}AA",
            f"{payload[:-2]}xx.{signature}",
            "garbage",
        ):
            eve.cookies[SESSION_COOKIE] = cookie
            status, page, location = await eve.get(f"{base}/runs/1")
            assert status == 302 and location is not None, cookie
            assert location.startswith("/auth/login") and url(1) not in page
        # A cookie signed with the right key but past its time is nobody too.
        key = Seal(session_key(app.settings))
        eve.cookies[SESSION_COOKIE] = key.seal({"user": EVE, "team": TEAM_ID}, -1)
        status, _, location = await eve.get(f"{base}/runs/2")
        assert status == 302 and location is not None and location.startswith("/auth/login")
        # …and with the right key and time, it is Eve (the test's own cookie is honest).
        eve.cookies[SESSION_COOKIE] = key.seal({"user": EVE, "team": TEAM_ID}, 60)
        status, _, _ = await eve.get(f"{base}/runs/2")
        assert status == 200


async def test_a_sign_in_that_was_not_started_here_is_refused(
    database_url: str, slack: FakeSlack, site: ArticleSite, session: aiohttp.ClientSession
) -> None:
    async with public_site(database_url, slack, site) as (_app, base):
        slack.sign_in_as(EVE)
        browser = Browser(session)
        _, _, location = await browser.get(f"{base}/auth/login?next=/runs/2")
        assert location is not None
        _, _, back = await browser.get(location)  # Slack's answer, with a code and state
        assert back is not None
        # Another browser (no sign-in cookie) brings the same code back: refused.
        status, page, _ = await Browser(session).get(back)
        assert status == 400 and "Start again" in page
        # And a forged state with this browser's cookie: refused.
        code = parse_qs(urlsplit(back).query)["code"][0]
        status, _, _ = await browser.get(f"{base}/auth/callback?code={code}&state=forged")
        assert status == 400
        assert SESSION_COOKIE not in browser.cookies
        # An open redirect is not on offer: `next` stays on this site.
        fresh = Browser(session)
        _, _, to_slack = await fresh.get(f"{base}/auth/login?next=//evil.example/x")
        assert to_slack is not None
        _, _, back = await fresh.get(to_slack)
        assert back is not None
        status, _, landing = await fresh.get(back)
        assert status == 302 and landing == "/runs"


async def test_a_person_of_a_workspace_that_did_not_install_copydesk_is_refused(
    database_url: str, slack: FakeSlack, site: ArticleSite, session: aiohttp.ClientSession
) -> None:
    async with public_site(database_url, slack, site) as (app, base):
        slack.sign_in_as(WREN, team=OTHER_TEAM)
        status, page, _ = await Browser(session).sign_in(base, "/runs")
        assert status == 403 and "not installed in that Slack workspace" in page
        # Once the other workspace installs copydesk, Wren signs in and sees its run only.
        assert app.oauth is not None
        await app.oauth.installations.async_save(installation(OTHER_TEAM, slack.bot_token))
        slack.sign_in_as(WREN, team=OTHER_TEAM)
        wren = Browser(session)
        status, page, _ = await wren.sign_in(base, "/runs")
        assert status == 200
        assert {n for n in range(1, 7) if f"href='/runs/{n}'" in page} == {6}
        status, _, _ = await wren.get(f"{base}/runs/2")
        assert status == 403


async def test_an_auth_proxy_header_is_trusted_only_when_asked_to(
    database_url: str, slack: FakeSlack, site: ArticleSite, session: aiohttp.ClientSession
) -> None:
    async with public_site(database_url, slack, site, COPYDESK_WEB_AUTH="proxy") as (_, base):
        browser = Browser(session)
        status, page, _ = await browser.get(f"{base}/runs/1")
        assert status == 401 and "X-Forwarded-User" in page
        status, page, _ = await browser.get(f"{base}/runs", **{"X-Forwarded-User": EVE})
        assert status == 200  # the workspace defaults to SLACK_BOT_TOKEN's
        assert {n for n in range(1, 7) if f"href='/runs/{n}'" in page} == {2}
        status, _, _ = await browser.get(
            f"{base}/runs/1", **{"X-Forwarded-User": ALICE, "X-Forwarded-Team": TEAM_ID}
        )
        assert status == 200
        # No Sign in with Slack routes in proxy mode.
        status, _, _ = await browser.get(f"{base}/auth/login")
        assert status == 404


async def test_health_on_the_public_port_needs_the_operations_token(
    database_url: str, slack: FakeSlack, site: ArticleSite, session: aiohttp.ClientSession
) -> None:
    async with public_site(database_url, slack, site, COPYDESK_OPS_TOKEN="s3cret") as (_, base):
        for path in ("/healthz", "/metrics"):
            async with session.get(f"{base}{path}") as anonymous:
                assert anonymous.status == 401, path
            async with session.get(
                f"{base}{path}", headers={"Authorization": "Bearer wrong"}
            ) as wrong:
                assert wrong.status == 401, path
            async with session.get(
                f"{base}{path}", headers={"Authorization": "Bearer s3cret"}
            ) as allowed:
                assert allowed.status == 200, path


async def test_a_hostile_title_and_links_render_inert_under_a_strict_policy(
    database_url: str, slack: FakeSlack, site: ArticleSite, session: aiohttp.ClientSession
) -> None:
    async with public_site(database_url, slack, site, COPYDESK_WEB_AUTH="proxy") as (app, base):
        origin = Origin("slack", channel="C1", user=EVE, team=TEAM_ID, conversation="public")
        (run,) = await app.store.create_runs(["javascript:alert(document.cookie)"], origin) or []
        await app.store.save_claims(
            run.id,
            [
                Claim(
                    "<img src=x onerror=alert(1)> rose",
                    None,
                    "summarise",
                    source_url="javascript:alert(2)",
                )
            ],
        )
        await app.store.update_run(
            run.id, result={"title": "<script>alert('title')</script>", "tags": ["<b>t</b>"]}
        )
        async with session.get(
            f"{base}/runs/{run.id}", headers={"X-Forwarded-User": EVE}
        ) as response:
            page = await response.text()
            policy = response.headers["Content-Security-Policy"]
            assert response.status == 200
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Cache-Control"] == "no-store"
        assert "<script" not in page and "<img" not in page
        assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page
        assert "href='javascript:" not in page and 'href="javascript:' not in page
        assert "javascript:alert(2)" in page  # shown as text, not as a link
        assert "default-src 'none'" in policy and "script-src" not in policy
        assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
        listed = await session.get(f"{base}/runs", headers={"X-Forwarded-User": EVE})
        async with listed:
            assert "Content-Security-Policy" in listed.headers
            assert "<script" not in await listed.text()


async def test_sign_in_that_cannot_work_stops_start_up_with_a_sentence(
    database_url: str, slack: FakeSlack, site: ArticleSite, capsys: pytest.CaptureFixture[str]
) -> None:
    async with running_app(
        database_url, slack, site, worker=False, COPYDESK_WEB_AUTH="slack"
    ) as app:
        code = await serve_slack(app, http=True, host="127.0.0.1", port=0)
    assert code == 2
    assert capsys.readouterr().out.strip() == (
        "COPYDESK_WEB_AUTH=slack (Sign in with Slack) needs SLACK_CLIENT_ID, "
        "SLACK_CLIENT_SECRET, COPYDESK_PUBLIC_URL."
    )
