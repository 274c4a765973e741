"""The real copydesk app against FakeSlack and the local article site, for end-to-end tests.

`running_app` builds the app the way `copydesk serve` does (`build_app`, its worker as a
task) and closes it again; `EventsEndpoint` serves `POST /slack/events` on port 0 and
delivers signed Events API requests to it the way Slack does. The thread helpers read what
the bot posted back out of the fake.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from articles import ArticleSite
from bot.bootstrap import App, build_app
from bot.slack.adapter import build_bolt_app
from bot.slack.server import serve_slack
from bot.web import build_public_app, web_auth
from fakes.slack import (
    FakeSlack,
    Message,
    event_callback,
    events_request,
    link_markup,
    message_event,
)
from orchestrator.domain import Run, RunStatus
from orchestrator.reading import InlineExtractor
from support import make_settings

JSON = dict[str, Any]
SIGNING_SECRET = "copydesk-test-signing-secret"
STEPS = ("fetch", "summarise", "fact_check", "tag", "merge")


@asynccontextmanager
async def running_app(
    database_url: str, slack: FakeSlack, site: ArticleSite, *, worker: bool = True, **env: object
) -> AsyncIterator[App]:
    """The app with its worker running, as `copydesk serve` has it; stopped cleanly after.

    `worker=False` leaves starting the worker to the code under test (`serve_slack`). The
    database is one the caller migrated (a copy of conftest's template, most often): the
    app does not check it again. Pages are our own, so extracted in-process.
    """
    # Home tabs refresh only where a test asks (test_home_refresh): the other tests' Slack
    # calls stay theirs to count.
    env.setdefault("COPYDESK_HOME_REFRESH_SECONDS", "0")
    settings = make_settings(
        database_url,
        SLACK_BOT_TOKEN=slack.bot_token,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_APP_TOKEN=slack.app_token,
        SLACK_API_URL=slack.api_url,
        COPYDESK_FETCH_ALLOW=site.allow,
        **env,
    )
    terminal: list[str] = []
    async with build_app(
        settings,
        transports=["slack"],
        write=terminal.append,
        extractor=InlineExtractor(),
        upgrade=False,
    ) as app:
        if not worker:
            yield app
            return
        task = asyncio.create_task(app.worker.run_forever())
        try:
            yield app
        finally:
            await app.worker.stop()
            await asyncio.wait_for(task, timeout=5)


class EventsEndpoint:
    """The bot's `/slack/events` over real HTTP, and Slack's side of it: signed POSTs."""

    def __init__(self, slack: FakeSlack, url: str, session: aiohttp.ClientSession) -> None:
        self.slack = slack
        self.url = url
        self.session = session

    async def post(
        self,
        payload: JSON,
        *,
        retry_num: int | None = None,
        timestamp: int | None = None,
        secret: str = SIGNING_SECRET,
    ) -> tuple[int, str]:
        body, headers = events_request(payload, secret, timestamp=timestamp, retry_num=retry_num)
        async with self.session.post(self.url, data=body, headers=headers) as response:
            return response.status, await response.text()

    async def deliver(
        self, event: JSON, *, event_id: str | None = None, retry_num: int | None = None
    ) -> JSON:
        """Send `event` as an event_callback (Slack has the message first); returns the payload.

        Asserts the 200 ack: every delivery this suite makes must be accepted.
        """
        payload = event_callback(event, event_id=event_id)
        self.slack.add_message_from_event(event)
        status, text = await self.post(payload, retry_num=retry_num)
        assert status == 200, text
        return payload


@asynccontextmanager
async def events_endpoint(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    """The public listener with the bolt app, on 127.0.0.1 port 0 as `serve --http` has it."""
    assert app.slack is not None
    bolt = build_bolt_app(
        app.slack,
        app.desk,
        signing_secret=SIGNING_SECRET,
        background=app.background,
        rater=app.feedback,
        refresher=app.home_refresher,
    )
    runner = web.AppRunner(build_public_app(app, bolt, web_auth(app)), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        async with aiohttp.ClientSession(trust_env=False) as session:
            yield EventsEndpoint(slack, f"http://{host}:{port}/slack/events", session)
    finally:
        await runner.cleanup()


def link_message(site: ArticleSite, path: str = "/news/harbour", **kwargs: Any) -> JSON:
    """A person's message linking a story on the local site as a hyperlinked phrase."""
    return message_event(
        f"have a look at {link_markup(site.url(path), 'the harbour story')}", **kwargs
    )


# ---- reading the thread ------------------------------------------------------------------


def bot_replies(slack: FakeSlack, channel: str, thread_ts: str) -> list[Message]:
    return [m for m in slack.replies(channel, thread_ts) if m.bot_id is not None]


def status_message(slack: FakeSlack, channel: str, thread_ts: str, run_id: int) -> Message:
    [found] = [
        m
        for m in bot_replies(slack, channel, thread_ts)
        if m.text.startswith(f"*Run #{run_id}* · ")
    ]
    return found


def result_messages(slack: FakeSlack, channel: str, thread_ts: str, run_id: int) -> list[Message]:
    """The result of a run: posted once, when it finished, failed or was rejected."""
    endings = (f"*Run #{run_id} finished*", f"*Run #{run_id} failed.*", f"*Run #{run_id} was ")
    return [m for m in bot_replies(slack, channel, thread_ts) if m.text.startswith(endings)]


async def wait_for_result(
    slack: FakeSlack,
    channel: str,
    thread_ts: str,
    run_id: int,
    timeout: float = 10.0,
) -> Message:
    [found] = await slack.wait_for(
        lambda s: result_messages(s, channel, thread_ts, run_id), timeout=timeout
    )
    return found


async def settled_run(app: App, run_id: int, timeout: float = 5.0) -> Run:
    """Run `run_id` once the store has its end (finished, failed, waiting...), told.

    An ended run's outcome commits first and is recorded as told (or its delivery as given
    up) once the thread has it, so a test that saw the result message waits here for the
    record. The store has no change feed to wait on: poll it.
    """
    async with asyncio.timeout(timeout):
        while True:
            run = await app.store.get_run(run_id)
            told = run is not None and (run.result_posted or run.delivery_failure is not None)
            if run is not None and (
                (run.status.is_final and told) or run.status is RunStatus.WAITING
            ):
                return run
            await asyncio.sleep(0.01)


def assert_no_repeated_edits(message: Message) -> None:
    """Every chat.update changed what the message says: no write Slack did not need."""
    repeats = [a for a, b in zip(message.edits, message.edits[1:], strict=False) if a == b]
    assert not repeats, repeats


def hold(site: ArticleSite, path: str) -> asyncio.Event:
    """Make `path` answer only once the returned event is set: a fetch in flight on demand."""
    serve = site.server.routes[path]
    release = asyncio.Event()

    async def held(request: web.Request) -> web.StreamResponse:
        await release.wait()
        return await serve(request)

    site.server.routes[path] = held
    return release


def assert_nothing_went_wrong(caplog: pytest.LogCaptureFixture) -> None:
    """No warning or error was logged.

    Bolt logs a listener's exception instead of raising it, the worker logs a crashed run,
    and the reporter logs a write Slack refused: each is a bug the thread alone might hide.
    """
    errors = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not errors, [r.getMessage() for r in errors]


async def until_printed(
    capsys: pytest.CaptureFixture[str], start: str, *, keep: bool = False
) -> str:
    """The first stdout line starting with `start`, once serve_slack has printed it.

    `keep`: what was read is printed again, for the test to read the lines before it."""
    seen = ""
    async with asyncio.timeout(5):
        while True:
            seen += capsys.readouterr().out
            for line in seen.splitlines():
                if line.startswith(start):
                    if keep:
                        print(seen, end="")
                    return line
            await asyncio.sleep(0.01)


@asynccontextmanager
async def serving(app: App, *, http: bool) -> AsyncIterator[asyncio.Task[int]]:
    """serve_slack as a task; cancelled if the test fails before it was stopped."""
    task = asyncio.create_task(serve_slack(app, http=http, host="127.0.0.1", port=0))
    try:
        yield task
    finally:
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
