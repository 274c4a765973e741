"""Which month, quarter, year or fiscal year a figure in a sentence is for.

"4.7 percent in May, up from 3.1 percent in April": each figure belongs to the period written
right after it (or, failing that, right before it), not to every period nearby; a table
cell's period is the one in its row and column labels. Pure and deterministic.
"""

from __future__ import annotations

import re

from orchestrator.years import FISCAL_YEAR_RE, year_span

__all__ = ["different_periods", "period_of"]

_PERIOD_RE = re.compile(
    r"\b(?:(?P<month>january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    r"|(?P<quarter>q[1-4])"
    # "FY25", "FY2024-25", "fiscal 2025", and "2024-25" or "2024/25": a fiscal or season year
    r"|(?P<fy>(?:fy\s?|fiscal\s(?:year\s)?)(?P<fy_year>(?:19|20)?\d\d)(?:\s?[-–/]\s?\d\d(?:\d\d)?)?)"
    r"|(?P<span>(?:19|20)\d\d\s?[-–/]\s?\d\d(?:\d\d)?(?![\d%]))"
    r"|(?P<year>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_PERIOD_REACH = 24  # characters: "3.1 percent in April" but not the next clause's month
_LONGEST_NAME = len("fiscal year 2024-2025")
_MONTH_NAMES = {
    name[:3]: name
    for name in [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
}


def _period_name(match: re.Match[str]) -> str:
    # "kind:name", so that a month is only ever compared with a month: "March 2024" in one
    # text and "2024" in the other are not different periods.
    if match["month"]:
        return "month:" + _MONTH_NAMES[match["month"][:3].lower()]
    if match["fy"]:
        # Named by the year it ends in, as most publishers do: FY2025 is 2024-25.
        span = FISCAL_YEAR_RE.search(match["fy"])
        years = year_span(span) if span else None
        written = int(match["fy_year"])
        return f"fiscal:{years[1] if years else written if written > 99 else 2000 + written}"
    if match["span"]:
        span = FISCAL_YEAR_RE.fullmatch(match["span"])
        years = year_span(span) if span else None
        if years is None:
            return "year:" + match["span"][:4]  # "2024-12": a year, then something else
        first, last = years
        # A fiscal or season year is a period of its own kind: "2024-25" is neither 2024
        # nor 2025. A span of years is compared only with spans, by the year it ends in.
        return f"fiscal:{last}" if last == first + 1 else f"years:{last}"
    return ("quarter:" if match["quarter"] else "year:") + match[0].lower()


def different_periods(left: str | None, right: str | None) -> bool:
    """Whether two figures are for plainly different periods (a month against a month)."""
    if left is None or right is None:
        return False
    return left.split(":")[0] == right.split(":")[0] and left != right


def _names(text: str, start: int, end: int) -> list[re.Match[str]]:
    # "may" in lower case is the verb ("may rise"); the month is written "May".
    return [m for m in _PERIOD_RE.finditer(text, start, end) if m[0] != "may"]


def period_of(text: str, start: int, end: int, *, cell: bool = False) -> str | None:
    """The period the figure at ``text[start:end]`` is for, or None when none is written
    next to it. A table cell's period is the one in its labels."""
    if cell:
        names = {_period_name(m) for m in _names(text, 0, start)}
        return names.pop() if len(names) == 1 else None
    # Right after it, in the same clause, with no other figure in between: "5.1 per cent
    # in August", "4,200 in 2024".
    # The reach is to where the period starts: "of council tax due in 2024-25" names one
    # however long its name.
    for match in _names(text, end, min(len(text), end + _PERIOD_REACH + _LONGEST_NAME)):
        between = text[end : match.start()]
        if match.start() - end <= _PERIOD_REACH and not re.search(r"[\d,;]", between):
            return _period_name(match)
        break
    # Else right before it: "In 2024, it was 5.1 per cent."
    before = _names(text, max(0, start - _PERIOD_REACH), start)
    if before and not re.search(r"[\d;]", text[before[-1].end() : start]):
        return _period_name(before[-1])
    return None
