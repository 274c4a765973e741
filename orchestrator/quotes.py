"""Quoted phrases in plain text: what a claim quotes must stand in its article or source.

Pure and deterministic.
"""

from __future__ import annotations

import re

__all__ = ["quotes_in"]


# Curly quotes may not nest in practice and a quote never runs across paragraphs here: a
# multi-paragraph quotation re-opens at every paragraph without closing.
_QUOTE_RE = re.compile(r"“([^“”\n]+)”|\"([^\"\n]+)\"|«([^«»\n]+)»|„([^„“”\n]+)[“”]")


def quotes_in(text: str) -> list[str]:
    """The phrases quoted in ``text`` (without their quotation marks), in order."""
    phrases: list[str] = []
    for match in _QUOTE_RE.finditer(text):
        phrase = next(group for group in match.groups() if group is not None).strip()
        if phrase:
            phrases.append(phrase)
    return phrases
