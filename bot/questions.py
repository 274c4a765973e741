"""Questions about runs, in the words people use, answered from the stored trace.

Common phrasings are recognised without a model, so the answer is the same in Slack, the
console and `copydesk ask`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import render
from orchestrator.domain import GateDecision, RunStatus
from orchestrator.ports import RunStore

HELP = """I read article links and report what I find. Paste a link and I start a run.
You can ask me:
• `what happened on run 42` — its steps, gates, claims and tokens
• `why was run 42 escalated` — the gate's reason and evidence
• `recent runs`, `failed runs`, `waiting runs`
• `approve run 42`, `reject run 42 because …`, `cancel run 42` — approvers only
• `help` — this message"""


@dataclass(frozen=True)
class Question:
    kind: str  # "trace", "why", "list", "help", "approve", "reject", "cancel", "unknown"
    run_id: int | None = None
    status: RunStatus | None = None
    note: str | None = None  # an approver's reason, for "reject run 4 because …"

    @property
    def is_command(self) -> bool:
        return self.kind in ("approve", "reject", "cancel")


_COMMAND = re.compile(
    r"^\s*(approve|reject|cancel)\s+(?:run\s*)?#?\s*(\d+)\b[\s,.:;—-]*"
    r"(?:(?:because|reason)\b[\s:]*)?(.*)$",
    re.IGNORECASE | re.DOTALL,
)


_RUN_ID = r"(?:run\s*)?#?\s*(\d+)"


def parse(text: str) -> Question:
    if command := _COMMAND.match(text):
        note = command.group(3).strip() or None
        return Question(command.group(1).lower(), int(command.group(2)), note=note)
    words = " ".join(text.lower().split()).strip(" ?!.")
    if words in ("help", "hi", "hello", "?", "") or words.startswith("help"):
        return Question("help")
    if match := re.search(r"\bwhy\b.*?" + _RUN_ID, words):
        return Question("why", int(match.group(1)))
    if match := re.search(
        r"\b(?:what happened|show|trace|status|tell me about)\b.*?" + _RUN_ID, words
    ):
        return Question("trace", int(match.group(1)))
    if match := re.fullmatch(r"run\s*#?\s*(\d+)", words):
        return Question("trace", int(match.group(1)))
    for status in (RunStatus.FAILED, RunStatus.WAITING, RunStatus.QUEUED, RunStatus.RUNNING):
        if re.search(rf"\b{status.value}\b.*\bruns?\b|\bruns?\b.*\b{status.value}\b", words):
            return Question("list", status=status)
    if re.search(r"\b(?:recent|latest|last)\b.*\bruns?\b|^runs$|^list runs$", words):
        return Question("list")
    return Question("unknown")


async def answer(question: Question, store: RunStore) -> str:
    if question.kind == "help":
        return HELP
    if question.kind == "list":
        runs = await store.list_runs(status=question.status, limit=10)
        if not runs and question.status is not None:
            return f"No {question.status.value} runs."
        return render.runs_text(runs)
    if question.kind in ("trace", "why"):
        assert question.run_id is not None
        run = await store.get_run(question.run_id)
        if run is None:
            latest = await store.list_runs(limit=1)
            hint = f" The latest is run #{latest[0].id}." if latest else " There are no runs yet."
            return f"I have no run #{question.run_id}.{hint}"
        if question.kind == "trace":
            return render.trace_text(run)
        escalations = [
            g for g in run.gates if g.decision not in (GateDecision.CONTINUE, GateDecision.RETRY)
        ]
        if not escalations:
            return (
                f"Run #{run.id} was not escalated: every gate let it continue "
                f"({render.STATUS_WORD[run.status]})."
            )
        return "\n".join(
            [f"*Why run #{run.id} was escalated*", *(render.gate_line(g) for g in escalations)]
        )
    return (
        "I did not understand that. Paste an article link to start a run, or ask "
        "`what happened on run 42`, `recent runs` or `help`."
    )
