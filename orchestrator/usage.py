"""Tokens and cost: what a model call, a step or a run spent, how the run budget counts it,
and how it is written into results, diffs and logs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    cache_write_tokens: int = 0
    cache_read_tokens: int = 0
    cost_usd: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.input_tokens + other.input_tokens,
            self.output_tokens + other.output_tokens,
            self.cache_write_tokens + other.cache_write_tokens,
            self.cache_read_tokens + other.cache_read_tokens,
            self.cost_usd + other.cost_usd,
        )

    def to_json(self, *, total: bool = False) -> dict[str, int | float]:
        """The usage as written into results, diffs and logs; `total`: with total_tokens."""
        written: dict[str, int | float] = {
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cache_write_tokens": self.cache_write_tokens,
            "cache_read_tokens": self.cache_read_tokens,
        }
        if total:
            written["total_tokens"] = self.total_tokens
        written["cost_usd"] = round(self.cost_usd, 6)
        return written

    @property
    def budget_tokens(self) -> int:
        """Tokens as the run budget counts them: a cache read costs about a tenth of an
        input token, so it counts as a tenth — rereading a cached article is cheap, and the
        budget should not punish the caching that makes it so."""
        return (
            self.input_tokens
            + self.output_tokens
            + self.cache_write_tokens
            + -(-self.cache_read_tokens // 10)
        )

    @property
    def total_tokens(self) -> int:
        return (
            self.input_tokens
            + self.output_tokens
            + self.cache_write_tokens
            + self.cache_read_tokens
        )
