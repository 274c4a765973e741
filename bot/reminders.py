"""Reminders and escalations posted in a waiting run's thread (the sweep sends them).

Which reminders are due, and that each goes once, is orchestrator.reminders'; this only
words them and posts them where the run was asked for.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.approvers import Approvers
from orchestrator.domain import GateDecision
from orchestrator.inbox import span
from orchestrator.reminders import Due, GateReminders, Kind

log = logging.getLogger(__name__)

ClientFor = Callable[[str], Awaitable[AsyncWebClient | None]]


def mentions(ids: Sequence[str]) -> str:
    return ", ".join(f"<!subteam^{i}>" if i.startswith("S") else f"<@{i}>" for i in ids)


class ThreadReminders:
    def __init__(
        self,
        reminders: GateReminders,
        approvers: Approvers,
        escalate_to: Sequence[str],
        client_for: ClientFor,
        *,
        timeout_outcome: GateDecision,
    ) -> None:
        self.reminders = reminders
        self.approvers = approvers
        self.escalate_to = tuple(escalate_to)
        self.client_for = client_for
        self.timeout_outcome = timeout_outcome

    def _recipients(self, kind: Kind) -> str:
        if kind == "escalate":
            return mentions(self.escalate_to)
        return self.approvers.describe()

    def text(self, due: Due) -> str:
        verb = "approved" if self.timeout_outcome is GateDecision.APPROVED else "rejected"
        then = f"it is {verb} by timeout in {span(due.time_left)}"
        head = f"Run #{due.run.id} has waited {span(due.waited)} at the *{due.gate.name}* gate"
        if due.kind == "escalate":
            return (
                f"📣 {head}; escalating to {mentions(self.escalate_to)}. "
                f"{self.approvers.describe()} — {then}."
            )
        return f"⏰ {head}. {self.approvers.describe()} — decide above or in the Home tab; {then}."

    async def sweep(self) -> int:
        """Send what is due; how many were sent."""
        escalating = self.escalate_to
        due = await self.reminders.due(self._recipients)
        sent = 0
        for item in due:
            if item.kind == "escalate" and not escalating:
                continue
            sent += await self._post(item)
        return sent

    async def _post(self, due: Due) -> int:
        origin = due.run.origin
        if origin.transport != "slack" or not origin.channel or not origin.team:
            log.info(
                "run %s waits at %s: %s",
                due.run.id,
                due.gate.name,
                self.text(due),
                extra={"action": f"gate_{due.kind}", "run_id": due.run.id},
            )
            return 0
        client = await self.client_for(origin.team)
        if client is None:
            return 0
        try:
            await client.chat_postMessage(
                channel=origin.channel, thread_ts=origin.thread_ts, text=self.text(due)
            )
        except SlackApiError as error:
            log.warning(
                "could not post the %s for run %s: %s",
                due.kind,
                due.run.id,
                error.response.get("error"),
                extra={"action": "slack_error", "run_id": due.run.id},
            )
            return 0
        return 1
