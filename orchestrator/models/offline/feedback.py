"""A summary revised on a gate's feedback: the feedback is read for the claims, figures and
phrases it objects to and for "fewer", "more" or "shorter", and the extractive summary is
chosen again without them."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.figures import Figure, figures_in
from orchestrator.models.offline.summary import MAX_WORDS, Sentence, extract
from orchestrator.quotes import quotes_in
from orchestrator.verify import normalise_text

logger = logging.getLogger(__name__)

_SHORT_WORDS = 35  # what "shorter" feedback asks for

_CLAIM_NUMBER_RE = re.compile(
    r"\bclaims?\s*#?\s*(\d+)((?:\s*(?:,|and|&|or)\s*#?\s*\d+)*)", re.IGNORECASE
)
_NUMBER_RE = re.compile(r"\d+")
_FEWER_RE = re.compile(r"too many|fewer|at most", re.IGNORECASE)
_MORE_RE = re.compile(r"too few|more claims|at least", re.IGNORECASE)
_DUPLICATE_RE = re.compile(r"duplicat|repeat|same as|overlap", re.IGNORECASE)
_SHORTER_RE = re.compile(r"too long|shorter|concise|briefer", re.IGNORECASE)


@dataclass(frozen=True)
class Feedback:
    claim_numbers: frozenset[int]
    figures: tuple[Figure, ...]
    phrases: tuple[str, ...]
    count_change: int
    shorter: bool


def read_feedback(feedback: str) -> Feedback:
    numbers: set[int] = set()
    for match in _CLAIM_NUMBER_RE.finditer(feedback):
        named = [int(match[1]), *(int(number) for number in _NUMBER_RE.findall(match[2]))]
        if _DUPLICATE_RE.search(feedback) and len(named) > 1:
            named.remove(min(named))  # of claims that repeat each other, keep the first
        numbers.update(named)
    phrases = tuple(quotes_in(feedback))
    # Only figures a gate singled out count: "claim 2" and "3 claims" are not the article's
    # numbers, but a quoted "$4.2 billion" or an unmistakable "$4.2 billion" is.
    unreferenced = _CLAIM_NUMBER_RE.sub(" ", feedback)
    figures = [figure for phrase in phrases for figure in figures_in(phrase)]
    figures += [figure for figure in figures_in(unreferenced) if not figure.plain]
    count_change = 0
    if _FEWER_RE.search(feedback):
        count_change = -1
    elif _MORE_RE.search(feedback):
        count_change = 1
    return Feedback(
        claim_numbers=frozenset(numbers),
        figures=tuple(figures),
        phrases=tuple(phrase for phrase in phrases if len(phrase.split()) >= 3),
        count_change=count_change,
        shorter=_SHORTER_RE.search(feedback) is not None,
    )


def summary_with_feedback(sentences: Sequence[Sentence], feedback: Feedback) -> list[Sentence]:
    """A summary that avoids what the gate objected to.

    The model keeps no memory between calls, but it is deterministic: "claim 2" of the
    attempt the gate saw is claim 2 of the summary this article gets without feedback.
    """
    excluded: set[int] = set()
    if feedback.claim_numbers:
        previous = extract(sentences, excluded=frozenset())
        excluded.update(
            previous[number - 1].index
            for number in feedback.claim_numbers
            if 1 <= number <= len(previous)
        )
    normalised_phrases = [normalise_text(phrase) for phrase in feedback.phrases]
    for sentence in sentences:
        if any(figure.matches(own) for figure in feedback.figures for own in sentence.figures):
            excluded.add(sentence.index)
        normal = normalise_text(sentence.text)
        if any(phrase and phrase in normal for phrase in normalised_phrases):
            excluded.add(sentence.index)
    logger.debug("summary retried on feedback, leaving out sentences %s", sorted(excluded))
    return extract(
        sentences,
        excluded=frozenset(excluded),
        count_change=feedback.count_change,
        max_words=_SHORT_WORDS if feedback.shorter else MAX_WORDS,
    )
