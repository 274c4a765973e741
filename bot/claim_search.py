"""Claims found by their words: "which step introduced the claim about 335 horsepower?".

Asked in a run's thread, that thread's runs are searched first; otherwise (or when they
have no such claim) the recent runs the asker may see here. Each claim is answered with its
run, step, agent, round and evidence, as "where did claim 2 in run 42 come from" is.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from bot import answers
from bot.answer import Answer, Part
from bot.question_kinds import QuestionKind
from bot.visibility import Viewer, Visibility
from orchestrator.claim_search import (
    MAX_CLAIMS,
    MAX_RUNS,
    RECENT_DAYS,
    ClaimQuery,
    Found,
    search_words,
)
from orchestrator.history import History

KIND = QuestionKind.CLAIM_SEARCH

_ASKS = re.compile(
    r"\b(?:where|provenance|come from|came from|source|origin|introduced|which step|"
    r"which run|what step|find|search|look up)\b"
)
_QUOTED = re.compile(r"[\"“‘]([^\"”’]{2,})[\"”’]")
_ABOUT = re.compile(
    r"\b(?:about|mentioning|saying|that says|with)\s+(?:the\s+)?(.+?)"
    r"(?:\s+(?:come|came)\s+from\b.*)?[\s?!.]*$"
)


def asked_about(text: str, words: str) -> str | None:
    """What a question about a claim without a run number is about, or None when it is
    not one. `words`: the question lower-cased, spaces collapsed."""
    if not re.search(r"\bclaims?\b", words) or not _ASKS.search(words):
        return None
    quoted = _QUOTED.search(text)
    if quoted:
        return quoted.group(1).strip()
    about = _ABOUT.search(words)
    return about.group(1).strip() if about and search_words(about.group(1)) else None


async def answer(about: str, history: History, visibility: Visibility, viewer: Viewer) -> Answer:
    words = search_words(about)
    scope = await visibility.scope_for(viewer)
    since = datetime.now(UTC) - timedelta(days=RECENT_DAYS)
    where = "in the runs you may see here"
    found: Found | None = None
    if viewer.channel and viewer.thread_ts:
        in_thread = ClaimQuery(words, thread=(viewer.channel, viewer.thread_ts))
        found = await history.find_claims(in_thread, scope=scope)
        where = "in this thread's runs"
    if found is None or not found.claims:
        found = await history.find_claims(ClaimQuery(words, since=since), scope=scope)
        where = f"in the runs you may see here from the last {RECENT_DAYS} days"
    if not found.claims:
        return answers.plain_answer(f"I found no claim about “{about}” {where}.")
    title = f"*Claims about “{about}”* {where}, newest first"
    lines = [
        f"*Run #{f.run_id}* · <{f.url}>\n" + answers.claim_provenance(f.position + 1, f.claim)
        for f in found.claims
    ]
    note = (
        f"At most {MAX_CLAIMS} claims of the {MAX_RUNS} newest runs with one; "
        "name a run (`where did the claims in run 42 come from`) to see all of its claims."
    )
    text = "\n".join([title, *lines] + ([note] if found.more else []))
    blocks: list[Part] = [answers.section(title), *(answers.section(line) for line in lines)]
    if found.more:
        blocks.append(answers.context(note))
    return Answer(text, blocks)
