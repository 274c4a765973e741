"""The summary phase: one summarise step for most articles; for a long one, a step per
section, run concurrently, and a synthesis step that merges them. And the model step's own
failure gate, which every step that asks the model goes through."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Literal

from orchestrator import gates
from orchestrator.domain import JSON, Article, GateDecision
from orchestrator.planner import plan_sections, synthesis_input
from orchestrator.steps import SUMMARISE, SYNTHESISE, StepAttempt, StepName
from orchestrator.trace import StepFailed, StepResult, Trace


class _Again(Enum):
    AGAIN = "again"


# Returned by a model step whose failure an approver answered with "try again": a value of
# its own type, so it can never be read as a step's output.
AGAIN = _Again.AGAIN
Again = Literal[_Again.AGAIN]

# The summarise step's body for a text and the approver's feedback, if any.
Summarise = Callable[[Article, str | None], Awaitable[StepResult]]


async def summary_phase(
    trace: Trace, article: Article, feedback: str | None, attempt: int, summarise: Summarise
) -> JSON | Again | None:
    """One summary: a single step for most articles; for long ones, a section step per
    part of the article, run concurrently, and a synthesis step that merges them."""
    sections = plan_sections(article)
    if len(sections) == 1:
        summary = await model_step(
            trace, "summarise", functools.partial(summarise, article, feedback), attempt
        )
        if summary is None or summary is AGAIN:
            return summary
        step = StepAttempt(StepName(SUMMARISE), attempt)
        source = trace.copied_from("summarise", attempt)
        return {"claims": [{**c, "step": step, "from_run": source} for c in summary["claims"]]}
    steps = [StepName.section_of(i) for i in range(1, len(sections) + 1)]
    parts = await asyncio.gather(
        *(
            model_step(trace, str(step), functools.partial(summarise, section, feedback), attempt)
            for step, section in zip(steps, sections, strict=True)
        )
    )
    if any(part is None for part in parts):
        return None
    if any(part is AGAIN for part in parts):
        return AGAIN
    # Every part has an answer here: none stopped the run, none is to be tried again.
    written = [part for part in parts if part is not None and part is not AGAIN]
    found = [[c["text"] for c in part["claims"]] for part in written]
    origin = {
        " ".join(c["quote"].split()): (
            StepAttempt(step, attempt),
            trace.copied_from(str(step), attempt),
        )
        for step, part in zip(steps, written, strict=True)
        for c in part["claims"]
    }
    merged = await model_step(
        trace,
        "synthesise",
        functools.partial(summarise, synthesis_input(article, found), feedback),
        attempt,
    )
    if merged is None or merged is AGAIN:
        return merged
    synthesised = (
        StepAttempt(StepName(SYNTHESISE), attempt),
        trace.copied_from("synthesise", attempt),
    )
    claims = []
    for c in merged["claims"]:
        step, source = origin.get(" ".join(c["quote"].split()), synthesised)
        claims.append({**c, "step": step, "from_run": source})
    return {"claims": claims}


async def model_step(
    trace: Trace, name: str, body: Callable[[], Awaitable[StepResult]], attempt: int
) -> JSON | Again | None:
    """A step that asks the model. If it fails after the model's own retries, its gate
    escalates: an approver may have it tried again (AGAIN) or stop the run (None)."""
    try:
        return await trace.step(name, body, attempt=attempt)
    except StepFailed as failure:
        outcome = gates.GateOutcome(
            GateDecision.ESCALATE,
            f"the {name} step failed after its retries: {failure.message}",
            {"error": failure.message, "step": name},
        )
        if await trace.gate(f"{name}_failed", outcome, attempt=attempt) is None:
            return None
        return AGAIN


async def until_done(
    trace: Trace, name: str, body: Callable[[], Awaitable[StepResult]]
) -> JSON | None:
    """A model step tried again for as long as an approver asks for it."""
    attempt = 0
    while True:
        attempt += 1
        output = await model_step(trace, name, body, attempt)
        if output is not AGAIN:
            return output
