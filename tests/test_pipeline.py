"""The trunk on real parts: the safe reader against a local site, the offline model, a real
database. Resume is proven by state: the site's hit log and the stored step rows."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from articles import ArticleSite
from orchestrator.domain import Gate, GateDecision, Origin, Run, RunStatus, StepStatus, Verdict
from orchestrator.errors import ModelError
from orchestrator.gatekeeper import GateKeeper
from orchestrator.models.offline import OfflineModel
from orchestrator.pipeline import Pipeline, PipelineConfig
from orchestrator.ports import RunStore
from orchestrator.reading import FetchPolicy, InlineExtractor, SafeReader


@pytest.fixture
def store(any_store: RunStore) -> RunStore:
    """The run store these tests drive: memory in the fast tier, and SQLite and Postgres
    in the slow one (tests/test_store.py proves the three agree)."""
    return any_store


class WorkerDied(BaseException):
    """The worker process dies here. (Not SystemExit: inside a task, asyncio would re-raise
    that in the event loop rather than in the run's own code.)"""


@dataclass
class RecordingReporter:
    """The reporter port's fake: keeps what it was told."""

    progress_seen: list[list[str]] = field(default_factory=list)
    escalations: list[Gate] = field(default_factory=list)
    closed: list[Gate] = field(default_factory=list)
    results: list[Run] = field(default_factory=list)
    crash_after: str | None = None
    records_delivery: bool = False

    async def progress(self, run: Run) -> None:
        done = [s.name for s in run.steps if s.status is StepStatus.SUCCEEDED]
        self.progress_seen.append(done)
        if self.crash_after and self.crash_after in done:
            raise WorkerDied  # not an Exception: nothing in copydesk may catch it

    async def escalated(self, run: Run, gate: Gate) -> None:
        self.escalations.append(gate)

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        self.closed.append(gate)

    async def finished(self, run: Run) -> None:
        self.results.append(run)


@pytest.fixture
async def reader(site: ArticleSite) -> AsyncIterator[SafeReader]:
    safe = SafeReader(FetchPolicy.from_allow_list(site.allow), extractor=InlineExtractor())
    try:
        yield safe
    finally:
        await safe.aclose()


@pytest.fixture
def pipeline(store: RunStore, reader: SafeReader) -> Pipeline:
    return Pipeline(store, OfflineModel(), reader, PipelineConfig(token_budget=1000))


async def _run(store: RunStore, url: str) -> Run:
    runs = await store.create_runs([url], Origin("cli", user="local"))
    assert runs
    claimed = await store.claim_run("test", lease_seconds=30, transports=["cli"])
    assert claimed is not None
    return claimed


async def test_a_run_goes_through_every_step_and_keeps_its_trace(
    store: RunStore, pipeline: Pipeline, site: ArticleSite
) -> None:
    reporter = RecordingReporter()
    run = await pipeline.execute(await _run(store, site.url("/news/harbour")), reporter)

    assert run.status is RunStatus.SUCCEEDED, run.error
    stored = await store.get_run(run.id)
    assert stored is not None
    assert stored.status is RunStatus.SUCCEEDED
    assert {s.name: s.status for s in stored.steps} == {
        "fetch": StepStatus.SUCCEEDED,
        "summarise": StepStatus.SUCCEEDED,
        "fact_check": StepStatus.SUCCEEDED,
        "tag": StepStatus.SUCCEEDED,
        "merge": StepStatus.SUCCEEDED,
    }
    assert [(g.name, g.decision) for g in stored.gates] == [
        ("summary", GateDecision.CONTINUE),
        ("fact_check", GateDecision.CONTINUE),
    ]
    # Every claim is a sentence of the article, checked, with where it came from.
    assert stored.claims
    article_text = stored.steps[0].output["article"]["text"]  # type: ignore[index]
    for claim in stored.claims:
        assert claim.quote and claim.quote in article_text
        assert claim.step == "summarise#1" and claim.agent == "summariser"
        assert claim.verdict is Verdict.SUPPORTED
    # The council report it cites was read, and confirms the £14 million.
    assert "/sources/council-report" in site.hits
    cited = [c for c in stored.claims if c.source_url and c.source_url.endswith("council-report")]
    assert cited and "14 million" in (cited[0].source_found or "")
    assert stored.result is not None and stored.result["tags"]
    # Progress was told after each step, and the result once.
    assert reporter.progress_seen[-1][:2] == ["fetch", "summarise"]
    assert len(reporter.results) == 1


async def test_a_figure_its_cited_source_does_not_contain_escalates(
    store: RunStore, pipeline: Pipeline, site: ArticleSite
) -> None:
    reporter = RecordingReporter()
    run = await pipeline.execute(await _run(store, site.url("/news/harbour-misquoted")), reporter)

    assert run.status is RunStatus.WAITING
    (gate,) = reporter.escalations
    assert gate.name == "fact_check" and gate.decision is GateDecision.ESCALATE
    assert "silt-study" in gate.reason and "41" in gate.reason
    stored = await store.get_run(run.id)
    assert stored is not None and stored.status is RunStatus.WAITING
    assert stored.step("merge") is None  # nothing after the gate ran
    assert reporter.results == []


async def test_a_run_resumes_after_its_worker_dies_without_redoing_committed_steps(
    store: RunStore, pipeline: Pipeline, site: ArticleSite
) -> None:
    run = await _run(store, site.url("/news/harbour"))
    with pytest.raises(WorkerDied):
        await pipeline.execute(run, RecordingReporter(crash_after="summarise"))
    died = await store.get_run(run.id)
    assert died is not None and died.status is RunStatus.RUNNING
    summarised = died.step("summarise")
    assert summarised is not None and summarised.status is StepStatus.SUCCEEDED
    fetches = site.hits.count("/news/harbour")

    # The dead worker's lease lapses; another worker claims the run and carries on.
    await store.renew_lease(run.id, "test", lease_seconds=-1)
    again = await store.claim_run("other", lease_seconds=30, transports=["cli"])
    assert again is not None and again.id == run.id
    reporter = RecordingReporter()
    finished = await pipeline.execute(again, reporter)

    assert finished.status is RunStatus.SUCCEEDED
    assert site.hits.count("/news/harbour") == fetches == 1
    stored = await store.get_run(run.id)
    assert stored is not None
    resumed = stored.step("summarise")
    assert resumed is not None and resumed.started_at == summarised.started_at
    assert len(reporter.results) == 1


async def test_a_refused_link_fails_the_run_with_a_sentence(
    store: RunStore, pipeline: Pipeline
) -> None:
    reporter = RecordingReporter()
    run = await pipeline.execute(await _run(store, "http://169.254.169.254/latest/"), reporter)
    assert run.status is RunStatus.FAILED
    assert run.error and "inside the network" in run.error
    stored = await store.get_run(run.id)
    assert stored is not None and stored.status is RunStatus.FAILED
    fetch = stored.step("fetch")
    assert fetch is not None and fetch.status is StepStatus.FAILED
    assert len(reporter.results) == 1


async def test_fact_check_and_tag_run_concurrently(
    store: RunStore, pipeline: Pipeline, site: ArticleSite
) -> None:
    run = await pipeline.execute(await _run(store, site.url("/news/harbour")), RecordingReporter())
    stored = await store.get_run(run.id)
    assert stored is not None
    fact_check, tag = stored.step("fact_check"), stored.step("tag")
    assert fact_check is not None and tag is not None
    assert fact_check.finished_at and tag.finished_at
    # Both started before either finished.
    assert tag.started_at < fact_check.finished_at
    assert fact_check.started_at < tag.finished_at
    await asyncio.sleep(0)


class ModelThatFailsOnce(OfflineModel):
    """The offline model, whose first summary fails the way an exhausted API call does."""

    def __init__(self) -> None:
        self.failures_left = 1

    async def summarise(self, article, *, feedback=None):  # type: ignore[no-untyped-def]
        if self.failures_left:
            self.failures_left -= 1
            raise ModelError("Claude is overloaded and did not answer after 4 attempts.")
        return await super().summarise(article, feedback=feedback)


async def test_a_step_that_fails_after_its_retries_escalates_and_an_approval_retries_it(
    store: RunStore, reader: SafeReader, site: ArticleSite
) -> None:
    pipeline = Pipeline(store, ModelThatFailsOnce(), reader, PipelineConfig())
    reporter = RecordingReporter()
    run = await pipeline.execute(await _run(store, site.url("/news/harbour")), reporter)
    assert run.status is RunStatus.WAITING
    (gate,) = reporter.escalations
    assert gate.name == "summarise_failed"
    assert "overloaded" in gate.reason

    keeper = GateKeeper(store, lambda: None)
    assert (await keeper.decide_run(run.id, approve=True, by="U1")).ok
    again = await store.claim_run("w2", lease_seconds=30, transports=["cli"])
    assert again is not None
    done = await pipeline.execute(again, RecordingReporter())
    assert done.status is RunStatus.SUCCEEDED
    stored = await store.get_run(run.id)
    assert stored is not None
    attempts = [(s.attempt, s.status) for s in stored.steps if s.name == "summarise"]
    assert attempts == [(1, StepStatus.FAILED), (2, StepStatus.SUCCEEDED)]
