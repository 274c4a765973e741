"""What the HTTP handlers read, and nothing more: the run pages get `PageSources`, `/healthz`
and `/metrics` get a `Probe`. `bot/web.py` makes them from the wired app, so a handler
module never imports `bootstrap` (whose arrows point the other way)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.metrics import Metrics
from bot.outbox import SlackOutbox
from bot.visibility import Visibility
from orchestrator.history import History
from orchestrator.ports import RunStore
from orchestrator.replay import RerunStore
from orchestrator.worker import Worker


@dataclass(frozen=True)
class PageSources:
    """The run pages' reading: runs, history, who may see which, and re-runs."""

    store: RunStore
    history: History
    visibility: Visibility
    reruns: RerunStore | None = None
    trace_url_template: str | None = None  # COPYDESK_TRACE_URL_TEMPLATE


Connected = Callable[[], Awaitable[bool]]


@dataclass(frozen=True)
class Probe:
    """What `/healthz` and `/metrics` look at."""

    engine: AsyncEngine
    metrics: Metrics
    outbox: SlackOutbox
    worker: Worker
    slack_web_api: bool  # this process writes to Slack's Web API
    # Asked on each check: the Socket Mode connection is made after the listeners are.
    slack_socket: Callable[[], Connected | None] = lambda: None


PAGES_KEY = web.AppKey("copydesk_pages", PageSources)
PROBE_KEY = web.AppKey("copydesk_probe", Probe)
