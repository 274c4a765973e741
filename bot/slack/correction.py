"""Approve with a correction, in Slack: a button opens a modal (`views.open`) of the gate's
disputed claims and their evidence; its submission (`view_submission`) approves with the
approver's edits.

Only translation lives here. Who may decide and whether the gate still waits are asked
again on submit (a modal stays open for as long as its approver likes); the decision itself
is orchestrator.gatekeeper's, so a stale or second submission changes nothing. Checks that
belong to the form (an empty or over-long claim) answer with `response_action: errors`,
under the field; anything else replaces the modal with the sentence saying what happened.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import render
from bot.core import Desk, Replier
from bot.slack.blocks import correctable
from bot.slack.mentions import mention
from orchestrator.approvals import Correction
from orchestrator.corrections import CLAIM_LIMIT, Disputed, article_findings, disputed_claims
from orchestrator.domain import Gate, GateDecision
from orchestrator.gatekeeper import decided_words

log = logging.getLogger(__name__)

CALLBACK = "gate_correction"  # the modal's callback_id
DROP = "drop"
TEXT = "text"
# Slack: a plain_text_input holds at most 3,000 characters; a checkbox group 10 options.
_INPUT_MAX = 3000
MAX_CLAIMS = 10

Block = dict[str, Any]


def _plain(text: str, limit: int) -> Block:
    return {"type": "plain_text", "text": text[:limit]}


def _mrkdwn_context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def correction_view(run_id: int, gate: Gate, *, home: bool) -> dict[str, Any]:
    """The modal: the gate's reason, then each disputed claim as an editable field with its
    evidence under it, then which to drop."""
    claims = disputed_claims(gate)[:MAX_CLAIMS]
    blocks: list[Block] = [
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": f"*Run #{run_id}* — the *{gate.name}* gate escalated.\n"
                f"{render.short(gate.reason, 1500)}",
            },
        }
    ]
    found = article_findings(gate)
    if found:
        blocks.append(_mrkdwn_context("*In the article:* " + render.short("\n".join(found), 1400)))
    for item in claims:
        blocks.append(
            {
                "type": "input",
                "block_id": f"claim:{item.claim}",
                "label": _plain(f"Claim {item.claim + 1}", 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": TEXT,
                    "multiline": True,
                    "initial_value": item.text[:_INPUT_MAX],
                    "max_length": min(_INPUT_MAX, max(CLAIM_LIMIT, len(item.text))),
                },
            }
        )
        blocks.append(
            _mrkdwn_context(
                "✗ " + render.short(item.evidence, 1500)
                if item.evidence
                else "Not disputed at this gate."
            )
        )
    blocks.append(
        {
            "type": "input",
            "block_id": DROP,
            "optional": True,
            "label": _plain("Drop from the result", 2000),
            "element": {
                "type": "checkboxes",
                "action_id": DROP,
                "options": [
                    {"text": _plain(f"Drop claim {c.claim + 1}", 75), "value": str(c.claim)}
                    for c in claims
                ],
            },
        }
    )
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": "Your edits are recorded as yours (“introduced by you at the "
                    f"{gate.name} gate”); the original stays in the run's trace.",
                }
            ],
        }
    )
    return {
        "type": "modal",
        "callback_id": CALLBACK,
        "private_metadata": json.dumps({"gate": gate.id, "run": run_id, "home": home}),
        "title": _plain("Approve with a fix", 24),
        "submit": _plain("Approve", 24),
        "close": _plain("Cancel", 24),
        "blocks": blocks,
    }


def sentence_view(text: str) -> dict[str, Any]:
    """What replaces the modal when its submission changed nothing: the reason, once."""
    return {
        "type": "modal",
        "title": _plain("Approve with a fix", 24),
        "close": _plain("Close", 24),
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}],
    }


@dataclass(frozen=True)
class Form:
    corrections: list[Correction]
    errors: dict[str, str]


def read_form(state: Mapping[str, Any], claims: list[Disputed]) -> Form:
    """The approver's edits from the view's state, checked as Slack cannot: a forged or
    old form can carry any length."""
    values = state.get("values") or {}
    dropped = {
        option.get("value")
        for option in ((values.get(DROP) or {}).get(DROP) or {}).get("selected_options") or []
    }
    corrections: list[Correction] = []
    errors: dict[str, str] = {}
    for item in claims[:MAX_CLAIMS]:
        block = f"claim:{item.claim}"
        if str(item.claim) in dropped:
            corrections.append(Correction(item.claim, item.text, None))
            continue
        field = (values.get(block) or {}).get(TEXT) or {}
        typed = field.get("value")
        if typed is None and block not in values:
            continue  # not on this form: left as it was
        text = " ".join(str(typed or "").split())
        if not text:
            errors[block] = "A claim cannot be empty. Tick “Drop” below to leave it out."
        elif len(text) > CLAIM_LIMIT:
            errors[block] = f"At most {CLAIM_LIMIT:,} characters; this is {len(text):,}."
        elif text != " ".join(item.text.split()):
            corrections.append(Correction(item.claim, item.text, text))
    if not corrections and not errors and claims:
        errors[f"claim:{claims[0].claim}"] = (
            "Nothing was changed. Edit or drop a claim, or close this and press Approve."
        )
    return Form(corrections, errors)


Ack = Callable[..., Awaitable[Any]]
Tell = Callable[[str, str | None, bool], Awaitable[None]]


class CorrectionForm:
    """The button and the submission, for build_bolt_app."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    async def open(
        self, web: AsyncWebClient, *, gate_id: int, user: str, trigger: str, home: bool,
        replier: Replier,
    ) -> bool:  # fmt: skip
        """Open the modal for `user`; False (with the sentence said) when it may not open."""
        if not await self.desk.approvers.allows(user, "slack"):
            await replier.private(self.desk.approvers.refusal())
            return False
        gate = await self.desk.store.get_gate(gate_id)
        if gate is None or not correctable(gate):
            await replier.private(await self._stale(gate_id, gate))
            return False
        try:
            await web.views_open(
                trigger_id=trigger, view=correction_view(gate.run_id, gate, home=home)
            )
        except SlackApiError as error:
            code = error.response.get("error")
            log.warning(
                "could not open the correction form for run %s: %s",
                gate.run_id,
                code,
                extra={"action": "slack_error", "run_id": gate.run_id},
            )
            await replier.private(
                "Slack took too long to open the form; press “Approve with a correction” again."
                if code == "expired_trigger_id"
                else f"Slack would not open the correction form ({code}). Nothing changed."
            )
            return False
        return True

    async def _stale(self, gate_id: int, gate: Gate | None) -> str:
        if gate is None:
            return "That gate no longer exists. Nothing changed."
        if gate.decision is GateDecision.ESCALATE:
            return f"Run #{gate.run_id}'s {gate.name} gate has no claims to correct."
        return (
            f"Run #{gate.run_id}'s {gate.name} gate was already {decided_words(gate, mention)}. "
            "Nothing changed."
        )

    async def submit(self, ack: Ack, body: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
        """Answer the submission (its ack), and return what to tell the thread and the meta."""
        view = body.get("view") or {}
        user = (body.get("user") or {}).get("id") or ""
        try:
            meta = json.loads(view.get("private_metadata") or "{}")
            gate_id = int(meta["gate"])
        except (ValueError, KeyError, TypeError):
            await ack(response_action="update", view=sentence_view(
                "This form names no gate; nothing changed. Open it again from the run's "
                "thread."))  # fmt: skip
            return "", {}
        if not await self.desk.approvers.allows(user, "slack"):
            await ack(response_action="update", view=sentence_view(self.desk.approvers.refusal()))
            return "", {}
        gate = await self.desk.store.get_gate(gate_id)
        if gate is None or gate.decision is not GateDecision.ESCALATE:
            await ack(
                response_action="update", view=sentence_view(await self._stale(gate_id, gate))
            )
            return "", {}
        form = read_form(view.get("state") or {}, disputed_claims(gate))
        if form.errors:
            await ack(response_action="errors", errors=form.errors)
            return "", {}
        outcome = await self.desk.correct(gate_id, form.corrections, user=user, transport="slack")
        if outcome is None:
            await ack(response_action="update", view=sentence_view(self.desk.approvers.refusal()))
            return "", {}
        if not outcome.ok:
            await ack(response_action="update", view=sentence_view(outcome.message))
            return "", {}
        await ack()
        return outcome.message, {**meta, "run": gate.run_id}
