"""Spacing artefacts that markup leaves in extracted text, mended for the reader.

Pages often wrap an apostrophe or a punctuation mark in its own element (for typography or
a font), and text extraction then puts a space where the element's edge was:
"isn ‘t", "the mayor ’s office", "said , adding". These rules touch only those shapes.
"""

from __future__ import annotations

import re

_QUOTE = "'‘’`"
_CONTRACTION = r"(?:t|s|re|ve|ll|d|m)\b"
# "isn ‘t", "isn ’ t", "mayor ’s", "isn‘t": a space on either side of the mark, or the
# opening quote used where an apostrophe belongs, inside a contraction or a possessive.
_APOSTROPHE = re.compile(rf"(?<=\w)(?: [{_QUOTE}] ?| ?[{_QUOTE}] |[‘`])(?={_CONTRACTION})")
# "said , adding" / "end ." — a space before closing punctuation that follows a word.
_BEFORE_PUNCT = re.compile(r"(?<=\w) +(?=[,.;:!?](?:\s|$))")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")


def tidy(text: str) -> str:
    text = _APOSTROPHE.sub("’", text)
    text = _BEFORE_PUNCT.sub("", text)
    return _SPACES.sub(" ", text)
