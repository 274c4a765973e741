"""What the page says about itself beyond trafilatura's fields: canonical URL and language."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

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
