"""Issue 2 end to end over Socket Mode: FakeSlack pushes envelopes down a real websocket.

The app is built as `copydesk serve` builds it with SLACK_APP_TOKEN set: bolt without request
signing, behind slack_bolt's AsyncSocketModeHandler, with the in-process worker.
"""

# slack_bolt leaves connect_async()/close_async() unannotated; that is theirs to fix.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator, Iterator

import aiohttp
import pytest
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from articles import ArticleSite
from bot.bootstrap import App
from bot.slack.adapter import build_bolt_app
from fakes.slack import (
    BOT_USER_ID,
    FakeSlack,
    app_mention_event,
    link_markup,
    message_event,
    new_event_id,
)
from orchestrator.domain import RunStatus, StepStatus
from slack_harness import (
    STEPS,
    EventsEndpoint,
    assert_no_repeated_edits,
    assert_nothing_went_wrong,
    bot_replies,
    hold,
    link_message,
    result_messages,
    running_app,
    serving,
    settled_run,
    status_message,
    until_printed,
    wait_for_result,
)


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    async with running_app(database_url, slack, site) as running:
        yield running


@pytest.fixture
async def socket(app: App, slack: FakeSlack) -> AsyncIterator[AsyncSocketModeHandler]:
    """Connected as `copydesk serve` connects; closed before the fake Slack stops."""
    assert app.slack is not None
    bolt = build_bolt_app(app.slack, app.desk, signing_secret=None, background=app.background)
    handler = AsyncSocketModeHandler(bolt, slack.app_token)
    try:
        await handler.connect_async()
        await slack.wait_for(lambda s: s.socket_connections)
        yield handler
    finally:
        await handler.close_async()


@pytest.fixture(autouse=True)
def nothing_went_wrong(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    yield
    assert_nothing_went_wrong(caplog)


async def run_probe(app: App, slack: FakeSlack, site: ArticleSite) -> int:
    """A fresh good link; its run id once finished (see test_slack_http.run_probe)."""
    event = link_message(site)
    await slack.socket_send_event(event)
    result = await slack.wait_for(
        lambda s: [m for m in bot_replies(s, "C1", event["ts"]) if " finished* — " in m.text]
    )
    run_id = int(result[0].text.removeprefix("*Run #").split(" ", 1)[0])
    await settled_run(app, run_id)
    return run_id


async def test_a_pushed_link_is_acked_then_run_in_its_thread(
    app: App, slack: FakeSlack, site: ArticleSite, socket: AsyncSocketModeHandler
) -> None:
    release = hold(site, "/news/harbour")
    event = link_message(site)

    envelope_id = await slack.socket_send_event(event)

    # Acked while the article is still being fetched: the ack never waits on the run.
    assert await slack.wait_for_ack(envelope_id) is None
    assert not result_messages(slack, "C1", event["ts"], 1)
    release.set()
    result = await wait_for_result(slack, "C1", event["ts"], 1)

    status = status_message(slack, "C1", event["ts"], 1)
    assert bot_replies(slack, "C1", event["ts"]) == [status, result]
    assert "finished" in status.text.splitlines()[0]
    assert 1 <= len(status.edits) <= len(STEPS) + 3
    assert_no_repeated_edits(status)
    assert result.text.startswith("*Run #1 finished* — ")
    for section in ("*Summary*", "*Tags* `", "*Fact-check* ", "*Tokens* "):
        assert section in result.text

    run = await settled_run(app, 1)
    assert run.status is RunStatus.SUCCEEDED
    assert (run.origin.channel, run.origin.thread_ts) == ("C1", event["ts"])
    latest = {step.name: step for step in sorted(run.steps, key=lambda s: s.attempt)}
    assert set(latest) == set(STEPS)
    assert all(step.status is StepStatus.SUCCEEDED for step in latest.values())


async def test_a_redelivered_envelope_starts_no_second_run(
    app: App, slack: FakeSlack, site: ArticleSite, socket: AsyncSocketModeHandler
) -> None:
    event = link_message(site)
    event_id = new_event_id()

    first = await slack.socket_send_event(event, event_id=event_id)
    # Slack redelivers an event it thinks went unacknowledged, in a new envelope.
    again = await slack.socket_send_event(
        event, event_id=event_id, retry_attempt=1, retry_reason="timeout"
    )
    await wait_for_result(slack, "C1", event["ts"], 1)
    # And after a reconnect, once more.
    await slack.socket_disconnect()
    await slack.wait_for(lambda s: s.socket_connects == 2 and s.socket_connections)
    last = await slack.socket_send_event(
        event, event_id=event_id, retry_attempt=2, retry_reason="timeout"
    )

    for envelope_id in (first, again, last):
        await slack.wait_for_ack(envelope_id)
    assert await run_probe(app, slack, site) == 2
    assert len(bot_replies(slack, "C1", event["ts"])) == 2  # one status, one result
    assert [run.id for run in await app.store.list_runs()] == [2, 1]


async def test_a_mention_pushed_as_message_and_app_mention_runs_once(
    app: App, slack: FakeSlack, site: ArticleSite, socket: AsyncSocketModeHandler
) -> None:
    text = f"<@{BOT_USER_ID}> {link_markup(site.url('/news/harbour'))}"
    message = message_event(text)
    mention = app_mention_event(text, ts=message["ts"])

    await asyncio.gather(slack.socket_send_event(message), slack.socket_send_event(mention))
    await wait_for_result(slack, "C1", message["ts"], 1)

    assert await run_probe(app, slack, site) == 2
    assert len(bot_replies(slack, "C1", message["ts"])) == 2


async def test_a_question_over_the_socket_is_answered_once_in_its_thread(
    app: App, slack: FakeSlack, site: ArticleSite, socket: AsyncSocketModeHandler
) -> None:
    assert await run_probe(app, slack, site) == 1
    question = app_mention_event("what happened on run 1", channel="C2")

    await slack.socket_send_event(question)
    await slack.socket_send_event(question, retry_attempt=1)  # a new event_id, same message
    [answer] = await slack.wait_for(lambda s: bot_replies(s, "C2", question["ts"]))
    await run_probe(app, slack, site)

    assert bot_replies(slack, "C2", question["ts"]) == [answer]
    assert answer.text.startswith("*Run #1* · ")
    assert "*Steps*" in answer.text


# ---- `copydesk serve` itself: serve_slack until SIGTERM ---------------------------------


async def terminate(task: asyncio.Task[int]) -> int:
    """SIGTERM, as a process manager stops `copydesk serve`; serve_slack's exit code."""
    # Only ever signal ourselves once serve_slack has taken SIGTERM over, or it would end
    # the test run.
    assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN, None)
    os.kill(os.getpid(), signal.SIGTERM)
    async with asyncio.timeout(10):
        return await task


async def test_serve_over_socket_mode_runs_links_and_stops_on_sigterm(
    database_url: str, slack: FakeSlack, site: ArticleSite, capsys: pytest.CaptureFixture[str]
) -> None:
    async with (
        running_app(database_url, slack, site, worker=False) as app,
        serving(app, http=False) as serve,
    ):
        await until_printed(capsys, "Connected to Slack over Socket Mode.")
        event = link_message(site)
        envelope_id = await slack.socket_send_event(event)
        await slack.wait_for_ack(envelope_id)
        await wait_for_result(slack, "C1", event["ts"], 1)
        assert (await settled_run(app, 1)).status is RunStatus.SUCCEEDED

        assert await terminate(serve) == 0
        await slack.wait_for(lambda s: not s.socket_connections)


async def test_serve_over_http_runs_links_answers_health_and_stops_on_sigterm(
    database_url: str, slack: FakeSlack, site: ArticleSite, capsys: pytest.CaptureFixture[str]
) -> None:
    async with (
        running_app(database_url, slack, site, worker=False) as app,
        serving(app, http=True) as serve,
    ):
        # The last line start-up prints; the ones before it are kept in `printed`.
        notice = await until_printed(capsys, "Run pages at ", keep=True)
        assert "loopback only: no sign-in is configured" in notice
        printed = capsys.readouterr().out
        [listening] = [x for x in printed.splitlines() if x.startswith("Listening for Slack")]
        [health_line] = [x for x in printed.splitlines() if x.startswith("Health at ")]
        base = listening.split()[4].removesuffix("/slack/events")
        ops = health_line.split()[2].rstrip(",").removesuffix("/healthz")
        assert ops != base and ops.startswith("http://127.0.0.1:")
        async with aiohttp.ClientSession(trust_env=False) as session:
            events = EventsEndpoint(slack, f"{base}/slack/events", session)
            event = link_message(site)
            await events.deliver(event)
            await wait_for_result(slack, "C1", event["ts"], 1)
            await settled_run(app, 1)
            # The public port serves Slack's events and nothing else.
            for path in ("/healthz", "/metrics", "/runs", "/runs/1"):
                async with session.get(f"{base}{path}") as public:
                    assert public.status == 404, path
            async with session.get(f"{ops}/healthz") as health:
                report = await health.json()
                assert health.status == 200
                assert report["ok"] and report["database"] == "ok" and report["worker"] == "ok"
            async with session.get(f"{ops}/runs/1") as page:
                assert page.status == 200
                assert "Run #1" in await page.text()

        assert await terminate(serve) == 0
