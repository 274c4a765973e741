"""A run whose execution keeps raising is failed with a sentence after a bounded number of
attempts, and the worker moves on; a run that was only interrupted is never failed by it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from orchestrator.domain import Origin, Run, RunStatus, StepStatus
from orchestrator.pipeline import Pipeline, PipelineConfig
from orchestrator.ports import RunStore
from orchestrator.trace import StepResult, Trace
from orchestrator.worker import Worker
from test_pipeline import RecordingReporter


@pytest.fixture
def store(any_store: RunStore) -> RunStore:
    """The run store these tests drive: memory in the fast tier, and SQLite and Postgres
    in the slow one (tests/test_store.py proves the three agree)."""
    return any_store


class Surprise(Exception):
    """Not a CopydeskError: what a bug or a library surprise raises."""


class Flaky(Pipeline):
    """fetch → summarise → merge, where a step raises for its first `crashes` executions
    (in every run but those whose URL says it is fine)."""

    def __init__(self, store: RunStore, crashes: dict[str, int]) -> None:
        super().__init__(store, None, None, PipelineConfig())  # type: ignore[arg-type]
        self.crashes = dict(crashes)
        self.bodies: list[str] = []

    def _body(self, name: str, url: str) -> StepResult:
        self.bodies.append(name)
        if "fine" not in url and self.crashes.get(name, 0) > 0:
            self.crashes[name] -= 1
            raise Surprise(f"'NoneType' object has no attribute 'get' (in {name})")
        return StepResult({"done": name})

    async def _trunk(self, trace: Trace) -> None:
        for name in ("fetch", "summarise", "merge"):

            async def body(name: str = name) -> StepResult:
                return self._body(name, trace.run.url)

            await trace.step(name, body)
        await trace.succeed({"ok": True})


@asynccontextmanager
async def working(
    store: RunStore, pipeline: Pipeline, reporter: RecordingReporter
) -> AsyncIterator[Worker]:
    worker = Worker(
        store,
        pipeline,
        lambda _run: reporter,
        transports=["cli"],
        idle_seconds=0.05,
        max_attempts=3,
        crash_backoff=0.05,
    )
    task = asyncio.create_task(worker.run_forever())
    try:
        yield worker
    finally:
        await worker.stop()
        await asyncio.wait_for(task, timeout=5)


async def ended(store: RunStore, run_id: int, timeout: float = 15) -> Run:
    async with asyncio.timeout(timeout):
        while True:
            run = await store.get_run(run_id)
            assert run is not None
            if run.status.is_final and run.result_posted:
                return run
            await asyncio.sleep(0.02)


async def test_a_run_that_always_crashes_is_failed_with_a_sentence_after_three_attempts(
    store: RunStore,
) -> None:
    pipeline = Flaky(store, {"summarise": 1_000})
    reporter = RecordingReporter()
    [poisoned, healthy] = (
        await store.create_runs(
            ["https://a.example/poison", "https://a.example/fine"], Origin("cli")
        )
        or []
    )
    async with working(store, pipeline, reporter):
        run = await ended(store, poisoned.id)
        other = await ended(store, healthy.id)
        await asyncio.sleep(0.3)  # a fourth attempt, were there one, would be under way

    assert run.status is RunStatus.FAILED
    assert run.error is not None
    assert run.error.startswith("copydesk hit an internal error on step summarise: Surprise:")
    assert run.error.endswith(f"the operator has the details in the log with run_id={run.id}")
    assert run.executions == 3 and run.crashes == 3
    # Executed exactly three times for this failure; fetch, committed, never again.
    assert pipeline.bodies.count("fetch") == 2  # the healthy run's and the poisoned one's
    assert pipeline.bodies.count("summarise") == 3 + 1
    # Its thread was told how it ended, once; the worker moved on to the other run.
    assert [r.id for r in reporter.results].count(run.id) == 1
    assert other.status is RunStatus.SUCCEEDED


async def test_a_run_that_crashes_then_recovers_is_not_failed(store: RunStore) -> None:
    # Twice on fetch, twice on merge: never three times in a row on one step.
    pipeline = Flaky(store, {"fetch": 2, "merge": 2})
    [queued] = await store.create_runs(["https://a.example/flaky"], Origin("cli")) or []
    async with working(store, pipeline, RecordingReporter()):
        run = await ended(store, queued.id)

    assert run.status is RunStatus.SUCCEEDED, run.error
    assert run.executions == 5
    assert [s.name for s in run.steps if s.status is StepStatus.SUCCEEDED] == [
        "fetch",
        "summarise",
        "merge",
    ]
    assert pipeline.bodies.count("summarise") == 1  # committed once, never run again


async def test_a_run_interrupted_without_an_exception_is_not_counted(store: RunStore) -> None:
    # A kill leaves no exception behind: the lease lapses, and the resume counts nothing.
    [queued] = await store.create_runs(["https://a.example/killed"], Origin("cli")) or []
    for _ in range(4):
        taken = await store.claim_run("killed", lease_seconds=0, transports=["cli"])
        assert taken is not None
    async with working(store, Flaky(store, {}), RecordingReporter()):
        run = await ended(store, queued.id)

    assert run.status is RunStatus.SUCCEEDED and run.executions == 5 and run.crashes == 0
