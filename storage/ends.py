"""How runs end: the end committed with its last results, its delivery taken over when its
worker died, a delivery given up, and a run that keeps crashing failed with a sentence.

Statements for SqlRunStore (storage/store.py, storage/queue.py), built once, with bound
parameters.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, and_, bindparam, case, or_, select, update
from sqlalchemy.engine import Connection

from orchestrator.domain import RunStatus
from storage.models import Base, UTCDateTime

RUNS: Table = Base.metadata.tables["runs"]
USAGE_COLUMNS = ("input_tokens", "output_tokens", "cache_write_tokens", "cache_read_tokens")
FINAL = [s.value for s in RunStatus if s.is_final]


def _p(name: str, column: Any = None) -> Any:
    return bindparam(f"b_{name}", type_=column.type if column is not None else None)


def end_statement(prefix: str = "e_") -> Any:
    """The run's end and the usage of its last steps, in one UPDATE of its row.

    The lease is kept unless the end is told already: it now covers telling the thread,
    and a worker that dies before the end is told leaves it to lapse and be taken over
    (`claim_delivery`). A told run holds no lease.
    """
    r = RUNS.c
    told = _p(f"{prefix}told", r.result_posted)
    return (
        update(RUNS)
        # A run cancelled while its last step ran stays cancelled (no row: the caller stops).
        .where(r.id == _p(f"{prefix}run_id"), r.status == RunStatus.RUNNING.value)
        .values(
            status=_p(f"{prefix}status"),
            error=_p(f"{prefix}error"),
            result=_p(f"{prefix}result", r.result),
            finished_at=_p(f"{prefix}finished_at", r.finished_at),
            updated_at=_p("now", r.updated_at),
            result_posted=told,
            lease_owner=case((told, None), else_=r.lease_owner),
            lease_expires_at=case((told, None), else_=r.lease_expires_at),
            cost_usd=r.cost_usd + _p(f"{prefix}cost_usd"),
            **{c: r[c] + _p(f"{prefix}{c}") for c in USAGE_COLUMNS},
        )
        .returning(r.id)
    )


def deliverable() -> Any:
    """Ended, not told, not given up, and nobody holding it."""
    r = RUNS.c
    now = bindparam("b_now", type_=UTCDateTime())
    return and_(
        r.result_posted.is_(False),
        r.status.in_(FINAL),
        r.delivery_failed.is_(None),
        or_(r.lease_owner.is_(None), r.lease_expires_at < now),
    )


def failure_statement() -> Any:
    r = RUNS.c
    return (
        update(RUNS)
        .where(r.id == _p("run_id"))
        .values(
            delivery_failed=_p("what"),
            delivery_error=_p("why"),
            delivery_failed_at=_p("at", r.delivery_failed_at),
            # Given up is settled: an ended run holds no lease for it any more.
            lease_owner=case((r.status.in_(FINAL), None), else_=r.lease_owner),
            lease_expires_at=case((r.status.in_(FINAL), None), else_=r.lease_expires_at),
        )
    )


def count_crash(
    connection: Connection,
    *,
    run_id: int,
    worker: str,
    step: str,
    error: str,
    max_attempts: int,
    retry_in: float,
    now: datetime,
) -> bool | None:
    """Count one crashed execution; True when the run is failed by it, None when this worker
    no longer holds the run (cancelled, or taken over)."""
    r = RUNS.c
    held = and_(r.id == run_id, r.lease_owner == worker, r.status == RunStatus.RUNNING.value)
    row = connection.execute(select(r.crashes, r.crashed_step).where(held)).first()
    if row is None:
        return None
    # Crashes count in a row on one step: a run that got further is failing anew.
    crashes = (row.crashes if row.crashed_step == step else 0) + 1
    values: dict[str, Any] = {"crashes": crashes, "crashed_step": step, "updated_at": now}
    failed = crashes >= max_attempts
    if failed:
        values.update(
            status=RunStatus.FAILED.value, error=error, finished_at=now, result_posted=False
        )
        # Kept for as long as telling the thread takes; see `end_statement`.
        values["lease_expires_at"] = now + timedelta(seconds=max(retry_in, 30.0))
    else:
        # Claimable again once this lapses: the backoff before the next attempt.
        values["lease_expires_at"] = now + timedelta(seconds=retry_in)
    connection.execute(update(RUNS).where(held).values(values))
    return failed
