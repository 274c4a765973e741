"""The app's Home tab: the approvals inbox as one Block Kit `home` view.

Only layout lives here; what is listed (and that the viewer may see it) is
orchestrator.inbox's. The Approve / Reject buttons carry the same action ids and values as
the thread's gate message, so one click handler decides both, race-safely.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot import render
from bot.slack.blocks import gate_buttons
from orchestrator.domain import Run
from orchestrator.inbox import Inbox, Waiting, outcome_words, span

Block = dict[str, Any]
# Slack refuses a view of more than 100 blocks; the waiting list gets most of them.
MAX_BLOCKS = 100
MAX_WAITING = 20
_REASON_LIMIT = 600


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:3000]}]}


def _header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": text[:150]}}


def _link(run: Run, links: Mapping[int, str]) -> str:
    url = links.get(run.id)
    return f"<{url}|Run #{run.id}>" if url else f"Run #{run.id}"


def _waiting_blocks(item: Waiting, links: Mapping[int, str], approver: bool) -> list[Block]:
    run, gate = item.run, item.gate
    out = [
        _section(
            f"*{_link(run, links)}* — the *{gate.name}* gate · {run.url}\n"
            f"{render.short(item.reason, _REASON_LIMIT)}"
        ),
        _context(f"Waiting {span(item.age)} · {outcome_words(item)}"),
    ]
    if approver:
        out.append(gate_buttons(gate, block_id=f"home_gate:{gate.id}"))
    return out


def _run_line(run: Run, links: Mapping[int, str]) -> str:
    return f"• {_link(run, links)} · {run.status.value} · {run.url}"


def home_view(
    inbox: Inbox,
    *,
    approver: bool,
    links: Mapping[int, str],
    notice: str | None = None,
) -> dict[str, Any]:
    """The `view` for views.publish. `notice`: what the viewer's last click did."""
    blocks: list[Block] = []
    if notice:
        blocks.append(_section(notice))
    blocks.append(_header(f"Waiting for a person ({len(inbox.waiting)})"))
    if not inbox.waiting:
        blocks.append(_context("Nothing is waiting at a gate that you can see."))
    for item in inbox.waiting[:MAX_WAITING]:
        blocks.extend(_waiting_blocks(item, links, approver))
    if len(inbox.waiting) > MAX_WAITING:
        more = len(inbox.waiting) - MAX_WAITING
        blocks.append(_context(f"…and {more} more; `copydesk waiting` lists them all."))
    if not approver and inbox.waiting:
        blocks.append(_context("Only approvers (COPYDESK_APPROVERS) can decide these."))
    for title, runs in (("Recent runs", inbox.recent), ("Your runs", inbox.mine)):
        blocks.append({"type": "divider"})
        blocks.append(_header(title))
        if runs:
            blocks.append(_section("\n".join(_run_line(r, links) for r in runs)))
        else:
            blocks.append(_context("None yet."))
    return {"type": "home", "blocks": blocks[:MAX_BLOCKS]}
