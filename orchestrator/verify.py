"""Checks a claim against the article's own words: the code the gates rely on, not a model.

A claim passes when its supporting quote really stands in the article and every figure and
quoted phrase in the claim appears there too. Nothing here reads instructions from the
article or asks a model anything, so an article's text can never change how it is judged:
the article is only ever searched, never obeyed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from orchestrator.domain import Verdict
from orchestrator.figures import figure_index, figures_in
from orchestrator.quotes import quotes_in

__all__ = [
    "ClaimVerification",
    "check_claim_against_article",
    "find_phrase",
    "normalise_text",
]

_EVIDENCE_CHARS = 400

_QUOTE_MARKS = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "″": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
    }
)
_WHITESPACE_RE = re.compile(r"\s+")
_ELLIPSIS_RE = re.compile(r"\s*(?:\[\s*\.\.\.\s*\]|\.\.\.)\s*")
# What may sit around a quote without being part of it: a model often quotes a sentence
# with its own quotation marks, or ends it with a full stop the article has as a comma.
_EDGE_CHARS = " \"'.,;:!?()[]-"


@dataclass(frozen=True)
class ClaimVerification:
    """How a claim stood up against the article.

    ``missing`` names each figure or quotation that is not in the article (as written in the
    claim); ``found_in`` holds the article sentences where the checked parts were found.
    """

    verdict: Verdict
    evidence: str
    missing: tuple[str, ...] = ()
    found_in: tuple[str, ...] = ()
    checked: tuple[str, ...] = ()


def normalise_text(text: str) -> str:
    """Text as compared: Unicode-compatible forms, plain quote marks, one space, casefolded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS)
    return _WHITESPACE_RE.sub(" ", text).strip().casefold()


def find_phrase(phrase: str, text: str) -> str | None:
    """The sentence of ``text`` where ``phrase`` stands (normalised), or None.

    An ellipsis in ``phrase`` ("we will … grow") stands for omitted words: each part must
    appear, in order. Returns "" when ``phrase`` has nothing to look for.
    """
    parts = [
        part.strip(_EDGE_CHARS)
        for part in _ELLIPSIS_RE.split(normalise_text(phrase))
        if part.strip(_EDGE_CHARS)
    ]
    if not parts:
        return ""
    sentences, normalised, whole = _normalised_sentences(text)
    position = 0
    for part in parts:
        found = whole.find(part, position)
        if found < 0:
            return None
        position = found + len(part)
    # Report the sentence where the first part starts; a quote may run across sentences.
    first = whole.find(parts[0])
    offset = 0
    for sentence, normal in zip(sentences, normalised, strict=True):
        if first < offset + len(normal):
            return sentence
        offset += len(normal) + 1
    return sentences[-1]  # pragma: no cover - ``first`` always lies within ``whole``


@lru_cache(maxsize=16)
def _normalised_sentences(text: str) -> tuple[list[str], list[str], str]:
    # Cached because every claim of a run is looked up in the same article.
    sentences = figure_index(text).sentences
    normalised = [normalise_text(sentence) for sentence in sentences]
    return sentences, normalised, " ".join(normalised)


def check_claim_against_article(
    claim_text: str, quote: str | None, article_text: str
) -> ClaimVerification:
    """Whether ``claim_text`` (and its supporting ``quote``) is backed by ``article_text``.

    SUPPORTED: the quote appears in the article and so does every figure and quoted phrase of
    the claim. UNSUPPORTED: something is missing, named in the evidence. UNVERIFIABLE: there
    was nothing to check (no quote, no figures, no quoted phrases).
    """
    missing: list[str] = []
    problems: list[str] = []
    found_in: list[str] = []
    checked: list[str] = []

    def record(what: str, sentence: str | None, not_found: str) -> None:
        if sentence == "":
            return  # only punctuation: nothing was there to check
        checked.append(what)
        if sentence is None:
            missing.append(what)
            problems.append(not_found)
        elif sentence not in found_in:
            found_in.append(sentence)

    if quote is not None and quote.strip():
        record(
            quote.strip(),
            find_phrase(quote, article_text),
            f"The quote “{_trim(quote.strip())}” does not appear in the article.",
        )
    seen_figures: set[str] = set()
    index = figure_index(article_text)
    for figure in figures_in(claim_text):
        if figure.text in seen_figures:
            continue
        seen_figures.add(figure.text)
        record(
            figure.text,
            index.find(figure),
            f"“{figure.text}” does not appear in the article.",
        )
    for phrase in quotes_in(claim_text):
        record(
            phrase,
            find_phrase(phrase, article_text),
            f"The quoted words “{_trim(phrase)}” do not appear in the article.",
        )

    if missing:
        return ClaimVerification(
            verdict=Verdict.UNSUPPORTED,
            evidence=" ".join(problems),
            missing=tuple(missing),
            found_in=tuple(found_in),
            checked=tuple(checked),
        )
    if not checked:
        return ClaimVerification(
            verdict=Verdict.UNVERIFIABLE,
            evidence="The claim has no quote, figure or quotation to check against the article.",
        )
    return ClaimVerification(
        verdict=Verdict.SUPPORTED,
        evidence=" … ".join(_trim(sentence) for sentence in found_in),
        found_in=tuple(found_in),
        checked=tuple(checked),
    )


def _trim(text: str) -> str:
    if len(text) <= _EVIDENCE_CHARS:
        return text
    return text[: _EVIDENCE_CHARS - 1].rstrip() + "…"
