"""Runs as text people read: the status message, the result, the trace.

One renderer for every transport. Slack gets mrkdwn (`*bold*`, `<url|label>`); the console
and the CLI get the same lines with the markup taken out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from orchestrator.citation import Citation, gate_citations
from orchestrator.domain import (
    Claim,
    Gate,
    GateDecision,
    Run,
    RunStatus,
    SourceOutcome,
    Step,
    StepStatus,
    Verdict,
)
from orchestrator.models.prices import unpriced
from orchestrator.ports import Model
from orchestrator.results import RunResult

STEP_DONE = {
    "fetch": "fetched",
    "summarise": "summarised",
    "fact_check": "fact-checked",
    "tag": "tagged",
    "merge": "merged",
}
STEP_DOING = {
    "fetch": "fetching",
    "summarise": "summarising",
    "fact_check": "fact-checking",
    "tag": "tagging",
    "merge": "merging",
}
STATUS_WORD = {
    RunStatus.QUEUED: "queued",
    RunStatus.RUNNING: "running",
    RunStatus.WAITING: "waiting for an approver",
    RunStatus.SUCCEEDED: "finished",
    RunStatus.FAILED: "failed",
    RunStatus.REJECTED: "rejected",
    RunStatus.CANCELLED: "cancelled",
}
VERDICT_MARK = {
    Verdict.SUPPORTED: "✓",
    Verdict.UNSUPPORTED: "✗",
    Verdict.UNVERIFIABLE: "?",
}
# Not found and unreadable are "?": unverified, neither confirmed nor contradicted.
OUTCOME_MARK = {
    SourceOutcome.CONFIRMED: "✓",
    SourceOutcome.CONTRADICTED: "✗",
    SourceOutcome.NOT_FOUND: "?",
    SourceOutcome.UNREADABLE: "?",
}
GATE_MARK = {
    GateDecision.CONTINUE: "✓",
    GateDecision.RETRY: "↻",
    GateDecision.ESCALATE: "✋",
    GateDecision.APPROVED: "✓",
    GateDecision.REJECTED: "✗",
    GateDecision.TIMED_OUT: "⌛",
}


def plain(text: str) -> str:
    """Slack mrkdwn to terminal text."""
    text = re.sub(r"<([^<>|]+)\|([^<>]+)>", r"\2 (\1)", text)
    text = re.sub(r"<([^<>|]+)>", r"\1", text)
    return text.replace("*", "").replace("`", "")


def seconds(step: Step) -> str:
    took = step.seconds
    if took is None:
        return ""
    return f" {took:.1f} s" if took >= 0.05 else f" {took * 1000:.0f} ms"


def tokens(run: Run) -> str:
    usage = run.usage
    if usage.total_tokens == 0:
        return "none (no model tokens were spent; the offline model runs on this machine)"
    parts = [f"{usage.input_tokens:,} in", f"{usage.output_tokens:,} out"]
    if usage.cache_read_tokens or usage.cache_write_tokens:
        parts.append(f"{usage.cache_read_tokens:,} cache read")
        parts.append(f"{usage.cache_write_tokens:,} cache write")
    return f"{usage.total_tokens:,} tokens ({', '.join(parts)}) · {cost(run)}"


def cost(run: Run) -> str:
    """The run's cost in $, or that it is not known: a model without a list price costs
    more than the $0 its calls are counted at."""
    unknown = unpriced(s.model for s in run.steps if s.usage.total_tokens)
    if unknown:
        return f"cost unknown (no price for {', '.join(unknown)}; ${run.usage.cost_usd:.4f} known)"
    return f"${run.usage.cost_usd:.4f}"


def status_text(run: Run) -> str:
    """The one status message of a run, updated in place as steps finish."""
    lines = [f"*Run #{run.id}* · {run.url} · {STATUS_WORD[run.status]}"]
    for step in _latest_steps(run.steps):
        if step.status is StepStatus.SUCCEEDED:
            lines.append(f"✓ {STEP_DONE.get(step.name, step.name)}{seconds(step)}")
        elif step.status is StepStatus.FAILED:
            lines.append(f"✗ {STEP_DOING.get(step.name, step.name)} failed: {step.error}")
        elif step.status is StepStatus.RUNNING and not run.status.is_final:
            lines.append(f"… {STEP_DOING.get(step.name, step.name)}")
    for gate in run.gates:
        if gate.decision is not GateDecision.CONTINUE:
            lines.append(gate_line(gate))
    if (
        run.status is RunStatus.FAILED
        and run.error
        and not any(s.status is StepStatus.FAILED for s in run.steps)
    ):
        lines.append(f"✗ {run.error}")
    return "\n".join(lines)


def gate_line(gate: Gate) -> str:
    tail = ""
    if gate.decision in (GateDecision.APPROVED, GateDecision.REJECTED) and gate.decided_by:
        who = f"<@{gate.decided_by}>" if _is_slack_user(gate.decided_by) else gate.decided_by
        tail = f" by {who}"
        if gate.decided_at:
            tail += f" at {when(gate.decided_at)}"
        if gate.note:
            tail += f" (“{short(gate.note, 200)}”)"
    elif gate.decision is GateDecision.TIMED_OUT:
        tail = f", so {gate.effective.value} as configured"
        if gate.decided_at:
            tail += f" at {when(gate.decided_at)}"
    decision = gate.decision.value.replace("_", " ")
    return f"{GATE_MARK[gate.decision]} {gate.name} gate: {decision}{tail} — {gate.reason}"


def result_text(run: Run) -> str:
    """The result posted once at the end of a run."""
    if run.status is RunStatus.FAILED:
        return f"*Run #{run.id} failed.* {run.error or 'No reason was recorded.'}"
    if run.status is RunStatus.REJECTED:
        return f"*Run #{run.id} was rejected* ({run.error}). Nothing more will be done on it."
    if run.status is RunStatus.CANCELLED:
        return f"*Run #{run.id} was cancelled.*"
    result = RunResult.of(run) or RunResult(run.url)
    title = result.title or run.url
    lines = [f"*Run #{run.id} finished* — <{result.url}|{title}>"]
    byline = ", ".join(x for x in (result.byline, result.date) if x)
    if byline:
        lines.append(byline)
    lines.append("")
    lines.append("*Summary*")
    for claim in result.claims:
        mark = VERDICT_MARK[claim.verdict] if claim.verdict else "•"
        lines.append(f"{mark} {claim.text}{two_facts(claim)}")
    lines.append("")
    if result.tags:
        lines.append("*Tags* " + " ".join(f"`{t}`" for t in result.tags))
    lines.append("*Fact-check* " + verdict_counts(result.claims))
    for claim in result.claims:
        if claim.verdict is Verdict.UNSUPPORTED:
            lines.append(f"  ✗ {short(claim.text)}: {claim.evidence or ''}")
    for citation in result.citations:
        lines.extend(citation_lines(citation))
    if result.gates or run.gates:
        lines.append("*Gates* " + "; ".join(f"{g.name}: {g.decision.value}" for g in run.gates))
        # What the fact-check gate confirmed and what it did not, even when it continued.
        for gate in run.gates:
            if gate.name == "fact_check" and gate.decision is GateDecision.CONTINUE:
                lines.append(f"  fact_check: {short(gate.reason, 600)}")
    lines.append("*Tokens* " + tokens(run))
    return "\n".join(lines)


def citation_lines(citation: Citation) -> list[str]:
    """One line per cited figure: ✓ confirmed (with the source's sentence or cell),
    ✗ contradicted (both values), ? not found or source unreadable (with why)."""
    url = citation.source_url
    lines = []
    for check in citation.checks():
        mark = OUTCOME_MARK[check.outcome]
        lines.append(f"  {mark} cites <{url}> for {check.figure}: {short(check.sentence(), 300)}")
    return lines


def two_facts(claim: Claim) -> str:
    """ " (in the article ✓ · at its source ?: not found)": the claim's two separate facts,
    shown whenever the article cites a source for it."""
    if claim.at_source is None:
        return ""
    article = VERDICT_MARK[claim.in_article] if claim.in_article else "•"
    source = OUTCOME_MARK[claim.at_source]
    return f" (in the article {article} · {claim.at_source.words} {source})"


def verdict_counts(claims: Iterable[Claim]) -> str:
    counts: dict[str, int] = {}
    for claim in claims:
        key = claim.verdict.value if claim.verdict else "unchecked"
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return "no claims"
    return ", ".join(f"{n} {verdict}" for verdict, n in counts.items())


def delivery_line(run: Run) -> str:
    """A message Slack never took, said where the run's history is read."""
    failed = run.delivery_failure
    assert failed is not None
    return (
        f"Not delivered to Slack: the {failed.what} message, given up {when(failed.at)}: "
        f"{failed.why}"
    )


def trace_text(run: Run) -> str:
    """What happened on run N: every step, gate and claim."""
    lines = [
        f"*Run #{run.id}* · {run.url}",
        f"Status: {STATUS_WORD[run.status]} · asked {when(run.created_at)}"
        + (
            f" by <@{run.origin.user}>"
            if run.origin.user and run.origin.transport == "slack"
            else ""
        )
        + f" via {run.origin.transport}",
    ]
    if run.error:
        lines.append(f"Reason: {run.error}")
    if run.lineage is not None:
        lines.append(lineage_line(run))
    if run.delivery_failure is not None:
        lines.append(delivery_line(run))
    lines.append("*Steps*")
    for step in sorted(run.steps, key=lambda s: s.started_at):
        mark = {"succeeded": "✓", "failed": "✗", "running": "…", "skipped": "-"}[step.status.value]
        attempt = f" (attempt {step.attempt})" if step.attempt > 1 else ""
        took = seconds(step).strip() or "in flight"
        model = f", {step.model}" if step.model else ""
        toks = step.usage.total_tokens
        line = f"{mark} {step.name}{attempt}: {step.status.value}, {took}, {toks:,} tokens{model}"
        if step.error:
            line += f" — {step.error}"
        if step.copied_from is not None:
            line += f" — from run #{step.copied_from}, no new tokens"
        lines.append(line)
    if run.gates:
        lines.append("*Gates*")
        lines.extend(gate_line(g) for g in run.gates)
    if run.claims:
        lines.append("*Claims* (where each came from)")
        for index, claim in enumerate(run.claims, 1):
            mark = VERDICT_MARK[claim.verdict] if claim.verdict else "•"
            origin = (
                corrected_words(claim)
                if claim.corrected_by
                else f"introduced by {claim.step}"
                + (f" of run #{claim.from_run}" if claim.from_run else "")
                + f", {claim.agent}, round {claim.round}"
            )
            lines.append(f"{index}. {mark} {short(claim.text, 140)} ({origin})" + two_facts(claim))
            if claim.source_url:
                lines.append(
                    f"    source <{claim.source_url}> found by {claim.checked_by}: "
                    f"{short(claim.source_found or '', 140)}"
                )
    mesh = _mesh(run)
    if mesh:
        lines.append(
            f"*Fact-check conversation* {mesh['rounds']} round(s), "
            f"{len(mesh['messages'])} messages, stopped: {mesh['stopped']}"
        )
        for message in mesh["messages"]:
            lines.append(
                f"  r{message['round']} {message['from']} → {message['to']}: "
                f"{message['kind']} ({message['tokens']:,} tokens)"
            )
    lines.append("*Tokens* " + tokens(run))
    return "\n".join(lines)


def lineage_line(run: Run) -> str:
    """What a re-run re-ran, in a line."""
    lineage = run.lineage
    assert lineage is not None
    how = f" with {lineage.model}" if lineage.model else ""
    refetch = ", the article read again" if lineage.refetch else ""
    kind = "Evaluation re-run" if lineage.evaluation else "Re-run"
    return f"{kind} of run #{lineage.parent_id} from {lineage.from_step}{how}{refetch}"


def family_lines(run: Run, reruns: Sequence[Run]) -> list[str]:
    """The runs re-run from this one, for `show N`."""
    if not reruns:
        return []
    lines = ["*Re-runs*"]
    for child in reruns:
        assert child.lineage is not None
        mark = " (evaluation)" if child.lineage.evaluation else ""
        lines.append(
            f"#{child.id} from {child.lineage.from_step}{mark}: {STATUS_WORD[child.status]}, "
            f"{child.usage.total_tokens:,} tokens — `copydesk diff {run.id} {child.id}`"
        )
    return lines


def _mesh(run: Run) -> dict[str, Any] | None:
    step = run.step("fact_check")
    if step is None or not step.output:
        return None
    mesh = step.output.get("mesh")
    return mesh if isinstance(mesh, dict) else None


def runs_text(runs: list[Run]) -> str:
    if not runs:
        return "No runs yet. Paste an article link to start one."
    return "\n".join(
        f"#{r.id} {STATUS_WORD[r.status]:<22} {when(r.created_at)}  {r.url}{_family_mark(r)}"
        for r in runs
    )


def _family_mark(run: Run) -> str:
    if run.lineage is None:
        return ""
    mark = " (evaluation)" if run.lineage.evaluation else ""
    return f"  re-run of #{run.lineage.parent_id} from {run.lineage.from_step}{mark}"


def when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _latest_steps(steps: list[Step]) -> list[Step]:
    latest: dict[str, Step] = {}
    for step in sorted(steps, key=lambda s: (s.started_at, s.attempt)):
        latest[step.name] = step
    return list(latest.values())


def short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def corrected_words(claim: Claim) -> str:
    """ "introduced by <@U1> at the fact_check gate, in place of “…”": an approver's words."""
    who = claim.corrected_by or "someone"
    # Any Slack user id: an approver's id is what Slack sent with their submission.
    person = f"<@{who}>" if re.fullmatch(r"[UW][A-Z0-9]+", who) else who
    gate = claim.step.removesuffix(" gate")
    replaced = f", in place of “{short(claim.original, 200)}”" if claim.original else ""
    return f"introduced by {person} at the {gate} gate{replaced}"


def _is_slack_user(who: str) -> bool:
    return bool(re.fullmatch(r"[UW][A-Z0-9]{2,}", who))


def disputes(gate: Gate) -> list[str]:
    """What the approver needs to decide: each disputed claim with its evidence."""
    evidence = gate.evidence or {}
    lines: list[str] = []
    for item in evidence.get("disputed", []):
        lines.append(
            f"• *Claim {item['claim']}*: {short(item['text'], 300)}\n   _{item['evidence']}_"
        )
    for citation in gate_citations(evidence):
        who = f"Claim {citation.claim + 1}" if citation.claim is not None else "The article"
        checks = "\n".join(citation_lines(citation))
        lines.append(f"• *{who}*: {short(citation.sentence, 300)}\n{checks}")
    if evidence.get("error"):
        lines.append(f"• {evidence['error']}")
    return lines


def model_announcement(model: Model) -> str:
    if model.name == "offline":
        return (
            "Using the offline model: extractive summaries, keyword tags and fact-checks "
            "done by code, no tokens spent. Set ANTHROPIC_API_KEY to use Claude."
        )
    return f"Using Claude ({model.name})."
