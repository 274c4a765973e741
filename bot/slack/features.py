"""Which of Slack's newer pieces a workspace takes: a streamed plan, a loading status.

Tried by default (COPYDESK_SLACK_STREAMING=auto). A refusal that says the workspace cannot
(the method unknown to it, not allowed or not in its plan, a scope the app lacks, an answer
that is not Slack's JSON at all) is remembered in the database, so that neither the next
run nor the next process asks again; a refusal of one message (too long, a stream that
expired) falls back for that run only. A workspace whose plan or install changed is tried
again once its rows in `slack_capabilities` are deleted (docs/operating.md).
"""

from __future__ import annotations

import logging
from typing import Protocol

from bot.slack.failures import SlackFailure

log = logging.getLogger(__name__)

PLAN_STREAM = "plan_stream"
LOADING_STATUS = "loading_status"

# Refusals that say the workspace (or the app's install in it) cannot, whatever the message.
WORKSPACE_REFUSALS = frozenset(
    {"unknown_method", "not_allowed", "feature_not_enabled", "paid_only", "missing_scope",
     "no_permission", "not_allowed_token_type", "method_deprecated", "access_denied",
     "team_access_not_granted", "not_enabled", "http_400", "http_404", "http_405",
     "http_410", "http_200"}
)  # fmt: skip


def is_rate_limit(failure: SlackFailure) -> bool:
    return failure.code in ("ratelimited", "rate_limited") or failure.code == "http_429"


class CapabilityStore(Protocol):
    async def known(self, team: str | None, capability: str) -> bool | None: ...

    async def remember(
        self, team: str | None, capability: str, available: bool, reason: str | None = None
    ) -> None: ...


class SlackFeatures:
    """Per workspace, whether to try each capability; asked by the thread's reporter."""

    def __init__(self, store: CapabilityStore | None, *, enabled: bool) -> None:
        self.store = store
        self.enabled = enabled
        # Read once per workspace and process; the database is the memory across restarts.
        self._known: dict[tuple[str, str], bool] = {}

    async def allows(self, team: str | None, capability: str) -> bool:
        if not self.enabled:
            return False
        key = (team or "", capability)
        if key not in self._known:
            known: bool | None = None
            if self.store is not None:
                try:
                    known = await self.store.known(team, capability)
                except Exception:
                    log.warning(
                        "could not read whether workspace %s takes %s; trying it",
                        team or "-",
                        capability,
                        exc_info=True,
                        extra={"action": "slack_capability_read_failed"},
                    )
            self._known[key] = known is not False
        return self._known[key]

    async def refused(self, team: str | None, capability: str, failure: SlackFailure) -> bool:
        """Note Slack's refusal; True when it is the workspace's (remembered), False when it
        was about this one message or thread."""
        if failure.code not in WORKSPACE_REFUSALS:
            return False
        key = (team or "", capability)
        if self._known.get(key) is False:
            return True
        self._known[key] = False
        log.info(
            "workspace %s does not take %s (%s): falling back, and not asking again",
            team or "-",
            capability,
            failure.reason,
            extra={"action": "slack_capability_off", "code": failure.code},
        )
        if self.store is not None:
            try:
                await self.store.remember(
                    team, capability, False, f"{failure.reason} ({failure.code})"
                )
            except Exception:
                log.warning(
                    "could not remember that workspace %s refused %s",
                    team or "-",
                    capability,
                    exc_info=True,
                    extra={"action": "slack_capability_write_failed"},
                )
        return True


NO_FEATURES = SlackFeatures(None, enabled=False)
