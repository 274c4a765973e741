"""A cited figure against its source's own text: notation, rounding, units, context."""

from __future__ import annotations

import pytest

from orchestrator.domain import SourceOutcome
from orchestrator.figures import figures_in
from orchestrator.sourcecheck import FigureCheck, check_figure, source_text
from orchestrator.spelled import cited_in_words


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


# --- rules found on the rough, held-out bench set --------------------------------------------


def test_each_figure_of_a_two_period_sentence_is_matched_to_its_own_period() -> None:
    source = "Unemployment was 5.26 per cent in September and 5.1 per cent in August."
    right = "The jobless rate climbed to 5.3 percent in September, up from 5.1 percent in August."
    assert check(right, source, "5.3 percent").outcome is SourceOutcome.CONFIRMED
    assert check(right, source, "5.1 percent").outcome is SourceOutcome.CONFIRMED
    swapped = "The jobless rate climbed to 5.1 percent in September, up from 5.3 percent in August."
    result = check(swapped, source, "5.1 percent")
    assert result.outcome is SourceOutcome.CONTRADICTED, result
    assert result.source_figure == "5.26 per cent"


def test_a_shared_month_alone_does_not_make_another_series_the_same_thing() -> None:
    result = check(
        "The jobless rate climbed to 5.3 percent in September, the office said.",
        "Bulletin\nJob vacancies rose 5.26 per cent in September.\nMore tables on request.",
    )
    assert result.outcome is SourceOutcome.NOT_FOUND, result


def test_an_exact_amount_about_another_thing_in_the_same_month_is_not_support() -> None:
    result = check(
        "Government borrowing hit £2.3bn in July, according to the figures.",
        "Bulletin\nReceipts from stamp duty came to £2.3 billion in July.\nEnds.",
    )
    assert result.outcome is SourceOutcome.NOT_FOUND, result


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Acme's revenue grew 4.2 percent.", "Net sales rose 4.2%."),
        ("Inflation slowed to 2.8 per cent in March.", "The consumer price index rose 2.84%."),
    ],
)
def test_a_release_may_name_the_thing_in_its_own_words(claim: str, source: str) -> None:
    assert check(claim, source).outcome is SourceOutcome.CONFIRMED


@pytest.mark.parametrize(
    ("rows", "claim"),
    [
        # The unit is in the head of the label column, not in the row label.
        (
            [["Number (thousands)", "2024", "2025"], ["Offences", "51.9", "48.3"]],
            "Police recorded 48.3 thousand offences in 2025.",
        ),
        (
            [["Annual change, %", "February", "March"], ["Consumer price index", "3.02", "2.84"]],
            "The consumer price index rose 2.8 per cent in March.",
        ),
        # Quarter heads ("Q3") are column labels, not figures.
        (
            [["US$ m", "Q3 last year", "Q3"], ["Net sales", "51", "58"]],
            "Net sales reached $58m in Q3.",
        ),
    ],
)
def test_a_table_cell_takes_the_unit_of_its_label_columns_head(
    rows: list[list[str]], claim: str
) -> None:
    from orchestrator.reading.tables import table_lines

    result = check(claim, "\n".join(table_lines(rows)))
    assert result.outcome is SourceOutcome.CONFIRMED, result


def test_a_month_and_a_year_are_not_different_periods() -> None:
    result = check(
        "In March 2024, unemployment was 5.1 per cent.",
        "Unemployment was 5.1% in March.",
        "5.1 per cent",
    )
    assert result.outcome is SourceOutcome.CONFIRMED, result
    verb = check("Unemployment was 5.1 percent and may rise.", "In June, unemployment was 5.1%.")
    assert verb.outcome is SourceOutcome.CONFIRMED, verb


# --- what a figure is about: subject, counted thing, period role, words -----------------------


def test_an_exact_amount_needs_the_claim_s_subject_in_its_sentence() -> None:
    claim = "Northwind's profit rose to $7.45m last year, the company said."
    other = check(claim, "Results\nThe company paid $7,450,000 in dividends during the year.")
    assert other.outcome is SourceOutcome.NOT_FOUND, other
    assert other.found.startswith("“$7.45m” is in the cited source only about something else")
    # The release's word for the same measure is the story's: net income is profit.
    same = check(claim, "Results\nNet income for the year was $7,450,000.")
    assert same.outcome is SourceOutcome.CONFIRMED, same


def test_a_count_is_about_what_it_counts() -> None:
    claim = "Visitor numbers at the museum reached 318,000 in August, the figures show."
    tickets = check(
        claim, "Bulletin\nSome 318,000 tickets were sold online by the museum in August."
    )
    assert tickets.outcome is SourceOutcome.NOT_FOUND, tickets
    visitors = check(claim, "Bulletin\nThe museum welcomed 318,000 visitors in August.")
    assert visitors.outcome is SourceOutcome.CONFIRMED, visitors


def test_a_prior_period_s_figure_is_not_the_latest_whatever_the_words() -> None:
    release = "Net income was $7,450,000 for the year, compared with $6,900,000 a year earlier."
    alone = check("Northwind's profit rose to $6.9m last year.", release)
    assert alone.outcome is SourceOutcome.CONTRADICTED, alone
    assert alone.source_figure == "$7,450,000"
    both = "Northwind's profit rose to $7.45m last year from $6.9m the year before."
    assert check(both, release, "$7.45m").outcome is SourceOutcome.CONFIRMED
    assert check(both, release, "$6.9m").outcome is SourceOutcome.CONFIRMED
    swapped = "Northwind's profit rose to $6.9m last year from $7.45m the year before."
    assert check(swapped, release, "$6.9m").outcome is SourceOutcome.CONTRADICTED


def test_the_later_of_two_named_years_is_the_story_s_last_year() -> None:
    release = "Police recorded 48,300 offences in 2025 and 51,900 in 2024."
    right = "Recorded crime fell to 48.3 thousand offences last year from 51,900 the year before."
    assert check(right, release, "48.3 thousand").outcome is SourceOutcome.CONFIRMED
    assert check(right, release, "51,900").outcome is SourceOutcome.CONFIRMED
    swapped = "Recorded crime fell to 51,900 offences last year from 48.3 thousand the year before."
    result = check(swapped, release, "51,900")
    assert result.outcome is SourceOutcome.CONTRADICTED, result
    assert result.source_figure == "48,300"


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "Households behind on bills rose to 25 percent.",
            "A quarter of households were behind on bills.",
        ),
        ("The share of members was 67 percent.", "Two thirds of members voted for the share."),
        ("The share of adults was 20% in June.", "One in five adults had no share in June."),
        ("The council closed 12 libraries.", "Twelve libraries were closed by the council."),
        ("The scheme reached 2.5 million people.", "The scheme reached two and a half million."),
    ],
)
def test_a_figure_the_source_spells_out_confirms_the_article_s_digits(
    claim: str, source: str
) -> None:
    result = check(claim, source)
    assert result.outcome is SourceOutcome.CONFIRMED, result


def test_a_quarter_of_a_year_is_not_a_share() -> None:
    result = check("The share rose to 25 percent.", "The share rose in the first quarter.")
    assert result.outcome is SourceOutcome.NOT_FOUND, result


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # Who reports or spends it, or what the source is called, is not what it measures.
        (
            "The charity raised £3.4m last year, its accounts show.",
            "Accounts\nThe charity spent £3,400,000 on its programmes last year.\nEnds.",
        ),
        (
            "The council's debt rose to £310m in 2025, the accounts show.",
            "Accounts\nThe council's reserves stood at £310 million in 2025.\nEnds.",
        ),
    ],
)
def test_the_reporter_and_the_document_are_not_the_subject(claim: str, source: str) -> None:
    result = check(claim, source)
    assert result.outcome is SourceOutcome.NOT_FOUND, result


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The school had 1,240 pupils in 2025.", "The school had 1,240 students on roll in 2025."),
        ("The firm cut 450 jobs in March.", "The company removed 450 positions in March."),
        ("Customer numbers reached 1.8 million.", "The group has 1,800,000 subscribers."),
    ],
)
def test_a_counted_thing_may_be_named_otherwise(claim: str, source: str) -> None:
    result = check(claim, source)
    assert result.outcome is SourceOutcome.CONFIRMED, result


def test_last_year_s_figure_is_the_prior_one() -> None:
    release = "Unemployment was 4.2 percent, compared with last year's 4.4 percent."
    result = check("Unemployment fell to 4.4 percent, the office said.", release)
    assert result.outcome is SourceOutcome.CONTRADICTED, result
    assert result.source_figure == "4.2 percent"


def test_another_kind_of_the_same_thing_is_not_support() -> None:
    fuel = "Fuel duty raised £24.7bn in 2025, the figures show."
    result = check(fuel, "Release\nAlcohol duty receipts were £24.7 billion in 2025.\nEnds.")
    assert result.outcome is SourceOutcome.NOT_FOUND, result
    same = check(fuel, "Release\nFuel duty receipts were £24.7 billion in 2025.\nEnds.")
    assert same.outcome is SourceOutcome.CONFIRMED, same
    # Words that narrow a measure without changing it, and names, are not another kind.
    borrowing = check(
        "Government borrowing hit £2.3bn in July.",
        "Public sector net borrowing was £2.3bn in July.",
    )
    assert borrowing.outcome is SourceOutcome.CONFIRMED, borrowing
    named = check("Acme's revenue reached $58m.", "Net sales for the quarter were $58,000,000.")
    assert named.outcome is SourceOutcome.CONFIRMED, named


# --- gate3 ---------------------------------------------------------------------------------------


def test_a_page_heading_names_what_its_table_cells_measure() -> None:
    # "schools" alone says who, not what; the heading says the table is about pupils.
    source = (
        "Pupil absence in state-funded schools, autumn term\n"
        "School phase · Overall absence rate (%) · Persistent absence (%)\n"
        "All schools · Overall absence rate (%) · 6.9\n"
        "All schools · Persistent absence (%) · 19.4"
    )
    claim = "Pupils in state schools missed 6.9 per cent of sessions in the autumn term."
    assert check(claim, source).outcome is SourceOutcome.CONFIRMED
    wrong = "Pupils in state schools missed 7.9 per cent of sessions in the autumn term."
    assert check(wrong, source).outcome is SourceOutcome.CONTRADICTED


def test_dot_leaders_do_not_part_a_label_from_its_figure() -> None:
    source = (
        "BRIDGE CONDITION SUMMARY\n"
        "Structures rated good ................. 7,311\n"
        "Structures rated poor ................. 1,142 (6.8% of total)"
    )
    claim = "1,142 of the state's bridges are rated in poor condition."
    result = check(claim, source)
    assert result.outcome is SourceOutcome.CONFIRMED, result
    assert "poor" in result.found


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # The claimant count is an unemployment measure, not another kind of rate.
        (
            "The jobless rate stood at 3.1 per cent in August.",
            "The claimant count rate was 3.1% in August.",
        ),
        ("The borough recorded 312 deaths on its roads.", "312 people killed on the roads."),
        (
            "Fibre services now reach 4.3 million homes and businesses.",
            "4.3 million premises were able to connect to full-fibre services.",
        ),
        ("The route carried 184,220 passengers in October.", "boardings · 184,220"),
    ],
)
def test_a_release_s_word_for_the_same_measure(claim: str, source: str) -> None:
    assert check(claim, source).outcome is SourceOutcome.CONFIRMED


def test_a_whole_percentage_rounds_a_precise_one() -> None:
    result = check(
        "Turnout in the referendum was 44 per cent.",
        "Turnout: 44.36 per cent of the registered electorate.",
    )
    assert result.outcome is SourceOutcome.CONFIRMED and result.rounded


def test_the_period_after_one_figure_is_not_the_next_one_s() -> None:
    source = "The service helped 2,614 households in 2024-25, after 2,390 the year before."
    planted = check("The service supported 2,390 households in 2024-25.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
    assert planted.source_figure == "2,614"
    assert check("The service supported 2,614 households in 2024-25.", source).outcome is (
        SourceOutcome.CONFIRMED
    )


def test_one_month_name_for_two_years_leaves_the_comparison_to_decide() -> None:
    source = (
        "Gross GST revenue stood at ₹1.82 lakh crore in October 2025, "
        "compared with ₹1.72 lakh crore in October 2024."
    )
    planted = check("Gross GST collections came to ₹1.72 lakh crore in October.", source)
    assert planted.outcome is SourceOutcome.CONTRADICTED, planted
    clean = check("Gross GST collections came to ₹1.82 lakh crore in October.", source)
    assert clean.outcome is SourceOutcome.CONFIRMED, clean


def test_the_opposite_kind_is_not_support() -> None:
    source = "812 children were offered a place at their first-choice primary school."
    claim = "Some 812 children missed out on their first-choice secondary school."
    assert check(claim, source).outcome is not SourceOutcome.CONFIRMED
    both = "812 children were offered a first-choice primary or secondary school place."
    assert check(claim, both).outcome is SourceOutcome.CONFIRMED


def test_more_than_a_million_voters_is_a_count_of_votes() -> None:
    claim = "More than a million people voted early, the electoral commission said."
    (figure,) = cited_in_words(claim)
    source = source_text("A total of 1,034,000 votes were cast at early voting centres.")
    assert check_figure(figure, claim, source).outcome is SourceOutcome.CONFIRMED
    claim = "More than two million people voted early, the electoral commission said."
    (figure,) = cited_in_words(claim)
    assert check_figure(figure, claim, source).outcome is not SourceOutcome.CONFIRMED


def test_housing_starts_are_not_building_permits() -> None:
    source = "Building permits for 4,800 homes were issued in the first quarter."
    assert check("Housing starts rose to 4,800 in May.", source).outcome is not (
        SourceOutcome.CONFIRMED
    )
    assert check("Permits for 4,800 homes were issued.", source).outcome is (
        SourceOutcome.CONFIRMED
    )


def test_a_figure_the_story_cites_beside_is_no_other_value_for_this_one() -> None:
    # The release's "$2.18 billion" is the story's budget, stated beside its general fund:
    # it does not contradict "$733 million in the general fund" (the fund's own sentence
    # rounds to it).
    release = (
        "The Mayor and Council on Tuesday adopted the City's budget for fiscal year 2026, "
        "totaling $2.18 billion, an increase of 3.4% over the FY2025 budget. "
        "The General Fund, which pays for police, fire and parks, is $732.5 million."
    )
    story = (
        "The Mayor and Council adopted a $2.18 billion budget for fiscal 2026, up 3.4 percent, "
        "with about {f} in the general fund, the city said."
    )
    assert check(story.format(f="$733 million"), release, "$733 million").outcome is (
        SourceOutcome.CONFIRMED
    )
    wrong = check(story.format(f="$812 million"), release, "$812 million")
    assert wrong.outcome is SourceOutcome.CONTRADICTED, wrong
    assert wrong.source_figure == "$732.5 million"


def test_a_count_is_matched_to_the_source_s_count_of_the_same_thing() -> None:
    release = (
        "123.2 million people were forcibly displaced worldwide at the end of 2024. They "
        "include 42.7 million refugees, 72.1 million people displaced inside their own "
        "countries and 8.4 million asylum-seekers."
    )
    story = "More than 123 million people had been forced from their homes, among them {} refugees."
    assert check(story.format("42.7 million"), release, "42.7 million").outcome is (
        SourceOutcome.CONFIRMED
    )
    wrong = check(story.format("47.2 million"), release, "47.2 million")
    assert (wrong.outcome, wrong.source_figure) == (SourceOutcome.CONTRADICTED, "42.7 million")


def test_a_cut_is_a_fall() -> None:
    table = "Cabinet Office · change headcount (%) · -9.4\nHome Office · change headcount (%) · 4.7"
    story = "The Cabinet Office cut its headcount by {} in the year to March."
    assert check(story.format("9.4%"), table).outcome is SourceOutcome.CONFIRMED
    assert check(story.format("4.7%"), table).outcome is SourceOutcome.CONTRADICTED
