"""The RunStore contract: the same assertions on every store that keeps runs — in memory
(orchestrator/memory.py), SQLite files and Postgres — so that the tests that use the memory
store prove what the databases would do."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from orchestrator.domain import (
    Claim,
    Gate,
    GateDecision,
    Origin,
    RunStatus,
    Step,
    StepStatus,
    Usage,
    Verdict,
)
from orchestrator.ports import RunStore


@pytest.fixture
def store(any_store: RunStore) -> RunStore:
    return any_store


SLACK = Origin("slack", channel="C1", thread_ts="1700000000.000100", user="U1", team="T1")


async def test_create_runs_records_queued_runs_with_their_origin(store: RunStore) -> None:
    runs = await store.create_runs(["https://a.example/1", "https://www.b.example/2"], SLACK)
    assert runs is not None
    assert [r.id for r in runs] == [1, 2]
    stored = await store.get_run(2)
    assert stored is not None
    assert stored.status is RunStatus.QUEUED
    assert stored.origin == SLACK
    assert stored.created_at.tzinfo is not None


async def test_a_redelivered_event_records_nothing(store: RunStore) -> None:
    keys = ("event:Ev1", "msg:C1:1700000000.000100")
    assert await store.create_runs(["https://a.example/1"], SLACK, dedupe_keys=keys) is not None
    # Slack's retry carries the same event id; the mention twin the same channel and ts.
    assert await store.create_runs(["https://a.example/1"], SLACK, dedupe_keys=keys[:1]) is None
    assert await store.create_runs(["https://a.example/1"], SLACK, dedupe_keys=keys[1:]) is None
    assert len(await store.list_runs()) == 1


async def test_claim_keys_answers_once(store: RunStore) -> None:
    assert await store.claim_keys(["q:C1:1.1"]) is True
    assert await store.claim_keys(["q:C1:1.1", "event:Ev9"]) is False
    # The failed claim rolled back entirely: Ev9 was not remembered.
    assert await store.claim_keys(["event:Ev9"]) is True


async def test_a_claimed_run_is_not_claimed_twice_until_its_lease_lapses(
    store: RunStore,
) -> None:
    await store.create_runs(["https://a.example/1"], SLACK)
    first = await store.claim_run("w1", lease_seconds=30, transports=["slack"])
    assert first is not None and first.status is RunStatus.RUNNING
    assert await store.claim_run("w2", lease_seconds=30, transports=["slack"]) is None
    # w1 dies: its lease is allowed to lapse, and w2 takes the run over.
    assert await store.renew_lease(first.id, "w1", lease_seconds=-1)
    taken = await store.claim_run("w2", lease_seconds=30, transports=["slack"])
    assert taken is not None and taken.id == first.id
    assert not await store.renew_lease(first.id, "w1", lease_seconds=30)


async def test_workers_only_claim_runs_they_can_report_to(store: RunStore) -> None:
    await store.create_runs(["https://a.example/1"], Origin("console", user="local"))
    assert await store.claim_run("w", lease_seconds=30, transports=["slack"]) is None
    assert await store.claim_run("w", lease_seconds=30, transports=["console"]) is not None


async def test_concurrent_claims_share_out_runs_without_overlap(store: RunStore) -> None:
    await store.create_runs([f"https://a.example/{i}" for i in range(6)], SLACK)
    claims = await asyncio.gather(
        *(store.claim_run(f"w{i}", lease_seconds=30, transports=["slack"]) for i in range(8))
    )
    ids = [run.id for run in claims if run is not None]
    assert sorted(ids) == [1, 2, 3, 4, 5, 6]


async def test_steps_keep_usage_and_the_run_keeps_totals(store: RunStore) -> None:
    (run,) = await store.create_runs(["https://a.example/1"], SLACK) or []
    now = datetime.now(UTC)
    step = Step(run.id, "summarise", StepStatus.RUNNING, started_at=now)
    await store.start_step(step)
    step.status = StepStatus.SUCCEEDED
    step.finished_at = now + timedelta(seconds=2)
    step.output = {"claims": [{"text": "x", "quote": "x"}]}
    step.usage = Usage(100, 20, 5, 50, 0.0123)
    step.model = "claude-test"
    await store.finish_step(step)
    stored = await store.get_run(run.id)
    assert stored is not None
    (got,) = stored.steps
    assert got.status is StepStatus.SUCCEEDED
    assert got.output == {"claims": [{"text": "x", "quote": "x"}]}
    assert got.seconds == 2
    assert stored.usage == Usage(100, 20, 5, 50, 0.0123)


async def test_a_restarted_step_reuses_its_row(store: RunStore) -> None:
    (run,) = await store.create_runs(["https://a.example/1"], SLACK) or []
    now = datetime.now(UTC)
    await store.start_step(Step(run.id, "fetch", StepStatus.RUNNING, started_at=now))
    later = now + timedelta(seconds=5)
    await store.start_step(Step(run.id, "fetch", StepStatus.RUNNING, started_at=later))
    stored = await store.get_run(run.id)
    assert stored is not None
    assert [(s.name, s.started_at) for s in stored.steps] == [("fetch", later)]


async def test_the_first_decision_on_a_gate_wins(store: RunStore) -> None:
    (run,) = await store.create_runs(["https://a.example/1"], SLACK) or []
    gate = await store.record_gate(
        Gate(run.id, "fact_check", GateDecision.ESCALATE, "a figure", datetime.now(UTC))
    )
    assert gate.id is not None
    decisions = await asyncio.gather(
        store.decide_gate(gate.id, GateDecision.APPROVED, decided_by="U1", note="ok"),
        store.decide_gate(gate.id, GateDecision.REJECTED, decided_by="U2", note="no"),
    )
    winners = [d for d in decisions if d is not None]
    assert len(winners) == 1
    stored = await store.get_run(run.id)
    assert stored is not None
    assert stored.gates[0].decision is winners[0].decision
    assert stored.gates[0].decided_by == winners[0].decided_by


async def test_claims_keep_their_provenance(store: RunStore) -> None:
    (run,) = await store.create_runs(["https://a.example/1"], SLACK) or []
    claim = Claim(
        text="Costs doubled to £14 million.",
        quote="Costs doubled to £14 million.",
        step="summarise#1",
        agent="summariser",
        round=0,
        verdict=Verdict.SUPPORTED,
        evidence="found",
        source_url="https://council.example/report",
        source_found="£14 million",
        checked_by="fact_check",
    )
    await store.save_claims(run.id, [claim])
    await store.save_claims(run.id, [claim])  # merge re-run on resume: no duplicates
    stored = await store.get_run(run.id)
    assert stored is not None
    assert stored.claims == [claim]


async def test_finishing_a_run_releases_its_lease(store: RunStore) -> None:
    await store.create_runs(["https://a.example/1"], SLACK)
    run = await store.claim_run("w1", lease_seconds=30, transports=["slack"])
    assert run is not None
    await store.update_run(run.id, status=RunStatus.SUCCEEDED, result={"tags": ["a"]})
    stored = await store.get_run(run.id)
    assert stored is not None
    assert stored.status is RunStatus.SUCCEEDED
    assert stored.finished_at is not None
    assert stored.result == {"tags": ["a"]}
    assert not await store.renew_lease(run.id, "w1", lease_seconds=30)
    assert [r.id for r in await store.list_runs(status=RunStatus.SUCCEEDED)] == [run.id]


async def test_a_committed_step_cannot_be_started_or_finished_again(store: RunStore) -> None:
    (run,) = await store.create_runs(["https://a.example/1"], SLACK) or []
    began = datetime.now(UTC)
    step = Step(run.id, "fetch", StepStatus.RUNNING, started_at=began)
    await store.start_step(step)
    step.status, step.finished_at, step.output = StepStatus.SUCCEEDED, began, {"first": True}
    await store.finish_step(step)
    again = Step(run.id, "fetch", StepStatus.RUNNING, started_at=began + timedelta(seconds=9))
    await store.start_step(again)
    again.status, again.finished_at, again.output = StepStatus.SUCCEEDED, began, {"second": True}
    await store.finish_step(again)
    stored = await store.get_run(run.id)
    assert stored is not None
    (kept,) = stored.steps
    assert kept.status is StepStatus.SUCCEEDED
    assert kept.started_at == began and kept.output == {"first": True}
