"""Fiscal and season years ("2024-25", "2024/25", "2024–2025") and spans of years ("2020-24").

They are periods, never two figures: "2,614 households in 2024-25" cites one figure, not
also 2024 and 25. Shared by the figure reader (which skips them) and the period reader
(which names them). Pure.
"""

from __future__ import annotations

import re

__all__ = ["FISCAL_YEAR_RE", "ISO_MONTH_RE", "in_year_span", "iso_month", "year_span"]

# "FY2025" needs nothing here: a figure never starts inside a word.
FISCAL_YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)\s?[-–/]\s?(\d\d(?:\d\d)?)(?![\d%])")
_JOINS = frozenset("-–/ ")
# "2024-10" and "2024-10-31" in a data file are dates: the month and day are no figures.
ISO_MONTH_RE = re.compile(
    r"(?<![\d.,])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\d%])"
)


def year_span(found: re.Match[str]) -> tuple[int, int] | None:
    """The first and last year of a FISCAL_YEAR_RE match ("2024-25" is 2024 to 2025), or None
    when the second does not follow the first: "2024-12" is a year and a month."""
    first, written = int(found[1]), found[2]
    last = int(written) if len(written) == 4 else first - first % 100 + int(written)
    if len(written) == 2 and last <= first:
        last += 100  # "1999-00"
    return (first, last) if 0 < last - first <= 20 else None


def iso_month(found: re.Match[str]) -> tuple[int, int] | None:
    """(year, month) of an ISO_MONTH_RE match, or None when it reads as a fiscal year: in
    "2010-11" the 11 is the year 2011 far more often than November; "2024-10" cannot be."""
    if found[0].count("-") == 1 and FISCAL_YEAR_RE.fullmatch(found[0]):
        span = FISCAL_YEAR_RE.fullmatch(found[0])
        if span is not None and year_span(span) is not None:
            return None
    return int(found[1]), int(found[2])


def in_year_span(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is one end of a fiscal year or year span,
    or a part of a date written "2024-10" or "2024-10-31"."""
    if text[end : end + 1] not in _JOINS and text[start - 1 : start] not in _JOINS:
        return False  # the usual case, decided without a search
    for found in FISCAL_YEAR_RE.finditer(text, max(0, start - 7), min(len(text), end + 7)):
        if found.start() <= start and end <= found.end() and year_span(found) is not None:
            return True
    for found in ISO_MONTH_RE.finditer(text, max(0, start - 8), min(len(text), end + 9)):
        if found.start() <= start and end <= found.end() and iso_month(found) is not None:
            return True
    return False
