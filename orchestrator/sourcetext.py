"""A cited source as copydesk reads it for figures: each figure with the words that say
what it measures (a sentence's clause, a table cell's row and column labels and the caption
over its table), the period it is for, and whether it is the latest or a prior period's.

orchestrator/sourcecheck.py decides from these places whether the source supports a story's
figure. Pure; a source's text is read once and cached.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from orchestrator.changes import change_base, is_change
from orchestrator.figures import Figure, figures_in
from orchestrator.labels import accounting_sign, with_header_unit
from orchestrator.money import is_currency
from orchestrator.periods import (
    claim_period,
    comparison_roles,
    heading_period,
    latest_and_prior,
    period_of,
    sentence_period,
    without_periods,
)
from orchestrator.reading.tables import CELL_SEPARATOR
from orchestrator.sentences import split_sentences
from orchestrator.spelled import spelled_figures
from orchestrator.subjects import (
    ACTORS,
    MONTHS,
    context_words,
    counted_thing,
    figure_clause,
    figure_words,
    introduced_as_intended,
    proper_names,
)

__all__ = ["PART_WORDS", "Place", "SourceText", "figures_at", "source_text"]


@dataclass(frozen=True)
class Place:
    """A figure in the source with the words that say what it measures."""

    figure: Figure
    words: frozenset[str]  # the words next to it (a cell's: its labels)
    sentence: str
    period: str | None = None  # the month, quarter or year it is for, when the text says
    role: str | None = None  # latest or prior, when its sentence compares two periods
    counted: frozenset[str] | None = None  # what it counts, when written right after it
    clause: frozenset[str] = frozenset()  # every word of its sentence
    own: str = ""  # its own clause, when its sentence gives several figures
    intended: bool = False  # introduced as a target or a forecast ("a target of ₦298bn")
    caption: frozenset[str] = frozenset()  # a cell's: the words over its table
    names: frozenset[str] = frozenset()  # a sentence's: the places and bodies it names
    # A cell's row label's words ("PUNJAB"), a sentence's own words: without the page's
    # heading, which every figure shares ("PAKISTAN METEOROLOGICAL DEPARTMENT").
    labels: frozenset[str] = frozenset()
    change: bool = False  # a sentence's figure written as a change ("up 120,000")
    base: str | None = None  # a change's: on a year earlier ("year") or the month before
    part: bool = False  # a part of the figure before it ("392,410, of whom 61,200")
    note: bool = False  # in a footnote ("‡ Defined as 3 or more related cases.")


@dataclass(frozen=True)
class SourceText:
    places: tuple[Place, ...]
    weight: dict[str, float]  # rarer words in the source say more about a figure

    def score(self, words: frozenset[str], place: Place) -> float:
        # fsum, not sum: a set's order changes with the process's hash seed, and a plain
        # float sum with it, so a tie between a match and a contradiction (both figures in
        # one sentence) would be decided differently from run to run.
        return math.fsum(self.weight.get(word, 1.0) for word in words & place.words)

    def rank_score(self, words: frozenset[str], place: Place) -> float:
        """`score` with a month's words at half their weight: the period has its own
        filters and tie-break, and "in June to August" should not outweigh the "private
        sector" that says which of a release's figures is the story's."""
        return math.fsum(
            self.weight.get(word, 1.0) * (0.5 if word in MONTHS else 1.0)
            for word in words & place.words
        )

    def subject_score(self, words: frozenset[str], place: Place) -> float:
        """The weight of shared words that name a thing rather than a time or who reports
        it: "May" alone does not make "job vacancies" the story's "jobless rate"."""
        shared = (words & place.words) - MONTHS - ACTORS
        return math.fsum(self.weight.get(word, 1.0) for word in shared)


_CAPTION_CHARS = 160
_UNIT_LINE = re.compile(
    r"^\s*(?:unit|units|unit of measure|figures in)\s*:?\s+(.{1,40}?)(?:[.;]|$)", re.I
)
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# A sentence about what the one before it said: "In March this was 3.8 percent.", "It was
# 4.1% a year earlier."
_ANAPHOR = re.compile(
    r"^\s*(?:(?:in|for|by|at)\s+[^,.]{1,20}?,?\s+)?(?:this|it|that|these|those|the\s+(?:figure|rate|"
    r"number|total|share))\s+(?:was|were|is|are|stood|rose|fell|had|came)\b",
    re.IGNORECASE,
)


def _is_caption(line: str) -> bool:
    figures = sum(not figure.is_year for figure in figures_in(line))
    # An ellipsis row ("...") between a table's rows is no caption either, nor a note's
    # sentence ("Helse Bergen runs Haukeland University Hospital.").
    return (
        len(line) <= _CAPTION_CHARS
        and figures < 2
        and _LETTER.search(line) is not None
        and not line.rstrip().endswith((".", "!", "?"))
    )


@lru_cache(maxsize=32)
def source_text(text: str) -> SourceText:
    places: list[Place] = []
    units: list[frozenset[str]] = []
    sentences = split_sentences(text)
    # A release's heading ("Unemployment, May") says what its bare "It stood at 4.7%" is
    # about; it adds the same words to every figure, so it never picks one over another.
    first = sentences[0] if sentences else ""
    plain_heading = CELL_SEPARATOR not in first and all(f.is_year for f in figures_in(first))
    heading = context_words(first) if plain_heading else frozenset()
    caption: frozenset[str] = frozenset()
    above: list[str] = []  # the lines since the last table cell
    section: str | None = None  # the period a heading line ("2024") gives the lines below
    unit_line: str | None = None  # the unit a note line ("Unit: 100 million yuan") gives
    label_line = ""  # the line before, when it is a label: "Women" over "84.8 years"
    previous_line = ""
    for sentence in sentences:
        label_line = (
            previous_line
            if previous_line and not _DIGIT.search(previous_line) and len(previous_line) <= 60
            else ""
        )
        previous_sentence = previous_line if CELL_SEPARATOR not in previous_line else ""
        # The words of the previous sentence's last figure, for a sentence about "this".
        previous_words = (
            places[-1].words if places and places[-1].sentence == previous_line else frozenset()
        )
        previous_line = sentence
        clause = context_words(sentence)
        units.append(clause)
        is_cell = CELL_SEPARATOR in sentence
        noted = None if is_cell else _UNIT_LINE.match(sentence)
        if noted is not None:
            unit_line = noted[1].strip().rstrip(".")  # "Unit: 100 million yuan."
        titled = None if is_cell else heading_period(sentence)
        if titled is not None:
            section = titled
        elif not is_cell and not _DIGIT.search(sentence) and len(sentence) <= _CAPTION_CHARS:
            section = None  # a new heading ("Methodology and notes") ends the year's lines
        if is_cell and above:
            # The lines over a table are its caption and a one-column head ("Total retail
            # sales of consumer goods and services, 10 months of 2026"): what its "Total"
            # row is the total of. A text table's row ("Bus 63.0 66.1", before its cells)
            # is no caption: the table goes on under the one it had.
            captions = [line for line in above[-2:] if _is_caption(line)]
            if captions:
                caption = frozenset().union(*(context_words(line) for line in captions))
            above = []
        elif not is_cell:
            above.append(sentence)
        found = figures_at(sentence, spelled=not is_cell)
        spans = [(at, at + len(f.text)) for f, at in found]
        periods = [period_of(sentence, a, b, cell=is_cell) for a, b in spans]
        compared = [i for i, (f, _) in enumerate(found) if not f.is_year]
        if section is not None and not is_cell:
            periods = [
                p if p is not None or f.is_year else section
                for p, (f, _) in zip(periods, found, strict=True)
            ]
        if not is_cell and len(compared) == 1 and periods[compared[0]] is None:
            # A sentence's one figure is for the one month or quarter it names, however far
            # from it: "En septiembre de 2026 la variación anual del IPC fue 5,10%".
            periods[compared[0]] = claim_period(sentence, *spans[compared[0]])
        roles: list[str | None] = [None] * len(found)
        if not is_cell:
            for i, role in zip(
                compared,
                comparison_roles(
                    sentence, [spans[i] for i in compared], [periods[i] for i in compared]
                ),
                strict=True,
            ):
                roles[i] = role
            if len(compared) > 1 and not any(roles):
                # No comparison, one period named: every figure is that period's.
                # (Not a figure given as what another is compared with: "revised up 0.23
                # percentage point from the advance estimate of 2.91%".)
                only = sentence_period(sentence)
                if only is not None:
                    periods = [
                        p if p is not None or f.is_year or _compared_with(sentence, a) else only
                        for p, (f, a) in zip(periods, found, strict=True)
                    ]
            # "₹1.82 lakh crore in October 2025, compared with ₹1.72 lakh crore in October
            # 2024": one month name for both, so the comparison, not the month, says which
            # figure is the latest.
            named = [periods[i] for i in compared if periods[i] is not None and roles[i]]
            periods = [None if p is not None and named.count(p) > 1 else p for p in periods]
        several = [spans[i] for i in compared] if len(compared) > 1 and not is_cell else []
        names = frozenset() if is_cell else proper_names(sentence)  # once a sentence
        for index, ((figure, at), (_, end), period, role) in enumerate(
            zip(found, spans, periods, roles, strict=True)
        ):
            own = ""
            if is_cell and _in_label(sentence, at, figure):
                continue  # "MMR, 2 doses, 2025–26 (%)": a head's number, not the table's
            if is_cell:
                labelled = with_header_unit(figure, sentence)
                if labelled is figure and unit_line:
                    # No label of its own gives a unit: the note over the table does.
                    labelled = with_header_unit(figure, f"({unit_line}){CELL_SEPARATOR}{sentence}")
                figure = accounting_sign(labelled, sentence)
                # The page's heading says what its table measures too ("Pupil absence in
                # state-funded schools" over "All schools · Overall absence rate (%) · 6.9").
                words = clause | heading | caption
            elif several and index in compared:
                words = figure_words(sentence, several, compared.index(index)) | heading
                own = figure_clause(sentence, several, compared.index(index))
            else:
                words = context_words(sentence, at) | heading
                if _bare_figure(sentence, figure) and label_line:
                    words |= context_words(label_line)  # "Women" over "84.8 years"
                if _ANAPHOR.match(sentence) and previous_sentence:
                    # "In March this was 3.8 percent.": the sentence before says what "this"
                    # is, as much as it says of its own figure (no more, so that it does not
                    # outrank that figure for a story that names no month).
                    words |= previous_words or context_words(previous_sentence)
            # (An amount of money counts money: "327,4 Md€ à fin décembre" counts no "à".)
            counted = (
                None
                if is_cell or figure.unit == "%" or is_currency(figure.unit)
                else counted_thing(sentence, end)
            )
            intended = not is_cell and introduced_as_intended(sentence[:at])
            places.append(
                Place(
                    figure,
                    words,
                    sentence,
                    period=period,
                    role=role,
                    counted=counted,
                    clause=clause | heading,
                    own=own,
                    intended=intended,
                    caption=caption if is_cell else frozenset(),
                    names=names,
                    labels=_row_label_words(sentence) if is_cell else clause,
                    change=not is_cell and is_change(sentence, at),
                    base=change_base(sentence, at, end) if figure.unit in ("%", "pp") else None,
                    part=not is_cell
                    and _PART_OF.search(sentence[max(0, at - 20) : at]) is not None,
                    note=not is_cell and _FOOTNOTE.match(sentence) is not None,
                )
            )
    places = _with_row_roles(places)
    counts: Counter[str] = Counter(word for unit in units for word in unit)
    total = max(len(units), 1)
    weight = {word: 1 + math.log(total / count) for word, count in counts.items()}
    return SourceText(tuple(places), weight)


# A figure given as a part of the one before it: "stood at 392,410, of whom 61,200 were
# held on remand", "including 1,200 children".
PART_WORDS = r"\b(?:of\s+(?:whom|which|these|them)|including|among\s+them)"
_PART_OF = re.compile(PART_WORDS + r"\s+$", re.I)
# A footnote's line: "* Provisional, as of December 31.", "‡ Defined as 3 or more cases.",
# "Note: ...", "Source: ...".
_FOOTNOTE = re.compile(r"^\s*(?:[*†‡§¹²³]|\(\w\)\s|notes?\s*:|sources?\s*:)", re.IGNORECASE)
_COMPARED_WITH = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\b[^\d]{0,30}$", re.IGNORECASE
)


def _compared_with(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` is what another is compared with ("from ... of 2.91%")."""
    return _COMPARED_WITH.search(sentence[max(0, at - 40) : at]) is not None


def _row_label_words(cell: str) -> frozenset[str]:
    """The words of a cell line's row label: the label before its column's head ("PUNJAB ·
    DEPARTURE(%) · +39"), or its one label."""
    labels = cell.split(CELL_SEPARATOR)[:-1]
    return context_words(labels[-2] if len(labels) >= 2 else labels[0]) if labels else frozenset()


def _bare_figure(line: str, figure: Figure) -> bool:
    """Whether a line is a figure and nothing else but its unit ("84.8 years")."""
    return len(_LETTER.findall(line.replace(figure.text, ""))) <= 8 and CELL_SEPARATOR not in line


def _in_label(line: str, at: int, figure: Figure) -> bool:
    """Whether a figure of a table cell's line stands in one of its labels: a year ("Group ·
    2025 (%) · 2024 (%)"), or a number inside words ("MMR, 2 doses"), not the value."""
    start = line.rfind(CELL_SEPARATOR, 0, at)
    stop = line.find(CELL_SEPARATOR, at)
    part = line[start + len(CELL_SEPARATOR) if start >= 0 else 0 : stop if stop >= 0 else None]
    words = len(_LETTER.findall(part.replace(figure.text, "")))
    if stop < 0:
        # The last part is the value, even one that looks like a year (1875), but not a
        # head row's last head: "... · Internet users (millions) 2025".
        return figure.is_year and words > 3
    if figure.is_year:
        return True
    return words > 3


def _with_row_roles(places: list[Place]) -> list[Place]:
    """A table row's cells for two periods of one column ("Lombardy · Killed 2024 · 421",
    "Lombardy · Killed 2025 · 398") are the latest and the prior period's, as a sentence
    that compares them is: a story's "fell to 421 last year" is not the earlier column."""
    # By row and column first ("Killed" for two years beside "Injured" for two), then by
    # row alone, where a merged head names its measure over one year only ("2024 Deaths",
    # "2025").
    for whole_row in (False, True):
        rows: dict[str, list[int]] = defaultdict(list)
        for index, place in enumerate(places):
            if place.period is None or place.role or place.figure.is_year:
                continue  # (a year in a label is no cell of the row)
            if CELL_SEPARATOR not in place.sentence:
                # A report's "Assets under management: 3.42 trillion" under its "2025"
                # heading and the same line under "2024" are one row for two years.
                if not whole_row:
                    rows["\n" + place.sentence.replace(place.figure.text, "")].append(index)
                continue
            labels = place.sentence.rsplit(CELL_SEPARATOR, 1)[0]
            if whole_row:
                labels = labels.rsplit(CELL_SEPARATOR, 1)[0]
            rows[without_periods(labels)].append(index)
        for indices in rows.values():
            roles = latest_and_prior([places[i].period or "" for i in indices])
            for i, role in zip(indices, roles, strict=True):
                if role is not None:
                    places[i] = replace(places[i], role=role)
    return places


def figures_at(sentence: str, *, spelled: bool = False) -> list[tuple[Figure, int]]:
    found: list[tuple[Figure, int]] = []
    position = 0
    for figure in figures_in(sentence):
        at = sentence.find(figure.text, position)
        at = at if at >= 0 else position
        found.append((figure, at))
        position = at + len(figure.text)
    if spelled:
        # "Twelve libraries", "A quarter of households": a source's figures in words.
        found = sorted([*found, *spelled_figures(sentence)], key=lambda item: item[1])
    return found
