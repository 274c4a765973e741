"""Every way a Slack call fails, through the real SDK against the fault-injecting fake, and
what the real app does about each: no run is ever held hostage by its thread.

Each app test ends with every run in a final state in history and the bot still answering.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from articles import ArticleSite
from bot.bootstrap import App
from bot.cli import run_json
from bot.pages import run_html
from bot.render import trace_text
from bot.reporters import PLAIN_LIMIT
from bot.slack.failures import Kind, SlackFailure, classify
from fakes.slack_faults import NOT_SLACK, OK_FALSE, Fault, FaultySlack, Shape
from orchestrator.domain import Gate, Origin, RunStatus
from slack_harness import (
    bot_replies,
    events_endpoint,
    link_message,
    result_messages,
    running_app,
    settled_run,
    wait_for_result,
)


@pytest.fixture
async def faulty() -> AsyncIterator[FaultySlack]:
    async with FaultySlack() as fake:
        yield fake


# ---- classification, shape by shape, on writes and reads --------------------------------

METHODS = ("chat.postMessage", "chat.update", "conversations.replies")
EXPECTED = {
    (Shape.PLAIN, 404): Kind.PERMANENT,  # a wrong SLACK_API_URL: trying again repeats it
    (Shape.PLAIN, 500): Kind.TRANSIENT,
    (Shape.HTML, 502): Kind.TRANSIENT,
    (Shape.HTML, 200): Kind.PERMANENT,
    (Shape.BAD_JSON, 200): Kind.PERMANENT,
    (Shape.BAD_JSON, 503): Kind.TRANSIENT,
    (Shape.DROP, 200): Kind.TRANSIENT,
    (Shape.LOST, 200): Kind.TRANSIENT,
}


async def _failure(slack: FaultySlack, method: str, timeout: float = 5) -> SlackFailure:
    # No SDK retries: each shape is seen as it came. A short timeout only for SLOW: the
    # others answer at once, and a loaded machine must not turn them into timeouts.
    client = AsyncWebClient(
        token=slack.bot_token, base_url=slack.api_url, timeout=timeout, retry_handlers=[]
    )
    posted = slack.add_message("C1", "a message of the bot's", user=slack.bot_user_id)
    calls = {
        "chat.postMessage": lambda: client.chat_postMessage(channel="C1", text="hello"),
        "chat.update": lambda: client.chat_update(channel="C1", ts=posted.ts, text="edited"),
        "conversations.replies": lambda: client.conversations_replies(channel="C1", ts=posted.ts),
    }
    try:
        await calls[method]()
    except Exception as error:
        return classify(error)
    raise AssertionError(f"{method} did not fail")


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fault", NOT_SLACK, ids=lambda f: f"{f.shape.value}-{f.status}")
async def test_an_answer_that_is_not_slacks_json_is_classified_by_its_meaning(
    faulty: FaultySlack, method: str, fault: Fault
) -> None:
    # Three times: aiohttp itself sends a GET (a read) again once when the connection drops.
    faulty.inject(method, Fault(fault.shape, fault.status, times=3))
    failure = await _failure(faulty, method)
    assert failure.kind is EXPECTED[(fault.shape, fault.status)], failure
    assert failure.reason  # a sentence for the operator, never a traceback
    assert faulty.injected[0] == (method, fault.shape, fault.status)


@pytest.mark.parametrize("method", METHODS)
async def test_a_slack_that_does_not_answer_in_time_is_a_timeout_that_passes(
    faulty: FaultySlack, method: str
) -> None:
    # Held twice as long as the client waits; the fake and the client share one event loop,
    # so the client's earlier deadline fires first however loaded the machine is.
    faulty.inject(method, Fault(Shape.SLOW, seconds=0.5))
    failure = await _failure(faulty, method, timeout=0.25)
    assert failure.kind is Kind.TRANSIENT and failure.code == "timeout"


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(("error", "status"), OK_FALSE, ids=[e for e, _ in OK_FALSE])
async def test_each_refusal_a_bot_meets_is_classified(
    faulty: FaultySlack, method: str, error: str, status: int
) -> None:
    faulty.fail_next(method, error, status=status, retry_after=3)
    failure = await _failure(faulty, method)
    assert failure.code == error
    if error == "ratelimited":
        assert failure.kind is Kind.TRANSIENT and failure.retry_after == 3.0
    elif error in ("msg_too_long", "invalid_blocks"):
        assert failure.kind is Kind.REFORMAT
    else:
        assert failure.kind is Kind.PERMANENT


def test_what_is_not_slacks_doing_is_not_retried() -> None:
    assert classify(ValueError("a bug")).kind is Kind.PERMANENT
    assert classify(aiohttp.ClientConnectionError()).kind is Kind.TRANSIENT
    assert classify(TimeoutError()).kind is Kind.TRANSIENT


# ---- the app: runs end whatever their thread does ---------------------------------------


async def _still_answering(app: App, faulty: FaultySlack, site: ArticleSite) -> None:
    """The bot takes a new link and tells its thread, once Slack behaves again."""
    async with events_endpoint(app, faulty) as events:
        event = link_message(site, "/news/harbour?again=1", ts="1800000000.000900")
        await events.deliver(event)
        await wait_for_result(faulty, "C1", event["ts"], await _last_run_id(app), timeout=20)


async def _gate_posted(app: App, run_id: int) -> Gate:
    """The run's waiting gate once its message is recorded (the run waits first)."""
    async with asyncio.timeout(10):
        while True:
            gate = await app.store.waiting_gate(run_id)
            if gate is not None and gate.message_ref is not None:
                return gate
            await asyncio.sleep(0.02)


async def _last_run_id(app: App) -> int:
    [latest] = await app.store.list_runs(limit=1)
    return latest.id


async def _resumed_run(app: App, thread_ts: str, url: str) -> int:
    """A run whose first execution died (its lease lapsed): the next one is a resume."""
    [run] = await app.store.create_runs([url], Origin("slack", "C1", thread_ts, "U1", "T1")) or []
    taken = await app.store.claim_run(
        "dead-worker", lease_seconds=0, transports=["slack"], run_id=run.id
    )
    assert taken is not None and taken.id == run.id
    return run.id


@asynccontextmanager
async def worker_running(app: App) -> AsyncIterator[None]:
    task = asyncio.create_task(app.worker.run_forever())
    try:
        yield
    finally:
        await app.worker.stop()
        await asyncio.wait_for(task, timeout=5)


async def test_a_resumed_run_survives_a_thread_look_up_answering_plain_text_404(
    database_url: str, faulty: FaultySlack, site: ArticleSite
) -> None:
    # Issue 12's report: after a kill, conversations.replies answered 404 in plain text
    # (a proxy, a wrong SLACK_API_URL) and the resumed runs stayed "running" for good.
    faulty.inject("conversations.replies", Fault(Shape.PLAIN, 404, times=100))
    asked = faulty.add_message("C1", "check this", user="U1")
    async with running_app(database_url, faulty, site, worker=False) as app:
        run_ids = [
            await _resumed_run(app, asked.ts, site.url(f"/news/harbour?n={n}")) for n in (1, 2, 3)
        ]
        async with worker_running(app):
            runs = [await settled_run(app, run_id, timeout=20) for run_id in run_ids]
            await _still_answering(app, faulty, site)

    assert [r.status for r in runs] == [RunStatus.SUCCEEDED] * 3
    assert all(r.result_posted and r.executions == 2 for r in runs)
    assert any(method == "conversations.replies" for method, _, _ in faulty.injected)
    for run_id in run_ids:
        assert len(result_messages(faulty, "C1", asked.ts, run_id)) == 1


async def test_a_thread_slack_refuses_for_good_is_recorded_on_the_run_which_still_ends(
    database_url: str, faulty: FaultySlack, site: ArticleSite
) -> None:
    faulty.known_channels = {"C2"}  # C1 is gone: every write to it is channel_not_found
    async with running_app(database_url, faulty, site) as app, events_endpoint(app, faulty) as ev:
        event = link_message(site)
        await ev.deliver(event)
        run = await settled_run(app, 1, timeout=20)
        # The run page (served on the operations listener or behind sign-in, not here).
        page = run_html(run)
        exposition = app.metrics.exposition().decode()
        faulty.known_channels = None
        await _still_answering(app, faulty, site)

    # The run's outcome is the truth in history; the thread's failure is beside it.
    assert run.status is RunStatus.SUCCEEDED and not run.result_posted
    assert run.delivery_failure is not None
    assert run.delivery_failure.what in ("status", "result")
    assert "channel_not_found" in run.delivery_failure.why
    shown = run_json(run)["delivery_failure"]
    assert shown is not None and "channel_not_found" in shown["why"]
    assert "Not delivered to Slack" in trace_text(run)
    assert "Not delivered to Slack" in page
    assert 'copydesk_slack_deliveries_failed_total{code="channel_not_found"}' in exposition
    # Refused for good, and the thread is gone: tried once, not again and again.
    refused = [c for c in faulty.calls if c.error == "channel_not_found"]
    assert len(refused) == 1


async def test_a_slack_failing_past_the_bound_is_given_up_and_the_run_ends_anyway(
    database_url: str, faulty: FaultySlack, site: ArticleSite
) -> None:
    for method in ("chat.postMessage", "chat.update"):
        faulty.inject(method, Fault(Shape.HTML, 503, times=10_000))
    async with running_app(
        database_url, faulty, site, worker=False, COPYDESK_SLACK_GIVE_UP_AFTER="1s"
    ) as app:
        await _resumed_run(app, "1700000000.000100", site.url("/news/harbour"))
        async with worker_running(app):
            run = await settled_run(app, 1, timeout=30)
            faulty._injected.clear()  # Slack is back
            await _still_answering(app, faulty, site)

    assert run.status is RunStatus.SUCCEEDED
    assert run.delivery_failure is not None and "gave up" in run.delivery_failure.why
    tries = [m for m, _, _ in faulty.injected if m == "chat.postMessage"]
    assert 2 <= len(tries) < 20  # retried with backoff, and bounded


async def test_a_layout_slack_refuses_is_sent_again_as_plain_text_once(
    database_url: str, faulty: FaultySlack, site: ArticleSite
) -> None:
    async with running_app(database_url, faulty, site) as app, events_endpoint(app, faulty) as ev:
        event = link_message(site, "/news/harbour-misquoted")
        await ev.deliver(event)
        # The status message is up; the next post is the escalation, with its buttons.
        await faulty.wait_for(lambda s: bot_replies(s, "C1", event["ts"]))
        faulty.fail_next("chat.postMessage", "invalid_blocks", status=200)
        waiting = await settled_run(app, 1, timeout=20)
        gate = await _gate_posted(app, 1)
        await _still_answering(app, faulty, site)

    assert waiting.status is RunStatus.WAITING
    message = faulty.find_message("C1", gate.message_ref or "")
    assert message is not None and message.blocks is None
    assert message.text.startswith("✋ Run #1 needs a person") and len(message.text) <= PLAIN_LIMIT
    posts = faulty.calls_to("chat.postMessage")
    assert [c.error for c in posts[1:3]] == ["invalid_blocks", None]
