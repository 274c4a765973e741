"""Links in a Slack message: from `<url|label>` markup and `rich_text` link elements.

Always the URL, never the label: `<http://127.0.0.1|google.com>` is a link to 127.0.0.1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

# Slack wraps links as <url> or <url|label>; user, channel and special mentions (<@U1>,
# <#C1|name>, <!here>) use the same brackets and are not links.
_MARKUP = re.compile(r"<([^<>|\s]+)(?:\|[^<>]*)?>")
# Text typed in the console or a terminal has no markup.
_BARE = re.compile(r"\b(?:https?|ftp|file|gopher|data)://[^\s<>\"']+|\bdata:[^\s<>\"']+", re.I)
_NOT_ARTICLES = ("mailto:", "tel:", "slack:", "@", "#", "!")


def links_in_text(text: str) -> list[str]:
    found: list[str] = []
    for match in _MARKUP.finditer(text):
        target = match.group(1)
        if target.startswith(_NOT_ARTICLES) or ":" not in target:
            continue
        found.append(target)
    if not found:
        # No Slack markup at all: a console line or a CLI argument.
        stripped = _MARKUP.sub(" ", text)
        found.extend(m.group(0).rstrip(".,;:!?)]}") for m in _BARE.finditer(stripped))
    return found


def links_in_blocks(blocks: Sequence[Mapping[str, Any]] | None) -> list[str]:
    return [url for url in _walk_links(blocks or ()) if not url.startswith(_NOT_ARTICLES)]


def _walk_links(items: Iterable[Any]) -> Iterator[str]:
    for item in items:
        if not isinstance(item, Mapping):
            continue
        if item.get("type") == "link" and isinstance(item.get("url"), str):
            yield item["url"]
        for key in ("elements", "blocks"):
            children = item.get(key)
            if isinstance(children, list):
                yield from _walk_links(children)


def distinct_links(text: str, blocks: Sequence[Mapping[str, Any]] | None = None) -> list[str]:
    """Each link once, in the order it appears; block links first (they are the structured form)."""
    seen: dict[str, None] = {}
    for url in [*links_in_blocks(blocks), *links_in_text(text)]:
        seen.setdefault(url.replace("&amp;", "&"), None)
    return list(seen)
