"""The Slack side of the wiring (bot/bootstrap.py uses it, nothing else): Slack's Web API
client, multi-workspace OAuth, the client each workspace is reached with, and the reporter
each run tells its story through."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.approvers import Approvers
from bot.local_reporters import SilentReporter, TerminalReporter
from bot.metrics import Metrics
from bot.outbox import SlackOutbox
from bot.reporters import SlackThreadReporter
from bot.settings import Settings
from bot.slack.features import SlackFeatures
from bot.slack.home_refresh import HomeRefresher, RefreshingReporter
from bot.slack.oauth import OAuth
from bot.slack.retries import retry_handlers
from orchestrator.domain import Run
from orchestrator.ports import RunStore
from orchestrator.telemetry import Telemetry
from orchestrator.trace import RunReporter
from storage.installations import SqlInstallationStore, SqlOAuthStateStore

ClientFor = Callable[[str], Awaitable[AsyncWebClient | None]]


def build_slack_client(settings: Settings, http: aiohttp.ClientSession) -> AsyncWebClient:
    return AsyncWebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        session=http,
        retry_handlers=retry_handlers(),
    )


def build_oauth(settings: Settings, engine: AsyncEngine) -> OAuth | None:
    """Multi-workspace installs (SLACK_CLIENT_ID/SECRET); None for one workspace's token."""
    if not settings.oauth:
        return None
    assert settings.slack_client_id and settings.slack_client_secret
    return OAuth(
        settings.slack_client_id,
        settings.slack_client_secret,
        SqlInstallationStore(engine, settings.slack_client_id),
        SqlOAuthStateStore(engine),
    )


def workspace_clients(slack: AsyncWebClient | None, oauth: OAuth | None) -> ClientFor:
    """The client a workspace (Slack's team id) is reached with: its installation's under
    OAuth, else the one token's; None when this process has no Slack."""

    async def client_for(team: str) -> AsyncWebClient | None:
        if slack is None:
            return None
        return slack if oauth is None else await oauth.client_for(team, slack)

    return client_for


def approvers_line(settings: Settings, approvers: Approvers) -> str:
    """Who may decide a gate, as an escalation message says it."""
    quorum = (
        f" · {settings.approvals_required} distinct approvals needed; one rejection rejects."
        if settings.approvals_required > 1
        else ""
    )
    return approvers.describe() + quorum


class RunReporters:
    """Which reporter tells a run's story: its Slack thread for a Slack run this process can
    post to, the terminal for the others, nobody for an evaluation re-run. Each is counted
    in /metrics."""

    def __init__(
        self,
        *,
        slack: AsyncWebClient | None,
        oauth: OAuth | None,
        store: RunStore,
        approvers: str,
        outbox: SlackOutbox,
        telemetry: Telemetry,
        features: SlackFeatures,
        metrics: Metrics,
        write: Callable[[str], None],
    ) -> None:
        self.slack = slack
        self.oauth = oauth
        self.store = store
        self.approvers = approvers
        self.outbox = outbox
        self.telemetry = telemetry
        self.features = features
        self.metrics = metrics
        self.write = write
        # Made once the desk is (it reads the Home tab through it); the reporters made
        # before then go without it.
        self.home_refresher: HomeRefresher | None = None

    def __call__(self, run: Run) -> RunReporter:
        reporter: RunReporter
        slack, oauth = self.slack, self.oauth
        if run.lineage is not None and run.lineage.evaluation:
            # An evaluation re-run is compared afterwards, never told anywhere.
            reporter = SilentReporter()
        elif run.origin.transport == "slack" and slack is not None:
            reporter = SlackThreadReporter(
                slack if oauth is None else functools.partial(oauth.client_for, fallback=slack),
                self.store,
                approvers=self.approvers,
                resumed=run.executions > 1,
                outbox=self.outbox,
                telemetry=self.telemetry,
                ended=run.status.is_final,
                features=self.features,
            )
            if self.home_refresher is not None:
                reporter = RefreshingReporter(reporter, self.home_refresher)
        else:
            reporter = TerminalReporter(self.write)
        return self.metrics.reporter(reporter)
