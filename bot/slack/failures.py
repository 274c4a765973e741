"""What a failed Slack call means, whatever shape it failed in.

The SDK raises `SlackApiError` for an `ok: false` answer, but its `response` is not always
the same thing: `data` is a dict for a JSON body, a str for a `text/plain` one (a proxy, a
wrong SLACK_API_URL), `{}` for HTML, and for a body that claims to be JSON and is not,
`response` is aiohttp's own response object. A connection that fails raises aiohttp or OS
errors, and a slow one a timeout. Every caller asks one question of all of them: will
trying again help, and what sentence explains it.
"""

from __future__ import annotations

import asyncio
import enum
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError

from bot.slack.oauth import WorkspaceNotInstalled


class Kind(enum.StrEnum):
    TRANSIENT = "transient"  # passes with time: retried with backoff, bounded
    PERMANENT = "permanent"  # the same call will fail the same way: not retried
    REFORMAT = "reformat"  # Slack refused the layout, not the message: send as plain text


# `ok: false` errors that pass with time.
_TRANSIENT = frozenset(
    {"ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable",
     "request_timeout", "team_added_to_org"}
)  # fmt: skip
# Refusals of how the message is laid out; the same words as plain text are taken.
_REFORMAT = frozenset({"invalid_blocks", "invalid_blocks_format", "msg_too_long"})
# What an operator can do about the refusals a bot meets.
_SENTENCES = {
    "channel_not_found": "the channel does not exist or the bot cannot see it",
    "not_in_channel": "the bot is not a member of the channel; invite it",
    "is_archived": "the channel is archived",
    "no_permission": "the bot's token lacks the permission for this",
    "missing_scope": "the bot's token lacks a scope it needs; reinstall the app",
    "token_revoked": "the bot's token was revoked; reinstall the app",
    "account_inactive": "the bot's account is inactive (the app was uninstalled?)",
    "invalid_auth": "the bot's token is not valid",
    "not_authed": "no bot token was sent",
    "message_not_found": "the message to update was deleted",
    "cant_update_message": "the message to update is not the bot's",
    "msg_too_long": "the message was too long for Slack",
    "invalid_blocks": "Slack refused the message's layout",
    "ratelimited": "Slack rate-limited the bot",
}


@dataclass(frozen=True)
class SlackFailure:
    kind: Kind
    code: str  # short and stable, for logs and metrics: "channel_not_found", "http_404"
    reason: str  # a sentence for the operator
    retry_after: float | None = None  # seconds Slack asked us to wait

    @property
    def transient(self) -> bool:
        return self.kind is Kind.TRANSIENT


def classify(error: BaseException) -> SlackFailure:
    """What `error`, raised by a Slack Web API call (or by our code around one), means."""
    if isinstance(error, SlackApiError):
        return _api_error(error)
    if isinstance(error, WorkspaceNotInstalled):
        return SlackFailure(Kind.PERMANENT, "not_installed", str(error))
    if isinstance(error, asyncio.TimeoutError | TimeoutError | aiohttp.ServerTimeoutError):
        return SlackFailure(Kind.TRANSIENT, "timeout", "Slack did not answer in time")
    if isinstance(error, aiohttp.ClientError | ConnectionError | OSError):
        return SlackFailure(
            Kind.TRANSIENT, "connection", f"could not reach Slack ({type(error).__name__})"
        )
    # Not Slack's doing (a bug of ours, a library surprise): trying again repeats it.
    return SlackFailure(
        Kind.PERMANENT, "internal", f"an internal error: {type(error).__name__}: {error}"
    )


def _api_error(error: SlackApiError) -> SlackFailure:
    response: Any = error.response
    status = _status(response)
    data = getattr(response, "data", None)
    retry_after = _retry_after(response)
    if not isinstance(data, dict) or "error" not in data:
        # Not Slack's JSON: a proxy, a load balancer, or an API URL that is not Slack.
        what = f"Slack answered HTTP {status} with a body that is not Slack's JSON"
        if status == 429 or status >= 500:
            return SlackFailure(Kind.TRANSIENT, f"http_{status}", what, retry_after)
        hint = " (is SLACK_API_URL right?)" if status in (404, 405) else ""
        return SlackFailure(Kind.PERMANENT, f"http_{status}", what + hint)
    code = str(data.get("error") or "unknown")
    reason = _SENTENCES.get(code, f"Slack refused it: {code}")
    if status == 429 or code in _TRANSIENT or status >= 500:
        return SlackFailure(Kind.TRANSIENT, code, reason, retry_after)
    if code in _REFORMAT:
        return SlackFailure(Kind.REFORMAT, code, reason)
    return SlackFailure(Kind.PERMANENT, code, reason)


def _status(response: Any) -> int:
    # AsyncSlackResponse has status_code; aiohttp's ClientResponse (a body that is not
    # valid JSON) has status.
    for name in ("status_code", "status"):
        value = getattr(response, name, None)
        if isinstance(value, int):
            return value
    return 200


def _retry_after(response: Any) -> float | None:
    headers = getattr(response, "headers", None) or {}
    try:
        raw = headers.get("Retry-After") or headers.get("retry-after")
    except AttributeError:
        return None
    try:
        return max(0.0, float(raw)) if raw is not None else None
    except (TypeError, ValueError):
        return None
