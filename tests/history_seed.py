"""A small, known history written through the real store: the runs the question tests ask
about. Run ids are fixed by insertion order (1, 2, 3, then 4 which is pruned, then 5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from fakes.slack import TEAM_ID
from orchestrator.domain import (
    Claim,
    Gate,
    GateDecision,
    Origin,
    RunStatus,
    Step,
    StepStatus,
    Verdict,
)
from orchestrator.usage import Usage
from storage.history import SqlHistory
from storage.models import RunRow
from storage.store import SqlRunStore

HARBOUR = "https://news.example/2026/harbour"
COUNCIL = "https://other.example/council-vote"
BRIDGE = "https://news.example/2026/bridge"
STEPS = ("fetch", "summarise", "fact_check", "tag", "merge")


async def _steps(
    store: SqlRunStore, run_id: int, names: tuple[str, ...], *, fail: str = ""
) -> None:
    at = datetime.now(UTC) - timedelta(seconds=30)
    for name in names:
        step = Step(run_id, name, StepStatus.RUNNING, started_at=at)
        await store.start_step(step)
        at += timedelta(seconds=2)
        step.finished_at = at
        step.status = StepStatus.FAILED if name == fail else StepStatus.SUCCEEDED
        step.error = "the page answered 503" if name == fail else None
        step.model = "claude-sonnet-4-5"
        step.usage = Usage(1000, 200, cost_usd=0.006) if name != "fetch" else Usage()
        await store.finish_step(step)


async def seed(store: SqlRunStore, history: SqlHistory) -> None:
    """Run 1 escalated and approved; 2 failed; 3 waiting; 4 pruned; 5 a long trace."""
    # Asked for in a public channel of the fake's workspace: anyone there may read them.
    slack = Origin(
        "slack",
        channel="C1",
        thread_ts="1700000000.000100",
        user="U1",
        team=TEAM_ID,
        conversation="public",
    )
    (one,) = await store.create_runs([HARBOUR], slack) or []
    await _steps(store, one.id, STEPS)
    now = datetime.now(UTC)
    await store.record_gate(Gate(one.id, "summary", GateDecision.CONTINUE, "3 claims", now,
                                 decided_by="gate", decided_at=now))  # fmt: skip
    gate = await store.record_gate(
        Gate(one.id, "fact_check", GateDecision.ESCALATE,
             "1 of 3 claims is not supported by the article", now,
             evidence={"disputed": [{"claim": 2, "text": "The harbour cost 41 million.",
                                     "evidence": "The article says 14 million."}]})
    )  # fmt: skip
    assert gate.id is not None
    await store.decide_gate(
        gate.id, GateDecision.APPROVED, decided_by="U0APPROVE", note="checked it"
    )
    await store.save_claims(
        one.id,
        [
            Claim("The harbour reopened on Monday.", "reopened on Monday", "summarise",
                  verdict=Verdict.SUPPORTED, evidence="reopened on Monday",
                  checked_by="fact_check"),
            Claim("The harbour cost 41 million.", "cost 14 million", "summarise",
                  agent="summariser", round=1, verdict=Verdict.UNSUPPORTED,
                  evidence="The article says 14 million.", checked_by="fact_check",
                  source_url="https://stats.example/harbour", source_found="14 million"),
        ],
    )  # fmt: skip
    await store.update_run(
        one.id,
        status=RunStatus.SUCCEEDED,
        result={"title": "The harbour reopens", "tags": ["harbour", "port"], "claims": []},
    )

    (two,) = (
        await store.create_runs(
            [COUNCIL],
            Origin("slack", channel="C1", user="U0OTHER", team=TEAM_ID, conversation="public"),
        )
        or []
    )
    await _steps(store, two.id, ("fetch",), fail="fetch")
    await store.update_run(two.id, status=RunStatus.FAILED, error="the page answered 503")

    (three,) = await store.create_runs([BRIDGE], slack) or []
    await _steps(store, three.id, ("fetch", "summarise", "fact_check", "tag"))
    await store.record_gate(Gate(three.id, "fact_check", GateDecision.ESCALATE,
                                 "a figure is not in its source", now))  # fmt: skip
    await store.update_run(three.id, status=RunStatus.WAITING)

    (four,) = await store.create_runs(["https://news.example/old"], slack) or []
    await _steps(store, four.id, STEPS)
    await store.update_run(four.id, status=RunStatus.SUCCEEDED)
    (five,) = await store.create_runs(["https://news.example/long"], slack) or []
    await _steps(store, five.id, STEPS)
    await store.save_claims(
        five.id,
        [Claim(f"Long claim {i}: " + "the harbour " * 30, None, "summarise") for i in range(60)],
    )
    await store.update_run(five.id, status=RunStatus.SUCCEEDED)
    async with store.engine.begin() as connection:
        await connection.execute(
            update(RunRow).where(RunRow.id == four.id).values(created_at=now - timedelta(days=200))
        )
    pruned = await history.prune(now - timedelta(days=90))
    assert pruned.runs == 1 and pruned.steps == len(STEPS)
