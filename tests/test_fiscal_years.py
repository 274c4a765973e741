"""Fiscal and season years ("2024-25", "2024/25", "FY2025") are periods, never figures."""

from __future__ import annotations

import pytest

from orchestrator.domain import SourceOutcome
from orchestrator.figures import figures_in
from orchestrator.periods import different_periods, period_of
from orchestrator.reading.tables import table_lines
from orchestrator.sourcecheck import check_figure, source_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The service helped 2,614 households in 2024-25.", ["2,614"]),
        ("Spending was £4.1m in 2024/25.", ["£4.1m"]),
        ("The 2024–2025 season drew 41,200 fans.", ["41,200"]),
        ("Revenue was $58m in FY2025 and $51m in FY24.", ["$58m", "$51m"]),
        ("Rates rose 5% between 2020-24.", ["5%"]),  # a span of years is a period too
        ("Budgets for 1999-00 were cut by 3 per cent.", ["3 per cent"]),
        # Not a year after a year: still figures.
        ("Growth of 3-4 percent is expected.", ["3", "4 percent"]),
        ("The vote went 2024-13 against the motion.", ["2024", "13"]),
        # A year and a month, as data files write them: a date, no figures.
        ("Figures for 2024-12 are provisional.", []),
        ("Counted on 2024-10-31 at noon.", []),
        ("Between 1,200-1,500 people attended.", ["1,200", "1,500"]),
    ],
)
def test_a_fiscal_year_is_not_split_into_figures(text: str, figures: list[str]) -> None:
    assert [figure.text for figure in figures_in(text)] == figures


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("It helped 2,614 households in 2024-25.", "2,614", "fiscal:2025"),
        ("It helped 2,614 households in 2024/2025.", "2,614", "fiscal:2025"),
        ("Revenue was $58m in FY2025.", "$58m", "fiscal:2025"),
        ("Revenue was $58m in FY25.", "$58m", "fiscal:2025"),
        ("Revenue was $58m in fiscal 2025.", "$58m", "fiscal:2025"),
        ("In 2023-24, it helped 2,390 households.", "2,390", "fiscal:2024"),
        ("It helped 2,614 households in 2024.", "2,614", "year:2024"),
        # The reach is to where a period starts, however long its name.
        (
            "It collected 96.2 per cent of council tax due in 2024-25.",
            "96.2 per cent",
            "fiscal:2025",
        ),
    ],
)
def test_a_fiscal_year_is_the_period_of_its_figure(text: str, figure: str, period: str) -> None:
    at = text.find(figure)
    assert period_of(text, at, at + len(figure)) == period


def test_a_fiscal_year_is_compared_only_with_fiscal_years() -> None:
    assert different_periods("fiscal:2025", "fiscal:2024")
    assert not different_periods("fiscal:2025", "year:2024")  # 2024-25 overlaps 2024


def test_only_the_cited_figure_is_checked_and_confirmed() -> None:
    claim = "The homelessness service supported 2,614 households in 2024-25, the report shows."
    source = source_text("The city's homelessness service helped 2,614 households in 2024-25.")
    [figure] = figures_in(claim)
    result = check_figure(figure, claim, source)
    assert result.outcome is SourceOutcome.CONFIRMED, result


def test_a_table_headed_by_fiscal_years_reads_each_column_s_year() -> None:
    lines = table_lines(
        [["Service", "2023-24", "2024-25"], ["Households helped", "2,390", "2,614"]],
        "Homelessness service",
    )
    assert "Households helped · 2024-25 · 2,614" in lines
    source = source_text("\n".join(lines))
    right = "The service helped 2,614 households in 2024-25."
    assert check_figure(figures_in(right)[0], right, source).outcome is SourceOutcome.CONFIRMED
    # The year before's figure given for 2024-25 is the wrong cell: a contradiction.
    wrong = "The service helped 2,390 households in 2024-25."
    result = check_figure(figures_in(wrong)[0], wrong, source)
    assert result.outcome is SourceOutcome.CONTRADICTED, result
    assert result.source_figure == "2,614"


def test_this_year_and_a_named_year_are_two_periods() -> None:
    from orchestrator.periods import claim_period

    story = "The OECD expects Canada's economy to grow 1.0% this year and 1.1% in 2026."
    # The 2026 is the second figure's: the first is this year's, whatever year that is.
    first, second = story.find("1.0%"), story.find("1.1%")
    assert claim_period(story, first, first + 4) is None
    assert claim_period(story, second, second + 4) == "year:2026"
