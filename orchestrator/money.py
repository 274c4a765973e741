"""Currencies as newsrooms and statistics offices write them, one table for every reader.

"KSh2.4bn", "R$ 312 million", "₦1.2trn", "CHF 45m", "Rs 3,400 crore", "4.5bn kronor",
"12 mln zł": a currency may be a symbol, a local abbreviation glued to the digits, an ISO code
before or after the amount, or a word after it. Each is read to one code, so an article's
"KSh2.4bn" and its source's "KSh 2.41 billion" are the same kind of figure, and a table's
"(KSh million)" caption scales its cells.

Some symbols name a family rather than one currency: a Canadian paper's "$" is the release's
"C$", a Swedish paper's "kr" the bureau's "SEK". Within a family amounts compare; across
families (pounds against euros) they never do. Pure and deterministic.
"""

from __future__ import annotations

import re

__all__ = [
    "CURRENCY_AFTER",
    "CURRENCY_BEFORE",
    "CURRENCY_LABEL",
    "CURRENCY_SIGNS",
    "CURRENCY_WORDS",
    "DOT_GROUPED",
    "code_of",
    "code_of_word",
    "compatible",
    "is_currency",
]

# Written before the amount, glued or with a space. Keys are matched case-sensitively where
# the letters alone could be a word ("R" for rand only before a figure, below).
_BEFORE = {
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "nt$": "TWD",
    "mx$": "MXN",
    "mex$": "MXN",
    "r$": "BRL",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₦": "NGN",
    "₩": "KRW",
    "₪": "ILS",
    "₱": "PHP",
    "฿": "THB",
    "₺": "TRY",
    "₴": "UAH",
    "₫": "VND",
    "₨": "INR",
    "ksh": "KES",
    "kshs": "KES",
    "rs": "INR",
    "rs.": "INR",
    "rp": "IDR",
    "ps.": "MXN",
    "tsh": "TZS",
    "tshs": "TZS",
    "ush": "UGX",
    "ushs": "UGX",
    "le": "EGP",
    "e£": "EGP",
    "gh₵": "GHS",
    "gh¢": "GHS",
    "₵": "GHS",
    "kč": "CZK",
    "rm": "MYR",
    "sfr": "CHF",
    "sfr.": "CHF",
    "fr.": "CHF",
    "zł": "PLN",
    "dh": "AED",
    "dhs": "AED",
    "tk": "BDT",
    "s/": "PEN",
    "s/.": "PEN",
    "sr": "SAR",
    "qr": "QAR",
    "frw": "RWF",
    "j$": "JMD",
    "fj$": "FJD",
    "tt$": "TTD",
    "ec$": "XCD",
    "bds$": "BBD",
    "jd": "JOD",
    "br": "ETB",
    "r": "ZAR",
    "n": "NGN",
}

# ISO 4217 codes a story or a release writes next to an amount ("EUR 2.3m", "45m CHF").
_ISO = tuple(
    (  # noqa: SIM905 - a table of codes reads best as one
        "USD GBP EUR JPY INR KES NGN ZAR BRL MXN PLN SEK NOK DKK ISK CHF CAD AUD NZD SGD HKD "
        "CNY RMB TWD KRW ILS PHP THB TRY UAH VND IDR MYR PKR LKR BDT EGP GHS TZS UGX RWF ETB "
        "MAD AED SAR QAR CZK HUF RON CLP COP PEN ARS NPR UYU RSD KWD BHD OMR KZT "
        "JMD FJD TTD XCD BBD JOD XOF XAF UZS ISK"
    ).split()
)

# Written after the amount.
_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "rupee": "INR",
    "rupees": "INR",
    "naira": "NGN",
    "rand": "ZAR",
    "shilling": "KES",
    "shillings": "KES",
    "franc": "CHF",
    "francs": "CHF",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "kr": "SEK",
    "zloty": "PLN",
    "zlotys": "PLN",
    "złoty": "PLN",
    "zł": "PLN",
    "peso": "MXN",
    "pesos": "MXN",
    "reais": "BRL",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "won": "KRW",
    "lira": "TRY",
    "liras": "TRY",
    "shekel": "ILS",
    "shekels": "ILS",
    "cedi": "GHS",
    "cedis": "GHS",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "korunas": "CZK",
    "korun": "CZK",
    "kč": "CZK",
    "nis": "ILS",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "taka": "BDT",
    "soles": "PEN",
    "dong": "VND",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnya": "UAH",
    "lei": "RON",
    "dinars": "RSD",
    "dinar": "RSD",
    "tenge": "KZT",
    "birr": "ETB",
    "som": "UZS",
    "so'm": "UZS",
}

# One currency's other names, and the symbols that stand for any member of a family: a
# Canadian paper's "$" is its source's "C$" (so "US$" and "A$" compare too, a swap no careful
# writer makes and no source check could tell from the digits).
_FAMILIES = (
    # (Not the Jamaican, Fijian or Trinidad dollar: their releases put J$ and US$ side by
    # side, and a story that swaps them has the wrong figure, which stopping is the point.)
    frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"}),  # "$", "dollars"
    frozenset({"SEK", "NOK", "DKK", "ISK"}),  # "kr", "kronor", "kroner"
    frozenset({"CNY", "RMB"}),
    frozenset({"INR", "PKR", "LKR", "NPR"}),  # "Rs", "rupees"
    frozenset({"MXN", "CLP", "COP", "ARS", "PHP"}),  # "pesos"
    frozenset({"KES", "TZS", "UGX"}),  # "shillings"
    frozenset({"RSD", "KWD", "BHD", "JOD"}),  # "dinars"
)

# Local abbreviations, as written (case matters: "Rs" is rupees, "rs" is nothing).
_LETTERS = (
    *("KShs", "Kshs", "KSh", "Ksh", "TShs", "TSh", "Tsh", "UShs", "USh", "Ush", "Rs.", "Rs"),
    *("Rp", "RM", "SFr.", "SFr", "Fr.", "Ps.", "zł", "LE", "E£", "GH₵", "GH¢", "Kč", "NIS"),
    *("Dhs", "Dh", "S/.", "S/", "FRw", "Frw"),
)
# Letters that are a currency only before an amount a reader could take for money ("Tk
# 31,232 crore", "SR2.5bn"), as the lone "R" and "N" below: "SR 520" is a road.
_GUARDED = ("Tk", "SR", "QR", "JD", "Br")


def _alternation(keys: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(key) for key in sorted(keys, key=len, reverse=True))


_SYMBOLS = [key for key in _BEFORE if not any(ch.isalpha() for ch in key) or "$" in key]
# "R312m", "R 1.2 billion", "N2.5bn": a lone capital is a currency only before an amount a
# reader could take for money (a decimal, a thousands separator or a scale), never in "R2"
# (a road) or "N95" (a mask).
_MONEYISH = (
    r"(?=\s?\d(?:[\d,.]*\d)?\s?(?:bn|mn|m|k|tn|trn|million|billion|trillion|crore|lakh)\b"
    r"|\s?\d{1,3}(?:[,.]\d{3})+|\s?\d+\.\d)"
)

# For orchestrator/figures.py's pattern: the currency written before an amount.
CURRENCY_BEFORE = (
    rf"(?:(?i:{_alternation(_SYMBOLS)})"
    rf"|(?-i:(?:{_alternation(_LETTERS)}|{'|'.join(_ISO)})(?=\s?\d))"
    rf"|(?-i:(?:{_alternation(_GUARDED)}|[RN]){_MONEYISH}))"
)
# The currency written after one: a word or a code.
CURRENCY_AFTER = rf"(?:(?i:(?:{_alternation(list(_WORDS))})(?![\w$]))|(?-i:(?:{'|'.join(_ISO)})\b))"
# A currency in a table's unit note, "(£000)", "(KSh million)", "NZ$ m": no amount follows.
CURRENCY_LABEL = (
    rf"(?:(?i:{_alternation(_SYMBOLS)})|(?-i:{_alternation(_LETTERS)}|{'|'.join(_ISO)}))"
)
# A currency named in words in a unit note: "(billion euros)", "in thousands of rand".
CURRENCY_WORDS = rf"(?i:\b(?:{_alternation(list(_WORDS))})\b)"
# The signs that may stand right before a number's digits: a number glued to one is the
# tail of a currency, never a figure of its own.
CURRENCY_SIGNS = "".join(sorted({ch for key in _SYMBOLS for ch in key if not ch.isalpha()}))


# Currencies whose amounts group thousands with dots, even one group ("Rp 1.250 miliar").
DOT_GROUPED = frozenset({"IDR", "VND"})


def code_of(written: str) -> str | None:
    """The ISO code for a currency as written ("KSh", "R$", "kronor", "EUR"), or None."""
    token = written.strip()
    if token.upper() in _ISO:
        return "CNY" if token.upper() == "RMB" else token.upper()
    lowered = token.lower()
    return _BEFORE.get(lowered) or _WORDS.get(lowered)


def code_of_word(written: str) -> str | None:
    """The code for a currency written *after* an amount ("kronor", "CHF"), or None: a
    letter glued to digits ("5n", "3r") is no currency there."""
    token = written.strip()
    if token.upper() in _ISO and token.isupper():
        return code_of(token)
    return _WORDS.get(token.lower())


def compatible(left: str, right: str) -> bool:
    """Whether two currency codes can be the same money: equal, or one family's members."""
    if left == right:
        return True
    return any(left in family and right in family for family in _FAMILIES)


_CODES = frozenset(_ISO) | frozenset(_BEFORE.values()) | frozenset(_WORDS.values())


def is_currency(unit: str | None) -> bool:
    """Whether a figure's unit is money (a code this table gives), not a measure."""
    return unit in _CODES
