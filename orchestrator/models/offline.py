"""The offline model: what copydesk runs on without an API key.

It never writes a word of its own. The summary is *extractive* (the article's own most
informative sentences, scored by how central their words are to the article, where they
stand, and whether they carry figures and names); the fact-check is the deterministic
verification the gates use; the tags are the article's most prominent names and terms.
The same article always gives the same answer, and it spends no tokens, so it says so.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.domain import Article, Usage
from orchestrator.figures import Figure, figures_in, sentence_spans
from orchestrator.ports import ClaimCheck, DraftClaim, ModelReply
from orchestrator.quotes import quotes_in
from orchestrator.verify import check_claim_against_article, normalise_text

__all__ = ["OfflineModel"]

logger = logging.getLogger(__name__)

MIN_CLAIMS = 3
MAX_CLAIMS = 5
MIN_TAGS = 3
MAX_TAGS = 6

_MIN_WORDS = 8
_MAX_WORDS = 70
_SHORT_WORDS = 35  # what "shorter" feedback asks for
_DUPLICATE_OVERLAP = 0.5


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _words(
    """a about above across after afterwards again against all almost alone along already also
    although always am among amongst an and another any anyhow anyone anything anyway anywhere
    are around as at back be became because become becomes becoming been before beforehand
    behind being below beside besides between beyond both but by can cannot could did do does
    doing done down due during each either else elsewhere enough etc even ever every everyone
    everything everywhere except few for former formerly from further get gets getting give
    given gives go goes going gone got had has have having he hence her here hereby herein
    hers herself him himself his how however i if in indeed into is it its itself just keep
    last latter least less like made make makes making many may me meanwhile might mine more
    moreover most mostly much must my myself namely neither never nevertheless next no nobody
    none nor not nothing now nowhere of off often on once one only onto or other others
    otherwise our ours ourselves out over own per perhaps put quite rather really said same
    say saying says see seem seemed seems several she should since so some somehow someone
    something sometime sometimes somewhere still such take than that the their theirs them
    themselves then thence there thereafter thereby therefore therein these they this those
    though through throughout thus to together too toward towards under until up upon us used
    using very via was we well were what whatever when whence whenever where whereas whether
    which while who whoever whole whom whose why will with within without would yet you your
    yours yourself yourselves
    told tells added adds asked according including include includes included across new
    first second third last next year years month months week weeks day days today yesterday
    tomorrow time times people thing things way ways lot lots part percent cent per mr mrs ms
    dr also around among two three four five six seven eight nine ten hundred thousand million
    billion trillion dozen want wants wanted know known think thought come came comes look
    looks looked went told tell use uses need needs needed says said according though since
    good great big small large little long high low able likely early late recent recently
    another other many much several whose despite amid"""
)
# Words that are true of nearly every news story, so they never make a useful tag.
_GENERIC = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december company companies matter case cases
    minute minutes hour hours number numbers statement statements report reports reported
    story stories news article official officials percentage spokesperson spokesman
    spokeswoman comment comments end start place point points kind sort rose fell rise rises
    fall falls gain gains died bring brings show shows find finds found called"""
)

# Lines that belong to the page around an article, not to its story.
_BOILERPLATE = (
    "sign up",
    "subscribe to",
    "subscribe now",
    "subscribe for",
    "newsletter",
    "cookie policy",
    "use cookies",
    "all rights reserved",
    "click here",
    "read more:",
    "follow us",
    "getty images",
    "photograph:",
    "photo:",
    "image:",
    "credit:",
    "(ap photo",
    "share this",
    "email us",
    "contact us",
    "terms of use",
    "terms of service",
    "privacy policy",
    "reporting by",
    "editing by",
    "additional reporting",
    "this story has been",
    "this article was",
    "this article has been",
    "©",
    "related:",
    "watch:",
    "download the app",
    "download our app",
    "log in to",
    "sign in to",
    "already a subscriber",
    "support our journalism",
    "support independent journalism",
    "for more news",
    "recommended for you",
    "most read",
    "you may also like",
)
_ENDS_LIKE_A_SENTENCE_RE = re.compile(r"[.!?][\"”’)\]]*$")
_STARTS_LIKE_A_SENTENCE_RE = re.compile(r"^[\"“‘(\[]?[A-Z0-9$£€]")
_LETTER = r"[^\W\d_]"
_WORD_RE = re.compile(rf"{_LETTER}(?:{_LETTER}|['’-])*{_LETTER}|{_LETTER}")
_NAME_WORD = r"(?:[A-Z][a-zA-Z'’&.-]*[A-Za-z]|[A-Z]{2,})\b(?![\d'’-])"
_NAME_RE = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:of|for|de|del|van|von|the|and|&)[ \t]+)?{_NAME_WORD})*"
)
_CLAIM_NUMBER_RE = re.compile(
    r"\bclaims?\s*#?\s*(\d+)((?:\s*(?:,|and|&|or)\s*#?\s*\d+)*)", re.IGNORECASE
)
_NUMBER_RE = re.compile(r"\d+")
_FEWER_RE = re.compile(r"too many|fewer|at most", re.IGNORECASE)
_MORE_RE = re.compile(r"too few|more claims|at least", re.IGNORECASE)
_DUPLICATE_RE = re.compile(r"duplicat|repeat|same as|overlap", re.IGNORECASE)
_SHORTER_RE = re.compile(r"too long|shorter|concise|briefer", re.IGNORECASE)


@dataclass(frozen=True)
class _Sentence:
    index: int  # position among the article's sentences
    text: str
    words: frozenset[str]  # content-word stems
    figures: tuple[Figure, ...]
    word_count: int
    names: int  # capitalised words past the first: a cheap stand-in for named entities
    quoted_share: float  # how much of the sentence is inside quotation marks
    usable: bool  # looks like a sentence of the story rather than of the page


@dataclass(frozen=True)
class _Feedback:
    claim_numbers: frozenset[int]
    figures: tuple[Figure, ...]
    phrases: tuple[str, ...]
    count_change: int
    shorter: bool


class OfflineModel:
    """The built-in model: extractive, deterministic, and free."""

    @property
    def name(self) -> str:
        return "offline"

    async def aclose(self) -> None:
        """Nothing to release: the offline model holds no connections."""

    async def summarise(
        self, article: Article, *, feedback: str | None = None
    ) -> ModelReply[list[DraftClaim]]:
        sentences = _sentences(article.text)
        if feedback:
            chosen = _summary_with_feedback(sentences, _read_feedback(feedback))
        else:
            chosen = _summary(sentences, excluded=frozenset())
        claims = [DraftClaim(text=sentence.text, quote=sentence.text) for sentence in chosen]
        return ModelReply(value=claims, usage=Usage(), model=self.name)

    async def check_claims(
        self, article: Article, claims: Sequence[DraftClaim]
    ) -> ModelReply[list[ClaimCheck]]:
        checks = []
        for index, claim in enumerate(claims):
            verification = check_claim_against_article(claim.text, claim.quote, article.text)
            checks.append(
                ClaimCheck(
                    index=index, verdict=verification.verdict, evidence=verification.evidence
                )
            )
        return ModelReply(value=checks, usage=Usage(), model=self.name)

    async def tag(self, article: Article) -> ModelReply[list[str]]:
        return ModelReply(value=_tags(article), usage=Usage(), model=self.name)


# --- sentences -------------------------------------------------------------------------------


def _stem(word: str) -> str:
    # Just enough to fold plurals and possessives together; anything smarter is a dependency.
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _content_words(text: str) -> list[str]:
    words = []
    for word in _WORD_RE.findall(text):
        lowered = word.lower()
        if len(lowered) > 2 and lowered not in _STOPWORDS:
            words.append(_stem(lowered))
    return words


def _is_boilerplate(sentence: str) -> bool:
    # Substring tests, not one big regex: this runs on every sentence of long articles.
    lowered = sentence.lower()
    return any(phrase in lowered for phrase in _BOILERPLATE)


def _quoted_share(text: str) -> float:
    quoted = sum(len(phrase) for phrase in quotes_in(text))
    return quoted / max(len(text), 1)


def _sentences(text: str) -> list[_Sentence]:
    sentences = []
    for index, (start, end) in enumerate(sentence_spans(text)):
        sentence = text[start:end]
        tokens = sentence.split()
        names = sum(1 for token in tokens[1:] if token[:1].isupper())
        usable = (
            _MIN_WORDS <= len(tokens) <= _MAX_WORDS
            and _ENDS_LIKE_A_SENTENCE_RE.search(sentence) is not None
            and _STARTS_LIKE_A_SENTENCE_RE.match(sentence) is not None
            and not _is_boilerplate(sentence)
        )
        share = _quoted_share(sentence)
        sentences.append(
            _Sentence(
                index=index,
                text=sentence,
                words=frozenset(_content_words(sentence)),
                figures=tuple(figures_in(sentence)),
                word_count=len(tokens),
                names=names,
                quoted_share=share,
                # A quote on its own, with no one saying it, is colour, not a claim.
                usable=usable and share < 0.85,
            )
        )
    return sentences


def _scores(sentences: Sequence[_Sentence]) -> dict[int, float]:
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


def _claim_count(sentences: Sequence[_Sentence]) -> int:
    usable = sum(1 for sentence in sentences if sentence.usable)
    if usable < 12:
        return MIN_CLAIMS
    if usable < 30:
        return 4
    return MAX_CLAIMS


def _is_near_duplicate(sentence: _Sentence, chosen: Sequence[_Sentence]) -> bool:
    for other in chosen:
        shared = len(sentence.words & other.words)
        smaller = min(len(sentence.words), len(other.words)) or 1
        if shared / smaller >= _DUPLICATE_OVERLAP:
            return True
    return False


def _summary(
    sentences: Sequence[_Sentence],
    *,
    excluded: frozenset[int],
    count_change: int = 0,
    max_words: int = _MAX_WORDS,
) -> list[_Sentence]:
    scores = _scores(sentences)
    wanted = min(MAX_CLAIMS, max(MIN_CLAIMS, _claim_count(sentences) + count_change))
    # Highest score first; ties go to the earlier sentence so the choice never wobbles.
    ranked = sorted(scores, key=lambda index: (-scores[index], index))
    chosen: list[_Sentence] = []
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


# --- feedback --------------------------------------------------------------------------------


def _read_feedback(feedback: str) -> _Feedback:
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
    return _Feedback(
        claim_numbers=frozenset(numbers),
        figures=tuple(figures),
        phrases=tuple(phrase for phrase in phrases if len(phrase.split()) >= 3),
        count_change=count_change,
        shorter=_SHORTER_RE.search(feedback) is not None,
    )


def _summary_with_feedback(sentences: Sequence[_Sentence], feedback: _Feedback) -> list[_Sentence]:
    """A summary that avoids what the gate objected to.

    The model keeps no memory between calls, but it is deterministic: "claim 2" of the
    attempt the gate saw is claim 2 of the summary this article gets without feedback.
    """
    excluded: set[int] = set()
    if feedback.claim_numbers:
        previous = _summary(sentences, excluded=frozenset())
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
    return _summary(
        sentences,
        excluded=frozenset(excluded),
        count_change=feedback.count_change,
        max_words=_SHORT_WORDS if feedback.shorter else _MAX_WORDS,
    )


# --- tags ------------------------------------------------------------------------------------


def _tags(article: Article) -> list[str]:
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
        if _is_boilerplate(sentence):
            continue
        for match in _NAME_RE.finditer(sentence):
            name = _clean_name(match[0], at_start=match.start() == 0)
            if name:
                add(name, 1.5 if " " in name else 1.0, sentence_start + match.start())
        for match in _WORD_RE.finditer(sentence):
            word = match[0].lower().replace("’", "'")
            if len(word) < 4 or word in _STOPWORDS or word in _GENERIC:
                continue
            if "'" in word or word.endswith("ly") or (len(word) > 5 and word.endswith("ed")):
                continue  # contractions, adverbs and past tenses are never what a story is about
            if match[0][:1].isupper():
                continue  # counted as a name
            stem = _stem(word)
            surface.setdefault(stem, word)
            add(stem, 1.0, sentence_start + match.start())

    title_words = set(_content_words(title))
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
    if len(tag) < 3 or tag in _STOPWORDS or tag in _GENERIC:
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
_OPENING_WORDS = _CONNECTORS | _words(
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
