"""👍 / 👎 under each result: Slack's `feedback_buttons` in a `context_actions` block.

A click is stored on the run (who, which, when: storage/feedback.py), one rating per
person, changeable. A click that changes nothing (the same rating twice, a run no longer
kept, a button that names no run) is told so, ephemerally, and changes nothing.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from slack_sdk.models.blocks import ContextActionsBlock, FeedbackButtonsElement

from bot.slack import blocks
from orchestrator.domain import Run

log = logging.getLogger(__name__)

ACTION = "run_feedback"
GOOD, BAD = "good", "bad"
_WORDS = {GOOD: "👍", BAD: "👎"}


class Rater(Protocol):
    async def rate(self, run_id: int, voter: str, rating: str) -> str: ...


def sections(text: str) -> list[dict[str, Any]]:
    return blocks._text_sections(text)


def buttons(run_id: int) -> dict[str, Any]:
    element = FeedbackButtonsElement(
        action_id=ACTION,
        positive_button={
            "text": {"type": "plain_text", "text": "Good result"},
            "accessibility_label": f"Rate run {run_id}'s result as good",
            "value": f"{GOOD}:{run_id}",
        },
        negative_button={
            "text": {"type": "plain_text", "text": "Bad result"},
            "accessibility_label": f"Rate run {run_id}'s result as bad",
            "value": f"{BAD}:{run_id}",
        },
    )
    return ContextActionsBlock(block_id=f"feedback:{run_id}", elements=[element]).to_dict()


def with_buttons(run: Run, result: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The result's blocks with the feedback buttons under them (within 50 blocks)."""
    return [*result[:49], buttons(run.id)]


def parse(value: str) -> tuple[str, int] | None:
    rating, _, run_id = value.partition(":")
    if rating not in (GOOD, BAD) or not run_id.isdigit():
        return None
    return rating, int(run_id)


def sentence(outcome: str, rating: str, run_id: int) -> str:
    mark = _WORDS[rating]
    if outcome == "new":
        return f"Thanks: your {mark} on run #{run_id} is recorded."
    if outcome == "changed":
        return f"Changed: your rating of run #{run_id} is now {mark}."
    if outcome == "same":
        return f"You had already rated run #{run_id} {mark}; nothing changed."
    return f"Run #{run_id} is no longer kept, so it cannot be rated; nothing changed."


class _Replier(Protocol):
    async def private(self, text: str) -> None: ...


def register(
    app: Any,
    rater: Rater | None,
    *,
    spawn: Any,
    fallback: Any,
    replier: Any,
) -> None:
    """Listen for feedback clicks on `app` (bolt's AsyncApp). `replier(client, channel,
    thread_ts, user)` answers the clicker privately; `spawn` runs the work after the ack."""

    async def on_click(
        ack: Any, body: dict[str, Any], action: dict[str, Any], context: Any
    ) -> None:
        await ack()  # within Slack's 3 seconds; the rating is stored after
        spawn(rate(body, action, context.client or fallback))

    async def rate(body: dict[str, Any], action: dict[str, Any], web: Any) -> None:
        user = body["user"]["id"]
        message = body.get("message") or {}
        thread = message.get("thread_ts") or (body.get("container") or {}).get("thread_ts")
        answer: _Replier = replier(web, body["channel"]["id"], thread, user)
        chosen = parse(str(action.get("value") or ""))
        if chosen is None or rater is None:
            await answer.private("That button names no run's result; nothing changed.")
            return
        rating, run_id = chosen
        try:
            outcome = await rater.rate(run_id, user, rating)
        except Exception:
            log.warning(
                "could not store %s's rating of run %s",
                user,
                run_id,
                exc_info=True,
                extra={"action": "feedback_failed", "run_id": run_id},
            )
            await answer.private(f"Your rating of run #{run_id} could not be stored; try again.")
            return
        log.info(
            "run %s rated %s by %s (%s)",
            run_id,
            rating,
            user,
            outcome,
            extra={"action": "feedback", "run_id": run_id},
        )
        await answer.private(sentence(str(outcome), rating, run_id))

    app.action(ACTION)(on_click)
