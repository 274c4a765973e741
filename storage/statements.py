"""The run store's statements: SQLAlchemy Core, built once, with bound parameters.

An operation on the hot path (claiming runs, starting and finishing steps, recording gates,
ending runs) then costs its round trips and little else: a statement built once is
compiled once (SQLAlchemy's cache), where a session and ORM objects would cost more Python
than the database work they wrap (issue 4: 29 ms a run before). Postgres's one-statement
forms of them are in storage/postgres.py; the values they bind, in storage/params.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON as JSONColumn
from sqlalchemy import (
    Table,
    and_,
    bindparam,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from orchestrator.domain import RunStatus, StepStatus
from storage import ends
from storage.models import Base, UTCDateTime

# The Postgres channel workers LISTEN on; a NOTIFY on it means "there may be work".
WAKE_CHANNEL = "copydesk_runs"

RUNS: Table = Base.metadata.tables["runs"]
STEPS: Table = Base.metadata.tables["steps"]
GATES: Table = Base.metadata.tables["gates"]
CLAIMS: Table = Base.metadata.tables["claims"]
SEEN_KEYS: Table = Base.metadata.tables["seen_keys"]

USAGE_COLUMNS = ("input_tokens", "output_tokens", "cache_write_tokens", "cache_read_tokens")
STARTED_COLUMNS = ("run_id", "name", "attempt", "status", "started_at")
# A step as the trace writes it, whether it starts or finishes.
STEP_COLUMNS = (
    *STARTED_COLUMNS,
    "finished_at",
    "output",
    "error",
    "model",
    "cost_usd",
    *USAGE_COLUMNS,
)


def p(name: str, column: Any = None) -> Any:
    """A bound parameter; `b_` names never clash with the column names SET clauses reserve."""
    return bindparam(f"b_{name}", type_=column.type if column is not None else None)


def bound(table: Table, columns: Sequence[str], prefix: str) -> dict[str, Any]:
    """Columns as parameters `b_<prefix><column>` (see `params.prefixed`)."""
    return {column: p(f"{prefix}{column}", table.c[column]) for column in columns}


def finish_statement(prefix: str = "") -> Any:
    s = STEPS.c
    return (
        update(STEPS)
        .where(
            s.run_id == p(f"{prefix}run_id"),
            s.name == p(f"{prefix}name"),
            s.attempt == p(f"{prefix}attempt"),
            # A committed result is final: should a step ever run twice, the first commit
            # stands (the trace never re-runs one; this keeps the database from letting it).
            s.status != StepStatus.SUCCEEDED.value,
        )
        .values(
            status=p(f"{prefix}status"),
            finished_at=p(f"{prefix}finished_at", s.finished_at),
            output=p(f"{prefix}output", s.output),
            error=p(f"{prefix}error"),
            model=p(f"{prefix}model"),
            cost_usd=p(f"{prefix}cost_usd"),
            **{c: p(f"{prefix}{c}") for c in USAGE_COLUMNS},
        )
    )


def add_usage_statement(prefix: str = "") -> Any:
    """Per-run totals kept on the run row so lists and budgets need no join."""
    r = RUNS.c
    return (
        update(RUNS)
        .where(r.id == p(f"{prefix}run_id"))
        .values(
            cost_usd=r.cost_usd + p(f"{prefix}cost_usd"),
            updated_at=p("now", r.updated_at),
            **{c: r[c] + p(f"{prefix}{c}") for c in USAGE_COLUMNS},
        )
    )


def restarting(started: Any) -> Any:
    # A step that was in flight when its worker died is started again: same row, new time.
    # Never a committed one: its start and result stay as they were.
    return started.on_conflict_do_update(
        index_elements=["run_id", "name", "attempt"],
        set_={
            "status": started.excluded.status,
            "started_at": started.excluded.started_at,
            "error": None,
        },
        where=STEPS.c.status != StepStatus.SUCCEEDED.value,
    )


def steps_statement(dialect_insert: Any) -> Any:
    """Steps finished and started, as they stand, in one statement (many rows).

    A new step is inserted; one recorded before is overwritten: a finished step's start as
    it was, with its result, or a step that was in flight when its worker died started
    again (same row, new time). Never a committed one: its start and result stay as they
    were, should a step ever run twice (the trace never re-runs one).
    """
    values = bound(STEPS, STEP_COLUMNS, "w_")
    # A step without an output (started, or failed) stores none, not JSON's null.
    values["output"] = bindparam("b_w_output", type_=JSONColumn(none_as_null=True))
    statement = dialect_insert(STEPS).values(values)
    return statement.on_conflict_do_update(
        index_elements=["run_id", "name", "attempt"],
        set_={c: statement.excluded[c] for c in STEP_COLUMNS[3:]},
        where=STEPS.c.status != StepStatus.SUCCEEDED.value,
    )


class Statements:
    """The statements a store runs again and again, built once for its database."""

    def __init__(self, dialect: str) -> None:
        dialect_insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        r, s, g = RUNS.c, STEPS.c, GATES.c
        now = bindparam("b_now", type_=UTCDateTime())

        # Whether a run has anything to read back: a run claimed for the first time has not,
        # and its claim is then one statement. The run's id is named by its table: SQLite's
        # RETURNING names columns bare, and a bare `id` in the subquery would be the step's
        # own (`steps.run_id = steps.id`), true or false whatever the run has.
        run_id: Any = literal_column("runs.id")
        has_trace = (
            exists().where(s.run_id == run_id).label("has_steps"),
            exists().where(g.run_id == run_id).label("has_gates"),
            exists().where(CLAIMS.c.run_id == run_id).label("has_claims"),
        )
        self.read_run = select(RUNS, *has_trace).where(r.id == p("run_id"))
        claimable = or_(
            r.status == RunStatus.QUEUED.value,
            # A running run whose worker stopped renewing its lease: that worker is gone.
            and_(r.status == RunStatus.RUNNING.value, r.lease_expires_at < now),
        )
        pick = select(r.id).where(
            claimable, r.transport.in_(bindparam("b_transports", expanding=True))
        )
        take = {
            "status": RunStatus.RUNNING.value,
            "lease_owner": p("worker"),
            "lease_expires_at": p("lease_until", r.lease_expires_at),
            "started_at": func.coalesce(r.started_at, now),
            "updated_at": now,
            "executions": r.executions + 1,
        }

        def claim(pick: Any) -> Any:
            # One statement: pick and take together, returning the row. SKIP LOCKED lets many
            # Postgres workers claim without waiting on each other; SQLite ignores it and runs
            # the statement under its single write lock, which is just as exclusive.
            pick = pick.order_by(r.id).limit(1).with_for_update(skip_locked=True)
            return (
                update(RUNS)
                .where(r.id == pick.scalar_subquery())
                .values(take)
                .returning(*RUNS.c, *has_trace)
            )

        self.claim_next = claim(pick)
        self.claim_one = claim(pick.where(r.id == p("run_id")))
        # An ended run whose end nobody told: taken like a run, and counted as an execution
        # (a reporter resuming it looks for what was posted before).
        owed = select(r.id).where(
            ends.deliverable(), r.transport.in_(bindparam("b_transports", expanding=True))
        )
        owed = owed.order_by(r.id).limit(1).with_for_update(skip_locked=True)
        deliver = (
            update(RUNS)
            .values(
                lease_owner=p("worker"),
                lease_expires_at=p("lease_until", r.lease_expires_at),
                executions=r.executions + 1,
            )
            .returning(*RUNS.c, *has_trace)
        )
        self.claim_delivery = deliver.where(r.id == owed.scalar_subquery())
        self.claim_one_delivery = deliver.where(r.id == p("run_id"), ends.deliverable())
        self.record_failure = ends.failure_statement()
        self.read_steps = select(STEPS).where(s.run_id == p("run_id")).order_by(s.started_at, s.id)
        self.read_gates = select(GATES).where(g.run_id == p("run_id")).order_by(g.id)
        self.read_claims = (
            select(CLAIMS).where(CLAIMS.c.run_id == p("run_id")).order_by(CLAIMS.c.position)
        )

        self.write_steps = steps_statement(dialect_insert)
        self.add_usage = add_usage_statement()
        self.record_gate = insert(GATES).returning(g.id)
        self.end_run = ends.end_statement()
        self.create_one = insert(RUNS).returning(r.id)
        self.create_many = insert(RUNS).returning(r.id, sort_by_parameter_order=True)
        self.renew_lease = (
            update(RUNS)
            .where(
                r.id == p("run_id"),
                r.lease_owner == p("worker"),
                # A cancelled run loses its lease here, which tells its worker to stop. An
                # ended one keeps it while its end is told (`ends.end_statement`).
                or_(
                    r.status == RunStatus.RUNNING.value,
                    and_(r.status.in_(ends.FINAL), r.result_posted.is_(False)),
                ),
            )
            .values(lease_expires_at=p("lease_until", r.lease_expires_at))
            .returning(r.id)
        )
        self.release_run = (
            update(RUNS)
            .where(r.id == p("run_id"), r.lease_owner == p("worker"))
            .values(lease_owner=None, lease_expires_at=None)
        )
        # update_run's statements, one for each set of columns it is asked to set.
        self._update_run: dict[tuple[str, ...], Any] = {}

    def update_run(self, keys: tuple[str, ...]) -> Any:
        """An UPDATE of these columns of a run, each bound as `b_<column>`."""
        statement = self._update_run.get(keys)
        if statement is None:
            statement = self._update_run[keys] = (
                update(RUNS)
                .where(RUNS.c.id == p("run_id"))
                .values({key: p(key, RUNS.c[key]) for key in keys})
            )
        return statement
