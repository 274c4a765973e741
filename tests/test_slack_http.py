"""Issue 2 end to end over the Events API: signed POSTs to the real app's `/slack/events`.

The app is built as `copydesk serve --http` builds it (bootstrap, bolt, the aiohttp web app,
an in-process worker); Slack's Web API is FakeSlack and the articles come from the local
news site. Every test asserts on what Slack and the database end up holding.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from fakes.slack import (
    BOT_ID,
    BOT_USER_ID,
    FakeSlack,
    app_mention_event,
    event_callback,
    link_markup,
    message_event,
    next_ts,
    rich_text_blocks_with_link,
    url_verification,
)
from orchestrator.domain import Origin, RunStatus, StepStatus
from slack_harness import (
    SIGNING_SECRET,
    STEPS,
    EventsEndpoint,
    assert_no_repeated_edits,
    assert_nothing_went_wrong,
    bot_replies,
    events_endpoint,
    hold,
    link_message,
    result_messages,
    running_app,
    settled_run,
    status_message,
    wait_for_result,
)


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    async with running_app(database_url, slack, site) as running:
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


@pytest.fixture(autouse=True)
def nothing_went_wrong(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    yield
    assert_nothing_went_wrong(caplog)


# ---- 1. a link becomes a run, told in the thread ----------------------------------------


async def test_a_link_is_acked_at_once_then_run_in_its_thread(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    release = hold(site, "/news/harbour")
    event = link_message(site)

    await events.deliver(event)

    # The ack came back while the article was still being fetched: Slack never waits on a run.
    assert not result_messages(slack, "C1", event["ts"], 1)
    release.set()
    result = await wait_for_result(slack, "C1", event["ts"], 1)

    replies = bot_replies(slack, "C1", event["ts"])
    status = status_message(slack, "C1", event["ts"], 1)
    assert replies == [status, result]  # one status message, one result, in the thread
    assert status.thread_ts == event["ts"]
    assert site.url("/news/harbour") in status.text
    assert "finished" in status.text.splitlines()[0]
    for done in ("fetched", "summarised", "fact-checked", "tagged", "merged"):
        assert f"✓ {done}" in status.text
    # Updated in place, roughly once per step: not a message (or an edit) per heartbeat.
    assert 1 <= len(status.edits) <= len(STEPS) + 3
    assert_no_repeated_edits(status)
    assert len(slack.calls_to("chat.update")) == len(status.edits)

    assert result.text.startswith("*Run #1 finished* — ")
    assert "Harbour dredging costs double" in result.text
    for section in ("*Summary*", "*Tags* `", "*Fact-check* ", "*Tokens* none (no model tokens"):
        assert section in result.text

    run = await settled_run(app, 1)
    assert run.status is RunStatus.SUCCEEDED
    assert run.url == site.url("/news/harbour")
    assert (run.origin.transport, run.origin.channel, run.origin.thread_ts) == (
        "slack",
        "C1",
        event["ts"],
    )
    assert run.origin.user == "U1"
    assert run.status_ref == status.ts
    latest = {step.name: step for step in sorted(run.steps, key=lambda s: s.attempt)}
    assert set(latest) == set(STEPS)
    assert all(step.status is StepStatus.SUCCEEDED for step in latest.values())


async def run_probe(app: App, events: EventsEndpoint, slack: FakeSlack, site: ArticleSite) -> int:
    """A fresh good link in its own thread; returns its run id once the result is posted.

    Events are handled in the order they arrive, so a probe that finishes means the events
    sent before it were handled too; its run id says how many runs they started.
    """
    event = link_message(site)
    await events.deliver(event)
    result = await slack.wait_for(
        lambda s: [m for m in bot_replies(s, "C1", event["ts"]) if " finished* — " in m.text]
    )
    run_id = int(result[0].text.removeprefix("*Run #").split(" ", 1)[0])
    await settled_run(app, run_id)
    return run_id


# ---- 2. one event, one run, whatever Slack redelivers ------------------------------------


async def test_a_retried_delivery_starts_no_second_run(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    event = link_message(site)
    payload = event_callback(event)
    slack.add_message_from_event(event)

    # The first delivery and Slack's retry of it (same event_id) arrive together...
    answers = await asyncio.gather(events.post(payload), events.post(payload, retry_num=1))
    assert [status for status, _ in answers] == [200, 200]
    await wait_for_result(slack, "C1", event["ts"], 1)
    # ...and another retry after the run finished.
    assert (await events.post(payload, retry_num=2))[0] == 200

    assert await run_probe(app, events, slack, site) == 2
    assert len(bot_replies(slack, "C1", event["ts"])) == 2  # one status, one result
    assert [r.id for r in await app.store.list_runs()] == [2, 1]


async def test_a_mention_delivered_as_message_and_app_mention_runs_once(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    text = f"<@{BOT_USER_ID}> read {link_markup(site.url('/news/harbour'))}"
    message = message_event(text)
    mention = app_mention_event(text, ts=message["ts"])

    await asyncio.gather(events.deliver(message), events.deliver(mention))
    await wait_for_result(slack, "C1", message["ts"], 1)

    assert await run_probe(app, events, slack, site) == 2
    replies = bot_replies(slack, "C1", message["ts"])
    assert [r.text.split(" ", 2)[:2] for r in replies] == [["*Run", "#1*"], ["*Run", "#1"]]


# ---- 3. requests Slack did not sign ------------------------------------------------------


@pytest.mark.parametrize(
    ("secret", "age"),
    [("not-the-signing-secret", 0), (SIGNING_SECRET, 600)],
    ids=["bad-signature", "ten-minutes-old"],
)
async def test_unsigned_or_stale_requests_are_refused_and_start_nothing(
    app: App,
    slack: FakeSlack,
    site: ArticleSite,
    events: EventsEndpoint,
    secret: str,
    age: int,
) -> None:
    payload = event_callback(link_message(site))

    status, _ = await events.post(payload, timestamp=int(time.time()) - age, secret=secret)

    assert status == 401
    assert site.hits == []
    assert await app.store.list_runs() == []
    assert slack.calls_to("chat.postMessage") == []


# ---- 4. the URL is what gets read, and a refused link is answered ------------------------


async def test_a_hyperlinked_phrase_runs_the_url_not_the_label(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    url = site.url("/news/harbour")
    event = message_event(
        "read " + link_markup(url, "https://www.google.com/"),
        blocks=rich_text_blocks_with_link(url, "https://www.google.com/", before="read "),
    )

    await events.deliver(event)
    await wait_for_result(slack, "C1", event["ts"], 1)

    [run] = await app.store.list_runs()
    assert run.url == url
    assert "google" not in status_message(slack, "C1", event["ts"], 1).text


@pytest.mark.parametrize(
    ("url", "sentence"),
    [
        ("http://127.0.0.1:1/news", "copydesk does not fetch addresses inside the network"),
        ("http://169.254.169.254/latest/meta-data/", "copydesk does not fetch addresses inside"),
        ("http://10.0.0.7/story", "copydesk does not fetch addresses inside the network"),
        ("http://0x7f.1/story", "copydesk does not fetch addresses inside the network"),
        ("ftp://example.com/story", "copydesk only reads http and https links."),
        ("file:///etc/passwd", "copydesk only reads http and https links."),
    ],
    ids=["loopback", "metadata", "private", "hex-loopback", "ftp", "file"],
)
async def test_a_link_copydesk_must_not_read_gets_a_clear_reply_and_the_bot_carries_on(
    app: App,
    slack: FakeSlack,
    site: ArticleSite,
    events: EventsEndpoint,
    url: str,
    sentence: str,
) -> None:
    event = message_event("look " + link_markup(url, "google.com"))

    await events.deliver(event)
    result = await wait_for_result(slack, "C1", event["ts"], 1)

    assert result.text.startswith("*Run #1 failed.* ")
    assert sentence in result.text
    assert "Traceback" not in result.text
    status = status_message(slack, "C1", event["ts"], 1)
    assert "failed" in status.text.splitlines()[0]
    assert sentence in status.text
    run = await settled_run(app, 1)
    assert run.status is RunStatus.FAILED
    assert run.url == url
    assert [(s.name, s.status) for s in run.steps] == [("fetch", StepStatus.FAILED)]
    # The bot keeps going: the next good link is read and finished.
    assert await run_probe(app, events, slack, site) == 2


# ---- 5. what starts nothing --------------------------------------------------------------


def _not_from_a_person(site: ArticleSite) -> list[dict[str, Any]]:
    text = f"see {link_markup(site.url('/news/harbour'))}"
    original = message_event(text)
    another_bot = {**message_event(text, user="U0OTHERBOT"), "bot_id": "B0OTHER"}
    legacy_bot = {
        "type": "message",
        "subtype": "bot_message",
        "bot_id": "B0OTHER",
        "username": "feeds",
        "text": text,
        "channel": "C1",
        "ts": next_ts(),
    }
    ourselves = {**message_event(text, user=BOT_USER_ID), "bot_id": BOT_ID}
    edited_ts = next_ts()
    edited = {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "channel": "C1",
        "ts": edited_ts,
        "event_ts": edited_ts,
        "channel_type": "channel",
        "message": {**original, "text": text + " (edited)", "edited": {"user": "U1"}},
        "previous_message": original,
    }
    deleted_ts = next_ts()
    deleted = {
        "type": "message",
        "subtype": "message_deleted",
        "hidden": True,
        "channel": "C1",
        "ts": deleted_ts,
        "event_ts": deleted_ts,
        "deleted_ts": original["ts"],
        "channel_type": "channel",
        "previous_message": original,
    }
    joined = {**message_event(f"<@U2> has joined the channel {text}"), "subtype": "channel_join"}
    return [another_bot, legacy_bot, ourselves, edited, deleted, joined]


async def test_bots_ourselves_edits_and_deletions_start_nothing(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    for event in _not_from_a_person(site):
        await events.deliver(event)

    assert await run_probe(app, events, slack, site) == 1
    assert len(await app.store.list_runs()) == 1
    assert site.hits.count("/news/harbour") == 1


async def test_other_events_are_acked_with_200_and_url_verification_is_answered(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    reaction = {
        "type": "reaction_added",
        "user": "U1",
        "reaction": "eyes",
        "item_user": "U2",
        "item": {"type": "message", "channel": "C1", "ts": next_ts()},
        "event_ts": next_ts(),
    }
    joined = {"type": "member_joined_channel", "user": "U2", "channel": "C1", "event_ts": next_ts()}
    for event in (reaction, joined):
        status, _ = await events.post(event_callback(event))
        assert status == 200

    status, text = await events.post(
        url_verification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")
    )
    assert status == 200
    assert json.loads(text) == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}

    assert await run_probe(app, events, slack, site) == 1
    assert slack.calls_to("chat.postMessage")[0].params["thread_ts"] is not None


# ---- 6. several links in one message -----------------------------------------------------


async def test_two_links_start_two_runs_each_with_its_own_status_message(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    first, second = site.url("/news/harbour"), site.url("/sources/council-report")
    event = message_event(f"compare {link_markup(first)} with {link_markup(second, 'this')}")

    await events.deliver(event)
    await wait_for_result(slack, "C1", event["ts"], 1)
    await wait_for_result(slack, "C1", event["ts"], 2)

    runs = {run.id: run for run in await app.store.list_runs()}
    assert {run_id: run.url for run_id, run in runs.items()} == {1: first, 2: second}
    statuses = [status_message(slack, "C1", event["ts"], run_id) for run_id in (1, 2)]
    assert statuses[0].ts != statuses[1].ts
    assert [runs[i].status_ref for i in (1, 2)] == [s.ts for s in statuses]
    assert first in statuses[0].text and second in statuses[1].text
    assert len(bot_replies(slack, "C1", event["ts"])) == 4  # two statuses, two results


# ---- 7. questions about runs -------------------------------------------------------------


async def test_what_happened_on_a_run_is_answered_once_in_the_askers_thread(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    assert await run_probe(app, events, slack, site) == 1
    question = f"<@{BOT_USER_ID}> what happened on run 1"
    as_message = message_event(question, channel="C2")
    as_mention = app_mention_event(question, channel="C2", ts=as_message["ts"])
    in_dm = message_event("what happened on run 1?", channel="D1", channel_type="im")
    unknown = app_mention_event("what happened on run 99", channel="C2")

    await asyncio.gather(events.deliver(as_message), events.deliver(as_mention))
    await events.deliver(in_dm)
    await events.deliver(unknown)
    await slack.wait_for(
        lambda s: all(
            bot_replies(s, channel, e["ts"])
            for channel, e in (("C2", as_message), ("D1", in_dm), ("C2", unknown))
        )
    )
    # The answer to the pair is in: wait for one more event's round trip so a duplicate
    # answer would have had time to land as well.
    await run_probe(app, events, slack, site)

    for channel, event in (("C2", as_message), ("D1", in_dm)):
        [answer] = bot_replies(slack, channel, event["ts"])
        assert answer.text.startswith("*Run #1* · " + site.url("/news/harbour"))
        assert "*Steps*" in answer.text
        for step in STEPS:
            assert f"✓ {step}: succeeded" in answer.text
        assert "via slack" in answer.text
    [sorry] = bot_replies(slack, "C2", unknown["ts"])
    assert sorry.text == "I have no run #99. The latest is run #1."


async def test_an_unaddressed_message_without_links_gets_no_answer(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    chatter = message_event("what happened on run 1, anyone?")
    await events.deliver(chatter)

    await run_probe(app, events, slack, site)
    assert bot_replies(slack, "C1", chatter["ts"]) == []


# ---- the thread, the cap, and a noisy Slack ---------------------------------------------


async def test_a_link_posted_in_a_thread_is_answered_in_that_thread(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    parent = slack.add_message("C1", "morning, desk")
    event = link_message(site, thread_ts=parent.ts)

    await events.deliver(event)
    await wait_for_result(slack, "C1", parent.ts, 1)

    assert len(bot_replies(slack, "C1", parent.ts)) == 2
    assert all(m.thread_ts == parent.ts for m in slack.bot_messages("C1"))


async def test_a_page_that_is_not_there_gets_a_clear_reply(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    event = message_event(f"read {link_markup(site.url('/news/gone'))}")

    await events.deliver(event)
    result = await wait_for_result(slack, "C1", event["ts"], 1)

    assert result.text.startswith("*Run #1 failed.* ")
    assert "404" in result.text or "not found" in result.text.lower()
    assert await run_probe(app, events, slack, site) == 2


async def test_links_past_the_cap_are_left_alone_and_said_so(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    urls = [site.url(p) for p in ("/news/harbour", "/sources/council-report", "/news/gone")]
    event = message_event(" and ".join(link_markup(u) for u in [*urls, urls[0]]))

    async with (
        running_app(database_url, slack, site, COPYDESK_MAX_LINKS=2) as app,
        events_endpoint(app, slack) as events,
    ):
        await events.deliver(event)
        await wait_for_result(slack, "C1", event["ts"], 1)
        await wait_for_result(slack, "C1", event["ts"], 2)
        runs = await app.store.list_runs()

    assert sorted(run.url for run in runs) == sorted(urls[:2])
    [note] = [m for m in bot_replies(slack, "C1", event["ts"]) if m.text.startswith("That message")]
    assert "3 links" in note.text  # the repeated link counts once
    assert "left 1 alone" in note.text


async def test_a_rate_limited_slack_still_gets_one_status_message_and_one_result(
    app: App, slack: FakeSlack, site: ArticleSite, events: EventsEndpoint
) -> None:
    # A third of Web API calls answer 429 with Retry-After: 0; the SDK's handler retries.
    slack.rate_limit_ratio = 0.3
    event = link_message(site)

    await events.deliver(event)
    result = await wait_for_result(slack, "C1", event["ts"], 1)

    assert any(call.status == 429 for call in slack.calls)
    status = status_message(slack, "C1", event["ts"], 1)
    assert bot_replies(slack, "C1", event["ts"]) == [status, result]
    assert "finished" in status.text.splitlines()[0]


async def test_status_writes_that_say_nothing_new_are_not_sent(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    # Fact-check and tag finish together and each reports progress; when both see the same
    # state, Slack should get one write, not the same text twice. Driven directly here, as
    # the end-to-end runs only hit that timing some of the time.
    thread = slack.add_message("C1", "read this")
    async with running_app(database_url, slack, site, worker=False) as app:
        origin = Origin(transport="slack", channel="C1", thread_ts=thread.ts, user="U1")
        [run] = await app.store.create_runs([site.url("/news/harbour")], origin) or []
        reporter = app.desk.reporter_for(run)
        await reporter.progress(run)
        await asyncio.gather(reporter.progress(run), reporter.progress(run))
        run.status = RunStatus.RUNNING
        await asyncio.gather(reporter.progress(run), reporter.progress(run))

    status = status_message(slack, "C1", thread.ts, run.id)
    assert status.edits == [status.text]
    assert "running" in status.text
