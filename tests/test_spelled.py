"""Numbers a source spells out, read as the figures an article writes in digits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestrator.figures import figures_in
from orchestrator.spelled import cited_in_words, spelled_figures


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Twelve libraries closed.", "Twelve", Decimal(12), None),
        ("It cost three hundred and forty-two pounds.", "three hundred and forty-two", 342, None),
        ("Some three million people.", "three million", Decimal(3_000_000), None),
        ("two and a half million visits", "two and a half million", Decimal(2_500_000), None),
        ("twenty-five per cent of staff", "twenty-five per cent", Decimal(25), "%"),
        ("A quarter of households", "A quarter", Decimal(25), "%"),
        ("three quarters of firms", "three quarters", Decimal(75), "%"),
        ("one in five adults", "one in five", Decimal(20), "%"),
        ("seven in ten voters", "seven in ten", Decimal(70), "%"),
        ("half of all schools", "half", Decimal(50), "%"),
        ("half the councils", "half", Decimal(50), "%"),
        ("nine out of ten voters", "nine out of ten", Decimal(90), "%"),
    ],
)
def test_spelled_out_numbers_and_shares_are_figures(
    text: str, written: str, value: Decimal, unit: str | None
) -> None:
    [(figure, at)] = spelled_figures(text)
    assert (figure.text, figure.value, figure.unit) == (written, value, unit)
    assert text[at : at + len(written)] == written  # the source's own words are the evidence


@pytest.mark.parametrize(
    "text",
    [
        "one of the largest councils",  # a pronoun, not a quantity
        "in the first quarter",  # a period
        "in the first half of the year",  # a period too
        "a quarter of a million",  # a count this reader leaves alone rather than misreads
        "between two and three",  # two numbers, not five
        "a million reasons",  # a scale word alone
    ],
)
def test_words_that_are_not_a_figure_are_left_alone(text: str) -> None:
    assert spelled_figures(text) == []


def test_a_share_in_words_matches_its_nearest_whole_percentage() -> None:
    [(two_thirds, _)] = spelled_figures("two thirds of members")
    [article] = figures_in("67 percent")
    [precise] = figures_in("66.7 percent")
    [wrong] = figures_in("66 percent")
    assert article.matches(two_thirds) and precise.matches(two_thirds)
    assert not wrong.matches(two_thirds)


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("Twenty-one bridges in the county were closed.", "Twenty-one", Decimal(21)),
        ("The port welcomed forty-nine cruise ships.", "forty-nine", Decimal(49)),
        ("About two million passengers flew.", "two million", Decimal(2_000_000)),
        ("More than a million people voted early.", "a million", Decimal(1_000_000)),
    ],
)
def test_a_story_cites_figures_in_words_too(sentence: str, written: str, value: Decimal) -> None:
    (figure,) = cited_in_words(sentence)
    assert (figure.text, figure.value) == (written, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is one of the busiest ports.",
        "Two of the schools closed.",
        "The works took three years.",
        "Prices rose for the first quarter.",
        "Visits fell twice in four weeks.",
        "A million of them were late.",
        "The two companies said the deal would close.",
    ],
)
def test_a_story_s_words_that_are_no_cited_figure(sentence: str) -> None:
    assert cited_in_words(sentence) == []
