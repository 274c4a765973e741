"""The one place where copydesk is wired together, from one Settings object.

Every entry point (serve, chat, run, worker, the CLI's read-only commands, the tests) asks
for an `App` here; nothing is built at import time.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass

import aiohttp
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.approvers import Approvers
from bot.core import Desk
from bot.reporters import SlackThreadReporter, TerminalReporter
from bot.settings import Settings
from orchestrator.domain import GateDecision, Run
from orchestrator.gatekeeper import GateKeeper
from orchestrator.pipeline import Pipeline, PipelineConfig, RunReporter
from orchestrator.ports import Model
from orchestrator.reading import FetchPolicy, SafeReader
from orchestrator.worker import Worker
from storage import db
from storage.notify import PgWakeups
from storage.store import SqlRunStore

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


def build_model(settings: Settings) -> Model:
    if settings.offline:
        from orchestrator.models.offline import OfflineModel

        return OfflineModel()
    from orchestrator.models.claude import DEFAULT_MODEL, ClaudeModel, build_client

    assert settings.anthropic_api_key is not None
    client = build_client(settings.anthropic_api_key, base_url=settings.anthropic_base_url)
    return ClaudeModel(client, settings.model or DEFAULT_MODEL)


def build_slack_client(settings: Settings, http: aiohttp.ClientSession) -> AsyncWebClient:
    return AsyncWebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        session=http,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=5),
            AsyncConnectionErrorRetryHandler(max_retry_count=3),
            AsyncServerErrorRetryHandler(max_retry_count=3),
        ],
    )


def model_announcement(model: Model) -> str:
    if model.name == "offline":
        return (
            "Using the offline model: extractive summaries, keyword tags and fact-checks "
            "done by code, no tokens spent. Set ANTHROPIC_API_KEY to use Claude."
        )
    return f"Using Claude ({model.name})."


@asynccontextmanager
async def build_app(
    settings: Settings,
    *,
    transports: Sequence[str],
    write: Callable[[str], None] | None = None,
    upgrade: bool = True,
) -> AsyncIterator[App]:
    """Everything a process needs, closed again on exit.

    `transports` names the runs this process's worker may take: a worker can only report to
    the places it can reach (a console worker cannot post to Slack).
    """
    write = write or (lambda line: print(line, file=sys.stdout, flush=True))
    async with AsyncExitStack() as stack:
        if upgrade and db.is_sqlite(settings.database_url):
            # An embedded database is ours to keep current; a shared Postgres is upgraded
            # by its operator with `copydesk db upgrade`.
            await db.upgrade(settings.database_url)
        engine = db.make_engine(settings.database_url)
        stack.push_async_callback(engine.dispose)
        store = SqlRunStore(engine)
        http = aiohttp.ClientSession(trust_env=False)
        stack.push_async_callback(http.close)
        reader = SafeReader(FetchPolicy.from_allow_list(settings.fetch_allow_raw))
        stack.push_async_callback(reader.aclose)
        model = build_model(settings)
        pipeline = Pipeline(
            store, model, reader, PipelineConfig(token_budget=settings.run_token_budget)
        )
        slack = build_slack_client(settings, http) if settings.slack_bot_token else None

        approvers = Approvers(settings.approvers, slack)

        def reporter_for(run: Run) -> RunReporter:
            if run.origin.transport == "slack" and slack is not None:
                return SlackThreadReporter(
                    slack, store, approvers=approvers.describe(), resumed=run.executions > 1
                )
            return TerminalReporter(write)

        gatekeeper = GateKeeper(
            store,
            lambda: worker.wake(),
            timeout=settings.gate_timeout,
            timeout_outcome=GateDecision.APPROVED
            if settings.gate_timeout_outcome == "approve"
            else GateDecision.REJECTED,
        )
        worker = Worker(
            store,
            pipeline,
            reporter_for,
            transports=transports,
            concurrency=settings.worker_concurrency,
            idle_seconds=settings.sweep_seconds,
            sweep=gatekeeper.expire,
        )
        desk = Desk(
            store,
            worker.wake,
            gatekeeper,
            approvers,
            reporter_for,
            max_links=settings.max_links_per_message,
        )
        if not db.is_sqlite(settings.database_url) and transports:
            # Other processes' new runs and decisions arrive as NOTIFY; SQLite has only
            # this process, which wakes its worker directly.
            listener = PgWakeups(settings.database_url, worker.wake)
            await listener.start()
            stack.push_async_callback(listener.stop)
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
        )
