"""The fact-check gate on real sources, as an approver sees it in the Slack thread.

The real app behind `/slack/events` (fake Slack, real database), the guarded reader against
a local site serving a short release, an HTML table, a PDF made with fpdf2, a locked PDF and
a missing page. For each outcome — confirmed, contradicted, not found, source unreadable —
and each COPYDESK_UNVERIFIED_CITATIONS setting, the thread says what was and was not checked.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web

from articles import ArticleSite
from bot import pages, render
from bot.bootstrap import App
from citation_corpus import TOPICS, article_html
from fakes.slack import FakeSlack, Message, message_event
from orchestrator.domain import GateDecision, RunStatus, SourceOutcome, Verdict
from pdfs import make_pdf
from slack_harness import (
    bot_replies,
    events_endpoint,
    running_app,
    settled_run,
    wait_for_result,
)

UNEMPLOYMENT = TOPICS[0]  # "The unemployment rate fell to {f} in May, according to {link}."


def _serve(site: ArticleSite, path: str, body: bytes, content_type: str, status: int = 200) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=body, status=status, content_type=content_type)

    site.server.routes[path] = handler


def _story(site: ArticleSite, name: str, figure: str) -> str:
    path = f"/news/{name}"
    page = article_html(UNEMPLOYMENT, figure, f"/sources/{name}", title=f"Jobs story {name}")
    _serve(site, path, page.encode(), "text/html")
    return path


RELEASE = (
    b"<html><body><h1>Labour force bulletin</h1>"
    b"<p>The unemployment rate was 4.7 percent in May, down from 4.9 percent in April.</p>"
    b"<p>Next release: July.</p></body></html>"
)


@asynccontextmanager
async def desk(
    database_url: str, slack: FakeSlack, site: ArticleSite, **env: object
) -> AsyncIterator[App]:
    async with running_app(database_url, slack, site, COPYDESK_APPROVERS="U1", **env) as app:
        yield app


async def _paste(app: App, slack: FakeSlack, site: ArticleSite, path: str) -> tuple[str, int]:
    event = message_event(f"please check <{site.url(path)}|this story>")
    async with events_endpoint(app, slack) as events:
        await events.deliver(event)
        run = await settled_run(app, 1, timeout=20)
    return event["ts"], run.id


async def _escalation(slack: FakeSlack, ts: str) -> Message:
    [message] = await slack.wait_for(
        lambda s: [m for m in bot_replies(s, "C1", ts) if m.text.startswith("✋ Run #")],
        timeout=10,
    )
    return message


def _blocks_text(message: Message) -> str:
    return "\n".join(
        str(block.get("text", {}).get("text", ""))
        for block in message.blocks or []
        if isinstance(block.get("text"), dict)
    )


async def test_a_figure_a_short_release_confirms_continues_and_says_so(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    _serve(site, "/sources/ok", RELEASE, "text/html")
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "ok", "4.7%"))
        result = await wait_for_result(slack, "C1", ts, run_id)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.SUCCEEDED
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.CONTINUE
    assert gate.reason.startswith("1 cited figure confirmed at their sources (4.7% at http")
    assert (
        f"✓ cites <{site.url('/sources/ok')}> for 4.7%: “4.7%” confirmed: "
        "The unemployment rate was 4.7 percent in May, down from 4.9 percent in April."
    ) in result.text
    [claim] = [c for c in run.claims if c.source_url]
    assert (claim.in_article, claim.at_source, claim.verdict) == (
        Verdict.SUPPORTED,
        SourceOutcome.CONFIRMED,
        Verdict.SUPPORTED,
    )


async def test_a_release_that_gives_another_value_escalates_with_both_values(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    _serve(site, "/sources/bad", RELEASE, "text/html")
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "bad", "3.1 percent"))
        message = await _escalation(slack, ts)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.WAITING
    text = _blocks_text(message)
    assert "the *fact_check* gate escalated" in text
    assert (
        "the article says 3.1 percent, the source says 4.7 percent: "
        "The unemployment rate was 4.7 percent in May" in text
    )
    assert "0 cited figures confirmed at their sources" in text


async def test_a_pdf_table_cell_confirms_with_its_row_and_column(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    pdf = make_pdf(
        [["Labour market report", "Figures are seasonally adjusted."]],
        tables=[[["Series", "April", "May"], ["Unemployment rate (%)", "4.9", "4.7"]]],
    )
    _serve(site, "/sources/pdf", pdf, "application/pdf")
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "pdf", "4.7 per cent"))
        result = await wait_for_result(slack, "C1", ts, run_id)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.SUCCEEDED
    assert "“4.7 per cent” confirmed: Unemployment rate (%) · May · 4.7" in result.text


async def test_an_unreadable_source_escalates_by_default_saying_why(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    _serve(site, "/sources/locked", make_pdf([["4.7 percent"]], password="x"), "application/pdf")
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "locked", "4.7%"))
        message = await _escalation(slack, ts)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.WAITING
    text = _blocks_text(message)
    assert (
        "“4.7%” could not be checked: That PDF is locked with a password, so copydesk cannot "
        "read it." in text
    )


async def test_with_note_unconfirmed_figures_continue_marked_with_a_question_mark(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    # The release is about something else: the article's 4.7% is not found there.
    other = b"<html><body><p>Consumer prices rose 2.2 percent over the year.</p></body></html>"
    _serve(site, "/sources/other", other, "text/html")
    async with desk(database_url, slack, site, COPYDESK_UNVERIFIED_CITATIONS="note") as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "other", "4.7%"))
        result = await wait_for_result(slack, "C1", ts, run_id)
        run = await settled_run(app, run_id)
        stored = await app.store.get_run(run_id)
    assert run.status is RunStatus.SUCCEEDED
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.CONTINUE
    assert gate.reason.startswith(
        "1 cited figure not confirmed, noted as ? (COPYDESK_UNVERIFIED_CITATIONS=note): "
        f"? claim 1 cites {site.url('/sources/other')}: "
        "“4.7%” does not appear in the cited source."
    )
    assert gate.reason.endswith("0 cited figures confirmed at their sources")
    assert (
        f"? cites <{site.url('/sources/other')}> for 4.7%: "
        "“4.7%” does not appear in the cited source."
    ) in result.text
    # The article says it; its source does not confirm it: never shown as supported.
    [claim] = [c for c in run.claims if c.source_url]
    assert claim.in_article is Verdict.SUPPORTED
    assert claim.at_source is SourceOutcome.NOT_FOUND
    assert claim.verdict is Verdict.UNVERIFIABLE
    assert "(in the article ✓ · not found at the source ?)" in result.text
    assert stored is not None
    html = pages.run_html(stored)
    assert "at the source: <span class='badge o-not_found'>not found at the source</span>" in html
    assert "(in the article ✓ · not found at the source ?)" in render.trace_text(stored)
    assert stored.claims[0].to_json()["at_source"] == "not_found"


async def test_a_missing_source_page_with_note_is_a_question_mark_with_the_site_s_answer(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    _serve(site, "/sources/gone", b"not here", "text/plain", status=404)
    async with desk(database_url, slack, site, COPYDESK_UNVERIFIED_CITATIONS="note") as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "gone", "4.7%"))
        result = await wait_for_result(slack, "C1", ts, run_id)
    assert (
        f"? cites <{site.url('/sources/gone')}> for 4.7%: “4.7%” could not be checked: "
        "The site says that page does not exist (404 Not Found). Check the link."
    ) in result.text


# --- copy-editing rules: table units, fiscal years, hedges, error pages ------------------------


def _cited(site: ArticleSite, name: str, sentence: str) -> str:
    """A story whose ``sentence`` cites /sources/<name> in its [bracketed] words."""
    link = f'<a href="/sources/{name}">'
    page = (
        f"<html><head><title>Story {name}</title></head><body><article><h1>Story {name}</h1>"
        f"<p>{sentence.replace('[', link).replace(']', '</a>')}</p>"
        "<p>Officials said the figures would be reviewed at the next meeting of the "
        "committee, and that residents could read the details on the council website.</p>"
        "<p>Opposition members questioned the timing of the announcement, saying that the "
        "public deserved a clearer explanation of how the numbers had been gathered.</p>"
        "</article></body></html>"
    )
    _serve(site, f"/news/{name}", page.encode(), "text/html")
    return f"/news/{name}"


BUDGET_TABLE = (
    "<html><body><h2>Revenue budget 2026 (€ million)</h2><table>"
    "<tr><th>Service</th><th>2025 budget</th><th>2026 budget</th></tr>"
    "<tr><td>Adult social care</td><td>298.0</td><td>312.5</td></tr>"
    "<tr><td>Highways</td><td>41.2</td><td>39.8</td></tr></table></body></html>"
).encode()


async def _confirmed_run(
    database_url: str, slack: FakeSlack, site: ArticleSite, name: str, sentence: str
) -> tuple[str, str]:
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, _cited(site, name, sentence))
        result = await wait_for_result(slack, "C1", ts, run_id)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.SUCCEEDED, run.gates
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.CONTINUE
    return gate.reason, result.text


async def test_a_cell_under_a_captioned_unit_confirms_the_amount(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    _serve(site, "/sources/budget", BUDGET_TABLE, "text/html")
    reason, text = await _confirmed_run(
        database_url,
        slack,
        site,
        "budget",
        "The council will spend €312.5m on adult social care next year, [its budget papers] show.",
    )
    assert reason.startswith("1 cited figure confirmed at their sources (€312.5m at http")
    assert "“€312.5m” confirmed: (€ million) · Adult social care · 2026 budget · 312.5" in text


async def test_a_fiscal_year_is_not_cited_as_figures(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    release = (
        b"<html><body><h1>Housing advice annual update</h1><p>The city's homelessness "
        b"service helped 2,614 households in 2024-25.</p><p>Ends.</p></body></html>"
    )
    _serve(site, "/sources/fiscal", release, "text/html")
    reason, text = await _confirmed_run(
        database_url,
        slack,
        site,
        "fiscal",
        "The homelessness service supported 2,614 households in 2024-25, [the city's report] "
        "shows.",
    )
    # 2,614 alone: not "2024" and "25" as well.
    assert reason.startswith("1 cited figure confirmed at their sources (2,614 at http"), reason
    assert f"✓ cites <{site.url('/sources/fiscal')}> for 2,614: “2,614” confirmed" in text


async def test_a_hedged_figure_is_confirmed_as_rounded(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    release = (
        b"<html><body><p><strong>Published 9 October 2025</strong></p><h1>House prices</h1>"
        b"<p>The average price paid for a house in the county was \xc2\xa3287,460 in "
        b"September.</p><p>ENDS</p></body></html>"
    )
    _serve(site, "/sources/hedge", release, "text/html")
    _, text = await _confirmed_run(
        database_url,
        slack,
        site,
        "hedge",
        "The average house in the county sold for nearly £287,500 in September, [Land "
        "Registry data] show.",
    )
    assert (
        "“£287,500” confirmed (rounded from £287,460): The average price paid for a house in "
        "the county was £287,460 in September."
    ) in text


async def test_an_error_page_answering_200_is_unreadable_and_escalates_saying_why(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    oops = (
        b"<html><head><title>Error</title></head><body><h1>Sorry, something went wrong</h1>"
        b"<p>We could not load this page. Please try again later.</p></body></html>"
    )
    _serve(site, "/sources/oops", oops, "text/html")
    async with desk(database_url, slack, site) as app:
        path = _cited(
            site,
            "oops",
            "The council's reserves fell to £18.6m in March, [the finance report] shows.",
        )
        ts, run_id = await _paste(app, slack, site, path)
        message = await _escalation(slack, ts)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.WAITING
    assert (
        "“£18.6m” could not be checked: That page shows an error instead of its content "
        "(“Sorry, something went wrong”), so there was nothing to check."
    ) in _blocks_text(message)
    # Source unreadable, not "not found": nothing could be checked there.
    step = run.step("fact_check")
    assert step is not None and step.output is not None
    [citation] = step.output["citations"]
    assert [c["outcome"] for c in citation["figure_checks"]] == ["unreadable"]


async def test_a_share_the_release_spells_out_confirms_and_shows_its_words(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    release = (
        b"<html><body><h1>Labour force bulletin</h1>"
        b"<p>One in twenty of the labour force was unemployed in May: the unemployment rate."
        b"</p></body></html>"
    )
    _serve(site, "/sources/words", release, "text/html")
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "words", "5%"))
        result = await wait_for_result(slack, "C1", ts, run_id)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.SUCCEEDED
    assert (
        "“5%” confirmed: One in twenty of the labour force was unemployed in May: "
        "the unemployment rate."
    ) in result.text


async def test_the_prior_period_s_figure_given_as_the_latest_escalates_with_both(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    # No month on the release's figures: "a year earlier" says which one is the latest.
    release = (
        b"<html><body><h1>Labour force bulletin</h1>"
        b"<p>The unemployment rate was 4.7 percent, compared with 4.9 percent a year earlier."
        b"</p></body></html>"
    )
    _serve(site, "/sources/prior", release, "text/html")
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "prior", "4.9%"))
        message = await _escalation(slack, ts)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.WAITING
    assert (
        "the article says 4.9%, the source says 4.7 percent: The unemployment rate was 4.7 "
        "percent, compared with 4.9 percent a year earlier." in _blocks_text(message)
    )
