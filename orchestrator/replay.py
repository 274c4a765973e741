"""Re-runs: a new run from an earlier run's step on, the steps before it copied.

A re-run is an ordinary run (queued, leased, traced, resumable) whose trace starts with the
parent's committed steps before STEP already in it. The Trace replays committed steps
instead of running them, so the copied ones cost nothing and everything from STEP on runs
afresh, gates included: gates are never copied, today's gates judge the copied results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from orchestrator.domain import Lineage, Origin, Run, RunStatus, Step, StepStatus
from orchestrator.steps import StepName
from orchestrator.usage import Usage

log = logging.getLogger(__name__)

# The trunk's steps in the order a re-run counts "before" and "from". fact_check and tag run
# side by side; here tag counts as after fact_check, so `--from tag` keeps the fact-check.
PHASES = ("fetch", "summarise", "fact_check", "tag", "merge")


def phase_of(step_name: str) -> str:
    """The phase a step belongs to: a long article's section and synthesis steps summarise."""
    return StepName.parse(step_name).phase


def normalise_step(text: str) -> str | None:
    """A phase from how people write it ("fact-check", "Summarize"); None when it is none."""
    word = text.strip().lower().replace("-", "_").replace(" ", "_")
    word = {"summarize": "summarise", "factcheck": "fact_check", "check": "fact_check"}.get(
        word, word
    )
    if word in ("summary", "summarise_s", "synthesise"):
        word = "summarise"
    if word in ("tags", "tagging"):
        word = "tag"
    return word if word in PHASES else None


class RerunStore(Protocol):
    """Where re-runs are recorded: the run and its copied steps in one transaction."""

    async def create_rerun(
        self, url: str, origin: Origin, lineage: Lineage, copied: Sequence[Step]
    ) -> Run: ...

    async def reruns_of(self, run_id: int) -> list[Run]:
        """The runs re-run from this one, oldest first (without their traces)."""
        ...

    async def rerun_candidates(self, since: datetime, limit: int) -> list[Run]:
        """Finished runs since `since`, newest first, that are not evaluation re-runs."""
        ...


class ParentReader(Protocol):
    async def get_run(self, run_id: int) -> Run | None: ...


@dataclass(frozen=True)
class RerunRequest:
    parent_id: int
    from_step: str = "summarise"
    model: str | None = None
    refetch: bool = False
    evaluation: bool = False


@dataclass(frozen=True)
class RerunOutcome:
    ok: bool
    message: str  # a sentence for whoever asked
    run: Run | None = None
    parent: Run | None = None


class Rerunner:
    """Plans and records re-runs; a worker executes them like any other run."""

    def __init__(
        self,
        runs: ParentReader,
        reruns: RerunStore,
        wake: Callable[[], None],
        *,
        check_model: Callable[[str], str | None] = lambda _name: None,
    ) -> None:
        self.runs = runs
        self.reruns = reruns
        self.wake = wake
        # A sentence when a model cannot be used here (Claude without a key), else None.
        self.check_model = check_model

    async def rerun(self, request: RerunRequest, origin: Origin) -> RerunOutcome:
        parent = await self.runs.get_run(request.parent_id)
        if parent is None:
            return RerunOutcome(False, f"There is no run #{request.parent_id} to re-run.")
        return await self.rerun_of(parent, request, origin)

    async def rerun_of(self, parent: Run, request: RerunRequest, origin: Origin) -> RerunOutcome:
        problem = self.problem(parent, request)
        if problem is not None:
            return RerunOutcome(False, problem, parent=parent)
        copied = steps_to_copy(parent, request.from_step, refetch=request.refetch)
        lineage = Lineage(
            parent_id=parent.id,
            from_step=request.from_step,
            model=request.model,
            refetch=request.refetch,
            evaluation=request.evaluation,
        )
        run = await self.reruns.create_rerun(parent.url, origin, lineage, copied)
        log.info(
            "run %s queued: a re-run of run %s from %s",
            run.id,
            parent.id,
            request.from_step,
            extra={"action": "rerun_queued", "run_id": run.id, "parent": parent.id},
        )
        self.wake()
        kept = ", ".join(dict.fromkeys(s.name for s in copied))
        model = f" with {request.model}" if request.model else ""
        refetch = ", reading the article again" if request.refetch else ""
        told = f"copied from run #{parent.id}: {kept}" if kept else "nothing copied"
        return RerunOutcome(
            True,
            f"Run #{run.id} re-runs run #{parent.id} from {request.from_step}{model}{refetch}; "
            f"{told}.",
            run=run,
            parent=parent,
        )

    def problem(self, parent: Run, request: RerunRequest) -> str | None:
        """Why this run cannot be re-run so, in a sentence; None when it can."""
        if request.from_step not in PHASES:
            return f"There is no {request.from_step} step; re-run from one of {', '.join(PHASES)}."
        if parent.status in (RunStatus.QUEUED, RunStatus.RUNNING):
            return (
                f"Run #{parent.id} is still {parent.status.value}; re-run it once it has "
                "stopped (finished, failed, rejected or waiting at a gate)."
            )
        if request.model is not None and (problem := self.check_model(request.model)):
            return problem
        index = PHASES.index(request.from_step)
        done = {phase_of(s.name) for s in parent.steps if s.status is StepStatus.SUCCEEDED}
        needed = [p for p in PHASES[:index] if not (p == "fetch" and request.refetch)]
        missing = [p for p in needed if p not in done]
        if missing:
            return (
                f"Run #{parent.id} has no finished {missing[0]} step to copy; "
                f"re-run it from {missing[0]} instead."
            )
        return None


def steps_to_copy(parent: Run, from_step: str, *, refetch: bool) -> list[Step]:
    """The parent's finished steps before `from_step`, as steps of a new run: no tokens of
    their own, and the run that first produced each (a copy of a copy names the original)."""
    index = PHASES.index(from_step)
    before = set(PHASES[:index])
    if refetch:
        before.discard("fetch")
    copied: list[Step] = []
    for step in sorted(parent.steps, key=lambda s: (s.started_at, s.name, s.attempt)):
        if step.status is not StepStatus.SUCCEEDED or phase_of(step.name) not in before:
            continue
        copied.append(
            replace(
                step,
                run_id=0,  # the new run's id, given when it is recorded
                usage=Usage(),
                copied_from=step.copied_from or parent.id,
            )
        )
    return copied
