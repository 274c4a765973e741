"""What a Claude call costs: one price table, in one place.

Prices are list prices in USD per million tokens (MTok) from Anthropic's pricing page, as of
October 2026. A 5-minute cache write usually costs 1.25× the input price and a cache read 0.1×,
but newer models cut the read price (Sonnet 5.5 and Opus 5.5: 0.05×; Fable 5.1: 0.025×), so
every row spells out all four prices instead of deriving them. copydesk only writes 5-minute
cache entries (``{"type": "ephemeral"}`` without a ``ttl``), so the 1-hour write price is not
kept.

Prices are kept per model *family* (the alias, e.g. ``claude-sonnet-5-5``): the API answers
an alias with the dated snapshot that served it (``claude-sonnet-5-5-20260929``), and a
snapshot costs what its family costs. A model whose family is not in the table has no known
price: its cost is counted as 0 and `unpriced` says so, so the thread, the trace page and
``show --json`` can say "cost unknown" instead of a silent $0.

When Anthropic changes a price, change this file and nothing else.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from orchestrator.usage import Usage

logger = logging.getLogger(__name__)

_PER_TOKEN = 1 / 1_000_000


@dataclass(frozen=True)
class Price:
    """USD per million tokens for one model (and one prompt-length band)."""

    input: float
    output: float
    cache_write: float  # 5-minute cache write
    cache_read: float

    def cost(
        self,
        *,
        input_tokens: int,
        output_tokens: int,
        cache_write_tokens: int,
        cache_read_tokens: int,
    ) -> float:
        return _PER_TOKEN * (
            input_tokens * self.input
            + output_tokens * self.output
            + cache_write_tokens * self.cache_write
            + cache_read_tokens * self.cache_read
        )


@dataclass(frozen=True)
class ModelPrice:
    """A model's price, with an optional dearer band for long prompts.

    Haiku 5.5 bills every token of a request (output included) at the dearer band when the
    prompt (input + cache reads + cache writes) is over the threshold.
    """

    base: Price
    long_prompt: Price | None = None
    long_prompt_threshold: int = 0

    def for_prompt(self, prompt_tokens: int) -> Price:
        if self.long_prompt is not None and prompt_tokens > self.long_prompt_threshold:
            return self.long_prompt
        return self.base


def _flat(input: float, output: float, cache_read: float) -> ModelPrice:
    return ModelPrice(Price(input, output, input * 1.25, cache_read))


_FABLE_5_2 = _flat(8.0, 40.0, 0.20)
_FABLE_5_1 = _flat(10.0, 50.0, 0.25)
_FABLE_5 = _flat(10.0, 50.0, 1.00)
_OPUS_5_5 = _flat(4.0, 20.0, 0.20)
_OPUS_4_5_TO_5 = _flat(5.0, 25.0, 0.50)
_SONNET_5_5 = _flat(2.0, 10.0, 0.10)
_SONNET_5 = _flat(2.0, 10.0, 0.20)
_SONNET_4 = _flat(3.0, 15.0, 0.30)
_HAIKU_5_5 = ModelPrice(
    base=Price(0.10, 0.50, 0.125, 0.01),
    long_prompt=Price(0.50, 2.50, 0.625, 0.05),
    long_prompt_threshold=100_000,
)
_HAIKU_4_5 = _flat(1.0, 5.0, 0.10)

# The model ids of anthropic 2.14's `types/model_param.py`. Mythos models share the price of
# the Fable model of the same version (Anthropic lists them together); Mythos Preview has no
# public list price, so it is left out and costs 0 with a warning.
PRICES: dict[str, ModelPrice] = {
    "claude-fable-5-2": _FABLE_5_2,
    "claude-mythos-5-2": _FABLE_5_2,
    "claude-fable-5-1": _FABLE_5_1,
    "claude-mythos-5-1": _FABLE_5_1,
    "claude-fable-5": _FABLE_5,
    "claude-mythos-5": _FABLE_5,
    "claude-opus-5-5": _OPUS_5_5,
    "claude-opus-5": _OPUS_4_5_TO_5,
    "claude-opus-4-8": _OPUS_4_5_TO_5,
    "claude-opus-4-7": _OPUS_4_5_TO_5,
    "claude-opus-4-6": _OPUS_4_5_TO_5,
    "claude-opus-4-5": _OPUS_4_5_TO_5,
    "claude-opus-4-5-20251101": _OPUS_4_5_TO_5,
    "claude-sonnet-5-5": _SONNET_5_5,
    "claude-sonnet-5": _SONNET_5,
    "claude-sonnet-4-6": _SONNET_4,
    "claude-sonnet-4-5": _SONNET_4,
    "claude-sonnet-4-5-20250929": _SONNET_4,
    "claude-haiku-5-5": _HAIKU_5_5,
    "claude-haiku-4-5": _HAIKU_4_5,
    "claude-haiku-4-5-20251001": _HAIKU_4_5,
}

_warned: set[str] = set()

# A snapshot id is its family's alias followed by the snapshot's date.
_SNAPSHOT_DATE = re.compile(r"-\d{8}$")


def family_of(model: str) -> str:
    """`model`'s family: the alias a dated snapshot id belongs to (an alias is its own)."""
    return _SNAPSHOT_DATE.sub("", model)


def price_of(model: str) -> ModelPrice | None:
    """The price of `model` (an alias or a dated snapshot of one), or None (logged once per
    model) when the table does not know its family."""
    price = PRICES.get(model) or PRICES.get(family_of(model))
    if price is None and model not in _warned:
        _warned.add(model)
        logger.warning(
            "no price for model %s (family %s); its cost is shown as unknown",
            model,
            family_of(model),
            extra={"action": "model_price_unknown", "model": model},
        )
    return price


def usage_with_cost(
    model: str,
    *,
    input_tokens: int,
    output_tokens: int,
    cache_write_tokens: int,
    cache_read_tokens: int,
) -> Usage:
    """One call's token counts as a `Usage`, priced for `model`."""
    model_price = price_of(model)
    cost = 0.0
    if model_price is not None:
        prompt_tokens = input_tokens + cache_write_tokens + cache_read_tokens
        cost = model_price.for_prompt(prompt_tokens).cost(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_write_tokens=cache_write_tokens,
            cache_read_tokens=cache_read_tokens,
        )
    return Usage(
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        cache_write_tokens=cache_write_tokens,
        cache_read_tokens=cache_read_tokens,
        cost_usd=cost,
    )


def price_known(model: str) -> bool:
    return model in PRICES or family_of(model) in PRICES


def unpriced(models: Iterable[str | None]) -> list[str]:
    """The models among `models` whose price is not known, once each, in order: the runs
    that used them cost more than the $ figure shown."""
    found: list[str] = []
    for model in models:
        if model and model != "offline" and not price_known(model) and model not in found:
            found.append(model)
    return found
