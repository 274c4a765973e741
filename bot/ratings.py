""" "How were this week's results rated?": the 👍 / 👎 people gave results, counted.

Only ratings of runs the asker may see are counted (their scope, bot/visibility.py): a
private run's rating is not told outside its conversation, not even as a number.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Protocol

from bot import answers
from bot.answers import Answer
from bot.question_kinds import QuestionKind
from orchestrator.visibility import Scope

KIND = QuestionKind.RATINGS
_ASKS = re.compile(r"\b(?:rated|rating|ratings|thumbs|feedback|👍|👎)\b|👍|👎")


class RatingCounts(Protocol):
    @property
    def good(self) -> int: ...
    @property
    def bad(self) -> int: ...
    @property
    def runs(self) -> int: ...


class RatingSource(Protocol):
    async def ratings(
        self, since: datetime | None = None, until: datetime | None = None, *, scope: Scope
    ) -> RatingCounts: ...


def asks_about_ratings(words: str) -> bool:
    return bool(_ASKS.search(words))


def ratings_answer(label: str, counts: RatingCounts) -> Answer:
    total = counts.good + counts.bad
    if total == 0:
        return answers.plain_answer(f"No results you can see were rated {label}.")
    share = round(100 * counts.good / total)
    runs = "1 run" if counts.runs == 1 else f"{counts.runs} runs"
    return answers.plain_answer(
        f"Results rated {label}: 👍 {counts.good} · 👎 {counts.bad} "
        f"({share}% good, over {runs} you can see)."
    )
