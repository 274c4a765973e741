"""Which figure parser to build the citation check on: measured, not assumed (issue 10).

    .venv/bin/python bench/figure_parsers.py

Pairs of (what an article writes, what its source writes, same figure?) — notation variants,
rounding, units that must agree, negatives, ranges, spelled-out numbers (in the article, and
"source words": what a source spells out for an article's digits). Each parser turns
both texts into (value, unit) and the pair "matches" when some value and unit agree
(rounded to the article's written decimals). Prints accuracy per group and microseconds per
text. The parsers: copydesk's own (orchestrator/figures.py alone, and with
orchestrator/spelled.py, which the source check uses), quantulum3 (quantities and
units), price-parser (money), number-parser and word2number (spelled-out numbers). The
optional ones are measured when installed (pip install quantulum3 price-parser number-parser
word2number); none is a dependency.
"""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

from orchestrator.figures import Figure, figures_in
from orchestrator.spelled import spelled_figures

PAIRS: dict[str, list[tuple[str, str, bool]]] = {
    "percent": [
        ("3.1 percent", "3.1%", True),
        ("3.1%", "3.1 per cent", True),
        ("3.1 per cent", "3.1 percent", True),
        ("3.1 percent", "3.1 million", False),
        ("4 percent", "4 percentage points", False),
    ],
    "money": [
        ("$58 million", "58 million dollars", True),
        ("$58 million", "$58,000,000", True),
        ("$58 million", "$58m", True),
        ("$58 million", "£58 million", False),
        ("2.3bn euros", "2.3 billion euros", True),
        ("$4 billion", "$4.4 billion", False),
    ],
    "counts": [
        ("1,200", "1200", True),
        ("1.2 thousand", "1,200", True),
        ("2.3bn", "2.3 billion", True),
        ("1,200", "2,100", False),
    ],
    "rounding": [
        ("3.1 percent", "3.14%", True),
        ("$4.2 billion", "$4,213,000,000", True),
        ("3.1 percent", "4.7%", False),
    ],
    "negative/range": [
        ("-0.3%", "−0.3 percent", True),
        ("-0.3%", "0.3%", False),
        ("3-4 percent", "3 percent", True),
    ],
    "spelled out": [
        ("three million", "3 million", True),
        ("twelve percent", "12%", True),
    ],
    # What a source spells out for an article's digits (the side copydesk reads in words).
    "source words": [
        ("12 libraries", "Twelve libraries closed", True),
        ("3 million", "three million people", True),
        ("2.5 million", "two and a half million people", True),
        ("342", "three hundred and forty-two", True),
        ("25 percent", "twenty-five per cent", True),
        ("25 percent", "A quarter of households", True),
        ("67 percent", "two thirds of members", True),
        ("20 percent", "one in five adults", True),
        ("70%", "seven in ten voters", True),
        ("50 percent", "half of all schools", True),
        ("12 libraries", "twenty libraries", False),
        ("25 percent", "in the first quarter", False),
        ("1 percent", "one of the largest", False),
        ("5", "between two and three", False),
    ],
}

Parsed = list[tuple[Decimal, str | None]]


def _all_figures(text: str) -> list[Figure]:
    return figures_in(text) + [figure for figure, _ in spelled_figures(text)]


def ours(text: str) -> Parsed:
    return [(f.value, f.unit) for f in _all_figures(text)]


def ours_match(article: str, source: str) -> bool:
    return any(a.matches(s) for a in _all_figures(article) for s in _all_figures(source))


def digits_only_match(article: str, source: str) -> bool:
    return any(a.matches(s) for a in figures_in(article) for s in figures_in(source))


def _quantulum() -> Callable[[str], Parsed] | None:
    try:
        from quantulum3 import parser
    except ImportError:
        return None

    def parse(text: str) -> Parsed:
        return [(Decimal(str(q.value)), q.unit.name) for q in parser.parse(text)]

    return parse


def _price_parser() -> Callable[[str], Parsed] | None:
    try:
        from price_parser import Price
    except ImportError:
        return None

    def parse(text: str) -> Parsed:
        price = Price.fromstring(text)
        return [] if price.amount is None else [(price.amount, price.currency)]

    return parse


def _number_parser() -> Callable[[str], Parsed] | None:
    try:
        from number_parser import parse as words_to_digits
    except ImportError:
        return None

    def parse(text: str) -> Parsed:
        return [(f.value, f.unit) for f in figures_in(words_to_digits(text))]

    return parse


def _word2number() -> Callable[[str], Parsed] | None:
    try:
        from word2number import w2n
    except ImportError:
        return None

    def parse(text: str) -> Parsed:
        try:
            return [(Decimal(w2n.word_to_num(text)), None)]
        except (ValueError, InvalidOperation, IndexError):
            return [(f.value, f.unit) for f in figures_in(text)]

    return parse


def _digits_first(article: str, source: str) -> bool:
    """number-parser writes spelled-out numbers as digits, then figures.py compares."""
    from number_parser import parse as words_to_digits

    return digits_only_match(words_to_digits(article), words_to_digits(source))


def _generic_match(parse: Callable[[str], Parsed]) -> Callable[[str, str], bool]:
    def match(article: str, source: str) -> bool:
        for a_value, a_unit in parse(article):
            for s_value, s_unit in parse(source):
                exponent = a_value.as_tuple().exponent
                places = -exponent if isinstance(exponent, int) else 0
                rounded = s_value.quantize(Decimal(1).scaleb(-max(places, 0)))
                if a_unit == s_unit and (a_value in (s_value, rounded)):
                    return True
        return False

    return match


def main() -> None:
    warnings.simplefilter("ignore")  # quantulum3 warns that its optional classifier is absent
    parsers: dict[str, tuple[Callable[[str], object], Callable[[str, str], bool]]] = {
        "figures.py alone": (lambda text: figures_in(text), digits_only_match),
        "figures.py+spelled.py": (ours, ours_match),
    }
    for name, make in (
        ("quantulum3", _quantulum),
        ("price-parser", _price_parser),
        ("number-parser+figures.py", _number_parser),
        ("word2number+figures.py", _word2number),
    ):
        parse = make()
        if parse is None:
            print(f"{name}: not installed, skipped")
            continue
        match = _generic_match(parse)
        if name.startswith("number-parser"):
            match = _digits_first
        parsers[name] = (parse, match)
    groups = list(PAIRS)
    print(f"{'parser':<26}" + "".join(f"{g:>16}" for g in groups) + f"{'ALL':>10}{'µs/text':>10}")
    texts = [t for pairs in PAIRS.values() for a, s, _ in pairs for t in (a, s)]
    for name, (parse, match) in parsers.items():
        cells = []
        right_all = total_all = 0
        for group in groups:
            pairs = PAIRS[group]
            right = 0
            for article, source, same in pairs:
                # A parser that crashes on a case gets it wrong.
                with contextlib.suppress(Exception):
                    right += match(article, source) == same
            right_all += right
            total_all += len(pairs)
            cells.append(f"{right}/{len(pairs)}")
        started = time.perf_counter()
        for _ in range(5):
            for text in texts:
                with contextlib.suppress(Exception):
                    parse(text)
        micros = (time.perf_counter() - started) / (5 * len(texts)) * 1e6
        print(
            f"{name:<26}"
            + "".join(f"{c:>16}" for c in cells)
            + f"{right_all:>5}/{total_all:<4}{micros:>10.0f}"
        )


if __name__ == "__main__":
    main()
