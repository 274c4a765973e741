"""Which row of a source's table is the story's: the row that names the story's region, the
caption's whole rather than one of its parts, a unit written once for the table in a note,
a unit row under the heads, a title row over them. Each rule on both outcomes: the clean
sentence is confirmed, the planted one is not."""

from __future__ import annotations

from orchestrator.domain import SourceOutcome
from orchestrator.figures import figures_in
from orchestrator.reading.documents import DocumentLimits, read_document
from orchestrator.sourcecheck import FigureCheck, check_figure, source_text
from orchestrator.subjects import context_words


def read(body: str, content_type: str = "text/html") -> str:
    url = "https://stats.example/release"
    return read_document(body.encode(), content_type, url, DocumentLimits()).text


def check(claim: str, source: str, figure: str | None = None) -> FigureCheck:
    chosen = next(f for f in figures_in(claim) if figure is None or f.text == figure)
    return check_figure(chosen, claim, source_text(source))


MONSOON = (
    "PAKISTAN METEOROLOGICAL DEPARTMENT\n"
    "NATIONAL AGROMET CENTRE, ISLAMABAD\n\n"
    "MONSOON 2025: RAINFALL SUMMARY (01 JULY - 30 SEPTEMBER)\n\n"
    "REGION                     ACTUAL(mm)  NORMAL(mm)  DEPARTURE(%)\n"
    "PUNJAB                          402.1       289.3          +39\n"
    "SINDH                           196.4       144.8          +36\n"
    "PAKISTAN (AREA-WEIGHTED)        231.8       193.5          +20\n\n"
    "Normal: 1991-2020 average. Provisional, subject to quality control.\n"
)


def test_the_row_naming_the_storys_country_is_its_row_though_the_heading_names_it_too() -> None:
    # Every row sits under "PAKISTAN METEOROLOGICAL DEPARTMENT": the heading's word picks no
    # row, the "PAKISTAN" row's own label does.
    source = read(MONSOON, "text/plain")
    planted = check("Monsoon rainfall across Pakistan was 39 per cent above normal.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
    assert planted.source_figure == "20"
    clean = check("Monsoon rainfall across Pakistan was 20 per cent above normal.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    punjab = check("Monsoon rainfall in Punjab was 39 per cent above normal.", source)
    assert punjab.outcome is SourceOutcome.CONFIRMED, punjab


EARNINGS = (
    "<h1>Average monthly earnings, September 2026</h1><table>"
    "<tr><th>Sector</th><th>Gross (HUF)</th><th>Gross, change on a year earlier (%)</th></tr>"
    "<tr><td>National economy, total</td><td>704 400</td><td>9.1</td></tr>"
    "<tr><td>Business sector</td><td>726 900</td><td>9.4</td></tr>"
    "<tr><td>Non-profit sector</td><td>598 100</td><td>7.5</td></tr></table>"
)


def test_a_non_profit_row_is_not_about_the_storys_earnings() -> None:
    # "earnings" and "profit" are one thing to copydesk; "non-profit" is not about profit.
    assert context_words("earnings") & context_words("profit")
    assert not context_words("earnings") & context_words("Non-profit sector")
    source = read(EARNINGS)
    clean = check("Average gross earnings rose 9.1% on a year earlier.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    planted = check("Average gross earnings rose 7.5% on a year earlier.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted


def test_an_and_right_after_a_figure_ends_its_clause_not_one_inside_the_next_subject() -> None:
    source = (
        "Electricity prices rose 11.3 percent and local authority rates and payments 8.8 percent."
    )
    clean = check("Local council rates rose 8.8 per cent in the year.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    planted = check("Local council rates rose 11.3 per cent in the year.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
    assert planted.source_figure == "8.8 percent"


def test_a_change_in_brackets_takes_no_period_from_outside_them() -> None:
    # "($1.62) from the September 2024 quarter" is the change, not the level a year ago.
    source = (
        "Average ordinary time hourly earnings were $43.29, up 3.9 percent ($1.62) from the "
        "September 2024 quarter."
    )
    clean = check(
        "Average ordinary hourly earnings rose to just over NZ$43 in the September quarter.", source
    )
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    planted = check(
        "Average ordinary hourly earnings rose to just over NZ$45 in the September quarter.", source
    )
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
