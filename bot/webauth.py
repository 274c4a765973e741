"""Who is reading the run pages: Sign in with Slack, an auth proxy's header, or the
operator on loopback.

Sign in with Slack is OpenID Connect: `/auth/login` sends the browser to Slack with a
state and a nonce (kept in a short-lived signed cookie), `/auth/callback` exchanges the code
(`openid.connect.token`), asks Slack who signed in (`openid.connect.userInfo`), admits only
workspaces copydesk is installed in, and keeps a signed session cookie (HttpOnly, Secure,
SameSite=Lax: the callback is a top-level navigation from slack.com, which Strict would
strip). The session is only (workspace, user, expiry): what the person may see is worked out
on every request by the same visibility policy as in chat.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, NoReturn
from urllib.parse import quote

from aiohttp import web
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth import OpenIDConnectAuthorizeUrlGenerator
from slack_sdk.web.async_client import AsyncWebClient

from bot.settings import Settings
from bot.visibility import OPERATOR, Viewer

log = logging.getLogger(__name__)

SESSION_COOKIE = "copydesk_session"
LOGIN_COOKIE = "copydesk_signin"
_LOGIN_TTL = 600.0  # a sign-in started and not finished in ten minutes starts again
SCOPES = ("openid", "profile")

# Is this workspace one copydesk is installed in?
Installed = Callable[[str], Awaitable[bool]]


class Seal:
    """JSON signed with HMAC-SHA256 and an expiry: `payload.signature`, URL-safe."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def seal(self, data: dict[str, Any], ttl: float, now: float | None = None) -> str:
        body = {**data, "exp": (now or time.time()) + ttl}
        payload = _b64(json.dumps(body, separators=(",", ":")).encode())
        return f"{payload}.{self._sign(payload)}"

    def open(self, value: str | None, now: float | None = None) -> dict[str, Any] | None:
        """The data, or None when `value` is missing, tampered with or expired."""
        if not value or "." not in value:
            return None
        payload, signature = value.rsplit(".", 1)
        if not hmac.compare_digest(signature, self._sign(payload)):
            return None
        try:
            data = json.loads(_unb64(payload))
        except ValueError:
            return None
        if not isinstance(data, dict) or float(data.get("exp", 0)) <= (now or time.time()):
            return None
        return data

    def _sign(self, payload: str) -> str:
        return _b64(hmac.new(self.key, payload.encode(), hashlib.sha256).digest())


def session_key(settings: Settings) -> bytes:
    if settings.web_session_secret:
        return settings.web_session_secret.encode()
    assert settings.slack_client_secret, "Sign in with Slack needs SLACK_CLIENT_SECRET"
    # Derived, not the secret itself: a leaked cookie key is not the app's client secret.
    return hmac.new(
        settings.slack_client_secret.encode(), b"copydesk web session", hashlib.sha256
    ).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _cookie(response: web.StreamResponse, name: str, value: str, ttl: float, path: str) -> None:
    response.set_cookie(
        name, value, max_age=int(ttl), path=path, httponly=True, secure=True, samesite="Lax"
    )


def _safe_next(target: str | None) -> str:
    # Only a path on this site: never an open redirect to somewhere else.
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/runs"
    return target


@dataclass
class WebAuth:
    """Finds the Viewer of a request; serves the sign-in routes when it is Sign in with
    Slack."""

    mode: str  # "slack", "proxy", "off"
    settings: Settings
    installed: Installed
    http: Any = None  # the aiohttp ClientSession the Slack clients share

    def __post_init__(self) -> None:
        self.seal = Seal(session_key(self.settings)) if self.mode == "slack" else None

    @property
    def redirect_uri(self) -> str:
        assert self.settings.public_url
        return self.settings.public_url.rstrip("/") + "/auth/callback"

    @property
    def authorize_url(self) -> str:
        # Slack's web pages live beside its API: https://slack.com/api/ → https://slack.com/.
        base = self.settings.slack_api_url.rstrip("/").removesuffix("/api")
        return f"{base}/openid/connect/authorize"

    async def viewer(self, request: web.Request) -> Viewer | None:
        """Who reads this page, or None: not signed in."""
        if self.mode == "off":
            # The pages are on loopback only: whoever reaches them is on this machine.
            return OPERATOR
        if self.mode == "proxy":
            user = request.headers.get(self.settings.web_proxy_user_header, "").strip()
            team: str | None = request.headers.get(self.settings.web_proxy_team_header, "")
            team = (team or "").strip() or await self._default_team()
            if not user or not team:
                return None
            return Viewer("web", user, team)
        assert self.seal is not None
        session = self.seal.open(request.cookies.get(SESSION_COOKIE))
        if session is None:
            return None
        return Viewer("web", str(session["user"]), str(session["team"]))

    async def refuse(self, request: web.Request) -> NoReturn:
        """What a request without a reader gets."""
        if self.mode == "slack":
            target = quote(request.path_qs, safe="")
            response = web.HTTPFound(f"/auth/login?next={target}")
            response.del_cookie(SESSION_COOKIE, path="/")
            raise response
        raise web.HTTPUnauthorized(
            text=f"copydesk expects the auth proxy to say who you are in "
            f"{self.settings.web_proxy_user_header}; it did not."
        )

    async def _default_team(self) -> str | None:
        if not self.settings.slack_bot_token:
            return None
        client = self._client(self.settings.slack_bot_token)
        try:
            return str((await client.auth_test())["team_id"])
        except SlackApiError:
            return None

    def _client(self, token: str | None = None) -> AsyncWebClient:
        return AsyncWebClient(token=token, base_url=self.settings.slack_api_url, session=self.http)

    # -- Sign in with Slack ------------------------------------------------------------------

    async def login(self, request: web.Request) -> web.StreamResponse:
        assert self.seal is not None and self.settings.slack_client_id
        state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        generator = OpenIDConnectAuthorizeUrlGenerator(
            client_id=self.settings.slack_client_id,
            redirect_uri=self.redirect_uri,
            scopes=list(SCOPES),
            authorization_url=self.authorize_url,
        )
        # The SDK joins scopes with commas; OpenID Connect separates them with spaces.
        url = generator.generate(state, nonce=nonce).replace(
            "scope=" + ",".join(SCOPES), "scope=" + "%20".join(SCOPES)
        )
        response = web.HTTPFound(url)
        started = {"state": state, "nonce": nonce, "next": _safe_next(request.query.get("next"))}
        _cookie(response, LOGIN_COOKIE, self.seal.seal(started, _LOGIN_TTL), _LOGIN_TTL, "/auth")
        raise response

    async def callback(self, request: web.Request) -> web.StreamResponse:
        assert self.seal is not None
        assert self.settings.slack_client_id and self.settings.slack_client_secret
        started = self.seal.open(request.cookies.get(LOGIN_COOKIE))
        state = request.query.get("state", "")
        if started is None or not hmac.compare_digest(str(started["state"]), state):
            return _sign_in_page(
                "That sign-in link is stale or was not started here. Start again.", 400
            )
        if "code" not in request.query:
            return _sign_in_page("Slack did not sign you in (it was cancelled).", 400)
        try:
            token = await self._client().openid_connect_token(
                client_id=self.settings.slack_client_id,
                client_secret=self.settings.slack_client_secret,
                code=request.query["code"],
                redirect_uri=self.redirect_uri,
            )
            if _nonce(token.get("id_token")) not in (None, started["nonce"]):
                return _sign_in_page("Slack's answer was for another sign-in. Start again.", 400)
            who = await self._client(str(token["access_token"])).openid_connect_userInfo()
        except SlackApiError as error:
            log.warning(
                "Sign in with Slack failed: %s",
                error.response.get("error"),
                extra={"action": "web_signin_error"},
            )
            return _sign_in_page("Slack did not confirm who you are. Start again.", 502)
        user = who.get("https://slack.com/user_id")
        team = who.get("https://slack.com/team_id")
        if not user or not team:
            return _sign_in_page("Slack did not say who you are. Start again.", 502)
        if not await self.installed(str(team)):
            log.info(
                "sign-in refused: workspace %s has not installed copydesk",
                team,
                extra={"action": "web_signin_refused"},
            )
            return _sign_in_page(
                "copydesk is not installed in that Slack workspace, so it has no runs for "
                "you. Sign in with a workspace that uses copydesk.",
                403,
            )
        log.info("signed in %s of %s", user, team, extra={"action": "web_signin"})
        ttl = self.settings.web_session_ttl.total_seconds()
        response = web.HTTPFound(_safe_next(str(started.get("next"))))
        _cookie(
            response, SESSION_COOKIE, self.seal.seal({"user": user, "team": team}, ttl), ttl, "/"
        )
        response.del_cookie(LOGIN_COOKIE, path="/auth")
        raise response

    async def logout(self, request: web.Request) -> web.StreamResponse:
        response = _sign_in_page("Signed out. <a href='/auth/login'>Sign in again</a>.", 200)
        response.del_cookie(SESSION_COOKIE, path="/")
        return response

    def add_routes(self, web_app: web.Application) -> None:
        if self.mode != "slack":
            return
        web_app.router.add_get("/auth/login", self.login)
        web_app.router.add_get("/auth/callback", self.callback)
        web_app.router.add_get("/auth/logout", self.logout)


def _nonce(id_token: object) -> str | None:
    """The nonce in an ID token's claims (read, not verified: the token came straight from
    Slack over our own TLS call, and userInfo is what we trust)."""
    if not isinstance(id_token, str) or id_token.count(".") != 2:
        return None
    try:
        claims = json.loads(_unb64(id_token.split(".")[1]))
    except ValueError:
        return None
    nonce = claims.get("nonce") if isinstance(claims, dict) else None
    return str(nonce) if nonce is not None else None


def _sign_in_page(message: str, status: int) -> web.Response:
    from bot.pages import page

    return page("Sign in · copydesk", f"<h1>Sign in</h1><p>{message}</p>", status=status)
