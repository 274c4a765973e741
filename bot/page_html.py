"""The run pages' HTML: Jinja2 templates (`bot/templates/`), autoescaped, and the response
headers every page carries.

Every value a template prints is escaped unless it is already markup (`Markup`, a macro's
output): run URLs, article titles, claims, evidence, Slack user names are all untrusted. The
escaping is `html.escape(..., quote=True)`, as the pages had before templates (`&#x27;` for
a quote), so attribute values stay safe in the single quotes the templates use.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import jinja2
from aiohttp import web
from markupsafe import Markup

from bot import render
from bot.telemetry import trace_url
from bot.timeline import duration, lay_out, timeline_bars
from orchestrator.domain import Run

CSS = """
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


def _escaped(value: object) -> object:
    """Jinja's finalize: what is not markup yet is escaped as html.escape does."""
    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape(str(value), quote=True))


def _web_address(url: object) -> bool:
    return isinstance(url, str) and urlsplit(url).scheme.lower() in ("http", "https")


@functools.cache
def environment() -> jinja2.Environment:
    """The templates, loaded from the installed package (made once, on first use)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("bot", "templates"),
        autoescape=True,
        finalize=_escaped,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        when=render.when,
        corrected_words=render.corrected_words,
        duration=duration,
        thousands=lambda n: f"{n:,}",
        usd=lambda x: f"${x:.4f}",
        f1=lambda x: f"{x:.1f}",
    )
    env.tests["web_address"] = _web_address
    return env


def csp() -> str:
    # No script at all, and only our own stylesheet (by its hash): an article's title or a
    # link that slipped through escaping still could not run or load anything.
    digest = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )


def secured(response: web.Response) -> web.Response:
    response.headers.update(
        {
            "Content-Security-Policy": csp(),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "X-Frame-Options": "DENY",
            # Run history is private to its reader: no shared cache keeps a copy.
            "Cache-Control": "no-store",
        }
    )
    return response


def page_context(title: str, body_template: str, **context: Any) -> dict[str, Any]:
    """What `page.html` needs around one body template."""
    return {"title": title, "css": Markup(CSS), "body_template": body_template, **context}


def page(title: str, body: str, *, status: int = 200) -> web.Response:
    """A page around `body`, HTML its caller built with every untrusted string escaped
    (the diff page, the sign-in pages)."""
    text = (
        environment()
        .get_template("base.html")
        .render(title=title, css=Markup(CSS), body=Markup(body))
    )
    return secured(web.Response(status=status, text=text, content_type="text/html"))


def message_page(title: str, heading: str, message: str, *, status: int) -> web.Response:
    text = (
        environment()
        .get_template("page.html")
        .render(page_context(title, "message.html", heading=heading, message=message))
    )
    return secured(web.Response(status=status, text=text, content_type="text/html"))


def run_context(
    run: Run,
    now: datetime | None = None,
    reruns: Sequence[Run] = (),
    *,
    trace_url_template: str | None = None,
) -> dict[str, Any]:
    bars = timeline_bars(run, now or datetime.now(UTC))
    return {
        "run": run,
        "reruns": list(reruns),
        "who": run.origin.user or "someone",
        "status_word": render.STATUS_WORD[run.status],
        "took": (
            duration((run.finished_at - run.started_at).total_seconds())
            if run.started_at and run.finished_at
            else "not finished"
        ),
        "cost": render.cost(run),
        "trace_link": trace_url(trace_url_template, run.trace_id),
        "lineage": render.lineage_line(run) if run.lineage is not None else None,
        "delivery": render.delivery_line(run) if run.delivery_failure is not None else None,
        "timeline": lay_out(bars) if bars else None,
        "steps": sorted(run.steps, key=lambda s: (s.started_at, s.attempt)),
        "result": run.result or {},
    }


def run_html(
    run: Run,
    now: datetime | None = None,
    reruns: Sequence[Run] = (),
    *,
    trace_url_template: str | None = None,
) -> str:
    """/runs/N's body, on its own (the page wraps it)."""
    context = run_context(run, now, reruns, trace_url_template=trace_url_template)
    return environment().get_template("run.html").render(context)


def timeline_svg(run: Run, now: datetime | None = None) -> str:
    bars = timeline_bars(run, now or datetime.now(UTC))
    return (
        environment()
        .get_template("timeline.svg")
        .render(run=run, timeline=lay_out(bars) if bars else None)
    )


# String helpers for the pages still built in Python (the diff page): escape, badge.
def escape(text: object) -> str:
    return html.escape(str(text), quote=True)


def badge(kind: str, value: str, label: str | None = None) -> str:
    return (
        f"<span class='badge {kind}-{escape(value)}'>"
        f"{escape(label or value.replace('_', ' '))}</span>"
    )


def link(url: str | None, rel: str = "nofollow noopener") -> str:
    """A link to an http(s) address; anything else (javascript:, data:) as inert text."""
    if not url:
        return ""
    if not _web_address(url):
        return f"<span class='muted'>{escape(url)}</span>"
    return f"<a href='{escape(url)}' rel='{rel}'>{escape(url)}</a>"
