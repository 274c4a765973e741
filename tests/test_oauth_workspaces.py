"""Two workspaces installed over OAuth, each answered with its own token (issue 18).

FakeSlack checks the app's client credentials on oauth.v2.access, issues each workspace its
own bot token, and lets a token act only in its own workspace's channels. Installed
through the real redirect, each workspace's runs must be told with its own token; an event
from a workspace that never installed copydesk starts nothing.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qs, urlparse

import aiohttp
import pytest
from aiohttp import web
from slack_sdk.web.async_client import AsyncWebClient

from articles import ArticleSite
from bot.bootstrap import App, build_app
from bot.outbox import SlackOutbox
from bot.reporters import SlackThreadReporter
from bot.slack.adapter import build_bolt_app
from bot.slack.oauth import WorkspaceNotInstalled
from bot.web import build_public_app, web_auth
from fakes.slack import FakeSlack, event_callback, events_request
from orchestrator.domain import Origin, RunStatus
from orchestrator.reading import InlineExtractor
from slack_harness import SIGNING_SECRET, link_message, settled_run, wait_for_result
from support import make_settings

JSON = dict[str, Any]
CLIENT_ID = "111.222"
CLIENT_SECRET = "client-secret"
WORKSPACES = {"T1NORTH": "C1", "T2SOUTH": "C2"}


@asynccontextmanager
async def installable_app(
    database_url: str, slack: FakeSlack, site: ArticleSite, *, secret: str = CLIENT_SECRET
) -> AsyncIterator[tuple[App, str, aiohttp.ClientSession]]:
    """`copydesk serve --http` with the OAuth flow, its worker running; yields its base URL."""
    settings = make_settings(
        database_url,
        SLACK_CLIENT_ID=CLIENT_ID,
        SLACK_CLIENT_SECRET=secret,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.api_url,
        COPYDESK_FETCH_ALLOW=site.allow,
    )
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
        worker = asyncio.create_task(app.worker.run_forever())
        try:
            server = web.TCPSite(runner, "127.0.0.1", 0)
            await server.start()
            host, port = runner.addresses[0][:2]
            async with aiohttp.ClientSession(trust_env=False) as session:
                yield app, f"http://{host}:{port}", session
        finally:
            await app.worker.stop()
            worker.cancel()
            await runner.cleanup()


async def install(session: aiohttp.ClientSession, base: str, slack: FakeSlack, team: str) -> int:
    """A person installs copydesk in `team` through /slack/install; the redirect's status."""
    async with session.get(f"{base}/slack/install") as page:
        [link] = re.findall(r"https://slack\.com/oauth/v2/authorize\?[^\"]+", await page.text())
        cookie = page.headers["Set-Cookie"].split(";", 1)[0]
    state = parse_qs(urlparse(link.replace("&amp;", "&")).query)["state"][0]
    code = f"code-for-{team}"
    slack.oauth_codes[code] = team
    async with session.get(
        f"{base}/slack/oauth_redirect?code={code}&state={state}", headers={"Cookie": cookie}
    ) as redirected:
        return redirected.status


async def deliver(
    session: aiohttp.ClientSession, base: str, slack: FakeSlack, event: JSON, team: str
) -> int:
    payload = event_callback(event, team_id=team)
    slack.add_message_from_event(event)
    body, headers = events_request(payload, SIGNING_SECRET)
    async with session.post(f"{base}/slack/events", data=body, headers=headers) as response:
        return response.status


@pytest.fixture
def rough_slack(slack: FakeSlack) -> FakeSlack:
    slack.client_id, slack.client_secret = CLIENT_ID, CLIENT_SECRET
    for team, channel in WORKSPACES.items():
        slack.channel_teams[channel] = team
    slack.channel_teams["C3"] = "T3NEVER"
    return slack


async def test_each_workspace_is_answered_with_its_own_token(
    database_url: str, rough_slack: FakeSlack, site: ArticleSite
) -> None:
    slack = rough_slack
    async with installable_app(database_url, slack, site) as (app, base, session):
        for team in WORKSPACES:
            assert await install(session, base, slack, team) == 200
        events = {
            team: link_message(site, channel=channel, team_id=team)
            for team, channel in WORKSPACES.items()
        }
        for team, event in events.items():
            assert await deliver(session, base, slack, event, team) == 200
        for run_id, (team, event) in enumerate(events.items(), start=1):
            await wait_for_result(slack, WORKSPACES[team], event["ts"], run_id)
            run = await settled_run(app, run_id)
            assert run.status is RunStatus.SUCCEEDED and run.origin.team == team

    tokens = {team: slack.token_for(team) for team in WORKSPACES}
    assert len(set(tokens.values())) == 2  # each workspace its own token
    for team, channel in WORKSPACES.items():
        writes = [
            c
            for c in slack.calls
            if c.method.startswith("chat.") and c.params.get("channel") == channel
        ]
        assert writes and {c.token for c in writes} == {tokens[team]}, team
        assert all(c.ok for c in writes)
    exchanges = slack.calls_to("oauth.v2.access")
    assert len(exchanges) == 2 and all(c.ok for c in exchanges)
    assert {c.params["client_id"] for c in exchanges} == {CLIENT_ID}


async def test_an_event_from_a_workspace_that_is_not_installed_starts_nothing(
    database_url: str, rough_slack: FakeSlack, site: ArticleSite, caplog: pytest.LogCaptureFixture
) -> None:
    slack = rough_slack
    async with installable_app(database_url, slack, site) as (app, base, session):
        assert await install(session, base, slack, "T1NORTH") == 200
        stranger = link_message(site, channel="C3", team_id="T3NEVER")
        status = await deliver(session, base, slack, stranger, "T3NEVER")
        await asyncio.sleep(0.2)  # anything it started in the background would show by now
        runs = await app.store.list_runs()

    # Bolt finds no installation to authorise it with and stops it there; the 200 keeps
    # Slack from redelivering an event that can never be answered.
    assert status == 200
    assert not [c for c in slack.calls if c.method.startswith("chat.")]
    assert runs == []
    assert "AuthorizeResult (returned value from authorize) for it was not found" in caplog.text


async def test_a_wrong_client_secret_installs_nothing(
    database_url: str, rough_slack: FakeSlack, site: ArticleSite
) -> None:
    slack = rough_slack
    async with installable_app(database_url, slack, site, secret="not-the-secret") as (
        app,
        base,
        session,
    ):
        assert await install(session, base, slack, "T1NORTH") >= 400
        assert app.oauth is not None
        bot = await app.oauth.installations.async_find_bot(enterprise_id=None, team_id="T1NORTH")

    assert bot is None
    [exchange] = slack.calls_to("oauth.v2.access")
    assert exchange.error == "bad_client_secret"


async def test_a_run_from_a_workspace_since_uninstalled_posts_nothing(
    database_url: str,
    rough_slack: FakeSlack,
    site: ArticleSite,
    caplog: pytest.LogCaptureFixture,
) -> None:
    slack = rough_slack
    async with installable_app(database_url, slack, site) as (app, _base, _session):
        assert app.oauth is not None and app.slack is not None
        fallback = AsyncWebClient(token=slack.bot_token, base_url=slack.api_url)
        with pytest.raises(WorkspaceNotInstalled):
            await app.oauth.client_for("T2SOUTH", fallback)
        parent = slack.add_message("C2", "a link")
        runs = await app.store.create_runs(
            ["https://news.example/a"], Origin("slack", "C2", parent.ts, "U1", "T2SOUTH")
        )
        assert runs is not None
        reporter = SlackThreadReporter(
            lambda team: app.oauth.client_for(team, fallback),  # type: ignore[union-attr]
            app.store,
            approvers="",
            resumed=False,
            outbox=SlackOutbox(),
        )
        with caplog.at_level(logging.WARNING, logger="bot.reporters"):
            await reporter.finished(runs[0])

    # Not with the fallback token, nor any other workspace's: nothing at all.
    assert not [c for c in slack.calls if c.method.startswith("chat.")]
    assert "copydesk is not installed in workspace T2SOUTH" in caplog.text
