"""Two extractors checked against each other, paragraph by paragraph.

trafilatura (in its balanced mode) finds nearly all of an article but also keeps some of
what is around it: captions, teasers for other stories, sign-up boxes. readability
(trafilatura's port of readability-lxml) scores the page by a different method (text and
link density of blocks) and so makes different mistakes. A paragraph trafilatura keeps
that readability does not have anywhere is most often one of those extras, so it is
dropped; but when readability disagrees with most of the text, it is readability that
picked the wrong block, and trafilatura stands. When trafilatura's pick is a small
fraction of what readability found, it most often took a notice, a teaser or a caption
block instead of the story, and readability's text is used.

SUPPORT_SHARE, KEEP_AT_LEAST and TEASER_SHARE were swept on the development split of the
extraction corpus only (bench/extraction.py prints development and held-out figures); the
whole-page-dump shares were set by reason, not sweep. Nothing here knows a site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4  # words per shingle, as in the benchmark: long enough to mean "the same text"

# A paragraph is supported when at least this share of its shingles is in the other text.
SUPPORT_SHARE = 0.5
# If dropping unsupported paragraphs would keep less than this share of the text, the two
# extractors disagree about the whole page, not about extras; keep trafilatura's text.
KEEP_AT_LEAST = 0.7
# trafilatura's text below this share of readability's: it picked a notice or a teaser.
TEASER_SHARE = 0.2
# Almost nothing of the primary text supported, yet the other text is nearly all inside
# it: trafilatura returned the whole page (menus, archives and the story among them), and
# the other is the story.
INSIDE_SHARE = 0.8
DUMP_KEPT_SHARE = 0.15


@dataclass(frozen=True)
class Verdict:
    """Which text to keep: trafilatura's paragraphs (some dropped) or readability's."""

    use_other: bool
    kept: tuple[str, ...]  # the paragraphs of the primary text kept, when not use_other
    dropped: int  # how many primary paragraphs were dropped as unsupported


def words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def shingles(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    if len(tokens) < SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def _supported(tokens: list[str], other_shingles: set[tuple[str, ...]], other_joined: str) -> bool:
    if len(tokens) < SHINGLE:
        # Too short to have a shingle (a heading, a dateline): look for the words in order.
        return f" {' '.join(tokens)} " in other_joined
    own = shingles(tokens)
    return len(own & other_shingles) >= SUPPORT_SHARE * len(own)


def _inside(other_shingles: set[tuple[str, ...]], paragraphs: Sequence[str]) -> bool:
    primary_shingles = shingles(words(" ".join(paragraphs)))
    return len(other_shingles & primary_shingles) >= INSIDE_SHARE * len(other_shingles)


def reconcile(primary: Sequence[str], other: str) -> Verdict:
    """Keep the `primary` paragraphs that `other` (a second extractor's text) supports."""
    paragraphs = [paragraph for paragraph in primary if paragraph.strip()]
    primary_chars = sum(len(paragraph) for paragraph in paragraphs)
    other_tokens = words(other)
    if not other_tokens:
        return Verdict(use_other=False, kept=tuple(paragraphs), dropped=0)
    if primary_chars < TEASER_SHARE * len(other.strip()):
        return Verdict(use_other=True, kept=(), dropped=len(paragraphs))
    other_shingles = shingles(other_tokens)
    other_joined = f" {' '.join(other_tokens)} "
    kept = [
        paragraph
        for paragraph in paragraphs
        if _supported(words(paragraph), other_shingles, other_joined)
    ]
    kept_chars = sum(len(paragraph) for paragraph in kept)
    if kept_chars < DUMP_KEPT_SHARE * primary_chars and _inside(other_shingles, paragraphs):
        return Verdict(use_other=True, kept=(), dropped=len(paragraphs))
    if kept_chars < KEEP_AT_LEAST * primary_chars:
        return Verdict(use_other=False, kept=tuple(paragraphs), dropped=0)
    return Verdict(use_other=False, kept=tuple(kept), dropped=len(paragraphs) - len(kept))
