"""Many workspaces over HTTP: the OAuth install flow's stores, pages, and per-workspace tokens."""

from __future__ import annotations

import asyncio
import re
import time
from urllib.parse import parse_qs, urlparse

import aiohttp
from aiohttp import web
from slack_sdk.oauth.installation_store.models.installation import Installation

from articles import ArticleSite
from bot.bootstrap import build_app
from bot.slack.adapter import build_bolt_app
from bot.slack.oauth import BOT_SCOPES
from bot.web import build_public_app, web_auth
from fakes.slack import BOT_ID, BOT_USER_ID, TEAM_ID, FakeSlack
from orchestrator.domain import RunStatus
from orchestrator.reading import InlineExtractor
from slack_harness import SIGNING_SECRET, EventsEndpoint, link_message, settled_run, wait_for_result
from storage import db
from storage.installations import SqlInstallationStore, SqlOAuthStateStore
from support import make_settings

CLIENT_ID = "111.222"


def installation(team: str, token: str, *, installed_at: float | None = None) -> Installation:
    return Installation(
        app_id="A0FAKE",
        team_id=team,
        team_name="Fake",
        user_id="U1",
        bot_token=token,
        bot_id=BOT_ID,
        bot_user_id=BOT_USER_ID,
        bot_scopes=list(BOT_SCOPES),
        installed_at=installed_at or time.time(),
    )


async def test_installations_and_states_round_trip(database_url: str) -> None:
    engine = db.make_engine(database_url)
    try:
        installs = SqlInstallationStore(engine, CLIENT_ID)
        await installs.async_save(installation("T1", "xoxb-old", installed_at=1_700_000_000.0))
        await installs.async_save(installation("T1", "xoxb-new"))
        await installs.async_save(installation("T2", "xoxb-other"))

        bot = await installs.async_find_bot(enterprise_id=None, team_id="T1")
        assert bot is not None and bot.bot_token == "xoxb-new"
        found = await installs.async_find_installation(enterprise_id=None, team_id="T1")
        assert found is not None and found.bot_token == "xoxb-new"
        assert found.bot_scopes == list(BOT_SCOPES)
        assert await SqlInstallationStore(engine, "other-app").async_find_bot(
            enterprise_id=None, team_id="T1"
        ) is None  # fmt: skip

        await installs.async_delete_all(enterprise_id=None, team_id="T1")
        assert await installs.async_find_bot(enterprise_id=None, team_id="T1") is None
        assert await installs.async_find_bot(enterprise_id=None, team_id="T2") is not None

        states = SqlOAuthStateStore(engine)
        state = await states.async_issue()
        assert await states.async_consume(state)
        assert not await states.async_consume(state)  # once only
        expired = await SqlOAuthStateStore(engine, expiration_seconds=-1).async_issue()
        assert not await states.async_consume(expired)
    finally:
        await engine.dispose()


async def test_an_installed_workspace_is_answered_with_its_own_token(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    settings = make_settings(
        database_url,
        SLACK_CLIENT_ID=CLIENT_ID,
        SLACK_CLIENT_SECRET="client-secret",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.api_url,
        COPYDESK_FETCH_ALLOW=site.allow,
    )
    assert settings.oauth and settings.has_slack and settings.slack_bot_token is None
    async with build_app(
        settings,
        transports=["slack"],
        write=lambda _line: None,
        extractor=InlineExtractor(),
        upgrade=False,
    ) as app:
        assert app.oauth is not None and app.slack is not None
        bolt = build_bolt_app(
            app.slack,
            app.desk,
            signing_secret=SIGNING_SECRET,
            oauth=app.oauth,
            background=app.background,
        )
        runner = web.AppRunner(build_public_app(app, bolt, web_auth(app)), access_log=None)
        await runner.setup()
        worker = None
        try:
            server = web.TCPSite(runner, "127.0.0.1", 0)
            await server.start()
            host, port = runner.addresses[0][:2]
            base = f"http://{host}:{port}"
            async with aiohttp.ClientSession(trust_env=False) as session:
                # The install page sends the person to Slack with our client id, scopes and
                # a state we will accept once.
                async with session.get(f"{base}/slack/install", allow_redirects=False) as page:
                    assert page.status == 200
                    body = await page.text()
                    [link] = re.findall(r"https://slack\.com/oauth/v2/authorize\?[^\"]+", body)
                query = parse_qs(urlparse(link.replace("&amp;", "&")).query)
                assert query["client_id"] == [CLIENT_ID]
                assert set(query["scope"][0].split(",")) == set(BOT_SCOPES)
                assert await app.oauth.states.async_consume(query["state"][0])

                # A redirect with a state we never issued installs nothing.
                async with session.get(
                    f"{base}/slack/oauth_redirect?code=x&state=forged"
                ) as refused:
                    assert refused.status >= 400
                assert await app.oauth.installations.async_find_bot(
                    enterprise_id=None, team_id=TEAM_ID
                ) is None  # fmt: skip

                # Slack sends the person back with a code for a state we issued: the code is
                # exchanged (oauth.v2.access) and the workspace's bot token kept.
                async with session.get(f"{base}/slack/install") as page:
                    link = re.findall(
                        r"https://slack\.com/oauth/v2/authorize\?[^\"]+", await page.text()
                    )[0]
                    # The browser's proof it began the flow here: a Secure cookie, which a
                    # client on plain http would not send back by itself.
                    cookie = page.headers["Set-Cookie"].split(";", 1)[0]
                state = parse_qs(urlparse(link.replace("&amp;", "&")).query)["state"][0]
                slack.oauth_codes["code-from-slack"] = TEAM_ID
                async with session.get(
                    f"{base}/slack/oauth_redirect?code=code-from-slack&state={state}",
                    headers={"Cookie": cookie},
                ) as installed:
                    assert installed.status == 200, await installed.text()
                bot = await app.oauth.installations.async_find_bot(
                    enterprise_id=None, team_id=TEAM_ID
                )
                assert bot is not None and bot.bot_token == slack.bot_token
                assert slack.calls_to("oauth.v2.access")

                # Installed: events from the workspace run, answered with its token.
                worker = asyncio.create_task(app.worker.run_forever())
                event = link_message(site)
                await EventsEndpoint(slack, f"{base}/slack/events", session).deliver(event)
                await wait_for_result(slack, "C1", event["ts"], 1)
                assert (await settled_run(app, 1)).status is RunStatus.SUCCEEDED
        finally:
            if worker is not None:
                await app.worker.stop()
                worker.cancel()
            await runner.cleanup()
    posts = slack.calls_to("chat.postMessage")
    assert posts and {c.token for c in posts} == {slack.bot_token}
