"""Figures as the world's statistics offices and newsrooms write them: local currencies,
number groupings, dates in data files, periods with their year, and sentences that give
several figures, each about its own clause. Each rule is checked on both outcomes: the
clean sentence is confirmed, the planted one is not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestrator.citations import follow_citations, unread_amounts
from orchestrator.domain import Article, ArticleLink, SourceOutcome
from orchestrator.figures import figures_in
from orchestrator.ports import DraftClaim
from orchestrator.reading.documents import _grid
from orchestrator.sourcecheck import FigureCheck, check_figure, source_text
from test_citations import FakeReader


def check(claim: str, source: str, figure: str | None = None) -> FigureCheck:
    chosen = next(f for f in figures_in(claim) if figure is None or f.text == figure)
    return check_figure(chosen, claim, source_text(source))


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("KSh2.4bn", "2400000000", "KES"),
        ("KSh 2.41 billion", "2410000000", "KES"),
        ("R$312m", "312000000", "BRL"),
        ("R 1.2 billion", "1200000000", "ZAR"),
        ("₦1.2trn", "1200000000000", "NGN"),
        ("N2.5bn", "2500000000", "NGN"),
        ("45m CHF", "45000000", "CHF"),
        ("EUR 2.3m", "2300000", "EUR"),
        ("4.5bn kronor", "4500000000", "SEK"),
        ("Rs 3,400 crore", "34000000000", "INR"),
        ("8 181,72 zł", "8181.72", "PLN"),
        ("2.41 billion shillings", "2410000000", "KES"),
        ("32.9pc", "32.9", "%"),
    ],
)
def test_a_local_currency_or_notation_is_read_to_one_code(
    written: str, value: str, unit: str
) -> None:
    [figure] = figures_in(f"It came to {written} in all.")
    assert (figure.text, figure.value, figure.unit) == (written, Decimal(value), unit)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("2,78,94,512", 27894512),  # Indian grouping
        ("44’893", 44893),  # Swiss
        ("2 782 455", 2782455),  # spaces, as South Africa and the Nordics write
        ("32,9", Decimal("32.9")),  # a decimal comma
    ],
)
def test_number_groupings_read_as_one_number(written: str, value: Decimal) -> None:
    [figure] = figures_in(f"The total was {written} this year.")
    assert figure.value == value


@pytest.mark.parametrize("text", ["a road called R2", "N95 masks", "the A320 and the M25", "4G"])
def test_codes_that_look_like_money_are_not_figures(text: str) -> None:
    assert figures_in(text) == []
    assert unread_amounts(text) == []


def test_a_local_currency_is_checked_at_its_source() -> None:
    source = "Coffee export earnings in January 2025 were KSh 2.41 billion."
    assert check("Kenya earned KSh2.4bn from coffee in January.", source).outcome is (
        SourceOutcome.CONFIRMED
    )
    planted = check("Kenya earned KSh1.4bn from coffee in January.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED
    # A dollar is any dollar (a Canadian story's "$" is its source's "C$"); a pound no euro.
    assert check("Sales reached $4.2bn.", "Sales reached C$4.2 billion.").outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("Sales reached £4.2bn.", "Sales reached €4.2 billion.").outcome is not (
        SourceOutcome.CONFIRMED
    )


def test_a_caption_s_currency_and_scale_belong_to_every_cell() -> None:
    cell = "Spending (£000) · Car parks · 2024 · 4,187"
    assert check("The hospital spent £4.2 million on car parks in 2024.", cell).outcome is (
        SourceOutcome.CONFIRMED
    )
    table = "Rail freight transport, million tonnes (provisional) · Total · Q1 2025 · 81.9"
    assert check("Rail freight fell to 81.9 million tonnes.", table).outcome is (
        SourceOutcome.CONFIRMED
    )


def test_a_month_with_its_year_is_that_year_s_month() -> None:
    source = (
        "In October 2025, 19,870 solar PV installations were certified, compared with "
        "15,300 in October 2024."
    )
    clean = "Installers fitted 19,870 solar panel systems in October 2025."
    planted = "Installers fitted 15,300 solar panel systems in October 2025."
    assert check(clean, source, "19,870").outcome is SourceOutcome.CONFIRMED
    assert check(planted, source, "15,300").outcome is SourceOutcome.CONTRADICTED


def test_a_data_file_s_month_is_a_date_and_picks_its_row() -> None:
    rows = "\n".join(
        f"month · {month} · avg data per subscriber GB · {value}"
        for month, value in (("2024-10", "11.8"), ("2024-11", "12.1"), ("2024-12", "12.6"))
    )
    claim = "Average data use reached {} gigabytes per subscriber in December."
    assert check(claim.format("12.6"), rows).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format("11.8"), rows).outcome is SourceOutcome.CONTRADICTED


def test_a_bracketed_prior_period_is_the_prior_period() -> None:
    source = "Avalanche warnings issued: 41 in winter 2024/25 (winter 2023/24: 29)."
    claim = "Forecasters issued {} avalanche warnings in the 2024/25 winter."
    assert check(claim.format(41), source).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format(29), source).outcome is SourceOutcome.CONTRADICTED


def test_each_figure_is_about_its_own_clause() -> None:
    # As a release writes it, under its title (which says what every figure is about: trams).
    source = (
        "Tram safety statistics 2024\n"
        "There were 112 collisions between trams and road vehicles in 2024, and 37 "
        "collisions with pedestrians."
    )
    assert check("Trams struck pedestrians 37 times last year.", source).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("Trams struck pedestrians 112 times last year.", source).outcome is (
        SourceOutcome.CONTRADICTED
    )


def test_4g_is_not_5g() -> None:
    source = "Average monthly mobile data use per connection was 8.9GB on 4G and 15.3GB on 5G."
    claim = "Customers on 5G used {} gigabytes of mobile data a month on average."
    assert check(claim.format("15.3"), source).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format("8.9"), source).outcome is SourceOutcome.CONTRADICTED


def test_points_beside_a_percentage_are_percentage_points() -> None:
    source = "Mobile broadband accounted for 18.9% of subscriptions, up 1.2 percentage points."
    claim = "Mobile broadband's share rose 1.2 points to 18.9 per cent."
    assert check(claim, source, "1.2").outcome is SourceOutcome.CONFIRMED
    planted = "Mobile broadband's share rose 1.2 per cent to 18.9 per cent."
    assert check(planted, source, "1.2 per cent").outcome is not SourceOutcome.CONFIRMED


def test_a_spanned_table_head_stands_over_its_own_columns() -> None:
    import lxml.html

    table = lxml.html.fromstring(
        "<table><tr><th rowspan=2>Trust</th><th colspan=2>Result</th></tr>"
        "<tr><th>2023</th><th>2024</th></tr>"
        "<tr><td>Bergen</td><td>(148)</td><td>(312)</td></tr></table>"
    )
    assert _grid(list(table.iter("tr"))) == [
        ["Trust", "Result", "Result"],
        ["Trust", "2023", "2024"],
        ["Bergen", "(148)", "(312)"],
    ]


async def test_an_amount_copydesk_cannot_read_is_not_found_never_skipped() -> None:
    sentence = "Tanzania earned TSh2.4bn from cashew exports, the board said."
    article = Article(
        url="https://news.example/cashew",
        text=sentence,
        links=(ArticleLink("https://board.example/release", "the board", sentence),),
    )
    reader = FakeReader(
        {
            "https://board.example/release": Article(
                url="https://board.example/release",
                text="Cashew export earnings reached TSh 2.4 billion in the season.",
            )
        }
    )
    [citation] = await follow_citations(
        article, [DraftClaim(text=sentence, quote=sentence)], reader
    )
    [figure_check] = citation.figure_checks
    assert figure_check.figure == "TSh2.4bn"
    assert figure_check.outcome is SourceOutcome.NOT_FOUND
    assert "could not read “TSh2.4bn” as a figure" in figure_check.found


@pytest.mark.parametrize(
    "text", ["Season runs 1 July to 30 June.", "Patients waiting, 31 March", "On June 30, it"]
)
def test_a_day_of_a_month_is_a_date_not_a_figure(text: str) -> None:
    assert [f.text for f in figures_in(text) if not f.is_year] == []


def test_a_date_in_a_note_is_no_contradiction() -> None:
    table = (
        "Seasonal snowfall, selected stations (cm)\nSeason runs 1 July to 30 June.\n"
        "Station · 2024-25 · Ottawa · 235.1\nStation · 2024-25 · Québec · 301.7"
    )
    claim = "Ottawa received {} centimetres of snow in the 2024-25 season."
    assert check(claim.format(235), table).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format(301), table).outcome is not SourceOutcome.CONFIRMED


def test_what_a_count_counts_includes_its_of_phrase() -> None:
    source = "Across the country we delivered 5.6 billion pieces of mail and parcels in 2024."
    claim = "The postal service delivered 5.6 billion items of mail in 2024."
    assert check(claim, source, "5.6 billion").outcome is SourceOutcome.CONFIRMED
    other = "The Interislander carried 812,000 passengers and 214,000 vehicles across Cook Strait."
    assert check("It carried 812,000 passengers across Cook Strait.", other).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("It carried 214,000 passengers across Cook Strait.", other).outcome is not (
        SourceOutcome.CONFIRMED
    )


def test_a_target_is_not_the_outcome() -> None:
    source = (
        "LIRS collected ₦312.6 billion in the first quarter of 2025, against a target of "
        "₦298.0 billion for the period."
    )
    assert check("The tax office collected N312.6bn in the first quarter.", source).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("The tax office collected N298bn in the first quarter.", source).outcome is (
        SourceOutcome.CONTRADICTED
    )
    assert check("Its target for the quarter was N298bn.", source).outcome is (
        SourceOutcome.CONFIRMED
    )
    outcome = "The council completed 1,126 affordable homes during the year, exceeding its target."
    assert check("The council built 1,126 affordable homes.", outcome).outcome is (
        SourceOutcome.CONFIRMED
    )


def test_the_second_quarter_is_q2() -> None:
    table = "All incidents · Q1 · 2,987\nAll incidents · Q2 · 3,412"
    claim = "The cyber centre handled {} incidents in the second quarter."
    assert check(claim.format("3,412"), table).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format("2,987"), table).outcome is SourceOutcome.CONTRADICTED
