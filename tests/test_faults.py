"""Faults injected under the real app: a rate-limiting Slack, a Slack that is down, SIGTERM
mid-run, and a Socket Mode connection that goes silent or dies.

Time is scaled down (Slack down for 2 s, not a minute; a 1 s silence, not 30 s); the paths
taken are the same.
"""

# slack_bolt leaves connect_async()/close_async() unannotated; that is theirs to fix.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import asyncio
import os
import signal
from datetime import UTC, datetime

import aiohttp
import pytest

from articles import ArticleSite
from bot.bootstrap import App
from fakes.slack import FakeSlack, Message, link_markup, message_event
from orchestrator.domain import RunStatus, StepStatus
from slack_harness import (
    EventsEndpoint,
    assert_no_repeated_edits,
    bot_replies,
    events_endpoint,
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
from storage import db
from storage.models import RunRow


def ts_order(messages: list[Message]) -> list[str]:
    return [m.ts for m in sorted(messages, key=lambda m: float(m.ts))]


def assert_each_run_told_once_in_order(slack: FakeSlack, thread: str, run_ids: list[int]) -> None:
    """One status message and one result per run, the status first, no write repeated."""
    for run_id in run_ids:
        status = status_message(slack, "C1", thread, run_id)
        [result] = result_messages(slack, "C1", thread, run_id)
        assert float(status.ts) < float(result.ts)
        assert "finished" in status.text.splitlines()[0]
        assert_no_repeated_edits(status)
    assert len(bot_replies(slack, "C1", thread)) == 2 * len(run_ids)


# ---- Slack rate-limits 30% of calls ------------------------------------------------------


@pytest.mark.slow  # a third of all calls refused and retried: the retries' own time
async def test_with_30_percent_of_calls_rate_limited_every_message_arrives_in_order(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    slack.rate_limit_ratio = 0.3
    paths = ["/news/harbour?edition=1", "/news/harbour?edition=2", "/news/harbour?edition=3"]
    text = " and ".join(link_markup(site.url(p)) for p in paths)
    event = message_event(f"three for you: {text}")
    async with running_app(database_url, slack, site) as app, events_endpoint(app, slack) as events:
        await events.deliver(event)
        for run_id in (1, 2, 3):
            await wait_for_result(slack, "C1", event["ts"], run_id, timeout=30)
            assert (await settled_run(app, run_id)).status is RunStatus.SUCCEEDED
        exposition = app.metrics.exposition().decode()

    limited = [c for c in slack.calls if c.status == 429]
    assert limited  # seeded: the same calls are refused on every run
    assert_each_run_told_once_in_order(slack, event["ts"], [1, 2, 3])
    # Status updates coalesce: fewer edits than the progress reports that asked for them.
    updates = [c for c in slack.calls_to("chat.update") if c.status == 200]
    assert len(updates) < 3 * 6
    assert 'copydesk_slack_api_rate_limited_total{method="chat.postMessage"}' in exposition or (
        'copydesk_slack_api_rate_limited_total{method="chat.update"}' in exposition
    )


# ---- Slack's Web API down for a while ----------------------------------------------------


@pytest.mark.slow  # an outage's own time; test_outbox and test_slack_faults cover the parts
@pytest.mark.parametrize("outage", ["503", "connection refused"])
async def test_runs_carry_on_while_slack_is_down_and_their_messages_arrive_when_it_returns(
    database_url: str, slack: FakeSlack, site: ArticleSite, outage: str
) -> None:
    release = hold(site, "/news/harbour")
    event = link_message(site)
    async with running_app(database_url, slack, site) as app, events_endpoint(app, slack) as events:
        await events.deliver(event)
        # The run has started and said so; then Slack goes away.
        await slack.wait_for(lambda s: s.bot_messages("C1"))
        if outage == "503":
            slack.down = True
        else:
            await slack.go_offline()
        release.set()

        async def steps_done() -> None:
            while True:
                run = await app.store.get_run(1)
                assert run is not None
                if any(s.name == "merge" and s.status is StepStatus.SUCCEEDED for s in run.steps):
                    return
                await asyncio.sleep(0.05)

        # Every step runs while Slack is down: nothing waits on a Slack write.
        await asyncio.wait_for(steps_done(), timeout=10)
        await asyncio.sleep(2.0)
        assert app.outbox.pending >= 1
        assert result_messages(slack, "C1", event["ts"], 1) == []

        if outage == "503":
            slack.down = False
        else:
            await slack.go_online()
        await wait_for_result(slack, "C1", event["ts"], 1, timeout=30)
        run = await settled_run(app, 1)

    assert run.status is RunStatus.SUCCEEDED and run.result_posted
    assert_each_run_told_once_in_order(slack, event["ts"], [1])


# ---- SIGTERM with a run in flight --------------------------------------------------------


def sigterm() -> None:
    # Only once serve_slack has taken SIGTERM over, or it would end the test run.
    assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN, None)
    os.kill(os.getpid(), signal.SIGTERM)


async def _step_running(app: App, run_id: int, name: str) -> None:
    async with asyncio.timeout(10):
        while True:
            run = await app.store.get_run(run_id)
            if run is not None and any(
                s.name == name and s.status is StepStatus.RUNNING for s in run.steps
            ):
                return
            await asyncio.sleep(0.02)


async def _lease(database_url: str, run_id: int) -> tuple[str | None, datetime | None]:
    engine = db.make_engine(database_url)
    try:
        async with engine.connect() as connection:
            table = RunRow.__table__
            row = (
                await connection.execute(
                    table.select().where(table.c.id == run_id)  # type: ignore[attr-defined]
                )
            ).one()
    finally:
        await engine.dispose()
    expires = row.lease_expires_at
    if isinstance(expires, datetime) and expires.tzinfo is None:
        expires = expires.replace(tzinfo=UTC)
    return row.lease_owner, expires


@pytest.mark.slow  # a SIGTERM grace, then a second app resuming the run
async def test_sigterm_lets_the_step_in_flight_finish_hands_the_run_back_and_it_resumes(
    database_url: str, slack: FakeSlack, site: ArticleSite, capsys: pytest.CaptureFixture[str]
) -> None:
    release = hold(site, "/news/harbour")
    event = link_message(site)
    async with running_app(
        database_url, slack, site, worker=False, COPYDESK_SHUTDOWN_GRACE="10s"
    ) as app:
        async with serving(app, http=True) as serve:
            listening = await until_printed(capsys, "Listening for Slack at ")
            url = listening.split()[4]
            async with aiohttp.ClientSession(trust_env=False) as session:
                await EventsEndpoint(slack, url, session).deliver(event)
            await _step_running(app, 1, "fetch")

            sigterm()
            # The worker is winding down, waiting on the fetch in flight.
            await asyncio.sleep(0.3)
            assert not serve.done()
            release.set()
            assert await asyncio.wait_for(serve, timeout=10) == 0

        stopped = await app.store.get_run(1)
        assert stopped is not None and stopped.status is RunStatus.RUNNING
        assert [(s.name, s.status) for s in stopped.steps] == [("fetch", StepStatus.SUCCEEDED)]
        _owner, expires = await _lease(database_url, 1)
        assert expires is not None and expires <= datetime.now(UTC)  # claimable at once

    # Restarted (or another worker): the run resumes after its fetch, in the same thread.
    async with running_app(database_url, slack, site) as again:
        await wait_for_result(slack, "C1", event["ts"], 1, timeout=15)
        resumed = await settled_run(again, 1)
    assert resumed.status is RunStatus.SUCCEEDED
    assert resumed.executions == 2
    assert [s.name for s in resumed.steps].count("fetch") == 1
    assert_each_run_told_once_in_order(slack, event["ts"], [1])


# ---- Socket Mode: a silent or dead connection --------------------------------------------


@pytest.mark.parametrize("fault", ["silent", "dead"])
async def test_the_watchdog_replaces_a_silent_or_dead_socket_and_events_flow_again(
    database_url: str,
    slack: FakeSlack,
    site: ArticleSite,
    capsys: pytest.CaptureFixture[str],
    fault: str,
) -> None:
    async with (
        running_app(database_url, slack, site, worker=False, COPYDESK_SOCKET_SILENCE="0.5s") as app,
        serving(app, http=False) as serve,
    ):
        # Printed after "Connected to Slack over Socket Mode.".
        health = await until_printed(capsys, "Health at ")
        await slack.wait_for(lambda s: s._open_connections())
        [first] = slack._open_connections()
        if fault == "silent":
            # The server stops reading: pings go unanswered, nothing is closed.
            assert first.transport is not None
            first.transport.pause_reading()  # type: ignore[attr-defined]
        else:
            await slack.socket_disconnect(abrupt=True)

        await slack.wait_for(lambda s: s.socket_connects >= 2, timeout=10)
        await slack.wait_for(
            lambda s: [c for c in s._open_connections() if c is not first], timeout=10
        )
        if fault == "silent":
            # Slack would stop sending down a socket it hears nothing from.
            await first.ws.close()
        assert app.slack_connected is not None
        async with asyncio.timeout(5):
            # The SDK's connection state has no event to wait on: poll it.
            while not await app.slack_connected():  # noqa: ASYNC110
                await asyncio.sleep(0.05)

        event = link_message(site)
        envelope = await slack.socket_send_event(event)
        await slack.wait_for_ack(envelope)
        await wait_for_result(slack, "C1", event["ts"], 1)

        base = health.split()[2].rstrip(",").removesuffix("/healthz")
        async with (
            aiohttp.ClientSession(trust_env=False) as session,
            session.get(f"{base}/metrics") as metrics,
        ):
            exposition = await metrics.text()
        if fault == "silent":
            assert "copydesk_slack_socket_reconnects_total 1.0" in exposition
        sigterm()
        assert await asyncio.wait_for(serve, timeout=10) == 0
