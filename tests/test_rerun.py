"""Re-runs end to end on both databases: the safe reader against the local site, the offline
model (wrapped to count what it is asked), real stores. What was copied and what ran again is
read back from the stored steps and the site's hit log."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field

import pytest

import articles
from articles import ArticleSite
from orchestrator.compare import Change, compare
from orchestrator.domain import (
    Article,
    GateDecision,
    Origin,
    Run,
    RunStatus,
    StepStatus,
    Verdict,
)
from orchestrator.models.offline import OfflineModel
from orchestrator.pipeline import Pipeline, PipelineConfig
from orchestrator.ports import ClaimCheck, DraftClaim, ModelReply
from orchestrator.reading import FetchPolicy, InlineExtractor, SafeReader
from orchestrator.replay import PHASES, Rerunner, RerunRequest, phase_of
from reading_helpers import html
from storage.reruns import SqlReruns
from storage.store import SqlRunStore
from test_pipeline import RecordingReporter

ORIGIN = Origin("cli", user="local")


@dataclass
class CountingModel:
    """The offline model, counting what each step asks of it."""

    inner: OfflineModel = field(default_factory=OfflineModel)
    asked: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        return self.inner.name

    async def summarise(
        self, article: Article, *, feedback: str | None = None
    ) -> ModelReply[list[DraftClaim]]:
        self.asked["summarise"] += 1
        return await self.inner.summarise(article, feedback=feedback)

    async def check_claims(
        self, article: Article, claims: Sequence[DraftClaim]
    ) -> ModelReply[list[ClaimCheck]]:
        self.asked["check_claims"] += 1
        return await self.inner.check_claims(article, claims)

    async def tag(self, article: Article) -> ModelReply[list[str]]:
        self.asked["tag"] += 1
        return await self.inner.tag(article)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
async def reader(site: ArticleSite) -> AsyncIterator[SafeReader]:
    safe = SafeReader(FetchPolicy.from_allow_list(site.allow), extractor=InlineExtractor())
    try:
        yield safe
    finally:
        await safe.aclose()


@pytest.fixture
def model() -> CountingModel:
    return CountingModel()


@pytest.fixture
def pipeline(store: SqlRunStore, reader: SafeReader, model: CountingModel) -> Pipeline:
    return Pipeline(store, model, reader, PipelineConfig(token_budget=100_000))


@pytest.fixture
def rerunner(store: SqlRunStore) -> Rerunner:
    return Rerunner(store, SqlReruns(store), lambda: None)


async def execute(store: SqlRunStore, pipeline: Pipeline, run_id: int) -> Run:
    claimed = await store.claim_run("test", lease_seconds=30, transports=["cli"], run_id=run_id)
    assert claimed is not None
    await pipeline.execute(claimed, RecordingReporter())
    run = await store.get_run(run_id)
    assert run is not None
    return run


async def first_run(store: SqlRunStore, pipeline: Pipeline, url: str) -> Run:
    created = await store.create_runs([url], ORIGIN)
    assert created
    return await execute(store, pipeline, created[0].id)


async def rerun(
    store: SqlRunStore, pipeline: Pipeline, rerunner: Rerunner, request: RerunRequest
) -> Run:
    outcome = await rerunner.rerun(request, ORIGIN)
    assert outcome.ok and outcome.run is not None, outcome.message
    return await execute(store, pipeline, outcome.run.id)


@pytest.mark.parametrize("from_step", PHASES)
async def test_a_rerun_copies_the_steps_before_its_step_and_runs_the_rest(
    store: SqlRunStore,
    pipeline: Pipeline,
    rerunner: Rerunner,
    model: CountingModel,
    site: ArticleSite,
    from_step: str,
) -> None:
    parent = await first_run(store, pipeline, site.url("/news/harbour"))
    assert parent.status is RunStatus.SUCCEEDED
    fetched = site.hits.count("/news/harbour")
    model.asked.clear()

    child = await rerun(store, pipeline, rerunner, RerunRequest(parent.id, from_step))

    assert child.status is RunStatus.SUCCEEDED, child.error
    assert child.lineage is not None and child.lineage.parent_id == parent.id
    assert child.lineage.from_step == from_step
    before = set(PHASES[: PHASES.index(from_step)])
    parent_steps = {(s.name, s.attempt): s for s in parent.steps}
    for step in child.steps:
        assert step.status is StepStatus.SUCCEEDED
        if phase_of(step.name) in before:
            # Copied: the parent's output and times, the parent named, no tokens here.
            original = parent_steps[(step.name, step.attempt)]
            assert step.copied_from == parent.id
            assert step.output == original.output
            assert step.started_at == original.started_at
            assert step.usage.total_tokens == 0
        else:
            assert step.copied_from is None
            assert step.started_at > parent.finished_at  # type: ignore[operator]
    assert {phase_of(s.name) for s in child.steps} == set(PHASES)
    # Only what runs afresh asks the model or reads the article again.
    assert (site.hits.count("/news/harbour") > fetched) == (from_step == "fetch")
    assert bool(model.asked["summarise"]) == (from_step in ("fetch", "summarise"))
    assert bool(model.asked["tag"]) == (from_step != "merge")
    # Today's gates judged the rerun: every gate recorded anew, on the child.
    assert [g.name for g in child.gates] == [g.name for g in parent.gates]
    assert all(g.run_id == child.id for g in child.gates)
    # A copied claim points at the run whose step first produced it.
    copied_summary = "summarise" in before
    assert child.claims and all(
        c.from_run == (parent.id if copied_summary else None) for c in child.claims
    )
    family = await SqlReruns(store).reruns_of(parent.id)
    assert [r.id for r in family] == [child.id]


async def test_a_copy_of_a_copy_names_the_run_that_first_produced_it(
    store: SqlRunStore, pipeline: Pipeline, rerunner: Rerunner, site: ArticleSite
) -> None:
    first = await first_run(store, pipeline, site.url("/news/harbour"))
    second = await rerun(store, pipeline, rerunner, RerunRequest(first.id, "fact_check"))
    third = await rerun(store, pipeline, rerunner, RerunRequest(second.id, "merge"))
    summarise = third.step("summarise")
    fact_check = third.step("fact_check")
    assert summarise is not None and summarise.copied_from == first.id
    assert fact_check is not None and fact_check.copied_from == second.id
    assert third.claims and all(c.from_run == first.id for c in third.claims)
    assert all(c.step == "summarise#1" for c in third.claims)


async def test_refetch_reads_the_article_again_and_todays_gate_judges_the_old_summary(
    store: SqlRunStore, pipeline: Pipeline, rerunner: Rerunner, site: ArticleSite
) -> None:
    url = site.url("/news/harbour")
    parent = await first_run(store, pipeline, url)
    # The page changed since: the summary quotes words that are no longer on it.
    site.server.routes["/news/harbour"] = html(
        "<html><head><title>Harbour story</title></head><body><article><h1>Harbour</h1>"
        + "<p>The harbour story was withdrawn and replaced by a short note from the "
        "editors, who say the figures were being checked again with the council.</p>"
        * 3
        + "</article></body></html>"
    )
    hits = site.hits.count("/news/harbour")
    child = await rerun(
        store, pipeline, rerunner, RerunRequest(parent.id, "fact_check", refetch=True)
    )
    assert site.hits.count("/news/harbour") == hits + 1
    fetch = child.step("fetch")
    assert fetch is not None and fetch.copied_from is None
    summarise = child.step("summarise")
    assert summarise is not None and summarise.copied_from == parent.id
    summary_gate = next(g for g in child.gates if g.name == "summary")
    assert summary_gate.decision is not GateDecision.CONTINUE
    assert parent.gates[0].decision is GateDecision.CONTINUE


async def test_a_rerun_that_cannot_be_made_says_why(
    store: SqlRunStore, pipeline: Pipeline, rerunner: Rerunner, site: ArticleSite
) -> None:
    missing = await rerunner.rerun(RerunRequest(999, "summarise"), ORIGIN)
    assert not missing.ok and "no run #999" in missing.message
    failed = await first_run(store, pipeline, site.url("/no/such/page"))
    assert failed.status is RunStatus.FAILED
    refused = await rerunner.rerun(RerunRequest(failed.id, "summarise"), ORIGIN)
    assert not refused.ok
    assert "no finished fetch step" in refused.message and "from fetch" in refused.message
    queued = await store.create_runs([site.url("/news/harbour")], ORIGIN)
    assert queued
    busy = await rerunner.rerun(RerunRequest(queued[0].id, "tag"), ORIGIN)
    assert not busy.ok and "still queued" in busy.message
    bad = await rerunner.rerun(RerunRequest(failed.id, "proofread"), ORIGIN)
    assert not bad.ok and "no proofread step" in bad.message
    # From fetch a failed run can be re-run: nothing is copied.
    again = await rerunner.rerun(RerunRequest(failed.id, "fetch"), ORIGIN)
    assert again.ok and again.run is not None and again.run.steps == []


async def test_concurrent_reruns_of_one_run_are_separate_runs(
    store: SqlRunStore, pipeline: Pipeline, rerunner: Rerunner, site: ArticleSite
) -> None:
    parent = await first_run(store, pipeline, site.url("/news/harbour"))
    outcomes = [await rerunner.rerun(RerunRequest(parent.id, "tag"), ORIGIN) for _ in range(3)]
    ids = [o.run.id for o in outcomes if o.run is not None]

    runs = await asyncio.gather(*(execute(store, pipeline, i) for i in ids))
    assert [r.status for r in runs] == [RunStatus.SUCCEEDED] * 3
    assert len({r.id for r in runs}) == 3
    assert [r.id for r in await SqlReruns(store).reruns_of(parent.id)] == ids


FISHING = (
    "<p>Fishing crews say the shallower channel has already cost them 40 sailing days this "
    "winter,\nand the harbour's ferry operator cancelled 112 crossings in January alone.</p>"
)
BORROWING = (
    "<p>To pay for the work the council will borrow £9 million over 25 years, and harbour "
    "dues for visiting yachts will rise by 4 per cent from April, the committee said.</p>"
)


def corrected_story() -> str:
    """The harbour story, edited: a figure its cited report does not say (£21 million), the
    fishing paragraph gone and a borrowing paragraph in its place."""
    body = articles._HARBOUR.format(sites=29)
    assert FISHING in body and "has doubled to £14 million" in body
    body = body.replace("has doubled to £14 million", "has tripled to £21 million")
    return articles._PAGE.format(
        title="Harbour dredging costs triple", body=body.replace(FISHING, BORROWING)
    )


async def test_a_diff_shows_each_kind_of_change(
    store: SqlRunStore, pipeline: Pipeline, rerunner: Rerunner, site: ArticleSite
) -> None:
    parent = await first_run(store, pipeline, site.url("/news/harbour"))
    site.server.routes["/news/harbour"] = html(corrected_story())
    child = await rerun(store, pipeline, rerunner, RerunRequest(parent.id, "fetch"))
    diff = compare(parent, child)
    assert diff.relation == f"run #{child.id} re-ran run #{parent.id} from fetch"

    [reworded] = [c for c in diff.claims if c.change is Change.REWORDED]
    assert reworded.before is not None and reworded.after is not None
    assert "£14 million" in reworded.before.text and "£21 million" in reworded.after.text
    assert reworded.verdict_changed
    assert reworded.before.verdict is Verdict.SUPPORTED
    assert reworded.after.verdict is Verdict.UNSUPPORTED
    [removed] = [c for c in diff.claims if c.change is Change.REMOVED]
    assert removed.before is not None and "Fishing crews" in removed.before.text
    [added] = [c for c in diff.claims if c.change is Change.ADDED]
    assert added.after is not None and "silt levels" in added.after.text
    [same] = [c for c in diff.claims if c.change is Change.SAME]
    assert same.after is not None and "original estimate" in same.after.text

    gate = next(g for g in diff.gates if g.name == "fact_check")
    assert gate.changed and gate.before is not None and gate.after is not None
    assert gate.before.decision is GateDecision.CONTINUE
    assert gate.after.decision is GateDecision.ESCALATE
    assert diff.before.status is RunStatus.SUCCEEDED and diff.after.status is RunStatus.WAITING
    assert [s.name for s in diff.steps][:2] == ["fetch", "summarise"]
    assert all(s.before is not None and s.after is not None for s in diff.steps[:2])
    assert not diff.unchanged
    data = diff.to_json()
    assert [c["change"] for c in data["claims"]] == ["reworded", "same", "added", "removed"]

    same_run = compare(parent, parent)
    assert same_run.unchanged and all(c.change is Change.SAME for c in same_run.claims)
