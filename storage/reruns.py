"""SqlReruns: the orchestrator's RerunStore, beside the run store and on its runner.

A re-run and its copied steps commit in one transaction: a worker that claims the run finds
the copied steps already there and replays them, so a crash can never leave a re-run that
would spend tokens again on what it was meant to copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from orchestrator.domain import Lineage, Origin, Run, RunStatus, Step
from storage.params import domain_of
from storage.rows import run_from_row
from storage.statements import RUNS, STEPS, USAGE_COLUMNS
from storage.store import SqlRunStore

# What a list of runs reads: everything but the heavy result.
_LIGHT = [c for c in RUNS.c if c.name != "result"]
_FINISHED = [RunStatus.SUCCEEDED.value, RunStatus.FAILED.value, RunStatus.REJECTED.value]


class SqlReruns:
    def __init__(self, store: SqlRunStore) -> None:
        self.store = store
        self.runner = store.runner

    async def create_rerun(
        self, url: str, origin: Origin, lineage: Lineage, copied: Sequence[Step]
    ) -> Run:
        now = datetime.now(UTC)
        values: dict[str, Any] = {
            "url": url,
            "domain": domain_of(url),
            "status": RunStatus.QUEUED.value,
            "transport": origin.transport,
            "channel": origin.channel,
            "thread_ts": origin.thread_ts,
            "user_id": origin.user,
            "team_id": origin.team,
            "created_at": now,
            "updated_at": now,
            "result_posted": False,
            "cost_usd": 0.0,
            "executions": 0,
            "parent_run_id": lineage.parent_id,
            "rerun_from": lineage.from_step,
            "model": lineage.model,
            "refetch": lineage.refetch,
            "evaluation": lineage.evaluation,
            **dict.fromkeys(USAGE_COLUMNS, 0),
        }

        def create(connection: Connection) -> int:
            run_id: int = connection.execute(
                insert(RUNS).values(values).returning(RUNS.c.id)
            ).scalar_one()
            if copied:
                connection.execute(insert(STEPS), [_copied_row(run_id, s) for s in copied])
            self.store._notify(connection)
            return run_id

        run_id = await self.runner.write(create)
        return Run(
            id=run_id,
            url=url,
            status=RunStatus.QUEUED,
            origin=origin,
            created_at=now,
            updated_at=now,
            lineage=lineage,
            steps=[_as_step_of(run_id, s) for s in copied],
        )

    async def reruns_of(self, run_id: int) -> list[Run]:
        query = select(*_LIGHT).where(RUNS.c.parent_run_id == run_id).order_by(RUNS.c.id)
        rows = await self.runner.read(lambda connection: connection.execute(query).mappings().all())
        return [run_from_row(row) for row in rows]

    async def rerun_candidates(self, since: datetime, limit: int) -> list[Run]:
        query = (
            select(*_LIGHT)
            .where(
                RUNS.c.created_at >= since,
                RUNS.c.status.in_(_FINISHED),
                RUNS.c.evaluation.is_(False),
            )
            .order_by(RUNS.c.id.desc())
            .limit(limit)
        )
        rows = await self.runner.read(lambda connection: connection.execute(query).mappings().all())
        return [run_from_row(row) for row in rows]


def _copied_row(run_id: int, step: Step) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "name": step.name,
        "attempt": step.attempt,
        "status": step.status.value,
        "started_at": step.started_at,
        "finished_at": step.finished_at,
        "output": step.output,
        "error": None,
        "model": step.model,
        "cost_usd": 0.0,
        **dict.fromkeys(USAGE_COLUMNS, 0),
        "copied_from_run_id": step.copied_from,
    }


def _as_step_of(run_id: int, step: Step) -> Step:
    return Step(
        run_id=run_id,
        name=step.name,
        status=step.status,
        started_at=step.started_at,
        finished_at=step.finished_at,
        attempt=step.attempt,
        output=step.output,
        model=step.model,
        copied_from=step.copied_from,
    )
