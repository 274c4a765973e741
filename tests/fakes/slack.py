"""A fake Slack at the HTTP boundary, for the real slack_sdk and slack_bolt clients.

`FakeSlack` is a local aiohttp server that answers the Web API under `/api/` and Socket Mode
on a websocket, the way Slack does: errors are HTTP 200 with `{"ok": false, "error": ...}`,
rate limits are 429 with `Retry-After`. Tests point the real `AsyncWebClient(base_url=...)`
and `SocketModeClient` at it and then assert on what it recorded (`calls`, `messages`,
`reactions`, `acks`, ...), never on mock calls.

The module-level builders (`message_event`, `event_callback`, `sign`, ...) make the payloads
Slack sends to the bot, for the Socket Mode pushes here and for signed HTTP requests to the
bot's own `/slack/events` endpoint.

    async with FakeSlack() as slack:
        client = AsyncWebClient(token=slack.bot_token, base_url=slack.api_url)
        await client.chat_postMessage(channel="C1", text="hi")
        assert slack.messages["C1"][0].text == "hi"
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import itertools
import json
import random
import re
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

from aiohttp import WSCloseCode, WSMsgType, web

from fakes.slack_views import FakeViews

JSON = dict[str, Any]
T = TypeVar("T")

TEAM_ID = "T0FAKE"
TEAM_DOMAIN = "copydesk-fake"
API_APP_ID = "A0FAKE"
BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
# Slack still puts the legacy verification token in payloads; bolt ignores it.
VERIFICATION_TOKEN = "fake-verification-token"
DEFAULT_RESPONSE_URL = f"https://hooks.slack.com/actions/{TEAM_ID}/1/fake"

# Methods that take the app-level (xapp-) token rather than the bot token.
_APP_TOKEN_METHODS = frozenset({"apps.connections.open"})
# Methods an app calls with its client id and secret (HTTP basic auth), not a token.
_CLIENT_CREDENTIAL_METHODS = frozenset({"oauth.v2.access", "openid.connect.token"})
# Methods a signed-in person's own token (Sign in with Slack, xoxp-) calls.
_USER_TOKEN_METHODS = frozenset({"openid.connect.userInfo"})
_MAX_TEXT = 40_000
_MAX_BLOCKS = 50
_MAX_VIEW_BLOCKS = 100  # modals and Home tabs: "up to 100 blocks"
_BLOCK_TYPES = frozenset(
    {
        "actions", "context", "context_actions", "divider", "file", "header", "image",
        "input", "markdown", "plan", "rich_text", "section", "table", "video",
    }
)  # fmt: skip
_TEXT_LIMITS = {"section": 3000, "header": 150}
_ELEMENT_LIMITS = {"actions": 25, "context": 10}
_REACTION_NAME = re.compile(r"^[a-z0-9_+'\-]+$")


# --------------------------------------------------------------------------------------
# Message timestamps


# One process-wide clock for every ts, so the order of ts strings is the order in which
# messages came to exist, whether the fake or a test's event builder made them.
_ts_counter = itertools.count(1)


def next_ts() -> str:
    """A fresh Slack message ts ("1700000000.000100", then ".000200", ...), always increasing."""
    micros = next(_ts_counter) * 100
    return f"{1_700_000_000 + micros // 1_000_000}.{micros % 1_000_000:06d}"


def ts_key(ts: str) -> tuple[int, int]:
    """Sort key for ts strings: Slack compares them as numbers, not as text."""
    seconds, _, micros = ts.partition(".")
    return int(seconds), int(micros or 0)


# --------------------------------------------------------------------------------------
# Recorded state


@dataclass
class Call:
    """One Web API request as the fake received it."""

    method: str
    params: JSON
    token: str | None
    at: float  # event-loop time, for ordering; never assert on durations
    status: int = 200
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.error is None


@dataclass
class Message:
    """A message in a channel, posted by the bot or recorded from a user's event."""

    channel: str
    ts: str
    text: str
    user: str
    blocks: list[JSON] | None = None
    thread_ts: str | None = None
    bot_id: str | None = None
    reply_broadcast: bool = False
    metadata: JSON | None = None
    # The text after each chat.update, oldest first; `text` is always the latest.
    edits: list[str] = field(default_factory=list)

    @property
    def is_reply(self) -> bool:
        return self.thread_ts is not None and self.thread_ts != self.ts

    def as_api(self) -> JSON:
        """The message object as the Web API returns it."""
        body: JSON = {"type": "message", "user": self.user, "text": self.text, "ts": self.ts}
        if self.bot_id is not None:
            body.update(bot_id=self.bot_id, app_id=API_APP_ID)
        if self.blocks is not None:
            body["blocks"] = self.blocks
        if self.thread_ts is not None:
            body["thread_ts"] = self.thread_ts
        if self.edits:
            body["edited"] = {"user": self.user, "ts": self.ts}
        if self.metadata is not None:
            body["metadata"] = self.metadata
        return body


@dataclass
class Ephemeral:
    """A chat.postEphemeral message: only `user` saw it, so it is not in `messages`."""

    channel: str
    user: str
    text: str
    message_ts: str
    blocks: list[JSON] | None = None
    thread_ts: str | None = None


@dataclass(frozen=True)
class Reaction:
    channel: str
    ts: str
    name: str
    user: str


@dataclass
class ResponseUrlPost:
    """A POST the app made to a response_url issued by `FakeSlack.response_url`."""

    key: str
    body: JSON


@dataclass
class _Fault:
    error: str
    status: int
    retry_after: int | None
    times: int


@dataclass(eq=False)
class SocketConnection:
    """One Socket Mode websocket the app holds open."""

    id: int
    ws: web.WebSocketResponse
    transport: asyncio.BaseTransport | None
    received: list[JSON] = field(default_factory=list)

    @property
    def closed(self) -> bool:
        return self.ws.closed


class SlackError(Exception):
    """A Web API error, answered as HTTP 200 `{"ok": false, "error": ...}` like Slack does."""

    def __init__(self, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.error = error
        self.extra = extra


# --------------------------------------------------------------------------------------
# The fake


class FakeSlack:
    """Slack's Web API and Socket Mode on 127.0.0.1, port 0, with state to assert on.

    Fault injection: `fail_next(...)` queues errors per method, `rate_limit_ratio` answers a
    seeded share of calls with 429, `down = True` answers 503 everywhere, and
    `go_offline()` / `go_online()` stop and resume listening (connection refused).
    """

    def __init__(
        self,
        *,
        bot_token: str = "xoxb-fake-bot-token",
        app_token: str = "xapp-1-fake-app-token",
        bot_user_id: str = BOT_USER_ID,
        bot_id: str = BOT_ID,
        team_id: str = TEAM_ID,
        api_app_id: str = API_APP_ID,
        seed: int = 0,
    ) -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.team_id = team_id
        self.api_app_id = api_app_id

        self.calls: list[Call] = []
        # defaultdict so a test can read a channel nobody posted in and get [].
        self.messages: defaultdict[str, list[Message]] = defaultdict(list)
        self.ephemerals: list[Ephemeral] = []
        self.reactions: list[Reaction] = []
        self.responses: list[ResponseUrlPost] = []
        self.users: dict[str, JSON] = {}
        self.usergroups: dict[str, list[str]] = {}
        # views.publish: each user's Home tab as last published, and how often.
        self.home_views: dict[str, JSON] = {}
        self.home_publishes: dict[str, int] = {}
        # views.open / views.update and the modals' submissions (fakes/slack_views.py).
        self.views = FakeViews(self)
        # OAuth: codes Slack would hand the redirect, each for a workspace (team id). The
        # exchange answers with this fake's bot token, so that workspace's calls work.
        self.oauth_codes: dict[str, str] = {}
        # None accepts any channel id; a set makes others answer channel_not_found.
        self.known_channels: set[str] | None = None
        # conversations.info / conversations.members: channels added with add_conversation;
        # any other channel is a public channel everyone is in.
        self.conversations: dict[str, JSON] = {}
        # Sign in with Slack (OpenID Connect): who the browser at /openid/connect/authorize
        # is signed in as; the codes it handed out, and the user tokens they became.
        self.oidc_signed_in: JSON | None = None
        self.oidc_codes: dict[str, JSON] = {}
        self.oidc_tokens: dict[str, JSON] = {}
        # Issue 18's rougher rules (see "Rules the real Slack enforces" below): the app's
        # client credentials, the workspaces installed, their tokens and channels, and
        # writes Slack takes whose answer is then lost.
        self.client_id: str | None = None
        self.client_secret: str | None = None
        self.team_tokens: dict[str, str] = {}  # bot token -> its workspace (team id)
        self.channel_teams: dict[str, str] = {}  # channel -> the workspace it is in
        self._lost_answers: defaultdict[str, deque[str]] = defaultdict(deque)
        self.lost_answer_hold = 2.0

        self.down = False
        self.rate_limit_ratio = 0.0
        self.rate_limit_retry_after = 0
        self._random = random.Random(seed)
        self._faults: defaultdict[str, deque[_Fault]] = defaultdict(deque)

        self.socket_connections: list[SocketConnection] = []
        self.socket_connects = 0  # connections ever accepted; reconnect tests count these
        self.socket_connected = asyncio.Event()  # set while at least one socket is open
        self.socket_sent: list[JSON] = []
        self.socket_wait = 5.0  # how long socket_send* wait for an open socket
        self.acks: list[str] = []
        self.ack_payloads: dict[str, JSON | None] = {}
        self._tickets: set[str] = set()
        self._connection_ids = itertools.count(1)
        self._round_robin = itertools.count()

        self._change = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._port: int | None = None

        # chat.*Stream and assistant.threads.setStatus (tests/fakes/slack_streams.py).
        from fakes.slack_streams import Streams

        self.streams = Streams(self)

        self.add_user(bot_user_id, name="copydesk", real_name="Copydesk", is_bot=True)
        for user_id, name in (("U1", "ada"), ("U2", "grace"), ("U3", "linus")):
            self.add_user(user_id, name=name, real_name=name.title())

    # ---- lifecycle ---------------------------------------------------------------

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_get("/socket", self._socket)
        app.router.add_post("/response/{key}", self._response_url)
        app.router.add_get("/openid/connect/authorize", self._openid_authorize)
        # No access log: a test's output should show its own failure, not every request. At
        # the end, a request the fake is still holding (a SLOW fault) is cut, not waited for.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        await self._listen(0)
        return self

    async def stop(self) -> None:
        # Stop listening first, or a client could reconnect between the closes and cleanup.
        if self._site is not None:
            await self._site.stop()
            self._site = None
        for conn in self._open_connections():
            await conn.ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlack:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def _listen(self, port: int) -> None:
        assert self._runner is not None, "start() first"
        self._site = web.TCPSite(self._runner, "127.0.0.1", port)
        await self._site.start()
        self._port = int(self._runner.addresses[0][1])

    async def go_offline(self) -> None:
        """Stop listening and cut every connection: clients now get connection refused."""
        if self._site is not None:
            await self._site.stop()
            self._site = None
        await self.socket_disconnect(abrupt=True)
        # Kept-alive HTTP connections too, or a client with its own session would still
        # get through on them.
        server = self._runner.server if self._runner is not None else None
        for handler in server.connections if server is not None else []:
            if handler.transport is not None:
                handler.transport.abort()

    async def go_online(self) -> None:
        """Listen again on the same port, so clients' saved URLs work again."""
        if self._site is None:
            assert self._port is not None
            await self._listen(self._port)

    @property
    def port(self) -> int:
        assert self._port is not None, "start() first"
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    # ---- setup helpers -----------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        *,
        name: str | None = None,
        real_name: str | None = None,
        is_bot: bool = False,
        tz: str = "Europe/London",
    ) -> JSON:
        """Make `users.info` know a user (U1, U2, U3 and the bot exist from the start)."""
        name = name or user_id.lower()
        real_name = real_name or name
        user: JSON = {
            "id": user_id,
            "team_id": self.team_id,
            "name": name,
            "real_name": real_name,
            "deleted": False,
            "is_bot": is_bot,
            "is_admin": False,
            "tz": tz,
            "tz_offset": 0,
            "profile": {
                "real_name": real_name,
                "display_name": name,
                "image_48": f"https://avatars.example/{user_id}_48.png",
            },
        }
        self.users[user_id] = user
        return user

    def add_message(
        self,
        channel: str,
        text: str,
        *,
        user: str = "U1",
        ts: str | None = None,
        thread_ts: str | None = None,
        blocks: list[JSON] | None = None,
    ) -> Message:
        """Record a message a person posted (Slack has it before any event about it)."""
        existing = self.find_message(channel, ts) if ts is not None else None
        if existing is not None:
            return existing
        message = Message(
            channel=channel,
            ts=ts or next_ts(),
            text=text,
            user=user,
            blocks=blocks,
            thread_ts=thread_ts,
        )
        self.messages[channel].append(message)
        self._changed()
        return message

    def add_message_from_event(self, event: JSON) -> Message | None:
        """Record the message behind a `message`/`app_mention` event; None for other events."""
        if event.get("type") not in ("message", "app_mention") or event.get("subtype"):
            return None
        return self.add_message(
            event["channel"],
            event.get("text", ""),
            user=event.get("user", "U1"),
            ts=event["ts"],
            thread_ts=event.get("thread_ts"),
            blocks=event.get("blocks"),
        )

    def fail_next(
        self,
        method: str,
        error: str = "ratelimited",
        status: int = 429,
        retry_after: int | None = 1,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of `method` ("*" for any) with an error.

        429 carries `Retry-After`; 200 is how Slack reports most errors; 5xx is an outage.
        """
        self._faults[method].append(_Fault(error, status, retry_after, times))

    def response_url(self, key: str | None = None) -> str:
        """A response_url on this fake; POSTs to it land in `responses`."""
        return f"{self.base_url}/response/{key or uuid.uuid4().hex}"

    # ---- queries -----------------------------------------------------------------

    def find_message(self, channel: str, ts: str) -> Message | None:
        return next((m for m in self.messages.get(channel, []) if m.ts == ts), None)

    def thread(self, channel: str, thread_ts: str) -> list[Message]:
        """The parent (if known) and its replies, oldest first, as conversations.replies has."""
        found = [m for m in self.messages.get(channel, []) if thread_ts in (m.ts, m.thread_ts)]
        return sorted(found, key=lambda m: ts_key(m.ts))

    def replies(self, channel: str, thread_ts: str) -> list[Message]:
        """Only the replies in a thread, without the parent."""
        return [m for m in self.thread(channel, thread_ts) if m.ts != thread_ts]

    def bot_messages(self, channel: str | None = None) -> list[Message]:
        channels = [channel] if channel is not None else list(self.messages)
        return [m for c in channels for m in self.messages.get(c, []) if m.bot_id is not None]

    def reactions_on(self, channel: str, ts: str) -> list[str]:
        return [r.name for r in self.reactions if r.channel == channel and r.ts == ts]

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(
        self,
        predicate: Callable[[FakeSlack], T],
        timeout: float = 5.0,
    ) -> T:
        """Wait until `predicate(self)` is truthy and return its value.

        Every state change wakes the waiters, so this never sleeps in a poll loop. It takes
        its own timeout (rather than leaving it to `asyncio.timeout`) so that a test that
        waits in vain fails with the fake's recent calls in the message, not a bare timeout.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate(self)
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = ", ".join(f"{c.method}->{c.error or 'ok'}" for c in self.calls[-8:])
                raise TimeoutError(
                    f"FakeSlack: condition not met within {timeout}s (recent calls: {recent})"
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._change.wait(), remaining)

    def _changed(self) -> None:
        # Swap in a fresh event so waiters woken now wait on the next change, not this one.
        change, self._change = self._change, asyncio.Event()
        change.set()

    # ---- Web API -----------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if self.down:
            # An outage comes from the load balancer, as HTML, not from the API.
            self._record(method, {}, None, 503, "service_unavailable")
            return web.Response(
                status=503, text="<html><body>Service Unavailable</body></html>",
                content_type="text/html",
            )  # fmt: skip
        try:
            params = await _read_params(request)
        except SlackError as e:
            self._record(method, {}, None, 200, e.error)
            return web.json_response({"ok": False, "error": e.error})
        token = _bearer_token(request) or params.pop("token", None)
        if method in _CLIENT_CREDENTIAL_METHODS:
            params.update(_basic_auth(request))
        call = self._record(method, params, token, 200, None)
        status, body, headers = self._answer(call)
        call.status = status
        call.error = None if body.get("ok") else body.get("error")
        self._changed()
        if body.get("ok") and self._lost_answers.get(method):
            return await self._lose_answer(request, call, self._lost_answers[method].popleft())
        return web.json_response(body, status=status, headers=headers)

    def _record(
        self, method: str, params: JSON, token: str | None, status: int, error: str | None
    ) -> Call:
        call = Call(method, params, token, asyncio.get_running_loop().time(), status, error)
        self.calls.append(call)
        self._changed()
        return call

    def _answer(self, call: Call) -> tuple[int, JSON, dict[str, str]]:
        handler = self._handlers().get(call.method)
        try:
            if handler is None:
                raise SlackError("unknown_method")
            self._check_token(call)
            fault = self._take_fault(call.method)
            if fault is not None:
                headers = {}
                if fault.status == 429 and fault.retry_after is not None:
                    headers["Retry-After"] = str(fault.retry_after)
                return fault.status, {"ok": False, "error": fault.error}, headers
            if self.rate_limit_ratio and self._random.random() < self.rate_limit_ratio:
                retry_after = {"Retry-After": str(self.rate_limit_retry_after)}
                return 429, {"ok": False, "error": "ratelimited"}, retry_after
            return 200, {"ok": True, **handler(call.params)}, {}
        except SlackError as e:
            return 200, {"ok": False, "error": e.error, **e.extra}, {}

    def _check_token(self, call: Call) -> None:
        if call.method in _CLIENT_CREDENTIAL_METHODS:
            return
        if call.method in _USER_TOKEN_METHODS:
            if call.token not in self.oidc_tokens:
                raise SlackError("invalid_auth")
            call.params["token"] = call.token  # the handler answers for whose token it is
            return
        if not call.token:
            raise SlackError("not_authed")
        wanted, other = (
            (self.app_token, self.bot_token)
            if call.method in _APP_TOKEN_METHODS
            else (self.bot_token, self.app_token)
        )
        if call.token == other:
            raise SlackError("not_allowed_token_type")
        if call.token in self.team_tokens and call.method not in _APP_TOKEN_METHODS:
            self._check_workspace(call)
            return
        if call.token != wanted:
            raise SlackError("invalid_auth")

    def _take_fault(self, method: str) -> _Fault | None:
        for key in (method, "*"):
            queue = self._faults.get(key)
            if queue:
                fault = queue[0]
                fault.times -= 1
                if fault.times <= 0:
                    queue.popleft()
                return fault
        return None

    def _handlers(self) -> dict[str, Callable[[JSON], JSON]]:
        return {
            "auth.test": self._auth_test,
            "chat.postMessage": self._chat_post_message,
            "chat.update": self._chat_update,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "chat.getPermalink": self._chat_get_permalink,
            "views.publish": self._views_publish,
            **self.views.handlers(),
            "reactions.add": self._reactions_add,
            "reactions.remove": self._reactions_remove,
            "users.info": self._users_info,
            "usergroups.users.list": self._usergroups_users_list,
            "conversations.replies": self._conversations_replies,
            "apps.connections.open": self._apps_connections_open,
            "oauth.v2.access": self._oauth_v2_access,
            "conversations.info": self._conversations_info,
            "conversations.members": self._conversations_members,
            "openid.connect.token": self._openid_connect_token,
            "openid.connect.userInfo": self._openid_connect_user_info,
            **self.streams.handlers(),
        }

    def _oauth_v2_access(self, params: JSON) -> JSON:
        self._check_client_credentials(params)
        team = self.oauth_codes.pop(str(params.get("code")), None)
        if team is None:
            raise SlackError("invalid_code")
        return {
            "app_id": self.api_app_id,
            "authed_user": {"id": "U1"},
            "scope": "app_mentions:read,chat:write",
            "token_type": "bot",
            "access_token": self.token_for(team) if self.client_id else self.bot_token,
            "bot_user_id": self.bot_user_id,
            "team": {"id": team, "name": "Installed Team"},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _auth_test(self, params: JSON) -> JSON:
        caller = self.calls[-1].token if self.calls else None
        return {
            "url": f"https://{TEAM_DOMAIN}.slack.com/",
            "team": "Copydesk Fake",
            "user": self.users[self.bot_user_id]["name"],
            "team_id": self.team_tokens.get(caller or "", self.team_id),
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _channel(self, params: JSON) -> str:
        channel = params.get("channel")
        if not isinstance(channel, str) or not channel:
            raise SlackError("channel_not_found")
        if self.known_channels is not None and channel not in self.known_channels:
            raise SlackError("channel_not_found")
        return channel

    def _message(self, channel: str, ts: Any) -> Message:
        message = self.find_message(channel, ts) if isinstance(ts, str) else None
        if message is None:
            raise SlackError("message_not_found")
        return message

    def _chat_post_message(self, params: JSON) -> JSON:
        channel = self._channel(params)
        text, blocks = _text_and_blocks(params)
        if not text and not blocks and not params.get("attachments"):
            raise SlackError("no_text")
        message = Message(
            channel=channel,
            ts=next_ts(),
            text=text or "",
            user=self.bot_user_id,
            blocks=blocks,
            thread_ts=params.get("thread_ts") or None,
            bot_id=self.bot_id,
            reply_broadcast=_flag(params.get("reply_broadcast")),
            metadata=params.get("metadata"),
        )
        self.messages[channel].append(message)
        return {"channel": channel, "ts": message.ts, "message": message.as_api()}

    def _chat_update(self, params: JSON) -> JSON:
        channel = self._channel(params)
        message = self._message(channel, params.get("ts"))
        if message.user != self.bot_user_id:
            raise SlackError("cant_update_message")
        text, blocks = _text_and_blocks(params)
        if text is None and blocks is None:
            raise SlackError("no_text")
        if text is not None:
            message.text = text
        if blocks is not None:
            message.blocks = blocks
        if params.get("metadata") is not None:
            message.metadata = params["metadata"]  # chat.update takes `metadata` too
        message.edits.append(message.text)
        self.streams.updated(message.ts)
        return {
            "channel": channel,
            "ts": message.ts,
            "text": message.text,
            "message": message.as_api(),
        }

    def _chat_post_ephemeral(self, params: JSON) -> JSON:
        channel = self._channel(params)
        user = params.get("user")
        if not isinstance(user, str) or user not in self.users:
            raise SlackError("user_not_found")
        text, blocks = _text_and_blocks(params)
        if not text and not blocks:
            raise SlackError("no_text")
        ephemeral = Ephemeral(
            channel=channel,
            user=user,
            text=text or "",
            message_ts=next_ts(),
            blocks=blocks,
            thread_ts=params.get("thread_ts") or None,
        )
        self.ephemerals.append(ephemeral)
        return {"message_ts": ephemeral.message_ts}

    def _chat_get_permalink(self, params: JSON) -> JSON:
        channel = self._channel(params)
        message = self._message(channel, params.get("message_ts"))
        permalink = (
            f"https://{TEAM_DOMAIN}.slack.com/archives/{channel}/p{message.ts.replace('.', '')}"
        )
        if message.is_reply:
            permalink += f"?thread_ts={message.thread_ts}&cid={channel}"
        return {"channel": channel, "permalink": permalink}

    def _views_publish(self, params: JSON) -> JSON:
        """views.publish: a `home` view for one user's Home tab (it replaces theirs)."""
        user = params.get("user_id")
        view = params.get("view")
        if isinstance(view, str):  # form-encoded callers send the view as a JSON string
            try:
                view = json.loads(view)
            except ValueError as e:
                raise SlackError("invalid_arguments") from e
        if not isinstance(user, str) or not user:
            raise SlackError(
                "invalid_arguments",
                response_metadata={"messages": ["[ERROR] missing required field: user_id"]},
            )
        if user not in self.users:
            raise SlackError("not_found")
        if not isinstance(view, dict):
            raise SlackError(
                "invalid_arguments",
                response_metadata={"messages": ["[ERROR] missing required field: view"]},
            )
        errors = [] if view.get("type") == "home" else ["must be home [json-pointer:/view/type]"]
        errors += [
            e.replace("json-pointer:/", "json-pointer:/view/")
            for e in block_errors(view.get("blocks"), max_blocks=_MAX_VIEW_BLOCKS)
        ]
        if errors:
            raise SlackError(
                "invalid_arguments",
                response_metadata={"messages": [f"[ERROR] {e}" for e in errors]},
            )
        self.home_views[user] = view
        self.home_publishes[user] = self.home_publishes.get(user, 0) + 1
        view_id = "V" + uuid.uuid4().hex[:10].upper()
        return {
            "view": {
                "id": view_id,
                "team_id": self.team_id,
                "type": "home",
                "blocks": view["blocks"],
                "private_metadata": view.get("private_metadata", ""),
                "callback_id": view.get("callback_id", ""),
                "hash": uuid.uuid4().hex[:16],
                "app_id": self.api_app_id,
                "bot_id": self.bot_id,
            }
        }

    def _reaction(self, params: JSON) -> Reaction:
        channel = self._channel(params)
        message = self._message(channel, params.get("timestamp"))
        name = params.get("name")
        if not isinstance(name, str) or not _REACTION_NAME.match(name):
            raise SlackError("invalid_name")
        return Reaction(channel, message.ts, name, self.bot_user_id)

    def _reactions_add(self, params: JSON) -> JSON:
        reaction = self._reaction(params)
        if reaction in self.reactions:
            raise SlackError("already_reacted")
        self.reactions.append(reaction)
        return {}

    def _reactions_remove(self, params: JSON) -> JSON:
        reaction = self._reaction(params)
        if reaction not in self.reactions:
            raise SlackError("no_reaction")
        self.reactions.remove(reaction)
        return {}

    def _users_info(self, params: JSON) -> JSON:
        user = self.users.get(str(params.get("user")))
        if user is None:
            raise SlackError("user_not_found")
        return {"user": user}

    def _usergroups_users_list(self, params: JSON) -> JSON:
        users = self.usergroups.get(str(params.get("usergroup")))
        if users is None:
            raise SlackError("no_such_subteam")
        return {"users": list(users)}

    def _conversations_replies(self, params: JSON) -> JSON:
        channel = self._channel(params)
        thread_ts = params.get("ts")
        messages = self.thread(channel, thread_ts) if isinstance(thread_ts, str) else []
        if not messages:
            raise SlackError("thread_not_found")
        start = _decode_cursor(params.get("cursor"))
        limit = int(params.get("limit") or 1000)
        page = messages[start : start + limit]
        more = start + limit < len(messages)
        replies = [m for m in messages if m.ts != thread_ts]
        bodies = []
        with_metadata = _flag(params.get("include_all_metadata"))
        for message in page:
            body = message.as_api()
            if not with_metadata:
                body.pop("metadata", None)  # Slack's rule: see "Rules the real Slack enforces"
            if message.ts == thread_ts and replies:
                body.update(
                    thread_ts=thread_ts,
                    reply_count=len(replies),
                    reply_users=sorted({m.user for m in replies}),
                    latest_reply=replies[-1].ts,
                )
            bodies.append(body)
        return {
            "messages": bodies,
            "has_more": more,
            "response_metadata": {"next_cursor": _encode_cursor(start + limit) if more else ""},
        }

    def _apps_connections_open(self, params: JSON) -> JSON:
        ticket = uuid.uuid4().hex
        self._tickets.add(ticket)
        url = f"ws://127.0.0.1:{self.port}/socket?ticket={ticket}&app_id={self.api_app_id}"
        return {"url": url}

    # ---- conversations and Sign in with Slack ---------------------------------------

    def add_conversation(
        self,
        channel: str,
        kind: str,
        members: list[str],
        *,
        name: str | None = None,
    ) -> JSON:
        """A conversation `conversations.info` and `conversations.members` know: `kind` is
        "public", "private", "mpim" or "im"."""
        info: JSON = {
            "id": channel,
            "name": name or channel.lower(),
            "is_channel": kind in ("public", "private"),
            "is_group": False,
            "is_im": kind == "im",
            "is_mpim": kind == "mpim",
            "is_private": kind != "public",
            "is_archived": False,
            "is_member": True,
            "context_team_id": self.team_id,
            "members": list(members),
        }
        if kind == "im":
            info["user"] = next((m for m in members if m != self.bot_user_id), None)
            del info["name"]
        self.conversations[channel] = info
        return info

    def sign_in_as(self, user: str, *, team: str | None = None, name: str = "") -> None:
        """The person whose browser goes through /openid/connect/authorize next."""
        self.oidc_signed_in = {"user": user, "team": team or self.team_id, "name": name or user}

    def _conversation(self, params: JSON) -> JSON:
        channel = self._channel(params)
        found = self.conversations.get(channel)
        if found is not None:
            return found
        return {
            "id": channel,
            "name": channel.lower(),
            "is_channel": True,
            "is_group": False,
            "is_im": False,
            "is_mpim": False,
            "is_private": False,
            "is_archived": False,
            "is_member": True,
            "context_team_id": self.team_id,
            "members": sorted(self.users),
        }

    def _conversations_info(self, params: JSON) -> JSON:
        info = {k: v for k, v in self._conversation(params).items() if k != "members"}
        return {"channel": info}

    def _conversations_members(self, params: JSON) -> JSON:
        members = list(self._conversation(params)["members"])
        start = _decode_cursor(params.get("cursor"))
        limit = int(params.get("limit") or 100)
        more = start + limit < len(members)
        return {
            "members": members[start : start + limit],
            "response_metadata": {"next_cursor": _encode_cursor(start + limit) if more else ""},
        }

    async def _openid_authorize(self, request: web.Request) -> web.StreamResponse:
        """Slack's consent screen, already agreed to: straight back to the app with a code."""
        query = request.query
        if query.get("response_type") != "code" or "openid" not in query.get("scope", "").split():
            return web.Response(status=400, text="invalid_request")
        if self.oidc_signed_in is None:
            return web.Response(status=403, text="nobody is signed in to the fake Slack")
        code = "oidc-" + uuid.uuid4().hex
        self.oidc_codes[code] = {
            **self.oidc_signed_in,
            "redirect_uri": query.get("redirect_uri"),
            "nonce": query.get("nonce"),
            "client_id": query.get("client_id"),
        }
        back = urlencode({"code": code, "state": query.get("state", "")})
        raise web.HTTPFound(f"{query.get('redirect_uri')}?{back}")

    def _openid_connect_token(self, params: JSON) -> JSON:
        grant = self.oidc_codes.pop(str(params.get("code")), None)
        if grant is None:
            raise SlackError("invalid_code")
        if params.get("redirect_uri") != grant["redirect_uri"]:
            raise SlackError("bad_redirect_uri")
        token = "xoxp-oidc-" + uuid.uuid4().hex[:12]
        self.oidc_tokens[token] = grant
        claims = {
            "iss": "https://slack.com",
            "sub": grant["user"],
            "aud": grant["client_id"],
            "exp": int(time.time()) + 3600,
            "iat": int(time.time()),
            "nonce": grant["nonce"],
            "https://slack.com/user_id": grant["user"],
            "https://slack.com/team_id": grant["team"],
        }
        # Unsigned here: the app reads who signed in from userInfo, over its own TLS call.
        id_token = (
            ".".join(
                base64.urlsafe_b64encode(json.dumps(part).encode()).decode().rstrip("=")
                for part in ({"alg": "none", "typ": "JWT"}, claims)
            )
            + "."
        )
        return {"access_token": token, "token_type": "Bearer", "id_token": id_token}

    def _openid_connect_user_info(self, params: JSON) -> JSON:
        grant = self.oidc_tokens[str(params.get("token"))]
        return {
            "sub": grant["user"],
            "https://slack.com/user_id": grant["user"],
            "https://slack.com/team_id": grant["team"],
            "email": f"{grant['user'].lower()}@example.com",
            "email_verified": True,
            "date_email_verified": 1700000000,
            "name": grant["name"],
            "picture": f"https://avatars.example/{grant['user']}_512.png",
            "given_name": grant["name"],
            "family_name": "",
            "locale": "en-GB",
            "https://slack.com/team_name": "Copydesk Fake",
            "https://slack.com/team_domain": TEAM_DOMAIN,
        }

    # ---- response_url ------------------------------------------------------------

    async def _response_url(self, request: web.Request) -> web.StreamResponse:
        if request.content_type == "application/json":
            body = await request.json()
        else:
            body = dict((await request.post()).items())
        self.responses.append(ResponseUrlPost(request.match_info["key"], body))
        self._changed()
        return web.Response(text="ok")

    # ---- Socket Mode -------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if self.down:
            return web.Response(status=503, text="Service Unavailable")
        if request.query.get("ticket") not in self._tickets:
            return web.Response(status=401, text="invalid ticket")
        # autoping answers the SDK's ping frames, which it uses to detect stale sockets.
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        conn = SocketConnection(next(self._connection_ids), ws, request.transport)
        self.socket_connections.append(conn)
        self.socket_connects += 1
        try:
            await ws.send_json(
                {
                    "type": "hello",
                    "num_connections": len(self.socket_connections),
                    "debug_info": {
                        "host": "applink-fake",
                        "build_number": 1,
                        "approximate_connection_time": 18060,
                    },
                    "connection_info": {"app_id": self.api_app_id},
                }
            )
            self.socket_connected.set()
            self._changed()
            async for frame in ws:
                if frame.type is WSMsgType.TEXT:
                    self._on_socket_text(conn, frame.data)
        except ConnectionError:
            pass  # the client went away mid-send; the finally block forgets it
        finally:
            self.socket_connections.remove(conn)
            if not self.socket_connections:
                self.socket_connected.clear()
            self._changed()
        return ws

    def _on_socket_text(self, conn: SocketConnection, data: str) -> None:
        try:
            message = json.loads(data)
        except json.JSONDecodeError:
            return
        if not isinstance(message, dict):
            return
        conn.received.append(message)
        envelope_id = message.get("envelope_id")
        if isinstance(envelope_id, str):
            self.acks.append(envelope_id)
            self.ack_payloads[envelope_id] = message.get("payload")
        self._changed()

    async def _pick_connection(self) -> SocketConnection:
        # The client may see the handshake finish before our handler registers the socket.
        await self.wait_for(lambda s: s._open_connections(), self.socket_wait)
        connections = self._open_connections()
        # Slack spreads envelopes over an app's open sockets.
        return connections[next(self._round_robin) % len(connections)]

    def _open_connections(self) -> list[SocketConnection]:
        return [c for c in self.socket_connections if not c.closed]

    async def socket_send(self, envelope: JSON) -> str:
        """Push a raw envelope to one open socket; returns its envelope_id.

        Waits up to `socket_wait` seconds for a socket to be open.
        """
        conn = await self._pick_connection()
        await conn.ws.send_str(json.dumps(envelope))
        self.socket_sent.append(envelope)
        self._changed()
        return str(envelope.get("envelope_id", ""))

    async def socket_send_event(
        self,
        event: JSON,
        *,
        event_id: str | None = None,
        retry_attempt: int = 0,
        retry_reason: str = "",
        envelope_id: str | None = None,
    ) -> str:
        """Push an Events API event (bare, or already an event_callback); returns envelope_id.

        A message/app_mention is also recorded in `messages`, as Slack has it before it
        tells the app, so reactions.add and conversations.replies work on it.
        """
        payload = (
            event
            if event.get("type") == "event_callback"
            else event_callback(
                event,
                event_id=event_id,
                team_id=self.team_id,
                api_app_id=self.api_app_id,
                bot_user_id=self.bot_user_id,
            )
        )
        self.add_message_from_event(payload["event"])
        envelope = {
            "envelope_id": envelope_id or str(uuid.uuid4()),
            "payload": payload,
            "type": "events_api",
            "accepts_response_payload": False,
            "retry_attempt": retry_attempt,
            "retry_reason": retry_reason,
        }
        return await self.socket_send(envelope)

    async def socket_send_interactive(self, payload: JSON) -> str:
        """Push an interactivity payload (block_actions, view_submission, ...)."""
        envelope = {
            "envelope_id": str(uuid.uuid4()),
            "payload": payload,
            "type": "interactive",
            # Only these can be answered in the ack itself (e.g. view errors).
            "accepts_response_payload": payload.get("type")
            in ("view_submission", "block_suggestion"),
        }
        return await self.socket_send(envelope)

    async def socket_send_slash_command(self, payload: JSON) -> str:
        """Push a slash command (see `slash_command_payload`)."""
        envelope = {
            "envelope_id": str(uuid.uuid4()),
            "payload": payload,
            "type": "slash_commands",
            "accepts_response_payload": True,
        }
        return await self.socket_send(envelope)

    async def wait_for_ack(
        self,
        envelope_id: str,
        timeout: float = 5.0,
    ) -> JSON | None:
        """Wait until the app acks `envelope_id`; returns the ack's payload, if any."""
        await self.wait_for(lambda s: envelope_id in s.acks, timeout)
        return self.ack_payloads.get(envelope_id)

    async def socket_request_refresh(self, reason: str = "refresh_requested") -> int:
        """Send Slack's `disconnect` message, which asks clients to reconnect themselves."""
        connections = self._open_connections()
        for conn in connections:
            await conn.ws.send_json(
                {"type": "disconnect", "reason": reason, "debug_info": {"host": "applink-fake"}}
            )
        return len(connections)

    async def socket_disconnect(self, *, abrupt: bool = False) -> int:
        """Drop every open socket; returns how many.

        By default with a close frame (the SDK reconnects at once); `abrupt=True` cuts the
        TCP connection with no goodbye, so only a client's own health checks notice.
        """
        connections = self._open_connections()
        for conn in connections:
            if abrupt and isinstance(conn.transport, asyncio.WriteTransport):
                conn.transport.abort()
            else:
                await conn.ws.close(code=WSCloseCode.GOING_AWAY, message=b"fake disconnect")
        return len(connections)

    # ---- Rules the real Slack enforces (issue 18) ----------------------------------
    # Each follows Slack's documentation at https://docs.slack.dev/reference/methods/…:
    # * conversations.replies returns a message's `metadata` only when asked with
    #   `include_all_metadata=true` ("conversations.replies", arguments);
    # * oauth.v2.access takes the app's client_id and client_secret, as HTTP basic auth
    #   (what slack_sdk sends) or as form fields, and refuses a wrong pair with
    #   `invalid_client_id` / `bad_client_secret`; the bot token it returns is that
    #   workspace's own ("oauth.v2.access", "Installing with OAuth");
    # * a bot token acts in its own workspace only: a channel of another workspace is
    #   `channel_not_found`, and auth.test names the token's workspace ("auth.test");
    # * a write can be carried out and its answer lost (a 504 from Slack's edge, a dropped
    #   connection, a reply slower than the client waits): Slack's own advice is to check
    #   before retrying a post ("Rate limits" and "Web API: handling errors").

    def install_team(self, team: str, *, channels: tuple[str, ...] = ()) -> str:
        """A workspace with its own bot token (returned) and the channels in it."""
        token = self.token_for(team)
        for channel in channels:
            self.channel_teams[channel] = team
        return token

    def token_for(self, team: str) -> str:
        """The bot token Slack issues `team` when it installs the app (stable per team)."""
        token = f"xoxb-{team.lower()}-fake-bot-token"
        self.team_tokens[token] = team
        return token

    def lose_answer_next(self, method: str, how: str = "504", *, times: int = 1) -> None:
        """Carry out the next `times` `method` calls, then lose their answer `how`: "504" or
        "500" (Slack's edge times out, or fails), "drop" (the connection is cut) or "timeout"
        (the answer is held `lost_answer_hold` seconds, past the client's timeout)."""
        if how not in ("500", "504", "drop", "timeout"):
            raise ValueError(f"unknown way to lose an answer: {how!r}")
        self._lost_answers[method].extend(how for _ in range(times))

    async def _lose_answer(self, request: web.Request, call: Call, how: str) -> web.StreamResponse:
        status = int(how) if how.isdigit() else 0
        call.status, call.error = status, "answer_lost" if status else f"answer_{how}"
        self._changed()
        if status:
            return web.Response(
                status=status, text=f"<html><body>{status} Error</body></html>",
                content_type="text/html",
            )  # fmt: skip
        if how == "timeout":
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.Event().wait(), timeout=self.lost_answer_hold)
        if request.transport is not None:
            request.transport.abort()
        return web.Response(status=500)

    def _check_client_credentials(self, params: JSON) -> None:
        if self.client_id is None:
            return  # credentials not configured: any pair (the single-team tests)
        if params.get("client_id") != self.client_id:
            raise SlackError("invalid_client_id")
        if params.get("client_secret") != self.client_secret:
            raise SlackError("bad_client_secret")

    def _check_workspace(self, call: Call) -> None:
        channel = call.params.get("channel")
        team = self.team_tokens[str(call.token)]
        if isinstance(channel, str) and self.channel_teams.get(channel, team) != team:
            raise SlackError("channel_not_found")


# --------------------------------------------------------------------------------------
# Request parsing


async def _read_params(request: web.Request) -> JSON:
    # Slack takes arguments from the query string, a form body or a JSON body; the SDK
    # uses all three (auth.test and reactions.* as query, chat.* as JSON).
    params: JSON = dict(request.query)
    if request.method == "POST" and request.body_exists:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except json.JSONDecodeError as e:
                raise SlackError("invalid_json") from e
            if not isinstance(body, dict):
                raise SlackError("invalid_json")
            params.update(body)
        else:
            form = await request.post()
            params.update({k: v for k, v in form.items() if isinstance(v, str)})
    for key in ("blocks", "attachments", "metadata"):
        # Form-encoded calls carry structured arguments as JSON strings.
        value = params.get(key)
        if isinstance(value, str):
            try:
                params[key] = json.loads(value)
            except json.JSONDecodeError as e:
                raise SlackError(f"invalid_{key}") from e
    return params


def _basic_auth(request: web.Request) -> dict[str, str]:
    """client_id and client_secret from an `Authorization: Basic` header, if there is one."""
    scheme, _, encoded = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return {}
    try:
        client_id, _, secret = base64.b64decode(encoded.strip()).decode().partition(":")
    except ValueError:
        return {}
    return {"client_id": client_id, "client_secret": secret}


def _bearer_token(request: web.Request) -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _flag(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() in ("1", "true"))


def _text_and_blocks(params: JSON) -> tuple[str | None, list[JSON] | None]:
    text = params.get("text")
    if text is not None and not isinstance(text, str):
        text = str(text)
    if text is not None and len(text) > _MAX_TEXT:
        raise SlackError("msg_too_long")
    blocks = params.get("blocks")
    if blocks is not None:
        errors = block_errors(blocks)
        if errors:
            raise SlackError(
                "invalid_blocks",
                errors=errors,
                response_metadata={"messages": [f"[ERROR] {e}" for e in errors]},
            )
    return text, blocks


def block_errors(blocks: Any, *, max_blocks: int = _MAX_BLOCKS) -> list[str]:
    """The limits Slack enforces on Block Kit that a bot most often trips over.

    Not the whole schema: block count, known types, text lengths, element counts.
    """
    if not isinstance(blocks, list):
        return ["must be an array [json-pointer:/blocks]"]
    errors: list[str] = []
    if len(blocks) > max_blocks:
        errors.append(f"no more than {max_blocks} items allowed [json-pointer:/blocks]")
    for i, block in enumerate(blocks):
        where = f"/blocks/{i}"
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            errors.append(f"missing required field: type [json-pointer:{where}]")
            continue
        kind = block["type"]
        if kind not in _BLOCK_TYPES:
            errors.append(f"unsupported type: {kind} [json-pointer:{where}/type]")
        text = block.get("text")
        limit = _TEXT_LIMITS.get(kind)
        if limit is not None and isinstance(text, dict) and len(str(text.get("text"))) > limit:
            errors.append(f"must be less than {limit + 1} characters [json-pointer:{where}/text]")
        if kind == "section" and not text and not block.get("fields"):
            errors.append(f"must provide either text or fields [json-pointer:{where}]")
        max_elements = _ELEMENT_LIMITS.get(kind)
        elements = block.get("elements", [])
        if max_elements is not None and len(elements) > max_elements:
            errors.append(
                f"no more than {max_elements} items allowed [json-pointer:{where}/elements]"
            )
        if len(str(block.get("block_id", ""))) > 255:
            errors.append(f"must be less than 256 characters [json-pointer:{where}/block_id]")
    return errors


def _encode_cursor(offset: int) -> str:
    return base64.b64encode(f"offset:{offset}".encode()).decode()


def _decode_cursor(cursor: Any) -> int:
    if not cursor:
        return 0
    try:
        return int(base64.b64decode(str(cursor)).decode().removeprefix("offset:"))
    except ValueError as e:
        raise SlackError("invalid_cursor") from e


# --------------------------------------------------------------------------------------
# Payload builders: what Slack sends to the app


def new_event_id() -> str:
    return "Ev" + uuid.uuid4().hex[:10].upper()


def event_callback(
    event: JSON,
    *,
    event_id: str | None = None,
    team_id: str = TEAM_ID,
    api_app_id: str = API_APP_ID,
    bot_user_id: str = BOT_USER_ID,
    event_time: int | None = None,
) -> JSON:
    """Wrap an event the way the Events API delivers it (over HTTP or Socket Mode)."""
    return {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "context_team_id": team_id,
        "context_enterprise_id": None,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or new_event_id(),
        "event_time": event_time if event_time is not None else int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": "4-fake-" + uuid.uuid4().hex[:12],
    }


def message_event(
    text: str,
    channel: str = "C1",
    user: str = "U1",
    ts: str | None = None,
    thread_ts: str | None = None,
    blocks: list[JSON] | None = None,
    channel_type: str = "channel",
    *,
    team_id: str = TEAM_ID,
) -> JSON:
    """A person's `message` event; without `blocks`, rich_text blocks are derived from text.

    `text` uses Slack's markup: `<https://x|label>`, `<@U1>`, `<#C1|name>`.
    """
    ts = ts or next_ts()
    event: JSON = {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": channel_type,
        "team": team_id,
        "client_msg_id": str(uuid.uuid4()),
        "blocks": blocks if blocks is not None else rich_text_blocks(text),
    }
    if thread_ts is not None:
        event["thread_ts"] = thread_ts
    return event


def app_mention_event(
    text: str,
    channel: str = "C1",
    user: str = "U1",
    ts: str | None = None,
    thread_ts: str | None = None,
    blocks: list[JSON] | None = None,
    *,
    bot_user_id: str = BOT_USER_ID,
    team_id: str = TEAM_ID,
) -> JSON:
    """An `app_mention`; `text` gets a leading `<@UBOT> ` unless it already mentions the bot."""
    mention = f"<@{bot_user_id}>"
    if mention not in text:
        text = f"{mention} {text}"
    event = message_event(text, channel, user, ts, thread_ts, blocks, team_id=team_id)
    event["type"] = "app_mention"
    del event["channel_type"]  # app_mention events do not carry it
    return event


_MARKUP = re.compile(r"<([^<>]+)>")


def rich_text_blocks(text: str) -> list[JSON]:
    """The rich_text block Slack's client attaches to a typed message."""
    elements: list[JSON] = []
    position = 0
    for match in _MARKUP.finditer(text):
        if match.start() > position:
            elements.append({"type": "text", "text": text[position : match.start()]})
        elements.append(_markup_element(match.group(1)))
        position = match.end()
    if position < len(text):
        elements.append({"type": "text", "text": text[position:]})
    return [_rich_text_block(elements)]


def _markup_element(inner: str) -> JSON:
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        return {"type": "user", "user_id": target[1:]}
    if target.startswith("#"):
        return {"type": "channel", "channel_id": target[1:]}
    if target.startswith("!"):
        return {"type": "broadcast", "range": target[1:]}
    link: JSON = {"type": "link", "url": target}
    if label:
        link["text"] = label
    return link


def _rich_text_block(elements: list[JSON]) -> JSON:
    return {
        "type": "rich_text",
        "block_id": uuid.uuid4().hex[:5],
        "elements": [{"type": "rich_text_section", "elements": elements}],
    }


def rich_text_blocks_with_link(
    url: str, label: str, *, before: str = "", after: str = ""
) -> list[JSON]:
    """A rich_text block whose `link` shows `label`, not the URL (a hyperlinked phrase).

    The message's `text` for it is `before + link_markup(url, label) + after`.
    """
    elements: list[JSON] = []
    if before:
        elements.append({"type": "text", "text": before})
    elements.append({"type": "link", "url": url, "text": label})
    if after:
        elements.append({"type": "text", "text": after})
    return [_rich_text_block(elements)]


def link_markup(url: str, label: str | None = None) -> str:
    return f"<{url}|{label}>" if label else f"<{url}>"


def block_actions_payload(
    action_id: str,
    value: str,
    user: str = "U1",
    channel: str = "C1",
    message_ts: str | None = None,
    *,
    block_id: str | None = None,
    thread_ts: str | None = None,
    message: JSON | None = None,
    response_url: str = DEFAULT_RESPONSE_URL,
    trigger_id: str | None = None,
    team_id: str = TEAM_ID,
    api_app_id: str = API_APP_ID,
) -> JSON:
    """A button click. Over HTTP it is sent form-encoded: see `interactive_request`."""
    message_ts = message_ts or next_ts()
    container: JSON = {
        "type": "message",
        "message_ts": message_ts,
        "channel_id": channel,
        "is_ephemeral": False,
    }
    if thread_ts is not None:
        container["thread_ts"] = thread_ts
    return {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team_id},
        "api_app_id": api_app_id,
        "token": VERIFICATION_TOKEN,
        "container": container,
        "trigger_id": trigger_id or f"{uuid.uuid4().int % 10**13}.{uuid.uuid4().hex[:12]}",
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel, "name": "general"},
        "message": message
        or {"type": "message", "ts": message_ts, "user": BOT_USER_ID, "bot_id": BOT_ID},
        "state": {"values": {}},
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": block_id or uuid.uuid4().hex[:5],
                "text": {"type": "plain_text", "text": action_id, "emoji": True},
                "value": value,
                "type": "button",
                "action_ts": next_ts(),
            }
        ],
    }


def slash_command_payload(
    command: str,
    text: str = "",
    *,
    user: str = "U1",
    channel: str = "C1",
    response_url: str = DEFAULT_RESPONSE_URL,
    team_id: str = TEAM_ID,
    api_app_id: str = API_APP_ID,
) -> dict[str, str]:
    """A slash command's fields (all strings: over HTTP they are a plain form)."""
    return {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "team_domain": TEAM_DOMAIN,
        "channel_id": channel,
        "channel_name": "general",
        "user_id": user,
        "user_name": user.lower(),
        "command": command,
        "text": text,
        "api_app_id": api_app_id,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": f"{uuid.uuid4().int % 10**13}.{uuid.uuid4().hex[:12]}",
    }


def url_verification(challenge: str) -> JSON:
    """The handshake Slack sends when the Events API request URL is set."""
    return {"token": VERIFICATION_TOKEN, "challenge": challenge, "type": "url_verification"}


# --------------------------------------------------------------------------------------
# Signed HTTP requests to the app


def sign(signing_secret: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """Slack's request-signing headers for `body` (timestamp defaults to now)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    base = b"v0:" + str(timestamp).encode() + b":" + body
    digest = hmac.new(signing_secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": f"v0={digest}"}


def events_request(
    payload: JSON,
    signing_secret: str,
    *,
    timestamp: int | None = None,
    retry_num: int | None = None,
    retry_reason: str = "http_timeout",
) -> tuple[bytes, dict[str, str]]:
    """Body and headers of an Events API POST, for `session.post(url, data=..., headers=...)`.

    `retry_num` adds the headers Slack puts on redeliveries.
    """
    body = json.dumps(payload).encode()
    headers = {"Content-Type": "application/json", **sign(signing_secret, body, timestamp)}
    if retry_num is not None:
        headers.update({"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": retry_reason})
    return body, headers


def app_home_opened_event(user: str = "U1", *, tab: str = "home") -> JSON:
    """A person opened the app's Home (or Messages) tab; the `event` of an event_callback."""
    return {
        "type": "app_home_opened",
        "user": user,
        "channel": "D" + user[1:],
        "tab": tab,
        "event_ts": next_ts(),
    }


def home_block_actions_payload(
    action_id: str,
    value: str,
    user: str = "U1",
    *,
    view: JSON | None = None,
    team_id: str = TEAM_ID,
    api_app_id: str = API_APP_ID,
) -> JSON:
    """A button clicked on the Home tab: a view container, no channel and no message."""
    view_id = "V" + uuid.uuid4().hex[:10].upper()
    return {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team_id},
        "api_app_id": api_app_id,
        "token": VERIFICATION_TOKEN,
        "container": {"type": "view", "view_id": view_id},
        "trigger_id": f"{uuid.uuid4().int % 10**13}.{uuid.uuid4().hex[:12]}",
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
        "view": {"id": view_id, "team_id": team_id, "type": "home", **(view or {})},
        "actions": [
            {
                "action_id": action_id,
                "block_id": uuid.uuid4().hex[:5],
                "text": {"type": "plain_text", "text": action_id, "emoji": True},
                "value": value,
                "type": "button",
                "action_ts": next_ts(),
            }
        ],
    }


def interactive_request(
    payload: JSON, signing_secret: str, *, timestamp: int | None = None
) -> tuple[bytes, dict[str, str]]:
    """Body and headers of an interactivity POST: form-encoded `payload=<json>`."""
    body = ("payload=" + quote(json.dumps(payload), safe="")).encode()
    return body, _form_headers(signing_secret, body, timestamp)


def slash_command_request(
    payload: dict[str, str], signing_secret: str, *, timestamp: int | None = None
) -> tuple[bytes, dict[str, str]]:
    """Body and headers of a slash command POST: a plain form."""
    body = urlencode(payload).encode()
    return body, _form_headers(signing_secret, body, timestamp)


def _form_headers(signing_secret: str, body: bytes, timestamp: int | None) -> dict[str, str]:
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        **sign(signing_secret, body, timestamp),
    }
