"""Re-runs survive kill -9 like any run: real `copydesk worker` processes SIGKILLed while
re-runs (several of one run at once) are in flight, on both databases.

The parents run here first; the re-runs are queued from fact_check, so their fetch and
summarise are copied. The cited sources answer slowly, so that the kills find fact-checks in
flight. Every re-run must end, no committed step may run again, the copied steps must stay
exactly as copied, and the article itself must never be read again.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from articles import ArticleSite
from cli_harness import environment
from orchestrator.domain import Origin, RunStatus, StepStatus
from orchestrator.models.offline import OfflineModel
from orchestrator.pipeline import Pipeline, PipelineConfig
from orchestrator.reading import FetchPolicy, SafeReader
from orchestrator.replay import Rerunner, RerunRequest
from storage.reruns import SqlReruns
from storage.store import SqlRunStore
from test_chaos import (
    LEASE_SECONDS,
    StepLedger,
    all_runs,
    processes,
    progressed,
    slow,
    wait_until_all_settled,
)
from test_rerun import first_run

pytestmark = pytest.mark.slow

PARENTS = 3
RERUNS_EACH = 3  # concurrent re-runs of one run
KILLS = 3


@pytest.mark.timeout(240)
async def test_reruns_killed_mid_way_finish_without_running_a_committed_step_again(
    database_url: str, store: SqlRunStore, site: ArticleSite, tmp_path: Path
) -> None:
    rng = random.Random(16)
    reader = SafeReader(FetchPolicy.from_allow_list(site.allow))
    try:
        pipeline = Pipeline(store, OfflineModel(), reader, PipelineConfig())
        routes = site.server.routes
        for n in range(PARENTS):
            routes[f"/news/harbour/{n}"] = routes["/news/harbour"]
        parents = [
            await first_run(store, pipeline, site.url(f"/news/harbour/{n}")) for n in range(PARENTS)
        ]
    finally:
        await reader.aclose()
    assert all(p.status is RunStatus.SUCCEEDED for p in parents)
    for source in ("/sources/council-report", "/sources/silt-study"):
        routes[source] = slow(routes[source], rng)
    article_reads = len([h for h in site.hits if h.startswith("/news/")])

    rerunner = Rerunner(store, SqlReruns(store), lambda: None)
    queued = []
    for parent in parents:
        for _ in range(RERUNS_EACH):
            outcome = await rerunner.rerun(RerunRequest(parent.id, "fact_check"), Origin("cli"))
            assert outcome.run is not None
            queued.append(outcome.run.id)
    copied = {
        (run.id, step.name): step.started_at
        for run in await all_runs(store)
        if run.id in queued
        for step in run.steps
    }
    assert len(copied) == 2 * len(queued)  # fetch and summarise of each

    env = environment(database_url, site, tmp_path)
    env.update(
        COPYDESK_LEASE_SECONDS=str(LEASE_SECONDS),
        COPYDESK_SWEEP_SECONDS="0.2",
        COPYDESK_SHUTDOWN_GRACE="1s",
        COPYDESK_WORKER_CONCURRENCY="4",
    )
    ledger = StepLedger()
    logs = tmp_path / "logs"
    logs.mkdir()
    async with processes(env, logs) as running:
        for kill in range(KILLS):
            pid, _ = await running.start("worker", ready=r"worker \S+ taking")
            await progressed(store, steps=2, timeout=15)
            await running.kill(pid)
            ledger.record(await all_runs(store), f"kill {kill + 1}")
        await running.start("worker", ready=r"worker \S+ taking")
        runs = await wait_until_all_settled(store, PARENTS + len(queued), timeout=120)
        complaints = running.complaints()

    reruns = [r for r in runs if r.id in queued]
    assert [r.status for r in reruns] == [RunStatus.SUCCEEDED] * len(queued), [
        (r.id, r.status.value, r.error) for r in reruns
    ]
    ledger.record(runs, "the end")
    assert not ledger.violations, ledger.violations
    assert ledger.in_flight, "no kill found a step in flight; the test proved nothing"
    assert max(r.executions for r in reruns) > 1  # some re-run was resumed after a kill
    for run in reruns:
        for step in run.steps:
            assert step.status is StepStatus.SUCCEEDED
            if step.name in ("fetch", "summarise"):
                assert step.copied_from == run.lineage.parent_id  # type: ignore[union-attr]
                assert step.started_at == copied[(run.id, step.name)]
                assert step.usage.total_tokens == 0
        assert {s.name for s in run.steps} == {"fetch", "summarise", "fact_check", "tag", "merge"}
        assert run.claims and all(c.from_run == run.lineage.parent_id for c in run.claims)  # type: ignore[union-attr]
    # Copied is copied: no worker read the article again.
    assert len([h for h in site.hits if h.startswith("/news/")]) == article_reads
    assert not [c for c in complaints if "crashed" in c], complaints
