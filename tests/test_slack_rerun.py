"""Re-runs and diffs in Slack: the "Re-run from …" menu on a rejected run's result, "rerun 1
from tag" and "what changed between run 1 and 2", through the real `/slack/events` endpoint
with signed requests, on both databases. Who may re-run: approvers, or whoever asked."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from bot.slack.answer_blocks import MAX_BLOCKS, SECTION_LIMIT
from bot.slack.blocks import RERUN_FROM
from fakes.slack import (
    FakeSlack,
    Message,
    app_mention_event,
    block_actions_payload,
    interactive_request,
)
from orchestrator.domain import RunStatus
from slack_harness import (
    SIGNING_SECRET,
    EventsEndpoint,
    bot_replies,
    events_endpoint,
    link_message,
    running_app,
    settled_run,
)
from test_slack_gates import click, escalated

APPROVER, ASKER, OUTSIDER = "U1", "U5", "U3"


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    async with running_app(database_url, slack, site, COPYDESK_APPROVERS=APPROVER) as running:
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


def menu(message: Message) -> dict[str, Any] | None:
    for block in message.blocks or []:
        if block.get("type") == "actions":
            for element in block["elements"]:
                if element.get("action_id") == RERUN_FROM:
                    return dict(element)
    return None


async def choose(events: EventsEndpoint, message: Message, value: str, user: str) -> None:
    payload = block_actions_payload(
        RERUN_FROM, value, user=user, message_ts=message.ts, thread_ts=message.thread_ts
    )
    # A static_select sends its choice, not a value of its own.
    action = payload["actions"][0]
    action.pop("value")
    action.update(
        type="static_select",
        selected_option={"text": {"type": "plain_text", "text": value}, "value": value},
    )
    body, headers = interactive_request(payload, SIGNING_SECRET)
    async with events.session.post(events.url, data=body, headers=headers) as response:
        assert response.status == 200, await response.text()


async def runs_count(app: App) -> int:
    return len(await app.store.list_runs(limit=100))


async def test_a_rejected_run_offers_a_rerun_menu_to_those_who_may_use_it(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    gate_message = await escalated(app, slack, events, site)
    thread = gate_message.thread_ts
    assert thread is not None
    await click(events, gate_message, "gate_reject", APPROVER)
    result = (
        await slack.wait_for(
            lambda s: [m for m in bot_replies(s, "C1", thread) if menu(m) is not None]
        )
    )[0]
    run = await settled_run(app, 1)
    assert run.status is RunStatus.REJECTED
    chosen = menu(result)
    assert chosen is not None
    values = [o["value"] for o in chosen["options"]]
    assert values == ["1:fetch", "1:summarise", "1:fact_check", "1:tag", "1:merge"]
    assert "Rejected" in (result.text or "") or "rejected" in (result.text or "")
    assert all(len(b["text"]["text"]) <= SECTION_LIMIT for b in result.blocks or [] if "text" in b)

    # Someone who is neither an approver nor the asker: told privately, nothing starts.
    await choose(events, result, "1:fact_check", OUTSIDER)
    refusal = (await slack.wait_for(lambda s: [e for e in s.ephemerals if e.user == OUTSIDER]))[0]
    assert "Only approvers or the person who asked for run #1" in refusal.text
    assert await runs_count(app) == 1

    # An approver may: run #2 starts in the same thread, copying fetch and summarise.
    await choose(events, result, "1:fact_check", APPROVER)
    said = await slack.wait_for(
        lambda s: [m for m in bot_replies(s, "C1", thread) if "Run #2 re-runs run #1" in m.text]
    )
    assert "from fact_check" in said[0].text
    rerun = await settled_run(app, 2, timeout=10)
    assert rerun.lineage is not None and rerun.lineage.parent_id == 1
    assert rerun.origin.thread_ts == thread and rerun.origin.user == APPROVER
    assert {s.name: s.copied_from for s in rerun.steps if s.copied_from} == {
        "fetch": 1,
        "summarise": 1,
    }
    # The same article escalates again under today's gate, in the same thread.
    assert rerun.status is RunStatus.WAITING


async def test_rerun_in_words_is_for_approvers_and_the_asker_and_diff_answers_in_blocks(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    event = link_message(site, "/news/harbour", user=ASKER)
    await events.deliver(event)
    first = await settled_run(app, 1, timeout=10)
    assert first.status is RunStatus.SUCCEEDED

    await events.deliver(app_mention_event("rerun 1 from tag", user=OUTSIDER, ts="1700.1"))
    await slack.wait_for(lambda s: [e for e in s.ephemerals if e.user == OUTSIDER])
    assert await runs_count(app) == 1

    # The person who asked for run 1 may re-run it, though not an approver.
    await events.deliver(app_mention_event("re-run run 1 from tag", user=ASKER, ts="1700.2"))
    second = await settled_run(app, 2, timeout=10)
    assert second.status is RunStatus.SUCCEEDED and second.lineage is not None
    assert second.lineage.from_step == "tag"

    ask = app_mention_event("what changed between run 1 and 2?", user=OUTSIDER, ts="1700.3")
    await events.deliver(ask)
    [answer] = await slack.wait_for(
        lambda s: [m for m in bot_replies(s, "C1", "1700.3") if "Run #1 → run #2" in m.text]
    )
    assert answer.blocks is not None and len(answer.blocks) <= MAX_BLOCKS
    shown = " ".join(str(b) for b in answer.blocks)
    assert "re-ran run #1 from tag" in shown and "from run #1, no new tokens" in shown
    for block in answer.blocks:
        if block.get("type") == "section" and "text" in block:
            assert len(block["text"]["text"]) <= SECTION_LIMIT

    # "what changed in run 2" compares it with its parent.
    await events.deliver(app_mention_event("what changed in run 2", user=OUTSIDER, ts="1700.4"))
    await slack.wait_for(
        lambda s: [m for m in bot_replies(s, "C1", "1700.4") if "Run #1 → run #2" in m.text]
    )
    await asyncio.sleep(0)
