"""Slack → Desk: translate bolt events into IncomingMessage, and replies into thread posts.

Nothing here decides anything; it only translates. Slack hears back (the HTTP 200, the
socket ack) only once what the event asked for is recorded — a run queued in the database —
because Slack never redelivers an event it had a 200 for: acking first would lose the link
of a process killed in between. Recording takes milliseconds; what may be slow (answering a
question, posting to Slack, updating a gate message) goes on in the background after the ack.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import time
from collections.abc import Mapping
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import render
from bot.answer import Answer
from bot.background import Background
from bot.core import Desk, IncomingMessage
from bot.slack import blocks, feedback
from bot.slack.answer_blocks import TEXT_LIMIT, blocks_of
from bot.slack.correction import CALLBACK, CorrectionForm
from bot.slack.failures import classify
from bot.slack.home_refresh import HomeRefresher
from bot.slack.inbox import HomeTab, NoticeReplier
from bot.slack.oauth import OAuth
from orchestrator.domain import Conversation

log = logging.getLogger(__name__)

# The Events API's `channel_type` for message events.
_CHANNEL_TYPES = {
    "channel": Conversation.PUBLIC,
    "group": Conversation.PRIVATE,
    "mpim": Conversation.GROUP_DM,
    "im": Conversation.DM,
}
# A conversation's kind, looked up again after this long (a channel can be made private).
_KIND_TTL = 600.0


class ConversationKinds:
    """What kind of conversation a channel is, for events that do not say (`app_mention`
    carries no `channel_type`): `conversations.info`, cached. None when Slack cannot say,
    which visibility treats as private."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[float, Conversation]] = {}

    async def of(self, client: AsyncWebClient, channel: str) -> Conversation | None:
        cached = self._cache.get(channel)
        if cached is not None and time.monotonic() - cached[0] < _KIND_TTL:
            return cached[1]
        try:
            response = await client.conversations_info(channel=channel)
        except SlackApiError as error:
            log.warning(
                "could not ask Slack what kind of conversation %s is: %s",
                channel,
                error.response.get("error"),
                extra={"action": "slack_error"},
            )
            return None
        info = response.get("channel") or {}
        if info.get("is_im"):
            kind = Conversation.DM
        elif info.get("is_mpim"):
            kind = Conversation.GROUP_DM
        elif info.get("is_private") or info.get("is_group"):
            kind = Conversation.PRIVATE
        else:
            kind = Conversation.PUBLIC
        self._cache[channel] = (time.monotonic(), kind)
        return kind


# Subtypes that are a person saying something new. Edits (message_changed), deletions,
# joins, bot_message and the rest start nothing.
_PEOPLE_SUBTYPES = {None, "thread_broadcast", "file_share"}


class SlackReplier:
    def __init__(
        self, client: AsyncWebClient, channel: str, thread_ts: str | None, user: str | None
    ) -> None:
        self.client = client
        self.channel = channel
        self.thread_ts = thread_ts
        self.user = user

    async def private(self, text: str) -> None:
        if self.user is None:
            return
        try:
            await self.client.chat_postEphemeral(
                channel=self.channel, user=self.user, thread_ts=self.thread_ts, text=text
            )
        except SlackApiError as error:
            log.warning(
                "could not answer %s privately: %s",
                self.user,
                classify(error).reason,
                extra={"action": "slack_error"},
            )

    async def reply(self, answer: Answer) -> None:
        layout = blocks_of(answer)
        try:
            # With blocks the text is the notification and fallback; Slack shows ~4,000
            # characters of it, and the blocks (and their page link) carry the rest.
            await self.client.chat_postMessage(
                channel=self.channel,
                thread_ts=self.thread_ts,
                text=render.short(answer.text, TEXT_LIMIT),
                blocks=layout or None,
            )
        except SlackApiError as error:
            log.warning(
                "could not reply in %s: %s",
                self.channel,
                classify(error).reason,
                extra={"action": "slack_error"},
            )


def to_incoming(
    body: dict[str, Any], event: dict[str, Any], bot_user_id: str | None
) -> IncomingMessage | None:
    """The message a person sent, or None for anything that must start nothing."""
    if event.get("subtype") not in _PEOPLE_SUBTYPES or event.get("bot_id"):
        return None
    user = event.get("user")
    channel = event.get("channel")
    ts = event.get("ts")
    if not user or not channel or not ts or user == bot_user_id:
        return None
    text = event.get("text") or ""
    mentioned = bool(bot_user_id) and f"<@{bot_user_id}" in text
    addressed = event.get("type") == "app_mention" or event.get("channel_type") == "im" or mentioned
    keys = [f"msg:{channel}:{ts}"]
    if body.get("event_id"):
        keys.append(f"event:{body['event_id']}")
    return IncomingMessage(
        text=text,
        transport="slack",
        user=user,
        channel=channel,
        ts=ts,
        thread_ts=event.get("thread_ts"),
        team=body.get("team_id") or event.get("team"),
        conversation=kind.value
        if (kind := _CHANNEL_TYPES.get(event.get("channel_type", "")))
        else None,
        blocks=event.get("blocks"),
        addressed=addressed,
        dedupe_keys=tuple(keys),
    )


def build_bolt_app(
    client: AsyncWebClient | None,
    desk: Desk,
    *,
    signing_secret: str | None,
    oauth: OAuth | None = None,
    background: Background,
    rater: feedback.Rater | None = None,
    refresher: HomeRefresher | None = None,
) -> AsyncApp:
    """`oauth`: installable in many workspaces; each event is authorised with its
    workspace's installation instead of the one SLACK_BOT_TOKEN."""
    app = AsyncApp(
        # The name Bolt would give itself (its caller's file name), given here: Bolt finds it
        # with inspect.stack(), which reads the source of every frame (~0.1 s an app).
        name=os.path.basename(__file__),
        client=client,
        signing_secret=signing_secret,
        # Socket Mode requests come over our own authenticated websocket, unsigned.
        request_verification_enabled=signing_secret is not None,
        process_before_response=True,
        oauth_settings=oauth.settings() if oauth is not None else None,
    )
    # Bolt's client when an event brings none of its own (it always does once authorised).
    fallback = app.client
    kinds = ConversationKinds()

    async def on_message(
        body: dict[str, Any], event: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        message = to_incoming(body, event, context.bot_user_id)
        if message is None:
            return
        channel = message.channel
        assert channel is not None
        client = context.client or fallback
        if message.conversation is None:
            kind = await kinds.of(client, channel)
            message = dataclasses.replace(message, conversation=kind.value if kind else None)
        replier = SlackReplier(client, channel, message.reply_thread, message.user)
        await desk.handle(message, replier, later=background.spawn)

    app.event("message")(on_message)
    app.event("app_mention")(on_message)

    async def on_gate_button(
        ack: Any, body: dict[str, Any], action: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        await ack()
        # A click lost to a crash leaves its buttons in place to click again; the decision
        # itself is one conditional update, so the first click to land wins.
        background.spawn(decide(body, action, context.client or fallback))

    async def decide(body: dict[str, Any], action: dict[str, Any], web: AsyncWebClient) -> None:
        user = body["user"]["id"]
        if (body.get("container") or {}).get("type") == "view":
            await decide_at_home(body, action, web)
            return
        channel = body["channel"]["id"]
        message = body.get("message") or {}
        thread = message.get("thread_ts") or (body.get("container") or {}).get("thread_ts")
        replier = SlackReplier(web, channel, thread, user)
        # The gate's message is updated by its run's reporter, the one owner of what the
        # thread shows, when the run resumes from the decision (woken by it).
        outcome = await desk.click(
            int(action["value"]),
            approve=action["action_id"] == blocks.APPROVE,
            user=user,
            transport="slack",
            replier=replier,
        )
        if outcome is not None and outcome.pending:
            # A vote towards a quorum: shown in the thread; the buttons stay for the others.
            await replier.reply(Answer(outcome.message))
            changed((body.get("team") or {}).get("id"))

    app.action(blocks.APPROVE)(on_gate_button)
    app.action(blocks.REJECT)(on_gate_button)

    home = refresher.home if refresher is not None else HomeTab(desk)

    def changed(team: str | None) -> None:
        # A vote changes what Home tabs show; an opened or closed gate is the reporter's.
        if refresher is not None:
            refresher.touch(team)

    async def decide_at_home(
        body: dict[str, Any], action: dict[str, Any], web: AsyncWebClient
    ) -> None:
        # The same decision as a thread click; the thread's gate message is updated by
        # the worker when it carries the run on (the reporter's gate_closed).
        user = body["user"]["id"]
        notice = NoticeReplier()
        outcome = await desk.click(
            int(action["value"]),
            approve=action["action_id"] == blocks.APPROVE,
            user=user,
            transport="slack",
            replier=notice,
        )
        if outcome is not None and outcome.ok:
            notice.notice = outcome.message
        if outcome is not None and outcome.pending and outcome.gate is not None:
            # The vote is shown in the run's thread too, as a thread click's is.
            run = await desk.store.get_run(outcome.gate.run_id)
            if run is not None and run.origin.channel:
                thread = SlackReplier(web, run.origin.channel, run.origin.thread_ts, None)
                await thread.reply(Answer(outcome.message))
            changed((body.get("team") or {}).get("id"))
        team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id")
        await home.publish(web, user, team, notice=notice.notice)

    corrections = CorrectionForm(desk)

    async def on_correct_button(
        ack: Any, body: dict[str, Any], action: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        await ack()
        # Straight on: the click's trigger_id opens a modal only for three seconds.
        background.spawn(open_correction(body, action, context.client or fallback))

    async def open_correction(
        body: dict[str, Any], action: dict[str, Any], web: AsyncWebClient
    ) -> None:
        user = body["user"]["id"]
        at_home = (body.get("container") or {}).get("type") == "view"
        notice = NoticeReplier()
        replier: NoticeReplier | SlackReplier = notice
        if not at_home:
            message = body.get("message") or {}
            thread = message.get("thread_ts") or (body.get("container") or {}).get("thread_ts")
            replier = SlackReplier(web, body["channel"]["id"], thread, user)
        value = str(action.get("value") or "")
        if not value.isdigit():
            await replier.private("That button names no gate; nothing changed.")
        elif await corrections.open(
            web, gate_id=int(value), user=user, trigger=body.get("trigger_id") or "",
            home=at_home, replier=replier,
        ):  # fmt: skip
            return
        if at_home:
            team = (body.get("team") or {}).get("id")
            await home.publish(web, user, team, notice=notice.notice)

    async def on_correction(ack: Any, body: dict[str, Any], context: AsyncBoltContext) -> None:
        # Answered inline: the ack carries the form's errors, or closes it.
        said, meta = await corrections.submit(ack, body)
        if said:
            background.spawn(after_correction(body, said, meta, context.client or fallback))

    async def after_correction(
        body: dict[str, Any], said: str, meta: Mapping[str, Any], web: AsyncWebClient
    ) -> None:
        # The approval and its correction are told in the run's thread, as a vote is; the
        # gate message itself is the reporter's, updated when the run carries on.
        run = await desk.store.get_run(int(meta["run"]))
        if run is not None and run.origin.channel:
            await SlackReplier(web, run.origin.channel, run.origin.thread_ts, None).reply(
                Answer(said)
            )
        changed((body.get("team") or {}).get("id"))
        if meta.get("home"):
            user = body["user"]["id"]
            await home.publish(web, user, (body.get("team") or {}).get("id"), notice=said)

    app.action(blocks.CORRECT)(on_correct_button)
    app.view(CALLBACK)(on_correction)

    async def on_home_opened(
        body: dict[str, Any], event: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        # The Messages tab opening is this event too; only the Home tab is ours to draw.
        if event.get("tab") != "home" or not event.get("user"):
            return
        team = body.get("team_id") or context.team_id
        if refresher is not None:
            refresher.opened(event["user"], team)
        background.spawn(home.publish(context.client or fallback, event["user"], team))

    app.event("app_home_opened")(on_home_opened)

    async def on_rerun_choice(
        ack: Any, body: dict[str, Any], action: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        await ack()
        background.spawn(rerun(body, action, context.client or fallback))

    async def rerun(body: dict[str, Any], action: dict[str, Any], web: AsyncWebClient) -> None:
        user = body["user"]["id"]
        channel = body["channel"]["id"]
        message = body.get("message") or {}
        # The menu is on a message in the run's thread: the re-run answers in that thread.
        container = body.get("container") or {}
        thread = message.get("thread_ts") or container.get("thread_ts") or message.get("ts")
        replier = SlackReplier(web, channel, thread, user)
        chosen = blocks.parse_rerun_choice((action.get("selected_option") or {}).get("value", ""))
        if chosen is None:
            await replier.private("That menu choice names no run and step; nothing changed.")
            return
        run_id, step = chosen
        incoming = IncomingMessage(
            text="",
            transport="slack",
            user=user,
            channel=channel,
            ts=message.get("ts"),
            thread_ts=thread,
            team=(body.get("team") or {}).get("id"),
        )
        await desk.rerun(run_id, step, message=incoming, replier=replier)

    app.action(blocks.RERUN_FROM)(on_rerun_choice)
    feedback.register(app, rater, spawn=background.spawn, fallback=fallback, replier=SlackReplier)

    async def ignore(ack: Any) -> None:
        # Answer 200 to everything else: a 404 makes Slack retry an event we don't want.
        await ack()

    app.event(re.compile(".*"))(ignore)
    return app
