"""Questions about runs, in the words people use: a message's text read as a `Question`.

Common phrasings are recognised without a model, so the answer is the same in Slack, the
console and `copydesk ask`. Anything not recognised is an UNKNOWN question, which
bot/questions.py hands to Claude when it is configured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot import claim_search, ratings, rerun_questions
from bot.question_kinds import QuestionKind
from orchestrator.domain import RunStatus
from orchestrator.history import RunFilter

# Every kind of question `parse` can return. A new kind goes in QuestionKind: the visibility
# test walks this list, and fails for a kind it has no example of.
KINDS = tuple(QuestionKind)


@dataclass(frozen=True)
class Question:
    kind: QuestionKind
    run_id: int | None = None
    status: RunStatus | None = None
    note: str | None = None  # an approver's reason, for "reject run 4 because …"
    claim: int | None = None  # "claim 2"
    about: str | None = None  # "the claim about the harbour"
    where: RunFilter = field(default_factory=RunFilter)
    mine: bool = False  # "my runs": the asker's
    before_id: int | None = None
    period: str | None = None  # "today", "yesterday", "week", "month"
    text: str = ""  # what was asked, for Claude and for "ask … before N"
    # "rerun 42 from fact_check" / "what changed between run 42 and 57" (bot/rerun_questions)
    other_id: int | None = None
    step: str | None = None
    model: str | None = None

    @property
    def is_command(self) -> bool:
        return self.kind in (QuestionKind.APPROVE, QuestionKind.REJECT, QuestionKind.CANCEL)


_COMMAND = re.compile(
    r"^\s*(approve|reject|cancel)\s+(?:run\s*)?#?\s*(\d+)\b[\s,.:;—-]*"
    r"(?:(?:because|reason)\b[\s:]*)?(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_RUN_ID = r"(?:run\s*)?#?\s*(\d+)"
_NAMED_RUN = re.compile(r"\brun\s*#?\s*(\d+)")
_LINK = re.compile(r"<(https?://[^|>\s]+)(?:\|([^>]*))?>")
_URL = re.compile(r"https?://[^\s<>|]+")
_DOMAIN = re.compile(
    r"\b(?:on|for|from|at|about|domain|site)\s+((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w/.-])"
)
_USER = re.compile(r"\bby\s+@?([A-Za-z0-9][A-Za-z0-9:._-]*)")
_ABOUT = re.compile(
    r"[\"“‘]([^\"”’]{2,})[\"”’]|\babout\s+(?:the\s+)?(.+?)\s+(?:in|on|from|come|came)\b"
)
_BEFORE = re.compile(r"\s*\bbefore\s+(?:run\s*)?#?\s*(\d+)\s*$")
_STATUS_WORDS = {
    "failed": RunStatus.FAILED,
    "waiting": RunStatus.WAITING,
    "escalated": RunStatus.WAITING,
    "queued": RunStatus.QUEUED,
    "running": RunStatus.RUNNING,
    "succeeded": RunStatus.SUCCEEDED,
    "finished": RunStatus.SUCCEEDED,
    "rejected": RunStatus.REJECTED,
    "cancelled": RunStatus.CANCELLED,
    "canceled": RunStatus.CANCELLED,
}
_PERIODS = (
    ("yesterday", r"\byesterday\b"),
    ("week", r"\b(?:this week|week|7 days|seven days)\b"),
    ("month", r"\b(?:this month|month|30 days)\b"),
    ("today", r"\b(?:today|24 hours|day)\b"),
)


def unlink(text: str) -> str:
    """Slack's `<https://x|label>` as the text a person typed: a bare domain stays a domain."""

    def one(match: re.Match[str]) -> str:
        url, label = match.group(1), match.group(2)
        if label and "://" not in label and "/" not in label:
            return label
        return url

    return _LINK.sub(one, text)


def asks_about_a_link(text: str) -> bool:
    """A question that names a link ("runs for <url>"), which must not start a run."""
    words = unlink(text).lower()
    return bool(re.search(r"\bruns?\b.*\b(?:for|on|from|about|of|at)\b", words)) and bool(
        re.search(r"^\s*(?:@\S+\s+)?(?:(?:show|list|any|all|recent|latest|failed|waiting|"
                  r"my)\s+)*runs?\b", words)
    )  # fmt: skip


def parse(text: str) -> Question:
    text = unlink(text).strip()
    if command := _COMMAND.match(text):
        note = command.group(3).strip() or None
        return Question(
            QuestionKind(command.group(1).lower()), int(command.group(2)), note=note, text=text
        )
    if replay := rerun_questions.parse(text):
        return Question(
            replay.kind,
            replay.run_id,
            other_id=replay.other_id,
            step=replay.step,
            model=replay.model,
            text=text,
        )
    words = " ".join(text.lower().split()).strip(" ?!.")
    if words in ("help", "hi", "hello", "?", "") or words.startswith("help"):
        return Question(QuestionKind.HELP, text=text)
    named = _NAMED_RUN.search(words)
    if named and re.search(r"\bwho\b", words):
        return Question(QuestionKind.WHO, int(named.group(1)), text=text)
    if named and re.search(
        r"\b(?:where|provenance|come from|came from|source|origin|introduced)\b", words
    ):
        claim = re.search(r"\bclaim\s*#?\s*(\d+)", words)
        about = _ABOUT.search(text)
        return Question(
            QuestionKind.CLAIM,
            int(named.group(1)),
            claim=int(claim.group(1)) if claim else None,
            about=(about.group(1) or about.group(2)).strip() if about else None,
            text=text,
        )
    if not named and (subject := claim_search.asked_about(text, words)):
        return Question(claim_search.KIND, about=subject, text=text)
    if match := re.search(r"\bwhy\b.*?" + _RUN_ID, words):
        return Question(QuestionKind.WHY, int(match.group(1)), text=text)
    if match := re.search(
        r"\b(?:what happened|show|trace|status|tell me about)\b.*?" + _RUN_ID, words
    ):
        return Question(QuestionKind.TRACE, int(match.group(1)), text=text)
    if match := re.fullmatch(r"run\s*#?\s*(\d+)", words):
        return Question(QuestionKind.TRACE, int(match.group(1)), text=text)
    if ratings.asks_about_ratings(words):
        period = next((name for name, pattern in _PERIODS if re.search(pattern, words)), "week")
        return Question(ratings.KIND, period=period, text=text)
    if re.search(r"\b(?:tokens?|cost|costs|spend|spent|spending|usage|how much)\b", words):
        period = next((name for name, pattern in _PERIODS if re.search(pattern, words)), "today")
        return Question(QuestionKind.TOTALS, period=period, text=text)
    # "runs", plural: "run 4's fact-check" is a question about one run, not a list.
    if re.search(r"\bruns\b", words):
        return _list_question(text, words)
    return Question(QuestionKind.UNKNOWN, text=text)


def _list_question(text: str, words: str) -> Question:
    before = _BEFORE.search(words)
    base = _BEFORE.sub("", text.strip(" ?!.")).strip() if before else text.strip(" ?!.")
    status = next(
        (s for word, s in _STATUS_WORDS.items() if re.search(rf"\b{word}\b", words)), None
    )
    url = _URL.search(text)
    domain = None if url else _DOMAIN.search(words)
    user = _USER.search(text)
    mine = bool(re.search(r"\bmy\b|\bby me\b", words))
    since = None
    if re.search(r"\btoday\b", words):
        since = _midnight(datetime.now(UTC))
    elif re.search(r"\bthis week\b", words):
        since = _week_start(datetime.now(UTC))
    where = RunFilter(
        status=status,
        url=url.group(0).rstrip(".,)") if url else None,
        domain=domain.group(1) if domain else None,
        user=user.group(1) if user and not mine else None,
        since=since,
    )
    return Question(
        QuestionKind.LIST,
        where=where,
        mine=mine,
        before_id=int(before.group(1)) if before else None,
        text=base,
    )


def _midnight(now: datetime) -> datetime:
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def _week_start(now: datetime) -> datetime:
    return _midnight(now) - timedelta(days=now.weekday())


def period_bounds(period: str, now: datetime) -> tuple[str, datetime, datetime]:
    today = _midnight(now)
    if period == "yesterday":
        return "yesterday", today - timedelta(days=1), today
    if period == "week":
        return "this week", _week_start(now), now
    if period == "month":
        return "this month", today.replace(day=1), now
    return "today", today, now
