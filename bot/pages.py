"""The run pages' routes: `/runs` and `/runs/{id}`, server-rendered HTML and SVG, no build step.

`/runs/N` draws the run's timeline (each step, and each wait at a gate, as a bar on one time
axis; `bot/timeline.py` lays it out), then the steps with their tokens and cost, the gates
and who decided them, and the claims with where each came from. `/runs` lists runs newest
first with filters and keyset pagination (`?before=N`), the same query the bot and
`copydesk runs` use. The HTML is `bot/templates/`, rendered by `bot/page_html.py`.
"""

from __future__ import annotations

from urllib.parse import urlencode

import aiohttp_jinja2
from aiohttp import web

from bot.page_html import (
    badge,
    environment,
    escape,
    link,
    message_page,
    page,
    page_context,
    run_context,
    run_html,
    secured,
    timeline_svg,
)
from bot.timeline import Bar, timeline_bars
from bot.visibility import Seen, Viewer
from bot.web_sources import PAGES_KEY
from bot.webauth import WebAuth
from orchestrator.domain import RunStatus
from orchestrator.history import MAX_PAGE, RunFilter
from orchestrator.visibility import refusal

__all__ = [
    "APP_KEY",
    "AUTH_KEY",
    "Bar",
    "add_routes",
    "link",
    "page",
    "reader",
    "run_html",
    "timeline_bars",
    "timeline_svg",
]

# What the handlers read (bot/web_sources.py), not the whole wired app.
APP_KEY = PAGES_KEY
AUTH_KEY = web.AppKey("copydesk_web_auth", WebAuth)

# The diff page builds its HTML in Python with these.
_e = escape
_badge = badge


async def reader(request: web.Request) -> Viewer:
    """Who reads this page; a request from nobody is sent to sign in (or refused)."""
    auth = request.app[AUTH_KEY]
    viewer = await auth.viewer(request)
    if viewer is None:
        await auth.refuse(request)
    return viewer


def _render(request: web.Request, title: str, template: str, **context: object) -> web.Response:
    return secured(
        aiohttp_jinja2.render_template(
            "page.html", request, page_context(title, template, **context)
        )
    )


async def run_page(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    viewer = await reader(request)
    run_id = int(request.match_info["run_id"])
    run = await app.store.get_run(run_id)
    if run is None:
        pruned = await app.history.pruned(run_id)
        if pruned is not None:
            return message_page(
                f"Run #{run_id}",
                f"Run #{run_id} was pruned",
                f"It was deleted on {pruned.pruned_at:%Y-%m-%d} with the history before "
                f"{pruned.older_than:%Y-%m-%d}.",
                status=410,
            )
        return message_page(
            f"Run #{run_id}",
            f"No run #{run_id}",
            f"copydesk has no run #{run_id}.",
            status=404,
        )
    if await app.visibility.may_see(viewer, run) is not Seen.YES:
        return message_page(f"Run #{run_id}", f"Run #{run_id}", refusal(run_id), status=403)
    reruns = await app.reruns.reruns_of(run.id) if app.reruns is not None else []
    return _render(
        request,
        f"Run #{run.id} · copydesk",
        "run.html",
        **run_context(run, reruns=reruns, trace_url_template=app.trace_url_template),
    )


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
    return _render(
        request,
        "copydesk runs",
        "runs.html",
        heading=where.describe().capitalize(),
        described=where.describe(),
        where=where,
        statuses=list(RunStatus),
        runs=result.runs,
        newest=_link(where) if before is not None else None,
        older=(_link(where, before=result.next_before) if result.next_before is not None else None),
    )


def add_routes(web_app: web.Application) -> None:
    # The one template environment, shared with run_html for pages made outside a request.
    web_app[aiohttp_jinja2.APP_KEY] = environment()
    web_app.router.add_get("/runs", runs_page)
    web_app.router.add_get("/runs/{run_id:\\d+}", run_page)
