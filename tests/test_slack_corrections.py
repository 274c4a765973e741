"""Approve with a correction: the gate's button opens a modal (views.open) of the disputed
claims; its submission (view_submission) approves with the approver's edits.

The real app behind the real `/slack/events` endpoint, clicks and submissions signed like
Slack's, the fake Slack's modals (fakes/slack_views.py), on both databases. The misquoted
story's fact-check gate escalates on its first claim (its source says 41, not 14).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from articles import ArticleSite
from bot.answer import Answer
from bot.bootstrap import App
from bot.core import IncomingMessage
from fakes.slack import (
    FakeSlack,
    Message,
    block_actions_payload,
    home_block_actions_payload,
    interactive_request,
)
from fakes.slack_views import TROUBLE, OpenView
from orchestrator.domain import GateDecision, RunStatus
from slack_harness import SIGNING_SECRET, EventsEndpoint, events_endpoint, running_app
from test_slack_gates import _buttons, click, escalated, final_run

APPROVER, OTHER_APPROVER, OUTSIDER = "U1", "U2", "U3"
JSON = dict[str, Any]


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    async with running_app(
        database_url, slack, site, COPYDESK_APPROVERS=f"{APPROVER},{OTHER_APPROVER}"
    ) as running:
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


async def interact(events: EventsEndpoint, payload: JSON) -> tuple[int, str]:
    body, headers = interactive_request(payload, SIGNING_SECRET)
    async with events.session.post(events.url, data=body, headers=headers) as response:
        return response.status, await response.text()


async def open_form(
    slack: FakeSlack, events: EventsEndpoint, message: Message, user: str = APPROVER
) -> OpenView:
    """Press "Approve with a correction" on the gate message; the modal Slack shows."""
    [actions] = _buttons(message)
    button = next(e for e in actions["elements"] if e["action_id"] == "gate_correct")  # type: ignore[index]
    trigger = slack.views.trigger(user)
    payload = block_actions_payload(
        "gate_correct",
        str(button["value"]),
        user=user,
        message_ts=message.ts,
        thread_ts=message.thread_ts,
        trigger_id=trigger,
    )
    status, text = await interact(events, payload)
    assert status == 200, text
    [shown] = await slack.wait_for(lambda s: s.views.shown_to(user))
    return shown


def claim_fields(shown: OpenView) -> dict[str, JSON]:
    blocks = shown.view["blocks"]
    return {b["block_id"]: b for b in blocks if b.get("block_id", "").startswith("claim:")}


def values(shown: OpenView, edits: dict[str, str], drop: tuple[str, ...] = ()) -> JSON:
    """The form as a person leaves it: each claim field's text, and the ticked drops."""
    state: JSON = {}
    for block_id, block in claim_fields(shown).items():
        text = edits.get(block_id, block["element"]["initial_value"])
        state[block_id] = {"text": {"type": "plain_text_input", "value": text}}
    state["drop"] = {
        "drop": {
            "type": "checkboxes",
            "selected_options": [{"value": v, "text": {"type": "plain_text", "text": v}}
                                 for v in drop],
        }
    }  # fmt: skip
    return state


async def submit(
    slack: FakeSlack, events: EventsEndpoint, shown: OpenView, state: JSON, user: str | None = None
) -> OpenView:
    payload = slack.views.submission(shown.id, state, user=user)
    status, text = await interact(events, payload)
    return slack.views.answered(shown.id, status, text)


def ephemerals_for(slack: FakeSlack, user: str) -> list[str]:
    return [e.text for e in slack.ephemerals if e.user == user]


async def test_the_form_shows_the_disputed_claim_and_its_evidence_and_an_edit_is_the_approvers(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    [actions] = _buttons(message)
    assert [e["action_id"] for e in actions["elements"]] == [  # type: ignore[index]
        "gate_approve", "gate_reject", "gate_correct",
    ]  # fmt: skip
    shown = await open_form(slack, events, message)
    [call] = slack.calls_to("views.open")
    assert call.params["trigger_id"]  # the click's own trigger
    assert shown.view["callback_id"] == "gate_correction"
    fields = claim_fields(shown)
    assert list(fields) == ["claim:0", "claim:1", "claim:2"]  # every claim the gate judged
    block_id = "claim:0"
    original = fields[block_id]["element"]["initial_value"]
    assert "£14 million" in original
    evidence = json.dumps(shown.view["blocks"])
    assert "silt-study" in evidence and "41" in evidence

    corrected = original.replace("£14 million", "£14.2 million")
    after = await submit(slack, events, shown, values(shown, {block_id: corrected}))
    assert after.closed and not after.errors and after.shown_error is None
    assert await final_run(app, 1) is RunStatus.SUCCEEDED
    run = await app.store.get_run(1)
    assert run is not None and run.result is not None
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.APPROVED and gate.decided_by == APPROVER
    assert "approved with a correction (claim 1 edited)" in (gate.note or "")
    first = run.claims[0]
    assert first.text == corrected and first.original == original
    assert first.corrected_by == APPROVER and first.step == "fact_check gate"
    # The result uses the corrected text; the original stays in the trace.
    assert run.result["claims"][0]["text"] == corrected
    assert run.result["corrections"] == [
        {"claim": 0, "original": original, "text": corrected, "by": APPROVER}
    ]
    summarised = next(s for s in run.steps if s.name == "summarise")
    assert summarised.output is not None and summarised.output["claims"][0]["text"] == original

    # "Which step introduced this claim" answers with the approver.
    replies: list[str] = []

    class Collect:
        async def reply(self, answer: Answer) -> None:
            replies.append(answer.text)

        async def private(self, text: str) -> None:
            replies.append(text)

    await app.desk.handle(
        IncomingMessage("where did claim 1 in run 1 come from", transport="console"), Collect()
    )
    assert f"introduced by <@{APPROVER}> at the fact_check gate" in replies[0]
    assert original[:40] in replies[0]
    # The thread was told what the approval changed.
    assert any("Corrected: claim 1 edited" in m.text for m in slack.messages["C1"])


async def test_a_dropped_claim_is_left_out_of_the_result(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    shown = await open_form(slack, events, message)
    before = await app.store.get_run(1)
    assert before is not None
    summarised = next(s for s in before.steps if s.name == "summarise")
    assert summarised.output is not None
    count = len(summarised.output["claims"])
    after = await submit(slack, events, shown, values(shown, {}, drop=("0",)))
    assert after.closed
    assert await final_run(app, 1) is RunStatus.SUCCEEDED
    run = await app.store.get_run(1)
    assert run is not None and run.result is not None
    assert len(run.claims) == count - 1
    assert all("£14 million" not in c.text for c in run.claims)
    assert run.result["corrections"][0]["text"] is None


@pytest.mark.parametrize(
    ("edit", "error"),
    [
        ("", "cannot be empty"),
        ("x" * 1001, "At most 1,000 characters; this is 1,001"),
        (None, "Nothing was changed"),
    ],
)
async def test_a_bad_form_is_answered_under_its_field_and_changes_nothing(
    app: App,
    slack: FakeSlack,
    events: EventsEndpoint,
    site: ArticleSite,
    edit: str | None,
    error: str,
) -> None:
    message = await escalated(app, slack, events, site)
    shown = await open_form(slack, events, message)
    block_id = "claim:0"
    after = await submit(
        slack, events, shown, values(shown, {} if edit is None else {block_id: edit})
    )
    assert not after.closed and error in after.errors[block_id]
    run = await app.store.get_run(1)
    assert run is not None and run.status is RunStatus.WAITING


async def test_a_form_left_open_while_someone_else_decides_changes_nothing(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    shown = await open_form(slack, events, message)
    await click(events, message, "gate_approve", OTHER_APPROVER)
    assert await final_run(app, 1) is RunStatus.SUCCEEDED
    block_id = "claim:0"
    after = await submit(slack, events, shown, values(shown, {block_id: "Something else."}))
    assert not after.closed
    said = json.dumps(after.view)
    assert f"already approved by <@{OTHER_APPROVER}>" in said and "Nothing changed" in said
    run = await app.store.get_run(1)
    assert run is not None
    assert all(c.corrected_by is None for c in run.claims)
    assert run.result is not None and run.result["corrections"] == []


async def test_a_second_submit_of_the_same_form_changes_nothing(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    shown = await open_form(slack, events, message)
    block_id = "claim:0"
    state = values(shown, {block_id: "The first correction."})
    payload = slack.views.submission(shown.id, state)
    status, text = await interact(events, payload)
    assert status == 200 and not text.strip()  # closed
    # The same submission again (a double click, a retry): told, and nothing changes.
    again = slack.views.answered(shown.id, *await interact(events, payload))
    assert "Nothing changed" in json.dumps(again.view)
    assert await final_run(app, 1) is RunStatus.SUCCEEDED
    run = await app.store.get_run(1)
    assert run is not None and run.claims[0].text == "The first correction."


async def test_someone_who_is_not_an_approver_can_neither_open_nor_submit_the_form(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    [actions] = _buttons(message)
    gate_id = str(actions["elements"][2]["value"])  # type: ignore[index]
    payload = block_actions_payload(
        "gate_correct", gate_id, user=OUTSIDER, message_ts=message.ts,
        thread_ts=message.thread_ts, trigger_id=slack.views.trigger(OUTSIDER),
    )  # fmt: skip
    status, _ = await interact(events, payload)
    assert status == 200
    [refusal] = await slack.wait_for(lambda s: ephemerals_for(s, OUTSIDER))
    assert "Only approvers" in refusal
    assert not slack.calls_to("views.open")
    # An approver's form, submitted by someone else (a forged payload): refused.
    shown = await open_form(slack, events, message)
    block_id = "claim:0"
    after = await submit(slack, events, shown, values(shown, {block_id: "Forged."}), OUTSIDER)
    assert "Only approvers" in json.dumps(after.view)
    run = await app.store.get_run(1)
    assert run is not None and run.status is RunStatus.WAITING


async def test_an_expired_trigger_is_told_and_opens_nothing(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    [actions] = _buttons(message)
    trigger = slack.views.trigger(APPROVER)
    slack.views.expire(trigger)
    payload = block_actions_payload(
        "gate_correct", str(actions["elements"][2]["value"]), user=APPROVER,  # type: ignore[index]
        message_ts=message.ts, thread_ts=message.thread_ts, trigger_id=trigger,
    )  # fmt: skip
    assert (await interact(events, payload))[0] == 200
    [told] = await slack.wait_for(lambda s: ephemerals_for(s, APPROVER))
    assert "took too long" in told
    [call] = slack.calls_to("views.open")
    assert call.error == "expired_trigger_id"


async def test_the_form_opens_from_the_home_tab_and_its_approval_is_shown_there(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    message = await escalated(app, slack, events, site)
    [actions] = _buttons(message)
    trigger = slack.views.trigger(APPROVER)
    payload = home_block_actions_payload(
        "gate_correct",
        str(actions["elements"][2]["value"]),
        user=APPROVER,  # type: ignore[index]
    )
    payload["trigger_id"] = trigger
    assert (await interact(events, payload))[0] == 200
    [shown] = await slack.wait_for(lambda s: s.views.shown_to(APPROVER))
    assert json.loads(shown.view["private_metadata"])["home"] is True
    block_id = "claim:0"
    publishes = slack.home_publishes.get(APPROVER, 0)
    after = await submit(slack, events, shown, values(shown, {block_id: "Fixed at home."}))
    assert after.closed
    await slack.wait_for(lambda s: [1] if s.home_publishes.get(APPROVER, 0) > publishes else [])
    assert "Corrected: claim 1 edited" in json.dumps(slack.home_views[APPROVER])


async def test_under_a_quorum_a_correction_is_its_approvers_vote(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    async with (
        running_app(
            database_url, slack, site,
            COPYDESK_APPROVERS=f"{APPROVER},{OTHER_APPROVER}", COPYDESK_APPROVALS_REQUIRED="2",
        ) as app,
        events_endpoint(app, slack) as events,
    ):  # fmt: skip
        message = await escalated(app, slack, events, site)
        shown = await open_form(slack, events, message)
        block_id = "claim:0"
        after = await submit(slack, events, shown, values(shown, {block_id: "Quorum fix."}))
        assert after.closed
        await slack.wait_for(
            lambda s: [m for m in s.messages["C1"] if "1 of 2 approvals" in m.text]
        )
        run = await app.store.get_run(1)
        assert run is not None and run.status is RunStatus.WAITING
        # The same approver's plain Approve is the same vote: it counts once.
        await click(events, message, "gate_approve", APPROVER)
        await slack.wait_for(lambda s: [e for e in s.ephemerals if "counts once" in e.text])
        await click(events, message, "gate_approve", OTHER_APPROVER)
        assert await final_run(app, 1) is RunStatus.SUCCEEDED
        run = await app.store.get_run(1)
        assert run is not None and run.claims[0].text == "Quorum fix."
        assert run.claims[0].corrected_by == APPROVER


# -- the fake's modals, as Slack answers them ----------------------------------------------


async def test_views_open_refuses_what_slack_refuses(slack: FakeSlack) -> None:
    client = AsyncWebClient(token=slack.bot_token, base_url=slack.api_url)
    good = {
        "type": "modal",
        "title": {"type": "plain_text", "text": "Fine"},
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}],
    }
    with pytest.raises(SlackApiError) as unknown:
        await client.views_open(trigger_id="123.abc", view=good)
    assert unknown.value.response["error"] == "invalid_trigger_id"
    too_long = {**good, "title": {"type": "plain_text", "text": "x" * 25}}
    with pytest.raises(SlackApiError) as invalid:
        await client.views_open(trigger_id=slack.views.trigger(), view=too_long)
    assert invalid.value.response["error"] == "invalid_arguments"
    assert invalid.value.response["response_metadata"]["messages"] == [
        "[ERROR] must be a plain_text of at most 24 characters [json-pointer:/view/title]"
    ]
    with pytest.raises(SlackApiError) as not_json:
        await client.api_call(
            "views.open", data={"trigger_id": slack.views.trigger(), "view": "{not json"}
        )
    assert not_json.value.response["error"] == "invalid_arguments"
    opened = await client.views_open(trigger_id=slack.views.trigger(), view=good)
    view = opened["view"]
    with pytest.raises(SlackApiError) as conflict:
        await client.views_update(view_id=view["id"], view=good, hash="stale")
    assert conflict.value.response["error"] == "hash_conflict"
    updated = await client.views_update(view_id=view["id"], view=good, hash=view["hash"])
    assert updated["view"]["hash"] != view["hash"]
    # The app's answer to a submission that is not JSON leaves Slack's own error showing.
    shown = slack.views.answered(view["id"], 200, "<html>oops</html>")
    assert shown.shown_error == TROUBLE and not shown.closed
    errors_elsewhere = slack.views.answered(
        view["id"], 200, json.dumps({"response_action": "errors", "errors": {"nope": "x"}})
    )
    assert errors_elsewhere.shown_error == TROUBLE
