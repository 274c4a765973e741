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
        # A share of a scale is a count, not a percentage.
        ("a quarter of a million visitors", "a quarter of a million", Decimal(250_000), None),
        ("half a million voters", "half a million", Decimal(500_000), None),
        ("three-quarters of a billion", "three-quarters of a billion", Decimal(750_000_000), None),
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


@pytest.mark.parametrize(
    ("claim", "source", "supported"),
    [
        ("just over half a million visitors", "503,214 visitors", True),
        ("a quarter of a million passengers", "252,000 passengers", True),
        ("half a million visitors", "612,000 visitors", False),
    ],
)
def test_a_share_of_a_scale_is_rounded_to_a_hundredth_of_it(
    claim: str, source: str, supported: bool
) -> None:
    [figure] = cited_in_words(claim)
    assert figure.matches(figures_in(source)[0]) is supported


def test_a_story_cites_a_share_it_spells_out() -> None:
    found = cited_in_words("Three-quarters of the 2022 graduates had jobs; one in five did not.")
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("Three-quarters", Decimal(75), "%"),
        ("one in five", Decimal(20), "%"),
    ]


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("The margin narrowed by nine basis points.", "nine basis points", Decimal("0.09")),
        ("The rate rose two percentage points.", "two percentage points", Decimal(2)),
        ("Yields fell one percentage point.", "one percentage point", Decimal(1)),
    ],
)
def test_points_in_words_are_a_change_in_points(
    sentence: str, written: str, value: Decimal
) -> None:
    (figure,) = cited_in_words(sentence)
    assert (figure.text, figure.value, figure.unit) == (written, value, "pp")
    # The release's digits, either way it writes them.
    (six,) = figures_in("down 6 basis points")
    assert figure.matches(figures_in(f"by {value} percentage points")[0])
    assert not figure.matches(six)
