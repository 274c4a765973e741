"""What the page says about itself: title, byline, date, site name, canonical URL, language.

Title, byline, date and site name are trafilatura's readings (its meta-tag, JSON-LD and
markup heuristics, and htmldate for the date), taken step by step as its extract_metadata
does, less the categories, tags and licence it also looks for: those are no use here and
were two thirds of the metadata time (bench/extraction.py, CPU time per page).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from htmldate import find_date
from trafilatura import metadata as tm
from trafilatura.settings import set_date_params

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    byline: str | None = None
    date: str | None = None  # ISO 8601
    site: str | None = None
    canonical_url: str | None = None
    language: str | None = None


def _text(value: Any) -> str | None:
    return (str(value).strip() or None) if value else None


def read_meta(tree: Any, url: str) -> PageMeta:
    """The page's metadata; a field the page does not give (or that fails) is None."""
    # Any: trafilatura's Document, untyped here.
    found: Any = None
    date = site = None
    try:
        found = tm.examine_meta(tree)
        if found.author and " " not in found.author:
            found.author = None  # a handle or a one-word site name, not a byline
        try:
            found = tm.extract_meta_json(tree, found)
        except Exception:  # trafilatura's JSON-LD reader has its own bugs
            logger.info("no JSON-LD metadata for %s", url, exc_info=True)
        found.title = found.title or tm.extract_title(tree)
        found.author = found.author or tm.extract_author(tree)
        found.url = found.url or tm.extract_url(tree, url)
        # Not htmldate's extensive search: it hands odd strings ("in 2024-25,") to
        # dateparser, whose first use loads every locale (3-9 s, inside the page's time
        # limit), for 2 more dates in 141 corpus pages (139 vs 141 found, 0.7 s vs 3.8 s).
        date = find_date(tree, **{**set_date_params(False), "url": found.url or url})
        site = found.sitename or tm.extract_sitename(tree)
        if site:
            site = site.lstrip("@")
            if "." not in site and site and not site[0].isupper():
                site = site.title()
    except Exception:  # metadata is a nicety; the text is what was asked for
        logger.info("no metadata for %s", url, exc_info=True)
    return PageMeta(
        title=_text(getattr(found, "title", None)),
        byline=_text(getattr(found, "author", None)),
        date=_text(date),
        site=_text(site),
        canonical_url=canonical_url(tree, url),
        language=language(tree),
    )


# "en", "en-GB", "pt_BR", "zh-Hant": a language tag, not whatever a template put there.
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def _first(tree: Any, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        text = str(value).strip()
        if text:
            return text
    return None


def canonical_url(tree: Any, base: str) -> str | None:
    """The page's declared canonical address (link rel=canonical, else og:url), absolute."""
    href = _first(tree, "//head/link[@rel='canonical']/@href") or _first(
        tree, "//head/meta[@property='og:url']/@content"
    )
    if href is None:
        return None
    try:
        absolute, _ = urldefrag(urljoin(base, href))
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return absolute


def language(tree: Any) -> str | None:
    """The declared language as a tag like "en" or "en-GB" (html lang, then meta tags)."""
    for xpath in (
        "/html/@lang",
        "//head/meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content",
        "//head/meta[@property='og:locale']/@content",
    ):
        value = _first(tree, xpath)
        if value is None:
            continue
        tag = value.split(",")[0].strip()
        if _LANGUAGE.match(tag):
            primary, _, region = tag.replace("_", "-").partition("-")
            return f"{primary.lower()}-{region}" if region else primary.lower()
    return None
