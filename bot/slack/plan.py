"""A run as a Slack plan: one task card per step and per gate, in the order they happen.

The same cards are sent two ways. While a run streams (chat.startStream with
`task_display_mode=plan`) each change goes as a `task_update` chunk, only the cards that
changed; a plan message that is no longer streaming (a run resumed by a restart or after a
gate) is updated in place as a `plan` block of `task_card` blocks. Both are built with
slack_sdk's own models (TaskUpdateChunk, PlanBlock, TaskCardBlock, UrlSourceElement), so a
field Slack does not know is caught here and not by a refused call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from slack_sdk.models.blocks import PlanBlock, TaskCardBlock, UrlSourceElement
from slack_sdk.models.messages.chunk import PlanUpdateChunk, TaskUpdateChunk

from bot import render
from orchestrator.citation import citations_in
from orchestrator.domain import Gate, GateDecision, Run, RunStatus, Step, StepStatus

JSON = dict[str, Any]

# The steps every run plans, in order; a card is pending until its step starts.
PLANNED = ("fetch", "summarise", "fact_check", "tag", "merge")
TITLES = {
    "fetch": "Fetch the article",
    "summarise": "Summarise it",
    "fact_check": "Fact-check the claims and their sources",
    "tag": "Tag it",
    "merge": "Put the result together",
}
# Steps that wait on the model: the thread shows a loading status while one runs.
MODEL_STEPS = frozenset({"summarise", "fact_check", "tag"})
# Slack shows a card's details and output as a line or two; the trace has the rest.
DETAIL_LIMIT = 300
MAX_SOURCES = 8
_STEP_STATUS = {
    StepStatus.RUNNING: "in_progress",
    StepStatus.SUCCEEDED: "complete",
    StepStatus.FAILED: "error",
}


@dataclass(frozen=True)
class Task:
    id: str
    title: str
    status: str  # pending / in_progress / complete / error
    details: str | None = None
    output: str | None = None
    sources: tuple[tuple[str, str], ...] = ()  # (url, text)

    def chunk(self) -> JSON:
        return TaskUpdateChunk(
            id=self.id,
            title=self.title,
            status=self.status,
            details=self.details,
            output=self.output,
            sources=[UrlSourceElement(url=u, text=t) for u, t in self.sources] or None,
        ).to_dict()

    def card(self) -> TaskCardBlock:
        return TaskCardBlock(
            task_id=self.id,
            title=self.title,
            status=self.status,
            details=_rich(self.details),
            output=_rich(self.output),
            sources=[UrlSourceElement(url=u, text=t) for u, t in self.sources] or None,
        )


def title(run: Run) -> str:
    return f"Run #{run.id} · {render.short(run.url, 120)} · {render.STATUS_WORD[run.status]}"


def tasks(run: Run) -> list[Task]:
    """Every card of the run's plan as it stands: steps (latest attempt), with each gate
    after the step it follows, then the steps not started yet."""
    latest: dict[str, Step] = {}
    for step in sorted(run.steps, key=lambda s: (s.started_at, s.attempt)):
        latest[step.name] = step
    happened: list[tuple[Any, Task]] = [(s.started_at, _step_task(run, s)) for s in latest.values()]
    happened += [(g.created_at, _gate_task(g)) for g in run.gates]
    happened.sort(key=lambda pair: pair[0])
    cards = [task for _, task in happened]
    for name in PLANNED:
        if name not in latest:
            note = "not run" if run.status.is_final else None
            cards.append(Task(f"step-{name}", TITLES[name], "pending", details=note))
    return cards


def start_chunks(run: Run, cards: list[Task]) -> list[JSON]:
    return [PlanUpdateChunk(title=title(run)).to_dict(), *(t.chunk() for t in cards)]


def changed(before: dict[str, Task], cards: list[Task]) -> list[Task]:
    return [t for t in cards if before.get(t.id) != t]


def plan_blocks(run: Run) -> list[JSON]:
    """The plan as blocks, for a plan message updated in place (chat.update)."""
    block = PlanBlock(title=title(run), tasks=[t.card() for t in tasks(run)])
    return [block.to_dict()]


def model_step_running(run: Run) -> str | None:
    """The model step running now, if any (for the loading status)."""
    if run.status is not RunStatus.RUNNING:
        return None
    running = [
        s.name for s in run.steps if s.status is StepStatus.RUNNING and s.name in MODEL_STEPS
    ]
    return running[0] if running else None


def loading_text(step: str) -> str:
    return f"is {render.STEP_DOING.get(step, step)}…"


def _step_task(run: Run, step: Step) -> Task:
    name = TITLES.get(step.name, step.name)
    if step.attempt > 1:
        name += f" (attempt {step.attempt})"
    status = _STEP_STATUS.get(step.status, "pending")
    if step.status is StepStatus.RUNNING and run.status.is_final:
        status = "error"  # the run ended around it (cancelled, stopped)
    if step.finished_at is not None:
        details = f"took{render.seconds(step)}, finished {step.finished_at:%H:%M:%S} UTC"
    else:
        details = f"started {step.started_at:%H:%M:%S} UTC"
    output = step.error if step.status is StepStatus.FAILED else _output(step)
    return Task(
        f"step-{step.name}" + (f"-{step.attempt}" if step.attempt > 1 else ""),
        name,
        status,
        details=details,
        output=_short(output),
        sources=_sources(run, step),
    )


def _gate_task(gate: Gate) -> Task:
    decision = gate.effective
    if gate.decision is GateDecision.ESCALATE:
        status, what = "in_progress", "waiting for an approver"
    elif decision is GateDecision.REJECTED:
        status, what = "error", render.gate_line(gate)
    else:
        status, what = "complete", render.gate_line(gate)
    if gate.decision is GateDecision.CONTINUE:
        what = f"passed — {gate.reason}"
    return Task(
        f"gate-{gate.name}-{gate.attempt}",
        f"{gate.name.replace('_', '-')} gate",
        status,
        details=_short(what if gate.decision is not GateDecision.ESCALATE else gate.reason),
        output=None if gate.decision is not GateDecision.ESCALATE else what,
    )


def _output(step: Step) -> str | None:
    out = step.output or {}
    if step.name == "summarise" and isinstance(out.get("claims"), list):
        return f"{len(out['claims'])} claims"
    if step.name == "fact_check" and isinstance(out.get("checks"), list):
        cited = len(out.get("citations") or [])
        return f"{len(out['checks'])} claims checked, {cited} citations followed"
    if step.name == "tag" and isinstance(out.get("tags"), list):
        return ", ".join(str(t) for t in out["tags"][:10]) or None
    return None


def _sources(run: Run, step: Step) -> tuple[tuple[str, str], ...]:
    if step.name == "fetch" and step.status is StepStatus.SUCCEEDED:
        return ((run.url, render.short(run.url, 60)),)
    if step.name != "fact_check":
        return ()
    seen: dict[str, str] = {}
    for citation in citations_in(step.output or {}):
        url = citation.source_url
        if url.startswith(("http://", "https://")) and url not in seen:
            seen[url] = render.short(url, 60)
    return tuple(list(seen.items())[:MAX_SOURCES])


def _short(text: str | None) -> str | None:
    # A card's text is plain: a mention's markup (<@U…>) would show as typed.
    return render.short(_MENTION.sub(r"@\1", text), DETAIL_LIMIT) if text else None


_MENTION = re.compile(r"<@([UW][A-Z0-9]+)>")


def _rich(text: str | None) -> JSON | None:
    if not text:
        return None
    return {
        "type": "rich_text",
        "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
    }
