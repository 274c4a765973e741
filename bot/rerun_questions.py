"""Re-runs and diffs in chat: "rerun 42 from fact_check", "what changed between run 42 and 57".

Two new question kinds, self-contained: `rerun` (a command: approvers, or whoever asked for
the run) and `diff` (a question, answered from the stored traces). The Desk routes them here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import answers
from bot.answers import Answer
from bot.diff_render import diff_answer
from bot.question_kinds import QuestionKind
from orchestrator.compare import compare
from orchestrator.history import History
from orchestrator.ports import RunStore
from orchestrator.replay import PHASES, normalise_step

RERUN = QuestionKind.RERUN
DIFF = QuestionKind.DIFF

_RERUN = re.compile(
    r"^\s*re-?run\s+(?:run\s*)?#?\s*(\d+)"
    r"(?:\s+from\s+(?:the\s+)?([a-z_ -]+?)(?:\s+step)?)?"
    r"(?:\s+with\s+(?:model\s+)?([\w.:-]+))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\b(?:what(?:'s| has| is)? changed|what(?:'s| is) different|differences?|diff|compare)\b"
    r".*?\brun\s*#?\s*(\d+)\b.*?\b(?:and|with|to|vs\.?|versus)\s+(?:run\s*)?#?\s*(\d+)\b",
    re.IGNORECASE,
)
_BARE_DIFF = re.compile(r"^\s*(?:diff|compare)\s+#?(\d+)\s+#?(\d+)\s*$", re.IGNORECASE)
_CHANGED_IN = re.compile(
    r"\bwhat(?:'s| has| is)? changed\b.*?\b(?:in|on)\s+(?:the\s+re-?run\s+)?run\s*#?\s*(\d+)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ReplayAsk:
    kind: QuestionKind  # RERUN or DIFF
    run_id: int
    other_id: int | None = None  # DIFF: None compares run_id with its parent
    step: str | None = None  # RERUN: as typed when it names no step, for the answer to say
    model: str | None = None  # RERUN: "… with claude-haiku-4-5"


def parse(text: str) -> ReplayAsk | None:
    """A re-run or a diff asked for in words; None for anything else."""
    if match := _RERUN.match(text):
        typed = match.group(2)
        step = "summarise" if typed is None else (normalise_step(typed) or typed.strip())
        return ReplayAsk(RERUN, int(match.group(1)), step=step, model=match.group(3))
    if match := (_BARE_DIFF.match(text) or _BETWEEN.search(text)):
        return ReplayAsk(DIFF, int(match.group(1)), int(match.group(2)))
    if match := _CHANGED_IN.search(text):
        return ReplayAsk(DIFF, int(match.group(1)))
    return None


async def diff_answer_for(
    run_id: int,
    other_id: int | None,
    store: RunStore,
    history: History,
    public_url: str | None,
) -> Answer:
    first = await store.get_run(run_id)
    if first is None:
        return answers.plain_answer(f"I have no run #{run_id} to compare.")
    if other_id is None:
        if first.lineage is None:
            return answers.plain_answer(
                f"Run #{run_id} is not a re-run; ask `what changed between run {run_id} "
                "and N` to compare it with another run."
            )
        before, after = await store.get_run(first.lineage.parent_id), first
        if before is None:
            pruned = await history.pruned(first.lineage.parent_id)
            gone = "was pruned" if pruned is not None else "is gone"
            return answers.plain_answer(
                f"Run #{run_id} re-ran run #{first.lineage.parent_id}, which {gone}."
            )
    else:
        second = await store.get_run(other_id)
        if second is None:
            return answers.plain_answer(f"I have no run #{other_id} to compare.")
        before, after = first, second
    return diff_answer(compare(before, after), public_url)


HELP_LINES = (
    f"• `rerun 42 from fact_check` — a new run from that step ({', '.join(PHASES)}); "
    "approvers or whoever asked for run 42",
    "• `what changed between run 42 and 57` — claims, verdicts, gates, tokens, timings",
)
