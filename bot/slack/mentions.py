"""People as Slack shows them: a user id becomes a mention (`<@U123>`); anything else (the
console's "local", a name typed in the CLI) stays as it is."""

from __future__ import annotations


def is_slack_user(who: str) -> bool:
    return who[:1] in ("U", "W") and who[1:].isalnum() and who.isupper()


def mention(who: str) -> str:
    return f"<@{who}>" if is_slack_user(who) else who
