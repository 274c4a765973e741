"""`/runs/N/diff/M`: two runs side by side — claims, verdicts and evidence, gates, tags,
tokens and cost, step timings — the same comparison `copydesk diff` prints."""

from __future__ import annotations

from aiohttp import web

from bot import render
from bot.diff_render import summary_line
from bot.pages import _badge, _e, page, reader
from bot.visibility import Seen
from bot.web_sources import PAGES_KEY
from orchestrator.compare import ClaimChange, GateChange, RunDiff, StepTiming, compare
from orchestrator.domain import Claim, Gate, Run
from orchestrator.visibility import refusal

_CSS = (
    "<style>table.diff td{width:50%}table.diff td.key{width:auto;white-space:nowrap}"
    ".c-added{background:#e8f6ec}.c-removed{background:#fbeaea}.c-reworded{background:#fff6e0}"
    ".changed{font-weight:600}</style>"
)


def _claim_cell(claim: Claim | None, index: int | None) -> str:
    if claim is None:
        return "<td class='muted'>—</td>"
    verdict = claim.verdict.value if claim.verdict else "unchecked"
    lines = [f"<b>{index}.</b> {_e(claim.text)} {_badge('v', verdict)}"]
    if claim.evidence:
        lines.append(f"<div class='small'>evidence: {_e(claim.evidence)}</div>")
    if claim.source_found:
        lines.append(f"<div class='small'>found at the source: {_e(claim.source_found)}</div>")
    origin = f" of run #{claim.from_run}" if claim.from_run else ""
    lines.append(f"<div class='small muted'>from {_e(claim.step)}{origin}</div>")
    return f"<td>{''.join(lines)}</td>"


def _claim_row(change: ClaimChange) -> str:
    notes = [change.change.value]
    if change.verdict_changed:
        notes.append("verdict changed")
    elif change.evidence_changed:
        notes.append("evidence changed")
    return (
        f"<tr class='c-{change.change.value}' data-change='{change.change.value}'>"
        f"<td class='key'>{_e(', '.join(notes))}</td>"
        f"{_claim_cell(change.before, change.before_index)}"
        f"{_claim_cell(change.after, change.after_index)}</tr>"
    )


def _gate_cell(gate: Gate | None) -> str:
    if gate is None:
        return "<td class='muted'>not reached</td>"
    who = f" by {_e(gate.decided_by)}" if gate.decided_by else ""
    reason = f"<div class='small'>{_e(gate.reason)}</div>"
    return f"<td>{_badge('d', gate.decision.value)}{who}{reason}</td>"


def _gate_row(gate: GateChange) -> str:
    name = gate.name + (f" (attempt {gate.attempt})" if gate.attempt > 1 else "")
    mark = " changed" if gate.changed else ""
    return (
        f"<tr data-gate='{_e(gate.name)}' class='{mark.strip()}'><td class='key'>{_e(name)}</td>"
        f"{_gate_cell(gate.before)}{_gate_cell(gate.after)}</tr>"
    )


def _step_cell(step: StepTiming, before: bool) -> str:
    one = step.before if before else step.after
    if one is None:
        return "<td class='muted'>—</td>"
    took = f"{one.seconds:.2f}s" if one.seconds is not None else "in flight"
    copied = (
        f" · <a href='/runs/{one.copied_from}'>from run #{one.copied_from}</a>, no new tokens"
        if one.copied_from
        else ""
    )
    usage = f"{one.usage.total_tokens:,} tokens · ${one.usage.cost_usd:.4f}"
    return f"<td>{_e(took)} · {usage}{copied}</td>"


def _side(run: Run) -> str:
    return (
        f"<a href='/runs/{run.id}'>Run #{run.id}</a> "
        f"{_badge('s', run.status.value, render.STATUS_WORD[run.status])}"
        f"<div class='small'>{run.usage.total_tokens:,} tokens · ${run.usage.cost_usd:.4f}</div>"
    )


def diff_html(diff: RunDiff) -> str:
    b, a = diff.before, diff.after
    head = f"<tr><th></th><th>{_side(b)}</th><th>{_side(a)}</th></tr>"
    body = [
        _CSS,
        f"<h1>Run #{b.id} → run #{a.id}</h1>",
        f"<p>{_e(diff.relation)}. {_e(render.plain(summary_line(diff)))}</p>",
        "<h2>Claims</h2><table class='diff claims'>",
        head,
        *(_claim_row(c) for c in diff.claims),
        "</table>",
        "<h2>Gates</h2><table class='diff gates'>",
        head,
        *(_gate_row(g) for g in diff.gates),
        "</table>",
    ]
    if diff.tags_added or diff.tags_removed:
        tags = [*(f"+{t}" for t in diff.tags_added), *(f"−{t}" for t in diff.tags_removed)]
        body.append(f"<h2>Tags</h2><p>{_e(', '.join(tags))}</p>")
    body += [
        "<h2>Steps: time, tokens and cost</h2><table class='diff steps'>",
        head,
        *(
            f"<tr data-step='{_e(s.name)}'><td class='key'>{_e(s.name)}</td>"
            f"{_step_cell(s, True)}{_step_cell(s, False)}</tr>"
            for s in diff.steps
        ),
        "</table>",
    ]
    return "".join(body)


async def diff_page(request: web.Request) -> web.Response:
    app = request.app[PAGES_KEY]
    viewer = await reader(request)
    ids = int(request.match_info["run_id"]), int(request.match_info["other_id"])
    runs = [await app.store.get_run(run_id) for run_id in ids]
    for run_id, run in zip(ids, runs, strict=True):
        if run is None:
            return page(
                f"Run #{run_id}",
                f"<h1>No run #{run_id}</h1><p>copydesk has no run #{run_id} to compare.</p>",
                status=404,
            )
        # A diff quotes both runs: each must be the reader's to see, as on /runs/N.
        if await app.visibility.may_see(viewer, run) is not Seen.YES:
            return page(
                f"Run #{run_id}", f"<h1>Run #{run_id}</h1><p>{_e(refusal(run_id))}</p>", status=403
            )
    before, after = runs
    assert before is not None and after is not None
    return page(f"Run #{before.id} → #{after.id} · copydesk", diff_html(compare(before, after)))


def add_routes(web_app: web.Application) -> None:
    web_app.router.add_get("/runs/{run_id:\\d+}/diff/{other_id:\\d+}", diff_page)
