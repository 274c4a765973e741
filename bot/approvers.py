"""Who may decide gates and cancel runs: COPYDESK_APPROVERS, user ids and user groups.

Only Slack identities are checked. Someone at the console or the command line already holds
the database and the operator's shell, so the terminal is trusted as the local operator.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.failures import classify

log = logging.getLogger(__name__)

TRUSTED_TRANSPORTS = ("console", "cli")


class Approvers:
    def __init__(
        self,
        ids: Sequence[str],
        client: AsyncWebClient | None = None,
        *,
        group_ttl: float = 300.0,
    ) -> None:
        # Slack user-group ids start with S; everything else is taken as a user id.
        self.users = frozenset(i for i in ids if not i.startswith("S"))
        self.groups = tuple(i for i in ids if i.startswith("S"))
        self.client = client
        self.group_ttl = group_ttl
        self._members: dict[str, tuple[float, frozenset[str]]] = {}

    @property
    def configured(self) -> bool:
        return bool(self.users or self.groups)

    async def allows(self, user: str | None, transport: str) -> bool:
        if transport in TRUSTED_TRANSPORTS:
            return True
        if not user:
            return False
        if user in self.users:
            return True
        for group in self.groups:
            if user in await self._group_members(group):
                return True
        return False

    async def people(self) -> frozenset[str]:
        """Every approver's user id: those named, and the members of the groups named."""
        found = set(self.users)
        for group in self.groups:
            found |= await self._group_members(group)
        return frozenset(found)

    def describe(self) -> str:
        """Who can decide, for the escalation message."""
        if not self.configured:
            return (
                "No approvers are configured (COPYDESK_APPROVERS), so nobody can decide this "
                "in Slack; an operator can run `copydesk approve N` or `copydesk reject N`."
            )
        names = [f"<@{u}>" for u in sorted(self.users)] + [f"<!subteam^{g}>" for g in self.groups]
        return "Approvers: " + ", ".join(names)

    def refusal(self) -> str:
        if not self.configured:
            return (
                "Nobody may decide gates in Slack yet: the operator has not set "
                "COPYDESK_APPROVERS. Nothing changed."
            )
        return "Only approvers (COPYDESK_APPROVERS) can do that. Nothing changed."

    async def _group_members(self, group: str) -> frozenset[str]:
        cached = self._members.get(group)
        if cached is not None and time.monotonic() - cached[0] < self.group_ttl:
            return cached[1]
        if self.client is None:
            return frozenset()
        try:
            response = await self.client.usergroups_users_list(usergroup=group)
        except (SlackApiError, aiohttp.ClientError, TimeoutError) as error:
            log.warning(
                "could not resolve approver group %s: %s",
                group,
                classify(error).reason,
                extra={"action": "approvers_group_error"},
            )
            # A stale answer is better than locking every approver out during a Slack blip.
            return cached[1] if cached is not None else frozenset()
        members = frozenset(response.get("users") or [])
        self._members[group] = (time.monotonic(), members)
        return members
