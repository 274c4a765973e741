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
from orchestrator.reading.documents import DocumentLimits, _grid, read_document
from orchestrator.sourcecheck import FigureCheck, check_figure, source_text
from orchestrator.spelled import cited_in_words
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


async def _checked(sentence: str, source: str) -> FigureCheck:
    article = Article(
        url="https://news.example/story",
        text=sentence,
        links=(ArticleLink("https://board.example/release", "the board", sentence),),
    )
    reader = FakeReader(
        {"https://board.example/release": Article(url="https://board.example/release", text=source)}
    )
    [citation] = await follow_citations(
        article, [DraftClaim(text=sentence, quote=sentence)], reader
    )
    [figure_check] = citation.figure_checks
    return figure_check


async def test_an_amount_copydesk_cannot_read_is_not_found_never_skipped() -> None:
    # Malawian kwacha: a currency the table does not know yet.
    figure_check = await _checked(
        "Malawi earned MK2.4bn from tobacco exports, the board said.",
        "Tobacco export earnings reached MK 2.4 billion in the season.",
    )
    assert figure_check.figure == "MK2.4bn"
    assert figure_check.outcome is SourceOutcome.NOT_FOUND
    assert "could not read “MK2.4bn” as a figure" in figure_check.found


@pytest.mark.parametrize(
    ("sentence", "source", "outcome"),
    [
        # East African shillings, glued or spaced, against a release's billions.
        (
            "Tanzania earned TSh2.4bn from cashew exports.",
            "Cashew export earnings reached TSh 2.4 billion in the season.",
            "confirmed",
        ),
        ("KCCA proposed a USh712.4 billion budget.", "Budget: USh 712.4 billion.", "confirmed"),
        ("Egypt targets LE3.1 trillion of revenue.", "Revenues of EGP 3.1 trillion.", "confirmed"),
        # Shekels are not dollars, however equal the digits.
        ("The average wage reached $13,316.", "The average wage was NIS 13,316.", "not_found"),
        # Indonesian thousands dots and scale words: "Rp 1.250 miliar" is 1.25 trillion.
        ("Net profit was Rp1.25 trillion.", "Net profit: Rp 1.250 miliar.", "confirmed"),
        ("Net profit was Rp1.5 trillion.", "Net profit: Rp 1.250 miliar.", "contradicted"),
        # Czech "mld." before its currency does not end the sentence.
        (
            "Spending of CZK109.4bn was approved.",
            "Spending of 109,4 mld. Kč was approved.",
            "confirmed",
        ),
        # Basis points are hundredths of a point.
        (
            "The bank cut its rate by 25 basis points.",
            "The bank cut its rate by 0.25 percentage points.",
            "confirmed",
        ),
        (
            "The bank cut its rate by 50 basis points.",
            "The bank cut its rate by 0.25 percentage points.",
            "contradicted",
        ),
    ],
)
async def test_more_of_the_worlds_notations(sentence: str, source: str, outcome: str) -> None:
    figure_check = await _checked(sentence, source)
    assert figure_check.outcome.value == outcome, figure_check


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


@pytest.mark.parametrize(
    ("sentence", "source", "outcome"),
    [
        # A hedged share in words is on its hedge's side of 50%, or it is not the figure.
        (
            "More than half of the district's seniors completed the aid form.",
            "49.6 percent of seniors completed the aid form by June 30.",
            "contradicted",
        ),
        (
            "Cash was used in just over half of in-store payments.",
            "Cash was used in 52% of point-of-sale payments in 2026.",
            "confirmed",
        ),
        # ", up 5.3 per cent" is the change of what the clause before it counts.
        (
            "Passenger traffic at Changi grew 9.5 per cent to 67.7 million.",
            "Changi handled 67.7 million passenger movements in 2025, up 5.3 per cent from "
            "2024. Aircraft movements grew 9.5 per cent to 375,000.",
            "contradicted",
        ),
        # "Ps." before an amount is pesos, not the end of a sentence.
        (
            "GAP's revenue rose 9.9% in the third quarter.",
            "Total revenues were Ps. 7,842 million, an increase of 9.9% compared with the third "
            "quarter of 2025. Aeronautical revenues rose 8.1%.",
            "confirmed",
        ),
        # Of two sentences alike in words, the one dated like the story is its figure.
        (
            "Monthly inflation quickened to 2.9% in October.",
            "Consumer prices, October 2026. The CPI rose 2.3% in October 2026. Food and "
            "non-alcoholic beverages rose 2.9%.",
            "contradicted",
        ),
    ],
)
def test_shares_changes_and_ties(sentence: str, source: str, outcome: str) -> None:
    # The sentence's first figure (the one the case is about).
    figure = ([f for f in figures_in(sentence) if not f.is_year] or cited_in_words(sentence))[0]
    checked = check_figure(figure, sentence, source_text(source))
    assert checked.outcome.value == outcome, checked


def test_a_csv_served_as_text_keeps_its_title_and_reads_its_units_row() -> None:
    data = (
        b'"Tanzania Revenue Authority - monthly revenue collections, FY2025/26"\n'
        b"Month,Collections,Target\n"
        b",TSh billion,TSh billion\n"
        b'Sep-2025,"3,204.7","3,150.0"\n'
        b'Oct-2025,"3,118.6","3,046.0"\n'
    )
    document = read_document(data, "text/plain", "https://tra.example/c.txt", DocumentLimits())
    assert document.text.splitlines()[0].startswith("Tanzania Revenue Authority")
    source = source_text(document.text)
    october = "Tax collections reached TSh3.12 trillion in October."
    september = "Tax collections reached TSh3.2 trillion in October."  # September's figure
    [figure] = figures_in(october)
    assert check_figure(figure, october, source).outcome is SourceOutcome.CONFIRMED
    [figure] = figures_in(september)
    assert check_figure(figure, september, source).outcome is SourceOutcome.CONTRADICTED


def test_a_text_laid_out_in_columns_is_not_taken_for_csv() -> None:
    data = b"Structures rated poor ........ 1,142\nRated fair ........ 2,310\nGood ........ 9,801\n"
    document = read_document(data, "text/plain", "https://dot.example/r.txt", DocumentLimits())
    assert document.extractor == "document:text"


def test_a_story_naming_no_breakdown_cites_the_tables_total_row() -> None:
    table = (
        "Percentage of poor population by area, March 2026\n"
        "Urban · Poor population, share (%) · 6.66\n"
        "Rural · Poor population, share (%) · 11.34\n"
        "Urban + rural · Poor population, share (%) · 8.57"
    )
    source = source_text(table)
    for written, outcome in (("8.57%", "confirmed"), ("11.34%", "contradicted")):
        sentence = f"Indonesia's poverty rate fell to {written} in March."
        [figure] = figures_in(sentence)
        assert check_figure(figure, sentence, source).outcome.value == outcome, written


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("Dh4.5bn", "4500000000", "AED"),
        ("Dh1.19tn", "1190000000000", "AED"),
        ("Tk 31,232 crore", "312320000000", "BDT"),
        ("S/ 1,912.7", "1912.7", "PEN"),
        ("SR2.87 trillion", "2870000000000", "SAR"),
        ("VND1.82 quadrillion", "1820000000000000", "VND"),
        ("2.4bn taka", "2400000000", "BDT"),
    ],
)
def test_gulf_south_asian_and_andean_currencies(written: str, value: str, unit: str) -> None:
    [figure] = figures_in(f"It came to {written} in all.")
    assert (figure.value, figure.unit) == (Decimal(value), unit)


def test_a_road_named_with_currency_letters_is_no_money() -> None:
    assert [f.unit for f in figures_in("Traffic on SR 520 was slow.")] == [None]


def _table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    """An HTML table as a statistics office serves it, read as copydesk reads a source."""
    cells = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = (
        f"<html><body><table><caption>{caption}</caption><thead><tr>{cells}</tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>"
    )
    return read_document(html.encode(), "text/html", "https://example.org/t", DocumentLimits()).text


INCOME = _table(
    "Average monthly income from work, Metropolitan Lima (Soles)",
    ["Group", "July–September 2025", "July–September 2026"],
    [
        ["Total", "1,912.7", "2,003.4"],
        ["Men", "2,190.5", "2,281.6"],
        ["Women", "1,561.0", "1,650.2"],
    ],
)


def test_a_quarter_named_by_its_months_is_that_quarter_of_its_year() -> None:
    claim = "Workers in Lima earned an average of S/ 2,003.4 a month in July-September 2026."
    confirmed = check(claim, INCOME)
    assert confirmed.outcome is SourceOutcome.CONFIRMED and "2026" in confirmed.found
    planted = "Workers in Lima earned an average of S/ 1,912.7 a month in July-September 2026."
    assert check(planted, INCOME).outcome is SourceOutcome.CONTRADICTED


def test_the_row_for_the_other_sex_is_not_the_story_s_figure() -> None:
    said = "Women in Lima earned an average of S/ {} a month in July-September, narrowing the gap"
    claim = said.format("2,281.6") + " with men."
    assert check(claim, INCOME).outcome is not SourceOutcome.CONFIRMED
    fair = said.format("1,650.2") + " with men."
    assert check(fair, INCOME).outcome is SourceOutcome.CONFIRMED


def test_a_threshold_crossed_is_a_hedge_and_a_year_no_figure() -> None:
    claim = (
        "Workers in Lima earned an average of S/ 2,003 a month in the third quarter, the "
        "first time the average monthly income has topped 2,000."
    )
    found = check(claim, INCOME, "2,000")
    assert found.outcome is SourceOutcome.CONFIRMED and found.source_figure == "2,003.4"
    beyond = (
        "The average monthly income of workers in Lima has topped 2,100 in July-September 2026."
    )
    assert check(beyond, INCOME).outcome is not SourceOutcome.CONFIRMED


@pytest.mark.parametrize(
    ("head", "value", "unit"),
    [
        ("10 months 2026 (trillion VND)", "5151900000000000", "VND"),
        ("October 2026 (100 million yuan)", "515190000000", "CNY"),
        ("Average (Soles)", "5151.9", "PEN"),
    ],
)
def test_a_head_s_scale_or_currency_word_scales_its_cells(
    head: str, value: str, unit: str | None
) -> None:
    from orchestrator.labels import with_header_unit

    cell = f"Total · {head} · 5,151.9"
    [figure] = [f for f in figures_in(cell) if f.text == "5,151.9"]
    scaled = with_header_unit(figure, cell)
    assert (scaled.value, scaled.unit) == (Decimal(value), unit)


def test_a_table_s_caption_says_what_its_total_row_totals() -> None:
    source = _table(
        "Total retail sales of consumer goods and services, 10 months of 2026",
        ["", "10 months 2026 (trillion VND)"],
        [
            ["Retail sales of goods", "4,012.6"],
            ["Accommodation and catering", "548.3"],
            ["Total", "5,151.9"],
        ],
    )
    claim = "Retail sales of goods and services reached ₫5,151.9 trillion in ten months."
    assert check(claim, source).outcome is SourceOutcome.CONFIRMED
    goods = "Retail sales of goods reached ₫4,012.6 trillion in ten months."
    assert check(goods, source).outcome is SourceOutcome.CONFIRMED


@pytest.mark.parametrize(
    ("claim", "outcome"),
    [
        ("Wind farms produced 812 GWh of electricity in March.", SourceOutcome.CONFIRMED),
        ("Wind farms produced 0.8 TWh of electricity in March.", SourceOutcome.CONFIRMED),
        # A thousandfold slip of the prefix is not the figure, whatever its digits.
        ("Wind farms produced 812 MWh of electricity in March.", SourceOutcome.NOT_FOUND),
    ],
)
def test_a_unit_of_measure_and_its_prefix_must_agree(claim: str, outcome: SourceOutcome) -> None:
    release = "Wind farms connected to the grid produced 812 GWh in March 2026."
    assert check(claim, release).outcome is outcome


def test_a_head_s_measure_scales_its_cells_and_other_measures_do_not_compare() -> None:
    table = _table(
        "Electricity generation by source, March 2026 (GWh)",
        ["Source", "March 2026"],
        [["Wind", "812"], ["Solar", "655"]],
    )
    assert check("Wind farms generated 812 GWh in March.", table).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("Wind farms generated 812 MWh in March.", table).outcome is not (
        SourceOutcome.CONFIRMED
    )
    heat = "The highest temperature recorded was 46.1°C at Tatoi on 26 July."
    assert check("Athens hit 46.1C, the highest temperature recorded.", heat).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("Athens hit 46.1F, the highest temperature recorded.", heat).outcome is not (
        SourceOutcome.CONFIRMED
    )
    crude = "U.S. crude oil production averaged 13.6 million barrels per day in 2025."
    assert check("US crude output averaged 13.6 million gallons a day in 2025.", crude).outcome is (
        SourceOutcome.NOT_FOUND
    )


def test_last_year_in_a_story_is_the_row_s_latest_column() -> None:
    table = _table(
        "Road deaths by region",
        ["Region", "Killed 2024", "Killed 2025"],
        [["Lombardy", "421", "398"], ["Veneto", "305", "296"]],
    )
    planted = check("Road deaths in Lombardy fell to 421 last year, figures show.", table)
    assert (planted.outcome, planted.source_figure) == (SourceOutcome.CONTRADICTED, "398")
    assert check("Road deaths in Lombardy fell to 398 last year.", table).outcome is (
        SourceOutcome.CONFIRMED
    )
    # Named, the earlier year's column is the story's figure.
    assert check("Road deaths in Lombardy were 421 in 2024.", table).outcome is (
        SourceOutcome.CONFIRMED
    )


def test_a_spanish_release_s_month_dates_its_figure() -> None:
    feed = (
        "En octubre de 2026 la variación anual del IPC fue 4,82%.\n"
        "En septiembre de 2026 la variación anual del IPC fue 5,10%."
    )
    assert check("Annual inflation eased to 4.82% in October.", feed).outcome is (
        SourceOutcome.CONFIRMED
    )
    planted = check("Annual inflation eased to 5.1% in October.", feed)
    assert (planted.outcome, planted.source_figure) == (SourceOutcome.CONTRADICTED, "4,82%")


def test_a_compass_region_row_is_not_another_region_s_figure() -> None:
    rows = (
        "taxa de desocupação · 2026-Q3 · Nordeste · value (%) · 7.9\n"
        "taxa de desocupação · 2026-Q3 · Sudeste · value (%) · 5.2"
    )
    claim = "Unemployment in Brazil's Southeast stood at {} in the third quarter."
    assert check(claim.format("5.2%"), rows).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format("7.9%"), rows).outcome is not SourceOutcome.CONFIRMED


def test_a_sentence_ending_in_a_figure_is_not_a_text_table_row() -> None:
    from orchestrator.reading.tables import with_text_tables

    lines = with_text_tables(
        ["Key results", "There were 1,612 road deaths in 2025, fewer than the 1,678 in 2024."]
    )
    assert lines == [
        "Key results",
        "There were 1,612 road deaths in 2025, fewer than the 1,678 in 2024.",
    ]


def test_a_change_column_in_points_is_the_measure_beside_it() -> None:
    csv_text = (
        "period,unemployment rate,change pp,employment rate\n"
        "2026-07,7.1,-0.2,58.2\n"
        "2026-08,6.8,-0.3,58.5\n"
    )
    text = read_document(
        csv_text.encode(), "text/csv", "https://example.org/u.csv", DocumentLimits()
    )
    assert "2026-08 · unemployment rate change pp · -0.3" in text.text.splitlines()
    claim = "The unemployment rate fell 0.3 percentage points in August."
    assert check(claim, text.text).outcome is SourceOutcome.CONFIRMED
    # Per cent is not points.
    assert check("The unemployment rate fell 0.3% in August.", text.text).outcome is not (
        SourceOutcome.CONFIRMED
    )


def test_a_long_format_file_s_period_column_labels_its_value() -> None:
    csv_text = (
        "Urban public transit, passenger trips (thousands), monthly\n"
        "Geography,Reference period,Value\n"
        '"British Columbia",2026-08,"21,904"\n'
        '"British Columbia",2026-09,"24,812"\n'
    )
    text = read_document(
        csv_text.encode(), "text/csv", "https://example.org/t.csv", DocumentLimits()
    )
    claim = "Transit in British Columbia carried 24.8 million passenger trips in September."
    assert check(claim, text.text).outcome is SourceOutcome.CONFIRMED
    august = "Transit in British Columbia carried 24.8 million passenger trips in August."
    assert check(august, text.text).outcome is not SourceOutcome.CONFIRMED


def test_a_bracketed_earlier_period_is_its_own_figure_s_and_figure_numbers_are_labels() -> None:
    release = (
        "Figure 1: Nights spent in hotels and similar establishments, July 2026: 29.8 million "
        "(July 2025: 28.9 million)."
    )
    assert [f.text for f in figures_in(release) if not f.is_year] == [
        "29.8 million",
        "28.9 million",
    ]
    claim = "Hotels recorded nearly 30 million nights spent in July 2026."
    found = check(claim, release)
    assert (found.outcome, found.source_figure) == (SourceOutcome.CONFIRMED, "29.8 million")
    earlier = check("Hotels recorded 28.9 million nights spent in July 2026.", release)
    assert earlier.outcome is SourceOutcome.CONTRADICTED


def test_a_sentence_about_another_named_place_is_not_the_story_s_figure() -> None:
    release = (
        "In Veneto, 52.7% of registered voters cast a ballot, against 61.2% five years "
        "earlier. Turnout in Campania was 44.6%, the lowest of the regions that voted."
    )
    planted = check("Only 52.7% of voters in Campania cast a ballot in the election.", release)
    assert (planted.outcome, planted.source_figure) == (SourceOutcome.CONTRADICTED, "44.6%")
    assert check("Only 44.6% of voters in Campania cast a ballot.", release).outcome is (
        SourceOutcome.CONFIRMED
    )
    # A name the sentence gives elsewhere than the figure's clause still names it.
    ferry = "The Interislander carried 812,000 passengers and 214,000 vehicles across Cook Strait."
    assert check("It carried 812,000 passengers across Cook Strait.", ferry).outcome is (
        SourceOutcome.CONFIRMED
    )


@pytest.mark.parametrize(
    ("claim", "confirmed"),
    [
        ("Road crashes in Serbia killed 512 people last year.", True),
        ("Road crashes in Serbia killed 3,184 people last year.", False),  # the injured
        ("Prices of second-hand homes rose 12.4% on the year.", True),
        ("Prices of newly built homes rose 12.4% on the year.", False),
    ],
)
def test_the_killed_are_not_the_injured_nor_new_homes_second_hand_ones(
    claim: str, confirmed: bool
) -> None:
    release = (
        "In 2025, 512 persons were killed and 3,184 were seriously injured in road traffic "
        "crashes in Serbia. Second-hand housing prices rose 12.4% on the year. The annual "
        "rate for new housing was 11.1%."
    )
    assert (check(claim, release).outcome is SourceOutcome.CONFIRMED) is confirmed


def test_a_rate_s_time_must_agree_and_a_one_sided_hedge_reaches_a_twentieth() -> None:
    release = "Oil production in the province averaged 512,300 barrels per day (bbl/d) in August."
    assert check("Output reached 512,300 barrels a day in August.", release).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("Output reached 512,300 barrels a month in August.", release).outcome is (
        SourceOutcome.NOT_FOUND
    )
    [half] = cited_in_words("Oil production averaged more than half a million barrels a day.")
    claim = "Oil production averaged more than half a million barrels a day in August."
    assert check_figure(half, claim, source_text(release)).outcome is SourceOutcome.CONFIRMED


def test_an_australian_quarter_is_named_by_its_last_month() -> None:
    table = _table(
        "Median sale prices, Greater Brisbane",
        ["Quarter", "Houses", "Units"],
        [
            ["Sep qtr 2025", "$845,000", "$598,000"],
            ["Jun qtr 2026", "$897,500", "$631,000"],
            ["Sep qtr 2026", "$912,000", "$644,500"],
        ],
    )
    said = "The median house price in Greater Brisbane rose to {} in the September quarter."
    assert check(said.format("$912,000"), table).outcome is SourceOutcome.CONFIRMED
    planted = check(said.format("$845,000"), table)  # last year's September quarter
    assert (planted.outcome, planted.source_figure) == (SourceOutcome.CONTRADICTED, "$912,000")


def test_a_story_naming_no_breakdown_cites_the_aggregate_row_or_sentence() -> None:
    table = _table(
        "Average monthly earnings of employees, September 2026",
        ["Industry", "Regular earnings, change on a year earlier (%)"],
        [["Industry and services", "2.8"], ["Manufacturing", "3.1"], ["Finance", "2.2"]],
    )
    claim = "Regular monthly earnings of employees rose {} from a year earlier in September."
    assert check(claim.format("2.8%"), table).outcome is SourceOutcome.CONFIRMED
    planted = check(claim.format("3.1%"), table)
    assert (planted.outcome, planted.source_figure) == (SourceOutcome.CONTRADICTED, "2.8")
    bulletin = (
        "Occupancy across all hotel categories averaged 68%. Five-star hotels recorded "
        "occupancy of 74%, four-star hotels 66%."
    )
    hotels = "Qatar's hotels were {} full on average in October."
    assert check(hotels.format("68%"), bulletin).outcome is SourceOutcome.CONFIRMED
    assert check(hotels.format("74%"), bulletin).outcome is SourceOutcome.CONTRADICTED


def test_a_change_in_one_currency_s_terms_is_not_another_s() -> None:
    release = (
        "Remittance inflows increased 18.4 percent to Rs.417.62 billion in the review period. "
        "In US dollar terms, remittance inflows increased 13.1 percent to $2.98 billion."
    )
    said = "Remittances rose {} in rupee terms in the first three months."
    assert check(said.format("18.4%"), release).outcome is SourceOutcome.CONFIRMED
    assert check(said.format("13.1%"), release).outcome is not SourceOutcome.CONFIRMED


def test_a_year_heading_dates_the_lines_under_it() -> None:
    report = (
        "Financial highlights (SAR)\n2025\nAssets under management: 3.42 trillion\n"
        "Total revenue: 413 billion\n2024\nAssets under management: 2.87 trillion\n"
        "Total revenue: 331 billion\nMethodology and notes\nFigures are preliminary."
    )
    said = "The fund had SAR {} of assets under management, its annual report shows."
    assert check(said.format("3.42 trillion"), report).outcome is SourceOutcome.CONFIRMED
    # Without a year the story's figure is the latest: the 2024 line is not it.
    assert check(said.format("2.87 trillion"), report).outcome is not SourceOutcome.CONFIRMED
    dated = "The fund had SAR 2.87 trillion of assets under management in 2024."
    assert check(dated, report).outcome is SourceOutcome.CONFIRMED


def test_a_previous_period_s_column_is_the_same_measure_and_a_head_s_number_no_figure() -> None:
    table = _table(
        "Kindergarten vaccination coverage by county, 2025–26 school year",
        ["County", "MMR, 2 doses, 2025–26 (%)", "2024–25 (%)", "Exemptions (%)"],
        [["Statewide¹", "84.1", "86.2", "14.8"], ["Ada", "87.3", "88.9", "11.9"]],
    )
    assert "Statewide¹ · MMR, 2 doses, 2024–25 (%) · 86.2" in table.splitlines()
    claim = "Just 84.1% of kindergartners had both MMR doses this school year, down from 86.2%."
    assert check(claim, table, "84.1%").outcome is SourceOutcome.CONFIRMED
    assert check(claim, table, "86.2%").outcome is SourceOutcome.CONFIRMED
    # The "2" of "2 doses" is the head's, not a coverage of 2%.
    fell = check("Kindergarten MMR coverage fell 2% this school year.", table)
    assert fell.source_figure != "2"


def test_a_rate_s_denominator_is_not_a_cited_figure() -> None:
    assert [f.text for f in figures_in("a rate of 12.8 cases per 100,000 people")] == ["12.8"]


@pytest.mark.parametrize(
    ("cell", "value", "unit"),
    [
        ("2026-10 · recaudo bruto COP miles de millones · 21306", "21306000000000", "COP"),
        ("out/2026 · Arrecadação total R$ milhões · 248301,55", "248301550000.00", "BRL"),
    ],
)
def test_spanish_and_portuguese_scales_in_a_head(cell: str, value: str, unit: str) -> None:
    from orchestrator.labels import with_header_unit

    figure = figures_in(cell)[-1]
    assert (with_header_unit(figure, cell).value, with_header_unit(figure, cell).unit) == (
        Decimal(value),
        unit,
    )


def test_a_unit_note_over_a_table_scales_its_cells_and_a_month_is_read_whole() -> None:
    page = (
        "<html><body><h2>Total retail sales of consumer goods, October 2026</h2>"
        "<p>Unit: 100 million yuan. National Bureau of Statistics of China.</p>"
        "<p>September 2026 National YoY: 5.61%.</p><table><thead><tr><th>Indicator</th>"
        "<th>October</th><th>October y/y (%)</th></tr></thead><tbody><tr>"
        "<td>Total retail sales of consumer goods</td><td>40,551</td><td>2.9</td></tr>"
        "</tbody></table></body></html>"
    )
    text = read_document(page.encode(), "text/html", "https://example.org/c", DocumentLimits()).text
    claim = "China's retail sales of consumer goods reached {} yuan in October."
    assert check(claim.format("4.06 trillion"), text).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format("405.5 billion"), text).outcome is SourceOutcome.CONTRADICTED
    # "September 2026 ... 5.61%" is September's: no contradiction of October's 2.9%.
    growth = check("China's retail sales of consumer goods grew 2.9% in October.", text)
    assert growth.outcome is SourceOutcome.CONFIRMED


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("JD45.8bn", "45800000000", "JOD"),
        ("J$6.2bn", "6200000000", "JMD"),
        ("FJ$58m", "58000000", "FJD"),
        ("TT$1.2bn", "1200000000", "TTD"),
        ("Br 12.5bn", "12500000000", "ETB"),
    ],
)
def test_more_currencies_and_their_dollars_are_not_the_us_one(
    written: str, value: str, unit: str
) -> None:
    [figure] = figures_in(f"It came to {written} in all.")
    assert (figure.value, figure.unit) == (Decimal(value), unit)
    assert check(f"Reserves stood at {written}.", "Reserves stood at US$6.2bn.").outcome is not (
        SourceOutcome.CONFIRMED
    )


def test_a_compound_adjective_s_number_is_no_figure_and_a_bp_column_is_hundredths() -> None:
    assert [f.text for f in figures_in("The 10-year yield rose 12 basis points.")] == [
        "12 basis points"
    ]
    table = _table(
        "Ten-year government bond yields (per cent, end of period)",
        ["Country", "2026 Oct", "2026 Nov", "Change, bp"],
        [["Sweden", "2.41", "2.53", "+12"], ["Norway", "3.60", "3.66", "+6"]],
    )
    said = "Sweden's 10-year government bond yield rose {} in November."
    assert check(said.format("12 basis points"), table).outcome is SourceOutcome.CONFIRMED
    assert check(said.format("6 basis points"), table).outcome is not SourceOutcome.CONFIRMED


def test_a_change_on_a_year_earlier_is_the_latest_period_s() -> None:
    release = (
        "The on-time departure rate at Ben Gurion Airport was 71.4%, down 2.1 percentage "
        "points on a year earlier."
    )
    claim = "The share of flights leaving Ben Gurion Airport on time fell 2.1 percentage points."
    assert check(claim, release).outcome is SourceOutcome.CONFIRMED


def test_a_label_line_over_a_bare_figure_says_what_it_measures() -> None:
    source = "Life expectancy at birth, 2025\nMen\n80.7 years\nWomen\n84.8 years"
    assert check("Women born last year can expect to live 84.8 years.", source).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("Men born last year can expect to live 84.8 years.", source).outcome is not (
        SourceOutcome.CONFIRMED
    )


def test_a_target_in_the_headline_does_not_make_the_figure_a_target() -> None:
    report = (
        "Leakage averaged 412 million litres a day over the year, against a target of "
        "395 million litres a day."
    )
    claim = (
        "Water company misses its leakage target. The utility lost 412m litres of water a "
        "day to leaks last year, its annual review admits."
    )
    assert check(claim, report).outcome is SourceOutcome.CONFIRMED
    assert check("The utility's leakage target was 395 million litres a day.", report).outcome is (
        SourceOutcome.CONFIRMED
    )


def test_feet_are_not_metres_nor_tonnes_ounces() -> None:
    bulletin = "Glomma at Elverum: 4.82 m, rising."
    assert check("The Glomma stood at 4.82 metres at Elverum.", bulletin).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("The Glomma stood at 4.82 feet at Elverum.", bulletin).outcome is not (
        SourceOutcome.CONFIRMED
    )
    assert [f.unit for f in figures_in("revenue of £4.8m")] == ["GBP"]  # glued, a million
    table = _table("Gold production", ["Producer", "2025 '000 troy ounces"], [["Total", "3,441"]])
    assert check("Producers mined 3.4 million ounces of gold in 2025.", table).outcome is (
        SourceOutcome.CONFIRMED
    )
    assert check("Producers mined 3,441 tonnes of gold in 2025.", table).outcome is not (
        SourceOutcome.CONFIRMED
    )


@pytest.mark.parametrize(
    ("cell", "value", "unit"),
    [
        # A head that ends in its scale, and the abbreviations of bulletins in English.
        ("Split-Dalmatia · Arrivals thousand · 3,912.4", "3912400", None),
        ("Copper concentrate thous. tonnes · 2026 · 1,412.7", "1412700", "t"),
        ("Coal mln tonnes · 2026 · 83.6", "83600000", "t"),
        ("Revenues · RSD bln · 2,229.2", "2229200000000", "RSD"),
        ("Container throughput ('000 TEUs) · Mar 2026 · 3,701.9", "3701900", None),
        # Not a scale: a number's own "million" in a label.
        ("The £1 million scheme · 2026 · 412", "412", None),
    ],
)
def test_scale_words_a_bulletin_writes_in_its_heads(cell: str, value: str, unit: str) -> None:
    from orchestrator.labels import with_header_unit

    figure = with_header_unit(figures_in(cell)[-1], cell)
    assert (figure.value, figure.unit) == (Decimal(value), unit)


def test_a_caption_that_is_all_unit_scales_the_table() -> None:
    page = (
        "<html><body><h2>Dublin Bus passenger journeys</h2><table><caption>Millions of "
        "journeys</caption><tr><th>Month</th><th>2025</th><th>2026</th></tr>"
        "<tr><td>April</td><td>11.9</td><td>12.4</td></tr>"
        "<tr><td>May</td><td>12.3</td><td>13.1</td></tr></table></body></html>"
    )
    text = read_document(page.encode(), "text/html", "https://example.org/d", DocumentLimits()).text
    claim = "Dublin Bus carried {} passengers in May 2026."
    assert check(claim.format("13.1 million"), text).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format("13.9 million"), text).outcome is SourceOutcome.CONTRADICTED


@pytest.mark.parametrize(
    ("story", "source", "confirmed"),
    [
        # A response time in words and in a release's abbreviations: one duration.
        (
            "Crews reached fires in an average of 7 minutes 42 seconds.",
            "Crews reached fires in an average of 7 min 42 s.",
            True,
        ),
        (
            "Crews reached fires in an average of 7 minutes 24 seconds.",
            "Crews reached fires in an average of 7 min 42 s.",
            False,
        ),
        # A race time, to the minute the story gives.
        (
            "She won the women's race in 2 hours 21 minutes.",
            "The women's race was won in 2:21:37.",
            True,
        ),
        (
            "She won the women's race in 2 hours 12 minutes.",
            "The women's race was won in 2:21:37.",
            False,
        ),
        ("Patients waited 42 minutes on average.", "Average wait was 0.7 hours.", True),
    ],
)
def test_durations_are_read_whole(story: str, source: str, confirmed: bool) -> None:
    (figure,) = figures_in(story)
    assert figure.unit == "s"
    outcome = check_figure(figure, story, source_text(source)).outcome
    assert (outcome is SourceOutcome.CONFIRMED) is confirmed, outcome


def test_hours_in_a_table_and_a_target_beside_them() -> None:
    table = (
        "Waiting time from decision to admit to ward (hours)\n"
        "(hours) · National University Hospital · Median · 7.4\n"
        "(hours) · National University Hospital · 90th percentile · 22.6\n"
        "(hours) · All public hospitals · Median · 5.8\n"
        "(hours) · All public hospitals · 90th percentile · 17.1"
    )
    story = "One in ten patients at public hospitals waited about {} or more for a ward bed."
    # A whole number of hours is a table's 17.1 hours, as a whole percentage is 44.36%; a
    # hospital named "National" is no total row.
    assert check(story.format("17 hours"), table).outcome is SourceOutcome.CONFIRMED
    assert check(story.format("12 hours"), table).outcome is SourceOutcome.CONTRADICTED
    release = (
        "Provincial target for admitted patients: 8 hours.\n"
        "(hours) · Admitted patients · Feb 2025 · 21.4\n"
        "(hours) · Admitted patients · Mar 2025 · 19.8"
    )
    claim = "Admitted patients left within 19.8 hours in March, down from {} in February 2025."
    assert check(claim.format("21.4 hours"), release, "21.4 hours").outcome is (
        SourceOutcome.CONFIRMED
    )
    wrong = check(claim.format("23.4 hours"), release, "23.4 hours")
    assert (wrong.outcome, wrong.source_figure) == (SourceOutcome.CONTRADICTED, "21.4")


def test_a_french_dashboard_s_hours() -> None:
    dashboard = "Durée moyenne de séjour (DMS) sur civière : 16,4 heures"
    story = "The average stretcher stay was {}, according to the health ministry."
    assert check(story.format("16.4 hours"), dashboard).outcome is SourceOutcome.CONFIRMED
    assert check(story.format("18.4 hours"), dashboard).outcome is SourceOutcome.CONTRADICTED


@pytest.mark.parametrize(
    "sentence",
    [
        "Unemployment among 15-24 year olds was 17.8% in the third quarter.",
        "Unemployment among 18- to 24-year-olds was 17.8% in the third quarter.",
        "A 16-year-old was among those who found the rate at 17.8%.",
    ],
)
def test_an_age_says_who_and_is_no_figure(sentence: str) -> None:
    assert [figure.text for figure in figures_in(sentence)] == ["17.8%"]


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("6.482,3 millones de euros", "6482300000", "EUR"),
        ("812,6 millones de euros", "812600000", "EUR"),
        ("US$ 1.234 millones", "1234000000", "USD"),
        ("8,3 mil millones de pesos", "8300000000", "MXN"),
        ("R$ 24,7 bilhões", "24700000000", "BRL"),
        ("1,2 milhões", "1200000", None),
    ],
)
def test_spanish_and_portuguese_amounts_in_prose(written: str, value: str, unit: str) -> None:
    (figure,) = figures_in(f"El presupuesto asciende a {written}.")
    assert (figure.text, figure.value, figure.unit) == (written, Decimal(value), unit)


def test_a_data_file_s_title_gives_its_unit() -> None:
    data = (
        "# HMRC tax receipts for the UK  £ million  cash basis  not seasonally adjusted\n"
        "Month,Total HMRC receipts,VAT\nSep 2026,68745,16170\nOct 2026,74102,17342\n"
    ).encode()
    text = read_document(data, "text/csv", "https://example.org/r.csv", DocumentLimits()).text
    claim = "VAT receipts were {} in October 2026, HMRC figures show."
    assert check(claim.format("£17.3bn"), text).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format("£16.2bn"), text).outcome is SourceOutcome.CONTRADICTED


def test_tens_of_thousands_as_china_s_statistics_count() -> None:
    table = (
        "Table 13-8 Passenger Traffic of Urban Public Transport\nUnit: 10 000 person-times\n"
        "Item · 2024 · 2025\nRail transit · 2024 · 362880\nRail transit · 2025 · 365420"
    )
    claim = "Beijing's rail transit carried {} passengers in 2025."
    assert check(claim.format("3.65 billion"), table).outcome is SourceOutcome.CONFIRMED
    assert check(claim.format("3.85 billion"), table).outcome is SourceOutcome.CONTRADICTED


def test_a_duration_with_no_seconds_is_read() -> None:
    (figure,) = figures_in("Crews arrived in 7 min 0 s on average.")
    assert (figure.text, figure.value, figure.unit) == ("7 min 0 s", Decimal(420), "s")


def test_a_bundesbank_tender_in_its_own_words() -> None:
    tender = (
        "Ergebnis der Aufstockung der 2,50 % Bundesanleihe 2026 (2036)\n"
        "Bietungen · DE000BU2Z064 · 7.842 Mio. €\nZuteilung · DE000BU2Z064 · 4.018 Mio. €\n"
        "Durchschnittskurs / Rendite · DE000BU2Z064 · 98,21 % / 2,71 %"
    )
    story = "Germany sold {} of 10-year Bunds at an average yield of 2.71 per cent."
    assert check(story.format("€4.02bn"), tender, "€4.02bn").outcome is SourceOutcome.CONFIRMED
    wrong = check(story.format("€4.82bn"), tender, "€4.82bn")
    assert (wrong.outcome, wrong.source_figure) == (SourceOutcome.CONTRADICTED, "4.018 Mio. €")
