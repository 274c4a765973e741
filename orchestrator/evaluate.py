"""Evaluate on real history: re-run past runs from a step with another model or setting, and
compare each re-run with its parent.

Evaluation re-runs are ordinary re-runs marked `evaluation`: queued, traced and resumable
like any run, told nowhere (never Slack), and stopped at a gate that would ask a person —
the escalation is the finding, and nobody is asked to decide it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from orchestrator.compare import RunDiff, compare
from orchestrator.domain import Origin, Run, RunStatus, StepStatus
from orchestrator.models.prices import usage_with_cost
from orchestrator.replay import PHASES, Rerunner, RerunRequest, RerunStore, phase_of
from orchestrator.usage import Usage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Estimate:
    """Tokens and cost, from what the parent spent on the same steps, priced for the model."""

    rerun: Usage  # the steps from STEP on
    whole: Usage  # the whole run, for the saving


@dataclass(frozen=True)
class Planned:
    parent: Run
    request: RerunRequest
    estimate: Estimate
    problem: str | None = None  # why this run cannot be re-run so; it is skipped


@dataclass(frozen=True)
class Evaluated:
    planned: Planned
    rerun: Run | None = None
    diff: RunDiff | None = None
    problem: str | None = None


@dataclass(frozen=True)
class EvaluationTotals:
    runs: int
    skipped: int
    gates_changed: int
    verdicts_changed: int
    claims_changed: int
    status_changed: int
    parents: Usage  # what the parents spent, whole runs
    spent: Usage  # what the re-runs spent (the re-run steps only)
    estimate_whole: Usage  # re-running whole runs, priced for the model

    @property
    def saved_tokens(self) -> int:
        return self.estimate_whole.total_tokens - self.spent.total_tokens


class RunsAndCancel(Protocol):
    async def get_run(self, run_id: int) -> Run | None: ...

    async def cancel_run(self, run_id: int) -> Run | None: ...


def estimate(parent: Run, from_step: str, model: str) -> Estimate:
    index = PHASES.index(from_step)
    rerun = whole = Usage()
    for step in parent.steps:
        if step.status is StepStatus.FAILED and step.usage == Usage():
            continue
        priced = _priced(step.usage, model)
        whole = whole + priced
        # A copied step cost its run nothing; what it would cost again is its original's,
        # which this run does not hold: counted as nothing rather than guessed.
        if PHASES.index(phase_of(step.name)) >= index:
            rerun = rerun + priced
    return Estimate(rerun=rerun, whole=whole)


def _priced(usage: Usage, model: str) -> Usage:
    if model == "offline":
        return Usage()
    return usage_with_cost(
        model,
        input_tokens=usage.input_tokens,
        output_tokens=usage.output_tokens,
        cache_write_tokens=usage.cache_write_tokens,
        cache_read_tokens=usage.cache_read_tokens,
    )


class Evaluator:
    def __init__(
        self,
        runs: RunsAndCancel,
        reruns: RerunStore,
        rerunner: Rerunner,
        execute: Callable[[Sequence[int]], Awaitable[list[Run]]],
        *,
        default_model: str,
    ) -> None:
        self.runs = runs
        self.reruns = reruns
        self.rerunner = rerunner
        self.execute = execute
        self.default_model = default_model

    async def plan(
        self,
        since: datetime,
        *,
        from_step: str,
        model: str | None,
        refetch: bool = False,
        limit: int = 20,
    ) -> list[Planned]:
        planned: list[Planned] = []
        for light in await self.reruns.rerun_candidates(since, limit):
            parent = await self.runs.get_run(light.id)
            if parent is None:
                continue  # pruned in between
            request = RerunRequest(
                parent.id, from_step, model=model, refetch=refetch, evaluation=True
            )
            planned.append(
                Planned(
                    parent,
                    request,
                    estimate(parent, from_step, model or self.default_model),
                    self.rerunner.problem(parent, request),
                )
            )
        return planned

    async def run(
        self, planned: Sequence[Planned], origin: Origin, *, batch: int = 8
    ) -> list[Evaluated]:
        results: list[Evaluated] = []
        todo: list[tuple[Planned, Run]] = []
        for item in planned:
            if item.problem is not None:
                results.append(Evaluated(item, problem=item.problem))
                continue
            outcome = await self.rerunner.rerun_of(item.parent, item.request, origin)
            if outcome.run is None:
                results.append(Evaluated(item, problem=outcome.message))
                continue
            todo.append((item, outcome.run))
        for start in range(0, len(todo), max(1, batch)):
            chunk = todo[start : start + batch]
            await self.execute([run.id for _, run in chunk])
            for item, queued in chunk:
                results.append(await self._compared(item, queued.id))
        results.sort(key=lambda r: -r.planned.parent.id)
        return results

    async def _compared(self, item: Planned, run_id: int) -> Evaluated:
        rerun = await self.runs.get_run(run_id)
        if rerun is not None and rerun.status is RunStatus.WAITING:
            # Nobody decides an evaluation's gate: the escalation is what it found.
            await self.runs.cancel_run(run_id)
            rerun = await self.runs.get_run(run_id)
        if rerun is None:
            return Evaluated(item, problem=f"run #{run_id} disappeared before it was compared")
        return Evaluated(item, rerun, compare(item.parent, rerun))


def totals(results: Sequence[Evaluated]) -> EvaluationTotals:
    done = [r for r in results if r.diff is not None and r.rerun is not None]
    parents = spent = whole = Usage()
    gates = verdicts = claims = status = 0
    for result in done:
        assert result.diff is not None and result.rerun is not None
        parents = parents + result.planned.parent.usage
        spent = spent + result.rerun.usage
        whole = whole + result.planned.estimate.whole
        gates += len(result.diff.gate_changes)
        verdicts += len(result.diff.verdict_changes)
        claims += sum(1 for c in result.diff.claims if c.is_change)
        status += result.diff.before.status != result.diff.after.status
    return EvaluationTotals(
        runs=len(done),
        skipped=len(results) - len(done),
        gates_changed=gates,
        verdicts_changed=verdicts,
        claims_changed=claims,
        status_changed=status,
        parents=parents,
        spent=spent,
        estimate_whole=whole,
    )
