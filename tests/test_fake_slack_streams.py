"""The fake Slack's streaming methods through the real slack_sdk, answering as Slack
documents them: what they take, what they refuse, and how."""

from __future__ import annotations

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.models.messages.chunk import MarkdownTextChunk, TaskUpdateChunk
from slack_sdk.web.async_client import AsyncWebClient

from fakes.slack import TEAM_ID, FakeSlack
from fakes.slack_faults import Fault, FaultySlack, Shape
from fakes.slack_streams import MARKDOWN_LIMIT


def client_of(slack: FakeSlack) -> AsyncWebClient:
    return AsyncWebClient(token=slack.bot_token, base_url=slack.api_url)


async def refused(call: object) -> SlackApiError:
    with pytest.raises(SlackApiError) as raised:
        await call  # type: ignore[misc]
    return raised.value


async def test_a_stream_in_a_channel_needs_its_recipient(slack: FakeSlack) -> None:
    client = client_of(slack)
    error = await refused(client.chat_startStream(channel="C1", thread_ts="1.000001"))
    assert error.response["error"] == "invalid_arguments"
    # In a DM it does not; and the SDK's own helper streams against the fake.
    streamer = await client.chat_stream(channel="D1", thread_ts="1.000001", buffer_size=5)
    await streamer.append(markdown_text="**hello wo")
    await streamer.append(chunks=[TaskUpdateChunk(id="t1", title="Fetch", status="in_progress")])
    await streamer.stop(markdown_text="rld!**")
    assert streamer.ts is not None
    stream = slack.streams.by_ts[streamer.ts]
    assert stream.markdown == "**hello world!**" and not stream.streaming
    assert stream.tasks["t1"]["status"] == "in_progress"


async def test_what_a_stream_refuses(slack: FakeSlack) -> None:
    client = client_of(slack)
    started = await client.chat_startStream(
        channel="C1",
        thread_ts="1.000001",
        recipient_user_id="U1",
        recipient_team_id=TEAM_ID,
        task_display_mode="plan",
    )
    ts = str(started["ts"])
    bad_status = {"type": "task_update", "id": "t", "title": "T", "status": "done"}
    error = await refused(client.chat_appendStream(channel="C1", ts=ts, chunks=[bad_status]))
    assert error.response["error"] == "invalid_chunks"
    long = MarkdownTextChunk(text="x" * (MARKDOWN_LIMIT + 1))
    error = await refused(client.chat_appendStream(channel="C1", ts=ts, chunks=[long]))
    assert error.response["error"] == "msg_too_long"
    assert slack.streams.by_ts[ts].chunks == []  # a refused call changed nothing
    await client.chat_stopStream(channel="C1", ts=ts)
    error = await refused(client.chat_appendStream(channel="C1", ts=ts, markdown_text="more"))
    assert error.response["error"] == "message_not_in_streaming_state"


@pytest.mark.parametrize("code", ["unknown_method", "not_allowed", "feature_not_enabled"])
async def test_a_workspace_without_streaming_says_so(slack: FakeSlack, code: str) -> None:
    slack.streams.refuse_streaming = code
    error = await refused(client_of(slack).chat_startStream(channel="D1", thread_ts="1.000001"))
    assert error.response.status_code == 200 and error.response["error"] == code


async def test_rate_limits_and_bodies_that_are_not_json() -> None:
    async with FaultySlack() as faulty:
        client = client_of(faulty)
        faulty.fail_next("chat.startStream", "ratelimited", status=429, retry_after=3)
        error = await refused(client.chat_startStream(channel="D1", thread_ts="1.000001"))
        assert error.response.status_code == 429
        assert error.response.headers["Retry-After"] == "3"
        faulty.inject("chat.appendStream", Fault(Shape.HTML, 502))
        error = await refused(client.chat_appendStream(channel="D1", ts="1", markdown_text="x"))
        assert error.response.status_code == 502 and error.response.data == {}


async def test_the_loading_status_and_a_missing_scope(slack: FakeSlack) -> None:
    client = client_of(slack)
    await client.assistant_threads_setStatus(
        channel_id="C1", thread_ts="1.000001", status="is fact-checking…"
    )
    assert slack.streams.shown_status("C1", "1.000001") == "is fact-checking…"
    await client.assistant_threads_setStatus(channel_id="C1", thread_ts="1.000001", status="")
    assert slack.streams.shown_status("C1", "1.000001") == ""
    slack.streams.refuse_status = "missing_scope"
    error = await refused(
        client.assistant_threads_setStatus(channel_id="C1", thread_ts="1.000001", status="x")
    )
    assert error.response["error"] == "missing_scope" and error.response["needed"]
