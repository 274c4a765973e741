"""The Home tab, published: `app_home_opened` → the viewer's inbox → `views.publish`.

A click on the Home tab's Approve / Reject goes through the same handler as the thread's
buttons (bot/slack/adapter.py); what it did is shown at the top of the republished tab,
since a Home tab has no conversation to answer in ephemerally.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.answer import Answer
from bot.core import Desk
from bot.slack.home import home_view
from bot.visibility import Viewer
from orchestrator.domain import Conversation, Run

log = logging.getLogger(__name__)


class Permalinks:
    """Each run's thread link from `chat.getPermalink`, kept: a permalink never changes."""

    def __init__(self) -> None:
        self._known: dict[int, str] = {}

    async def for_runs(self, client: AsyncWebClient, runs: list[Run]) -> dict[int, str]:
        for run in runs:
            channel, ts = run.origin.channel, run.origin.thread_ts
            if run.id in self._known or run.origin.transport != "slack" or not channel or not ts:
                continue
            try:
                response = await client.chat_getPermalink(channel=channel, message_ts=ts)
            except SlackApiError as error:
                # The run is still listed, only without its link.
                log.info(
                    "no permalink for run %s: %s",
                    run.id,
                    error.response.get("error"),
                    extra={"action": "slack_error", "run_id": run.id},
                )
                continue
            link = response.get("permalink")
            if isinstance(link, str):
                self._known[run.id] = link
        return {run.id: self._known[run.id] for run in runs if run.id in self._known}


class HomeTab:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.permalinks = Permalinks()

    async def send(
        self, client: AsyncWebClient, user: str, team: str | None, *, notice: str | None = None
    ) -> dict[str, Any]:
        """Draw and publish `user`'s Home tab; raises what Slack answers (for the outbox)."""
        # Only the viewer reads their Home tab, as in their DM with the bot.
        viewer = Viewer("slack", user, team, None, Conversation.DM.value)
        inbox, approver = await self.desk.inbox(viewer)
        runs = [w.run for w in inbox.waiting] + inbox.recent + inbox.mine
        links = await self.permalinks.for_runs(client, runs)
        view = home_view(inbox, approver=approver, links=links, notice=notice)
        await client.views_publish(user_id=user, view=view)
        return view

    async def publish(
        self, client: AsyncWebClient, user: str, team: str | None, *, notice: str | None = None
    ) -> dict[str, Any] | None:
        """Publish `user`'s Home tab; the view sent, or None when Slack refused it."""
        try:
            return await self.send(client, user, team, notice=notice)
        except SlackApiError as error:
            log.warning(
                "could not publish the Home tab for %s: %s",
                user,
                error.response.get("error"),
                extra={"action": "slack_error"},
            )
            return None


class NoticeReplier:
    """A Replier for a Home-tab click: what would be said privately becomes the notice at
    the top of the republished tab."""

    def __init__(self) -> None:
        self.notice: str | None = None

    async def private(self, text: str) -> None:
        self.notice = text

    async def reply(self, answer: Answer) -> None:
        self.notice = answer.text
