"""A RunDiff in words: the text for every transport, and its layout (an `Answer`).

The text is the whole diff. The blocks are the same within Slack's limits (50 blocks,
3,000 characters a section): the claims are cut down there and link to the page.
"""

from __future__ import annotations

from bot import answers, render
from bot.answer import Answer, Part
from orchestrator.compare import Change, ClaimChange, RunDiff, StepTiming, gate_word
from orchestrator.domain import Claim
from orchestrator.usage import Usage

MAX_CLAIM_BLOCKS = 20

_MARK = {Change.ADDED: "+", Change.REMOVED: "−", Change.REWORDED: "~", Change.SAME: "="}


def _verdict(claim: Claim | None) -> str:
    if claim is None or claim.verdict is None:
        return "unchecked"
    return claim.verdict.value


def claim_lines(change: ClaimChange) -> list[str]:
    """One claim's change; empty when nothing about it changed."""
    if not change.is_change:
        return []
    b, a = change.before, change.after
    if change.change is Change.ADDED and a is not None:
        return [
            f"+ added (claim {change.after_index}): {render.short(a.text, 300)} [{_verdict(a)}]"
        ]
    if change.change is Change.REMOVED and b is not None:
        return [
            f"− removed (was claim {change.before_index}): {render.short(b.text, 300)} "
            f"[{_verdict(b)}]"
        ]
    assert a is not None and b is not None
    lines: list[str] = []
    where = f"claim {change.before_index} → {change.after_index}"
    if change.change is Change.REWORDED:
        lines.append(f"~ reworded ({where}):")
        lines.append(f"    before: {render.short(b.text, 300)}")
        lines.append(f"    after:  {render.short(a.text, 300)}")
    else:
        lines.append(f"= {where}: {render.short(a.text, 200)}")
    if change.verdict_changed:
        lines.append(f"    verdict: {_verdict(b)} → {_verdict(a)}")
    if change.verdict_changed or change.evidence_changed:
        if (b.evidence or "") != (a.evidence or ""):
            lines.append(f"    evidence before: {render.short(b.evidence or '(none)', 240)}")
            lines.append(f"    evidence after:  {render.short(a.evidence or '(none)', 240)}")
        if (b.source_found or "") != (a.source_found or ""):
            lines.append(
                f"    source found before: {render.short(b.source_found or '(none)', 200)}"
            )
            lines.append(
                f"    source found after:  {render.short(a.source_found or '(none)', 200)}"
            )
    return lines


def _usage(usage: Usage) -> str:
    return f"{usage.total_tokens:,} tokens, ${usage.cost_usd:.4f}"


def _delta(before: float | int, after: float | int, money: bool = False) -> str:
    change = after - before
    if money:
        return f"{'+' if change >= 0 else '−'}${abs(change):.4f}"
    return f"{'+' if change >= 0 else '−'}{abs(int(change)):,}"


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}s"


def step_line(step: StepTiming) -> str:
    attempt = f" (attempt {step.attempt})" if step.attempt > 1 else ""
    before_tokens = f"{step.before.usage.total_tokens:,}" if step.before else "—"
    after_tokens = f"{step.after.usage.total_tokens:,}" if step.after else "—"
    copied = f"  from run #{step.copied_from}, no new tokens" if step.copied_from else ""
    return (
        f"{step.name}{attempt}: {_seconds(step.before_seconds)} → {_seconds(step.after_seconds)}"
        f", tokens {before_tokens} → {after_tokens}{copied}"
    )


def headline(diff: RunDiff) -> str:
    b, a = diff.before, diff.after
    return f"*Run #{b.id} → run #{a.id}* ({diff.relation})"


def summary_line(diff: RunDiff) -> str:
    if diff.unchanged:
        return "Nothing changed in claims, verdicts, gates or tags."
    verdicts, gates = len(diff.verdict_changes), len(diff.gate_changes)
    counts = [
        f"{diff.count(Change.ADDED)} added",
        f"{diff.count(Change.REMOVED)} removed",
        f"{diff.count(Change.REWORDED)} reworded",
        f"{verdicts} {'verdict' if verdicts == 1 else 'verdicts'} changed",
        f"{gates} {'gate' if gates == 1 else 'gates'} changed",
    ]
    return "Claims: " + ", ".join(counts) + "."


def usage_line(diff: RunDiff) -> str:
    b, a = diff.usage_before, diff.usage_after
    return (
        f"{_usage(b)} → {_usage(a)} "
        f"({_delta(b.total_tokens, a.total_tokens)} tokens, {_delta(b.cost_usd, a.cost_usd, True)})"
    )


def gate_lines(diff: RunDiff) -> list[str]:
    lines: list[str] = []
    for gate in diff.gates:
        attempt = f" (attempt {gate.attempt})" if gate.attempt > 1 else ""
        mark = "≠" if gate.changed else "="
        line = f"{mark} {gate.name}{attempt}: {gate_word(gate.before)} → {gate_word(gate.after)}"
        if gate.changed and gate.after is not None:
            line += f" — {render.short(gate.after.reason, 200)}"
        lines.append(line)
    return lines


def diff_text(diff: RunDiff) -> str:
    b, a = diff.before, diff.after
    lines = [
        headline(diff),
        f"Status: {render.STATUS_WORD[b.status]} → {render.STATUS_WORD[a.status]}",
        summary_line(diff),
        "*Claims*",
    ]
    claim_changes = [line for change in diff.claims for line in claim_lines(change)]
    lines.extend(claim_changes or ["(no claim changed)"])
    lines.append("*Gates*")
    lines.extend(gate_lines(diff) or ["(no gates)"])
    if diff.tags_added or diff.tags_removed:
        lines.append(
            "*Tags* "
            + ", ".join(
                [*(f"+{t}" for t in diff.tags_added), *(f"−{t}" for t in diff.tags_removed)]
            )
        )
    lines.append("*Tokens and cost* " + usage_line(diff))
    lines.append("*Steps* (seconds and tokens, before → after)")
    lines.extend(step_line(s) for s in diff.steps)
    return "\n".join(lines)


def diff_answer(diff: RunDiff, public_url: str | None) -> Answer:
    return Answer(diff_text(diff), diff_blocks(diff, public_url))


def diff_blocks(diff: RunDiff, public_url: str | None) -> list[Part]:
    b, a = diff.before, diff.after
    blocks: list[Part] = [
        answers.section(
            f"{headline(diff)}\n{render.STATUS_WORD[b.status]} → {render.STATUS_WORD[a.status]}"
            f"\n{summary_line(diff)}"
        )
    ]
    changed = [c for c in diff.claims if c.is_change]
    for change in changed[:MAX_CLAIM_BLOCKS]:
        blocks.append(answers.section("\n".join(claim_lines(change))))
    if len(changed) > MAX_CLAIM_BLOCKS:
        blocks.append(
            answers.context(f"…and {len(changed) - MAX_CLAIM_BLOCKS} more claims changed.")
        )
    if diff.gates:
        blocks.append(answers.section("*Gates*\n" + "\n".join(gate_lines(diff))))
    if diff.tags_added or diff.tags_removed:
        blocks.append(
            answers.context(
                "Tags: "
                + ", ".join(
                    [*(f"+{t}" for t in diff.tags_added), *(f"−{t}" for t in diff.tags_removed)]
                )
            )
        )
    blocks.append(
        answers.fields(
            [
                ("Tokens and cost", usage_line(diff)),
                ("Steps", "\n".join(step_line(s) for s in diff.steps)),
            ]
        )
    )
    link = answers.page_link(public_url, f"/runs/{b.id}/diff/{a.id}", "side by side")
    blocks.append(
        answers.context(
            (f"{link} · " if link else "") + f"`copydesk diff {b.id} {a.id}` for everything"
        )
    )
    return blocks
