"""The approvals inbox: the app's Home tab (app_home_opened → views.publish) and
`copydesk waiting`.

The real app behind the real `/slack/events` endpoint, events and clicks signed like Slack's,
on both databases. The misquoted article's fact-check gate escalates, so its run waits.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from bot.slack.home import home_view
from cli_harness import copydesk, environment
from fakes.slack import (
    BOT_USER_ID,
    FakeSlack,
    SlackError,
    app_home_opened_event,
    event_callback,
    home_block_actions_payload,
    interactive_request,
)
from orchestrator.domain import GateDecision, Run, RunStatus
from orchestrator.inbox import Inbox
from slack_harness import (
    SIGNING_SECRET,
    EventsEndpoint,
    bot_replies,
    events_endpoint,
    link_message,
    running_app,
    settled_run,
)

APPROVER, OTHER_APPROVER, OUTSIDER = "U1", "U2", "U3"
JSON = dict[str, Any]


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    async with running_app(
        database_url,
        slack,
        site,
        COPYDESK_APPROVERS=f"{APPROVER},{OTHER_APPROVER}",
        COPYDESK_GATE_TIMEOUT="2h",
    ) as running:
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


async def waiting_run(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite, **kwargs: Any
) -> JSON:
    """Paste the misquoted story; the pasted event once its run waits at the gate."""
    event = link_message(site, "/news/harbour-misquoted", **kwargs)
    await events.deliver(event)
    channel = event["channel"]
    await slack.wait_for(
        lambda s: [m for m in bot_replies(s, channel, event["ts"]) if "needs a person" in m.text]
    )
    runs = await app.history.list_runs(limit=1)
    run = await settled_run(app, runs.runs[0].id)
    assert run.status is RunStatus.WAITING
    return event


async def open_home(slack: FakeSlack, events: EventsEndpoint, user: str) -> JSON:
    """The Home tab `user` sees once they open it."""
    before = slack.home_publishes.get(user, 0)
    status, text = await events.post(event_callback(app_home_opened_event(user)))
    assert status == 200, text
    await slack.wait_for(lambda s: [1] if s.home_publishes.get(user, 0) > before else [])
    return slack.home_views[user]


async def click_home(
    slack: FakeSlack, events: EventsEndpoint, view: JSON, action: str, user: str
) -> JSON:
    """Click `action` on the first waiting run of `view`; the Home tab republished after."""
    [actions, *_] = [b for b in view["blocks"] if b["type"] == "actions"]
    gate_id = str(actions["elements"][0]["value"])
    before = slack.home_publishes.get(user, 0)
    payload = home_block_actions_payload(action, gate_id, user=user)
    body, headers = interactive_request(payload, SIGNING_SECRET)
    async with events.session.post(events.url, data=body, headers=headers) as response:
        assert response.status == 200, await response.text()
    await slack.wait_for(lambda s: [1] if s.home_publishes.get(user, 0) > before else [])
    return slack.home_views[user]


async def final(app: App, run_id: int) -> Run:
    """The run once a worker has carried it to its end after a decision."""
    async with asyncio.timeout(10):
        while True:
            run = await app.store.get_run(run_id)
            if run is not None and run.status.is_final:
                return run
            await asyncio.sleep(0.05)


def text_of(view: JSON) -> str:
    return json.dumps(view["blocks"], ensure_ascii=False)


async def test_an_approver_sees_the_waiting_run_with_its_reason_age_time_left_and_buttons(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    event = await waiting_run(app, slack, events, site)
    view = await open_home(slack, events, APPROVER)
    assert view["type"] == "home"
    text = text_of(view)
    assert "Waiting for a person (1)" in text
    assert "the *fact_check* gate" in text and "harbour-misquoted" in text
    gate = await app.store.waiting_gate(1)
    assert gate is not None and gate.reason[:40] in text
    # Two hours' timeout, rejecting: a little under 2h left, and the age beside it.
    assert "Waiting under a minute · rejected by timeout in 1h 59m" in text
    # The thread's link, from chat.getPermalink.
    [call] = slack.calls_to("chat.getPermalink")
    assert call.params["message_ts"] == event["ts"]
    assert f"/archives/C1/p{event['ts'].replace('.', '')}|Run #1>" in text
    [actions] = [b for b in view["blocks"] if b["type"] == "actions"]
    assert [e["action_id"] for e in actions["elements"]] == [
        "gate_approve",
        "gate_reject",
        "gate_correct",
    ]
    assert "Recent runs" in text and "Your runs" in text


async def test_someone_who_is_not_an_approver_sees_the_list_without_buttons(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    await waiting_run(app, slack, events, site)
    view = await open_home(slack, events, OUTSIDER)
    assert "Waiting for a person (1)" in text_of(view)
    assert not [b for b in view["blocks"] if b["type"] == "actions"]
    assert "Only approvers" in text_of(view)


async def test_a_private_run_is_listed_for_approvers_and_members_only(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    slack.add_conversation("G1", "private", [OTHER_APPROVER, BOT_USER_ID], name="secret")
    slack.add_user("U9")
    await waiting_run(app, slack, events, site, channel="G1", channel_type="group", user="U9")
    # U3 is neither in G1 nor an approver: the run does not exist for them.
    outsider = text_of(await open_home(slack, events, OUTSIDER))
    assert "Waiting for a person (0)" in outsider and "harbour-misquoted" not in outsider
    # An approver who is not in G1 sees it waiting for them, as Visibility rules.
    assert "Waiting for a person (1)" in text_of(await open_home(slack, events, APPROVER))


async def test_approving_from_home_carries_the_run_on_and_a_second_click_changes_nothing(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    await waiting_run(app, slack, events, site)
    view = await open_home(slack, events, APPROVER)
    after = await click_home(slack, events, view, "gate_approve", APPROVER)
    assert f"Run #1 approved by <@{APPROVER}>" in text_of(after)
    assert "Waiting for a person (0)" in text_of(after)
    run = await final(app, 1)
    assert run.status is RunStatus.SUCCEEDED
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.APPROVED and gate.decided_by == APPROVER

    # The other approver's tab was drawn before; their stale Reject is told, and changes nothing.
    stale = await click_home(slack, events, view, "gate_reject", OTHER_APPROVER)
    assert f"already approved by <@{APPROVER}>" in text_of(stale)
    run = await settled_run(app, 1)
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.APPROVED and run.status is RunStatus.SUCCEEDED


async def test_an_outsiders_click_from_home_is_refused(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    await waiting_run(app, slack, events, site)
    view = await open_home(slack, events, APPROVER)  # a view with buttons, replayed by U3
    refused = await click_home(slack, events, view, "gate_approve", OUTSIDER)
    assert "Only approvers" in text_of(refused)
    run = await app.store.get_run(1)
    assert run is not None and run.status is RunStatus.WAITING


async def test_the_messages_tab_opening_publishes_nothing(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    status, _ = await events.post(event_callback(app_home_opened_event(APPROVER, tab="messages")))
    assert status == 200
    await asyncio.sleep(0.2)
    assert not slack.calls_to("views.publish")


def test_a_full_inbox_stays_within_slacks_hundred_blocks(slack: FakeSlack) -> None:
    from datetime import UTC, datetime, timedelta

    from orchestrator.domain import Gate, Origin, Run
    from orchestrator.inbox import Waiting

    now = datetime.now(UTC)
    items = []
    for n in range(1, 60):
        run = Run(n, f"https://example.com/{n}", RunStatus.WAITING, Origin("slack"), now, now)
        gate = Gate(n, "fact_check", GateDecision.ESCALATE, "a figure " * 200, now, id=n)
        items.append(Waiting(run, gate, timedelta(hours=1), timedelta(hours=1),
                             GateDecision.REJECTED))  # fmt: skip
    recent = [w.run for w in items[:5]]
    view = home_view(Inbox(items, recent, recent), approver=True, links={})
    assert len(view["blocks"]) <= 100
    assert "59 more" not in text_of(view) and "39 more" in text_of(view)
    slack._views_publish({"user_id": APPROVER, "view": view})  # the fake accepts it


def test_the_fake_refuses_views_slack_would(slack: FakeSlack) -> None:
    too_many = {"type": "home", "blocks": [{"type": "divider"}] * 101}
    with pytest.raises(SlackError) as raised:
        slack._views_publish({"user_id": APPROVER, "view": too_many})
    assert raised.value.error == "invalid_arguments"
    with pytest.raises(SlackError):
        slack._views_publish({"user_id": APPROVER, "view": {"type": "modal", "blocks": []}})
    with pytest.raises(SlackError) as missing:
        slack._views_publish({"user_id": "U404", "view": {"type": "home", "blocks": []}})
    assert missing.value.error == "not_found"


async def test_copydesk_waiting_prints_the_same_list(
    database_url: str, slack: FakeSlack, site: ArticleSite, tmp_path: Path
) -> None:
    async with (
        running_app(
            database_url, slack, site, COPYDESK_APPROVERS=APPROVER, COPYDESK_GATE_TIMEOUT="2h"
        ) as app,
        events_endpoint(app, slack) as events,
    ):
        await waiting_run(app, slack, events, site)
    env = environment(database_url, site, tmp_path)
    env["COPYDESK_GATE_TIMEOUT"] = "2h"
    code, out, err = await copydesk("waiting", env=env)
    assert code == 0, err
    assert "Run #1 · fact_check gate · waiting" in out and "rejected by timeout in 1h" in out
    code, out, err = await copydesk("waiting", "--json", env=env)
    assert code == 0, err
    [item] = json.loads(out)
    assert item["run_id"] == 1 and item["gate"] == "fact_check"
    assert 0 < item["time_left_seconds"] <= 7200 and item["timeout_outcome"] == "rejected"
