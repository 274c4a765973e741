"""Installing copydesk in many workspaces: bolt's OAuth flow over our own stores.

Set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (with SLACK_SIGNING_SECRET, HTTP mode) and
`/slack/install` starts Slack's install flow; `/slack/oauth_redirect` finishes it and keeps
the workspace's bot token in the database. Events are then authorised per workspace, and a
run's messages go out with the token of the workspace it came from.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from storage.installations import SqlInstallationStore, SqlOAuthStateStore

# Exactly what copydesk uses (slack/manifest.yml lists the same):
BOT_SCOPES = (
    "app_mentions:read",  # app_mention events
    "channels:history",  # message events and conversations.replies in public channels
    "groups:history",  # … in private channels it was invited to
    "im:history",  # … in direct messages
    "mpim:history",  # … in group direct messages
    "chat:write",  # chat.postMessage, chat.update, chat.postEphemeral
    "usergroups:read",  # COPYDESK_APPROVERS may name user groups (S…)
    # Who may see a run: conversations.info (what kind a conversation is) and
    # conversations.members (who is in it), in each kind of conversation.
    "channels:read",
    "groups:read",
    "im:read",
    "mpim:read",
)

# A workspace's token, looked up again after this long (a reinstall replaces it).
_TOKEN_TTL = 60.0


class WorkspaceNotInstalled(Exception):
    """copydesk is not installed in the workspace a run came from: nothing can be posted."""

    def __init__(self, team: str) -> None:
        super().__init__(f"copydesk is not installed in workspace {team}")
        self.team = team


@dataclass
class OAuth:
    client_id: str
    client_secret: str
    installations: SqlInstallationStore
    states: SqlOAuthStateStore
    _clients: dict[str, tuple[float, AsyncWebClient]] = field(default_factory=dict)
    # The workspace of SLACK_BOT_TOKEN, when one is set beside OAuth: installed by that token.
    _default_team: str | None = None

    def settings(self) -> AsyncOAuthSettings:
        return AsyncOAuthSettings(
            client_id=self.client_id,
            client_secret=self.client_secret,
            scopes=list(BOT_SCOPES),
            installation_store=self.installations,
            state_store=self.states,
            installation_store_bot_only=True,
        )

    async def client_for(self, team: str | None, fallback: AsyncWebClient) -> AsyncWebClient:
        """A Web API client with `team`'s bot token; `fallback` for a run with no workspace
        (not from Slack's Events API).

        Raises `WorkspaceNotInstalled` for a workspace with no installation (uninstalled
        since the run began): another workspace's token must never answer in its threads.
        """
        if team is None:
            return fallback
        cached = self._clients.get(team)
        if cached is not None and time.monotonic() - cached[0] < _TOKEN_TTL:
            return cached[1]
        bot = await self.installations.async_find_bot(enterprise_id=None, team_id=team)
        if bot is None or not bot.bot_token:
            self._clients.pop(team, None)
            # A SLACK_BOT_TOKEN set beside OAuth installs its own workspace (the sign-in
            # pages count it as installed too); any other workspace has no token to answer.
            if fallback.token and team == await self._team_of(fallback):
                return fallback
            raise WorkspaceNotInstalled(team)
        client = AsyncWebClient(
            token=bot.bot_token,
            base_url=fallback.base_url,
            session=fallback.session,
            retry_handlers=fallback.retry_handlers,
        )
        self._clients[team] = (time.monotonic(), client)
        return client

    async def _team_of(self, client: AsyncWebClient) -> str | None:
        if self._default_team is None:
            try:
                self._default_team = str((await client.auth_test())["team_id"])
            except SlackApiError:
                return None
        return self._default_team


def add_routes(web_app: web.Application, bolt: AsyncApp) -> None:
    """`/slack/install` and `/slack/oauth_redirect`, handed to bolt's OAuth flow."""
    flow = bolt.oauth_flow
    if flow is None:
        return

    async def install(request: web.Request) -> web.Response:
        assert flow is not None
        return await to_aiohttp_response(
            await flow.handle_installation(await to_bolt_request(request))
        )

    async def redirect(request: web.Request) -> web.Response:
        assert flow is not None
        return await to_aiohttp_response(await flow.handle_callback(await to_bolt_request(request)))

    web_app.router.add_get(flow.install_path, install)
    web_app.router.add_get(flow.redirect_uri_path, redirect)
