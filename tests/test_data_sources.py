"""Sources that are data: an agency's JSON answer, an RSS feed of releases, other XML.

A figure in `{"unit": "percent", "observations": [{"period": "2026Q3", "value": -0.4}]}` is
found with what its keys and strings say it measures, its unit from the data's own "unit",
and checked as a table cell is; a feed's items are text. Through the real app too: a run
whose source is a JSON answer confirms at the gate, and one with the wrong figure escalates.
"""

from __future__ import annotations

import json

import pytest

from articles import ArticleSite
from fakes.slack import FakeSlack
from orchestrator.domain import GateDecision, RunStatus, SourceOutcome
from orchestrator.figures import figures_in
from orchestrator.reading.data import json_text, xml_text
from orchestrator.reading.documents import DocumentLimits, UnreadableDocument, read_document
from orchestrator.sourcecheck import FigureCheck, check_figure, source_text
from slack_harness import settled_run, wait_for_result
from test_source_gate import _escalation, _paste, _serve, _story, desk

GDP = {
    "source": "Cabinet Office",
    "series": "real_gdp_qoq_sa",
    "unit": "percent",
    "observations": [
        {"period": "2026Q2", "value": 0.3},
        {"period": "2026Q3", "value": -0.4},
    ],
}
REGIONS = {
    "series": "unemployment rate",
    "unit": "%",
    "period": "2026-Q3",
    "data": [{"region": "National", "value": 5.6}, {"region": "North", "value": 6.3}],
}
FEED = (
    b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
    b"<title>Statistics office releases</title><link>https://example.org/</link>"
    b"<item><title>Consumer prices, October 2026</title><link>https://example.org/1</link>"
    b"<description>&lt;p&gt;Annual inflation was 4.82% in October 2026.&lt;/p&gt;</description>"
    b"</item><item><title>Consumer prices, September 2026</title>"
    b"<description>Annual inflation was 5.10% in September 2026.</description></item>"
    b"</channel></rss>"
)


def check(claim: str, text: str) -> FigureCheck:
    [figure] = [f for f in figures_in(claim) if not f.is_year]
    return check_figure(figure, claim, source_text(text))


def test_a_json_answer_s_numbers_carry_their_labels_and_unit() -> None:
    text = json_text(json.dumps(GDP))
    assert text is not None
    assert "Cabinet Office · real gdp qoq sa · observations · 2026Q3 · value (percent) · -0.4" in (
        text.splitlines()
    )


def test_a_json_figure_is_checked_by_its_period_and_its_row() -> None:
    gdp = json_text(json.dumps(GDP)) or ""
    claim = "Real GDP contracted 0.4% in July-September from the previous quarter."
    assert check(claim, gdp).outcome is SourceOutcome.CONFIRMED
    # The second quarter's 0.3 is not the third quarter's growth.
    planted = check("Real GDP grew 0.3% in July-September from the previous quarter.", gdp)
    assert planted.outcome is not SourceOutcome.CONFIRMED
    regions = json_text(json.dumps(REGIONS)) or ""
    assert check("The national unemployment rate was 5.6%.", regions).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("The national unemployment rate was 6.3%.", regions).outcome is (
        SourceOutcome.CONTRADICTED
    )


def test_a_unit_and_scale_in_the_data_scale_its_value() -> None:
    answer = {"series": "state_budget_revenue", "unit": "billion VND", "value": 1821374}
    text = json_text(json.dumps(answer)) or ""
    claim = "State budget revenue reached VND1.82 quadrillion in ten months."
    check_ = check(claim, text)
    assert check_.outcome is SourceOutcome.CONFIRMED and check_.rounded


def test_a_feed_s_items_are_text_and_escaped_markup_is_read() -> None:
    text = xml_text(FEED) or ""
    assert "Annual inflation was 4.82% in October 2026." in text.splitlines()
    assert "<p>" not in text and "https://example.org" not in text
    claim = "Annual inflation eased to 4.82% in October."
    assert check(claim, text).outcome is SourceOutcome.CONFIRMED
    assert check("Annual inflation eased to 5.10% in October.", text).outcome is (
        SourceOutcome.CONTRADICTED
    )


def test_xml_observations_in_attributes_are_cells() -> None:
    sdmx = (
        b'<DataSet><Series INDICATOR="Retail sales volume" UNIT="%">'
        b'<Obs TIME_PERIOD="2026-09" OBS_VALUE="1.2"/><Obs TIME_PERIOD="2026-10" OBS_VALUE="-0.3"/>'
        b"</Series></DataSet>"
    )
    text = xml_text(sdmx) or ""
    assert "Data Set · Series · Retail sales volume · Obs · 2026-10 · OBS VALUE (%) · -0.3" in (
        text.splitlines()
    )


@pytest.mark.parametrize(
    ("body", "content_type", "said"),
    [
        (b"{not json", "application/json", "That link says it is JSON but is not valid JSON."),
        (b"<rss><channel>", "application/rss+xml", "is not valid XML"),
        (b"{}", "application/json", "That JSON answer has no text in it."),
    ],
)
def test_data_that_cannot_be_read_says_why(body: bytes, content_type: str, said: str) -> None:
    with pytest.raises(UnreadableDocument, match=said):
        read_document(body, content_type, "https://example.org/api", DocumentLimits())


def test_an_entity_in_xml_is_not_expanded() -> None:
    # A billion-laughs document reads as nothing rather than as gigabytes.
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r><note>&b;</note></r>'
    )
    assert "aaaaaaaaaa" not in (xml_text(bomb) or "")


ANSWER = json.dumps(
    {
        "indicator": "unemployment rate",
        "unit": "percent",
        "observations": [{"month": "May", "value": 4.7}, {"month": "April", "value": 4.9}],
    }
).encode()


async def test_a_run_citing_a_json_answer_confirms_at_the_gate(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    _serve(site, "/sources/ok", ANSWER, "application/json")
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "ok", "4.7%"))
        result = await wait_for_result(slack, "C1", ts, run_id)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.SUCCEEDED
    [gate] = [g for g in run.gates if g.name == "fact_check"]
    assert gate.decision is GateDecision.CONTINUE
    assert "“4.7%” confirmed: unemployment rate · observations · May · value" in result.text


async def test_a_run_citing_a_json_answer_with_another_value_escalates(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    _serve(site, "/sources/bad", ANSWER, "application/json")
    async with desk(database_url, slack, site) as app:
        ts, run_id = await _paste(app, slack, site, _story(site, "bad", "3.1%"))
        message = await _escalation(slack, ts)
        run = await settled_run(app, run_id)
    assert run.status is RunStatus.WAITING
    assert "the article says 3.1%, the source says 4.7" in str(message.blocks)


def test_an_atom_summary_s_paragraphs_are_sentences_of_their_own() -> None:
    feed = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Publications</title><entry>'
        b'<title>Alcohol related hospital statistics</title><summary type="html">'
        b"&lt;p&gt;There were 35,187 alcohol-related hospital stays in Scotland, a rate of 636 "
        b"stays per 100,000 population (age-standardised).&lt;/p&gt;&lt;p&gt;Rates were highest "
        b"in Inverclyde (1,094 per 100,000) and lowest in Orkney (402).&lt;/p&gt;</summary>"
        b"</entry></feed>"
    )
    text = xml_text(feed) or ""
    assert "Rates were highest in Inverclyde (1,094 per 100,000) and lowest in Orkney (402)." in (
        text.splitlines()
    )
    # A rate is no count: the stays do not contradict Inverclyde's rate, another rate does.
    claim = "Inverclyde had the highest rate of alcohol-related hospital stays, {} per 100,000."
    assert check(claim.format("1,094"), text).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format("1,194"), text).outcome is SourceOutcome.CONTRADICTED


@pytest.mark.parametrize("head", ["Rate per 100,000", "Incidence Rate (1/100 000)"])
def test_a_rate_column_is_a_rate(head: str) -> None:
    table = (
        f"Pulmonary Tuberculosis · Incidence (case) · 612540\n"
        f"Pulmonary Tuberculosis · {head} · 43.51\nSyphilis · {head} · 38.37"
    )
    claim = "Pulmonary tuberculosis was diagnosed at a rate of {} cases per 100,000 people."
    assert check(claim.format("43.51"), table).outcome is SourceOutcome.CONFIRMED
    wrong = check(claim.format("38.37"), table)
    assert (wrong.outcome, wrong.source_figure) == (SourceOutcome.CONTRADICTED, "43.51")
