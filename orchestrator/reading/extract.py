"""HTML to an Article: trafilatura and readability on one parse, checked against each other.

trafilatura (balanced mode, without its own slower fallbacks) gives the paragraphs, links and
metadata; readability (trafilatura's port of readability-lxml) reads the same parsed page,
and agreement.reconcile drops the
paragraphs it does not support, or takes readability's text when trafilatura's pick is a
notice or a teaser. readability alone is used when trafilatura finds nothing.

Pure and synchronous. The reader runs it in a worker process with a time limit, because a
hostile page can make any HTML parser slow and a thread cannot be stopped.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.readability_lxml import Document as ReadabilityDocument
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from orchestrator.domain import Article, ArticleLink
from orchestrator.errors import NotAnArticle
from orchestrator.figures import figures_in
from orchestrator.reading.agreement import reconcile
from orchestrator.reading.pagemeta import read_meta
from orchestrator.reading.softerror import soft_error
from orchestrator.reading.tidy import tidy
from orchestrator.spelled import cited_in_words

logger = logging.getLogger(__name__)

# Below this much text the page is a stub, a paywall, a login form or needs JavaScript.
MIN_TEXT_CHARS = 200
MAX_CONTEXT_CHARS = 400

# Chosen on the development split of bench/extraction.py. Precision mode, chosen before on
# the whole corpus, lost on unseen pages (it drops real paragraphs and, on some pages, the
# whole story); balanced mode keeps them and readability's agreement removes the extras.
# fast: trafilatura's own fallbacks (its readability port, jusText) cost time and are
# replaced here by the comparison with readability. Comments are not the article.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "fast": True,
}

_BLOCKS = ("p", "head", "item", "quote", "cell", "code")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_SPACES = re.compile(r"\s+")
# lxml refuses strings with these in them, and no article needs them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

TOO_LITTLE = (
    "That page has too little text to be an article (it may be a front page, a login or "
    "paywall page, or need JavaScript)."
)


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _paragraphs(lines: Iterable[str]) -> str:
    return "\n\n".join(line for line in (_clean(raw) for raw in lines) if line)


def _context(paragraph: str, anchor: str) -> str:
    """The sentence of `paragraph` that holds `anchor`, or the paragraph if it is short."""
    if len(paragraph) <= MAX_CONTEXT_CHARS or not anchor:
        return paragraph
    sentences = _SENTENCE_END.split(paragraph)
    for sentence in sentences:
        if anchor in sentence:
            return sentence.strip()[: MAX_CONTEXT_CHARS * 2]
    at = paragraph.find(anchor)
    start = max(0, at - MAX_CONTEXT_CHARS // 2) if at >= 0 else 0
    return paragraph[start : start + MAX_CONTEXT_CHARS].strip()


def _link(base: str, href: str | None, anchor: str, paragraph: str) -> ArticleLink | None:
    if not href:
        return None
    try:
        absolute, _ = urldefrag(urljoin(base, href.strip()))
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if absolute == urldefrag(base)[0]:
        return None  # a link to the page itself (a table of contents, "back to top")
    return ArticleLink(url=absolute, anchor=anchor, context=_context(paragraph, anchor))


def _dedupe(links: Iterable[ArticleLink | None]) -> tuple[ArticleLink, ...]:
    kept: dict[str, ArticleLink] = {}
    for link in links:
        if link is not None and link.url not in kept:
            kept[link.url] = link
    return tuple(kept.values())


def _enclosing_block(element: Any) -> Any:
    node = element.getparent()
    while node is not None and node.tag not in _BLOCKS:
        node = node.getparent()
    return node


def _trafilatura_links(body: Any, base: str) -> tuple[ArticleLink, ...]:
    found = []
    for ref in body.iter("ref"):
        anchor = _clean("".join(ref.itertext()))
        block = _enclosing_block(ref)
        paragraph = _clean("".join(block.itertext())) if block is not None else anchor
        found.append(_link(base, ref.get("target"), anchor, paragraph))
    return _dedupe(found)


@dataclass(frozen=True)
class _Candidate:
    """One extractor's reading of the page: its paragraphs and (on demand) their links."""

    paragraphs: tuple[str, ...]
    # Resolving every link costs time, and only the text that is kept needs its links.
    find_links: Callable[[], tuple[ArticleLink, ...]]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def _trafilatura(tree: Any, url: str) -> _Candidate | None:
    """trafilatura's paragraphs, and their links on demand."""
    # Any: trafilatura is untyped here (ignore_missing_imports), and without as_dict it
    # returns a Document, not a dict. It copies the tree it is given. Metadata is read
    # separately (see _metadata), so that a page with too little text still gets it.
    document: Any = trafilatura.bare_extraction(
        tree, url=url, with_metadata=False, include_links=True, **TRAFILATURA_OPTIONS
    )
    if document is None or document.body is None:
        return None
    # Links are kept in the tree for Article.links, but the text is wanted without the
    # markdown link syntax trafilatura would write into it.
    plain = copy.deepcopy(document.body)
    etree.strip_tags(plain, "ref")
    # Source line breaks inside a paragraph are not paragraph breaks; only blocks are.
    for node in plain.iter():
        if node.text:
            node.text = _SPACES.sub(" ", node.text)
        if node.tail:
            node.tail = _SPACES.sub(" ", node.tail)
    lines = (_clean(raw) for raw in xmltotxt(plain, include_formatting=False).splitlines())
    paragraphs = tuple(line for line in lines if line)
    body = document.body
    return _Candidate(paragraphs, lambda: _trafilatura_links(body, url))


# Elements that start a new paragraph in readability's output, where text can sit directly
# in a <div> as well as in a <p>.
_BLOCK_NAMES = "p div section article main header footer aside figure figcaption h1 h2 h3 h4 h5"
_READABILITY_BLOCKS = frozenset(
    f"{_BLOCK_NAMES} h6 ul ol li dl dt dd blockquote pre table tr td th br hr".split(" ")
)


def _readability(tree: Any, url: str) -> _Candidate | None:
    """Readability's paragraphs and links on the parsed page, which it prunes as it goes.

    trafilatura's port of readability-lxml: the same scoring of blocks by text and link
    density, but it works on the tree already parsed, where readability-lxml would parse
    and clean the page three more times (most of the time budget).
    """
    try:
        summary = ReadabilityDocument(tree, min_text_length=25).summary()
        if not summary.strip():
            return None
        body = lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:  # malformed markup can make readability raise anything
        logger.info("readability could not parse %s", url, exc_info=True)
        return None
    # Mark block edges with line breaks, so text sitting directly in a <div> is kept too,
    # then read the whole text once: one paragraph per block.
    for node in body.iter():
        if isinstance(node.tag, str) and node.tag in _READABILITY_BLOCKS:
            node.text = "\n" + (node.text or "")
            node.tail = "\n" + (node.tail or "")
    lines = (_clean(raw) for raw in body.text_content().split("\n"))
    return _Candidate(tuple(line for line in lines if line), lambda: _readability_links(body, url))


def _readability_links(body: Any, url: str) -> tuple[ArticleLink, ...]:
    links: list[ArticleLink | None] = []
    for anchor in body.iter("a"):
        block = anchor.getparent()
        while block is not None and block.tag not in _READABILITY_BLOCKS:
            block = block.getparent()
        # The line breaks marking block edges are spaces to _clean.
        context = _clean(block.text_content()) if block is not None else ""
        links.append(_link(url, anchor.get("href"), _clean(anchor.text_content()), context))
    return _dedupe(links)


def _parse(html: str) -> Any:
    try:
        return load_html(html)
    except Exception:  # lxml's own errors on hostile markup: treat as no page
        logger.info("could not parse the page", exc_info=True)
        return None


# A news brief: a sentence or two that states a figure and links to where it comes from
# ("The all-accident rate was 1.13 per million flights last year, IATA said."). Shorter
# than an article, but a story to check; a wall or an error page is neither.
MIN_BRIEF_CHARS = 100


def _a_brief(text: str, title: str | None, links: tuple[ArticleLink, ...]) -> bool:
    if len(text) < MIN_BRIEF_CHARS or soft_error(title, text) is not None:
        return False
    return any(
        not figure.is_year
        for link in links
        if link.context
        for figure in (*figures_in(link.context), *cited_in_words(link.context))
    )


def _run_together(primary: _Candidate, other: _Candidate) -> bool:
    """Whether trafilatura gave the whole page as one paragraph: on a short story it falls
    back to the page's bare text, kicker, byline and story run together and its links lost,
    where readability kept the same text in two or more blocks (and the link the story cites)."""
    if len(primary.paragraphs) != 1 or len(other.paragraphs) < 2:
        return False
    whole = _SPACES.sub(" ", primary.text)
    return all(_SPACES.sub(" ", paragraph) in whole for paragraph in other.paragraphs)


def _choose(primary: _Candidate | None, other: _Candidate | None) -> tuple[_Candidate, str]:
    """The text to keep and which extractor it came from (see agreement.py for why)."""
    if primary is not None and other is not None and _run_together(primary, other):
        return other, "readability"
    if other is None or len(other.text) < MIN_TEXT_CHARS:
        if primary is None:
            raise NotAnArticle(TOO_LITTLE)
        return primary, "trafilatura"
    if primary is None or len(primary.text) < MIN_TEXT_CHARS:
        return other, "readability"
    verdict = reconcile(primary.paragraphs, other.text)
    if verdict.use_other:
        return other, "readability"
    if not verdict.dropped:
        return primary, "trafilatura"
    kept_text = "\n".join(verdict.kept)

    def kept_links() -> tuple[ArticleLink, ...]:
        # A link stays when its anchor text is still in the article.
        assert primary is not None
        found = primary.find_links()
        return tuple(link for link in found if link.anchor and link.anchor in kept_text)

    return _Candidate(verdict.kept, kept_links), "trafilatura+readability"


def extract_article(html: str, url: str) -> Article:
    """The article in `html` (fetched from `url`), or NotAnArticle with a sentence."""
    html = _CONTROL.sub("", html)
    if not html.strip():
        raise NotAnArticle("That page is empty.")
    tree = _parse(html)
    if tree is None:
        raise NotAnArticle(TOO_LITTLE)
    primary = None
    try:
        primary = _trafilatura(tree, url)
    except Exception:  # a crash inside the extractor should fall back, not end the run
        logger.warning("trafilatura failed on %s", url, exc_info=True)
    # Metadata before readability, which prunes the tree it is given (so it needs no copy).
    meta = read_meta(tree, url)
    chosen, extractor = _choose(primary, _readability(tree, url))
    text = tidy(_paragraphs(chosen.paragraphs))
    links = chosen.find_links()
    if len(text) < MIN_TEXT_CHARS and not _a_brief(text, meta.title, links):
        raise NotAnArticle(TOO_LITTLE)
    return Article(
        url=url,
        text=text,
        title=meta.title,
        byline=meta.byline,
        date=meta.date,
        site=meta.site,
        links=links,
        extractor=extractor,
        canonical_url=meta.canonical_url,
        language=meta.language,
    )
