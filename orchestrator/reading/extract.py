"""HTML to an Article: trafilatura first, readability-lxml when trafilatura finds nothing.

Pure and synchronous. The reader runs it in a worker process with a time limit, because a
hostile page can make any HTML parser slow and a thread cannot be stopped.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.xml import xmltotxt

from orchestrator.domain import Article, ArticleLink
from orchestrator.errors import NotAnArticle

logger = logging.getLogger(__name__)

# Below this much text the page is a stub, a paywall, a login form or needs JavaScript.
MIN_TEXT_CHARS = 200
MAX_CONTEXT_CHARS = 400

# Chosen by bench/extraction.py on the annotated corpus: precision mode lifted F1 (fewer
# captions and teasers) at no cost in speed; comments are not the article.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "favor_precision": True,
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


def _trafilatura(html: str, url: str) -> Article | None:
    # Any: trafilatura is untyped here (ignore_missing_imports), and without as_dict it
    # returns a Document, not a dict.
    document: Any = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_links=True, **TRAFILATURA_OPTIONS
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
    text = _paragraphs(xmltotxt(plain, include_formatting=False).splitlines())
    return Article(
        url=url,
        text=text,
        title=document.title or None,
        byline=document.author or None,
        date=document.date or None,
        site=document.sitename or None,
        links=_trafilatura_links(document.body, url),
        extractor="trafilatura",
    )


def _readability(html: str, url: str) -> Article | None:
    from readability import Document

    try:
        readable = Document(html, url=url)
        summary = readable.summary(html_partial=True)
        title = readable.short_title() or None
        if not summary.strip():
            return None
        tree = lxml.html.fragment_fromstring(summary, create_parent="div")
        tree.make_links_absolute(url, resolve_base_href=False, handle_failures="discard")
    except Exception:  # readability raises bare Exceptions on pages it cannot parse
        logger.info("readability could not parse %s", url, exc_info=True)
        return None
    paragraphs: list[str] = []
    links: list[ArticleLink | None] = []
    for block in tree.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"):
        if any(parent.tag in ("p", "li", "blockquote") for parent in block.iterancestors()):
            continue  # already counted with its enclosing block
        paragraph = _clean(block.text_content())
        if not paragraph:
            continue
        paragraphs.append(paragraph)
        for anchor in block.iter("a"):
            links.append(_link(url, anchor.get("href"), _clean(anchor.text_content()), paragraph))
    if not paragraphs:
        paragraphs = [tree.text_content()]
    return Article(
        url=url,
        text=_paragraphs(paragraphs),
        title=title,
        links=_dedupe(links),
        extractor="readability",
    )


def extract_article(html: str, url: str) -> Article:
    """The article in `html` (fetched from `url`), or NotAnArticle with a sentence."""
    html = _CONTROL.sub("", html)
    if not html.strip():
        raise NotAnArticle("That page is empty.")
    article = None
    try:
        article = _trafilatura(html, url)
    except Exception:  # a crash inside the extractor should fall back, not end the run
        logger.warning("trafilatura failed on %s", url, exc_info=True)
    if article is None or len(article.text) < MIN_TEXT_CHARS:
        fallback = _readability(html, url)
        if fallback is not None and len(fallback.text) >= MIN_TEXT_CHARS:
            if article is not None:
                # Keep the metadata trafilatura did find (readability has none of it).
                fallback = Article(
                    url=url,
                    text=fallback.text,
                    title=article.title or fallback.title,
                    byline=article.byline,
                    date=article.date,
                    site=article.site,
                    links=fallback.links,
                    extractor="readability",
                )
            article = fallback
    if article is None or len(article.text) < MIN_TEXT_CHARS:
        raise NotAnArticle(TOO_LITTLE)
    return article
