"""Figures, quotations and sentences in plain text.

A *figure* is a number as a reader would quote it: "$4.2 billion", "40 per cent", "12m",
"1,200", "2024". Figures are normalised to a value and a unit so that "$4.2 billion",
"4.2bn dollars" and "$4,200,000,000" compare equal, which is what lets the gates say whether
a claim's numbers really are the article's (or a cited source's) numbers.

Everything here is pure and deterministic: the same text always gives the same answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from orchestrator import money
from orchestrator.measures import MEASURE_AFTER, measure_of
from orchestrator.money import CURRENCY_AFTER, CURRENCY_BEFORE, CURRENCY_SIGNS
from orchestrator.sentences import split_sentences
from orchestrator.years import in_year_span

__all__ = [
    "Figure",
    "FigureIndex",
    "contains_figure",
    "figures_in",
    "unread_amounts",
]

# --- figures ---------------------------------------------------------------------------------

_SCALES = {
    "k": Decimal(10) ** 3,
    "thousand": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "mld": Decimal(10) ** 9,
    "mlrd": Decimal(10) ** 9,
    # German and French: "Mio.", "Mrd.", "Md€"
    "mio": Decimal(10) ** 6,
    "mrd": Decimal(10) ** 9,
    "md": Decimal(10) ** 9,
    "mds": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "tr": Decimal(10) ** 12,
    "trillion": Decimal(10) ** 12,
    "quadrillion": Decimal(10) ** 15,  # Vietnamese đồng: "VND1.82 quadrillion"
    "millones": Decimal(10) ** 6,
    "millón": Decimal(10) ** 6,
    "mil millones": Decimal(10) ** 9,
    "milhões": Decimal(10) ** 6,
    "milhoes": Decimal(10) ** 6,
    "milhão": Decimal(10) ** 6,
    "milhao": Decimal(10) ** 6,
    "mil milhões": Decimal(10) ** 9,
    "mil milhoes": Decimal(10) ** 9,
    "bilhões": Decimal(10) ** 9,  # Brazil's bilhão is a thousand million
    "bilhoes": Decimal(10) ** 9,
    "bilhão": Decimal(10) ** 9,
    "bilhao": Decimal(10) ** 9,
    # Indian English: a lakh is 100,000, a crore ten million, "₹1.72 lakh crore" 1.72e12.
    "lakh": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "lakh crore": Decimal(10) ** 12,
    "ribu": Decimal(10) ** 3,
    "juta": Decimal(10) ** 6,
    "miliar": Decimal(10) ** 9,
    "milyar": Decimal(10) ** 9,
    "triliun": Decimal(10) ** 12,
}

_UNITS = {
    "%": "%",
    "pct": "%",
    "pc": "%",
    # Measures a story writes out that a source glues on ("8.9 gigabytes" is its "8.9GB").
    "gigabyte": "gb",
    "gigabytes": "gb",
    "megabytes": "mb",
    "terabytes": "tb",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "percent": "%",
    "per cent": "%",
    "percentage point": "pp",
    "percentage points": "pp",
    "of a percentage point": "pp",
    "pp": "pp",
    "%p": "pp",  # Korean releases: "up 0.4%p" is percentage points
    # A hundredth of a point: "cut by 25 basis points" is the bank's "0.25 percentage points".
    "basis point": "bp",
    "basis points": "bp",
    "bp": "bp",
    "bps": "bp",
}

# Percentages and points never stand in for a plain number (or each other): "40" is not "40%".
_STRICT_UNITS = frozenset({"%", "pp"})

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

_FIGURE_PATTERN = r"""
    (?<![\w.,SIGNS])          # not the tail of a word or a longer number: "2" in "2024"
    (?<![A-Za-z]-)             # nor a model name such as "COVID-19" or "F-35"
    (?P<sign>[-−](?=\d|BEFORE))?   # "-0.3%", "−$5m"; "3-4" is a range
    (?P<currency>BEFORE)?      # "$", "KSh", "R$", "CHF " (orchestrator/money.py)
    \s?
    (?P<number>
        \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?          # Indian grouping: "2,78,94,512"
      | \d{1,3}(?:,\d{3})+(?:\.\d+)?                # "1,234,567.8"
      | \d{1,3}(?:[\ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d{1,2}(?!\d))?   # "8 181,72", "2 782 455"
      | \d{1,3}(?:['’]\d{3})+(?:\.\d+)?             # Swiss: "44’893"
      | \d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2}(?!\d))?     # dots group: "1.250.000", "2.782.455,50"
      | \d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)          # and a decimal comma: "6.482,3 millones"
      | \d+,\d{1,2}(?![\d])                         # a decimal comma: "32,9", "6,8"
      | \d+(?:\.\d+)?
    )
    (?:
        (?P<glued>bn|mn|mln|bln|trn|tn|tr|[kKmMbB])(?![A-Za-z])
      | \s?(?P<abbrev>bn|mn|tn)\b
      | \s(?P<abbrev_cur>(?-i:M|Md|k))(?=[€$£])   # French: "18 432,6 M€", "1,2 Md€"
      | \s(?P<abbrev_dot>mln|mld|mlrd|(?-i:Mrd|Mio|Mds|Md))(?:\.|\b)   # "109,4 mld.", "248,7 Mrd."
      | \s(?P<scale>lakh\scrore|thousand|million|billion|trillion|quadrillion|lakh|crore
               |miliar|milyar|triliun|juta|ribu   # Indonesian: "Rp 1.250 miliar"
               # Spanish and Portuguese: "6.482,3 millones de euros", "R$ 24,7 bilhões"
               |mil\smillones|millones|millón|mil\smilh(?:ões|oes)|milh(?:ões|oes|ão|ao)
               |bilh(?:ões|oes|ão|ao))s?\b
    )?
    (?P<suffix>[A-Za-z]{1,4}(?![A-Za-z]))?
    (?:\s?(?:(?<=[a-zõã])\sde\s)?(?P<unit>%p(?![A-Za-z])|%|per\s?cent\b|percentage\spoints?\b|of\sa\spercentage\spoint\b|pp\b|pct\b|pc\b|basis\spoints?\b|bps?\b
        |(?:giga|mega|tera)bytes?\b|MEASURE
        |AFTER|€(?!\w)))?   # "4.018 Mio. €", "12,5 €": the euro sign after, as Europe writes it
    # a rate's time: "512,300 barrels per day", "bbl/d", "a month" (read for measures only)
    (?P<per>(?<=[A-Za-z])(?:\s(?:per|a|an|each)\s(?:day|week|month|year|hour)\b
        |/(?:d|day|wk|mo|month|yr|y|h|year)\b))?
    (?![\d]|[.,]\d)            # never stop half-way through a number
    """
_FIGURE_RE = re.compile(
    _FIGURE_PATTERN.replace("SIGNS", re.escape(CURRENCY_SIGNS))
    .replace("BEFORE", CURRENCY_BEFORE)
    .replace("AFTER", CURRENCY_AFTER)
    .replace("MEASURE", MEASURE_AFTER),
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """A number as written (``text``), normalised to ``value`` and ``unit``.

    ``unit`` is a currency code ("USD"), "%", "pp", a glued unit such as "km", or None for a
    plain count. A figure written with a scale ("4.2 billion", "12m") was rounded by whoever
    wrote it, to ``quantum`` (1e8 and 1e6 there), so a more precise figure that rounds to it
    matches; an unscaled figure only matches its exact value.
    """

    text: str
    value: Decimal
    unit: str | None = None
    quantum: Decimal | None = None
    plain: bool = False  # bare digits only: no currency, scale, unit, comma or decimal point
    scaled: bool = False  # written with a scale word ("4.2 billion", "12m")
    scale: Decimal = Decimal(1)  # the scale word's worth: 1e9 for "billion"
    share: bool = False  # a share put in words ("two thirds of"): its writer rounded it

    @property
    def is_year(self) -> bool:
        """A bare four-digit number that reads as a year: weak evidence on its own."""
        return self.plain and len(self.text) == 4 and 1800 <= self.value <= 2100

    @property
    def key(self) -> tuple[Decimal, str | None]:
        return (self.value.normalize(), self.unit)

    def matches(self, other: Figure) -> bool:
        """Whether ``other`` (found in some text) states this figure.

        One-way on purpose: "$4.2 billion" is supported by "$4,213,000,000", but a claim of
        "$4,213,000,000" is not supported by an article that only says "$4.2 billion".
        """
        if not _units_compatible(self.unit, other.unit):
            return False
        if self.value == other.value:
            return True
        if self.share and other.unit == "%" and not other.share:
            # "two-thirds of graduates" for a source's 67%: a share in words is rounded by
            # whoever wrote it, to the nearest whole percent or so.
            return abs(other.value - self.value) <= 1
        if self.quantum is None and (other.share or other.value != other.value.to_integral()):
            # "44 per cent" for a source's 44.36 per cent, "67 percent" for its "two thirds
            # of": a whole number written for a fraction is rounded to the nearest whole.
            whole = other.value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            return whole == self.value and self.value == self.value.to_integral()
        if self.quantum is None or self.value == 0:
            return False
        if self.unit == "s" and self.value <= other.value < self.value + self.quantum:
            return True  # "2 hours 21 minutes" for a race's 2:21:37: times are cut, not rounded
        rounded = (other.value / self.quantum).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        if rounded * self.quantum != self.value:
            return False
        if not self.scaled:
            return True  # "3.1" for 3.14: rounding to the written decimals is exact enough
        # Rounding alone would let "$4 billion" stand for "$4.4 billion"; a summary that
        # rounds that far changes the story, so the rounding must also be close.
        return abs(other.value - self.value) <= abs(self.value) * _ROUNDING_TOLERANCE

    def same_kind(self, other: Figure) -> bool:
        """Whether ``other`` measures in the same unit, so that a different value for the
        same thing is a contradiction rather than another quantity: 4.7% against 3.1%."""
        if self.unit in _STRICT_UNITS or other.unit in _STRICT_UNITS:
            return self.unit == other.unit
        if self.is_year or other.is_year:
            return self.is_year and other.is_year
        return _units_compatible(self.unit, other.unit)


_ROUNDING_TOLERANCE = Decimal("0.025")


def _units_compatible(left: str | None, right: str | None) -> bool:
    if left == right:
        return True
    if left and right and "/" in left + right:
        # "barrels a day" and a table's "barrels" (its "(bbl/d)" head read without the
        # rate) are one measure; a day's barrels are no month's.
        return left.split("/")[0] == right.split("/")[0] and ("/" not in left or "/" not in right)
    # "4.2 billion" and "$4.2 billion" are the same figure with or without the currency
    # written next to it, but a percentage never is a count.
    if left is None:
        return right not in _STRICT_UNITS
    if right is None:
        return left not in _STRICT_UNITS
    return money.compatible(left, right)  # "$" in a Canadian story is its source's "C$"


def figures_in(text: str) -> list[Figure]:
    """The figures in ``text``, in order."""
    figures: list[Figure] = []
    starts: list[int] = []
    ends: list[int] = []
    clocks = [(m.start(), m.end(), _clock(m)) for m in _CLOCK_RE.finditer(text)]
    ages = [m.span() for m in _AGES_RE.finditer(text)]
    for match in _FIGURE_RE.finditer(text):
        while clocks and clocks[0][0] < match.end():
            start, end, clock = clocks.pop(0)
            figures.append(clock)
            starts.append(start)
            ends.append(end)
        if ends and match.start() < ends[-1]:
            continue  # a part of a race time
        if any(start <= match.start() < end for start, end in ages):
            continue  # "15-24 year olds" says who, it is no figure of the story
        figure = _figure_from(match)
        if figure is None:
            continue
        join = _RANGE_JOIN_RE.fullmatch(text, ends[-1], match.start()) if figures else None
        # "and" makes a range only after "between": "in 2025 and 51,900 in 2024" is two.
        if join and join[0].strip().lower() == "and":
            join = _BETWEEN_RE.search(text, 0, starts[-1])
        if join and figures[-1].is_year == figure.is_year:
            figures[-1] = _range_start(figures[-1], figure)
        if figure.unit is None and _POINTS_RE.match(text, match.end()) and _PERCENT_RE.search(text):
            # "rose 1.2 points to 18.9 per cent": points beside a percentage are percentage
            # points (a match's "31 points" stay a count).
            figure = replace(figure, unit="pp", plain=False)
        end = match.end()
        rate = _RATE_RE.match(text, end) if figure.unit is None else None
        if rate is not None:
            # "1,094 per 100,000 people", "636 stays per 100,000 population": a rate, not a
            # count of 1,094 (its denominator is no figure of its own: see _LABEL_NUMBER).
            figure = replace(figure, unit=rate_unit(rate["per"]), plain=False)
        if (
            figures
            and figures[-1].unit == "s"
            and _DURATION_JOIN_RE.fullmatch(text, ends[-1], match.start())
        ):
            seconds = _SECONDS_RE.match(text, end) if figure.unit is None else None
            if (figure.unit == "s" and figure.value < figures[-1].value) or seconds:
                # "7 min 42 s", "2 hours 15 minutes": one duration, in seconds.
                end = seconds.end() if seconds else end
                # Written to its last part: "2 hours 6 minutes" is a result's 2:06:18.
                part = Decimal(1) if seconds else _part_of(figure)
                figures[-1] = replace(
                    figures[-1],
                    text=text[starts[-1] : end],
                    value=figures[-1].value + figure.value,
                    quantum=part,
                )
                ends[-1] = end
                continue
        figures.append(figure)
        starts.append(match.start())
        ends.append(end)
    for start, end, clock in clocks:
        figures.append(clock)
        starts.append(start)
        ends.append(end)
    return figures


# Who a figure is about, by age: "15-24 year olds", "a 16-year-old", "18- to 24-year-olds".
_AGES_RE = re.compile(
    r"(?<![\d,.])\d{1,3}(?:-?\s?(?:-|–|to)\s?\d{1,3})?[\s-]?years?[\s-]olds?\b", re.IGNORECASE
)


# A race's or a response's time, "2:06:18" (h:mm:ss): a duration in seconds.
_CLOCK_RE = re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")


def _clock(match: re.Match[str]) -> Figure:
    hours, minutes, seconds = (int(part) for part in match.groups())
    return Figure(match[0], Decimal(hours * 3600 + minutes * 60 + seconds), "s")


def _part_of(figure: Figure) -> Decimal:
    """The seconds one of a duration's last part is worth: 60 for "6 minutes"."""
    measure = measure_of(figure.text.split()[-1])
    return measure[1] if measure is not None else Decimal(1)


_DURATION_JOIN_RE = re.compile(r"\s*(?:and\s+)?")
_SECONDS_RE = re.compile(r"\s?s\b")


_PER = {
    **dict.fromkeys(("d", "day"), "day"),
    **dict.fromkeys(("wk", "week"), "week"),
    **dict.fromkeys(("mo", "month"), "month"),
    **dict.fromkeys(("y", "yr", "year"), "year"),
    **dict.fromkeys(("h", "hour"), "hour"),
}
_COMPOUND = re.compile(r"-(?:year|month|week|day|hour|minute|storey|story|seat|page)\b", re.I)
_LABEL_NUMBER = re.compile(
    r"\b(?:figure|fig\.|table|chart|graph|annex|appendix|section|box|page|p\.)\s?$"
    # and a rate's denominator: "12.8 cases per 100,000 people" cites the 12.8
    r"|\bper\s$"
    # a week's number and an age's bounds: "epidemiological week 14", "weeks 1–39",
    # "aged 65 and over", "ages 15 to 64" describe who or when, they are not the figures
    r"|\b(?:weeks?|wk|aged|ages?)\s$|\b(?:weeks?|aged|ages?)\s\d{1,3}\s?(?:[-–]|to)\s?$",
    re.I,
)
# What a rate is per: "per 100,000", "per 1 000", "per million", "per capita".
RATE_DENOMINATOR = r"1[0\s,]*0{2}|million|capita|head"
_RATE_RE = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}per\s+(?P<per>{RATE_DENOMINATOR})\b", re.IGNORECASE
)


def rate_unit(denominator: str) -> str:
    """A rate's unit from what it is per: "/100000" for "100,000" or "100 000"."""
    return "/" + re.sub(r"[\s,]", "", denominator).lower()


_POINTS_RE = re.compile(r"\s?points?\b", re.IGNORECASE)
_PERCENT_RE = re.compile(r"%|\bper\s?cent\b|\bpercent(?:age)?\b", re.IGNORECASE)


_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


# "3-4 percent", "$3 to $4 million", "between 2 and 3 per cent": the unit and scale written
# after the second number belong to the first too.
_RANGE_JOIN_RE = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)


def _range_start(first: Figure, second: Figure) -> Figure:
    if first.unit is not None and first.unit != second.unit and second.unit is not None:
        return first
    if first.scaled or (first.unit is not None and first.unit in _STRICT_UNITS):
        return first
    value, quantum, scaled = first.value, first.quantum, False
    if second.scaled:
        # The second's scale, applied to the first's digits: "3-4 million" is 3 million.
        written = first.quantum if first.quantum is not None else Decimal(1)
        value, quantum, scaled = first.value * second.scale, written * second.scale, True
    return Figure(
        text=first.text,
        value=value,
        unit=first.unit or second.unit,
        quantum=quantum,
        plain=False,
        scaled=scaled,
        scale=second.scale if scaled else first.scale,
    )


_IBERIAN_SCALES = ("mil", "bilh")  # millones, mil millones, milhões, bilhões


def _figure_from(match: re.Match[str]) -> Figure | None:
    if in_year_span(match.string, match.start("number"), match.end("number")):
        return None  # "2024-25" is a period, not the figures 2024 and 25
    number = match["number"]
    if (
        match["currency"]
        and money.code_of(match["currency"]) in money.DOT_GROUPED
        and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number)
    ):
        number = number.replace(".", ",")  # "Rp 1.250 miliar" is 1,250 billion rupiah
    continental = (match["scale"] or "").lower().startswith(_IBERIAN_SCALES) or (
        (match["abbrev_dot"] or "").lower() in ("mio", "mrd", "md", "mds")
    )
    if continental and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
        # A dot groups thousands before a scale written where a comma is the decimal:
        # "US$ 1.234 millones" is 1,234 million dollars, the Bundesbank's "4.018 Mio. €" 4,018.
        number = number.replace(".", ",")
    suffix = match["suffix"]
    if suffix is not None and suffix.lower() in _ORDINAL_SUFFIXES:
        return None  # "21st" is a position, not a quantity
    if suffix is not None and suffix.lower() == "s":
        return None  # "1990s" is a decade and "5s" too vague to check
    if suffix == "G" and len(number) == 1 and not match["currency"]:
        return None  # "4G" and "5G" name a mobile network, not five grams
    start = match.start()
    if _COMPOUND.match(match.string, match.end()):
        return None  # "the 10-year bond", "a 30-day window": a name's number, no figure
    if not match["currency"] and _LABEL_NUMBER.search(match.string, max(0, start - 16), start):
        return None  # "Figure 1", "Table 4.2", "per 100,000": a label's number, no figure
    if _is_day_of_month(match):
        return None  # "1 July to 30 June", "June 30, 2024": a date, not a figure
    digits = _plain_digits(number)
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern only admits digits
        return None
    quantum: Decimal | None = None
    scaled = False
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale_word = (
        match["glued"]
        or match["abbrev"]
        or match["abbrev_cur"]
        or match["abbrev_dot"]
        or match["scale"]
    )
    if scale_word is not None:
        scale_word = " ".join(scale_word.lower().split())
        scale = _SCALES[scale_word]
        quantum = scale.scaleb(-decimals)
        value *= scale
        scaled = True
    elif decimals:
        # "3.1 percent" was written to one decimal place: a source's 3.14 is the same figure.
        quantum = Decimal(1).scaleb(-decimals)
    if match["sign"]:
        value = -value
    unit: str | None = None
    if match["currency"]:
        unit = money.code_of(match["currency"])
    elif match["unit"]:
        unit = _unit_of(match["unit"])
    elif suffix is not None:
        # "4.5pc" is a percentage, "12kr" money, "5km" a distance.
        unit = _UNITS.get(suffix.lower()) or money.code_of_word(suffix) or suffix.lower()
    if unit == "bp":
        unit, value = "pp", value / 100
        quantum = quantum / 100 if quantum is not None else None
    measure = measure_of(match["unit"] or suffix or "") if not match["currency"] else None
    if measure is not None:
        # "25.2 TWh" is 25,182 GWh rounded; "812 MWh" is not 812 GWh (orchestrator/measures.py).
        unit, factor = measure
        if match["per"]:
            unit = f"{unit}/{_PER[match['per'].split()[-1].lstrip('/').lower()]}"
        if factor != 1:
            value *= factor
            # A whole number of the unit as written is written to the unit: "17 hours" is a
            # table's 17.1 hours, as "44 per cent" is its 44.36 (in seconds neither is whole).
            quantum = quantum * factor if quantum is not None else factor
            scaled = True
    decorated = match["currency"] or scale_word or match["unit"] or suffix
    return Figure(
        text=match[0].strip(),
        value=value,
        unit=unit,
        quantum=quantum,
        plain=not decorated and number.isdigit() and not match["sign"],
        scaled=scaled,
        scale=_SCALES[scale_word.lower()] if scale_word is not None else Decimal(1),
    )


_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_DAY_BEFORE_MONTH = re.compile(rf"(?:st|nd|rd|th)?\s{_MONTH_NAME}")
_MONTH_BEFORE_DAY = re.compile(rf"{_MONTH_NAME}\.?\s$")


def _is_day_of_month(match: re.Match[str]) -> bool:
    """Whether a bare 1 to 31 is a day of a month written next to it ("1 July", "June 30").
    Case matters: "may" is the verb."""
    number, text = match["number"], match.string
    if not number.isdigit() or not 1 <= int(number) <= 31 or match["currency"] or match["unit"]:
        return False
    if match["glued"] or match["abbrev"] or match["scale"]:
        return False
    after = _DAY_BEFORE_MONTH.match(text, match.end("number"))
    before = _MONTH_BEFORE_DAY.search(text, max(0, match.start() - 11), match.start())
    return after is not None or (
        before is not None and not text[match.end() :].startswith(("%", " per"))
    )


def _plain_digits(number: str) -> str:
    """ "8 181,72" is 8181.72, "2,78,94,512" 27894512, "44’893" 44893, "32,9" 32.9: a
    separator before two or three digits groups them, a last comma before one or two is a
    decimal point (the pattern admits a decimal comma only there)."""
    if number.count(".") > 1 or ("." in number and "," in number.split(".")[-1]):
        # "1.250.000", "2.782.455,50": dots group the thousands, a comma is the decimal.
        number = number.replace(".", " ")
    decimal = re.search(r",(\d{1,2})$", number)
    if decimal and not re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", number):
        number = number[: decimal.start()] + "." + decimal[1]
    return re.sub(r"[,\s\u00a0\u2009\u202f'’]", "", number)


def _unit_of(written: str) -> str | None:
    words = " ".join(written.lower().split())
    if words.startswith("per") and words.endswith("cent"):
        return "%"
    return _UNITS.get(words) or money.code_of_word(written) or money.code_of(written.strip())


# --- finding figures -------------------------------------------------------------------------


class FigureIndex:
    """The sentences of a text with their figures, to look many figures up in one text."""

    def __init__(self, text: str) -> None:
        self.sentences = split_sentences(text)
        self._figures = [figures_in(sentence) for sentence in self.sentences]

    def find(self, figure: Figure) -> str | None:
        """The first sentence that states ``figure``, or None."""
        for sentence, figures in zip(self.sentences, self._figures, strict=True):
            if any(figure.matches(candidate) for candidate in figures):
                return sentence
        return None


@lru_cache(maxsize=16)
def figure_index(text: str) -> FigureIndex:
    """A shared index of ``text``: the gates look several claims up in the same article."""
    return FigureIndex(text)


def contains_figure(haystack_text: str, figure: Figure) -> str | None:
    """The sentence of ``haystack_text`` that states ``figure``, or None when none does."""
    return figure_index(haystack_text).find(figure)


# An amount written the way a currency copydesk does not know writes it: letters glued to a
# number with a decimal point or a scale ("TSh2.4bn", "Br12.5m", "MK3.1bn"). Codes such as
# "A320", "M25", "FY24" or "B2B" have neither, and a version ("v2.5") is not money.
_UNREAD_RE = re.compile(
    r"(?<![\w$])([^\W\d_]{1,4}\$?)(\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k|tn|trn)?)(?![\w.]|[.,]\d)"
)


def unread_amounts(text: str) -> list[str]:
    """The amounts in ``text`` that look like money but that figures_in cannot read."""
    found = []
    for match in _UNREAD_RE.finditer(text):
        prefix, amount = match[1], match[2]
        if prefix.lower() in ("v", "ver") or not re.search(r"\.\d|[a-z]$", amount):
            continue
        if not figures_in(match[0]):
            found.append(match[0])
    return found
