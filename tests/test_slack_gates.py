"""Gates decided in Slack: buttons, approvers (users and groups), races, cancel.

The real app behind the real `/slack/events` endpoint, clicks signed like Slack's, on both
databases. The misquoted article cites a study for a figure the study does not contain, so
its fact-check gate escalates.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from fakes.slack import (
    FakeSlack,
    Message,
    app_mention_event,
    block_actions_payload,
    interactive_request,
)
from orchestrator.domain import GateDecision, RunStatus
from slack_harness import (
    SIGNING_SECRET,
    EventsEndpoint,
    bot_replies,
    events_endpoint,
    link_message,
    running_app,
    settled_run,
    wait_for_result,
)

APPROVER, OTHER_APPROVER, OUTSIDER, IN_GROUP = "U1", "U2", "U3", "U7"


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    slack.usergroups["S0EDITORS"] = [IN_GROUP]
    async with running_app(
        database_url,
        slack,
        site,
        COPYDESK_APPROVERS=f"{APPROVER},{OTHER_APPROVER},S0EDITORS",
    ) as running:
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


async def escalated(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> Message:
    """Paste the misquoted story; the thread's Approve / Reject message once it is there."""
    event = link_message(site, "/news/harbour-misquoted")
    await events.deliver(event)
    message: Message = (
        await slack.wait_for(
            lambda s: [m for m in bot_replies(s, "C1", event["ts"]) if m.blocks and _buttons(m)]
        )
    )[0]
    run = await settled_run(app, 1)
    assert run.status is RunStatus.WAITING
    return message


def current(slack: FakeSlack, message: Message) -> Message:
    found = slack.find_message("C1", message.ts)
    assert found is not None
    return found


async def final_run(app: App, run_id: int) -> RunStatus:
    """The run's status once a worker has carried it to its end after a decision."""
    async with asyncio.timeout(10):
        while True:
            run = await app.store.get_run(run_id)
            if run is not None and run.status.is_final:
                return run.status
            await asyncio.sleep(0.05)


def _buttons(message: Message) -> list[dict[str, object]]:
    return [b for b in message.blocks or [] if b.get("type") == "actions"]


async def click(events: EventsEndpoint, message: Message, action: str, user: str) -> None:
    (actions,) = _buttons(message)
    gate_id = str(actions["elements"][0]["value"])  # type: ignore[index]
    payload = block_actions_payload(
        action, gate_id, user=user, message_ts=message.ts, thread_ts=message.thread_ts
    )
    body, headers = interactive_request(payload, SIGNING_SECRET)
    async with events.session.post(events.url, data=body, headers=headers) as response:
        assert response.status == 200, await response.text()


async def test_the_escalation_shows_the_disputed_figure_and_who_may_decide(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    text = " ".join(str(b) for b in message.blocks or [])
    assert "fact_check" in text and "silt-study" in text and "41" in text
    assert f"<@{APPROVER}>" in text and "<!subteam^S0EDITORS>" in text


async def test_an_outsiders_click_changes_nothing_and_is_told_so_privately(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    await click(events, message, "gate_approve", OUTSIDER)
    refusal = await slack.wait_for(lambda s: [e for e in s.ephemerals if e.user == OUTSIDER])
    assert "Only approvers" in refusal[0].text
    run = await app.store.get_run(1)
    assert run is not None and run.status is RunStatus.WAITING
    assert all(g.decision is not GateDecision.APPROVED for g in run.gates)
    assert _buttons(current(slack, message))  # still offered


async def test_an_approval_updates_the_message_and_the_run_finishes(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    await click(events, message, "gate_approve", APPROVER)
    await wait_for_result(slack, "C1", message.thread_ts or message.ts, 1)
    run = await settled_run(app, 1)
    assert run.status is RunStatus.SUCCEEDED
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.APPROVED and gate.decided_by == APPROVER
    assert gate.decided_at is not None
    decided = current(slack, message)
    assert not _buttons(decided)
    assert f"Approved by <@{APPROVER}>" in str(decided.blocks)


async def test_a_member_of_an_approver_group_may_decide(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    await click(events, message, "gate_reject", IN_GROUP)
    assert await final_run(app, 1) is RunStatus.REJECTED
    run = await settled_run(app, 1)
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decided_by == IN_GROUP


async def test_two_approvers_clicking_at_once_make_one_decision(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    await asyncio.gather(
        click(events, message, "gate_approve", APPROVER),
        click(events, message, "gate_reject", OTHER_APPROVER),
    )
    told = await slack.wait_for(lambda s: [e for e in s.ephemerals if "already" in e.text])
    assert len(told) == 1  # the second click hears who was first
    status = await final_run(app, 1)
    run = await settled_run(app, 1)
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision in (GateDecision.APPROVED, GateDecision.REJECTED)
    winner = APPROVER if gate.decision is GateDecision.APPROVED else OTHER_APPROVER
    loser = OTHER_APPROVER if winner == APPROVER else APPROVER
    assert gate.decided_by == winner and told[0].user == loser
    assert f"<@{winner}>" in told[0].text
    expected = RunStatus.SUCCEEDED if winner == APPROVER else RunStatus.REJECTED
    assert status is expected


async def test_cancel_run_n_is_for_approvers_only(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    thread = message.thread_ts or message.ts
    await events.deliver(app_mention_event("cancel run 1", user=OUTSIDER, thread_ts=thread))
    await slack.wait_for(lambda s: [e for e in s.ephemerals if e.user == OUTSIDER])
    run = await app.store.get_run(1)
    assert run is not None and run.status is RunStatus.WAITING

    await events.deliver(app_mention_event("cancel run 1", user=APPROVER, thread_ts=thread))
    said = await slack.wait_for(
        lambda s: [m for m in bot_replies(s, "C1", thread) if "cancelled by" in m.text]
    )
    assert f"Run #1 cancelled by <@{APPROVER}>" in said[0].text
    run = await settled_run(app, 1)
    assert run.status is RunStatus.CANCELLED
