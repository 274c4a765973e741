"""Every kind of question `bot.question_parse.parse` can return, in one enum.

Its own module, with no imports: the modules that answer a kind (rerun_questions, ratings,
claim_search) name their kind from here, and question_parse imports them. A StrEnum, so a kind
still reads and compares as the word it always was.
"""

from __future__ import annotations

from enum import StrEnum


class QuestionKind(StrEnum):
    TRACE = "trace"
    WHY = "why"
    WHO = "who"
    CLAIM = "claim"
    LIST = "list"
    TOTALS = "totals"
    HELP = "help"
    APPROVE = "approve"
    REJECT = "reject"
    CANCEL = "cancel"
    RERUN = "rerun"
    DIFF = "diff"
    RATINGS = "ratings"
    CLAIM_SEARCH = "claim_search"
    UNKNOWN = "unknown"
