"""Does a cited source state a figure *about the same thing*? What a copy editor would accept.

A figure is confirmed when the source states it (in any notation, or more precisely and
rounded) in a sentence or a table cell that is about what the article's sentence is about:
the words around the figure in the article are weighed against the words around each figure
in the source (a table cell's words are its row and column labels), rarer words of the
source counting more. A same-kind figure with another value in the best-matching place is a
contradiction, and both are shown; the same number elsewhere on the page, about something
else, is not support.

The source's places (its figures with their words, periods and roles) are read in
orchestrator/sourcetext.py. Pure code over the source's own text: no model decides any of it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from orchestrator.changes import change_base, is_level
from orchestrator.domain import JSON
from orchestrator.domain import SourceOutcome as Outcome
from orchestrator.figures import Figure
from orchestrator.hedges import EITHER, Hedge, hedge_before
from orchestrator.measures import is_measure
from orchestrator.money import is_currency
from orchestrator.periods import (
    LATEST,
    claim_period,
    comparable_periods,
    comparison_roles,
    different_periods,
    period_of,
)
from orchestrator.reading.tables import CELL_SEPARATOR
from orchestrator.sentences import sentence_spans
from orchestrator.sourcetext import PART_WORDS, Place, SourceText, figures_at, source_text
from orchestrator.subjects import (
    ACTORS,
    MONTHS,
    claim_clause,
    claim_words,
    context_words,
    contrasted,
    counted_thing,
    falling,
    other_currency,
    other_kind,
    other_network,
    other_region,
    proper_names,
    speaks_of_intent,
)

__all__ = ["FigureCheck", "Outcome", "SourceText", "check_figure", "source_text"]


# Worst first: a citation with several figures is as good as its worst one.
SEVERITY = (Outcome.CONTRADICTED, Outcome.NOT_FOUND, Outcome.UNREADABLE, Outcome.CONFIRMED)


@dataclass(frozen=True)
class FigureCheck:
    """One cited figure (or quoted phrase) against its source."""

    figure: str  # as the article writes it
    outcome: Outcome
    found: str  # the source's sentence or table cell, or why there is none
    source_figure: str | None = None  # what the source says, when it says it differently
    rounded: bool = False

    def sentence(self) -> str:
        """What an approver reads about this figure."""
        if self.outcome is Outcome.CONFIRMED:
            how = f" (rounded from {self.source_figure})" if self.rounded else ""
            return f"“{self.figure}” confirmed{how}: {self.found}"
        if self.outcome is Outcome.CONTRADICTED:
            said = f"the article says {self.figure}, the source says {self.source_figure}"
            return f"{said}: {self.found}"
        if self.outcome is Outcome.UNREADABLE:
            return f"“{self.figure}” could not be checked: {self.found}"
        return self.found

    def to_json(self) -> JSON:
        return {
            "figure": self.figure,
            "outcome": self.outcome.value,
            "found": self.found,
            "source_figure": self.source_figure,
            "rounded": self.rounded,
        }

    @classmethod
    def from_json(cls, data: JSON) -> FigureCheck:
        return cls(
            figure=data["figure"],
            outcome=Outcome(data["outcome"]),
            found=data.get("found") or "",
            source_figure=data.get("source_figure"),
            rounded=bool(data.get("rounded")),
        )


def worst(outcomes: Sequence[Outcome]) -> Outcome:
    for outcome in SEVERITY:
        if outcome in outcomes:
            return outcome
    return Outcome.CONFIRMED


# --- deciding --------------------------------------------------------------------------------

# A figure's place must share at least this much weight of words with the article's sentence
# to be "about the same thing". Tuned on the tuning half of bench/gate_quality.py.
MIN_CONTEXT = 1.0


def check_figure(figure: Figure, claim_context: str, source: SourceText) -> FigureCheck:
    """``figure`` (from the article's ``claim_context``) against the cited source."""
    at = claim_context.find(figure.text)
    if at >= 0:
        words = claim_words(claim_context, at, at + len(figure.text))
    else:
        words = context_words(claim_context)
    period = claim_period(claim_context, at, at + len(figure.text)) if at >= 0 else None
    wanted = [figure]
    # The figure's own clause of the story: "collected N312.6bn ..., beating its target".
    clause = claim_clause(claim_context, at, at + len(figure.text)) if at >= 0 else claim_context
    if figure.value > 0 and falling(clause):
        # "fell 0.3 percent" is the source's "-0.3%" (its own clause's fall: a headline's
        # "Fewer marathon entries" does not turn the story's "rose 6.5 per cent" into one).
        wanted.append(replace(figure, value=-figure.value))
    # "nearly £287,500" is the source's £287,460: a hedge admits rounding, on its side.
    hedge = hedge_before(claim_context, at)
    role = _claim_role(claim_context, at)
    # A level ("reached 1.2 million"), not a change ("up 120,000"), where the words say so.
    # (Not a percentage: "inflation rose to 3.2%" is the release's "prices rose 3.2%".)
    level = at >= 0 and is_level(claim_context, at)
    base = (
        change_base(claim_context, at, at + len(figure.text))
        if at >= 0 and figure.unit in ("%", "pp")
        else None
    )
    everything = context_words(claim_context)
    # The figure's own sentence and clause: a headline's "misses its target" does not make
    # the story's "lost 412m litres" a target.
    own_clause = context_words(clause) if at >= 0 else words
    # The story's other figures in this sentence: the source's "$2.18 billion" is the
    # story's "$2.18 billion budget", not another value for its "$733 million in the general
    # fund" beside it.
    cited_beside = _cited_beside(claim_context, at)
    counts = counted_thing(claim_context, at + len(figure.text)) if at >= 0 else None
    best_match: tuple[_Rank, Place] | None = None
    best_other: tuple[_Rank, Place] | None = None
    for place in source.places:
        if different_periods(period, place.period):
            continue  # the source's figure for another month or year
        if (
            role
            and place.role
            and role != place.role
            and not comparable_periods(period, place.period)
        ):
            continue  # "a year earlier" in the source, the latest period in the article
        if place.counted is not None and not place.counted & everything:
            continue  # "2,460,000 bags" is not the story's passengers, whatever else agrees
        shared = (everything & place.clause) - MONTHS - ACTORS
        if CELL_SEPARATOR not in place.sentence and contrasted(
            claim_context, place.own or place.sentence, shared
        ):
            continue  # "Tram ridership" is not the story's "Bus ridership"
        if other_kind(everything, place.clause) or other_network(everything, place.words):
            continue  # "primary school" is not the story's "secondary school", 4G not 5G
        if figure.unit in ("%", "pp") and other_currency(
            clause,
            place.own or place.sentence,
        ):
            continue  # "rose 13.1% in rupee terms" is not the release's "in US dollar terms"
        if place.own and other_kind(words, place.words):
            continue  # "512 persons were killed and 3,184 were seriously injured"
        if CELL_SEPARATOR in place.sentence and (
            other_kind(words, place.words) or other_region(words, place.words)
        ):
            # The words of the figure's own clause name the row: "Women in Lima earned S/
            # 2,281.6" is not the "Men" row, though the story goes on to "the gap with men".
            continue
        if place.intended and not speaks_of_intent(own_clause):
            continue  # a target or a forecast is not the outcome the story reports
        if base is not None and place.base is not None and base != place.base:
            continue  # "1.7 per cent from a year earlier" is not "0.46% on the quarter before"
        if place.change and level and figure.unit not in ("%", "pp"):
            continue  # "rose to NZ$43" is the level, not the release's "up ($1.62)"
        # Of two sentences alike in words ("The CPI rose 2.3% in October" and "Food (2.9%)"),
        # the one that says it is for the story's period is its figure: a tie-break only.
        # (Not among a table's cells: its "Change (%)" column is dated by the columns beside.)
        dated = (
            period is not None
            and place.period is not None
            and period.split(":")[0] == place.period.split(":")[0]
        )
        in_cell = CELL_SEPARATOR in place.sentence
        score = _Rank(
            # (The word itself, not its thesaurus group: "people" are no "staff".)
            counts is not None
            and place.counted is not None
            and any(not word.startswith("=") for word in counts & place.counted),
            source.rank_score(words, place),
            _row_fit(source, words, place),
            # (Not a word the caption has too: "Retail sales of goods" under "Retail sales
            # of goods and services" is a part of the story's whole, not a better fit.)
            math.fsum(
                source.weight.get(word, 1.0) for word in (words & place.labels) - place.caption
            ),
            dated and not in_cell,
            _total_row(place),
        )
        if any(_supports(hedge, w, place.figure) for w in wanted):
            best_match = _better(best_match, score, place)
        elif place.note:
            continue  # a footnote's "3 or more related cases" gives no other value for it
        elif place.part and not _PART_CLAIM.search(claim_context):
            # "392,410, of whom 61,200 were held on remand" gives the part, not another
            # value for the story's whole ("prisons held 392,410 people").
            continue
        elif _contradicts(figure, place.figure) and not (
            # (Unless both say which period it is for: "rose to $6.9m last year from $7.45m"
            # against "$7,450,000 for the year, compared with $6,900,000" swaps them.)
            not (role and role == place.role)
            and any(other.matches(place.figure) for other in cited_beside)
        ):
            best_other = _better(best_other, score, place)
    if best_match is not None and _names_another(
        figure, claim_context, at, best_match[1], source, cited_beside
    ):
        best_match = None
    if (
        best_match is not None
        and best_match[0].words >= MIN_CONTEXT
        and source.subject_score(words, best_match[1]) > 0
        and (best_other is None or best_match[0] >= best_other[0])
    ):
        place = best_match[1]
        rounded = place.figure.value not in (figure.value, -figure.value)
        differs = rounded or place.figure.text != figure.text
        return FigureCheck(
            figure.text,
            Outcome.CONFIRMED,
            _trim(place.sentence),
            source_figure=place.figure.text if differs else None,
            rounded=rounded,
        )
    if best_other is not None and best_other[0].words >= MIN_CONTEXT:
        place = best_other[1]
        return FigureCheck(
            figure.text,
            Outcome.CONTRADICTED,
            _trim(place.sentence),
            source_figure=place.figure.text,
        )
    if (
        best_match is not None
        and _distinctive(figure)
        and best_match[1].figure.value == figure.value
        and (best_match[1].clause & everything) - MONTHS - ACTORS
    ):
        # "$4.2 billion" in a filing that calls it "the price" rather than "the deal": an
        # amount that exact, in a sentence that names the claim's subject (in its words or
        # a word for the same thing), even if not next to the figure. Small numbers and
        # percentages recur too often; an exact amount in a sentence about another thing
        # ("Grants worth €12.4m", "spent $58m on its warehouse") is not support.
        place = best_match[1]
        return FigureCheck(
            figure.text,
            Outcome.CONFIRMED,
            _trim(place.sentence),
            source_figure=place.figure.text if place.figure.text != figure.text else None,
        )
    if best_match is not None:
        return FigureCheck(
            figure.text,
            Outcome.NOT_FOUND,
            f"“{figure.text}” is in the cited source only about something else: "
            f"{_trim(best_match[1].sentence)}",
        )
    return FigureCheck(
        figure.text, Outcome.NOT_FOUND, f"“{figure.text}” does not appear in the cited source."
    )


def _names_another(
    figure: Figure,
    claim_context: str,
    at: int,
    place: Place,
    source: SourceText,
    cited_beside: Sequence[Figure] = (),
) -> bool:
    """Whether the matched sentence is about another named place or body than the story's
    figure, while another sentence gives a figure for the story's: "In Veneto, 52.7% ...
    cast a ballot" is not the story's "52.7% of voters in Campania" when the release goes on
    "Turnout in Campania was 44.6%". (Not a figure the story cites beside this one: the
    Council's "$2.18 billion budget" is no other value for its "$733 million general fund".)"""
    if at < 0:
        return False

    def beside(other: Place) -> bool:
        return any(cited.matches(other.figure) for cited in cited_beside)

    named = proper_names(claim_clause(claim_context, at, at + len(figure.text)))
    if CELL_SEPARATOR in place.sentence:
        # A table's row for another named place ("Geneva · 4 rooms · 2'104") is not the
        # story's "canton of Zurich" when the table has a row that names Zurich.
        return (
            bool(named)
            and not named & place.labels
            and any(
                named & other.labels and other.figure.same_kind(figure)
                for other in source.places
                if other is not place and CELL_SEPARATOR in other.sentence and not beside(other)
            )
        )
    if not named or named & place.names or not place.names - named:
        return False
    return any(
        named & other.names
        and _for_the_same(figure, other.figure)
        and other is not place
        and not beside(other)
        for other in source.places
    )


def _supports(hedge: Hedge | None, figure: Figure, other: Figure) -> bool:
    if figure.is_year != other.is_year:
        return False  # "topped 2,000" is no "2025" in a column head
    if hedge is not None and (figure.share or hedge.side != EITHER):
        # "more than half" is not the source's 49.6%, though "half" rounds it, nor "more
        # than 1.4 million" its 1,381,240: a one-sided hedge (and a share in words with any
        # hedge) puts the source on its side or it is not the figure.
        return hedge.admits(figure, other)
    return figure.matches(other) or (hedge is not None and hedge.admits(figure, other))


def _sentence_at(claim_context: str, at: int) -> tuple[int, str] | None:
    """The start and text of the sentence of ``claim_context`` the offset ``at`` is in."""
    if at < 0:
        return None
    for start, end in sentence_spans(claim_context):
        if start <= at < end:
            return start, claim_context[start:end]
    return None


def _cited_beside(claim_context: str, at: int) -> list[Figure]:
    """The other figures of the sentence the figure at ``at`` is in."""
    found = _sentence_at(claim_context, at)
    if found is None:
        return []
    start, sentence = found
    return [f for f, a in figures_at(sentence) if a != at - start and not f.is_year]


def _claim_role(claim_context: str, at: int) -> str | None:
    """Whether the article gives this figure as the latest or the prior period's. A figure
    given alone is the latest: "revenue reached $51m last quarter" is not supported by a
    release's "$51m a year earlier" (a month the article names is compared with the
    source's own months, where it names them, instead)."""
    located = _sentence_at(claim_context, at)
    if located is None:
        return None
    start, sentence = located
    found = [(f, a) for f, a in figures_at(sentence) if not f.is_year]
    spans = [(a, a + len(f.text)) for f, a in found]
    periods = [period_of(sentence, a, b) for a, b in spans]
    if len(found) < 2:
        return LATEST
    roles = comparison_roles(sentence, spans, periods)
    return next((r for (a, _), r in zip(spans, roles, strict=True) if a == at - start), None)


class _Rank(NamedTuple):
    """How well a place fits the article's figure: its shared words' weight, then how well
    a cell's own row and column name it, then how well its row's own label (or its sentence) does
    without the page's heading (the "PAKISTAN" row of a table under "PAKISTAN METEOROLOGICAL
    DEPARTMENT", for "rainfall across Pakistan"), then whether it says it is for the story's period,
    then whether it is a table's total row (a story that names no breakdown, "the poverty
    rate", cites the "Urban + rural" row)."""

    counts: bool  # the place counts what the story's figure counts: "42.7 million refugees"
    words: float
    row: float
    labels: float
    dated: bool
    total: bool


def _row_fit(source: SourceText, words: frozenset[str], place: Place) -> float:
    """The weight of the story's words a cell's own labels name, when they name every word
    the story shares with the table's caption: "Retail sales of goods" is the story's
    "retail sales of goods", but the caption's "goods and services" is the Total row's."""
    own = place.clause
    if (words & place.caption) - own:
        return 0.0
    return math.fsum(source.weight.get(word, 1.0) for word in words & own)


# The row or sentence for everything, not a breakdown: "Total", "All industries", "Both
# sexes", "Statewide", "Industry and services", "across all hotel categories".
_TOTAL_ROW = re.compile(
    r"\b(?:total|all|overall|national(?!\s+(?-i:[A-Z]))|nationwide|statewide|countrywide|combined|whole"
    r"|both\s+sexes|persons|industry\s+and\s+services)\b|\s\+\s",  # "Urban + rural", not "Men+"
    re.IGNORECASE,
)


def _total_row(place: Place) -> bool:
    if CELL_SEPARATOR not in place.sentence:
        return _TOTAL_ROW.search(place.own or place.sentence) is not None
    labels = place.sentence.rsplit(CELL_SEPARATOR, 1)[0].split(CELL_SEPARATOR)
    # The row's own labels, not a caption's unit note before them ("(Soles) · Total · ...")
    # nor the column's head after them; a row may have several ("Unemployment rate ·
    # Both sexes").
    rows = [part for part in labels[:-1] if not part.strip().startswith("(")] or labels[:1]
    return any(_TOTAL_ROW.search(_MARKERS.sub("", label)) for label in rows)


_MARKERS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+")  # footnote marks: "Statewide¹"


def _better(best: tuple[_Rank, Place] | None, score: _Rank, place: Place) -> tuple[_Rank, Place]:
    return (score, place) if best is None or score > best[0] else best


def _distinctive(figure: Figure) -> bool:
    if figure.unit in ("%", "pp") or figure.is_year:
        return False
    if figure.unit is not None or figure.scaled:
        return True
    digits = str(abs(figure.value).normalize()).replace(".", "").strip("0")
    return len(digits) >= 3


def _contradicts(figure: Figure, other: Figure) -> bool:
    if not figure.same_kind(other) or other.matches(figure):
        return False
    if figure.is_year != other.is_year:
        return False
    # A count against a money amount or a scale a thousand times off is another quantity:
    # "2,400 jobs" is not contradicted by "$4.2 billion" (but "11.8 gigabytes" is by a data
    # file's 12.6 under a "GB" column: a measure's unit is often written once, in the head).
    one_unit = figure.unit if figure.unit is not None else other.unit
    if (figure.unit is None) != (other.unit is None) and (
        is_currency(one_unit) or is_measure(one_unit)
    ):
        return False  # "300mm of rain" is not contradicted by a count of "rain days · 17"
    if _rate_and_count(figure, other):
        return False  # "1,094 per 100,000 people" is no count of "35,187 hospital stays"
    if _measured(figure, other) or _measured(other, figure):
        # "more than 14,000 adults" is no "(95% CI 63.2 to 77.9)", "702 victims" no "1.70
        # homicides per 100,000", nor "455,200 cases" an incidence of "706,0": a count of
        # things is whole, and a figure written with decimals is a measure, not a count.
        return False
    big, small = sorted((abs(figure.value), abs(other.value)), reverse=True)
    if _whole_count(figure) and other.scaled and not figure.scaled and big >= small * 100:
        # "the city's 311 line" is no "212.4" under "(thousands of requests)": a story
        # gives a count of thousands as "212,400" or "212.4 thousand".
        return False
    return small != 0 and big / small < 1000


_PART_CLAIM = re.compile(PART_WORDS + r"\b", re.I)  # the story cites the part itself
_WRITTEN_DECIMAL = re.compile(r"\d[.,]\d{1,2}(?!\d)")


def _measured(count: Figure, other: Figure) -> bool:
    """Whether ``count`` is a count and ``other`` a measure: not one written with decimals
    unless a label scaled it ("184.2" under "(thousands)" is a count of 184,200)."""
    if not _whole_count(count) or other.unit is not None:
        return False
    if other.value != other.value.to_integral():
        return True
    return not other.scaled and _WRITTEN_DECIMAL.search(other.text) is not None


def _whole_count(figure: Figure) -> bool:
    """A plain whole number, with no unit or scale: a count ("702", "14,000")."""
    return (
        figure.unit is None
        and not figure.scaled
        and not figure.share
        and not _WRITTEN_DECIMAL.search(figure.text)
    )


_EVIDENCE_CHARS = 400


def _trim(text: str) -> str:
    if len(text) <= _EVIDENCE_CHARS:
        return text
    return text[: _EVIDENCE_CHARS - 1].rstrip() + "…"


def _for_the_same(figure: Figure, other: Figure) -> bool:
    """Whether ``other`` could be a value for what ``figure`` measures: of its kind, and not
    a count where the story gives a rate ("35,187 stays" for "1,094 per 100,000")."""
    return figure.same_kind(other) and not _rate_and_count(figure, other)


def _rate_and_count(figure: Figure, other: Figure) -> bool:
    """Whether one of the two is a rate ("1,094 per 100,000") and the other a whole count."""
    for rate, count in ((figure, other), (other, figure)):
        if (rate.unit or "")[:1] == "/" and count.unit is None and _whole_count(count):
            return True
    return False
