"""FakeSlack answers the real slack_sdk / slack_bolt clients the way Slack does."""

# slack_sdk leaves connect()/close() unannotated; that is theirs to fix, not ours.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import contextlib
import json
import time
from typing import Any
from urllib.parse import parse_qs

import aiohttp
import pytest
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.context.say.async_say import AsyncSay
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.socket_mode.aiohttp import SocketModeClient
from slack_sdk.socket_mode.async_client import AsyncBaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from slack_sdk.web.async_client import AsyncWebClient

from fakes.slack import (
    FakeSlack,
    app_mention_event,
    block_actions_payload,
    events_request,
    interactive_request,
    message_event,
    rich_text_blocks_with_link,
    sign,
)


def web_client(slack: FakeSlack, **kwargs: Any) -> AsyncWebClient:
    return AsyncWebClient(token=slack.bot_token, base_url=slack.api_url, **kwargs)


def error_of(excinfo: pytest.ExceptionInfo[SlackApiError]) -> Any:
    return excinfo.value.response.get("error")


# ---- Web API ---------------------------------------------------------------------------


async def test_post_then_update_is_recorded_with_its_edit_history(slack: FakeSlack) -> None:
    client = web_client(slack)
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*Reading…*"}}]

    posted = await client.chat_postMessage(channel="C1", text="Reading…", blocks=blocks)
    await client.chat_update(channel="C1", ts=posted["ts"], text="Summary ready")

    assert posted["channel"] == "C1"
    assert posted["message"]["text"] == "Reading…"
    assert posted["message"]["bot_id"] == slack.bot_id
    [message] = slack.messages["C1"]
    assert message.ts == posted["ts"]
    assert message.text == "Summary ready"
    assert message.blocks == blocks  # an update without blocks keeps them, as in Slack
    assert message.edits == ["Summary ready"]
    assert message.user == slack.bot_user_id


async def test_thread_replies_come_back_through_conversations_replies(slack: FakeSlack) -> None:
    client = web_client(slack)
    parent = slack.add_message("C1", "read <https://example.com/a|this>", user="U2")

    first = await client.chat_postMessage(channel="C1", thread_ts=parent.ts, text="one")
    second = await client.chat_postMessage(channel="C1", thread_ts=parent.ts, text="two")
    await client.chat_postMessage(channel="C1", text="elsewhere")

    assert float(first["ts"]) < float(second["ts"])  # fresh, increasing ts
    assert [m.text for m in slack.replies("C1", parent.ts)] == ["one", "two"]
    replies = await client.conversations_replies(channel="C1", ts=parent.ts)
    texts = [m["text"] for m in replies["messages"]]
    assert texts == ["read <https://example.com/a|this>", "one", "two"]
    assert replies["messages"][0]["reply_count"] == 2

    page = await client.conversations_replies(channel="C1", ts=parent.ts, limit=2)
    assert page["has_more"] is True
    rest = await client.conversations_replies(
        channel="C1", ts=parent.ts, cursor=page["response_metadata"]["next_cursor"]
    )
    assert [m["text"] for m in rest["messages"]] == ["two"]


async def test_form_encoded_calls_are_understood_like_json_ones(slack: FakeSlack) -> None:
    client = web_client(slack)
    posted = await client.chat_postMessage(channel="C1", text="draft")
    blocks = [{"type": "divider"}]

    # A form body carries blocks as a JSON string; the fake decodes it like Slack.
    await client.api_call(
        "chat.update",
        data={"channel": "C1", "ts": posted["ts"], "text": "final", "blocks": json.dumps(blocks)},
    )

    message = slack.messages["C1"][0]
    assert (message.text, message.blocks) == ("final", blocks)
    assert slack.calls_to("chat.update")[0].params["text"] == "final"


async def test_reactions_ephemerals_permalinks_users_and_groups(slack: FakeSlack) -> None:
    client = web_client(slack)
    slack.usergroups["S123"] = ["U1", "U2"]
    message = slack.add_message("C1", "hello")
    posted = await client.chat_postMessage(channel="C1", thread_ts=message.ts, text="hi")

    await client.reactions_add(channel="C1", timestamp=message.ts, name="eyes")
    with pytest.raises(SlackApiError) as again:
        await client.reactions_add(channel="C1", timestamp=message.ts, name="eyes")
    await client.reactions_add(channel="C1", timestamp=message.ts, name="white_check_mark")
    await client.reactions_remove(channel="C1", timestamp=message.ts, name="eyes")
    ephemeral = await client.chat_postEphemeral(channel="C1", user="U2", text="only you")
    link = await client.chat_getPermalink(channel="C1", message_ts=posted["ts"])
    user = await client.users_info(user="U1")
    group = await client.usergroups_users_list(usergroup="S123")

    assert error_of(again) == "already_reacted"
    assert slack.reactions_on("C1", message.ts) == ["white_check_mark"]
    assert slack.ephemerals[0].user == "U2"
    assert slack.ephemerals[0].message_ts == ephemeral["message_ts"]
    assert "only you" not in [m.text for m in slack.messages["C1"]]
    assert link["permalink"].endswith(f"?thread_ts={message.ts}&cid=C1")
    assert user["user"]["id"] == "U1"
    assert group["users"] == ["U1", "U2"]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        ("chat.postMessage", "no_text"),
        ("chat.flyToTheMoon", "unknown_method"),
        ("users.info", "user_not_found"),
        ("usergroups.users.list", "no_such_subteam"),
        ("reactions.add", "message_not_found"),
    ],
)
async def test_errors_are_http_200_with_ok_false(slack: FakeSlack, call: str, error: str) -> None:
    client = web_client(slack)
    with pytest.raises(SlackApiError) as excinfo:
        await client.api_call(call, json={"channel": "C1", "user": "U9", "usergroup": "S9"})
    assert excinfo.value.response.status_code == 200
    assert excinfo.value.response.data == {"ok": False, "error": error}
    assert slack.calls[-1].error == error


async def test_tokens_are_checked(slack: FakeSlack) -> None:
    with pytest.raises(SlackApiError) as wrong:
        await AsyncWebClient(token="xoxb-nope", base_url=slack.api_url).auth_test()
    with pytest.raises(SlackApiError) as app_token_for_bot_method:
        await AsyncWebClient(token=slack.app_token, base_url=slack.api_url).auth_test()
    with pytest.raises(SlackApiError) as bot_token_for_app_method:
        await web_client(slack).apps_connections_open(app_token=slack.bot_token)
    auth = await web_client(slack).auth_test()

    assert error_of(wrong) == "invalid_auth"
    assert error_of(app_token_for_bot_method) == "not_allowed_token_type"
    assert error_of(bot_token_for_app_method) == "not_allowed_token_type"
    assert (auth["user_id"], auth["bot_id"], auth["team_id"]) == ("UBOT", "BBOT", slack.team_id)


async def test_invalid_blocks_are_refused_like_slack(slack: FakeSlack) -> None:
    too_long = [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}]
    with pytest.raises(SlackApiError) as excinfo:
        await web_client(slack).chat_postMessage(channel="C1", text="t", blocks=too_long)
    assert error_of(excinfo) == "invalid_blocks"
    assert "3001" in excinfo.value.response["errors"][0]
    assert slack.messages["C1"] == []


# ---- faults ----------------------------------------------------------------------------


async def test_rate_limit_carries_retry_after_and_the_sdk_handler_retries(
    slack: FakeSlack,
) -> None:
    slack.fail_next("chat.postMessage", retry_after=0)

    with pytest.raises(SlackApiError) as excinfo:
        await web_client(slack).chat_postMessage(channel="C1", text="first")
    slack.fail_next("chat.postMessage", retry_after=0)
    retrying = web_client(slack, retry_handlers=[AsyncRateLimitErrorRetryHandler(2)])
    posted = await retrying.chat_postMessage(channel="C1", text="second")

    assert excinfo.value.response.status_code == 429
    assert excinfo.value.response.headers["Retry-After"] == "0"
    assert error_of(excinfo) == "ratelimited"
    assert [(c.status, c.error) for c in slack.calls_to("chat.postMessage")] == [
        (429, "ratelimited"),
        (429, "ratelimited"),
        (200, None),
    ]
    assert [m.ts for m in slack.messages["C1"]] == [posted["ts"]]


async def test_fail_next_counts_down_and_can_target_any_method(slack: FakeSlack) -> None:
    client = web_client(slack)
    slack.fail_next("*", error="fatal_error", status=500, times=2)

    for _ in range(2):
        with pytest.raises(SlackApiError) as excinfo:
            await client.auth_test()
        assert excinfo.value.response.status_code == 500
    await client.auth_test()


async def test_rate_limit_ratio_is_seeded() -> None:
    async def statuses(seed: int) -> list[int]:
        async with FakeSlack(seed=seed) as fake:
            fake.rate_limit_ratio = 0.5
            client = web_client(fake)
            for _ in range(12):
                with contextlib.suppress(SlackApiError):
                    await client.auth_test()
            return [c.status for c in fake.calls]

    first, again = await statuses(7), await statuses(7)
    assert first == again
    assert set(first) == {200, 429}


async def test_down_answers_503_and_offline_refuses_connections(slack: FakeSlack) -> None:
    client = web_client(slack, retry_handlers=[])  # the default one retries refusals
    slack.down = True
    with pytest.raises(SlackApiError) as excinfo:
        await client.auth_test()
    assert excinfo.value.response.status_code == 503

    slack.down = False
    async with aiohttp.ClientSession() as session:
        # A session keeps connections alive; going offline must cut those too.
        kept_alive = web_client(slack, retry_handlers=[], session=session)
        await kept_alive.auth_test()
        await slack.go_offline()
        for offline in (client, kept_alive):
            with pytest.raises(aiohttp.ClientConnectionError):
                await offline.auth_test()
        await slack.go_online()
        assert (await client.auth_test())["ok"] is True
        assert (await kept_alive.auth_test())["ok"] is True


async def test_wait_for_returns_the_value_or_times_out(slack: FakeSlack) -> None:
    client = web_client(slack)
    await client.chat_postMessage(channel="C1", text="x")

    found = await slack.wait_for(lambda s: s.bot_messages("C1"), timeout=1)
    assert [m.text for m in found] == ["x"]
    with pytest.raises(TimeoutError, match=r"chat\.postMessage"):
        await slack.wait_for(lambda s: s.messages["C2"], timeout=0.05)


# ---- Socket Mode -----------------------------------------------------------------------


async def test_socket_mode_client_receives_an_event_and_its_ack_is_recorded(
    slack: FakeSlack,
) -> None:
    received: list[SocketModeRequest] = []

    async def ack(client: AsyncBaseSocketModeClient, request: SocketModeRequest) -> None:
        received.append(request)
        await client.send_socket_mode_response(SocketModeResponse(request.envelope_id))

    client = SocketModeClient(app_token=slack.app_token, web_client=web_client(slack))
    client.socket_mode_request_listeners.append(ack)
    try:
        await client.connect()
        await slack.socket_connected.wait()
        event = message_event("hello <https://example.com/a|there>")
        envelope_id = await slack.socket_send_event(event, event_id="Ev1", retry_attempt=1)
        await slack.wait_for_ack(envelope_id)
    finally:
        await client.close()

    assert slack.acks == [envelope_id]
    assert slack.calls_to("apps.connections.open")[0].token == slack.app_token
    [request] = received
    assert request.type == "events_api"
    assert request.retry_attempt == 1
    assert request.payload["event_id"] == "Ev1"
    assert request.payload["event"]["blocks"][0]["elements"][0]["elements"][1] == {
        "type": "link",
        "url": "https://example.com/a",
        "text": "there",
    }
    # Slack has the message before it tells the app, so the app can react to it.
    assert slack.find_message("C1", event["ts"]) is not None


async def test_bolt_app_mention_is_answered_in_the_thread(slack: FakeSlack) -> None:
    app = AsyncApp(name="test_fake_slack.py", client=web_client(slack))

    @app.event("app_mention")
    async def on_mention(event: dict[str, Any], say: AsyncSay) -> None:
        await say(text=f"on it, <@{event['user']}>", thread_ts=event["ts"])

    handler = AsyncSocketModeHandler(app, slack.app_token)
    try:
        await handler.connect_async()
        mention = app_mention_event("summarise <https://example.com/story>", user="U2")
        envelope_id = await slack.socket_send_event(mention)
        replies = await slack.wait_for(lambda s: s.replies("C1", mention["ts"]))
        await slack.wait_for_ack(envelope_id)
    finally:
        await handler.close_async()

    assert [r.text for r in replies] == ["on it, <@U2>"]
    assert replies[0].user == slack.bot_user_id
    assert mention["text"].startswith("<@UBOT> ")


async def test_a_dropped_socket_is_reconnected_by_the_sdk(slack: FakeSlack) -> None:
    client = SocketModeClient(
        app_token=slack.app_token, web_client=web_client(slack), ping_interval=0.2
    )
    try:
        await client.connect()
        await slack.wait_for(lambda s: s.socket_connects == 1)
        assert await slack.socket_disconnect() == 1
        await slack.wait_for(lambda s: s.socket_connects == 2 and s.socket_connections)
        await slack.socket_disconnect(abrupt=True)
        await slack.wait_for(lambda s: s.socket_connects == 3 and s.socket_connections)
    finally:
        await client.close()

    assert len(slack.calls_to("apps.connections.open")) == 3


async def test_envelopes_are_spread_over_several_sockets(slack: FakeSlack) -> None:
    got: list[list[str]] = [[], []]
    hellos: list[dict[str, Any]] = []

    def acking(into: list[str]) -> Any:
        async def listener(client: AsyncBaseSocketModeClient, request: SocketModeRequest) -> None:
            into.append(request.envelope_id)
            await client.send_socket_mode_response(SocketModeResponse(request.envelope_id))

        return listener

    async def on_message(frame: aiohttp.WSMessage) -> None:
        if json.loads(frame.data)["type"] == "hello":
            hellos.append(json.loads(frame.data))

    clients = [
        SocketModeClient(
            app_token=slack.app_token,
            web_client=web_client(slack),
            on_message_listeners=[on_message],
        )
        for _ in got
    ]
    try:
        for client, into in zip(clients, got, strict=True):
            client.socket_mode_request_listeners.append(acking(into))
            await client.connect()
        await slack.wait_for(lambda s: len(s.socket_connections) == 2)
        for n in range(4):
            await slack.socket_send_event(message_event(f"m{n}"))
        await slack.wait_for(lambda s: len(s.acks) == 4)
        # Slack's own "please reconnect" message: each client fetches a new URL.
        assert await slack.socket_request_refresh() == 2
        await slack.wait_for(lambda s: s.socket_connects == 4 and len(s.socket_connections) == 2)
    finally:
        for client in clients:
            await client.close()

    assert [len(envelope_ids) for envelope_ids in got] == [2, 2]
    assert sorted(hellos[0]) == ["connection_info", "debug_info", "num_connections", "type"]
    assert {key: slack.socket_sent[0][key] for key in ("type", "retry_attempt")} == {
        "type": "events_api",
        "retry_attempt": 0,
    }
    assert slack.socket_sent[0]["accepts_response_payload"] is False
    assert len(slack.calls_to("apps.connections.open")) == 4


async def test_interactive_payloads_reach_bolt_and_respond_hits_the_response_url(
    slack: FakeSlack,
) -> None:
    app = AsyncApp(name="test_fake_slack.py", client=web_client(slack))

    @app.action("approve")
    async def on_approve(ack: Any, respond: Any, body: dict[str, Any]) -> None:
        await ack()
        await respond(text=f"approved {body['actions'][0]['value']}", replace_original=False)

    handler = AsyncSocketModeHandler(app, slack.app_token)
    try:
        await handler.connect_async()
        payload = block_actions_payload(
            "approve", "run-42", response_url=slack.response_url("click")
        )
        await slack.socket_send_interactive(payload)
        await slack.wait_for(lambda s: s.responses)
    finally:
        await handler.close_async()

    assert slack.responses[0].key == "click"
    assert slack.responses[0].body["text"] == "approved run-42"


# ---- signed HTTP requests --------------------------------------------------------------


def test_signatures_verify_with_the_sdk_verifier() -> None:
    verifier = SignatureVerifier("s3cret")
    now = int(time.time())
    body, headers = events_request(message_event("hi"), "s3cret", timestamp=now)

    assert verifier.is_valid_request(body, headers)
    assert not verifier.is_valid_request(body + b" ", headers)
    assert not verifier.is_valid_request(body, sign("other", body, now))
    assert not verifier.is_valid_request(body, sign("s3cret", body, now - 600))


def test_interactive_request_is_form_encoded_payload_json() -> None:
    payload = block_actions_payload("approve", "run-42", "U2", "C9", "1700000000.000100")
    body, headers = interactive_request(payload, "s3cret")

    assert SignatureVerifier("s3cret").is_valid_request(body, headers)
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert json.loads(parse_qs(body.decode())["payload"][0]) == payload
    assert payload["container"] == {
        "type": "message",
        "message_ts": "1700000000.000100",
        "channel_id": "C9",
        "is_ephemeral": False,
    }


def test_rich_text_link_label_differs_from_url() -> None:
    [block] = rich_text_blocks_with_link("https://example.com/x", "the story")
    [link] = block["elements"][0]["elements"]
    assert block["type"] == "rich_text"
    assert link == {"type": "link", "url": "https://example.com/x", "text": "the story"}
