"""Numbers a source spells out: "twelve libraries", "a quarter of households", "one in five".

Releases and reports write small counts and shares in words (house styles spell out one to
nine, and "a quarter of", "two thirds of", "one in five" are how a share is put to readers).
A cited figure written "25 percent" is confirmed by a source's "A quarter of households",
so the source side reads these as figures too, keeping the source's own words as the
figure's text (that is the evidence an approver sees).

A story spells out figures too ("Twelve bridges", "forty-nine cruise ships"): when a
sentence gives no figure in digits, ``cited_in_words`` reads the counts it spells out, so a
spelled-out figure is checked like any other; "one of the", "two of them", "three years ago"
and shares put in words in a story ("half the time") are not figures anyone cites.
Measured against number-parser, word2number, quantulum3 and price-parser in
bench/figure_parsers.py ("spelled out").
Pure and deterministic.
"""

from __future__ import annotations

import re
from decimal import Decimal

from orchestrator.figures import Figure

__all__ = ["cited_in_words", "spelled_figures"]

_SMALL = {
    word: n
    for n, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    word: 10 * n
    for n, word in enumerate(
        ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
    if word != "_"
}
_SCALES = {
    "hundred": Decimal(100),
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
# A share of a whole: "a quarter of", "two thirds of", "three in ten".
_PARTS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_HUNDRED = Decimal(100)

_NUMBER_WORD = "|".join(sorted([*_SMALL, *_TENS, *_SCALES], key=len, reverse=True))
# "twenty-five", "three hundred and forty", "two million".
_RUN = rf"(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*"
_PERCENT = r"\s?(?:per\s?cent|percent|%)"
# "nine basis points", "two percentage points": a change in points, not a count.
_POINTS = r"\s+(?:(?P<basis>basis)|percentage)\s+points?"
_NUMBER_RE = re.compile(
    rf"(?<![\w-])(?P<run>{_RUN})(?:\s+and\s+a\s+half\s+(?P<half_scale>million|billion))?"
    rf"(?:(?P<percent>{_PERCENT})|(?P<points>{_POINTS}))?(?![\w-])",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    rf"(?<![\w-])(?P<count>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    rf"(?P<part>{'|'.join(_PARTS)})\s+of\b(?!\s+an?\s+(?:million|billion|thousand)\b)",
    re.IGNORECASE,
)
# "half a million", "a quarter of a million", "three-quarters of a billion": a share of a scale.
_SCALE_SHARE_RE = re.compile(
    r"(?<![\w-])(?:(?P<count>an?|one|two|three)[\s-]+)?(?P<part>half|quarters?|thirds?)"
    r"\s+(?:of\s+)?an?\s+(?P<scale>thousand|million|billion)\b",
    re.IGNORECASE,
)
# "half of councils", "half the schools"; not "the first half of the year", a period.
_HALF_OF_RE = re.compile(
    r"(?<!first )(?<!second )(?<!last )(?<!the )(?<![\w-])half\s+(?:of\s+|the\s+)(?=\w)",
    re.IGNORECASE,
)
_IN_RE = re.compile(
    rf"(?<![\w-])(?P<part>{'|'.join(_SMALL)}|\d{{1,2}})\s+(?:in|out\s+of)\s+(?P<whole>{'|'.join(_SMALL)}|ten"
    r"|twenty|\d{1,3})(?![\w-])",
    re.IGNORECASE,
)


def _value(run: str) -> Decimal | None:
    """The value of a run of number words, or None when it does not read as one number."""
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    previous = ""
    for word in re.split(r"[\s-]+", run.lower()):
        if word == "and":
            if previous not in _SCALES:
                return None  # "between two and three" is two numbers, not five
            continue
        previous = word
        if word in _SMALL:
            current += _SMALL[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * _HUNDRED
        elif word in _SCALES:
            if not current and not seen:
                return None  # a bare "million" is a scale word, not a number
            total += (current or 1) * _SCALES[word]
            current = Decimal(0)
        else:  # pragma: no cover - the pattern only admits number words
            return None
        seen = True
    return total + current


def _number(part: str) -> int | None:
    return int(part) if part.isdigit() else _SMALL.get(part.lower(), _TENS.get(part.lower()))


def _scale_shares(text: str) -> list[tuple[Figure, int, int]]:
    """ "half a million" as 500,000, written to the nearest hundredth of its scale (so
    "just over half a million" is a source's 503,214, and "a quarter of a million" its
    252,000)."""
    found = []
    for match in _SCALE_SHARE_RE.finditer(text):
        written = (match["count"] or "a").lower()
        count = 1 if written in ("a", "an") else _SMALL[written]
        scale = _SCALES[match["scale"].lower()]
        value = scale * count / _PARTS[match["part"].lower()]
        quantum = scale / _HUNDRED
        figure = Figure(match[0], value, None, quantum=quantum, scaled=True, scale=scale)
        found.append((figure, match.start(), match.end()))
    return found


def spelled_figures(text: str) -> list[tuple[Figure, int]]:
    """The spelled-out figures of ``text`` with their offsets, in order."""
    found: list[tuple[Figure, int]] = []
    taken: list[tuple[int, int]] = []

    def add(figure: Figure, start: int, end: int) -> None:
        if not any(start < stop and begin < end for begin, stop in taken):
            found.append((figure, start))
            taken.append((start, end))

    for figure, start, end in _scale_shares(text):
        add(figure, start, end)
    for match in _FRACTION_RE.finditer(text):
        count = 1 if match["count"].lower() in ("a", "an") else _SMALL[match["count"].lower()]
        share = _HUNDRED * count / _PARTS[match["part"].lower()]
        written = match[0][: -len("of")].rstrip()
        figure = Figure(written, share, "%", share=True)
        add(figure, match.start(), match.start() + len(written))
    for match in _HALF_OF_RE.finditer(text):
        add(Figure("half", Decimal(50), "%"), match.start(), match.start() + 4)
    for match in _IN_RE.finditer(text):
        part, whole = _number(match["part"]), _number(match["whole"])
        if part and whole and part < whole:
            figure = Figure(match[0], _HUNDRED * part / whole, "%", share=True)
            add(figure, match.start(), match.end())
    for match in _NUMBER_RE.finditer(text):
        value = _value(match["run"])
        if value is None:
            continue
        words = match["run"].lower().split()
        scale = next((_SCALES[w] for w in reversed(words) if w in _SCALES and w != "hundred"), None)
        if match["half_scale"]:
            scale = _SCALES[match["half_scale"].lower()]
            value = (value + Decimal("0.5")) * scale
        if value < 2 and not match["percent"] and not match["points"] and scale is None:
            continue  # "one of the", "zero-hours": a pronoun or a word, not a quantity
        if match["points"]:
            # A hundredth of a point: "nine basis points" is the bank's "0.09 percentage points".
            points = value / _HUNDRED if match["basis"] else value
            figure = Figure(match[0].strip(), points, "pp")
            add(figure, match.start(), match.end())
            continue
        figure = Figure(
            match[0].strip(),
            value,
            "%" if match["percent"] else None,
            scaled=scale is not None,
            scale=scale or Decimal(1),
        )
        add(figure, match.start(), match.end())
    return sorted(found, key=lambda item: item[1])


# What a story counts in words without citing a figure: durations, and "two of the".
_NOT_CITED_AFTER = re.compile(
    r"\s+(?:of\b|(?:more\s+|other\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?"
    r"|decades?|centuries|times|ways|sides|parts|things|ones?)\b)",
    re.IGNORECASE,
)


def cited_in_words(text: str) -> list[Figure]:
    """The counts a story's sentence spells out as figures ("Twelve bridges", "two million
    passengers", "forty per cent"): numbers in words of two or more, or with a scale or a
    percentage, that count something other than time."""
    found: list[Figure] = []
    for match in _NUMBER_RE.finditer(text):
        value = _value(match["run"])
        if value is None or _NOT_CITED_AFTER.match(text, match.end()):
            continue
        if value < 10 and _REFERRING_BEFORE.search(text, 0, match.start()):
            continue  # "the two companies", "its three sites": things named, not counted
        figure = next((f for f, at in spelled_figures(text) if at == match.start()), None)
        if figure is not None and not figure.share and figure.text == match[0].strip():
            found.append(figure)
    shares = _scale_shares(text)
    found.extend(figure for figure, _, _ in shares)
    for match in _A_SCALE_RE.finditer(text):
        if any(start <= match.start() < end for _, start, end in shares):
            continue  # the "a million" of "half a million"
        # "More than a million people": one of the scale, rounded to it.
        scale = _SCALES[match["scale"].lower()]
        found.append(Figure(match[0], scale, None, quantum=scale, scaled=True, scale=scale))
    for match in _FRACTION_RE.finditer(text):
        # "Three-quarters of graduates", "two thirds of voters": a share the story cites.
        count = 1 if match["count"].lower() in ("a", "an") else _SMALL[match["count"].lower()]
        share = _HUNDRED * count / _PARTS[match["part"].lower()]
        found.append(Figure(match[0][: -len("of")].rstrip(), share, "%", share=True))
    for match in _IN_RE.finditer(text):
        part, whole = _number(match["part"]), _number(match["whole"])
        if part and whole and part < whole and not match["part"].isdigit():
            found.append(Figure(match[0], _HUNDRED * part / whole, "%", share=True))
    for match in _HALF_OF_RE.finditer(text):
        # "More than half of seniors", "just over half of payments": a share; its hedge
        # says which side of 50% the source's figure must be.
        if not _HALF_OF_WHAT_RE.match(text, match.end()):
            found.append(Figure("half", Decimal(50), "%", share=True))
    return found


# "half of 2025", "half the season": a period halved, not a share cited.
_HALF_OF_WHAT_RE = re.compile(
    r"\d|(?:the\s+|this\s+|last\s+|next\s+)?(?:year|season|century|decade|month|term"
    r"|match|game|week|day)s?\b",
    re.IGNORECASE,
)


_REFERRING_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|both)\s+$", re.I)
_A_SCALE_RE = re.compile(r"(?<![\w-])an?\s(?P<scale>thousand|million|billion)\b(?!\s+of\b)", re.I)
