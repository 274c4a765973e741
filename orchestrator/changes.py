"""How a figure is compared: written as a level or a change, and a change against what.

"rose to just over NZ$43" is a level, "up 3.9 percent ($1.62)" a change; "1.7 per cent from a
year earlier" is a change on a year, "0.46 percent relative to the previous quarter" one on
the period before. orchestrator/sourcecheck.py keeps a story's level from a release's change
and a change on one base from a change on another. Pure.
"""

from __future__ import annotations

import re

__all__ = ["CHANGE_BEFORE", "change_base", "is_change", "is_level"]

# A change's verb right before its figure: "up 2.1", "fell by 0.3".
CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|gained|lost|increased|decreased|climbed|dropped)(?:\s+by)?\s+$",
    re.IGNORECASE,
)


def is_change(text: str, at: int) -> bool:
    """Whether the figure at offset ``at`` of ``text`` is written as a change ("up 3.9
    percent", "fell 120,000", and its restatement in brackets, "up 3.9 percent ($1.62)"),
    not a level ("rose to $43.29", "were $43.29")."""
    if CHANGE_BEFORE.search(text[max(0, at - 24) : at]):
        return True
    # "($1.62)" right after a change: the same change in other units.
    lead = text[max(0, at - 40) : at]
    return lead.endswith("(") and bool(_CHANGED_BEFORE_BRACKET.search(lead[:-1]))


def is_level(text: str, at: int) -> bool:
    """Whether an article's figure at ``at`` is written as a level, not a change: "rose to
    just over NZ$43", "reached 1.2 million", "were $43.29". Only where the words say so."""
    return _LEVEL_BEFORE.search(text[max(0, at - 40) : at]) is not None


_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|reached|hit|totall?ed|topped|were|was|stood\s+at|amounted\s+to)\s+"
    r"(?:(?:just\s+)?(?:over|under|above|below)\s+|(?:about|around|nearly|almost|some|roughly"
    r"|more\s+than|less\s+than|fewer\s+than)\s+)?$",
    re.IGNORECASE,
)
# A change figure right before a bracket: "up 3.9 percent (".
_CHANGED_BEFORE_BRACKET = re.compile(
    r"\b(?:up|down|rose|fell|gained|lost|increased|decreased|climbed|dropped)(?:\s+by)?\s+"
    r"[-+−]?\d[\d,.]*\s*(?:%|per\s?cent|percent|pc)?\s*$",
    re.IGNORECASE,
)


def change_base(text: str, start: int, end: int) -> str | None:
    """What the change at ``text[start:end]`` is measured against, where its words say:
    "year" (on a year earlier, year on year, annual) or "period" (on the previous month or
    quarter); else None. "grew 0.46 percent relative to the previous quarter" is not the
    story's "1.7 per cent from a year earlier"."""
    # The figure's own clause: up to the next figure or clause break either side.
    after = text[end : end + 80]
    later = _NUMBER.search(after) or _BREAK.search(after)
    if later is not None:
        after = after[: later.start()]
    before = text[max(0, start - 40) : start]
    earlier = list(_NUMBER.finditer(before)) + list(_BREAK.finditer(before))
    if earlier:
        before = before[max(match.end() for match in earlier) :]
    window = f"{before} {after}"
    year, period = _YEAR_BASE.search(window), _PERIOD_BASE.search(window)
    if year and not period:
        return "year"
    if period and not year:
        return "period"
    return None


_BREAK = re.compile(r"[,;]|\s(?:and|but|while|whereas)\s")
# Another figure, not a period's digits ("Q1 2026"): where a change's words stop.
_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*(?!\w)")
_YEAR_BASE = re.compile(
    r"\b(?:in\s+the\s+)?year\s+to\b|\b(?:a|one)\s+year\s+(?:earlier|ago|before)|\byear[-\s]on[-\s]year\b|\by/y\b|\byoy\b"
    r"|\bannual(?:ly|i[sz]ed)?\b|\b(?:12|twelve)\s+months\s+to\b|\b(?:previous|prior|last)\s+year"
    r"|\bsame\s+(?:month|quarter|period)\s+(?:of|in|a)\s+(?:the\s+)?(?:previous\s+|last\s+)?year"
    r"|\bvorjahr",
    re.IGNORECASE,
)
_PERIOD_BASE = re.compile(
    r"\b(?:previous|prior|preceding)\s+(?:quarter|month|week)\b|\bquarter[-\s]on[-\s]quarter\b"
    r"|\bmonth[-\s]on[-\s]month\b|\b(?:q/q|m/m|qoq|mom)\b|\bon\s+the\s+(?:month|quarter)\b"
    r"|\b(?:a|one)\s+(?:month|quarter)\s+(?:earlier|ago|before)\b|\bsequential(?:ly)?\b"
    # "fell 0.3% compared with October": the month before, named without a year
    r"|\b(?:compared\s+(?:with|to)|than|from|versus)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b(?!\s*,?\s*(?:of\s+)?(?:the\s+(?:previous|prior)\s+year|last\s+year|(?:19|20)\d\d))",
    re.IGNORECASE,
)
