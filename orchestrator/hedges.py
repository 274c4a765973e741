"""Hedged figures: "nearly £287,500", "more than 400", "about 3,000" — what a copy editor allows.

A hedge says the writer rounded, and which way: "nearly £287,500" stands for a source's
£287,460 (below it, within the hundred its last digit implies), "more than 400" for 412, but
"nearly 300" not for 312 (the wrong side) nor for 210 (far more than rounding). Without a
hedge the usual rule holds: a whole number must be exact, a decimal rounds to its places.
Pure and deterministic; the hedge is read from the article's own words next to the figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from orchestrator.figures import Figure

__all__ = ["Hedge", "hedge_before"]

BELOW, ABOVE, EITHER = "below", "above", "either"

_HEDGE_RE = re.compile(
    r"(?:\b(?P<below>nearly|almost|just\s+(?:under|below|short\s+of)|under|below|less\s+than"
    r"|fewer\s+than|not\s+quite)"
    r"|\b(?P<above>(?:just\s+)?(?:over|above)|more\s+than|(?:just\s+)?upwards\s+of"
    r"|in\s+excess\s+of|at\s+least"
    # a threshold crossed: "the first time the figure has topped 2,000"
    r"|topped|tops|exceeded|exceeds|surpassed|surpasses|passed\s+the|crossed\s+the)"
    r"|\b(?P<either>about|around|some|roughly|approximately|approx\.|circa|close\s+to"
    r"|an\s+estimated|of\s+the\s+order\s+of)"
    r")\s*$",
    re.IGNORECASE,
)
# How far a hedge reaches back: the words right before the figure, never the clause before.
_REACH = 24
# A hedge admits rounding, not another figure: at most a tenth away, however round the
# article's number ("nearly 300" is not the source's 210 though 300 is rounded to hundreds).
_MAX_SHARE = Decimal("0.1")
_SCALED_REACH = Decimal("0.05")


@dataclass(frozen=True)
class Hedge:
    """The hedge written before a figure: which side of it the source's value may be."""

    words: str  # as written: "nearly", "more than"
    side: str  # BELOW, ABOVE or EITHER

    def admits(self, figure: Figure, other: Figure) -> bool:
        """Whether the source's ``other`` is what the article's hedged ``figure`` rounds:
        on the hedge's side, within the rounding the figure's last digit implies."""
        if figure.value == 0 or (figure.value < 0) != (other.value < 0):
            return False
        if not figure.matches(replace(other, value=figure.value)):
            return False  # the units disagree: "nearly 40%" is not 39 million
        written, found = abs(figure.value), abs(other.value)
        step = implied_rounding(figure)
        if figure.scaled and self.side != EITHER:
            # "more than half a million" is a source's 512,300 and "nearly $4 billion" its
            # $3.85 billion: a one-sided hedge on a scaled amount reaches a twentieth.
            step = max(step, written * _SCALED_REACH)
        if figure.share:
            # "more than one in four" is a source's 26.4%, "about two in five" its 41.2%: a
            # share in words is a fraction, rounded further than its digits say.
            step = max(step, _SHARE_REACH)
        difference = found - written
        if self.side == BELOW:
            fits = -step <= difference <= 0
        elif self.side == ABOVE:
            fits = 0 <= difference <= step
        else:
            fits = abs(difference) * 2 <= step
        return fits and abs(difference) <= written * _MAX_SHARE


_SHARE_REACH = Decimal(3)  # percentage points


def implied_rounding(figure: Figure) -> Decimal:
    """The step a figure was rounded to, as its digits show: 100 for 287,500, 0.1 for 3.1,
    a hundred million for "$4.2 billion"."""
    # The place of the last digit that is not a trailing zero; "some 812" is exact, and
    # "about 830 million" was rounded to the ten million.
    exponent = int(abs(figure.value).normalize().as_tuple().exponent)
    if figure.quantum is not None:
        return max(figure.quantum, Decimal(1).scaleb(exponent))
    return Decimal(1).scaleb(max(exponent, 0))


def hedge_before(text: str, at: int) -> Hedge | None:
    """The hedge written right before offset ``at`` of ``text`` (the figure's start)."""
    if at <= 0:
        return None
    found = _HEDGE_RE.search(text[max(0, at - _REACH) : at])
    if found is None:
        return None
    side = BELOW if found["below"] else ABOVE if found["above"] else EITHER
    return Hedge(" ".join(found[0].split()).lower(), side)
