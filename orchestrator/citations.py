"""Following an article's own citations: does the source it links say what the article says?

For each summary claim with figures (or quoted words), the article's outbound links whose
surrounding sentence carries those figures, or the claim's own words, are its citations.
At most ``max_sources`` distinct sources are read per run, concurrently, through the Reader
port, and every cited figure is looked for in the source text. A figure its source does not
contain is an *unsupported citation*; the gate escalates on it. A source that cannot be read
makes the citation UNVERIFIABLE rather than failing the run.

Sources are read as documents (Reader.read_source), not articles, and each figure is judged
by orchestrator.sourcecheck: confirmed, contradicted, not found, or source unreadable.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import urldefrag, urlsplit

from orchestrator.domain import JSON, Article, ArticleLink, Verdict
from orchestrator.errors import ReadError
from orchestrator.figures import Figure, figures_in, unread_amounts
from orchestrator.ports import DraftClaim, Reader
from orchestrator.quotes import quotes_in
from orchestrator.sentences import split_sentences
from orchestrator.sourcecheck import FigureCheck, Outcome, check_figure, source_text, worst
from orchestrator.spelled import cited_in_words
from orchestrator.verify import find_phrase, normalise_text

__all__ = ["CitationCheck", "FigureCheck", "Outcome", "follow_citations", "unread_amounts"]

logger = logging.getLogger(__name__)

_EVIDENCE_CHARS = 400
_WORD_RE = re.compile(r"\w+")
# The share of the shorter text's words the other must share for a link's sentence to be
# the claim's sentence (a summary may trim or paraphrase it).
_CONTEXT_OVERLAP = 0.6
_MIN_SHARED_WORDS = 4
_LITTLE_WORDS = frozenset(
    _WORD_RE.findall(
        "the a an and or but of to in on at for by with from as is was were are be been has "
        "have had it its this that these those he she they we said says"
    )
)


@dataclass(frozen=True)
class CitationCheck:
    """What one cited source says about one claim's figures (and quoted words).

    ``figure_checks`` holds one outcome per cited figure: confirmed, contradicted, not found
    or source unreadable. ``verdict`` sums them up for what came before outcomes existed:
    supported only when every one was confirmed.
    """

    claim_index: int
    source_url: str
    figures: tuple[str, ...]  # as written in the claim
    verdict: Verdict
    found: str  # the source's sentence(s) where they stand, or what is missing
    checked_by: str = "fact_check"
    missing: tuple[str, ...] = ()  # the cited figures and quotes the source does not confirm
    figure_checks: tuple[FigureCheck, ...] = ()

    @property
    def outcome(self) -> Outcome:
        return worst([check.outcome for check in self.figure_checks])

    def to_json(self) -> JSON:
        return {
            "claim_index": self.claim_index,
            "source_url": self.source_url,
            "figures": list(self.figures),
            "verdict": self.verdict.value,
            "outcome": self.outcome.value,
            "found": self.found,
            "checked_by": self.checked_by,
            "missing": list(self.missing),
            "figure_checks": [check.to_json() for check in self.figure_checks],
        }


@dataclass(frozen=True)
class _Citation:
    claim_index: int
    url: str
    figures: tuple[Figure, ...]
    phrases: tuple[str, ...]
    strength: int  # 0 is the strongest: claims with real figures come first
    context: str = ""  # the article's sentence the link stands in: what the figure is about
    unread: tuple[str, ...] = ()  # amounts copydesk could not read as figures ("TSh2.4bn")

    @property
    def cited(self) -> tuple[str, ...]:
        return (
            tuple(figure.text for figure in self.figures)
            + tuple(f"“{phrase}”" for phrase in self.phrases)
            + self.unread
        )


async def follow_citations(
    article: Article,
    claims: Sequence[DraftClaim],
    reader: Reader,
    *,
    max_sources: int = 5,
    step: str = "fact_check",
) -> list[CitationCheck]:
    """Check the claims' figures against the sources the article cites for them.

    Returns one CitationCheck per (claim, cited source), in claim order; claims the article
    cites nothing for are absent. Reads at most ``max_sources`` distinct URLs, all at once.
    """
    citations = _choose(_citations(article, claims), max_sources)
    urls = list(dict.fromkeys(citation.url for citation in citations))
    if not urls:
        return []
    async with asyncio.TaskGroup() as group:
        reads = {url: group.create_task(_read(reader, url)) for url in urls}
    sources = {url: task.result() for url, task in reads.items()}
    checks = [_check(citation, sources[citation.url], step) for citation in citations]
    logger.info(
        "followed %s citations of %s claims to %s sources",
        len(checks),
        len({citation.claim_index for citation in citations}),
        len(urls),
        extra={"action": "follow_citations", "step": step},
    )
    return checks


async def _read(reader: Reader, url: str) -> Article | ReadError:
    try:
        return await reader.read_source(url)
    except ReadError as error:
        logger.info("cited source %s unreadable: %s", url, error.message)
        return error


def _citations(article: Article, claims: Sequence[DraftClaim]) -> list[_Citation]:
    """Every (claim, link) pair where the link's sentence backs the claim."""
    own_url = urldefrag(article.url).url
    sentences = split_sentences(article.text)
    links = [
        _with_referent(link, sentences) for link in article.links if _followable(link, own_url)
    ]
    citations: list[_Citation] = []
    for index, claim in enumerate(claims):
        figures = _unique_figures(figures_in(claim.quote) + figures_in(claim.text))
        spelled = cited_in_words(claim.text)
        if not any(not figure.is_year for figure in figures):
            # "Twelve bridges were closed": a figure in words is cited like one in digits.
            figures = _unique_figures([*figures, *spelled])
        else:
            # Beside digits, only what cannot be a word's other sense: "narrowed by nine
            # basis points to 1.94%", "two million passengers" (not "the two companies").
            figures = _unique_figures(
                [
                    *figures,
                    *(f for f in spelled if (f.unit is not None or f.scaled) and not f.share),
                ]
            )
        phrases = _unique_phrases(quotes_in(claim.text) + quotes_in(claim.quote))
        unread = tuple(dict.fromkeys(unread_amounts(f"{claim.quote} {claim.text}")))
        if not figures and not phrases and not unread:
            continue
        strength = 0 if any(not figure.is_year for figure in figures) else 1 if figures else 2
        seen: set[str] = set()
        for link in links:
            url = urldefrag(link.url).url
            if url in seen:
                continue
            cited = _cited_by(link, claim, figures, phrases)
            cited_unread = tuple(token for token in unread if token in link.context)
            if cited is None and not cited_unread:
                continue
            seen.add(url)
            cited_figures, cited_phrases = cited or ((), ())
            # "2.3bn euros in 2024": the year dates the figure; a release for 2024 need not
            # print it. A year is checked only when it is all the claim cites.
            cited_figures = tuple(f for f in cited_figures if not f.is_year) or cited_figures
            context = f"{link.context} {claim.text}" if link.context else claim.text
            # An amount, even one copydesk cannot read, is a real figure.
            rank = 0 if cited_unread else strength
            citations.append(
                _Citation(index, url, cited_figures, cited_phrases, rank, context, cited_unread)
            )
    return citations


# A sentence that only says where the one before it comes from: "The projections are in the
# agency's annual outlook.", "The figures come from the commission's report."
_REFERS_BACK = re.compile(
    r"^\s*(?:(?:the|these|those|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:figures?|numbers?|data|projections?|estimates?|forecasts?|results?|statistics"
    r"|findings|totals?|counts?|rates?)\b|(?:that|this)\s+is\s+according\s+to\b"
    r"|(?:that|this)\s+(?:comes?|came)\s+from\b)",
    re.IGNORECASE,
)


def _with_referent(link: ArticleLink, sentences: Sequence[str]) -> ArticleLink:
    """``link`` with the sentence before its own as its context too, when its own states no
    figure and only says where that sentence's come from."""
    if not link.context or not _REFERS_BACK.match(link.context):
        return link
    if any(not figure.is_year for figure in figures_in(link.context)):
        return link
    own = normalise_text(link.context)
    for index, sentence in enumerate(sentences):
        if index and normalise_text(sentence) == own:
            return replace(link, context=f"{sentences[index - 1]} {link.context}")
    return link


def _followable(link: ArticleLink, own_url: str) -> bool:
    url = urldefrag(link.url).url
    return urlsplit(url).scheme in ("http", "https") and url != own_url


def _cited_by(
    link: ArticleLink,
    claim: DraftClaim,
    figures: Sequence[Figure],
    phrases: Sequence[str],
) -> tuple[tuple[Figure, ...], tuple[str, ...]] | None:
    """Which of the claim's figures and phrases ``link`` is cited for, or None."""
    in_context = figures_in(link.context) + cited_in_words(link.context)
    cited_figures = tuple(
        figure
        for figure in figures
        if any(figure.matches(other) or other.matches(figure) for other in in_context)
    )
    context = normalise_text(link.context)
    cited_phrases = tuple(phrase for phrase in phrases if normalise_text(phrase) in context)
    # A year alone ties nothing together: most sentences of a story share one.
    if any(not figure.is_year for figure in cited_figures) or cited_phrases:
        return cited_figures, cited_phrases
    # A sentence stating other figures is a citation for those, not for this claim's.
    states_others = any(not figure.is_year for figure in in_context)
    if not states_others and _same_sentence(link.context, claim.quote or claim.text):
        return tuple(figures), tuple(phrases)
    return None


def _same_sentence(context: str, quote: str) -> bool:
    left, right = normalise_text(context), normalise_text(quote)
    if not left or not right:
        return False
    if left in right or right in left:
        return True
    left_words = set(_WORD_RE.findall(left)) - _LITTLE_WORDS
    right_words = set(_WORD_RE.findall(right)) - _LITTLE_WORDS
    shared = len(left_words & right_words)
    smaller = min(len(left_words), len(right_words))
    return shared >= _MIN_SHARED_WORDS and shared >= _CONTEXT_OVERLAP * smaller


def _unique_figures(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    unique: dict[tuple[object, ...], Figure] = {}
    for figure in figures:
        unique.setdefault(figure.key, figure)
    return tuple(unique.values())


def _unique_phrases(phrases: Sequence[str]) -> tuple[str, ...]:
    unique: dict[str, str] = {}
    for phrase in phrases:
        unique.setdefault(normalise_text(phrase), phrase)
    return tuple(unique.values())


def _choose(citations: Sequence[_Citation], max_sources: int) -> list[_Citation]:
    """The citations to follow: claims with figures first, at most ``max_sources`` URLs."""
    urls: set[str] = set()
    chosen: list[_Citation] = []
    for citation in sorted(citations, key=lambda citation: citation.strength):
        if citation.url not in urls:
            if len(urls) >= max_sources:
                continue
            urls.add(citation.url)
        chosen.append(citation)
    # Report in claim order; the sort above is stable, so links keep the article's order.
    return sorted(chosen, key=lambda citation: citation.claim_index)


def _check(citation: _Citation, source: Article | ReadError, step: str) -> CitationCheck:
    if isinstance(source, ReadError):
        unread = tuple(
            FigureCheck(cited, Outcome.UNREADABLE, source.message) for cited in citation.cited
        )
        return CitationCheck(
            claim_index=citation.claim_index,
            source_url=citation.url,
            figures=citation.cited,
            verdict=Verdict.UNVERIFIABLE,
            found=source.message,
            checked_by=step,
            missing=citation.cited,
            figure_checks=unread,
        )
    text = source.text if not source.title else f"{source.title}\n{source.text}"
    document = source_text(text)
    checks: list[FigureCheck] = []
    for figure in citation.figures:
        checks.append(check_figure(figure, citation.context, document))
    for phrase in citation.phrases:
        found = find_phrase(phrase, text)
        if found is None:
            checks.append(
                FigureCheck(
                    f"“{phrase}”",
                    Outcome.NOT_FOUND,
                    f"The quoted words “{phrase}” do not appear in the cited source.",
                )
            )
        else:
            checks.append(FigureCheck(f"“{phrase}”", Outcome.CONFIRMED, _trim(found or phrase)))
    for token in citation.unread:
        # Never silence: an amount the article cites that copydesk cannot read is one it
        # has not checked, and the gate must say so rather than continue without it.
        checks.append(
            FigureCheck(
                token,
                Outcome.NOT_FOUND,
                f"copydesk could not read “{token}” as a figure, so it did not check it "
                "at the source.",
            )
        )
    confirmed = [check for check in checks if check.outcome is Outcome.CONFIRMED]
    others = [check for check in checks if check.outcome is not Outcome.CONFIRMED]
    if others:
        found_text = " ".join(_sentence_end(check.sentence()) for check in others)
    else:
        found_text = " … ".join(dict.fromkeys(check.found for check in confirmed))
    return CitationCheck(
        claim_index=citation.claim_index,
        source_url=citation.url,
        figures=citation.cited,
        verdict=Verdict.UNSUPPORTED if others else Verdict.SUPPORTED,
        found=found_text,
        checked_by=step,
        missing=tuple(check.figure for check in others),
        figure_checks=tuple(checks),
    )


def _sentence_end(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…", "”")) else text + "."


def _trim(text: str) -> str:
    if len(text) <= _EVIDENCE_CHARS:
        return text
    return text[: _EVIDENCE_CHARS - 1].rstrip() + "…"
