"""The unit of a table cell, from its labels: what a table writes once for all its cells.

A table writes "312.5" under "Revenue budget (€ million)", "4.7" under "Rate (%)" and "13.9"
under "2025 (million tonnes)": the caption's or a head's unit belongs to every cell under it,
so the cell is €312.5m, 4.7% and 13.9 million. A cell's line is "caption note · stub · row
label · column head · value" (orchestrator/reading/tables.py); the label nearest the value
speaks first, so a column "Change (%)" in a table captioned "(€ million)" holds percentages.
Pure and deterministic.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from orchestrator.figures import RATE_DENOMINATOR, Figure, rate_unit
from orchestrator.measures import measure_of
from orchestrator.money import CURRENCY_LABEL, CURRENCY_WORDS, code_of
from orchestrator.reading.tables import CELL_SEPARATOR

__all__ = ["accounting_sign", "with_header_unit"]

# "Rate per 100,000", "Incidence Rate (1/100 000)", "Deaths per 1,000 live births".
_RATE_PER = re.compile(rf"(?:\bper\s+|(?<![\d.])1\s?/\s?)(?P<per>{RATE_DENOMINATOR})\b", re.I)
_BASIS_POINTS = re.compile(r"\bbps?\b|\bbasis\s+points?\b", re.I)
_POINTS = re.compile(r"\bpp\b|\bp\.p\.|\bpercentage[-\s]points?\b|\(pts?\)", re.I)
_PERCENT = re.compile(r"\(%\)|(?:^|[\s,(])%(?=\s|$|\))|\bper\s?cent\b|\bpercent\b|\brate\s*%", re.I)
# A scale word alone ("million") only counts inside a unit note, "(million tonnes)", "(€
# million)", a caption's ", million tonnes" or "in millions": a row label such as "the £1
# million scheme" does not scale its row.
_CUR = CURRENCY_LABEL  # "£", "NZ$", "KSh", "EUR" (orchestrator/money.py)
_SCALES = (
    (
        re.compile(
            rf"\bthousands\b|\(000s?\)|[(,]\s*'000s?\)|(?:{_CUR})\s?'?000s?\b|(?:^|,)\s*thousand\b"
            rf"|(?<![A-Za-z])(?:{_CUR})\s+thousand\b|(?:^|\s)'000s?\b"
            rf"|\(\s*(?:(?:{_CUR})\s?)?thousands?\b"
            # "Copper concentrate thous. tonnes", "Arrivals thousand" (a head that ends in it)
            r"|\bthous\.|\bths\.|\bthsd\b|(?<=[A-Za-z])\s+thousand\s*$"
            r"|\(\s*'000\s",  # "Container throughput ('000 TEUs)"
            re.I,
        ),
        Decimal(10) ** 3,
    ),
    (
        re.compile(r"\blakh\s+crores?\b", re.I),
        Decimal(10) ** 12,
    ),
    (
        # China's "Unit: 10 000 person-times" (万): tens of thousands.
        re.compile(r"\(\s*10[\s,]?000\b|\bunits?:?\s*10[\s,]?000\b|^\s*10[\s,]?000\s+[a-z]", re.I),
        Decimal(10) ** 4,
    ),
    (
        re.compile(r"\blakhs?\b", re.I),
        Decimal(10) ** 5,
    ),
    (
        re.compile(r"\bcrores?\b", re.I),
        Decimal(10) ** 7,
    ),
    (
        # Spanish and Portuguese thousands of millions, before their millions: "COP miles de
        # millones", "R$ bilhões".
        re.compile(
            r"\bmiles\s+de\s+millones\b|\bmil\s+mill(?:ones|ões|oes)\b|\bbilh(?:ões|oes)\b", re.I
        ),
        Decimal(10) ** 9,
    ),
    (
        # China's statistics count yuan in units of 100 million (亿元): "(100 million yuan)".
        re.compile(
            rf"\(\s*100\s+million\b|\bin\s+(?:units\s+of\s+)?100\s+million\b"
            rf"|(?:(?:{_CUR})|\bunits?:)\s?100\s+million\b",
            re.I,
        ),
        Decimal(10) ** 8,
    ),
    (
        re.compile(
            rf"\bmillones\b|\bmilh(?:ões|oes)\b|\bmillions\b|(?:{_CUR})\s?m(?:illion|n|ln)?\b|\(m\)|(?:^|,|\bin)\s*million\b"
            rf"|\(\s*(?:(?:{_CUR})\s?)?millions?\b"
            r"|\bmln\b|(?<=[A-Za-z])\s+million\s*$",  # "Coal mln tonnes", "Visitors million"
            re.I,
        ),
        Decimal(10) ** 6,
    ),
    (
        re.compile(
            rf"\bbillions\b|(?:{_CUR})\s?(?:bn?|billion)\b|\bbn\)|\(bn\)|\(\s*(?:(?:{_CUR})\s?)?billions?\b"
            rf"|(?:^|,|\bin)\s*billion\b|\bbln\b|(?<=[A-Za-z])\s+billion\s*$",
            re.I,
        ),
        Decimal(10) ** 9,
    ),
    (
        re.compile(
            rf"\btrillions\b|(?:{_CUR})\s?(?:tn|trn|trillion)\b|\(\s*(?:(?:{_CUR})\s?)?trillions?\b"
            rf"|(?:^|,|\bin)\s*trillion\b|\btrln\b",
            re.I,
        ),
        Decimal(10) ** 12,
    ),
)
# A column of rates or changes, whose cells a note's "%" is for: "YoY", "Change", "Share".
_RATE_HEAD = re.compile(
    r"\b(?:yoy|y/y|y-o-y|m/m|change|growth|share|rate|ratio|proportion)\b", re.IGNORECASE
)
_CUR_OR_SCALE = re.compile(
    rf"(?<![A-Za-z])(?:{_CUR})(?![A-Za-z])|\b(?:thousands?|millions?|billions?|trillions?|crores?"
    r"|lakhs?)\b|'000",
    re.IGNORECASE,
)
_CURRENCY_IN = re.compile(rf"(?<![A-Za-z])(?:{_CUR})(?![A-Za-z])|{CURRENCY_WORDS}")


def with_header_unit(figure: Figure, cell: str) -> Figure:
    """``figure`` from the table cell line ``cell``, with the unit and scale its labels
    give it; as it is when it writes its own ("4.7%") or no label gives one."""
    if figure.unit is not None or figure.scaled:
        return figure
    at = cell.rfind(figure.text)
    if at < cell.rfind(CELL_SEPARATOR):
        return figure  # a figure in a label ("2025 budget") is not the cell's value
    labels = cell[:at]
    parts = [part for part in labels.split(CELL_SEPARATOR.strip()) if part.strip()]
    nearer: list[str] = []  # the labels nearer the value than this one
    for part in reversed(parts):
        both = _PERCENT.search(part) and _CUR_OR_SCALE.search(part)
        rate = any(_RATE_HEAD.search(label) for label in nearer)
        nearer.append(part)
        if both and not rate:
            # "(Unit: US$ 100 million, %)": the money for the value columns, the percent for
            # a "YoY" or "Share" column's cells.
            part = _PERCENT.sub(" ", part)
        per = _RATE_PER.search(part)
        if per is not None:
            # "Rate per 100,000": the cell is a rate, as the story's "12.8 cases per 100,000"
            return replace(figure, unit=rate_unit(per["per"]), plain=False)
        if _BASIS_POINTS.search(part):
            # "Change, bp": hundredths of a point, as the story's "12 basis points" is read
            quantum = figure.quantum / 100 if figure.quantum is not None else Decimal("0.01")
            return replace(
                figure, value=figure.value / 100, unit="pp", quantum=quantum, plain=False
            )
        if (_POINTS.search(part) or _PERCENT.search(part)) and figure.is_year:
            return figure  # a head row's "2023" under "% of GDP" is a year, not 2,023%
        if _POINTS.search(part):
            return replace(figure, unit="pp", plain=False)  # "Change (pp)": points, not %
        if _PERCENT.search(part):
            return replace(figure, unit="%", plain=False)
        for pattern, scale in _SCALES:
            if pattern.search(part):
                # "(€ million)" names both; "Spending (£)" over a "(thousands)" caption too.
                currency = _currency(part) or _currency(labels)
                # "'000 troy ounces", "million tonnes": the scale's measure too.
                measured = None if currency else _measure_in(part)
                quantum = (figure.quantum or Decimal(1)) * scale
                return replace(
                    figure,
                    value=figure.value * scale,
                    quantum=quantum,
                    unit=currency or (measured[0] if measured else None),
                    scaled=True,
                    scale=scale,
                    plain=False,
                )
        measured = _measure_in(part)
        if measured is not None:
            unit, factor = measured
            return replace(
                figure,
                value=figure.value * factor,
                quantum=figure.quantum * factor if figure.quantum is not None else None,
                unit=unit,
                scaled=figure.scaled or factor != 1,
                plain=False,
            )
        bracketed = re.search(rf"\(\s*({_CUR}|{CURRENCY_WORDS})\s*\)", part)
        currency = code_of(bracketed[1]) if bracketed else None
        if currency:
            return replace(figure, unit=currency, plain=False)
    return figure


def accounting_sign(figure: Figure, cell: str) -> Figure:
    """A table's value in brackets is a negative, as accounts and statistics tables write
    one: "(2.3)" under "Change (%)" is -2.3, the story's "fell 2.3%"."""
    at = cell.rfind(figure.text)
    bracketed = cell[at - 1 : at] == "(" and cell[at + len(figure.text) :].strip() == ")"
    if at <= 0 or at < cell.rfind(CELL_SEPARATOR) or not bracketed or figure.value <= 0:
        return figure
    return replace(figure, value=-figure.value)


# A measure a head gives its column: "Output (GWh)", "Rainfall, mm", "Yield (t/ha)".
_MEASURE_NOTE = re.compile(
    r"\(\s*([^()]{1,24}?)\s*\)|,\s*([^,()]{1,16}?)\s*$|(?:^|\s)([^\s,()]{1,8})\s*$"  # "rainfall mm"
)


def _measure_in(label: str) -> tuple[str, Decimal] | None:
    for found in _MEASURE_NOTE.finditer(label):
        note = (found[1] or found[2] or found[3] or "").split("/")[0].strip()
        measured = measure_of(note)
        if measured is not None:
            return measured
    return None


def _currency(text: str) -> str | None:
    found = _CURRENCY_IN.search(text)
    return code_of(found[0]) if found else None
