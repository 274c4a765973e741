"""Which row of a source's table is the story's: the row that names the story's region, the
caption's whole rather than one of its parts, a unit written once for the table in a note,
a unit row under the heads, a title row over them. Each rule on both outcomes: the clean
sentence is confirmed, the planted one is not."""

from __future__ import annotations

from decimal import Decimal

from orchestrator.domain import SourceOutcome
from orchestrator.figures import figures_in
from orchestrator.reading.documents import DocumentLimits, read_document
from orchestrator.reading.tables import with_text_tables
from orchestrator.sourcecheck import FigureCheck, check_figure, source_text
from orchestrator.spelled import cited_in_words
from orchestrator.subjects import context_words


def read(body: str, content_type: str = "text/html") -> str:
    url = "https://stats.example/release"
    return read_document(body.encode(), content_type, url, DocumentLimits()).text


def check(claim: str, source: str, figure: str | None = None) -> FigureCheck:
    chosen = next(f for f in figures_in(claim) if figure is None or f.text == figure)
    return check_figure(chosen, claim, source_text(source))


def check_share(claim: str, source: str) -> FigureCheck:
    """The claim's share in words ("one in four") against the source."""
    [share] = cited_in_words(claim)
    return check_figure(share, claim, source_text(source))


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


EXPORTS = (
    "<h1>Exports by major item, January-September (Unit: US$ 100 million, %)</h1><table>"
    "<tr><th>Item</th><th>2024</th><th>2025</th><th>YoY</th></tr>"
    "<tr><td>Semiconductors</td><td>1,042</td><td>1,208</td><td>15.9</td></tr>"
    "<tr><td>Automobiles</td><td>531</td><td>522</td><td>-1.7</td></tr></table>"
)


def test_a_note_naming_money_and_percent_gives_each_column_its_own() -> None:
    # "US$ 100 million" for the years' columns, "%" for the "YoY" column.
    source = read(EXPORTS)
    clean = check("Chip exports reached $120.8bn in 2025, up 15.9 per cent.", source, "$120.8bn")
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    change = check(
        "Chip exports reached $120.8bn in 2025, up 15.9 per cent.", source, "15.9 per cent"
    )
    assert change.outcome is SourceOutcome.CONFIRMED, change
    planted = check("Chip exports reached $12.08bn in 2025.", source)
    assert planted.outcome is not SourceOutcome.CONFIRMED, planted


DANE = (
    "DANE - Exports FOB by main product group, January-August\n"
    "Values in US$ million FOB; provisional\n"
    "Product group,Jan-Aug 2025,Jan-Aug 2024,Change %\n"
    "Coffee,3512.4,2201.8,59.5\n"
    "Crude oil,8904.1,10332.7,-13.8\n"
    "Total,32870.5,32102.4,2.4\n"
)


def test_a_note_line_over_a_data_files_header_gives_its_cells_their_unit() -> None:
    source = read(DANE, "text/plain")
    clean = check("Colombia's coffee exports jumped to about $3.5bn in 2025.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    planted = check("Colombia's coffee exports jumped to about $2.2bn in 2025.", source)
    assert planted.outcome is not SourceOutcome.CONFIRMED, planted


GENERATION = (
    "<h1>Electricity generation by energy source, 2024</h1><table>"
    '<tr><th colspan="4">Taiwan power generation, 2024</th></tr>'
    "<tr><th>Source</th><th>Generation</th><th>Share</th><th>Change on 2023</th></tr>"
    "<tr><td></td><td>GWh</td><td>%</td><td>%</td></tr>"
    "<tr><td>Coal-fired</td><td>110,230</td><td>39.0</td><td>-7.6</td></tr>"
    "<tr><td>Renewables²</td><td>32,982</td><td>11.7</td><td>18.4</td></tr>"
    "<tr><td>Nuclear</td><td>12,191</td><td>4.3</td><td>-29.9</td></tr>"
    "<tr><td>Total</td><td>282,479</td><td>100.0</td><td>0.9</td></tr></table>"
)


def test_a_title_row_over_the_heads_and_a_unit_row_under_them() -> None:
    # The spanning title is the caption, "GWh" under "Generation" its unit, and a footnote
    # mark is no part of "Renewables".
    source = read(GENERATION)
    assert "Generation GWh · 32,982" in source
    clean = check("Renewable sources generated about 33 terawatt-hours in 2024.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    planted = check("Renewable sources generated about 12 terawatt-hours in 2024.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted


ARRIVALS = (
    "Market,Jan-Aug 2024,Jan-Aug 2025,Change (%)\n"
    ",persons,persons,%\n"
    "Mainland China,21876540,24003112,9.7\n"
    "Taiwan,569310,672441,18.1\n"
    "Total,27102988,30115270,11.1\n"
)


def test_the_year_to_a_month_is_a_period_and_its_latest_column_the_storys() -> None:
    source = read(ARRIVALS, "text/csv")
    clean = check("Arrivals from mainland China topped 24 million in January to August.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    # Last year's column for this year's months: not the story's figure.
    planted = check("Mainland visitors numbered 21.9 million in January to August.", source)
    assert planted.outcome is not SourceOutcome.CONFIRMED, planted
    eight = check("Mainland visitors numbered 24 million in the first eight months.", source)
    assert eight.outcome is SourceOutcome.CONFIRMED, eight
    # "in 2025" is not the Jan-Aug 2024 column either.
    dated = check("Mainland visitors numbered 21.9 million in 2025.", source)
    assert dated.outcome is not SourceOutcome.CONFIRMED, dated


def test_german_and_french_scale_words_are_read() -> None:
    [surplus, _] = figures_in("The surplus amounted to EUR 248.7 Mrd in 2025.")
    assert (surplus.value, surplus.unit) == (Decimal("248700000000.0"), "EUR")
    [million] = figures_in("Umsatz von EUR 12 Mio. im Jahr")
    assert million.value == Decimal(12_000_000)
    # Not Maryland's "MD" after a number.
    [plain] = figures_in("Route 5 MD closed")
    assert plain.value == 5


def test_a_sentences_one_period_is_every_figure_of_it_when_nothing_is_compared() -> None:
    source = (
        "Unemployment in the Netherlands\n"
        "In April 2026, 392 thousand people were unemployed, 3.9 percent of the labour force. "
        "In March this was 3.8 percent."
    )
    story = (
        "Unemployment rose to 3.9 per cent of the labour force in April from 3.8 per cent in March."
    )
    assert check(story, source, "3.9 per cent").outcome is SourceOutcome.CONFIRMED
    assert check(story, source, "3.8 per cent").outcome is SourceOutcome.CONFIRMED
    planted = "Unemployment was 3.8 per cent of the labour force in April."
    assert check(planted, source).outcome is not SourceOutcome.CONFIRMED
    # A bracket's year is its own figure's: "42.3% of revenue (2023: 40.2%)".
    debt = "Debt at year end: PLN 3.68 billion, or 42.3% of revenue (2023: 40.2%)."
    claim = "Kraków's debt climbed to 42.3 per cent of its revenue at the end of 2024."
    assert check(claim, debt).outcome is SourceOutcome.CONFIRMED


def test_a_count_is_not_contradicted_by_a_decimal_or_a_table_of_thousands() -> None:
    trial = (
        "The trial enrolled 14,212 participants aged 60 years and older. Vaccine efficacy "
        "was 71.4% (95% CI 63.2 to 77.9) over the first season."
    )
    adults = check(
        "The vaccine was tested on more than 14,000 adults aged 60 and over.", trial, "14,000"
    )
    assert adults.outcome is not SourceOutcome.CONTRADICTED, adults
    # A count in thousands is still contradicted by a count: "212,400 noise complaints".
    table = (
        "Service requests (thousands of requests)\n"
        "Category · FY2025\n"
        "(thousands of requests) · Noise complaints · FY2025 · 184.2\n"
        "(thousands of requests) · Streets & sidewalks · FY2025 · 212.4"
    )
    planted = check("Residents lodged 212,400 noise complaints in fiscal 2025.", table)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
    line = check("Residents called the city's 311 line about noise in fiscal 2025.", table, "311")
    assert line.outcome is not SourceOutcome.CONTRADICTED, line


def test_a_change_on_a_year_earlier_is_not_one_on_the_quarter_before() -> None:
    source = (
        "Gross domestic product grew by 0.46 percent in Q1 2026 relative to the previous "
        "quarter. Compared with the first quarter of 2025, GDP was 1.72 percent larger."
    )
    story = "GDP grew 0.5 per cent from the previous quarter, and 1.7 per cent from a year earlier."
    assert check(story, source, "0.5 per cent").outcome is SourceOutcome.CONFIRMED
    assert check(story, source, "1.7 per cent").outcome is SourceOutcome.CONFIRMED
    # Against the quarter's change alone: another value on the same base contradicts it,
    # a change on a year earlier is not about it.
    quarter = source.split(". ")[0] + "."
    same_base = check("GDP grew 1.7 per cent from the previous quarter.", quarter)
    assert same_base.outcome is SourceOutcome.CONTRADICTED, same_base
    annual = check("GDP grew 1.7 per cent from a year earlier.", quarter)
    assert annual.outcome is SourceOutcome.NOT_FOUND, annual


def test_the_first_quarter_of_a_year_is_that_years_and_a_prior_figure_is_not_the_latest() -> None:
    source = (
        "GAAP diluted earnings per share were $1.23, compared with $1.02 in the first quarter "
        "of 2025; adjusted EPS was $1.41."
    )
    story = "Harlow earned $1.23 a share in the first quarter, up from $1.02 a year earlier."
    assert check(story, source, "$1.23").outcome is SourceOutcome.CONFIRMED
    assert check(story, source, "$1.02").outcome is SourceOutcome.CONFIRMED
    swapped = "Harlow earned $1.02 a share in the first quarter."
    assert check(swapped, source).outcome is not SourceOutcome.CONFIRMED


def test_a_demonym_names_its_country_and_a_base_period_does_not_date_a_change() -> None:
    source = (
        "Bankruptcies: 1,034 in April 2026\n"
        "In April 2026, 1,034 enterprises were declared bankrupt in Belgium, 8.2% more than "
        "in April 2025.\n"
        "Statbel, the Belgian statistical office – 6 May 2026"
    )
    story = (
        "More than 1,000 Belgian companies went bankrupt in April, 8.2 per cent more than a "
        "year earlier."
    )
    assert check(story, source, "1,000").outcome is SourceOutcome.CONFIRMED
    assert check(story, source, "8.2 per cent").outcome is SourceOutcome.CONFIRMED
    planted = "More than 1,100 Belgian companies went bankrupt in April."
    assert check(planted, source).outcome is not SourceOutcome.CONFIRMED
    # People of a country are not its adjective: "Colombians resident abroad".
    assert "colombia" not in context_words("Colombians resident abroad")
    assert "colombia" in context_words("the Colombian economy")


LFS = (
    '"Labour force characteristics by sex, monthly, seasonally adjusted"\n'
    '"Table 14-10-0287-01"\n'
    '"Geography: Canada"\n'
    '"Labour force characteristics","Sex","March 2026","April 2026"\n'
    '"Unemployment rate (percent)","Both sexes","6.8","6.9"\n'
    '"Unemployment rate (percent)","Men+","7.0","7.2"\n'
    '"Unemployment rate (percent)","Women+","6.5","6.5"\n'
    '"Symbol legend:"\n'
    '"..","not available for a specific reference period"\n'
    '"Source: Statistics Canada, Labour Force Survey"\n'
)


def test_a_data_file_with_notes_above_and_below_and_two_label_columns() -> None:
    source = read(LFS, "text/csv")
    assert "Unemployment rate (percent) · Both sexes · April 2026 · 6.9" in source
    assert "Source: Statistics Canada, Labour Force Survey" in source
    story = "Canada's unemployment rate rose to 6.9 per cent in April from 6.8 per cent in March."
    assert check(story, source, "6.9 per cent").outcome is SourceOutcome.CONFIRMED
    assert check(story, source, "6.8 per cent").outcome is SourceOutcome.CONFIRMED
    men = check("The unemployment rate for men was 7.2 per cent in April.", source)
    assert men.outcome is SourceOutcome.CONFIRMED, men
    planted = check("Canada's unemployment rate rose to 7.2 per cent in April.", source)
    assert planted.outcome is not SourceOutcome.CONFIRMED, planted


def test_a_norms_years_do_not_date_the_figure_above_it() -> None:
    source = (
        "The national average annual temperature was 7.1 °C, 1.3 °C above the 1991–2020 "
        "norm, making 2025 the fourth-warmest year."
    )
    story = (
        "Switzerland's average temperature last year was 7.1 degrees Celsius, 1.3 degrees "
        "above the 1991-2020 norm."
    )
    assert check(story, source, "7.1 degrees Celsius").outcome is SourceOutcome.CONFIRMED
    planted = "Switzerland's average temperature last year was 8.4 degrees Celsius."
    assert check(planted, source).outcome is SourceOutcome.CONTRADICTED


def test_a_hedged_share_in_words_is_a_fraction_rounded_further_than_its_digits() -> None:
    source = "Employed people who usually or sometimes work from home, 2025: 26.4% (2024: 25.1%)"
    clean = check_share("More than one in four people in work worked from home in 2025.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    # On the hedge's side only, and not further than a share in words reaches.
    below = check_share("Nearly one in four people in work worked from home in 2025.", source)
    assert below.outcome is not SourceOutcome.CONFIRMED, below
    far = check_share("More than one in five people in work worked from home in 2025.", source)
    assert far.outcome is not SourceOutcome.CONFIRMED, far


def test_a_sentence_about_this_takes_the_words_of_the_one_before() -> None:
    source = (
        "According to final results, the inflation rate for April 2026 as measured by the "
        "consumer price index was 3.2% (flash estimate: 3.1%). In March 2026 the rate was 2.9%."
    )
    story = "Austrian inflation rose to 3.2 per cent in April from 2.9 per cent in March."
    assert check(story, source, "3.2 per cent").outcome is SourceOutcome.CONFIRMED
    assert check(story, source, "2.9 per cent").outcome is SourceOutcome.CONFIRMED
    planted = "Austrian inflation was 3.1 per cent in April."
    assert check(planted, source).outcome is not SourceOutcome.CONFIRMED


def test_a_korean_release_writes_percentage_points_as_percent_p() -> None:
    source = (
        "The employment rate (aged 15-64) was 70.1%, up 0.4%p from the same month of the "
        "previous year."
    )
    clean = "The employment rate rose 0.4 percentage points from a year earlier to 70.1 per cent."
    assert check(clean, source, "0.4 percentage points").outcome is SourceOutcome.CONFIRMED
    planted = "The employment rate rose 0.4 per cent on a year earlier."
    assert check(planted, source).outcome is not SourceOutcome.CONFIRMED


def test_a_months_words_do_not_outweigh_the_subject_that_picks_the_figure() -> None:
    source = (
        "Average weekly earnings\n"
        "Annual growth in employees' average regular earnings was 4.7% in June to August 2025.\n"
        "Annual average regular earnings growth was 6.0% for the public sector and 4.4% for the "
        "private sector."
    )
    planted = check("Private sector regular pay grew 4.7 per cent in June to August.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
    clean = check("Private sector regular pay grew 4.4 per cent in June to August.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean


RENTS = (
    "<h1>Average rent per month by number of rooms, 2024</h1><table>"
    "<tr><th>Canton</th><th>3 rooms in CHF</th><th>4 rooms in CHF</th></tr>"
    "<tr><td>Zurich</td><td>1'689</td><td>2'046</td></tr>"
    "<tr><td>Geneva</td><td>1'598</td><td>2'104</td></tr>"
    "<tr><td>Basel-Stadt</td><td>1'392</td><td>1'811</td></tr></table>"
)


def test_another_named_places_row_is_not_the_storys_when_its_own_row_is_there() -> None:
    source = read(RENTS)
    planted = check("Four-room flats in the canton of Zurich cost Fr. 2,104 a month.", source)
    assert planted.outcome is not SourceOutcome.CONFIRMED, planted
    clean = check("Four-room flats in the canton of Zurich cost Fr. 2,046 a month.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean


def test_a_figure_set_off_by_commas_keeps_the_words_after_it() -> None:
    # "..., 92.2 per cent, had their first MMR jab": the jab is what the figure measures.
    source = (
        "Vaccine uptake in Wales\n"
        "Uptake of the MMR jab at two years was 92.2%.\n"
        "Uptake of the 6-in-1 vaccine at two years was 95.1%."
    )
    story = "More than nine in ten two-year-olds in Wales, 92.2 per cent, had their MMR jab."
    assert check(story, source, "92.2 per cent").outcome is SourceOutcome.CONFIRMED
    planted = "More than nine in ten two-year-olds in Wales, 95.1 per cent, had their MMR jab."
    assert check(planted, source, "95.1 per cent").outcome is SourceOutcome.CONTRADICTED


def test_mexican_pesos_and_french_scale_letters_before_the_euro() -> None:
    [pesos] = [f for f in figures_in("Net profit rose to Mex$4.8bn.") if f.unit]
    assert (pesos.value, pesos.unit) == (Decimal("4800000000.0"), "MXN")
    [millions, billions] = figures_in("soit 18 432,6 M€ et 1,2 Md€")
    assert millions.value == Decimal("18432600000.0")
    assert billions.value == Decimal("1200000000.0")
    # Not a lone "M" before a word.
    [count] = figures_in("about 5 M people")
    assert count.value == 5


def test_a_brackets_labelled_figures_are_their_labels_not_the_figure_before_them() -> None:
    source = "Life expectancy at birth was estimated at 67.8 years (women 70.1, men 65.6)."
    planted = check("Life expectancy for Ethiopian men has reached 67.8 years.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
    assert planted.source_figure == "65.6"
    clean = check("Life expectancy at birth has reached 67.8 years.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean


def test_a_part_of_the_figure_before_it_is_not_another_value_for_the_whole() -> None:
    source = (
        "On 1 November the prison population stood at 392,410, of whom 61,200 were held on "
        "remand awaiting trial."
    )
    clean = check("Turkey's prisons held 392,410 people on 1 November.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    planted = check("Turkey's prisons held 402,410 people on 1 November.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
    assert planted.source_figure == "392,410"
    part = check("Some 61,200 prisoners were held on remand on 1 November.", source)
    assert part.outcome is SourceOutcome.CONFIRMED, part


def test_a_french_release_in_its_own_words_months_and_quarters() -> None:
    source = (
        "Indice des prix à la consommation\n"
        "L'inflation annuelle s'établit à 2,1 % en avril 2026, contre 2,5 % en mars.\n"
        "Au quatrième trimestre 2025, le taux de chômage est de 7,4 % de la population active."
    )
    april = check("Annual inflation was 2.1 per cent in April.", source)
    assert april.outcome is SourceOutcome.CONFIRMED, april
    planted = check("Annual inflation was 2.5 per cent in April.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
    jobless = check("The jobless rate was 7.4 per cent in the fourth quarter of 2025.", source)
    assert jobless.outcome is SourceOutcome.CONFIRMED, jobless


def test_either_sex_as_a_table_names_it_and_the_first_three_months_are_a_quarter() -> None:
    table = (
        "Literacy rate by sex\n"
        "County · Literacy rate (%) Male · Literacy rate (%) Female\n"
        "Kenya · Literacy rate (%) Male · 85.2\n"
        "Kenya · Literacy rate (%) Female · 79.5"
    )
    planted = check("Literacy among Kenyan women stands at 85.2 per cent.", table)
    assert planted.outcome is not SourceOutcome.CONFIRMED, planted
    clean = check("Literacy among Kenyan women stands at 79.5 per cent.", table)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean
    growth = (
        "The economy grew by 4.9 per cent in the first quarter of 2026 compared to a growth "
        "of 4.4 per cent in the corresponding quarter of 2025."
    )
    wrong = check(
        "Kenya's economy expanded 4.4 per cent in the first three months of 2026.", growth
    )
    assert wrong.outcome is SourceOutcome.CONTRADICTED, wrong
    right = check(
        "Kenya's economy expanded 4.9 per cent in the first three months of 2026.", growth
    )
    assert right.outcome is SourceOutcome.CONFIRMED, right


def test_a_text_tables_figures_grouped_by_spaces_are_one_cell_each() -> None:
    lines = with_text_tables(["Type 2023 2024", "Day-hospital places 91 300 93 400", "Sites 12 14"])
    assert "Day-hospital places · 2024 · 93 400" in lines
    assert "Sites · 2024 · 14" in lines


def test_a_footnote_and_a_compared_figure_give_no_other_value() -> None:
    source = (
        "Measles cases, United States\n"
        "Cases reported in 2025 · Total · 1,681\n"
        "‡ Defined as 3 or more related cases."
    )
    assert check("The US recorded 1,681 measles cases in 2025.", source, "1,681").outcome is (
        SourceOutcome.CONFIRMED
    )
    incidents = (
        "Water and sewerage companies reported 2,801 pollution incidents in 2024, up from 2,174 "
        "in 2023."
    )
    story = (
        "Water companies were responsible for 2,801 pollution incidents in 2024, up from 2,174 "
        "the year before."
    )
    assert check(story, incidents, "2,174").outcome is SourceOutcome.CONFIRMED
    assert check(story, incidents, "2,801").outcome is SourceOutcome.CONFIRMED
    # "0.8 of a percentage point" is percentage points.
    [change] = [f for f in figures_in("down 0.8 of a percentage point") if f.unit]
    assert change.unit == "pp"


def test_a_one_sided_hedge_puts_the_source_on_its_side() -> None:
    table = "Visitor arrivals\nMarket · May 2026\nTotal · May 2026 · 1,381,240"
    planted = check("Singapore welcomed more than 1.4 million visitors in May.", table)
    assert planted.outcome is not SourceOutcome.CONFIRMED, planted
    nearly = check("Singapore welcomed nearly 1.4 million visitors in May.", table)
    assert nearly.outcome is SourceOutcome.CONFIRMED, nearly
    plain = check("Singapore welcomed 1.4 million visitors in May.", table)
    assert plain.outcome is SourceOutcome.CONFIRMED, plain


def test_weeks_and_ages_label_a_figure_and_a_measure_is_no_count() -> None:
    assert [f.text for f in figures_in("Two-thirds of Spaniards aged 65 and over")] == []
    assert [f.text for f in figures_in("epidemiological week 14, 2026")] == ["2026"]
    assert "64" not in [f.text for f in figures_in("people aged 15 to 64")]
    source = (
        "Lassa fever situation report, epidemiological week 14, 2026\n"
        "Cumulatively from week 1 to week 14 of 2026, 812 confirmed cases and 151 deaths "
        "have been reported."
    )
    story = "Nigeria has recorded 812 confirmed cases of Lassa fever since January and 151 deaths."
    assert check(story, source, "812").outcome is SourceOutcome.CONFIRMED
    # An incidence written with a decimal comma is no count of cases.
    table = "Dengue\nTotal (jan–jun) · Incidência (por 100 mil hab.) · 706,0"
    cases = check("Brazil recorded 455,200 probable dengue cases in March.", table)
    assert cases.outcome is not SourceOutcome.CONTRADICTED, cases


def test_fewer_is_a_fall_the_source_writes_with_a_minus() -> None:
    source = "Company insolvencies, October 2026\nChange on October 2025 ................. -7%"
    story = "Some 2,179 companies became insolvent in October, 7% fewer than a year earlier."
    assert check(story, source, "7%").outcome is SourceOutcome.CONFIRMED


def test_a_headlines_fall_does_not_turn_the_storys_rise_into_one() -> None:
    source = (
        "Entries, change on previous year (%)\nRace · 2025\n(%) · Stockholm Marathon · 2025 · −6.5"
    )
    story = (
        "Fewer marathon entries. Entries for the Stockholm marathon rose 6.5 per cent this year."
    )
    assert check(story, source).outcome is SourceOutcome.CONTRADICTED


def test_a_head_row_s_year_is_no_value() -> None:
    from orchestrator.figures import figures_in
    from orchestrator.sourcecheck import check_figure, source_text

    table = (
        "Region · Internet users (millions) 2024 · Internet users (millions) 2025\n"
        "World · Internet users (millions) 2024 · 5 512\n"
        "World · Internet users (millions) 2025 · 5 656\n"
        "General government deficit, % of GDP · 2023\n"
        "Fiscal balance · General government deficit, % of GDP · 2025 · 2.9"
    )
    story = "The number of internet users in the world reached {} in 2025."
    wrong = story.format("5.9 billion")
    outcome = check_figure(figures_in(wrong)[0], wrong, source_text(table))
    assert outcome.source_figure == "5 656", outcome  # not the head row's "2025"
    deficit = "The general government deficit will be 3.4% of GDP in 2025."
    outcome = check_figure(figures_in(deficit)[0], deficit, source_text(table))
    assert outcome.source_figure == "2.9", outcome  # not "2023" read as 2,023%
