"""Claims found by their words across runs: "which step introduced the claim about 335
horsepower?" asked without a run number.

Plain data and the words of the search; the query is storage's (`History.find_claims`), which
applies the asker's `Scope` in SQL like every list, so a claim of a run the asker may not
see is never found for them. Bounded twice: the newest `max_runs` runs with a match, and
`max_claims` claims of them, from runs of the last `days` days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from orchestrator.domain import Claim

MAX_RUNS = 5
MAX_CLAIMS = 10
RECENT_DAYS = 90
MAX_WORDS = 6
# Words that say nothing about a claim's subject.
_STOP = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "is",
        "was", "were", "be", "been", "that", "this", "it", "its", "their", "claim",
        "claims", "about", "which", "what", "where", "who", "step",
    }
)  # fmt: skip


@dataclass(frozen=True)
class ClaimQuery:
    words: tuple[str, ...]  # every one must be in the claim's text (case-insensitive)
    thread: tuple[str, str] | None = None  # (channel, thread_ts): only that thread's runs
    since: datetime | None = None
    max_runs: int = MAX_RUNS
    max_claims: int = MAX_CLAIMS


@dataclass(frozen=True)
class FoundClaim:
    run_id: int
    url: str
    created_at: datetime
    position: int  # 0-based, as stored
    claim: Claim


@dataclass(frozen=True)
class Found:
    claims: list[FoundClaim]
    more: bool  # more claims matched in those runs than were returned


def search_words(phrase: str) -> tuple[str, ...]:
    """The words to look for: "the 335 horsepower engine" → ("335", "horsepower", "engine").
    Figures keep their inner punctuation (£14.2, 1,200); at most MAX_WORDS."""
    tokens = re.findall(r"[£$€]?\d[\d.,]*%?|[^\W\d_][\w'’-]*", phrase.lower())
    words: list[str] = []
    for token in tokens:
        token = token.rstrip(".,")
        if (
            token
            and token not in _STOP
            and token not in words
            and (len(token) > 1 or token.isdigit())
        ):
            words.append(token)
    return tuple(words[:MAX_WORDS])
