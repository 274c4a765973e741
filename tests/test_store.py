"""The RunStore contract: the same assertions on every store that keeps runs — in memory
(orchestrator/memory/), SQLite files and Postgres — so that the tests that use the memory
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
    Run,
    RunStatus,
    Step,
    StepStatus,
    Verdict,
)
from orchestrator.ports import RunEnd, RunStore
from orchestrator.trace import RunStopped
from orchestrator.usage import Usage


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


async def ended(store: RunStore, *, told: bool) -> int:
    """A run claimed by w1 and ended by it, its end told or not."""
    await store.create_runs(["https://a.example/1"], SLACK)
    run = await store.claim_run("w1", lease_seconds=30, transports=["slack"])
    assert run is not None
    end = RunEnd(run.id, RunStatus.SUCCEEDED, datetime.now(UTC), result={"t": [1]}, told=told)
    await store.advance(end=end)
    return run.id


async def test_an_ended_run_keeps_its_lease_until_its_end_is_told(store: RunStore) -> None:
    run_id = await ended(store, told=False)
    # Its worker still holds it: nobody else takes the delivery while the lease runs.
    assert await store.renew_lease(run_id, "w1", lease_seconds=30)
    assert await store.claim_delivery("w2", lease_seconds=30, transports=["slack"]) is None
    await store.release_run(run_id, "w1")
    # Released (or lapsed), the untold end is anyone's to tell, once.
    taken = await store.claim_delivery("w2", lease_seconds=30, transports=["console"])
    assert taken is None
    taken = await store.claim_delivery("w2", lease_seconds=30, transports=["slack"])
    assert taken is not None and taken.id == run_id and taken.executions == 2
    assert taken.result == {"t": [1]}
    assert await store.claim_delivery("w3", lease_seconds=30, transports=["slack"]) is None
    await store.update_run(run_id, result_posted=True)
    assert not await store.renew_lease(run_id, "w2", lease_seconds=30)
    await store.release_run(run_id, "w2")
    assert await store.claim_delivery("w3", lease_seconds=30, transports=["slack"]) is None


async def test_a_told_end_holds_no_lease_and_a_given_up_one_is_not_delivered(
    store: RunStore,
) -> None:
    told = await ended(store, told=True)
    assert not await store.renew_lease(told, "w1", lease_seconds=30)
    await store.create_runs(["https://a.example/2"], SLACK)
    run = await store.claim_run("w1", lease_seconds=30, transports=["slack"])
    assert run is not None
    await store.advance(end=RunEnd(run.id, RunStatus.FAILED, datetime.now(UTC), error="no"))
    failure = await store.record_delivery_failure(run.id, what="result" * 10, why="gone")
    assert failure.what == ("result" * 10)[:32]
    assert await store.claim_delivery("w2", lease_seconds=30, transports=["slack"]) is None
    stored = await store.get_run(run.id)
    assert stored is not None and stored.delivery_failure == failure
    assert stored.status is RunStatus.FAILED and stored.error == "no"


async def test_a_cancelled_run_stops_its_worker_and_keeps_its_committed_steps(
    store: RunStore,
) -> None:
    await store.create_runs(["https://a.example/1"], SLACK)
    run = await store.claim_run("w1", lease_seconds=30, transports=["slack"])
    assert run is not None
    now = datetime.now(UTC)
    step = Step(run.id, "tag", StepStatus.RUNNING, started_at=now)
    await store.start_step(step)
    cancelled = await store.cancel_run(run.id)
    assert cancelled is not None and cancelled.status is RunStatus.CANCELLED
    assert cancelled.error == "cancelled" and [s.name for s in cancelled.steps] == ["tag"]
    assert await store.cancel_run(run.id) is None  # ended already
    assert not await store.renew_lease(run.id, "w1", lease_seconds=30)
    step.status, step.finished_at, step.usage = StepStatus.SUCCEEDED, now, Usage(7, 3)
    with pytest.raises(RunStopped):
        await store.advance(
            finished=[step], end=RunEnd(run.id, RunStatus.SUCCEEDED, now, result={"x": 1})
        )
    stored = await store.get_run(run.id)
    assert stored is not None and stored.status is RunStatus.CANCELLED
    assert stored.steps[0].status is StepStatus.SUCCEEDED and stored.result is None
    # The end did not apply, and the usage that rode with it went with it.
    assert stored.usage == Usage()
    # A cancelled run's end is told by whoever claims the delivery.
    assert await store.claim_delivery("w2", lease_seconds=30, transports=["slack"]) is not None


async def test_crashes_in_a_row_on_one_step_fail_the_run(store: RunStore) -> None:
    await store.create_runs(["https://a.example/1"], SLACK)
    run = await store.claim_run("w1", lease_seconds=30, transports=["slack"])
    assert run is not None

    async def crash(worker: str, step: str) -> object:
        return await store.record_crash(
            run.id, worker, step=step, error="it broke", max_attempts=3, retry_in=0
        )

    assert await crash("w1", "summarise") is None
    assert await crash("other", "summarise") is None  # not its run: not counted
    # Claimable again at once (retry_in=0): the lease lapsed.
    again = await store.claim_run("w2", lease_seconds=30, transports=["slack"])
    assert again is not None and again.id == run.id and again.crashes == 1
    assert await crash("w2", "fact_check") is None  # further on: counting starts anew
    again = await store.claim_run("w3", lease_seconds=30, transports=["slack"])
    assert again is not None and again.crashes == 1 and again.crashed_step == "fact_check"
    assert await crash("w3", "fact_check") is None
    again = await store.claim_run("w4", lease_seconds=30, transports=["slack"])
    assert again is not None
    failed = await crash("w4", "fact_check")
    assert isinstance(failed, Run) and failed.status is RunStatus.FAILED
    assert failed.error == "it broke" and failed.crashes == 3 and not failed.result_posted
    assert await store.claim_run("w5", lease_seconds=30, transports=["slack"]) is None


async def test_a_decision_queues_the_waiting_run_again(store: RunStore) -> None:
    await store.create_runs(["https://a.example/1"], SLACK)
    run = await store.claim_run("w1", lease_seconds=30, transports=["slack"])
    assert run is not None
    long_ago = datetime.now(UTC) - timedelta(days=2)
    gate = await store.advance(
        gate=Gate(run.id, "summary", GateDecision.ESCALATE, "thin", long_ago, evidence={"n": 1})
    )
    assert gate is not None and gate.id is not None
    await store.update_run(run.id, status=RunStatus.WAITING)
    assert not await store.renew_lease(run.id, "w1", lease_seconds=30)
    assert await store.claim_run("w2", lease_seconds=30, transports=["slack"]) is None
    await store.set_gate_message(gate.id, "1700000000.000200")
    waiting = await store.waiting_gate(run.id)
    assert waiting is not None and waiting.id == gate.id
    assert waiting.message_ref == "1700000000.000200" and waiting.evidence == {"n": 1}
    assert [g.id for g in await store.expired_gates(datetime.now(UTC) - timedelta(days=1))] == [
        gate.id
    ]
    assert await store.expired_gates(long_ago) == []
    decided = await store.decide_gate(
        gate.id, GateDecision.TIMED_OUT, decided_by="timeout", outcome=GateDecision.APPROVED
    )
    assert decided is not None and decided.effective is GateDecision.APPROVED
    assert await store.waiting_gate(run.id) is None
    assert await store.expired_gates(datetime.now(UTC)) == []
    again = await store.claim_run("w2", lease_seconds=30, transports=["slack"])
    assert again is not None and again.id == run.id and again.executions == 2


async def test_lists_page_newest_first_without_the_trace(store: RunStore) -> None:
    await store.create_runs([f"https://a.example/{i}" for i in range(5)], SLACK)
    await store.start_step(Step(3, "fetch", StepStatus.RUNNING, started_at=datetime.now(UTC)))
    await store.cancel_run(2)
    assert [r.id for r in await store.list_runs(limit=2)] == [5, 4]
    page = await store.list_runs(limit=2, before_id=4)
    assert [r.id for r in page] == [3, 2] and page[0].steps == []
    assert [r.id for r in await store.list_runs(status=RunStatus.CANCELLED)] == [2]
    assert [r.id for r in await store.list_runs(status=RunStatus.QUEUED, before_id=3)] == [1]


async def test_a_run_keeps_its_first_trace_id_and_what_callers_hold_is_theirs(
    store: RunStore,
) -> None:
    (run,) = await store.create_runs(["https://a.example/1"], SLACK) or []
    assert run.trace_id is not None
    assert await store.set_trace_id(run.id, "f" * 32) == run.trace_id
    stored = await store.get_run(run.id)
    assert stored is not None
    stored.status = RunStatus.FAILED
    stored.steps.append(Step(run.id, "fetch", StepStatus.RUNNING, started_at=datetime.now(UTC)))
    again = await store.get_run(run.id)
    assert again is not None and again.status is RunStatus.QUEUED and again.steps == []
    assert await store.get_run(99) is None


async def test_a_claim_can_start_the_first_step_of_a_run_with_none(store: RunStore) -> None:
    # The port's fold (claim + first start in one commit), kept alike by every store.
    (created,) = await store.create_runs(["https://a.example/start"], Origin("cli")) or []
    claimed = await store.claim_run("w1", lease_seconds=30, transports=["cli"], start="fetch")
    assert claimed is not None and claimed.id == created.id
    fetch = claimed.claimed_start
    assert fetch is not None and claimed.steps == [fetch]
    assert (fetch.name, fetch.attempt, fetch.status) == ("fetch", 1, StepStatus.RUNNING)
    stored = await store.get_run(created.id)
    assert stored is not None and stored.steps == [fetch] and stored.claimed_start is None
    # A run that has steps is claimed as it is: nothing started, nothing claimed.
    assert await store.renew_lease(created.id, "w1", lease_seconds=-1)
    resumed = await store.claim_run("w2", lease_seconds=30, transports=["cli"], start="fetch")
    assert resumed is not None and resumed.claimed_start is None and resumed.steps == [fetch]
