"""Block Kit for gates: the escalation with its buttons, and the same message once decided.

Kept inside Slack's limits: ≤ 50 blocks, section text ≤ 3,000 characters.
"""

from __future__ import annotations

from typing import Any

from bot import render
from bot.render import disputes
from orchestrator.corrections import disputed_claims
from orchestrator.domain import Gate, GateDecision, Run, StepStatus
from orchestrator.replay import PHASES, phase_of

APPROVE = "gate_approve"
REJECT = "gate_reject"
CORRECT = "gate_correct"  # opens the "approve with a correction" modal (bot/slack/correction)
SECTION_LIMIT = 3000
MAX_DISPUTES = 10

Block = dict[str, Any]


def _section(text: str) -> Block:
    if len(text) > SECTION_LIMIT:
        text = text[: SECTION_LIMIT - 1] + "…"
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:SECTION_LIMIT]}]}


def escalation_text(run: Run, gate: Gate) -> str:
    return f"✋ Run #{run.id} needs a person: the {gate.name} gate escalated. {gate.reason}"


def escalation_blocks(run: Run, gate: Gate, approvers: str) -> list[Block]:
    blocks = [
        _section(
            f"✋ *Run #{run.id} needs a person* — the *{gate.name}* gate escalated.\n"
            f"{render.short(gate.reason, 1500)}"
        )
    ]
    found = disputes(gate)
    blocks.extend(_section(line) for line in found[:MAX_DISPUTES])
    if len(found) > MAX_DISPUTES:
        blocks.append(
            _context(f"…and {len(found) - MAX_DISPUTES} more; see `copydesk show {run.id}`.")
        )
    blocks.append(_context(approvers))
    blocks.append(gate_buttons(gate, block_id=f"gate:{gate.id}"))
    return blocks


def gate_buttons(gate: Gate, *, block_id: str) -> Block:
    """Approve / Reject for `gate`: the same actions wherever they are shown (the thread,
    the Home tab), so one handler decides them all."""
    return {
        "type": "actions",
        "block_id": block_id,
        "elements": [
            {
                "type": "button",
                "action_id": APPROVE,
                "style": "primary",
                "text": {"type": "plain_text", "text": "Approve"},
                "value": str(gate.id),
            },
            {
                "type": "button",
                "action_id": REJECT,
                "style": "danger",
                "text": {"type": "plain_text", "text": "Reject"},
                "value": str(gate.id),
            },
            *(
                [
                    {
                        "type": "button",
                        "action_id": CORRECT,
                        "text": {"type": "plain_text", "text": "Approve with a correction"},
                        "value": str(gate.id),
                    }
                ]
                if correctable(gate)
                else []
            ),
        ],
    }


def correctable(gate: Gate) -> bool:
    return gate.decision is GateDecision.ESCALATE and bool(disputed_claims(gate))


def decided_text(run_id: int, gate: Gate) -> str:
    return f"Run #{run_id}: {render.gate_line(gate)}"


def decided_blocks(run_id: int, gate: Gate) -> list[Block]:
    """The escalation message after the decision: no buttons, who decided and when."""
    verb = {
        GateDecision.APPROVED: "✓ Approved",
        GateDecision.REJECTED: "✗ Rejected",
        GateDecision.TIMED_OUT: "⌛ Timed out",
    }.get(gate.decision, gate.decision.value)
    if gate.decision is GateDecision.TIMED_OUT:
        who = f"{gate.note or 'nobody decided in time'}; the run was {gate.effective.value}"
    else:
        who = f"by <@{gate.decided_by}>" if gate.decided_by else ""
    when = render.when(gate.decided_at) if gate.decided_at else ""
    note = f" — “{gate.note}”" if gate.note and gate.decision is not GateDecision.TIMED_OUT else ""
    blocks = [
        _section(
            f"*Run #{run_id}* — the *{gate.name}* gate escalated.\n"
            f"{render.short(gate.reason, 1500)}"
        )
    ]
    blocks.extend(_section(line) for line in disputes(gate)[:MAX_DISPUTES])
    blocks.append(_context(f"{verb} {who} at {when}{note}"))
    return blocks


# -- re-runs -------------------------------------------------------------------------------

RERUN_FROM = "rerun_from"


def _text_sections(text: str) -> list[Block]:
    """The whole text as sections of whole lines, each within Slack's section limit."""
    sections: list[Block] = []
    chunk: list[str] = []
    size = 0
    for line in text.split("\n"):
        line = line[: SECTION_LIMIT - 1]
        if chunk and size + len(line) + 1 > SECTION_LIMIT:
            sections.append(_section("\n".join(chunk)))
            chunk, size = [], 0
        chunk.append(line)
        size += len(line) + 1
    if chunk:
        sections.append(_section("\n".join(chunk)))
    return sections[:MAX_DISPUTES]


def rerun_choices(run: Run) -> list[str]:
    """The steps run N can be re-run from: each one whose earlier steps all finished."""
    done = {phase_of(s.name) for s in run.steps if s.status is StepStatus.SUCCEEDED}
    choices: list[str] = []
    for phase in PHASES:
        choices.append(phase)
        if phase not in done:
            break
    return choices


def result_blocks(run: Run, text: str) -> list[Block]:
    """A failed or rejected run's result, with a "Re-run from …" menu under it."""
    blocks = _text_sections(text)
    blocks.append(
        {
            "type": "actions",
            "block_id": f"rerun:{run.id}",
            "elements": [
                {
                    "type": "static_select",
                    "action_id": RERUN_FROM,
                    "placeholder": {"type": "plain_text", "text": "Re-run from …"},
                    "options": [
                        {
                            "text": {"type": "plain_text", "text": f"Re-run from {phase}"},
                            "value": f"{run.id}:{phase}",
                        }
                        for phase in rerun_choices(run)
                    ],
                }
            ],
        }
    )
    return blocks


def parse_rerun_choice(value: str) -> tuple[int, str] | None:
    """The run and step a "Re-run from …" option names; None for anything malformed."""
    run_id, _, step = value.partition(":")
    if not run_id.isdigit() or step not in PHASES:
        return None
    return int(run_id), step
