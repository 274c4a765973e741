from decimal import Decimal

import pytest

from orchestrator.figures import Figure, FigureIndex, contains_figure, figures_in
from orchestrator.quotes import quotes_in
from orchestrator.sentences import sentence_spans, split_sentences


def only_figure(text: str) -> Figure:
    figures = figures_in(text)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$4.2 billion", "4200000000", "USD"),
        ("4.2bn dollars", "4200000000", "USD"),
        ("$4,200,000,000", "4200000000", "USD"),
        ("£4.2bn", "4200000000", "GBP"),
        ("€12.5 mn", "12500000", "EUR"),
        ("US$5.5 million", "5500000", "USD"),
        ("$50k", "50000", "USD"),
        ("12m", "12000000", None),
        ("1,200", "1200", None),
        ("3.5%", "3.5", "%"),
        ("40 per cent", "40", "%"),
        ("40 percent", "40", "%"),
        ("1.5 percentage points", "1.5", "pp"),
        ("2024", "2024", None),
        ("5km", "5", "km"),
    ],
)
def test_figures_are_normalised_to_a_value_and_unit(
    text: str, value: str, unit: str | None
) -> None:
    figure = only_figure(f"It was {text} in all.")
    assert figure.value == Decimal(value)
    assert figure.unit == unit
    assert figure.text == text


@pytest.mark.parametrize("other", ["4.2bn dollars", "$4,200,000,000", "4.2 billion", "$4.2bn"])
def test_the_same_amount_written_differently_matches(other: str) -> None:
    assert only_figure("$4.2 billion").matches(only_figure(other))


@pytest.mark.parametrize("other", ["$5.2 billion", "$4.2 million", "4.2%", "£4.2 billion"])
def test_a_different_amount_or_unit_does_not_match(other: str) -> None:
    assert not only_figure("$4.2 billion").matches(only_figure(other))


def test_a_percentage_is_never_a_plain_count() -> None:
    assert not only_figure("40").matches(only_figure("40%"))
    assert not only_figure("40%").matches(only_figure("40"))
    assert only_figure("40%").matches(only_figure("40 per cent"))


def test_a_rounded_figure_is_supported_by_a_precise_one_but_not_the_reverse() -> None:
    assert only_figure("$4.2 billion").matches(only_figure("$4,213,000,000"))
    assert not only_figure("$4,213,000,000").matches(only_figure("$4.2 billion"))


def test_rounding_may_not_stretch_far() -> None:
    # "$4 billion" rounds "$4.4 billion" to its precision, but that changes the story.
    assert not only_figure("$4 billion").matches(only_figure("$4.4 billion"))
    assert not only_figure("10 million").matches(only_figure("14 million"))


@pytest.mark.parametrize(
    "text",
    ["the 21st century", "the 1990s", "COVID-19 cases", "an F-35 jet", "the RAV4 hybrid"],
)
def test_positions_decades_and_model_names_are_not_figures(text: str) -> None:
    assert figures_in(text) == []


def test_a_number_is_never_found_inside_a_longer_one() -> None:
    two = only_figure("2")
    assert contains_figure("Sales rose in 2024 and 1.25 times over.", two) is None
    assert contains_figure("Sales rose in 2024. Then 2 stores closed.", two) == (
        "Then 2 stores closed."
    )


def test_contains_figure_returns_the_sentence_it_was_found_in() -> None:
    text = "The firm was founded in 1990. It was sold for $4,200,000,000 on Monday. It grew."
    found = contains_figure(text, only_figure("$4.2 billion"))
    assert found == "It was sold for $4,200,000,000 on Monday."
    assert contains_figure(text, only_figure("$5.2 billion")) is None


def test_years_are_marked_as_weak_evidence() -> None:
    assert only_figure("in 2024").is_year
    assert not only_figure("2,024 people").is_year
    assert not only_figure("$2024").is_year


def test_quotes_in_finds_curly_and_straight_quotations() -> None:
    text = 'She said “we are thrilled” and he said "it is done". “Unclosed\nand “closed”'
    assert quotes_in(text) == ["we are thrilled", "it is done", "closed"]


def test_sentences_survive_abbreviations_decimals_and_quotes() -> None:
    text = (
        "Mr. Smith met Dr. Jones in Washington on Jan. 5 for talks. "
        "Growth in the U.S. economy was 3.5% last year. "
        "Sales rose in the U.S. The company said “We are thrilled.” "
        "J. K. Rowling spoke! Why? Apple Inc. reported results."
    )
    assert split_sentences(text) == [
        "Mr. Smith met Dr. Jones in Washington on Jan. 5 for talks.",
        "Growth in the U.S. economy was 3.5% last year.",
        "Sales rose in the U.S.",
        "The company said “We are thrilled.”",
        "J. K. Rowling spoke!",
        "Why?",
        "Apple Inc. reported results.",
    ]


def test_every_line_ends_a_sentence_and_spans_point_into_the_text() -> None:
    text = "A headline without a full stop\n\n  First sentence here. Second one.\n"
    spans = sentence_spans(text)
    assert [text[start:end] for start, end in spans] == [
        "A headline without a full stop",
        "First sentence here.",
        "Second one.",
    ]


def test_the_index_finds_figures_in_the_first_sentence_that_states_them() -> None:
    index = FigureIndex("Revenue was $1.1 billion. Costs were $1,100,000,000 too.")
    assert index.find(only_figure("$1.1bn")) == "Revenue was $1.1 billion."
    assert index.find(only_figure("$1.2bn")) is None


def test_and_joins_a_range_only_after_between() -> None:
    # "48,300 in 2025 and 51,900 in 2024": a year and the next figure are two figures.
    two = figures_in("Police recorded 48,300 offences in 2025 and 51,900 in 2024.")
    assert [(f.text, f.is_year) for f in two] == [
        ("48,300", False),
        ("2025", True),
        ("51,900", False),
        ("2024", True),
    ]
    [low, high] = figures_in("Growth of between 2 and 3 per cent is expected.")
    assert (low.unit, high.unit) == ("%", "%")
    [first, _] = figures_in("Sales were 1200 and 1300 homes.")
    assert first.plain  # no range: the first keeps its own (bare) notation


def test_a_whole_number_is_supported_by_a_fraction_that_rounds_to_it() -> None:
    assert only_figure("44 per cent").matches(only_figure("44.36 per cent"))
    assert only_figure("312").matches(only_figure("311.6"))
    assert not only_figure("44 per cent").matches(only_figure("44.6 per cent"))
    # An exact count is not another exact count, and a decimal is not rounded up to one.
    assert not only_figure("312").matches(only_figure("313"))
    assert not only_figure("44.4 per cent").matches(only_figure("44 per cent"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("₹1.72 lakh crore", Decimal("1.72e12")),
        ("₹45 crore", Decimal("4.5e8")),
        ("3 lakh", Decimal("3e5")),
    ],
)
def test_indian_scales_are_read(text: str, value: Decimal) -> None:
    figure = only_figure(text)
    assert figure.value == value and figure.scaled
    assert not figure.matches(only_figure("₹1.72"))
