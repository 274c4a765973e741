"""A hedged figure ("nearly £287,500") against its source: the hedge's side, within the
rounding the article's figure implies, said to be rounded — through the source check."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestrator.domain import SourceOutcome
from orchestrator.figures import figures_in
from orchestrator.hedges import implied_rounding
from orchestrator.sourcecheck import FigureCheck, check_figure, source_text


def check(claim: str, source: str) -> FigureCheck:
    figure = next(f for f in figures_in(claim) if not f.is_year)
    return check_figure(figure, claim, source_text(source))


HOUSES = "The average price paid for a house in the county was £287,460 in September."


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The average house in the county sold for nearly £287,500 in September.", HOUSES),
        ("The average house in the county sold for almost £287,500 in September.", HOUSES),
        ("The average house in the county sold for just under £287,500.", HOUSES),
        ("The average house in the county sold for about £287,500 in September.", HOUSES),
        ("The average house in the county sold for around £287,000.", HOUSES),
        ("More than 400 people were rescued.", "Crews rescued 412 people."),
        ("Just over 1,000 flights were cancelled.", "Airlines cancelled 1,038 flights."),
        ("Some 3,000 runners took part.", "The race had 2,987 runners taking part."),
        ("Roughly 2.3bn euros of exports went east.", "Exports to the east were €2.34bn."),
        ("Nearly 40% of pupils walk to school.", "Of pupils, 39.2 per cent walk to school."),
        # Rounded to the ten million, as its digits show: "About 830 million" is 831 million.
        (
            "About 830 million people live in extreme poverty.",
            "831 million people live in extreme poverty.",
        ),
    ],
)
def test_a_hedge_admits_the_rounding_it_says(claim: str, source: str) -> None:
    result = check(claim, source)
    assert result.outcome is SourceOutcome.CONFIRMED, result
    assert result.rounded
    assert "confirmed (rounded from " in result.sentence()


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # The wrong side of the hedge.
        ("The average house in the county sold for nearly £287,400.", HOUSES),
        ("More than 420 people were rescued.", "Crews rescued 412 people."),
        # Further than the figure's last digit implies.
        ("The average house in the county sold for nearly £287,300.", HOUSES),
        ("Some 3,000 runners took part.", "The race had 2,387 runners taking part."),
        # Round, but far more than rounding: "nearly 300" is not 210.
        ("Nearly 300 homes were flooded.", "Floods reached 210 homes."),
        # Digits swapped are a contradiction, hedge or not.
        ("The average house in the county sold for nearly £278,500.", HOUSES),
        # A hedge never changes the unit.
        ("Nearly 40% of pupils walk to school.", "Of pupils, 39 million walk to school."),
        (
            "About 830 million people live in extreme poverty.",
            "838 million people live in extreme poverty.",
        ),
    ],
)
def test_a_hedge_does_not_stretch_beyond_its_side_and_rounding(claim: str, source: str) -> None:
    assert check(claim, source).outcome is not SourceOutcome.CONFIRMED


def test_without_a_hedge_a_whole_number_must_be_exact() -> None:
    result = check("The average house in the county sold for £287,500 in September.", HOUSES)
    assert result.outcome is SourceOutcome.CONTRADICTED
    assert result.source_figure == "£287,460"


def test_a_hedge_reaches_only_the_words_right_before_the_figure() -> None:
    far = "Nearly all the buyers, the agents said last month, paid £287,500 for a house."
    assert check(far, HOUSES).outcome is SourceOutcome.CONTRADICTED


@pytest.mark.parametrize(
    ("written", "step"),
    [("287,500", "100"), ("812", "1"), ("3.1", "0.1"), ("$4.2 billion", "100000000")],
)
def test_the_rounding_a_figure_implies_is_its_last_digit(written: str, step: str) -> None:
    assert implied_rounding(figures_in(written)[0]) == Decimal(step)
