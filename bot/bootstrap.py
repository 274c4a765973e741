"""The one place where copydesk is wired together, from one Settings object.

Every entry point (serve, chat, run, worker, the CLI's read-only commands, the tests) asks
for an `App` here; nothing is built at import time.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.approvers import Approvers
from bot.background import Background
from bot.bootstrap_models import ModelShelf, build_asker, build_claude, build_model
from bot.bootstrap_slack import (
    RunReporters,
    approvers_line,
    build_oauth,
    build_slack_client,
    workspace_clients,
)
from bot.core import Desk
from bot.metrics import Metrics
from bot.outbox import SlackOutbox
from bot.reminders import ThreadReminders
from bot.settings import Settings
from bot.slack.features import SlackFeatures
from bot.slack.home_refresh import HomeRefresher
from bot.slack.inbox import HomeTab
from bot.slack.mentions import mention
from bot.slack.oauth import OAuth
from bot.telemetry import OtelTelemetry, build_telemetry
from bot.visibility import Members, Visibility
from orchestrator.domain import GateDecision
from orchestrator.gatekeeper import GateKeeper
from orchestrator.gates import UnverifiedCitations
from orchestrator.pipeline import Pipeline, PipelineConfig
from orchestrator.ports import Model
from orchestrator.reading import Extractor, FetchPolicy, SafeReader
from orchestrator.reminders import GateReminders
from orchestrator.replay import Rerunner
from orchestrator.retention import Retention
from orchestrator.telemetry import NO_TELEMETRY, Telemetry
from orchestrator.worker import Worker
from storage import db
from storage.corrections import SqlCorrections
from storage.feedback import SqlCapabilities, SqlFeedback
from storage.history import SqlHistory
from storage.notify import PgWakeups
from storage.reminders import SqlReminders
from storage.reruns import SqlReruns
from storage.store import SqlRunStore
from storage.votes import SqlVotes

if TYPE_CHECKING:
    # Imported where used: a command that needs no Slack listener never loads bolt's app.
    from slack_bolt.async_app import AsyncApp

    from bot.ask import ClaudeAsker

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    engine: AsyncEngine
    store: SqlRunStore
    reader: SafeReader
    model: Model
    pipeline: Pipeline
    worker: Worker
    desk: Desk
    slack: AsyncWebClient | None
    http: aiohttp.ClientSession
    gatekeeper: GateKeeper
    approvers: Approvers
    history: SqlHistory
    metrics: Metrics
    outbox: SlackOutbox
    # Multi-workspace installs (SLACK_CLIENT_ID/SECRET); None for one workspace's token.
    # Replies that go on after Slack has heard back; drained before the app closes.
    background: Background = field(default_factory=Background)
    oauth: OAuth | None = None
    # Set by whoever holds a Slack connection (Socket Mode): is it up? For /healthz.
    slack_connected: Callable[[], Awaitable[bool]] | None = None
    # Free-form questions answered by Claude from the trace; None with the offline model.
    asker: ClaudeAsker | None = None
    # Who may see which runs: every question and the run pages go through it.
    visibility: Visibility | None = None
    # Spans of every run (OpenTelemetry), or the no-op port when no OTEL_* variable asks.
    telemetry: Telemetry = NO_TELEMETRY
    # Re-runs of earlier runs (`copydesk rerun`, "rerun 42 from fact_check").
    reruns: SqlReruns | None = None
    rerunner: Rerunner | None = None
    # 👍 / 👎 on results (the feedback buttons), and what each workspace's Slack refused.
    feedback: SqlFeedback | None = None
    # Re-publishes Home tabs when gates change (COPYDESK_HOME_REFRESH_SECONDS); None: off.
    home_refresher: HomeRefresher | None = None


def build_slack_listener(app: App, *, http: bool) -> AsyncApp:
    """The Slack listener (bolt) over the app's Desk, built here like everything else.
    Over HTTP, Slack's requests are signed and, with OAuth, each workspace authorised with
    its own installation; over Socket Mode, requests come on our authenticated websocket."""
    from bot.slack.adapter import build_bolt_app

    settings = app.settings
    return build_bolt_app(
        app.slack,
        app.desk,
        signing_secret=settings.slack_signing_secret if http else None,
        oauth=app.oauth if http else None,
        background=app.background,
        rater=app.feedback,
        refresher=app.home_refresher,
    )


@asynccontextmanager
async def build_app(
    settings: Settings,
    *,
    transports: Sequence[str],
    write: Callable[[str], None] | None = None,
    upgrade: bool = True,
    extractor: Extractor | None = None,
) -> AsyncIterator[App]:
    """Everything a process needs, closed again on exit.

    `transports` names the runs this process's worker may take: a worker can only report to
    the places it can reach (a console worker cannot post to Slack). `extractor` replaces
    the reader's extraction child (tests of our own pages read them in-process).
    """
    write = write or (lambda line: print(line, file=sys.stdout, flush=True))
    async with AsyncExitStack() as stack:
        telemetry = build_telemetry(settings)
        if isinstance(telemetry, OtelTelemetry):
            # First in, so last out: the spans of whatever closes before it are exported too.
            stack.push_async_callback(telemetry.aclose)
        if upgrade and db.is_sqlite(settings.database_url):
            # An embedded database is ours to keep current; a shared Postgres is upgraded
            # by its operator with `copydesk db upgrade`.
            await db.upgrade(settings.database_url)
        engine = db.make_engine(settings.database_url)
        stack.push_async_callback(engine.dispose)
        store = SqlRunStore(engine, durable_steps=settings.step_commits == "durable")
        # Before the engine: the store's SQLite thread and connection, after all that uses it.
        stack.push_async_callback(store.aclose)
        history = SqlHistory(engine)
        metrics = Metrics()
        http = aiohttp.ClientSession(trust_env=False, trace_configs=[metrics.slack_trace()])
        stack.push_async_callback(http.close)
        outbox = SlackOutbox(
            give_up_after=settings.slack_give_up_after.total_seconds(),
            on_change=metrics.slack_outbox_pending.set,
            on_retry=metrics.slack_outbox_retries.inc,
            on_give_up=lambda failure: metrics.slack_deliveries_failed.labels(failure.code).inc(),
        )
        # Closed before the Slack session: writes still queued get a last chance first.
        stack.push_async_callback(_close_outbox, outbox, settings)
        reader = SafeReader(
            FetchPolicy.from_allow_list(settings.fetch_allow_raw),
            telemetry=telemetry,
            extractor=extractor,
        )
        stack.push_async_callback(reader.aclose)
        claude = build_claude(settings, metrics)
        if claude is not None:
            stack.push_async_callback(claude.client.close)
        model = build_model(settings, claude, telemetry)
        stack.push_async_callback(model.aclose)
        shelf = ModelShelf(settings, model, claude, telemetry)
        corrections = SqlCorrections(store.runner)
        pipeline = Pipeline(
            store,
            model,
            reader,
            PipelineConfig(
                token_budget=settings.run_token_budget,
                unverified_citations=UnverifiedCitations(settings.unverified_citations),
            ),
            telemetry=telemetry,
            models=shelf.get,
            corrections=corrections,
        )
        oauth = build_oauth(settings, engine)
        # With OAuth and no SLACK_BOT_TOKEN this client has no token: each workspace's
        # client is made from it with that workspace's installed token.
        slack = (
            build_slack_client(settings, http)
            if settings.slack_bot_token or oauth is not None
            else None
        )

        approvers = Approvers(settings.approvers, slack)
        feedback = SqlFeedback(store.runner)
        reporter_for = RunReporters(
            slack=slack,
            oauth=oauth,
            store=store,
            approvers=approvers_line(settings, approvers),
            outbox=outbox,
            telemetry=telemetry,
            features=SlackFeatures(
                SqlCapabilities(store.runner), enabled=settings.slack_streaming == "auto"
            ),
            metrics=metrics,
            write=write,
        )

        gatekeeper = GateKeeper(
            store,
            lambda: worker.wake(),
            timeout=settings.gate_timeout,
            timeout_outcome=GateDecision.APPROVED
            if settings.gate_timeout_outcome == "approve"
            else GateDecision.REJECTED,
            telemetry=telemetry,
            votes=SqlVotes(store.runner),
            required=settings.approvals_required,
            corrections=corrections,
            name_of=mention,
        )
        worker = Worker(
            store,
            pipeline,
            reporter_for,
            transports=transports,
            concurrency=settings.worker_concurrency,
            lease_seconds=settings.lease_seconds,
            idle_seconds=settings.sweep_seconds,
            sweep=_sweep(gatekeeper, history, settings, lambda: reminders.sweep()),
            max_attempts=settings.run_max_attempts,
            crash_backoff=settings.run_retry_seconds,
        )
        asker = build_asker(settings, claude, store, history)
        client_for = workspace_clients(slack, oauth)
        reminders = ThreadReminders(
            GateReminders(
                store,
                SqlReminders(store.runner),
                remind_after=settings.gate_remind_after,
                # Escalation needs someone to escalate to; the further delay defaults to the
                # reminder's own.
                escalate_after=(settings.escalate_after or settings.gate_remind_after)
                if settings.escalate_to
                else None,
                timeout=settings.gate_timeout,
            ),
            approvers,
            settings.escalate_to,
            client_for,
            timeout_outcome=gatekeeper.timeout_outcome,
        )

        visibility = Visibility(
            history,
            approvers,
            Members(client_for, ttl=settings.members_cache_seconds),
            mode=settings.history_visibility,
        )
        reruns = SqlReruns(store)
        rerunner = Rerunner(store, reruns, worker.wake, check_model=shelf.problem)
        desk = Desk(
            store,
            worker.wake,
            gatekeeper,
            approvers,
            reporter_for,
            history=history,
            max_links=settings.max_links_per_message,
            public_url=settings.public_url,
            asker=asker,
            visibility=visibility,
            rerunner=rerunner,
        )
        # "how were this week's results rated?": answered from the same ratings, within
        # the asker's scope (bot/ratings.py).
        desk.sources = dataclasses.replace(desk.sources, ratings=feedback)
        home_refresher: HomeRefresher | None = None
        if slack is not None and settings.home_refresh_seconds > 0:
            home_refresher = reporter_for.home_refresher = HomeRefresher(
                HomeTab(desk),
                outbox,
                client_for,
                approvers,
                delay=settings.home_refresh_seconds,
            )
            stack.push_async_callback(home_refresher.aclose)
        if not db.is_sqlite(settings.database_url) and transports:
            # Other processes' new runs and decisions arrive as NOTIFY; SQLite has only
            # this process, which wakes its worker directly.
            listener = PgWakeups(settings.database_url, worker.wake)
            await listener.start()
            stack.push_async_callback(listener.stop)
        background = Background()
        # Pushed last, so it runs first on the way out: replies finish before Slack's
        # client and the database close under them.
        stack.push_async_callback(background.drain)
        yield App(
            settings,
            engine,
            store,
            reader,
            model,
            pipeline,
            worker,
            desk,
            slack,
            http,
            gatekeeper,
            approvers,
            history,
            metrics,
            outbox,
            background=background,
            oauth=oauth,
            asker=asker,
            visibility=visibility,
            telemetry=telemetry,
            reruns=reruns,
            rerunner=rerunner,
            feedback=feedback,
            home_refresher=home_refresher,
        )


def _sweep(
    gatekeeper: GateKeeper,
    history: SqlHistory,
    settings: Settings,
    remind: Callable[[], Awaitable[object]],
) -> Callable[[], Awaitable[object]]:
    """What an idle worker does now and then: time out gates, remind the approvers of
    gates still waiting, and prune once a day."""
    retention = Retention(history, settings.prune_after) if settings.prune_after else None

    async def sweep() -> None:
        await gatekeeper.expire()
        if settings.gate_remind_after is not None:
            await remind()
        if retention is not None:
            await retention.maybe_prune()

    return sweep


async def _close_outbox(outbox: SlackOutbox, settings: Settings) -> None:
    await outbox.drain(min(5.0, settings.shutdown_grace.total_seconds()))
    await outbox.aclose()
