"""The visibility policy: which runs an asker may see, in Slack and on the run pages.

One object, asked by every question about runs (`scope_for` for lists, totals and the
free-form answers; `may_see` for one run), so a new kind of question cannot forget the
rule. It only gathers facts — which workspace, which private conversations the asker is in
(Slack's `conversations.members`, cached briefly), whether they are an approver — and leaves
the rule itself to `orchestrator.visibility.Scope`, which the history queries also apply.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.approvers import TRUSTED_TRANSPORTS, Approvers
from orchestrator.domain import Conversation, Run
from orchestrator.history import History
from orchestrator.visibility import EVERYTHING, NOTHING, Scope

log = logging.getLogger(__name__)

Mode = Literal["conversation", "workspace"]
# The Web API client for a workspace (its installed token in multi-workspace installs).
ClientFor = Callable[[str], Awaitable[AsyncWebClient | None]]

# Private conversations asked about at once, when a list needs them all.
_CONCURRENCY = 8


@dataclass(frozen=True)
class Viewer:
    """Who is asking, and where the answer will be read.

    An answer posted in a conversation is read by everyone in it, not only the asker: so
    a run from a private conversation is told only there, or to the asker alone (their DM
    with the bot, a signed-in page).
    """

    transport: str  # "slack", "web", "console", "cli"
    user: str | None = None
    team: str | None = None
    channel: str | None = None  # where the answer is posted
    conversation: str | None = None  # what kind of conversation that is (Conversation)
    thread_ts: str | None = None  # the thread it is posted in, when there is one

    @property
    def is_operator(self) -> bool:
        # The command line and the console hold the database and the operator's shell.
        return self.transport in TRUSTED_TRANSPORTS

    @property
    def alone(self) -> bool:
        """Only the asker reads the answer."""
        return self.transport == "web" or self.conversation == Conversation.DM.value


class Seen(enum.Enum):
    """What `Visibility.may_see` found."""

    YES = "yes"
    NOT_A_MEMBER = "not_a_member"  # asked for in a conversation the asker is not in
    NOT_HERE = "not_here"  # the asker may, but not everyone reading this conversation may


OPERATOR = Viewer("cli", "local")


class Members:
    """Who is in a conversation, from `conversations.members`, cached for `ttl` seconds.

    When Slack cannot say (an error, the bot removed from the conversation), nobody is: a
    private run stays hidden rather than shown on a guess.
    """

    def __init__(self, client_for: ClientFor, *, ttl: float = 60.0) -> None:
        self.client_for = client_for
        self.ttl = ttl
        self._cache: dict[tuple[str, str], tuple[float, frozenset[str]]] = {}

    async def of(self, team: str, channel: str) -> frozenset[str]:
        key = (team, channel)
        cached = self._cache.get(key)
        if cached is not None and time.monotonic() - cached[0] < self.ttl:
            return cached[1]
        client = await self.client_for(team)
        if client is None:
            return frozenset()
        members: set[str] = set()
        cursor: str | None = None
        try:
            while True:
                response = await client.conversations_members(
                    channel=channel, limit=1000, cursor=cursor
                )
                members.update(response.get("members") or [])
                cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
                if not cursor:
                    break
        except SlackApiError as error:
            log.warning(
                "could not ask Slack who is in %s: %s",
                channel,
                error.response.get("error"),
                extra={"action": "visibility_members_error"},
            )
            # Not cached: the next question asks again.
            return frozenset()
        found = frozenset(members)
        self._cache[key] = (time.monotonic(), found)
        return found


class Visibility:
    def __init__(
        self,
        history: History,
        approvers: Approvers,
        members: Members | None,
        *,
        mode: Mode = "conversation",
    ) -> None:
        self.history = history
        self.approvers = approvers
        self.members = members
        self.mode = mode

    async def scope_for(self, viewer: Viewer) -> Scope:
        """Everything `viewer` may see here, as one Scope for the history queries."""
        if viewer.is_operator:
            return EVERYTHING
        if viewer.team is None or viewer.user is None:
            return NOTHING
        if self.mode == "workspace":
            return Scope(team=viewer.team, whole_team=True)
        if viewer.alone:
            channels = await self.history.private_conversations(viewer.team)
            waiting = await self._approver(viewer)
        else:
            # In a shared conversation: public runs, and this conversation's own.
            channels = [viewer.channel] if viewer.channel else []
            waiting = False
        return Scope(
            team=viewer.team,
            channels=await self._member_of(viewer, channels),
            waiting=waiting,
        )

    async def may_see(self, viewer: Viewer, run: Run) -> Seen:
        """Whether `viewer` may be told about `run` where they asked: the same rule as
        `scope_for`, asking Slack only about the run's own conversation."""
        if viewer.is_operator:
            return Seen.YES
        if viewer.team is None or viewer.user is None or run.origin.team != viewer.team:
            return Seen.NOT_A_MEMBER
        if self.mode == "workspace":
            return Seen.YES
        approver = await self._approver(viewer)
        channel = run.origin.channel
        member: frozenset[str] = frozenset()
        if channel is not None and not Scope(team=viewer.team).allows(run):
            member = await self._member_of(viewer, [channel])
        alone = Scope(team=viewer.team, channels=member, waiting=approver)
        if not alone.allows(run):
            return Seen.NOT_A_MEMBER
        here = Scope(team=viewer.team, channels=member & {viewer.channel})
        return Seen.YES if viewer.alone or here.allows(run) else Seen.NOT_HERE

    async def _approver(self, viewer: Viewer) -> bool:
        return self.approvers.configured and await self.approvers.allows(viewer.user, "slack")

    async def _member_of(self, viewer: Viewer, channels: list[str]) -> frozenset[str]:
        if self.members is None or not channels:
            return frozenset()
        assert viewer.team is not None
        team = viewer.team
        gate = asyncio.Semaphore(_CONCURRENCY)

        async def member(channel: str) -> str | None:
            assert self.members is not None
            async with gate:
                return channel if viewer.user in await self.members.of(team, channel) else None

        found = await asyncio.gather(*(member(c) for c in channels))
        return frozenset(c for c in found if c is not None)
