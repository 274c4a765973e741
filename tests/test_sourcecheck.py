"""A cited figure against its source's own text: notation, rounding, units, context."""

from __future__ import annotations

import pytest

from orchestrator.domain import SourceOutcome
from orchestrator.figures import figures_in
from orchestrator.sourcecheck import FigureCheck, check_figure, source_text


def check(claim: str, source: str, figure: str | None = None) -> FigureCheck:
    figures = figures_in(claim)
    chosen = next(f for f in figures if figure is None or f.text == figure)
    return check_figure(chosen, claim, source_text(source))


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # percentages
        ("Unemployment was 3.1 percent.", "Unemployment stood at 3.1%."),
        ("Unemployment was 3.1%.", "Unemployment stood at 3.1 per cent."),
        ("Unemployment was 3.1 per cent.", "Unemployment stood at 3.1 percent."),
        # money
        ("The budget is $58 million.", "The budget is 58 million dollars."),
        ("The budget is $58 million.", "The budget is $58,000,000."),
        ("The budget is $58 million.", "The budget is $58m."),
        ("The budget is 58 million dollars.", "The budget is $58m."),
        # counts
        ("Starts reached 1,200 homes.", "Starts reached 1200 homes."),
        ("Starts reached 1200 homes.", "Starts reached 1,200 homes."),
        ("Starts reached 1.2 thousand homes.", "Starts reached 1,200 homes."),
        ("Exports reached 2.3bn euros.", "Exports reached 2.3 billion euros."),
        ("Exports reached 2.3 billion euros.", "Exports reached €2.3bn."),
        # negatives, and a fall written in words
        ("Ridership changed by -0.3% last year.", "Ridership changed by −0.3 percent."),
        ("Ridership fell 0.3 percent last year.", "Ridership changed by -0.3%."),
        # ranges: the unit after the second number belongs to the first too
        ("Growth of 3-4 percent is expected.", "Growth is expected at 3 to 4 per cent."),
    ],
)
def test_notations_of_the_same_figure_confirm_each_other(claim: str, source: str) -> None:
    result = check(claim, source)
    assert result.outcome is SourceOutcome.CONFIRMED, result
    assert not result.rounded


def test_a_rounded_figure_is_confirmed_and_the_evidence_says_it_was_rounded() -> None:
    result = check("Inflation eased to 3.1 per cent.", "Consumer price inflation was 3.14%.")
    assert result.outcome is SourceOutcome.CONFIRMED
    assert result.rounded and result.source_figure == "3.14%"
    assert result.sentence() == (
        "“3.1 per cent” confirmed (rounded from 3.14%): Consumer price inflation was 3.14%."
    )


def test_another_value_for_the_same_thing_is_a_contradiction_showing_both() -> None:
    result = check("Unemployment fell to 3.1 percent in May.", "Unemployment was 4.7% in May.")
    assert result.outcome is SourceOutcome.CONTRADICTED
    assert result.source_figure == "4.7%"
    assert result.sentence() == (
        "the article says 3.1 percent, the source says 4.7%: Unemployment was 4.7% in May."
    )


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Unemployment was 3.1 percent.", "Unemployment was 3.1 million."),  # % is not a count
        ("The budget is $58 million.", "The budget is £58 million."),  # currencies differ
        ("Prices rose 4 percent.", "Prices rose 4 percentage points."),
        ("The budget is $4 billion.", "The budget is $4.4 billion."),  # rounded too far
    ],
)
def test_units_must_agree(claim: str, source: str) -> None:
    assert check(claim, source).outcome is not SourceOutcome.CONFIRMED


def test_the_same_number_about_something_else_is_not_support() -> None:
    source = (
        "Consumer prices rose 3.1 percent over the year. The unemployment rate was 4.7 percent."
    )
    result = check("The unemployment rate fell to 3.1 percent.", source)
    assert result.outcome is SourceOutcome.CONTRADICTED
    assert result.source_figure == "4.7 percent"


def test_a_number_only_about_something_else_is_not_found() -> None:
    result = check("The unemployment rate fell to 3.1 percent.", "Consumer prices rose 3.1%.")
    assert result.outcome is SourceOutcome.NOT_FOUND
    assert result.found == (
        "“3.1 percent” is in the cited source only about something else: Consumer prices rose 3.1%."
    )


def test_a_figure_absent_from_the_source_is_not_found() -> None:
    result = check("The unemployment rate fell to 3.1 percent.", "The office publishes monthly.")
    assert result.outcome is SourceOutcome.NOT_FOUND
    assert result.found == "“3.1 percent” does not appear in the cited source."


def test_a_table_cell_is_found_by_its_row_and_column_and_its_header_unit() -> None:
    source = (
        "Series · April · May\n"
        "Housing starts (thousands) · April · 3.95\n"
        "Housing starts (thousands) · May · 4.2\n"
        "Unemployment rate (%) · April · 4.9\n"
        "Unemployment rate (%) · May · 4.7\n"
    )
    assert check("Housing starts rose to 4,200 in May.", source).found == (
        "Housing starts (thousands) · May · 4.2"
    )
    confirmed = check("Unemployment was 4.7 percent in May.", source)
    assert confirmed.outcome is SourceOutcome.CONFIRMED
    # April's figure given for May is the wrong cell: a contradiction with May's.
    wrong = check("Unemployment was 4.9 percent in May.", source)
    assert wrong.outcome is SourceOutcome.CONTRADICTED
    assert wrong.found == "Unemployment rate (%) · May · 4.7"


def test_a_distinctive_amount_confirms_even_where_the_source_words_it_differently() -> None:
    result = check(
        "Harbor agreed to buy Northwind for $4.2 billion.", "The price is $4,200,000,000."
    )
    assert result.outcome is SourceOutcome.CONFIRMED
    # ... but a small percentage never does on its number alone.
    assert check("Turnout rose to 5%.", "Margins were 5%.").outcome is SourceOutcome.NOT_FOUND


def test_a_release_s_heading_says_what_its_bare_figure_is_about() -> None:
    release = "Unemployment, May 2026\nIt stood at 4.7 percent."
    assert check("Unemployment fell to 4.7% in May.", release).outcome is SourceOutcome.CONFIRMED
    wrong = check("Unemployment fell to 3.1% in May.", release)
    assert wrong.outcome is SourceOutcome.CONTRADICTED


def test_a_story_s_word_for_the_same_thing_is_the_release_s() -> None:
    release = "Labour bulletin\nThe unemployment rate was 4.7 percent."
    assert check("The jobless rate fell to 4.7% in May.", release).outcome is (
        SourceOutcome.CONFIRMED
    )
