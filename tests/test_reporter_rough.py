"""The Slack reporter against a Slack as rough as the real one (issue 18).

Slack returns message metadata only to a `conversations.replies` that asks for it, and a
post can be carried out with its answer lost (a 504, a dropped connection, a timeout). The
reporter finds its own earlier messages by that metadata, and looks before posting again
after a lost answer: in both cases the thread must hold each message once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.outbox import SlackOutbox
from bot.reporters import METADATA_EVENT, SlackThreadReporter
from bot.slack.retries import retry_handlers
from fakes.slack import FakeSlack
from orchestrator.domain import Origin, Run
from orchestrator.ports import RunStore
from slack_harness import bot_replies


@pytest.fixture
def store(any_store: RunStore) -> RunStore:
    """The run store these tests drive: memory in the fast tier, and SQLite and Postgres
    in the slow one (tests/test_store.py proves the three agree)."""
    return any_store


async def a_run(store: RunStore, slack: FakeSlack) -> Run:
    parent = slack.add_message("C1", "for the desk <https://news.example/a>")
    runs = await store.create_runs(
        ["https://news.example/a"], Origin("slack", "C1", parent.ts, "U1", "T0FAKE")
    )
    assert runs is not None
    return runs[0]


@pytest.fixture
async def client(slack: FakeSlack) -> AsyncIterator[AsyncWebClient]:
    # A short timeout, so an answer Slack holds back is given up on quickly, as it would be.
    # The process's own retry handlers: what the SDK retries by itself is part of the test.
    yield AsyncWebClient(
        token=slack.bot_token, base_url=slack.api_url, timeout=0.5, retry_handlers=retry_handlers()
    )


def reporter(
    client: AsyncWebClient, store: RunStore, *, resumed: bool, ended: bool = False
) -> SlackThreadReporter:
    return SlackThreadReporter(
        client,
        store,
        approvers="",
        resumed=resumed,
        outbox=SlackOutbox(base_delay=0.01, max_delay=0.05),
        ended=ended,
    )


def results(slack: FakeSlack, run: Run) -> list[str]:
    assert run.origin.thread_ts is not None
    return [
        m.ts
        for m in bot_replies(slack, "C1", run.origin.thread_ts)
        if (m.metadata or {}).get("event_payload", {}).get("kind") == "result"
    ]


@pytest.mark.parametrize("how", ["504", "500", "drop", "timeout"])
async def test_a_post_slack_took_but_did_not_answer_is_not_posted_twice(
    store: RunStore, slack: FakeSlack, client: AsyncWebClient, how: str
) -> None:
    run = await a_run(store, slack)
    slack.lost_answer_hold = 1.0
    slack.lose_answer_next("chat.postMessage", how)

    await reporter(client, store, resumed=False).finished(run)

    # The post landed the first time; the retry looked in the thread and found it.
    assert len(results(slack, run)) == 1
    posts = slack.calls_to("chat.postMessage")
    assert len(posts) == 1 and not posts[0].ok
    [look] = slack.calls_to("conversations.replies")
    assert look.params.get("include_all_metadata") in (True, "true", "1")


async def test_a_rate_limited_post_is_simply_posted_again(
    store: RunStore, slack: FakeSlack, client: AsyncWebClient
) -> None:
    run = await a_run(store, slack)
    slack.fail_next("chat.postMessage", retry_after=0)  # a 429: Slack did nothing

    await reporter(client, store, resumed=False).finished(run)

    assert len(results(slack, run)) == 1
    assert len(slack.calls_to("chat.postMessage")) == 2
    assert not slack.calls_to("conversations.replies")  # nothing to look for


async def test_a_resumed_run_finds_its_earlier_result_by_metadata(
    store: RunStore, slack: FakeSlack, client: AsyncWebClient
) -> None:
    run = await a_run(store, slack)
    # The run's first execution posted its result, then crashed before recording it.
    await client.chat_postMessage(
        channel="C1",
        thread_ts=run.origin.thread_ts,
        text="*Run #1 finished*",
        metadata={
            "event_type": METADATA_EVENT,
            "event_payload": {"run_id": run.id, "kind": "result"},
        },
    )
    # Slack hides metadata from a read that does not ask for it.
    plain = await client.conversations_replies(channel="C1", ts=str(run.origin.thread_ts))
    assert all("metadata" not in m for m in plain["messages"])

    # Its end was committed before it was told, so the worker that takes it over knows the
    # run has ended and looks for the result in the thread before posting one.
    await reporter(client, store, resumed=True, ended=True).finished(run)

    assert len(results(slack, run)) == 1
    assert len(slack.calls_to("chat.postMessage")) == 1
