"""Quorum at gates: COPYDESK_APPROVALS_REQUIRED distinct approvers must approve.

The real app behind the real `/slack/events` endpoint, clicks signed like Slack's, on both
databases; votes are kept in gate_votes (migration 0012).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from fakes.slack import FakeSlack, Message, block_actions_payload, interactive_request
from orchestrator.domain import GateDecision, RunStatus
from slack_harness import (
    SIGNING_SECRET,
    EventsEndpoint,
    bot_replies,
    events_endpoint,
    running_app,
    settled_run,
)
from test_slack_gates import _buttons, click, current, escalated, final_run

APPROVER, OTHER_APPROVER, THIRD_APPROVER, OUTSIDER = "U1", "U2", "U4", "U3"


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    slack.add_user(THIRD_APPROVER)
    async with running_app(
        database_url,
        slack,
        site,
        COPYDESK_APPROVERS=f"{APPROVER},{OTHER_APPROVER},{THIRD_APPROVER}",
        COPYDESK_APPROVALS_REQUIRED="2",
    ) as running:
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


def said(slack: FakeSlack, message: Message, words: str) -> list[Message]:
    return [m for m in bot_replies(slack, "C1", message.thread_ts or message.ts) if words in m.text]


async def test_one_approval_of_two_is_shown_and_the_run_keeps_waiting(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    assert "2 distinct approvals needed; one rejection rejects" in str(message.blocks)
    await click(events, message, "gate_approve", APPROVER)
    [vote] = await slack.wait_for(lambda s: said(s, message, "1 of 2 approvals"))
    assert f"<@{APPROVER}> approved the fact_check gate" in vote.text
    run = await settled_run(app, 1)
    assert run.status is RunStatus.WAITING
    assert _buttons(current(slack, message))  # still offered to the second approver

    # The same person again counts once, and is told so privately.
    await click(events, message, "gate_approve", APPROVER)
    [told] = await slack.wait_for(lambda s: [e for e in s.ephemerals if "already voted" in e.text])
    assert told.user == APPROVER and "1 of 2 approvals so far" in told.text
    assert len(said(slack, message, "approvals;")) == 1
    gate = await app.store.waiting_gate(1)
    assert gate is not None and gate.decision is GateDecision.ESCALATE

    await click(events, message, "gate_approve", OTHER_APPROVER)
    assert await final_run(app, 1) is RunStatus.SUCCEEDED
    run = await settled_run(app, 1)
    decided = next(g for g in run.gates if g.name == "fact_check")
    assert decided.decision is GateDecision.APPROVED and decided.decided_by == OTHER_APPROVER
    assert decided.note == f"approved by <@{APPROVER}>, <@{OTHER_APPROVER}> (2 of 2 required)"
    assert decided.id is not None
    votes = await app.gatekeeper.votes.votes(decided.id)  # type: ignore[union-attr]
    assert [(v.voter, v.decision) for v in votes] == [
        (APPROVER, GateDecision.APPROVED),
        (OTHER_APPROVER, GateDecision.APPROVED),
    ]
    # A stale click once the gate moved on (an old copy of the buttons) changes nothing
    # and says what happened.
    payload = block_actions_payload(
        "gate_reject", str(decided.id), user=THIRD_APPROVER, message_ts=message.ts,
        thread_ts=message.thread_ts,
    )  # fmt: skip
    body, headers = interactive_request(payload, SIGNING_SECRET)
    async with events.session.post(events.url, data=body, headers=headers) as response:
        assert response.status == 200
    [stale] = await slack.wait_for(lambda s: [e for e in s.ephemerals if e.user == THIRD_APPROVER])
    assert f"already approved by <@{OTHER_APPROVER}>" in stale.text
    assert (await settled_run(app, 1)).status is RunStatus.SUCCEEDED


async def test_one_rejection_rejects_whatever_the_approvals(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    await click(events, message, "gate_approve", APPROVER)
    await slack.wait_for(lambda s: said(s, message, "1 of 2 approvals"))
    await click(events, message, "gate_reject", OTHER_APPROVER)
    assert await final_run(app, 1) is RunStatus.REJECTED
    run = await settled_run(app, 1)
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.REJECTED and gate.decided_by == OTHER_APPROVER
    assert gate.id is not None
    votes = await app.gatekeeper.votes.votes(gate.id)  # type: ignore[union-attr]
    assert [v.voter for v in votes] == [APPROVER, OTHER_APPROVER]


async def test_two_final_approvals_at_once_decide_the_gate_once(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    await click(events, message, "gate_approve", APPROVER)
    await slack.wait_for(lambda s: said(s, message, "1 of 2 approvals"))
    await asyncio.gather(
        click(events, message, "gate_approve", OTHER_APPROVER),
        click(events, message, "gate_approve", THIRD_APPROVER),
    )
    assert await final_run(app, 1) is RunStatus.SUCCEEDED
    run = await settled_run(app, 1)
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.APPROVED
    assert gate.decided_by in (OTHER_APPROVER, THIRD_APPROVER)
    # Nothing is lost: the other click either counted (its vote kept) or came after the
    # decision and was told so.
    assert gate.id is not None
    votes = await app.gatekeeper.votes.votes(gate.id)  # type: ignore[union-attr]
    voters = {v.voter for v in votes}
    assert {APPROVER, gate.decided_by} <= voters
    other = THIRD_APPROVER if gate.decided_by == OTHER_APPROVER else OTHER_APPROVER
    if other not in voters:
        [told] = await slack.wait_for(lambda s: [e for e in s.ephemerals if e.user == other])
        assert "already approved" in told.text
    assert len(said(slack, message, "approvals;")) <= 2  # U1's, and maybe one more vote


async def test_an_outsiders_vote_is_not_counted(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    await click(events, message, "gate_approve", OUTSIDER)
    await slack.wait_for(lambda s: [e for e in s.ephemerals if e.user == OUTSIDER])
    gate = await app.store.waiting_gate(1)
    assert gate is not None and gate.id is not None
    assert await app.gatekeeper.votes.votes(gate.id) == []  # type: ignore[union-attr]
