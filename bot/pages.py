"""The run pages: `/runs` and `/runs/{id}`, server-rendered HTML and SVG, no build step.

`/runs/N` draws the run's timeline (each step, and each wait at a gate, as a bar on one time
axis), then the steps with their tokens and cost, the gates and who decided them, and the
claims with where each came from. `/runs` lists runs newest first with filters and keyset
pagination (`?before=N`), the same query the bot and `copydesk runs` use.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlencode, urlsplit

from aiohttp import web

from bot import render
from bot.telemetry import trace_url
from bot.visibility import Seen, Viewer
from bot.web_sources import PAGES_KEY
from bot.webauth import WebAuth
from orchestrator.domain import Gate, GateDecision, Run, RunStatus, Step
from orchestrator.history import MAX_PAGE, RunFilter
from orchestrator.visibility import refusal

# What the handlers read (bot/web_sources.py), not the whole wired app.
APP_KEY = PAGES_KEY
AUTH_KEY = web.AppKey("copydesk_web_auth", WebAuth)

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:68rem;margin:1.5rem auto;padding:0 1rem;
color:#1d2433}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.6rem 0 .4rem}
a{color:#1558b0}.muted{color:#5b6475}.small{font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e3e6ec;vertical-align:top}
th{font-weight:600;color:#3a4150}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.8rem;
background:#eef0f4}
.s-succeeded,.v-supported,.d-continue,.d-approved{background:#dff3e4;color:#17612c}
.s-failed,.s-rejected,.v-unsupported,.d-rejected{background:#fbe1e1;color:#8a1c1c}
.s-waiting,.d-escalate,.d-timed_out,.v-unverifiable{background:#fff1d6;color:#7a4b00}
.o-confirmed{background:#dff3e4;color:#17612c}.o-contradicted{background:#fbe1e1;color:#8a1c1c}
.o-not_found,.o-unreadable{background:#fff1d6;color:#7a4b00}
.s-running,.s-queued,.d-retry{background:#e1ecfb;color:#1b4a8a}
.facts{display:flex;gap:2rem;flex-wrap:wrap;margin:.6rem 0}.facts div b{display:block;
font-size:.8rem;color:#5b6475;font-weight:600}
svg.timeline{width:100%;height:auto;background:#fbfbfd;border:1px solid #e3e6ec;
border-radius:6px}
svg text{font:12px system-ui,sans-serif;fill:#1d2433}svg .axis{fill:#5b6475;font-size:11px}
li.claim{margin:.5rem 0}form.filters{display:flex;gap:.5rem;flex-wrap:wrap;margin:.8rem 0}
form.filters input,form.filters select{padding:.25rem .4rem}
.pager{margin:1rem 0;display:flex;gap:1.5rem}
"""

_STEP_COLOURS = {
    "succeeded": "#3f8f5a",
    "failed": "#c0392b",
    "running": "#3b7dd8",
    "skipped": "#a0a7b4",
}
_GATE_COLOUR = "#e0a030"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _csp() -> str:
    # No script at all, and only our own stylesheet (by its hash): an article's title or a
    # link that slipped through escaping still could not run or load anything.
    digest = base64.b64encode(hashlib.sha256(_CSS.encode()).digest()).decode()
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )


def page(title: str, body: str, *, status: int = 200) -> web.Response:
    response = web.Response(
        status=status,
        text=(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
            f"<p class='small'><a href='/runs'>All runs</a></p>{body}</body></html>"
        ),
        content_type="text/html",
    )
    response.headers.update(
        {
            "Content-Security-Policy": _csp(),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "X-Frame-Options": "DENY",
            # Run history is private to its reader: no shared cache keeps a copy.
            "Cache-Control": "no-store",
        }
    )
    return response


def link(url: str | None, rel: str = "nofollow noopener") -> str:
    """A link to an http(s) address; anything else (javascript:, data:) as inert text."""
    if not url:
        return ""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return f"<span class='muted'>{_e(url)}</span>"
    return f"<a href='{_e(url)}' rel='{rel}'>{_e(url)}</a>"


async def reader(request: web.Request) -> Viewer:
    """Who reads this page; a request from nobody is sent to sign in (or refused)."""
    auth = request.app[AUTH_KEY]
    viewer = await auth.viewer(request)
    if viewer is None:
        await auth.refuse(request)
    return viewer


def _badge(kind: str, value: str, label: str | None = None) -> str:
    return f"<span class='badge {kind}-{_e(value)}'>{_e(label or value.replace('_', ' '))}</span>"


# -- the timeline ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str
    start: datetime
    end: datetime
    colour: str
    kind: str  # "step", "gate", "queue"
    name: str
    note: str  # the tooltip and the text after the bar


def timeline_bars(run: Run, now: datetime) -> list[Bar]:
    bars: list[Bar] = []
    first_start = min((s.started_at for s in run.steps), default=None)
    if first_start is not None and first_start > run.created_at:
        waited = (first_start - run.created_at).total_seconds()
        bars.append(
            Bar("queued", run.created_at, first_start, "#c9ced8", "queue", "queued",
                f"queued {_seconds(waited)}")
        )  # fmt: skip
    for step in sorted(run.steps, key=lambda s: (s.started_at, s.attempt)):
        end = step.finished_at or now
        label = step.name + (f" ×{step.attempt}" if step.attempt > 1 else "")
        cost = f", ${step.usage.cost_usd:.4f}" if step.usage.cost_usd else ""
        note = (
            f"{step.status.value}, {_seconds((end - step.started_at).total_seconds())}, "
            f"{step.usage.total_tokens:,} tokens{cost}"
        )
        bars.append(
            Bar(label, step.started_at, end, _STEP_COLOURS[step.status.value], "step",
                step.name, note)
        )  # fmt: skip
    for gate in run.gates:
        # A gate a person (or the timeout) decided waited from its creation to the decision;
        # one still escalated waits until now; a gate code decided is an instant.
        decided = gate.decided_at or (
            now if gate.decision is GateDecision.ESCALATE else gate.created_at
        )
        note = gate.decision.value.replace("_", " ")
        if gate.decided_by and gate.decided_by != "gate":
            note += f" by {gate.decided_by}"
        waited = (decided - gate.created_at).total_seconds()
        if waited > 0.001:
            note = f"waited {_seconds(waited)}, {note}"
        bars.append(
            Bar(f"{gate.name} gate", gate.created_at, decided, _GATE_COLOUR, "gate", gate.name,
                note)
        )  # fmt: skip
    return bars


def timeline_svg(run: Run, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    bars = timeline_bars(run, now)
    if not bars:
        return "<p class='muted'>No steps yet: the run is queued.</p>"
    start = min(b.start for b in bars)
    end = max(b.end for b in bars)
    span = max((end - start).total_seconds(), 0.001)
    left, right, row, top = 150, 860, 26, 28
    width = right - left
    height = top + row * len(bars) + 10

    def x(moment: datetime) -> float:
        return left + width * (moment - start).total_seconds() / span

    parts = [
        f"<svg class='timeline' viewBox='0 0 1000 {height}' role='img' "
        f"aria-label='Timeline of run {run.id}' xmlns='http://www.w3.org/2000/svg'>"
    ]
    step_size = _tick(span)
    tick = 0.0
    while tick <= span + 1e-9:
        tx = left + width * tick / span
        parts.append(
            f"<line x1='{tx:.1f}' x2='{tx:.1f}' y1='{top - 6}' y2='{height - 6}' "
            "stroke='#e3e6ec'/>"
            f"<text class='axis' x='{tx:.1f}' y='{top - 10}' text-anchor='middle'>"
            f"{_e(_offset(tick))}</text>"
        )
        tick += step_size
    for i, bar in enumerate(bars):
        y = top + i * row
        x0 = x(bar.start)
        w = max(x(bar.end) - x0, 3.0)
        parts.append(
            f"<g class='bar {bar.kind}' data-kind='{bar.kind}' data-name='{_e(bar.name)}'>"
            f"<title>{_e(bar.label)}: {_e(bar.note)}</title>"
            f"<text x='{left - 8}' y='{y + 15}' text-anchor='end'>{_e(bar.label)}</text>"
            f"<rect x='{x0:.1f}' y='{y + 3}' width='{w:.1f}' height='{row - 8}' rx='3' "
            f"fill='{bar.colour}'/>"
            # The note goes after the bar, or before it when the bar ends far right.
            + (
                f"<text class='axis' x='{x0 + w + 6:.1f}' y='{y + 15}'>{_e(bar.note)}</text>"
                if x0 + w < 620
                else f"<text class='axis' x='{x0 - 6:.1f}' y='{y + 15}' text-anchor='end'>"
                f"{_e(bar.note)}</text>"
            )
            + "</g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _tick(span: float) -> float:
    """A round tick interval giving 4 to 10 ticks over `span` seconds."""
    for unit in (0.001, 0.01, 0.1, 1, 60, 3600, 86400):
        for mult in (1, 2, 5, 10, 15, 30):
            step = unit * mult
            if span / step <= 8:
                return step
    return float(10 ** math.ceil(math.log10(span)))


def _offset(seconds: float) -> str:
    if seconds == 0:
        return "0"
    return "+" + _seconds(seconds)


def _seconds(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 120:
        return f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


# -- /runs/N ---------------------------------------------------------------------------------


def _step_rows(steps: list[Step]) -> str:
    rows = []
    for s in sorted(steps, key=lambda s: (s.started_at, s.attempt)):
        took = _seconds(s.seconds) if s.seconds is not None else "in flight"
        rows.append(
            f"<tr data-step='{_e(s.name)}'><td>{_e(s.name)}</td><td class='num'>{s.attempt}</td>"
            f"<td>{_badge('s', s.status.value)}</td><td>{_e(render.when(s.started_at))}</td>"
            f"<td class='num'>{_e(took)}</td><td>{_e(s.model or '')}</td>"
            f"<td class='num'>{s.usage.input_tokens:,}</td>"
            f"<td class='num'>{s.usage.output_tokens:,}</td>"
            f"<td class='num'>{s.usage.cache_read_tokens:,} / {s.usage.cache_write_tokens:,}</td>"
            f"<td class='num'>${s.usage.cost_usd:.4f}</td><td>{_e(s.error or '')}"
            + (
                f"<a class='copied' href='/runs/{s.copied_from}'>from run #{s.copied_from}</a>"
                ", no new tokens"
                if s.copied_from
                else ""
            )
            + "</td></tr>"
        )
    return (
        "<table><thead><tr><th>Step</th><th class='num'>Attempt</th><th>Status</th>"
        "<th>Started</th><th class='num'>Took</th><th>Model</th><th class='num'>In</th>"
        "<th class='num'>Out</th><th class='num'>Cache read / write</th>"
        "<th class='num'>Cost</th><th>Error</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _gate_rows(gates: list[Gate]) -> str:
    rows = []
    for g in gates:
        waited = ""
        if g.decided_at and g.decision is not GateDecision.CONTINUE:
            waited = _seconds((g.decided_at - g.created_at).total_seconds())
        decided = g.decided_by or ""
        if g.decision is GateDecision.TIMED_OUT:
            decided = f"timeout, so {g.effective.value}"
        rows.append(
            f"<tr><td>{_e(g.name)}</td><td class='num'>{g.attempt}</td>"
            f"<td>{_badge('d', g.decision.value)}</td><td>{_e(g.reason)}</td>"
            f"<td>{_e(decided)}</td>"
            f"<td>{_e(render.when(g.decided_at)) if g.decided_at else ''}</td>"
            f"<td class='num'>{_e(waited)}</td><td>{_e(g.note or '')}</td></tr>"
        )
    return (
        "<table><thead><tr><th>Gate</th><th class='num'>Attempt</th><th>Decision</th>"
        "<th>Reason</th><th>Decided by</th><th>When</th><th class='num'>Waited</th>"
        "<th>Note</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _claims(run: Run) -> str:
    items = []
    for claim in run.claims:
        verdict = _badge("v", claim.verdict.value) if claim.verdict else _badge("v", "unchecked")
        lines = [
            f"{verdict} {_e(claim.text)}",
            f"<div class='small muted'>introduced by the <b>{_e(claim.step)}</b> step, "
            f"{_e(claim.agent)}, round {claim.round}"
            + (
                f" of <a href='/runs/{claim.from_run}'>run #{claim.from_run}</a>"
                if claim.from_run
                else ""
            )
            + "</div>",
        ]
        if claim.quote:
            lines.append(f"<div class='small'>quote: “{_e(claim.quote)}”</div>")
        if claim.evidence:
            by = f" ({_e(claim.checked_by)})" if claim.checked_by else ""
            lines.append(f"<div class='small'>evidence{by}: {_e(claim.evidence)}</div>")
        if claim.in_article is not None or claim.at_source is not None:
            # Two facts, never merged: the article quoting itself is not verification.
            article = claim.in_article.value if claim.in_article else "unchecked"
            source = (
                _badge("o", claim.at_source.value, claim.at_source.words)
                if claim.at_source
                else "<span class='muted'>no source cited</span>"
            )
            lines.append(
                f"<div class='small'>in the article: {_badge('v', article)} · "
                f"at the source: {source}</div>"
            )
        if claim.source_url:
            lines.append(
                f"<div class='small'>cites {link(claim.source_url)}: "
                f"{_e(claim.source_found or '')}</div>"
            )
        items.append(f"<li class='claim'>{''.join(lines)}</li>")
    return f"<ol>{''.join(items)}</ol>"


def _family(run: Run, reruns: Sequence[Run]) -> str:
    """The run's parent and its re-runs, each with the side-by-side diff."""
    items = []
    if run.lineage is not None:
        parent = run.lineage.parent_id
        items.append(
            f"<li class='parent'>{_e(render.lineage_line(run))}: "
            f"<a href='/runs/{parent}'>run #{parent}</a> · "
            f"<a href='/runs/{parent}/diff/{run.id}'>what changed</a></li>"
        )
    for child in reruns:
        step = child.lineage.from_step if child.lineage else "?"
        mark = " (evaluation)" if child.lineage and child.lineage.evaluation else ""
        items.append(
            f"<li class='rerun'><a href='/runs/{child.id}'>run #{child.id}</a> re-ran it from "
            f"{_e(step)}{mark}: {_badge('s', child.status.value)} · "
            f"<a href='/runs/{run.id}/diff/{child.id}'>what changed</a></li>"
        )
    return f"<ul class='family'>{''.join(items)}</ul>" if items else ""


def run_html(
    run: Run,
    now: datetime | None = None,
    reruns: Sequence[Run] = (),
    *,
    trace_url_template: str | None = None,
) -> str:
    who = run.origin.user or "someone"
    took = (
        _seconds((run.finished_at - run.started_at).total_seconds())
        if run.started_at and run.finished_at
        else "not finished"
    )
    facts = [
        ("Status", _badge("s", run.status.value, render.STATUS_WORD[run.status])),
        ("Asked", f"{_e(render.when(run.created_at))} by {_e(who)} via {_e(run.origin.transport)}"),
        ("Took", _e(took)),
        ("Tokens", f"{run.usage.total_tokens:,}"),
        ("Cost", _e(render.cost(run))),
    ]
    if run.trace_id:
        trace_link = trace_url(trace_url_template, run.trace_id)
        shown = f"<code>{_e(run.trace_id)}</code>"
        facts.append(
            (
                "Trace",
                f"<a href='{_e(trace_link)}' rel='nofollow'>{shown}</a>" if trace_link else shown,
            )
        )
    body = [
        f"<h1>Run #{run.id}</h1>",
        f"<p>{link(run.url)}</p>",
        "<div class='facts'>" + "".join(f"<div><b>{k}</b>{v}</div>" for k, v in facts) + "</div>",
    ]
    if run.error:
        body.append(f"<p><b>Why it stopped:</b> {_e(run.error)}</p>")
    family = _family(run, reruns)
    if family:
        body.append("<h2>Re-runs</h2>" + family)
    if run.delivery_failure is not None:
        body.append(f"<p class='undelivered'><b>Slack:</b> {_e(render.delivery_line(run))}</p>")
    body.append("<h2>Timeline</h2>" + timeline_svg(run, now))
    if run.steps:
        body.append("<h2>Steps, tokens and cost</h2>" + _step_rows(run.steps))
    if run.gates:
        body.append("<h2>Gates</h2>" + _gate_rows(run.gates))
    if run.claims:
        body.append("<h2>Claims and where each came from</h2>" + _claims(run))
    result = run.result or {}
    if result:
        tags = " ".join(_badge("t", t) for t in result.get("tags", []))
        body.append(
            f"<h2>Result</h2><p><b>{_e(result.get('title') or '')}</b> "
            f"{_e(result.get('byline') or '')}</p><p>{tags}</p>"
        )
    return "".join(body)


async def run_page(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    viewer = await reader(request)
    run_id = int(request.match_info["run_id"])
    run = await app.store.get_run(run_id)
    if run is None:
        pruned = await app.history.pruned(run_id)
        if pruned is not None:
            return page(
                f"Run #{run_id}",
                f"<h1>Run #{run_id} was pruned</h1><p>It was deleted on "
                f"{pruned.pruned_at:%Y-%m-%d} with the history before "
                f"{pruned.older_than:%Y-%m-%d}.</p>",
                status=410,
            )
        return page(
            f"Run #{run_id}",
            f"<h1>No run #{run_id}</h1><p>copydesk has no run #{run_id}.</p>",
            status=404,
        )
    if await app.visibility.may_see(viewer, run) is not Seen.YES:
        return page(
            f"Run #{run_id}", f"<h1>Run #{run_id}</h1><p>{_e(refusal(run_id))}</p>", status=403
        )
    reruns = await app.reruns.reruns_of(run.id) if app.reruns is not None else []
    return page(
        f"Run #{run.id} · copydesk",
        run_html(run, reruns=reruns, trace_url_template=app.trace_url_template),
    )


# -- /runs -----------------------------------------------------------------------------------


def _filter_from(query: dict[str, str]) -> RunFilter:
    status = query.get("status") or None
    if status is not None and status not in {s.value for s in RunStatus}:
        raise web.HTTPBadRequest(text=f"{status!r} is not a run status.")
    return RunFilter(
        status=RunStatus(status) if status else None,
        domain=query.get("domain") or None,
        url=query.get("url") or None,
        user=query.get("user") or None,
    )


def _link(where: RunFilter, **extra: object) -> str:
    params = {
        "status": where.status.value if where.status else None,
        "domain": where.domain,
        "url": where.url,
        "user": where.user,
        **extra,
    }
    encoded = urlencode({k: v for k, v in params.items() if v})
    return "/runs" + (f"?{encoded}" if encoded else "")


async def runs_page(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    viewer = await reader(request)
    where = _filter_from(dict(request.query))
    try:
        before = int(request.query["before"]) if request.query.get("before") else None
        limit = min(int(request.query.get("limit", "50")), MAX_PAGE)
    except ValueError:
        raise web.HTTPBadRequest(text="before and limit are run ids and counts.") from None
    scope = await app.visibility.scope_for(viewer)
    result = await app.history.list_runs(where, limit=limit, before_id=before, scope=scope)
    options = "".join(
        f"<option value='{s.value}'{' selected' if where.status is s else ''}>{s.value}</option>"
        for s in RunStatus
    )
    form = (
        "<form class='filters' method='get' action='/runs'>"
        f"<select name='status'><option value=''>any status</option>{options}</select>"
        f"<input name='domain' placeholder='domain' value='{_e(where.domain or '')}'>"
        f"<input name='user' placeholder='user' value='{_e(where.user or '')}'>"
        f"<input name='url' placeholder='exact URL' value='{_e(where.url or '')}'>"
        "<button type='submit'>Filter</button></form>"
    )
    rows = "".join(
        f"<tr><td><a href='/runs/{r.id}'>#{r.id}</a></td>"
        f"<td>{_badge('s', r.status.value)}</td><td>{_e(render.when(r.created_at))}</td>"
        f"<td>{_e(r.url)}</td><td>{_e(r.origin.user or '')}</td>"
        f"<td class='num'>{r.usage.total_tokens:,}</td>"
        f"<td class='num'>${r.usage.cost_usd:.4f}</td></tr>"
        for r in result.runs
    )
    table = (
        "<table><thead><tr><th>Run</th><th>Status</th><th>Created</th><th>URL</th>"
        "<th>Asked by</th><th class='num'>Tokens</th><th class='num'>Cost</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        if result.runs
        else f"<p>No {_e(where.describe())}.</p>"
    )
    pager = []
    if before is not None:
        pager.append(f"<a href='{_e(_link(where))}'>Newest</a>")
    if result.next_before is not None:
        pager.append(
            f"<a rel='next' href='{_e(_link(where, before=result.next_before))}'>Older →</a>"
        )
    body = (
        f"<h1>{_e(where.describe().capitalize())}</h1>{form}{table}"
        f"<div class='pager'>{''.join(pager)}</div>"
    )
    return page("copydesk runs", body)


def add_routes(web_app: web.Application) -> None:
    web_app.router.add_get("/runs", runs_page)
    web_app.router.add_get("/runs/{run_id:\\d+}", run_page)
