"""How a run moves on in few commits without weakening what is durable when (issue 4).

On both backends: the store's `advance` records finished steps, starts and a gate in one
transaction; a claim hands back the trace it resumes, and starts a new run's first step in
its own commit; and a Trace commits a step's result before anything that depends on it
starts, with the next step's start or with a gate. A whole run is six commits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, text

from orchestrator.domain import Claim, Gate, GateDecision, Origin, Run, RunStatus, Step, StepStatus
from orchestrator.gates import GateOutcome
from orchestrator.pipeline import Pipeline, PipelineConfig
from orchestrator.trace import StepResult, Trace
from orchestrator.usage import Usage
from orchestrator.worker import Worker
from storage import db
from storage.store import SqlRunStore

CLI = Origin("cli", user="local")


async def _claimed(store: SqlRunStore) -> Run:
    await store.create_runs(["https://a.example/1"], CLI)
    run = await store.claim_run("w1", lease_seconds=30, transports=["cli"])
    assert run is not None
    return run


async def test_advance_records_finishes_starts_and_a_gate_together(store: SqlRunStore) -> None:
    run = await _claimed(store)
    now = datetime.now(UTC)
    fetch = Step(run.id, "fetch", StepStatus.RUNNING, started_at=now)
    await store.advance(started=[fetch])
    fetch.status, fetch.finished_at, fetch.output = StepStatus.SUCCEEDED, now, {"a": 1}
    fetch.usage = Usage(10, 2, 0, 0, 0.001)
    fact_check = Step(run.id, "fact_check", StepStatus.RUNNING, started_at=now)
    tag = Step(run.id, "tag", StepStatus.RUNNING, started_at=now)
    gate = await store.advance(
        finished=[fetch],
        started=[fact_check, tag],
        gate=Gate(run.id, "summary", GateDecision.CONTINUE, "fine", now, decided_by="gate"),
    )
    assert gate is not None and gate.id is not None and gate.name == "summary"
    stored = await store.get_run(run.id)
    assert stored is not None
    assert [(s.name, s.status) for s in stored.steps] == [
        ("fetch", StepStatus.SUCCEEDED),
        ("fact_check", StepStatus.RUNNING),
        ("tag", StepStatus.RUNNING),
    ]
    assert stored.step("fetch") == fetch
    assert stored.usage == Usage(10, 2, 0, 0, 0.001)
    assert [g.id for g in stored.gates] == [gate.id]


async def test_advance_is_one_transaction(store: SqlRunStore) -> None:
    run = await _claimed(store)
    now = datetime.now(UTC)
    first = Step(run.id, "fetch", StepStatus.RUNNING, started_at=now)
    await store.advance(started=[first])
    first.status, first.finished_at, first.usage = StepStatus.SUCCEEDED, now, Usage(5, 5)
    commits: list[object] = []
    listener = commits.append
    event.listen(store.runner.sync_engine, "commit", listener)
    try:
        await store.advance(
            finished=[first],
            started=[Step(run.id, "summarise", StepStatus.RUNNING, started_at=now)],
            gate=Gate(run.id, "g", GateDecision.CONTINUE, "ok", now, decided_by="gate"),
        )
    finally:
        event.remove(store.runner.sync_engine, "commit", listener)
    assert len(commits) == 1


async def test_a_step_that_used_nothing_leaves_the_run_row_alone(store: SqlRunStore) -> None:
    run = await _claimed(store)
    before = await store.get_run(run.id)
    assert before is not None
    later = datetime.now(UTC) + timedelta(seconds=1)
    step = Step(run.id, "fetch", StepStatus.SUCCEEDED, started_at=later, finished_at=later)
    await store.advance(started=[step])
    await store.advance(finished=[step])
    after = await store.get_run(run.id)
    assert after is not None
    assert after.updated_at == before.updated_at and after.usage == Usage()
    assert after.step("fetch") is not None


async def test_a_claim_hands_back_the_trace_it_resumes(store: SqlRunStore) -> None:
    fresh = await _claimed(store)
    assert (fresh.steps, fresh.gates, fresh.claims) == ([], [], [])
    assert fresh.executions == 1 and fresh.started_at is not None
    now = datetime.now(UTC)
    step = Step(fresh.id, "fetch", StepStatus.RUNNING, started_at=now)
    await store.advance(started=[step])
    step.status, step.finished_at, step.output = StepStatus.SUCCEEDED, now, {"ok": True}
    await store.advance(
        finished=[step],
        gate=Gate(fresh.id, "summary", GateDecision.CONTINUE, "ok", now, decided_by="gate"),
    )
    claim = Claim(text="x", quote="x", step="summarise#1", agent="summariser")
    await store.save_claims(fresh.id, [claim])
    # The worker dies; its lease lapses and another worker resumes the run.
    assert await store.renew_lease(fresh.id, "w1", lease_seconds=-1)
    resumed = await store.claim_run("w2", lease_seconds=30, transports=["cli"])
    assert resumed is not None and resumed.id == fresh.id
    assert resumed.executions == 2 and resumed.started_at == fresh.started_at
    assert resumed.steps == [step]
    assert [g.name for g in resumed.gates] == ["summary"]
    assert resumed.claims == [claim]
    assert resumed == await store.get_run(fresh.id)


async def test_a_claim_reads_back_the_trace_whatever_the_row_ids(store: SqlRunStore) -> None:
    # Run 2's step and gate get ids 1: a claim that compared a step's run_id with the
    # step's own id (SQLite's bare names in RETURNING) would find nothing to read back.
    first, second = await store.create_runs(["https://a.example/1", "https://a.example/2"], CLI)
    run = await store.claim_run("w1", lease_seconds=30, transports=["cli"], run_id=second.id)
    assert run is not None and run.id == second.id != 1
    now = datetime.now(UTC)
    step = Step(run.id, "fetch", StepStatus.RUNNING, started_at=now)
    await store.advance(started=[step])
    step.status, step.finished_at, step.output = StepStatus.SUCCEEDED, now, {"ok": True}
    await store.advance(
        finished=[step],
        gate=Gate(run.id, "summary", GateDecision.CONTINUE, "ok", now, decided_by="gate"),
    )
    await store.save_claims(run.id, [Claim(text="x", quote="x", step="summarise#1")])
    assert await store.renew_lease(run.id, "w1", lease_seconds=-1)
    resumed = await store.claim_run("w2", lease_seconds=30, transports=["cli"], run_id=run.id)
    assert resumed is not None
    assert resumed.steps == [step]
    assert [g.name for g in resumed.gates] == ["summary"]
    assert [c.text for c in resumed.claims] == ["x"]
    # And a run with nothing recorded reads nothing back, though other runs have rows.
    fresh = await store.claim_run("w2", lease_seconds=30, transports=["cli"], run_id=first.id)
    assert fresh is not None and (fresh.steps, fresh.gates, fresh.claims) == ([], [], [])


@dataclass
class Watcher:
    """A reporter that checks, each time it is told of progress, what is committed."""

    store: SqlRunStore
    committed: list[list[tuple[str, StepStatus]]] = field(default_factory=list)
    records_delivery: bool = False

    async def progress(self, run: Run) -> None:
        # What the thread is told is the run as it stands at the call (a concurrent step may
        # finish while this reporter reads the database).
        told = {s.name for s in run.steps if s.status is StepStatus.SUCCEEDED}
        stored = await self.store.get_run(run.id)
        assert stored is not None
        # Whatever the thread is told has finished is already committed as finished.
        durable = {s.name for s in stored.steps if s.status is StepStatus.SUCCEEDED}
        assert told <= durable, (told, durable)
        self.committed.append([(s.name, s.status) for s in stored.steps])

    async def escalated(self, run: Run, gate: Gate) -> None:
        pass

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        pass

    async def finished(self, run: Run) -> None:
        pass


async def test_a_step_starts_only_once_what_it_depends_on_is_committed(
    store: SqlRunStore,
) -> None:
    run = await _claimed(store)
    trace = Trace(run, store, Watcher(store), asyncio.Event())
    seen: dict[str, list[tuple[str, StepStatus]]] = {}

    def body(name: str) -> StepResult:
        return StepResult({"step": name}, Usage(1, 1))

    async def recording(name: str) -> StepResult:
        stored = await store.get_run(run.id)
        assert stored is not None
        seen[name] = [(s.name, s.status) for s in stored.steps]
        return body(name)

    await trace.step("fetch", lambda: recording("fetch"))
    await trace.step("summarise", lambda: recording("summarise"))
    await trace.gate("summary", GateOutcome(GateDecision.CONTINUE, "ok", {}))
    await asyncio.gather(
        trace.step("fact_check", lambda: recording("fact_check")),
        trace.step("tag", lambda: recording("tag")),
    )
    await trace.step("merge", lambda: recording("merge"))
    await trace.succeed({"done": True})

    ok, running = StepStatus.SUCCEEDED, StepStatus.RUNNING
    # Each body ran with its own start, and every earlier result, already committed.
    assert seen["fetch"] == [("fetch", running)]
    assert seen["summarise"] == [("fetch", ok), ("summarise", running)]
    assert seen["fact_check"][:2] == [("fetch", ok), ("summarise", ok)]
    assert {name for name, _ in seen["fact_check"]} >= {"fact_check", "tag"}
    assert seen["merge"] == [
        ("fetch", ok),
        ("summarise", ok),
        ("fact_check", ok),
        ("tag", ok),
        ("merge", running),
    ]
    stored = await store.get_run(run.id)
    assert stored is not None and stored.status is RunStatus.SUCCEEDED
    assert all(s.status is ok for s in stored.steps)
    assert stored.usage == Usage(5, 5)
    assert [g.name for g in stored.gates] == ["summary"]


class Shape(Pipeline):
    """fetch → summarise → (fact_check ∥ tag) → gate → merge through the real Worker and
    Trace, each body noting what was committed when it began."""

    def __init__(self, store: SqlRunStore) -> None:
        super().__init__(store, None, None, PipelineConfig())  # type: ignore[arg-type]
        self.seen: dict[str, list[tuple[str, StepStatus]]] = {}

    def body(
        self, trace: Trace, name: str, *, look: bool = True
    ) -> Callable[[], Awaitable[StepResult]]:
        async def recording() -> StepResult:
            if look:
                stored = await self.store.get_run(trace.run.id)
                assert stored is not None
                self.seen[name] = [(s.name, s.status) for s in stored.steps]
            return StepResult({"step": name}, Usage(1, 1))

        return recording

    async def _trunk(self, trace: Trace) -> None:
        await trace.step("fetch", self.body(trace, "fetch"))
        await trace.step("summarise", self.body(trace, "summarise"))
        await asyncio.gather(
            # Bodies that finish together (a branch that finishes while the other still
            # works commits at once: see Trace.step).
            trace.step("fact_check", self.body(trace, "fact_check", look=False)),
            trace.step("tag", self.body(trace, "tag", look=False)),
        )
        await trace.gate("summary", GateOutcome(GateDecision.CONTINUE, "ok", {}))
        await trace.step("merge", self.body(trace, "merge"))
        await trace.succeed({"done": True})


async def test_a_run_is_six_commits_from_its_creation_to_its_end(store: SqlRunStore) -> None:
    pipeline = Shape(store)
    worker = Worker(store, pipeline, lambda _run: Watcher(store), transports=["cli"])
    commits: list[object] = []
    listener = commits.append
    event.listen(store.runner.sync_engine, "commit", listener)
    try:
        (created,) = await store.create_runs(["https://a.example/1"], CLI) or []
        (run,) = await worker.execute_runs([created.id])
    finally:
        event.remove(store.runner.sync_engine, "commit", listener)
    assert run.status is RunStatus.SUCCEEDED and run.result_posted
    # 1. the run is recorded (create_runs);
    # 2. the claim, and fetch's start with it (fold: the claim starts a new run's first
    #    step in its own transaction, so that the lease and the first start are one commit);
    # 3. fetch's result with summarise's start (fold: a result goes with the next start);
    # 4. summarise's result with the starts of fact_check and tag;
    # 5. their results, the gate and merge's start (fold: a code-decided gate commits with
    #    what the run does next);
    # 6. merge's result with the run's end (fold: the last result with the outcome).
    # No fold lets a body begin before its start and every earlier result are durable:
    ok, running = StepStatus.SUCCEEDED, StepStatus.RUNNING
    assert len(commits) == 6
    assert pipeline.seen["fetch"] == [("fetch", running)]
    assert pipeline.seen["summarise"] == [("fetch", ok), ("summarise", running)]
    assert pipeline.seen["merge"] == [
        ("fetch", ok),
        ("summarise", ok),
        ("fact_check", ok),
        ("tag", ok),
        ("merge", running),
    ]
    stored = await store.get_run(run.id)
    assert stored is not None and stored.steps == run.steps
    assert [s.name for s in stored.steps] == ["fetch", "summarise", "fact_check", "tag", "merge"]
    assert all(s.status is ok for s in stored.steps) and stored.usage == Usage(5, 5)


async def test_a_claim_starts_the_first_step_only_of_a_run_with_none(store: SqlRunStore) -> None:
    (created,) = await store.create_runs(["https://a.example/1"], CLI) or []
    claimed = await store.claim_run("w1", lease_seconds=30, transports=["cli"], start="fetch")
    assert claimed is not None and claimed.id == created.id
    fetch = claimed.claimed_start
    assert fetch is not None and claimed.steps == [fetch]
    assert (fetch.name, fetch.attempt, fetch.status) == ("fetch", 1, StepStatus.RUNNING)
    assert fetch.started_at == claimed.updated_at
    stored = await store.get_run(created.id)
    assert stored is not None and stored.steps == [fetch] and stored.claimed_start is None
    # The worker dies in fetch; the run resumes with fetch in flight, which the next claim
    # leaves to the trace to start again (a new start time), and starts nothing itself.
    assert await store.renew_lease(created.id, "w1", lease_seconds=-1)
    resumed = await store.claim_run("w2", lease_seconds=30, transports=["cli"], start="fetch")
    assert resumed is not None and resumed.claimed_start is None
    assert resumed.steps == [fetch]
    trace = Trace(resumed, store, Watcher(store), asyncio.Event())
    await trace.step("fetch", lambda: _result("fetch"))
    await trace.succeed({})
    done = await store.get_run(created.id)
    assert done is not None and done.status is RunStatus.SUCCEEDED
    (again,) = done.steps
    assert again.status is StepStatus.SUCCEEDED and again.started_at > fetch.started_at


async def _result(name: str) -> StepResult:
    return StepResult({"step": name})


async def test_on_postgres_only_a_runs_steps_commit_without_waiting_for_the_flush(
    store: SqlRunStore,
) -> None:
    """Creation, claim and end wait for their WAL flush; the three step moves do not, and
    the setting stays local to each one's transaction (COPYDESK_STEP_COMMITS=fast)."""
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite makes this trade with its WAL and synchronous=NORMAL")
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    pipeline = Shape(store)
    worker = Worker(store, pipeline, lambda _run: Watcher(store), transports=["cli"])
    event.listen(store.runner.sync_engine, "before_cursor_execute", seen)
    try:
        (created,) = await store.create_runs(["https://a.example/1"], CLI) or []
        (run,) = await worker.execute_runs([created.id])
    finally:
        event.remove(store.runner.sync_engine, "before_cursor_execute", seen)
    assert run.status is RunStatus.SUCCEEDED
    writes = [s for s in statements if "INSERT INTO" in s or "UPDATE " in s]
    fast = ["set_config('synchronous_commit', 'off', true)" in s for s in writes]
    # Created; claimed with fetch started; then the three moves; merge's result with the end.
    assert fast == [False, False, True, True, True, False], writes
    async with store.engine.connect() as connection:
        setting = await connection.scalar(text("SHOW synchronous_commit"))
    assert setting == "on"


async def test_an_escalation_and_every_step_with_durable_steps_wait_for_the_flush(
    database_url: str,
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("Postgres only")
    engine = db.make_engine(database_url)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    for durable in (False, True):
        store = SqlRunStore(engine, durable_steps=durable)
        run = await _claimed(store)
        now = datetime.now(UTC)
        fetch = Step(run.id, "fetch", StepStatus.SUCCEEDED, started_at=now, finished_at=now)
        event.listen(store.runner.sync_engine, "before_cursor_execute", seen)
        try:
            statements.clear()
            await store.advance(
                finished=[fetch],
                gate=Gate(run.id, "fact_check", GateDecision.ESCALATE, "?", now, decided_by="gate"),
            )
            summarise = Step(run.id, "summarise", StepStatus.RUNNING, started_at=now)
            await store.advance(started=[summarise])
            summarise.status, summarise.finished_at = StepStatus.SUCCEEDED, now
            tag = Step(run.id, "tag", StepStatus.RUNNING, started_at=now)
            await store.advance(finished=[summarise], started=[tag])
        finally:
            event.remove(store.runner.sync_engine, "before_cursor_execute", seen)
        writes = [s for s in statements if "INSERT INTO" in s or "UPDATE " in s]
        fast = ["set_config('synchronous_commit', 'off', true)" in s for s in writes]
        # The escalation; a lone start (one write: no statement to fold it into); a move.
        assert fast == [False, False, not durable], (durable, statements)
        await store.aclose()
    await engine.dispose()
