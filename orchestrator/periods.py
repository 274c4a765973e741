"""Which month, quarter, year or fiscal year a figure in a sentence is for.

"4.7 percent in May, up from 3.1 percent in April": each figure belongs to the period written
right after it (or, failing that, right before it), not to every period nearby; a table
cell's period is the one in its row and column labels. Pure and deterministic.
"""

from __future__ import annotations

import re

from orchestrator.changes import CHANGE_BEFORE
from orchestrator.figures import figures_in
from orchestrator.sentences import sentence_spans
from orchestrator.years import FISCAL_YEAR_RE, ISO_MONTH_RE, iso_month, year_span

__all__ = [
    "LATEST",
    "PRIOR",
    "claim_period",
    "comparable_periods",
    "comparison_roles",
    "different_periods",
    "heading_period",
    "latest_and_prior",
    "period_of",
    "sentence_period",
    "without_periods",
]

_FOREIGN_MONTHS = {
    **dict.fromkeys(("enero", "janeiro"), "january"),
    **dict.fromkeys(("febrero", "fevereiro"), "february"),
    **dict.fromkeys(("marzo", "março", "marco"), "march"),
    **dict.fromkeys(("abril",), "april"),
    **dict.fromkeys(("mayo", "maio"), "may"),
    **dict.fromkeys(("junio", "junho"), "june"),
    **dict.fromkeys(("julio", "julho"), "july"),
    **dict.fromkeys(("agosto",), "august"),
    **dict.fromkeys(("septiembre", "setiembre", "setembro"), "september"),
    **dict.fromkeys(("octubre", "outubro"), "october"),
    **dict.fromkeys(("noviembre", "novembro"), "november"),
    **dict.fromkeys(("diciembre", "dezembro"), "december"),
    # French: "en avril 2026", "contre 2,5 % en mars" (case matters for the verb-like ones
    # only in English; "mars" and "mai" are months here).
    **dict.fromkeys(("janvier",), "january"),
    **dict.fromkeys(("février", "fevrier"), "february"),
    **dict.fromkeys(("mars",), "march"),
    **dict.fromkeys(("avril",), "april"),
    **dict.fromkeys(("mai",), "may"),
    **dict.fromkeys(("juin",), "june"),
    **dict.fromkeys(("juillet",), "july"),
    **dict.fromkeys(("août", "aout"), "august"),
    **dict.fromkeys(("septembre",), "september"),
    **dict.fromkeys(("octobre",), "october"),
    **dict.fromkeys(("novembre",), "november"),
    **dict.fromkeys(("décembre",), "december"),
}
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
_COUNT_WORDS = "|".join(_COUNTS) + "|1[01]|[2-9]"
_PERIOD_RE = re.compile(
    # "July-September", "Jan–Mar", "April to June": a quarter named by its months
    r"\b(?:(?P<months_q>jan(?:uary)?|apr(?:il)?|jul(?:y)?|oct(?:ober)?)\s?(?:[-–]|to)\s?"
    r"(?:mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?)"
    r"(?:\s(?P<months_q_year>(?:19|20)\d\d))?(?=[\s,.;:)]|$)"
    # "Jan-Aug 2024", "January to August", "first eight months of 2025", "10 months 2026":
    # the year to the end of a month, a period of its own kind
    r"|(?P<ytd>jan(?:uary)?\s?(?:[-–]|to)\s?(?P<ytd_end>feb(?:ruary)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|oct(?:ober)?|nov(?:ember)?)"
    r"(?:\s(?P<ytd_year>(?:19|20)\d\d))?(?=[\s,.;:)]|$))"
    rf"|(?P<first_n>first\s(?P<n>{_COUNT_WORDS})\smonths"
    r"(?:\s(?:of\s)?(?:the\s)?(?:year\s)?(?P<n_year>(?:19|20)\d\d))?)"
    rf"|(?P<n_months>(?P<n2>{_COUNT_WORDS})\smonths\s(?:of\s)?(?P<n2_year>(?:19|20)\d\d))"
    # Spanish and Portuguese releases: "En octubre de 2026", "setembro de 2025"
    rf"|(?P<foreign>{'|'.join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))})"
    r"(?:\s(?:de\s|del\s)?(?P<foreign_year>(?:19|20)\d\d)(?![\d%]))?"
    # "Sep qtr 2025", "the September quarter": a quarter named by its last month (Australia)
    r"|(?P<qmonth>mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?)\s(?:qtr|quarter)"
    r"(?:\s(?P<qmonth_year>(?:19|20)\d\d))?"
    r"|(?P<month>january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    # "October 2025": that year's October; "Oct-2025", "Oct-25" and "Oct/2025" in data files
    r"(?:(?:\s|[-/](?=\d\d(?:\d\d)?\b))(?P<month_year>(?:19|20)?\d\d)(?![\d%]))?"
    r"|(?P<iso>(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-\d\d)?(?![\d%]))"  # "2024-10" in a data file
    # "2025M03", "2024Q1": how statistics offices' tables name a month or a quarter
    r"|(?P<stat_year>(?:19|20)\d\d)(?:M(?P<stat_month>0[1-9]|1[0-2])|[-\s]?Q(?P<stat_quarter>[1-4]))"
    r"|(?P<quarter>q[1-4])(?:\s?(?P<quarter_year>(?:19|20)\d\d))?"
    # "in the second quarter" is Q2; "the first quarter of 2025" that year's
    r"|(?P<ordinal>first|second|third|fourth)\squarter(?:\s(?:of\s)?(?P<ordinal_year>(?:19|20)\d\d))?"
    # French: "au quatrième trimestre 2025", "premier trimestre 2026"
    r"|(?P<trimestre>premier|1er|deuxi[eè]me|2e|troisi[eè]me|3e|quatri[eè]me|4e)\strimestre"
    r"(?:\s(?P<trimestre_year>(?:19|20)\d\d))?"
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


_QUARTER_ENDS = {"jan": "mar", "apr": "jun", "jul": "sep", "oct": "dec"}


def _period_name(match: re.Match[str]) -> str:
    # "kind:name", so that a month is only ever compared with a month: "March 2024" in one
    # text and "2024" in the other are not different periods.
    if match["foreign"]:
        name, year = _FOREIGN_MONTHS[match["foreign"].lower()], match["foreign_year"]
        return f"month:{name}@{year}" if year else f"month:{name}"
    if match["ytd"]:
        name, year = _MONTH_NAMES[match["ytd_end"][:3].lower()], match["ytd_year"]
        return f"ytd:{name}@{year}" if year else f"ytd:{name}"
    if match["first_n"] or match["n_months"]:
        written = (match["n"] or match["n2"]).lower()
        count = int(written) if written.isdigit() else _COUNTS.index(written) + 2
        name, year = list(_MONTH_NAMES.values())[count - 1], match["n_year"] or match["n2_year"]
        if count == 3:
            return f"quarter:q1@{year}" if year else "quarter:q1"  # the first three months
        return f"ytd:{name}@{year}" if year else f"ytd:{name}"
    if match["qmonth"]:
        quarter = "quarter:q" + str(
            ("mar", "jun", "sep", "dec").index(match["qmonth"][:3].lower()) + 1
        )
        year = match["qmonth_year"]
        return f"{quarter}@{year}" if year else quarter
    if match["months_q"]:
        first = match["months_q"][:3].lower()
        last = re.split(r"\s?(?:[-–]|to)\s?", match[0].lower(), maxsplit=1)[1][:3]
        if _QUARTER_ENDS.get(first) == last:
            year = match["months_q_year"]
            quarter = "quarter:q" + str(("jan", "apr", "jul", "oct").index(first) + 1)
            return f"{quarter}@{year}" if year else quarter
        year = match["months_q_year"]
        # "Jan–Sep 2025" is the year to September; "Apr–Sep" a span of months of its own.
        name = f"ytd:{_MONTH_NAMES[last]}" if first == "jan" else f"months:{first}-{last}"
        return f"{name}@{year}" if year else name
    if match["month"]:
        name = _MONTH_NAMES[match["month"][:3].lower()]
        year = match["month_year"]
        if year is not None and len(year) == 2:
            if match[0][len(match["month"])] == " ":
                # "May 25" is a day of May, not the year 2025.
                return f"month:{name}"
            year = f"20{year}"
        return f"month:{name}@{year}" if year else f"month:{name}"
    if match["ordinal"]:
        quarter = "quarter:q" + str(
            ("first", "second", "third", "fourth").index(match["ordinal"].lower()) + 1
        )
        year = match["ordinal_year"]
        return f"{quarter}@{year}" if year else quarter
    if match["trimestre"]:
        written = match["trimestre"].lower()[:2]
        number = {"pr": 1, "1e": 1, "de": 2, "2e": 2, "tr": 3, "3e": 3, "qu": 4, "4e": 4}[written]
        year = match["trimestre_year"]
        return f"quarter:q{number}@{year}" if year else f"quarter:q{number}"
    if match["stat_year"]:
        if match["stat_month"]:
            return _month(int(match["stat_year"]), int(match["stat_month"]))
        return f"quarter:q{match['stat_quarter']}@{match['stat_year']}"
    if match["iso"]:
        found = ISO_MONTH_RE.fullmatch(match["iso"])
        year_month = iso_month(found) if found else None
        if year_month is not None:
            return _month(*year_month)
        return _period_name_of_span(match["iso"][:7])
    if match["fy"]:
        # Named by the year it ends in, as most publishers do: FY2025 is 2024-25.
        span = FISCAL_YEAR_RE.search(match["fy"])
        years = year_span(span) if span else None
        written = int(match["fy_year"])
        return f"fiscal:{years[1] if years else written if written > 99 else 2000 + written}"
    if match["span"]:
        return _period_name_of_span(match["span"])
    if match["quarter"]:
        year = match["quarter_year"]
        return f"quarter:{match['quarter'].lower()}" + (f"@{year}" if year else "")
    return "year:" + match[0].lower()


def _month(year: int, month: int) -> str:
    return f"month:{list(_MONTH_NAMES.values())[month - 1]}@{year}"


def _period_name_of_span(written: str) -> str:
    span = FISCAL_YEAR_RE.fullmatch(written)
    years = year_span(span) if span else None
    if years is None:
        return "year:" + written[:4]  # "2024-99": a year, then something else
    first, last = years
    # A fiscal or season year is a period of its own kind: "2024-25" is neither 2024
    # nor 2025. A span of years is compared only with spans, by the year it ends in.
    return f"fiscal:{last}" if last == first + 1 else f"years:{last}"


def different_periods(left: str | None, right: str | None) -> bool:
    """Whether two figures are for plainly different periods (a month against a month).
    A month without its year is any year's: "in October" is either October of a release
    that gives October 2025 against October 2024 (the comparison decides which)."""
    if left is None or right is None:
        return False
    if left.split(":")[0] != right.split(":")[0]:
        # A year against a part of another year: "in 2025" is not "Jan-Aug 2024".
        kinds = {left.split(":")[0], right.split(":")[0]}
        years = {_year_of(left), _year_of(right)}
        return "year" in kinds and kinds <= _DATED_KINDS and None not in years and len(years) > 1
    if "@" in left and "@" in right:
        return left != right
    return left.split("@")[0] != right.split("@")[0]


_DATED_KINDS = frozenset({"year", "month", "quarter", "ytd"})


def _year_of(period: str) -> str | None:
    kind, name = period.split(":")
    if kind == "year":
        return name
    return name.partition("@")[2] or None


def comparable_periods(left: str | None, right: str | None) -> bool:
    """Whether two periods are named precisely enough to tell the figures apart by them: a
    bare "October" against a release's "October 2024" is not (the comparison may be)."""
    if left is None or right is None or left.split(":")[0] != right.split(":")[0]:
        return False
    return ("@" in left) == ("@" in right)


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
        # "29.8 million (July 2025: 28.9 million)": the bracket's period is its own figure's.
        labels_next = "(" in between and re.match(r"\s*[:=]", text[match.end() :])
        if (
            match.start() - end <= _PERIOD_REACH
            and not re.search(r"[\d,;]", between)
            and not labels_next
            # "up 3.9 percent ($1.62) from the September 2024 quarter": a figure in brackets
            # takes no period from outside them (a remark's own brackets after a figure,
            # "4.1% (provisional) in 2024", do not count).
            and not (")" in between and "(" not in between)
            # "8.2% more than in April 2025": the period a change is measured from, not
            # its own (`change_base` reads what the base says).
            and not _BASE_BEFORE.search(between)
        ):
            return _period_name(match)
        break
    # Else right before it: "In 2024, it was 5.1 per cent." Not a period written right
    # after another figure: in "2,614 households in 2024-25, after 2,390 the year before"
    # the 2024-25 is the 2,614's.
    # (Searched from further back, so that a name reaching into the window is read whole:
    # "September 2026 National YoY: 5.61%" is September's, not just 2026's.)
    before = [
        match
        for match in _names(text, max(0, start - _PERIOD_REACH - _LONGEST_NAME), start)
        if match.end() >= start - _PERIOD_REACH
    ]
    # "in 2024, up from 2,174": a figure given as what another is compared with is not for
    # the period before it.
    compared = re.search(r"\b(?:from|than|compared\s+(?:with|to)|against|versus)\s+$", text[:start])
    if before and not compared and not re.search(r"[\d;]", text[before[-1].end() : start]):
        lead = text[max(0, before[-1].start() - _PERIOD_REACH) : before[-1].start()]
        # "41 in winter 2024/25 (winter 2023/24: 29)": a bracket opens a clause of its own.
        if not re.search(r"\d[^\d,;.(]*$", lead):
            return _period_name(before[-1])
    return None


_YEAR_AS_TIME = re.compile(r"\b(?:in|during|end\s+of|for\s+the\s+year)\s+$", re.IGNORECASE)


def claim_period(text: str, start: int, end: int) -> str | None:
    """The period an article's figure at ``text[start:end]`` is for: the one written next
    to it, or else the one period its sentence names when the figure is the sentence's only
    one ("reached 12.6 gigabytes a month per subscriber in December")."""
    named = period_of(text, start, end)
    if named is not None:
        return named
    for begin, stop in sentence_spans(text):
        if begin <= start < stop:
            sentence = text[begin:stop]
            if sum(not figure.is_year for figure in figures_in(sentence)) != 1:
                # Several figures: the one period the sentence names, when none of them is
                # what another is compared with ("26.1 million riders in March, up 4.8 per
                # cent from a year earlier" is March's, both; not "rose to €248.7bn in 2025
                # from €238.9bn a year earlier").
                if _COMPARED_FIGURE.search(sentence):
                    return None
                return sentence_period(sentence)
            found = _names(sentence, 0, len(sentence))
            # A year only as the time of the figure ("at the end of 2025", "in 2024"), not
            # a name's ("the 2024 budget", "since 2019").
            names = {
                _period_name(match)
                for match in found
                if not _period_name(match).startswith("year:")
                or _YEAR_AS_TIME.search(sentence, 0, match.start())
            }
            return names.pop() if len(names) == 1 else None
    return None


# --- which of two figures is the earlier one ---------------------------------------------------
# "rose to $58m from $51m a year earlier": the figure after "from" (or followed by "a year
# earlier") is the prior period's, the other the latest. A story writes "last quarter", a
# release "in the quarter" or "Q3": the words differ, the roles do not.
LATEST, PRIOR = "latest", "prior"
_PRIOR_BEFORE = re.compile(
    r"(?:\bfrom|\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)(?:\s+(?:an?\s+)?\w+\s+of)?"
    r"|\bafter|\bprevious(?:ly)?|\bcontre"
    r"|\b(?:last|previous|prior|preceding)\s+(?:year|month|quarter|week)['’]s)\s*$",
    re.IGNORECASE,
)
_PRIOR_AFTER = re.compile(
    r"^[^\d;]{0,30}?\b(?:(?:a|one|the)\s+(?:year|month|quarter|week)\s+(?:earlier|ago|before)"
    r"|(?:a\s+)?year\s+earlier|(?:the|a)\s+(?:previous|prior|preceding)\s+"
    r"(?:year|month|quarter|week|period)|(?:the\s+)?(?:year|month|quarter)\s+before)\b",
    re.IGNORECASE,
)
_ORDER = {"month": 12, "quarter": 4}


def _rank(period: str) -> int:
    kind, name = period.split(":")
    if kind in ("month", "ytd"):
        month, _, year = name.partition("@")
        return list(_MONTH_NAMES.values()).index(month) + (int(year) * 12 if year else 0)
    if kind == "quarter":
        quarter, _, year = name.partition("@")
        return int(quarter[1:]) + (int(year) * 4 if year else 0)
    return int(name)


def latest_and_prior(periods: list[str]) -> list[str | None]:
    """For one table row's cells, each with its column's period: which is the latest and
    which a prior period's, when they are periods of one kind that can be ordered (years,
    months of a year, quarters of a year); else None each."""
    kinds = {period.split(":")[0] for period in periods}
    if len(periods) < 2 or len(kinds) != 1 or len(set(periods)) != len(periods):
        return [None] * len(periods)
    if kinds & {"month", "quarter", "ytd"} and not all("@" in period for period in periods):
        return [None] * len(periods)
    ranks = [_rank(period) for period in periods]
    latest = max(ranks)
    return [LATEST if rank == latest else PRIOR for rank in ranks]


def sentence_period(sentence: str) -> str | None:
    """The one period a sentence names, when it names one and not as the base of a change
    ("In April 2026, 392 thousand people were unemployed, 3.9 percent of the labour force"
    is April 2026's, both figures; "up 3% on 2024" names the year compared with)."""
    found = _names(sentence, 0, len(sentence))
    if any(sentence[: match.start()].rstrip().endswith("(") for match in found):
        return None  # "42.3% of revenue (2023: 40.2%)": the bracket's year is its own figure's
    # A period a change is measured from ("up 4.8% from March 2025") is not the sentence's.
    own = [
        match
        for match in found
        if not _BASE_BEFORE.search(sentence[max(0, match.start() - 20) : match.start()])
    ]
    names = {_period_name(match) for match in own}
    if len(names) == 1 and _RELATIVE_YEAR.search(sentence):
        return None  # "grow 1.0% this year and 1.1% in 2026": two periods, one named
    return names.pop() if len(names) == 1 else None


_RELATIVE_YEAR = re.compile(r"\b(?:this|next|last)\s+year\b", re.IGNORECASE)


_COMPARED_FIGURE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:revised|earlier|previous|prior|advance)\s+)?(?:estimate\s+of\s+)?[$€£¥₹]?\d",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(
    r"\b(?:on|from|since|than|over|above|below|compared\s+(?:with|to)|versus|vs\.?"
    r"|relative\s+to"
    # Spanish, Portuguese and French: "alta de 8,3% em relação a 2024", "frente a 2024"
    r"|em\s+rela[çc][ãa]o\s+(?:a|ao)|en\s+relaci[óo]n\s+(?:a|con)|(?:con\s+)?respecto\s+(?:a|al)"
    r"|frente\s+(?:a|al)|comparado\s+con|par\s+rapport\s+[àa])\s+"
    r"(?:the\s+|a\s+|o\s+|el\s+)?(?:same\s+(?:month|quarter|period)\s+(?:of|in)\s+)?$",
    re.IGNORECASE,
)


def heading_period(line: str) -> str | None:
    """The period a line names when it is nothing else: a report's "2024" over the figures
    for that year, "Q3 2026", "October 2026"."""
    found = _PERIOD_RE.fullmatch(line.strip().rstrip(":"))
    return _period_name(found) if found else None


def without_periods(text: str) -> str:
    """``text`` with its period names taken out: "Killed 2024" and "Killed 2025" are one
    column of figures for two years."""
    return _PERIOD_RE.sub("", text)


def comparison_roles(
    text: str, spans: list[tuple[int, int]], periods: list[str | None]
) -> list[str | None]:
    """For the figures at ``spans`` of one sentence (with their ``periods``): which is the
    latest and which the prior period's, when the sentence compares them; else None each."""
    roles: list[str | None] = [None] * len(spans)
    if len(spans) < 2:
        return roles
    for i, (start, end) in enumerate(spans):
        before = text[spans[i - 1][1] if i else max(0, start - 30) : start]
        after_end = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        # "71.4%, down 2.1 percentage points on a year earlier": the change is the latest
        # period's, though "a year earlier" follows it.
        change = CHANGE_BEFORE.search(text[max(0, start - 24) : start])
        if _PRIOR_BEFORE.search(before[-30:]) or (
            not change and _PRIOR_AFTER.match(text[end:after_end])
        ):
            roles[i] = PRIOR
    if any(roles):
        return [role or LATEST for role in roles]
    kinds = {period.split(":")[0] for period in periods if period is not None}
    if None in periods or len(kinds) != 1 or len(set(periods)) != len(periods):
        return roles
    ranks = [_rank(period) for period in periods if period is not None]
    kind = kinds.pop()
    dated = [period for period in periods if period is not None and "@" in period]
    if dated and len(dated) != len(periods):
        return roles  # "October 2025" against a bare "September": which year is not said
    if kind in _ORDER and not dated and max(ranks) - min(ranks) > _ORDER[kind] // 2:
        # "December and January": the year turned, so the smaller month is the later.
        ranks = [rank + _ORDER[kind] if rank < _ORDER[kind] // 2 else rank for rank in ranks]
    latest = max(ranks)
    return [LATEST if rank == latest else PRIOR for rank in ranks]
