"""Does a cited source state a figure *about the same thing*? What a copy editor would accept.

A figure is confirmed when the source states it (in any notation, or more precisely and
rounded) in a sentence or a table cell that is about what the article's sentence is about:
the words around the figure in the article are weighed against the words around each figure
in the source (a table cell's words are its row and column labels), rarer words of the
source counting more. A same-kind figure with another value in the best-matching place is a
contradiction, and both are shown; the same number elsewhere on the page, about something
else, is not support.

Pure code over the source's own text: no model decides any of it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from orchestrator.domain import JSON
from orchestrator.domain import SourceOutcome as Outcome
from orchestrator.figures import Figure, figures_in, split_sentences
from orchestrator.hedges import Hedge, hedge_before
from orchestrator.labels import with_header_unit
from orchestrator.periods import different_periods, period_of
from orchestrator.reading.tables import CELL_SEPARATOR

__all__ = [
    "FigureCheck",
    "Outcome",
    "SourceText",
    "check_figure",
    "context_words",
    "source_text",
]


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


# --- words -----------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = _words(
    """
    the a an and or but of to in on at for by with from as is was were are be been being has
    have had it its this that these those he she they we i you said says say according per
    cent percent percentage point points than then also about some which who whom whose what
    when where while into over under up down after before since until more less most least
    new year years last first this next not no nor so very just only both each all any other
    such own same can will would could should may might must do does did there their them
    his her our your my million billion trillion thousand bn mn m k dollars dollar pounds
    pound euros euro usd gbp eur yen around nearly almost roughly some approximately rose
    fell rise fall grew grow increase increased decrease decreased dropped drop climbed
    declined gained lost up down compared figure figures total reported report shows show
    showed data
    """
)
# May is a month in a table's column head far more often than a verb in a source.
_MONTHS = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec q1 q2 q3 q4 quarter
    """
)
_FALLING = _words(
    """
    fell fall falls falling dropped drop drops declined decline declines decreased decrease
    shrank shrink contracted contraction down lower lost loss minus negative
    """
)
WINDOW = 8  # words either side of a figure that say what it measures


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# Words a release and a story use for the same thing ("jobless" and "unemployment").
_SAME_THING = {
    "jobless": "unemployment",
    "joblessness": "unemployment",
    "unemployed": "unemployment",
    "payroll": "job",
    "hiring": "job",
    "cpi": "inflation",
    "home": "housing",
    "house": "housing",
    "dwelling": "housing",
    "spend": "spending",
    "spent": "spending",
    "expenditure": "spending",
    "outlay": "spending",
    "staff": "employee",
    "worker": "employee",
    "employ": "employee",
    "people": "employee",
    # A company's "revenue" is its release's "net sales" or "turnover".
    "revenue": "sale",
    "turnover": "sale",
    # A statistics office says "consumer prices" or "price index" for the story's inflation.
    "price": "inflation",
}


def _tokens(text: str) -> list[tuple[int, str]]:
    """(offset, stemmed word) for the words of ``text`` that can say what a figure is about."""
    found: list[tuple[int, str]] = []
    for match in _WORD_RE.finditer(text):
        word = match[0].lower()
        if word in _MONTHS:
            found.append((match.start(), word))
        elif word not in _STOP and len(word) > 1:
            stem = _stem(word)
            found.append((match.start(), _SAME_THING.get(stem, stem)))
    return found


def context_words(text: str, at: int | None = None) -> frozenset[str]:
    """The words around offset ``at`` of ``text`` (all of them when ``at`` is None)."""
    tokens = _tokens(text)
    if at is None:
        return frozenset(word for _, word in tokens)
    before = [word for offset, word in tokens if offset < at][-WINDOW:]
    after = [word for offset, word in tokens if offset > at][:WINDOW]
    return frozenset(before + after)


def falling(text: str) -> bool:
    return any(word in _FALLING for word in (m[0].lower() for m in _WORD_RE.finditer(text)))


# --- the source ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    """A figure in the source with the words that say what it measures."""

    figure: Figure
    words: frozenset[str]
    sentence: str
    period: str | None = None  # the month, quarter or year it is for, when the text says


@dataclass(frozen=True)
class SourceText:
    places: tuple[_Place, ...]
    weight: dict[str, float]  # rarer words in the source say more about a figure

    def score(self, words: frozenset[str], place: _Place) -> float:
        # fsum, not sum: a set's order changes with the process's hash seed, and a plain
        # float sum with it, so a tie between a match and a contradiction (both figures in
        # one sentence) would be decided differently from run to run.
        return math.fsum(self.weight.get(word, 1.0) for word in words & place.words)

    def subject_score(self, words: frozenset[str], place: _Place) -> float:
        """The weight of shared words that name a thing rather than a time: "May" alone
        does not make "job vacancies" the story's "jobless rate"."""
        return sum(self.weight.get(word, 1.0) for word in (words & place.words) - _MONTHS)


@lru_cache(maxsize=32)
def source_text(text: str) -> SourceText:
    places: list[_Place] = []
    units: list[frozenset[str]] = []
    sentences = split_sentences(text)
    # A release's heading ("Unemployment, May") says what its bare "It stood at 4.7%" is
    # about; it adds the same words to every figure, so it never picks one over another.
    first = sentences[0] if sentences else ""
    plain_heading = CELL_SEPARATOR not in first and all(f.is_year for f in figures_in(first))
    heading = context_words(first) if plain_heading else frozenset()
    for sentence in sentences:
        units.append(context_words(sentence))
        is_cell = CELL_SEPARATOR in sentence
        for figure, at in _figures_at(sentence):
            period = period_of(sentence, at, at + len(figure.text), cell=is_cell)
            if is_cell:
                figure = with_header_unit(figure, sentence)
            words = context_words(sentence) if is_cell else context_words(sentence, at)
            places.append(_Place(figure, words if is_cell else words | heading, sentence, period))
    counts: Counter[str] = Counter(word for unit in units for word in unit)
    total = max(len(units), 1)
    weight = {word: 1 + math.log(total / count) for word, count in counts.items()}
    return SourceText(tuple(places), weight)


def _figures_at(sentence: str) -> list[tuple[Figure, int]]:
    found: list[tuple[Figure, int]] = []
    position = 0
    for figure in figures_in(sentence):
        at = sentence.find(figure.text, position)
        at = at if at >= 0 else position
        found.append((figure, at))
        position = at + len(figure.text)
    return found


# --- deciding --------------------------------------------------------------------------------

# A figure's place must share at least this much weight of words with the article's sentence
# to be "about the same thing". Tuned on the tuning half of bench/gate_quality.py.
MIN_CONTEXT = 1.0


def check_figure(figure: Figure, claim_context: str, source: SourceText) -> FigureCheck:
    """``figure`` (from the article's ``claim_context``) against the cited source."""
    at = claim_context.find(figure.text)
    words = context_words(claim_context, at if at >= 0 else None)
    period = period_of(claim_context, at, at + len(figure.text)) if at >= 0 else None
    wanted = [figure]
    if figure.value > 0 and falling(claim_context):
        # "fell 0.3 percent" is the source's "-0.3%".
        wanted.append(replace(figure, value=-figure.value))
    # "nearly £287,500" is the source's £287,460: a hedge admits rounding, on its side.
    hedge = hedge_before(claim_context, at)
    best_match: tuple[float, _Place] | None = None
    best_other: tuple[float, _Place] | None = None
    for place in source.places:
        if different_periods(period, place.period):
            continue  # the source's figure for another month or year
        score = source.score(words, place)
        if any(w.matches(place.figure) or _hedged(hedge, w, place.figure) for w in wanted):
            best_match = _better(best_match, score, place)
        elif _contradicts(figure, place.figure):
            best_other = _better(best_other, score, place)
    if (
        best_match is not None
        and best_match[0] >= MIN_CONTEXT
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
    if best_other is not None and best_other[0] >= MIN_CONTEXT:
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
        and not words & best_match[1].words & _MONTHS
    ):
        # "$4.2 billion" in a filing that calls it "the price" rather than "the deal": an
        # amount that exact, with nothing in the source about the claim's subject saying
        # otherwise, is the same figure. Small numbers and percentages recur too often. A
        # place that shares the claim's month or year but none of its subject is about
        # something else in that period ("stamp duty came to £2.3 billion in July").
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


def _hedged(hedge: Hedge | None, figure: Figure, other: Figure) -> bool:
    return hedge is not None and hedge.admits(figure, other)


def _better(best: tuple[float, _Place] | None, score: float, place: _Place) -> tuple[float, _Place]:
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
    # "2,400 jobs" is not contradicted by "$4.2 billion".
    if figure.unit != other.unit and (figure.unit is None) != (other.unit is None):
        return False
    big, small = sorted((abs(figure.value), abs(other.value)), reverse=True)
    return small != 0 and big / small < 1000


_EVIDENCE_CHARS = 400


def _trim(text: str) -> str:
    if len(text) <= _EVIDENCE_CHARS:
        return text
    return text[: _EVIDENCE_CHARS - 1].rstrip() + "…"
