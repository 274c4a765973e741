"""The offline tags: the article's most prominent names and terms, weighted up when the title
has them, with tags that only repeat another left out."""

from __future__ import annotations

import re

from orchestrator.domain import Article
from orchestrator.models.offline.words import (
    GENERIC,
    STOPWORDS,
    WORD_RE,
    content_words,
    is_boilerplate,
    stem,
    word_set,
)
from orchestrator.sentences import sentence_spans
from orchestrator.verify import normalise_text

MIN_TAGS = 3
MAX_TAGS = 6

_NAME_WORD = r"(?:[A-Z][a-zA-Z'’&.-]*[A-Za-z]|[A-Z]{2,})\b(?![\d'’-])"
_NAME_RE = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:of|for|de|del|van|von|the|and|&)[ \t]+)?{_NAME_WORD})*"
)


def tags_of(article: Article) -> list[str]:
    text = article.text
    title = article.title or ""
    scores: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    surface: dict[str, str] = {}  # a stem's most readable spelling

    def add(tag: str, weight: float, position: int) -> None:
        scores[tag] = scores.get(tag, 0.0) + weight
        first_seen.setdefault(tag, position)

    for sentence_start, sentence_end in sentence_spans(text):
        sentence = text[sentence_start:sentence_end]
        if is_boilerplate(sentence):
            continue
        for match in _NAME_RE.finditer(sentence):
            name = _clean_name(match[0], at_start=match.start() == 0)
            if name:
                add(name, 1.5 if " " in name else 1.0, sentence_start + match.start())
        for match in WORD_RE.finditer(sentence):
            word = match[0].lower().replace("’", "'")
            if len(word) < 4 or word in STOPWORDS or word in GENERIC:
                continue
            if "'" in word or word.endswith("ly") or (len(word) > 5 and word.endswith("ed")):
                continue  # contractions, adverbs and past tenses are never what a story is about
            if match[0][:1].isupper():
                continue  # counted as a name
            folded = stem(word)
            surface.setdefault(folded, word)
            add(folded, 1.0, sentence_start + match.start())

    title_words = set(content_words(title))
    title_normal = normalise_text(title)
    for tag in scores:
        if tag in title_words or (" " in tag and tag in title_normal):
            scores[tag] *= 1.5
    ranked = sorted(scores, key=lambda tag: (-scores[tag], first_seen[tag], tag))
    tags: list[str] = []
    for tag in ranked:
        if scores[tag] < 2 and len(tags) >= MIN_TAGS:
            break  # a term the article mentions once is not what it is about
        label = surface.get(tag, tag)
        if any(_overlaps(label, other) for other in tags):
            continue
        tags.append(label)
        if len(tags) == MAX_TAGS:
            break
    return tags


def _clean_name(name: str, *, at_start: bool) -> str | None:
    words = name.replace("’", "'").split()
    # A sentence's first word is capitalised whatever it is: "The", "But", "We'd".
    stripped = 0
    while words and words[0].lower() in _OPENING_WORDS:
        words.pop(0)
        stripped += 1
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    words = [_name_word(word) for word in words]
    if not words or any("'" in word for word in words):
        return None
    if at_start and not stripped and len(words) == 1:
        return None  # a lone capitalised opener is as likely a verb or noun as a name
    tag = " ".join(words).lower()
    if len(tag) < 3 or tag in STOPWORDS or tag in GENERIC:
        return None
    return tag


def _name_word(word: str) -> str:
    word = word.removesuffix("'s")
    # "U.S." keeps its full stops; "Inc." and a sentence's last word lose theirs.
    if _INITIALISM_RE.fullmatch(word):
        return word.rstrip(".") + "."
    return word.rstrip(".")


_INITIALISM_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\.?")
_CONNECTORS = frozenset({"of", "for", "de", "del", "van", "von", "the", "and", "&"})
_OPENING_WORDS = _CONNECTORS | word_set(
    """a an this that these those but or so yet in on at by from with to as if when while
    after before since during his her its their our my your we he she they it i you there
    here however meanwhile also still then now according many some most all both each every
    no not last"""
)


def _overlaps(tag: str, other: str) -> bool:
    # "microsoft" adds nothing next to "microsoft corp", nor "rate" next to "interest rate".
    tag_words = set(tag.replace("-", " ").split())
    other_words = set(other.replace("-", " ").split())
    return tag_words <= other_words or other_words <= tag_words
