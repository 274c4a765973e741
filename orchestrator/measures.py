"""Units of measure as releases write them, each read to one base unit and a factor.

"812 GWh" is not the story's "812 MWh", but "25.2 TWh" is the grid operator's "25,182 GWh":
energy, power, mass, distance, area, volume, speed and temperature are each read to a base
unit ("wh", "w", "t", ...) with the figure scaled by its prefix, so a thousandfold slip is a
figure that does not match and a change of prefix is the same figure. Units of different
kinds never compare (°C against °F, kilometres against miles: a copy editor converts those
and says so). Pure data and one function.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["MEASURE_AFTER", "MEASURE_NOTE", "is_measure", "measure_of"]

_K, _M, _G, _T = (Decimal(10) ** n for n in (3, 6, 9, 12))

# As written (lower-cased, spaces collapsed) -> (base unit, factor).
_MEASURES: dict[str, tuple[str, Decimal]] = {
    "wh": ("wh", Decimal(1)),
    "kwh": ("wh", _K),
    "mwh": ("wh", _M),
    "gwh": ("wh", _G),
    "twh": ("wh", _T),
    "kilowatt-hours": ("wh", _K),
    "kilowatt hours": ("wh", _K),
    "megawatt-hours": ("wh", _M),
    "megawatt hours": ("wh", _M),
    "gigawatt-hours": ("wh", _G),
    "gigawatt hours": ("wh", _G),
    "terawatt-hours": ("wh", _T),
    "terawatt hours": ("wh", _T),
    "kw": ("w", _K),
    "mw": ("w", _M),
    "gw": ("w", _G),
    "kilowatts": ("w", _K),
    "megawatts": ("w", _M),
    "gigawatts": ("w", _G),
    "t": ("t", Decimal(1)),
    "tonnes": ("t", Decimal(1)),
    "tonne": ("t", Decimal(1)),
    "metric tons": ("t", Decimal(1)),
    "kt": ("t", _K),
    "mt": ("t", _M),
    "kg": ("t", Decimal("0.001")),
    "kilograms": ("t", Decimal("0.001")),
    "kilogrammes": ("t", Decimal("0.001")),
    "km": ("km", Decimal(1)),
    "kilometres": ("km", Decimal(1)),
    "kilometers": ("km", Decimal(1)),
    "kilometre": ("km", Decimal(1)),
    "kilometer": ("km", Decimal(1)),
    "feet": ("ft", Decimal(1)),
    "foot": ("ft", Decimal(1)),
    "ft": ("ft", Decimal(1)),
    "metres": ("m", Decimal(1)),
    "meters": ("m", Decimal(1)),
    "metre": ("m", Decimal(1)),
    "meter": ("m", Decimal(1)),
    "m": ("m", Decimal(1)),
    "ounces": ("oz", Decimal(1)),
    "troy ounces": ("oz", Decimal(1)),
    "oz": ("oz", Decimal(1)),
    "miles": ("mi", Decimal(1)),
    "mile": ("mi", Decimal(1)),
    "mm": ("mm", Decimal(1)),
    "millimetres": ("mm", Decimal(1)),
    "millimeters": ("mm", Decimal(1)),
    # Centimetres stay their own unit: a snowfall table in "(cm)" and a story's centimetres.
    "cm": ("cm", Decimal(1)),
    "centimetres": ("cm", Decimal(1)),
    "centimeters": ("cm", Decimal(1)),
    "inches": ("in", Decimal(1)),
    "ha": ("ha", Decimal(1)),
    "hectares": ("ha", Decimal(1)),
    "hectare": ("ha", Decimal(1)),
    "acres": ("acre", Decimal(1)),
    "km2": ("km2", Decimal(1)),
    "sq km": ("km2", Decimal(1)),
    "square kilometres": ("km2", Decimal(1)),
    "square kilometers": ("km2", Decimal(1)),
    "barrels": ("bbl", Decimal(1)),
    "bbl": ("bbl", Decimal(1)),
    "gallons": ("gal", Decimal(1)),
    "gallon": ("gal", Decimal(1)),
    "cubic metres": ("m3", Decimal(1)),
    "cubic meters": ("m3", Decimal(1)),
    "litres": ("l", Decimal(1)),
    "liters": ("l", Decimal(1)),
    "mbps": ("bps", _M),
    "gbps": ("bps", _G),
    "km/h": ("km/h", Decimal(1)),
    "mph": ("mph", Decimal(1)),
    "°c": ("°c", Decimal(1)),
    "c": ("°c", Decimal(1)),
    "degrees celsius": ("°c", Decimal(1)),
    "degrees c": ("°c", Decimal(1)),
    # Durations, to seconds: "an average of 7 min 42 s" is the story's "7 minutes 42
    # seconds" (orchestrator/figures.py reads the two parts as one), "1.5 hours" its 90 minutes.
    "seconds": ("s", Decimal(1)),
    "second": ("s", Decimal(1)),
    "secs": ("s", Decimal(1)),
    "sec": ("s", Decimal(1)),
    "minutes": ("s", Decimal(60)),
    "minute": ("s", Decimal(60)),
    "mins": ("s", Decimal(60)),
    "min": ("s", Decimal(60)),
    "hours": ("s", Decimal(3600)),
    "hour": ("s", Decimal(3600)),
    "hrs": ("s", Decimal(3600)),
    "heures": ("s", Decimal(3600)),  # "Durée moyenne de séjour sur civière : 16,4 heures"
    "heure": ("s", Decimal(3600)),
    "°f": ("°f", Decimal(1)),
    "f": ("°f", Decimal(1)),
    "degrees fahrenheit": ("°f", Decimal(1)),
    "degrees f": ("°f", Decimal(1)),
}

# For orchestrator/figures.py's pattern: a unit written after the amount, with a space or
# without. Letters alone ("t", "c", "f", "in") only when glued and never before a letter.
_SPELLED = sorted(
    (key for key in _MEASURES if len(key) > 2 and not key.startswith("°")), key=len, reverse=True
)
MEASURE_AFTER = (
    r"(?:(?:" + "|".join(re.escape(key).replace(r"\ ", r"\s") for key in _SPELLED) + r")(?![\w/])"
    r"|°\s?[CF]\b|(?-i:[kMGT]Wh|[kMG]W|kg|km|mm|cm|ha|bbl|Mt|kt|ft|oz)(?![\w/])"
    # "4.82 m, rising": metres only spaced and before a stop (glued, "4.8m" is a million)
    r"|(?<=\s)(?-i:m)(?=[,.;)]|\s*$)"
    # a rate's unit, its denominator dropped: "4.31 t/ha" is tonnes, as "4.3 tonnes a hectare"
    r"|(?-i:t|kg|bbl)(?=/[a-z]{1,3}\b))"
)

# A measure in a caption's or a head's note: "(GWh)", "(t/ha)", "(°C)", "(cm)".
MEASURE_NOTE = (
    "|".join(re.escape(key).replace(r"\ ", r"\s") for key in _SPELLED)
    + r"|°\s?[CF]|(?-i:[kMGT]Wh|[kMG]W|kg|km|mm|cm|ha|bbl|Mt|kt|t)(?=/|\b)"
)


def measure_of(written: str) -> tuple[str, Decimal] | None:
    """The base unit and factor of a unit as written ("GWh" -> ("wh", 10**9)), or None."""
    key = " ".join(written.lower().replace("°", "° ").split()).replace("° ", "°")
    return _MEASURES.get(key)


_BASES = frozenset(base for base, _ in _MEASURES.values())


def is_measure(unit: str | None) -> bool:
    """Whether a figure's unit is a unit of measure this table reads ("wh", "°c")."""
    return unit in _BASES
