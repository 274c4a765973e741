"""The extractive summary: the article's own most informative sentences, scored by how
central their words are to the article, where they stand, and whether they carry figures and
names. Deterministic: the same article always gives the same sentences."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.figures import Figure, figures_in
from orchestrator.models.offline.words import (
    ENDS_LIKE_A_SENTENCE_RE,
    STARTS_LIKE_A_SENTENCE_RE,
    content_words,
    is_boilerplate,
)
from orchestrator.quotes import quotes_in
from orchestrator.sentences import sentence_spans

MIN_CLAIMS = 3
MAX_CLAIMS = 5

MIN_WORDS = 8
MAX_WORDS = 70
_DUPLICATE_OVERLAP = 0.5


@dataclass(frozen=True)
class Sentence:
    index: int  # position among the article's sentences
    text: str
    words: frozenset[str]  # content-word stems
    figures: tuple[Figure, ...]
    word_count: int
    names: int  # capitalised words past the first: a cheap stand-in for named entities
    quoted_share: float  # how much of the sentence is inside quotation marks
    usable: bool  # looks like a sentence of the story rather than of the page


def _quoted_share(text: str) -> float:
    quoted = sum(len(phrase) for phrase in quotes_in(text))
    return quoted / max(len(text), 1)


def read_sentences(text: str) -> list[Sentence]:
    sentences = []
    for index, (start, end) in enumerate(sentence_spans(text)):
        sentence = text[start:end]
        tokens = sentence.split()
        names = sum(1 for token in tokens[1:] if token[:1].isupper())
        usable = (
            MIN_WORDS <= len(tokens) <= MAX_WORDS
            and ENDS_LIKE_A_SENTENCE_RE.search(sentence) is not None
            and STARTS_LIKE_A_SENTENCE_RE.match(sentence) is not None
            and not is_boilerplate(sentence)
        )
        share = _quoted_share(sentence)
        sentences.append(
            Sentence(
                index=index,
                text=sentence,
                words=frozenset(content_words(sentence)),
                figures=tuple(figures_in(sentence)),
                word_count=len(tokens),
                names=names,
                quoted_share=share,
                # A quote on its own, with no one saying it, is colour, not a claim.
                usable=usable and share < 0.85,
            )
        )
    return sentences


def _scores(sentences: Sequence[Sentence]) -> dict[int, float]:
    """Each usable sentence's informativeness: centrality, position, figures, names."""
    usable = [sentence for sentence in sentences if sentence.usable]
    if not usable:
        return {}
    document_frequency: Counter[str] = Counter()
    for sentence in usable:
        document_frequency.update(sentence.words)
    count = len(usable)
    idf = {
        word: math.log((1 + count) / frequency) for word, frequency in document_frequency.items()
    }
    # The article's centroid: words that recur across sentences carry its subject. A word
    # seen in one sentence only says nothing about the whole.
    centroid = {
        word: frequency * idf[word]
        for word, frequency in document_frequency.items()
        if frequency > 1
    }
    centroid_norm = math.sqrt(sum(weight * weight for weight in centroid.values())) or 1.0
    first = usable[0].index
    scores: dict[int, float] = {}
    for rank, sentence in enumerate(usable):
        weights = [idf[word] for word in sentence.words]
        norm = math.sqrt(sum(weight * weight for weight in weights)) or 1.0
        overlap = sum(idf[word] * centroid.get(word, 0.0) for word in sentence.words)
        score = overlap / (norm * centroid_norm)
        if sentence.index == first:
            score += 0.35  # the lede usually is the story
        else:
            score += 0.15 * max(0.0, 1.0 - rank / max(count, 1)) + (0.1 if rank < 3 else 0.0)
        checkable = [figure for figure in sentence.figures if not figure.is_year]
        score += 0.12 * min(len(checkable), 2) + 0.03 * min(len(sentence.figures), 1)
        score += 0.03 * min(sentence.names, 5)
        if sentence.quoted_share > 0.5:
            score -= 0.1
        if sentence.text.rstrip('"”’)]').endswith("?"):
            score -= 0.3
        if not 12 <= sentence.word_count <= 45:
            score -= 0.1  # fragments say too little, run-ons too much for one claim
        scores[sentence.index] = score
    return scores


def _claim_count(sentences: Sequence[Sentence]) -> int:
    usable = sum(1 for sentence in sentences if sentence.usable)
    if usable < 12:
        return MIN_CLAIMS
    if usable < 30:
        return 4
    return MAX_CLAIMS


def _is_near_duplicate(sentence: Sentence, chosen: Sequence[Sentence]) -> bool:
    for other in chosen:
        shared = len(sentence.words & other.words)
        smaller = min(len(sentence.words), len(other.words)) or 1
        if shared / smaller >= _DUPLICATE_OVERLAP:
            return True
    return False


def extract(
    sentences: Sequence[Sentence],
    *,
    excluded: frozenset[int],
    count_change: int = 0,
    max_words: int = MAX_WORDS,
) -> list[Sentence]:
    scores = _scores(sentences)
    wanted = min(MAX_CLAIMS, max(MIN_CLAIMS, _claim_count(sentences) + count_change))
    # Highest score first; ties go to the earlier sentence so the choice never wobbles.
    ranked = sorted(scores, key=lambda index: (-scores[index], index))
    chosen: list[Sentence] = []
    for index in ranked:
        sentence = sentences[index]
        if index in excluded or sentence.word_count > max_words:
            continue
        if _is_near_duplicate(sentence, chosen):
            continue
        chosen.append(sentence)
        if len(chosen) == wanted:
            break
    return sorted(chosen, key=lambda sentence: sentence.index)
