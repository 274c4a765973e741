"""Postgres: an operation's several writes as one statement, the others as data-modifying CTEs.

One statement is one transaction, and one round trip without BEGIN and COMMIT around it
(storage/runner.py runs it in AUTOCOMMIT): a run's creation, a claim with its first start,
and each move of a run (results, starts, a gate, the end) cost a round trip and a commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Float, Integer, bindparam, func, insert, literal, literal_column, select
from sqlalchemy.dialects import postgresql

from orchestrator.domain import Gate, Step, StepStatus
from orchestrator.ports import RunEnd
from orchestrator.usage import Usage
from storage import ends
from storage.models import UTCDateTime
from storage.params import end_params, finished_params, gate_values, prefixed, usage_params, utcnow
from storage.statements import (
    GATES,
    RUNS,
    SEEN_KEYS,
    STARTED_COLUMNS,
    STEPS,
    USAGE_COLUMNS,
    WAKE_CHANNEL,
    add_usage_statement,
    bound,
    finish_statement,
    p,
    restarting,
)

_ZERO_USAGE = (literal(0.0, Float), *(literal(0, Integer) for _ in USAGE_COLUMNS))


def start_steps_in_order() -> Any:
    """Start any number of steps with one INSERT, whose ids follow their order.

    The steps come as one array a column; a statement of a CTE a step would be cheaper to
    write, but Postgres runs sibling CTEs in no set order, and steps started together are
    read back in id order. (SQLAlchemy caches no multi-row VALUES, so not that either.)
    """
    s = STEPS.c
    rows = (
        func.unnest(
            *(bindparam(f"b_s_{c}", type_=postgresql.ARRAY(s[c].type)) for c in STARTED_COLUMNS)
        )
        .table_valued(*STARTED_COLUMNS)
        .render_derived()
    )
    return restarting(
        postgresql.insert(STEPS).from_select(
            [*STARTED_COLUMNS, "cost_usd", *USAGE_COLUMNS],
            select(*(rows.c[c] for c in STARTED_COLUMNS), *_ZERO_USAGE),
        )
    )


def claim_and_start(claim: Any) -> Any:
    """A claim, and the start of the run's first step when it has no steps yet.

    The claim is a CTE, its run's start an INSERT from it: the lease and the first start
    commit together, as one statement. `claim_started` is null when nothing was started.
    """
    claimed = claim.cte("claimed")
    first = select(
        claimed.c.id,
        p("start", STEPS.c.name),
        literal(1, Integer),
        literal(StepStatus.RUNNING.value),
        bindparam("b_now", type_=UTCDateTime()),
        *_ZERO_USAGE,
    ).where(claimed.c.has_steps.is_(False))
    started = (
        restarting(
            postgresql.insert(STEPS).from_select(
                [*STARTED_COLUMNS, "cost_usd", *USAGE_COLUMNS], first
            )
        )
        .returning(STEPS.c.run_id)
        .cte("started")
    )
    return select(claimed, started.c.run_id.label("claim_started")).select_from(
        claimed.outerjoin(started, literal(True))
    )


def in_one_statement(parts: Sequence[Any]) -> Any:
    """The last statement, with the others before it as data-modifying CTEs.

    Postgres runs every CTE once and to completion, read or not; they all see the same
    snapshot, so no two of them may touch the same row (the callers make sure).
    """
    *before, last = parts
    return last.add_cte(*(part.cte(f"w{n}") for n, part in enumerate(before)))


_ASYNC_COMMIT = "set_config('synchronous_commit', 'off', true)"


def fast_commit(parts: Sequence[Any], *, returning_gate: bool) -> Any:
    """Every part as a data-modifying CTE, under a SELECT that turns `synchronous_commit` off
    for this statement's own transaction (a local setting: the session's stays as it was).

    Such a commit is visible to everyone at once and survives any crash of ours; only a crash
    of the Postgres server (or its machine) within about three `wal_writer_delay`s of it can
    undo it, and the WAL's order then undoes every later one too: the run is found as it was
    a step earlier, and that step runs again — what a worker killed before its commit leaves.
    The SQLite store makes the same trade (WAL with synchronous=NORMAL). A run's creation,
    claim, end and every gate a person decides commit durably as before.
    The last part's RETURNING, when it is a gate's, comes back as `id`.
    """
    ctes = [part.cte(f"w{n}") for n, part in enumerate(parts)]
    # Written out, not bound: what the statement does shows in its text (logs, pg_stat).
    columns: list[Any] = [literal_column(_ASYNC_COMMIT).label("fast")]
    if returning_gate:
        columns.append(select(ctes[-1].c.id).scalar_subquery().label("id"))
    return select(*columns).add_cte(*ctes)


class OneStatement:
    """The one-statement forms a store builds as it meets them, by shape."""

    def __init__(self, claims: Sequence[Any]) -> None:
        # Each claim with its run's first start (`claim_and_start`).
        self.claims_starting = {claim: claim_and_start(claim) for claim in claims}
        self._creates: dict[bool, Any] = {}
        self._advances: dict[tuple[int, int, bool, bool, bool, bool], Any] = {}

    def create(self, columns: tuple[str, ...], keys: bool) -> Any:
        """Remember the keys, record the run and wake the workers, in one statement."""
        statement = self._creates.get(keys)
        if statement is None:
            run = select(*(p(f"r_{c}", RUNS.c[c]) for c in columns))
            if keys:
                seen = bindparam("b_keys", type_=postgresql.ARRAY(SEEN_KEYS.c.key.type))
                remembered = (
                    insert(SEEN_KEYS)
                    .from_select(
                        ["key", "created_at"],
                        select(func.unnest(seen), p("now", SEEN_KEYS.c.created_at)),
                    )
                    .returning(SEEN_KEYS.c.key)
                    .cte("remembered")
                )
                # Every key is written before the run is: a key seen before fails the
                # statement before the run takes an id (run numbers have no gaps).
                everyone = select(func.count()).select_from(remembered).scalar_subquery()
                run = run.where(everyone == func.cardinality(seen))
            created = (
                insert(RUNS).from_select(list(columns), run).returning(RUNS.c.id).cte("created")
            )
            # NOTIFY as a function, so as to be part of the statement; sent on commit.
            statement = select(created.c.id, func.pg_notify(WAKE_CHANNEL, ""))
            self._creates[keys] = statement
        return statement

    def advance(
        self,
        finished: Sequence[Step],
        usage: dict[int, Usage],
        started: Sequence[Step],
        gate: Gate | None,
        ended: tuple[int, RunEnd, Usage] | None,
        *,
        fast: bool = False,
    ) -> tuple[Any, dict[str, Any]]:
        """`SqlRunStore.advance` as one statement (results, usage, starts, a gate, an end),
        and its parameters. It returns a row when its gate was recorded (`id`) or its end
        applied (no row: the run was cancelled meanwhile).

        `fast` (never with an end): the statement commits without waiting for its WAL flush
        (see `fast_commit`).
        """
        fast = fast and ended is None
        shape = (
            len(finished), len(usage), bool(started), gate is not None, ended is not None, fast
        )  # fmt: skip
        statement = self._advances.get(shape)
        if statement is None:
            parts = [finish_statement(f"f{n}_") for n in range(len(finished))]
            parts += [add_usage_statement(f"u{n}_") for n in range(len(usage))]
            if started:
                parts.append(start_steps_in_order())
            if gate is not None:
                values = bound(GATES, list(gate_values(gate)), "g_")
                parts.append(insert(GATES).values(values).returning(GATES.c.id))
            if ended is not None:
                # Last, so that its RETURNING says whether it applied (never with a gate:
                # see `one_statement` in `SqlRunStore.advance`).
                parts.append(ends.end_statement())
            statement = self._advances[shape] = (
                fast_commit(parts, returning_gate=gate is not None)
                if fast
                else in_one_statement(parts)
            )
        params: dict[str, Any] = {"b_now": utcnow()}
        for n, step in enumerate(finished):
            params.update(finished_params(step, f"f{n}_"))
        for n, (run_id, used) in enumerate(usage.items()):
            params.update(usage_params(used, f"u{n}_"), **{f"b_u{n}_run_id": run_id})
        if started:
            params.update(
                {f"b_s_{c}": [getattr(step, c) for step in started] for c in STARTED_COLUMNS},
                b_s_status=[step.status.value for step in started],
            )
        if ended is not None:
            params.update(end_params(*ended))
        if gate is not None:
            params.update(prefixed(gate_values(gate), "g_"))
        return statement, params
