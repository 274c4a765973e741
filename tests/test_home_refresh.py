"""Home tabs re-published when a gate opens, closes or gets a vote: for the approvers and
for whoever opened Home lately, coalesced, through the outbox (COPYDESK_HOME_REFRESH_SECONDS).

The real app and the real bolt endpoint against the fake Slack, on both databases.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from fakes.slack import TEAM_ID, FakeSlack, app_home_opened_event, event_callback
from orchestrator.domain import RunStatus
from slack_harness import EventsEndpoint, events_endpoint, running_app
from test_slack_gates import click, escalated, final_run

APPROVER, OTHER_APPROVER, VIEWER, NEVER = "U1", "U2", "U3", "U5"


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    slack.add_user(NEVER)
    async with running_app(
        database_url,
        slack,
        site,
        COPYDESK_APPROVERS=f"{APPROVER},{OTHER_APPROVER}",
        COPYDESK_HOME_REFRESH_SECONDS="0.2",
        COPYDESK_APPROVALS_REQUIRED="2",
    ) as running:
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


def shows(slack: FakeSlack, user: str, words: str) -> bool:
    return words in json.dumps(slack.home_views.get(user, {}), ensure_ascii=False)


async def until(slack: FakeSlack, check: object) -> None:
    await slack.wait_for(lambda s: [1] if check(s) else [])  # type: ignore[operator]


async def test_a_gate_opening_a_vote_and_its_closing_each_refresh_the_home_tabs(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    # U3 looks at Home before anything waits; U5 never opens it.
    status, _ = await events.post(event_callback(app_home_opened_event(VIEWER)))
    assert status == 200
    await until(slack, lambda s: shows(s, VIEWER, "Waiting for a person (0)"))

    message = await escalated(app, slack, events, site)
    # Nobody opened anything: the gate opening re-published the approvers' tabs, and U3's.
    for user in (APPROVER, OTHER_APPROVER, VIEWER):
        await until(slack, lambda s, u=user: shows(s, u, "Waiting for a person (1)"))
    assert NEVER not in slack.home_views
    assert shows(slack, APPROVER, "gate_approve") and not shows(slack, VIEWER, "gate_approve")

    # A vote towards the quorum is shown on the other approver's tab without a reload.
    before = slack.home_publishes[OTHER_APPROVER]
    await click(events, message, "gate_approve", APPROVER)
    await until(slack, lambda s: s.home_publishes[OTHER_APPROVER] > before)
    # The second approval closes the gate: the tabs empty again.
    await click(events, message, "gate_approve", OTHER_APPROVER)
    assert await final_run(app, 1) is RunStatus.SUCCEEDED
    for user in (APPROVER, OTHER_APPROVER, VIEWER):
        await until(slack, lambda s, u=user: shows(s, u, "Waiting for a person (0)"))


async def test_a_burst_of_changes_is_one_publish_per_person(app: App, slack: FakeSlack) -> None:
    refresher = app.home_refresher
    assert refresher is not None
    before = dict(slack.home_publishes)
    for _ in range(25):
        refresher.touch(TEAM_ID)
    await until(slack, lambda s: all(s.home_publishes.get(u, 0) > before.get(u, 0)
                                     for u in (APPROVER, OTHER_APPROVER)))  # fmt: skip
    await asyncio.sleep(0.5)  # past a second delay: nothing more was queued
    assert refresher.refreshes == 1
    for user in (APPROVER, OTHER_APPROVER):
        assert slack.home_publishes[user] == before.get(user, 0) + 1
    assert len(slack.calls_to("views.publish")) == 2


# Slack's Retry-After in whole seconds: 0 (the outbox's own backoff) in the fast tier, a real
# second's wait in the slow one.
RETRY_AFTER = [0, pytest.param(1, marks=pytest.mark.slow)]


@pytest.mark.parametrize("retry_after", RETRY_AFTER)
async def test_slack_refusing_a_publish_is_retried_or_given_up_and_nothing_raises(
    app: App, slack: FakeSlack, retry_after: int
) -> None:
    refresher = app.home_refresher
    assert refresher is not None
    # Rate-limited once (429, Retry-After): retried by the outbox; a user Slack does not
    # know: given up, and the other approver's tab is still published.
    slack.fail_next("views.publish", "ratelimited", 429, retry_after=retry_after)
    slack.fail_next("views.publish", "not_found", 200, retry_after=None)
    refresher.touch(TEAM_ID)
    await until(slack, lambda s: len([c for c in s.calls_to("views.publish") if c.ok]) >= 1)
    await until(slack, lambda s: len(s.calls_to("views.publish")) >= 3)
    errors = [c.error for c in slack.calls_to("views.publish")]
    assert errors[:2] == ["ratelimited", "not_found"] and errors[2] is None
    # The refresher and the app carry on: another change refreshes again.
    refresher.touch(TEAM_ID)
    await until(slack, lambda s: len([c for c in s.calls_to("views.publish") if c.ok]) >= 3)
