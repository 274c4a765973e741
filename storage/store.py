"""SqlRunStore: the orchestrator's RunStore on SQLAlchemy, the same code on SQLite and Postgres.

The hot path (claiming runs, starting and finishing steps, recording gates, ending runs) is
SQLAlchemy Core: statements are built once, here, with bound parameters, so that an operation
costs its round trips and little else. A session and ORM objects cost more Python than the
database work they wrap (issue 4: 29 ms a run before).

Each operation is one transaction body, a plain function over a sync `Connection`, which a
runner (storage/runner.py) runs whole: one hop to SQLite's thread, or over asyncpg with the
fewest round trips. On Postgres, an operation's several writes are one statement, the
others as data-modifying CTEs (`_in_one_statement`): a round trip and a commit, no BEGIN.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import JSON as JSONColumn
from sqlalchemy import (
    Float,
    Integer,
    RowMapping,
    Table,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from orchestrator.domain import (
    JSON,
    Claim,
    DeliveryFailure,
    Gate,
    GateDecision,
    Origin,
    Run,
    RunStatus,
    Step,
    StepStatus,
    Usage,
)
from orchestrator.ports import RunEnd
from orchestrator.telemetry import new_trace_id
from orchestrator.trace import RunStopped
from storage import ends
from storage.models import Base, UTCDateTime
from storage.rows import (
    claim_from_row,
    gate_from_row,
    run_from_row,
    step_from_row,
)
from storage.runner import Runner, runner_for

log = logging.getLogger(__name__)

# The Postgres channel workers LISTEN on; a NOTIFY on it means "there may be work".
WAKE_CHANNEL = "copydesk_runs"

RUNS: Table = Base.metadata.tables["runs"]
STEPS: Table = Base.metadata.tables["steps"]
GATES: Table = Base.metadata.tables["gates"]
CLAIMS: Table = Base.metadata.tables["claims"]
SEEN_KEYS: Table = Base.metadata.tables["seen_keys"]

USAGE_COLUMNS = ("input_tokens", "output_tokens", "cache_write_tokens", "cache_read_tokens")


def _now() -> datetime:
    return datetime.now(UTC)


def domain_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")[:255]


def _p(name: str, column: Any = None) -> Any:
    """A bound parameter; `b_` names never clash with the column names SET clauses reserve."""
    return bindparam(f"b_{name}", type_=column.type if column is not None else None)


def _finish_statement(prefix: str = "") -> Any:
    s = STEPS.c
    return (
        update(STEPS)
        .where(
            s.run_id == _p(f"{prefix}run_id"),
            s.name == _p(f"{prefix}name"),
            s.attempt == _p(f"{prefix}attempt"),
            # A committed result is final: should a step ever run twice, the first commit
            # stands (the trace never re-runs one; this keeps the database from letting it).
            s.status != StepStatus.SUCCEEDED.value,
        )
        .values(
            status=_p(f"{prefix}status"),
            finished_at=_p(f"{prefix}finished_at", s.finished_at),
            output=_p(f"{prefix}output", s.output),
            error=_p(f"{prefix}error"),
            model=_p(f"{prefix}model"),
            cost_usd=_p(f"{prefix}cost_usd"),
            **{c: _p(f"{prefix}{c}") for c in USAGE_COLUMNS},
        )
    )


def _add_usage_statement(prefix: str = "") -> Any:
    """Per-run totals kept on the run row so lists and budgets need no join."""
    r = RUNS.c
    return (
        update(RUNS)
        .where(r.id == _p(f"{prefix}run_id"))
        .values(
            cost_usd=r.cost_usd + _p(f"{prefix}cost_usd"),
            updated_at=_p("now", r.updated_at),
            **{c: r[c] + _p(f"{prefix}{c}") for c in USAGE_COLUMNS},
        )
    )


def _restarting(started: Any) -> Any:
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


def _steps_statement(dialect_insert: Any) -> Any:
    """Steps finished and started, as they stand, in one statement (many rows).

    A new step is inserted; one recorded before is overwritten: a finished step's start as
    it was, with its result, or a step that was in flight when its worker died started
    again (same row, new time). Never a committed one: its start and result stay as they
    were, should a step ever run twice (the trace never re-runs one).
    """
    values = _bound(STEPS, STEP_COLUMNS, "w_")
    # A step without an output (started, or failed) stores none, not JSON's null.
    values["output"] = bindparam("b_w_output", type_=JSONColumn(none_as_null=True))
    statement = dialect_insert(STEPS).values(values)
    return statement.on_conflict_do_update(
        index_elements=["run_id", "name", "attempt"],
        set_={c: statement.excluded[c] for c in STEP_COLUMNS[3:]},
        where=STEPS.c.status != StepStatus.SUCCEEDED.value,
    )


def _start_steps_in_order() -> Any:
    """Postgres: start any number of steps with one INSERT, whose ids follow their order.

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
    zero = (literal(0.0, Float), *(literal(0, Integer) for _ in USAGE_COLUMNS))
    return _restarting(
        postgresql.insert(STEPS).from_select(
            [*STARTED_COLUMNS, "cost_usd", *USAGE_COLUMNS],
            select(*(rows.c[c] for c in STARTED_COLUMNS), *zero),
        )
    )


def _claim_and_start(claim: Any) -> Any:
    """Postgres: a claim, and the start of the run's first step when it has no steps yet.

    The claim is a CTE, its run's start an INSERT from it: the lease and the first start
    commit together, as one statement. `claim_started` is null when nothing was started.
    """
    claimed = claim.cte("claimed")
    zero = (literal(0.0, Float), *(literal(0, Integer) for _ in USAGE_COLUMNS))
    first = select(
        claimed.c.id,
        _p("start", STEPS.c.name),
        literal(1, Integer),
        literal(StepStatus.RUNNING.value),
        bindparam("b_now", type_=UTCDateTime()),
        *zero,
    ).where(claimed.c.has_steps.is_(False))
    started = (
        _restarting(
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


def _in_one_statement(parts: Sequence[Any]) -> Any:
    """Postgres: the last statement, with the others before it as data-modifying CTEs.

    One statement is one transaction, and one round trip without BEGIN and COMMIT around
    it. Postgres runs every CTE once and to completion, read or not; they all see the same
    snapshot, so no two of them may touch the same row (the callers make sure).
    """
    *before, last = parts
    return last.add_cte(*(part.cte(f"w{n}") for n, part in enumerate(before)))


class SqlRunStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        # How this store's transactions reach the database; closed by `aclose`.
        self.runner: Runner = runner_for(engine)
        self._dialect = engine.dialect.name
        dialect_insert = postgresql.insert if self._dialect == "postgresql" else sqlite.insert
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
        self._read_run = select(RUNS, *has_trace).where(r.id == _p("run_id"))
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
            "lease_owner": _p("worker"),
            "lease_expires_at": _p("lease_until", r.lease_expires_at),
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

        self._claim_next = claim(pick)
        # An ended run whose end nobody told: taken like a run, and counted as an execution
        # (a reporter resuming it looks for what was posted before).
        owed = select(r.id).where(
            ends.deliverable(), r.transport.in_(bindparam("b_transports", expanding=True))
        )
        owed = owed.order_by(r.id).limit(1).with_for_update(skip_locked=True)
        deliver = (
            update(RUNS)
            .values(
                lease_owner=_p("worker"),
                lease_expires_at=_p("lease_until", r.lease_expires_at),
                executions=r.executions + 1,
            )
            .returning(*RUNS.c, *has_trace)
        )
        self._claim_delivery = deliver.where(r.id == owed.scalar_subquery())
        self._claim_one_delivery = deliver.where(r.id == _p("run_id"), ends.deliverable())
        self._record_failure = ends.failure_statement()
        self._claim_one = claim(pick.where(r.id == _p("run_id")))
        # Postgres: the claim and its run's first step's start, as one statement.
        self._claims_starting = {
            claim: _claim_and_start(claim) for claim in (self._claim_next, self._claim_one)
        }
        self._read_steps = (
            select(STEPS).where(s.run_id == _p("run_id")).order_by(s.started_at, s.id)
        )
        self._read_gates = select(GATES).where(g.run_id == _p("run_id")).order_by(g.id)
        self._read_claims = (
            select(CLAIMS).where(CLAIMS.c.run_id == _p("run_id")).order_by(CLAIMS.c.position)
        )

        self._write_steps = _steps_statement(dialect_insert)
        self._add_usage = _add_usage_statement()
        self._record_gate = insert(GATES).returning(g.id)
        # Postgres takes a transaction of several writes as one statement (`_in_one_statement`):
        # those statements, by shape.
        self._one_statement = self._dialect == "postgresql"
        self._advances: dict[tuple[int, int, bool, bool, bool], Any] = {}
        self._end_run = ends.end_statement()
        self._creates: dict[bool, Any] = {}
        self._create_one = insert(RUNS).returning(r.id)
        self._create_many = insert(RUNS).returning(r.id, sort_by_parameter_order=True)
        self._renew_lease = (
            update(RUNS)
            .where(
                r.id == _p("run_id"),
                r.lease_owner == _p("worker"),
                # A cancelled run loses its lease here, which tells its worker to stop. An
                # ended one keeps it while its end is told (`ends.end_statement`).
                or_(
                    r.status == RunStatus.RUNNING.value,
                    and_(r.status.in_(ends.FINAL), r.result_posted.is_(False)),
                ),
            )
            .values(lease_expires_at=_p("lease_until", r.lease_expires_at))
            .returning(r.id)
        )
        self._release_run = (
            update(RUNS)
            .where(r.id == _p("run_id"), r.lease_owner == _p("worker"))
            .values(lease_owner=None, lease_expires_at=None)
        )
        # update_run's statements, one for each set of columns it is asked to set.
        self._update_run: dict[tuple[str, ...], Any] = {}

    async def aclose(self) -> None:
        """Close what the store opened (SQLite's thread and its connection); not the engine."""
        await self.runner.aclose()

    # -- creating runs -----------------------------------------------------------------------

    async def create_runs(
        self, urls: Sequence[str], origin: Origin, *, dedupe_keys: Sequence[str] = ()
    ) -> list[Run] | None:
        now = _now()
        values = {
            "status": RunStatus.QUEUED.value,
            "transport": origin.transport,
            "channel": origin.channel,
            "thread_ts": origin.thread_ts,
            "user_id": origin.user,
            "team_id": origin.team,
            "conversation": origin.conversation,
            "created_at": now,
            "updated_at": now,
            "result_posted": False,
            "cost_usd": 0.0,
            "executions": 0,
            "refetch": False,
            "evaluation": False,
            "crashes": 0,
            **dict.fromkeys(USAGE_COLUMNS, 0),
        }

        # One run (a message's usual one link) is one statement on Postgres.
        one_statement = self._one_statement and len(urls) == 1
        # Each run's OpenTelemetry trace, chosen now so that tracing costs no write later.
        trace_ids = [new_trace_id() for _ in urls]

        def create(connection: Connection) -> list[int]:
            # The keys and the runs commit together: a redelivery either finds the keys (and
            # starts nothing) or the first delivery never happened.
            if one_statement:
                row = {
                    **values,
                    "url": urls[0],
                    "domain": domain_of(urls[0]),
                    "trace_id": trace_ids[0],
                }
                statement = self._create_in_one(tuple(row), bool(dedupe_keys))
                params = {"b_now": now, "b_keys": list(dedupe_keys), **_prefixed(row, "r_")}
                return [connection.execute(statement, params).scalar_one()]
            if dedupe_keys:
                connection.execute(
                    insert(SEEN_KEYS), [{"key": k, "created_at": now} for k in dedupe_keys]
                )
            rows = [
                {**values, "url": url, "domain": domain_of(url), "trace_id": trace_id}
                for url, trace_id in zip(urls, trace_ids, strict=True)
            ]
            if len(rows) == 1:
                # One row is a plain INSERT … RETURNING, not a batch of them.
                ids = [connection.execute(self._create_one, rows[0]).scalar_one()]
            else:
                ids = list(connection.execute(self._create_many, rows).scalars())
            self._notify(connection)
            return ids

        try:
            ids = await self.runner.write(create, single_write=one_statement)
        except IntegrityError:
            return None
        return [
            Run(
                id=run_id,
                url=url,
                status=RunStatus.QUEUED,
                origin=origin,
                created_at=now,
                updated_at=now,
                trace_id=trace_id,
            )
            for run_id, url, trace_id in zip(ids, urls, trace_ids, strict=True)
        ]

    def _create_in_one(self, columns: tuple[str, ...], keys: bool) -> Any:
        """Postgres: remember the keys, record the run and wake the workers, in one statement."""
        statement = self._creates.get(keys)
        if statement is None:
            run = select(*(_p(f"r_{c}", RUNS.c[c]) for c in columns))
            if keys:
                seen = bindparam("b_keys", type_=postgresql.ARRAY(SEEN_KEYS.c.key.type))
                remembered = (
                    insert(SEEN_KEYS)
                    .from_select(
                        ["key", "created_at"],
                        select(func.unnest(seen), _p("now", SEEN_KEYS.c.created_at)),
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

    async def claim_keys(self, keys: Sequence[str]) -> bool:
        now = _now()

        def claim(connection: Connection) -> None:
            # One INSERT of all the keys: all of them or none.
            connection.execute(insert(SEEN_KEYS), [{"key": key, "created_at": now} for key in keys])

        try:
            await self.runner.write(claim)
        except IntegrityError:
            return False
        return True

    # -- reading -----------------------------------------------------------------------------

    async def get_run(self, run_id: int) -> Run | None:
        return await self.runner.read(lambda connection: self._run_tx(connection, run_id))

    def _run_tx(self, connection: Connection, run_id: int) -> Run | None:
        row = connection.execute(self._read_run, {"b_run_id": run_id}).first()
        if row is None:
            return None
        return self._with_trace(connection, row._mapping)

    async def list_runs(
        self, *, status: RunStatus | None = None, limit: int = 20, before_id: int | None = None
    ) -> list[Run]:
        query = select(RUNS).order_by(RUNS.c.id.desc()).limit(limit)
        if status is not None:
            query = query.where(RUNS.c.status == status.value)
        if before_id is not None:
            query = query.where(RUNS.c.id < before_id)
        rows = await self.runner.read(lambda connection: connection.execute(query).mappings().all())
        return [run_from_row(row) for row in rows]

    def _with_trace(self, connection: Connection, row: RowMapping) -> Run:
        """The run with its steps, gates and claims, reading only the tables that have some."""
        run = run_from_row(row)
        params = {"b_run_id": run.id}
        if row["has_steps"]:
            steps = connection.execute(self._read_steps, params)
            run.steps = [step_from_row(s) for s in steps.mappings()]
        if row["has_gates"]:
            gates = connection.execute(self._read_gates, params)
            run.gates = [gate_from_row(g) for g in gates.mappings()]
        if row["has_claims"]:
            claims = connection.execute(self._read_claims, params)
            run.claims = [claim_from_row(c) for c in claims.mappings()]
        return run

    # -- the queue ---------------------------------------------------------------------------

    async def claim_run(
        self,
        worker: str,
        *,
        lease_seconds: float,
        transports: Sequence[str],
        run_id: int | None = None,
        start: str | None = None,
    ) -> Run | None:
        now = _now()
        params: dict[str, Any] = {
            "b_now": now,
            "b_worker": worker,
            "b_lease_until": now + timedelta(seconds=lease_seconds),
            "b_transports": list(transports),
        }
        claim = self._claim_next
        if run_id is not None:
            claim = self._claim_one
            params["b_run_id"] = run_id
        # Postgres takes the claim and the start together as one statement; SQLite as two,
        # in the claim's transaction.
        in_one = start is not None and self._one_statement
        if in_one:
            claim = self._claims_starting[claim]
            params["b_start"] = start

        def take(connection: Connection) -> Run | None:
            row = connection.execute(claim, params).first()
            if row is None:
                return None
            # Read back under the lease just taken: the trace is the one this lease resumes.
            run = self._with_trace(connection, row._mapping)
            if start is None or row.has_steps:
                return run
            step = Step(run.id, start, StepStatus.RUNNING, started_at=now)
            if in_one:
                if row.claim_started is None:
                    return run  # another execution's row, committed meanwhile: left alone
            else:
                connection.execute(self._write_steps, [_step_params(step)])
            run.steps = [step]
            run.claimed_start = step
            return run

        # One statement, or (SQLite's two) a transaction.
        return await self.runner.write(take, single_write=start is None or in_one)

    async def renew_lease(self, run_id: int, worker: str, *, lease_seconds: float) -> bool:
        params = {
            "b_run_id": run_id,
            "b_worker": worker,
            "b_lease_until": _now() + timedelta(seconds=lease_seconds),
        }
        renewed = await self.runner.write(
            lambda connection: connection.execute(self._renew_lease, params).scalar_one_or_none(),
            single_write=True,
        )
        return renewed is not None

    async def release_run(self, run_id: int, worker: str) -> None:
        params = {"b_run_id": run_id, "b_worker": worker}
        await self.runner.write(
            lambda connection: connection.execute(self._release_run, params), single_write=True
        )

    # -- steps, gates, claims ----------------------------------------------------------------

    async def start_step(self, step: Step) -> None:
        await self.advance(started=[step])

    async def finish_step(self, step: Step) -> None:
        await self.advance(finished=[step])

    async def record_gate(self, gate: Gate) -> Gate:
        recorded = await self.advance(gate=gate)
        assert recorded is not None
        return recorded

    async def advance(
        self,
        *,
        finished: Sequence[Step] = (),
        started: Sequence[Step] = (),
        gate: Gate | None = None,
        end: RunEnd | None = None,
    ) -> Gate | None:
        """Record finished steps, then started steps, a gate and the run's end, in one
        transaction.

        This is how a run moves on in one commit: the results a step (or a gate) depends on
        become durable together with its start, never after it. Returns the gate as
        recorded, with its id, when one was given.
        """
        # A step that used nothing leaves the run row (and its updated_at) alone.
        usage = {
            run_id: used for run_id, used in _usage_by_run(finished).items() if used != Usage()
        }
        ended: tuple[int, RunEnd, Usage] | None = None
        if end is not None:
            # The run's end writes its row: its last steps' usage goes in the same UPDATE.
            ended = (end.run_id, end, usage.pop(end.run_id, Usage()))
        writes = (
            bool(finished) + len(usage) + bool(started) + (gate is not None) + (ended is not None)
        )
        steps = [(s.run_id, s.name, s.attempt) for s in (*finished, *started)]
        # One statement's writes must not touch one row twice: a step finished and started
        # again at once (which the trace never asks for) takes the statements one by one.
        one_statement = (
            self._one_statement
            and writes > 1
            and len(set(steps)) == len(steps)
            # An end reports whether it applied through the statement's RETURNING, which a
            # gate's id would take; the two together (which the trunk never asks for) take
            # the statements one by one.
            and not (gate is not None and ended is not None)
        )

        def advance(connection: Connection) -> Gate | None:
            if one_statement:
                return self._advance_in_one(
                    connection, finished, usage, started, gate, ended, stopped
                )
            if finished or started:
                # Results and starts together: one statement of many rows (in order: a
                # step finished and started again at once would start after its result,
                # and so not at all).
                connection.execute(
                    self._write_steps, [_step_params(step) for step in (*finished, *started)]
                )
            for run_id, used in usage.items():
                connection.execute(
                    self._add_usage, {**_usage_params(used), "b_run_id": run_id, "b_now": _now()}
                )
            if ended is not None:
                end_params = {"b_now": _now(), **_end_params(*ended)}
                if connection.execute(self._end_run, end_params).first() is None:
                    stopped.append(ended[0])
            if gate is None:
                return None
            gate_id = connection.execute(self._record_gate, _gate_values(gate)).scalar_one()
            return replace(gate, id=gate_id)

        stopped: list[int] = []  # the run whose end did not apply: cancelled meanwhile
        # Each statement is atomic on its own (many rows included), so one is a transaction.
        recorded = await self.runner.write(advance, single_write=writes <= 1 or one_statement)
        if stopped:
            # The steps' results are committed; the run is not this execution's to end.
            raise RunStopped
        return recorded

    def _advance_in_one(
        self,
        connection: Connection,
        finished: Sequence[Step],
        usage: dict[int, Usage],
        started: Sequence[Step],
        gate: Gate | None,
        ended: tuple[int, RunEnd, Usage] | None,
        stopped: list[int],
    ) -> Gate | None:
        shape = (len(finished), len(usage), bool(started), gate is not None, ended is not None)
        statement = self._advances.get(shape)
        if statement is None:
            parts = [_finish_statement(f"f{n}_") for n in range(len(finished))]
            parts += [_add_usage_statement(f"u{n}_") for n in range(len(usage))]
            if started:
                parts.append(_start_steps_in_order())
            if gate is not None:
                values = _bound(GATES, list(_gate_values(gate)), "g_")
                parts.append(insert(GATES).values(values).returning(GATES.c.id))
            if ended is not None:
                # Last, so that its RETURNING says whether it applied (never with a gate:
                # see `one_statement` in `advance`).
                parts.append(ends.end_statement())
            statement = self._advances[shape] = _in_one_statement(parts)
        params: dict[str, Any] = {"b_now": _now()}
        for n, step in enumerate(finished):
            params.update(_finished_params(step, f"f{n}_"))
        for n, (run_id, used) in enumerate(usage.items()):
            params.update(_usage_params(used, f"u{n}_"), **{f"b_u{n}_run_id": run_id})
        if started:
            params.update(
                {f"b_s_{c}": [getattr(step, c) for step in started] for c in STARTED_COLUMNS},
                b_s_status=[step.status.value for step in started],
            )
        if ended is not None:
            params.update(_end_params(*ended))
            if connection.execute(statement, params).first() is None:
                stopped.append(ended[0])
            return None
        if gate is None:
            connection.execute(statement, params)
            return None
        params.update(_prefixed(_gate_values(gate), "g_"))
        return replace(gate, id=connection.execute(statement, params).scalar_one())

    async def claim_delivery(
        self,
        worker: str,
        *,
        lease_seconds: float,
        transports: Sequence[str],
        run_id: int | None = None,
    ) -> Run | None:
        now = _now()
        params: dict[str, Any] = {
            "b_now": now,
            "b_worker": worker,
            "b_lease_until": now + timedelta(seconds=lease_seconds),
            "b_transports": list(transports),
        }
        claim = self._claim_delivery
        if run_id is not None:
            claim = self._claim_one_delivery
            params = {**params, "b_run_id": run_id}
            del params["b_transports"]

        def take(connection: Connection) -> Run | None:
            row = connection.execute(claim, params).first()
            return None if row is None else self._with_trace(connection, row._mapping)

        return await self.runner.write(take, single_write=True)

    async def record_delivery_failure(self, run_id: int, *, what: str, why: str) -> DeliveryFailure:
        failure = DeliveryFailure(what[:32], why, _now())
        params = {"b_run_id": run_id, "b_what": failure.what, "b_why": why, "b_at": failure.at}
        await self.runner.write(
            lambda connection: connection.execute(self._record_failure, params),
            single_write=True,
        )
        return failure

    async def record_crash(
        self,
        run_id: int,
        worker: str,
        *,
        step: str,
        error: str,
        max_attempts: int,
        retry_in: float,
    ) -> Run | None:
        def count(connection: Connection) -> Run | None:
            failed = ends.count_crash(
                connection,
                run_id=run_id,
                worker=worker,
                step=step[:32],
                error=error,
                max_attempts=max_attempts,
                retry_in=retry_in,
                now=_now(),
            )
            return self._run_tx(connection, run_id) if failed else None

        return await self.runner.write(count)

    async def decide_gate(
        self,
        gate_id: int,
        decision: GateDecision,
        *,
        decided_by: str,
        note: str | None = None,
        outcome: GateDecision | None = None,
    ) -> Gate | None:
        """Decide a waiting gate and queue its run again. None when it was already decided.

        One transaction: the gate's decision and the run's return to the queue commit
        together. The WHERE on the current decision makes the first decision win.
        """
        now = _now()

        def decide(connection: Connection) -> Gate | None:
            row = connection.execute(
                update(GATES)
                .where(GATES.c.id == gate_id, GATES.c.decision == GateDecision.ESCALATE.value)
                .values(
                    decision=decision.value,
                    decided_by=decided_by,
                    decided_at=now,
                    note=note,
                    outcome=outcome.value if outcome else None,
                )
                .returning(*GATES.c)
            ).first()
            if row is None:
                return None
            connection.execute(
                update(RUNS)
                .where(RUNS.c.id == row.run_id, RUNS.c.status == RunStatus.WAITING.value)
                .values(status=RunStatus.QUEUED.value, updated_at=now)
            )
            self._notify(connection)
            return gate_from_row(row._mapping)

        return await self.runner.write(decide)

    async def get_gate(self, gate_id: int) -> Gate | None:
        return await self._one_gate(select(GATES).where(GATES.c.id == gate_id))

    async def waiting_gate(self, run_id: int) -> Gate | None:
        return await self._one_gate(
            select(GATES)
            .where(GATES.c.run_id == run_id, GATES.c.decision == GateDecision.ESCALATE.value)
            .order_by(GATES.c.id.desc())
            .limit(1)
        )

    async def _one_gate(self, query: Any) -> Gate | None:
        row = await self.runner.read(
            lambda connection: connection.execute(query).mappings().first()
        )
        return gate_from_row(row) if row is not None else None

    async def expired_gates(self, before: datetime) -> list[Gate]:
        query = (
            select(GATES)
            .where(
                GATES.c.decision == GateDecision.ESCALATE.value,
                GATES.c.created_at < before,
            )
            .order_by(GATES.c.id)
            .limit(100)
        )
        rows = await self.runner.read(lambda connection: connection.execute(query).mappings().all())
        return [gate_from_row(row) for row in rows]

    async def set_gate_message(self, gate_id: int, ref: str) -> None:
        statement = update(GATES).where(GATES.c.id == gate_id).values(message_ref=ref)
        await self.runner.write(lambda connection: connection.execute(statement), single_write=True)

    async def cancel_run(self, run_id: int) -> Run | None:
        """Cancel a run that has not ended; None when it had (or does not exist)."""
        now = _now()
        live = [RunStatus.QUEUED.value, RunStatus.RUNNING.value, RunStatus.WAITING.value]
        statement = (
            update(RUNS)
            .where(RUNS.c.id == run_id, RUNS.c.status.in_(live))
            .values(
                status=RunStatus.CANCELLED.value,
                finished_at=now,
                updated_at=now,
                error="cancelled",
                # Its worker's next renewal fails, which stops it; its end is then told by
                # whichever worker claims the delivery (`claim_delivery`).
                lease_owner=None,
                lease_expires_at=None,
                result_posted=False,
            )
            .returning(RUNS.c.id)
        )

        def cancel(connection: Connection) -> Run | None:
            if connection.execute(statement).scalar_one_or_none() is None:
                return None
            self._notify(connection)
            return self._run_tx(connection, run_id)

        return await self.runner.write(cancel)

    async def save_claims(self, run_id: int, claims: Sequence[Claim]) -> None:
        rows = [
            {
                "run_id": run_id,
                "position": position,
                "text": claim.text,
                "quote": claim.quote,
                "step": claim.step,
                "agent": claim.agent,
                "round": claim.round,
                "verdict": claim.verdict.value if claim.verdict else None,
                "evidence": claim.evidence,
                "source_url": claim.source_url,
                "source_found": claim.source_found,
                "checked_by": claim.checked_by,
                "in_article": claim.in_article.value if claim.in_article else None,
                "at_source": claim.at_source.value if claim.at_source else None,
                "from_run_id": claim.from_run,
            }
            for position, claim in enumerate(claims)
        ]

        def save(connection: Connection) -> None:
            connection.execute(delete(CLAIMS).where(CLAIMS.c.run_id == run_id))
            if rows:
                connection.execute(insert(CLAIMS), rows)

        await self.runner.write(save)

    async def update_run(
        self,
        run_id: int,
        *,
        status: RunStatus | None = None,
        error: str | None = None,
        result: JSON | None = None,
        status_ref: str | None = None,
        result_posted: bool | None = None,
        usage: Usage | None = None,
    ) -> None:
        now = _now()
        values: dict[str, Any] = {"updated_at": now}
        if status is not None:
            values["status"] = status.value
            if status.is_final:
                values["finished_at"] = now
                values["lease_owner"] = None
                values["lease_expires_at"] = None
            if status is RunStatus.WAITING:
                # A waiting run waits in the database, not in a worker.
                values["lease_owner"] = None
                values["lease_expires_at"] = None
        if error is not None:
            values["error"] = error
        if result is not None:
            values["result"] = result
        if status_ref is not None:
            values["status_ref"] = status_ref
        if result_posted is not None:
            values["result_posted"] = result_posted
            if result_posted:
                # Told: the lease an ended run kept for the telling is done with.
                values["lease_owner"] = None
                values["lease_expires_at"] = None
        keys = tuple(values)
        statement = self._update_run.get(keys)
        if statement is None:
            statement = self._update_run[keys] = (
                update(RUNS)
                .where(RUNS.c.id == _p("run_id"))
                .values({key: _p(key, RUNS.c[key]) for key in keys})
            )
        params = {"b_run_id": run_id, **{f"b_{key}": value for key, value in values.items()}}
        await self.runner.write(
            lambda connection: connection.execute(statement, params), single_write=True
        )

    async def set_trace_id(self, run_id: int, trace_id: str) -> str:
        # COALESCE: two executions racing for a new run agree on the first one's trace.
        statement = (
            update(RUNS)
            .where(RUNS.c.id == run_id)
            .values(trace_id=func.coalesce(RUNS.c.trace_id, trace_id))
            .returning(RUNS.c.trace_id)
        )
        kept = await self.runner.write(
            lambda connection: connection.execute(statement).scalar_one_or_none(),
            single_write=True,
        )
        return str(kept or trace_id)

    def _notify(self, connection: Connection) -> None:
        """Wake listening workers when this transaction commits (Postgres NOTIFY)."""
        if self._dialect == "postgresql":
            connection.execute(text(f"NOTIFY {WAKE_CHANNEL}"))


def _step_params(step: Step) -> dict[str, Any]:
    """A step as it stands, as the parameters of `_steps_statement`."""
    return {
        "b_w_run_id": step.run_id,
        "b_w_name": step.name,
        "b_w_attempt": step.attempt,
        "b_w_status": step.status.value,
        "b_w_started_at": step.started_at,
        "b_w_finished_at": step.finished_at,
        "b_w_output": step.output,
        "b_w_error": step.error,
        "b_w_model": step.model,
        **_usage_params(step.usage, "w_"),
    }


def _end_params(run_id: int, end: RunEnd, used: Usage) -> dict[str, Any]:
    return {
        "b_e_run_id": run_id,
        "b_e_status": end.status.value,
        "b_e_error": end.error,
        "b_e_result": end.result,
        "b_e_finished_at": end.finished_at,
        "b_e_told": end.told,
        **_usage_params(used, "e_"),
    }


def _usage_params(usage: Usage, prefix: str = "") -> dict[str, Any]:
    return {
        f"b_{prefix}input_tokens": usage.input_tokens,
        f"b_{prefix}output_tokens": usage.output_tokens,
        f"b_{prefix}cache_write_tokens": usage.cache_write_tokens,
        f"b_{prefix}cache_read_tokens": usage.cache_read_tokens,
        f"b_{prefix}cost_usd": usage.cost_usd,
    }


def _finished_params(step: Step, prefix: str = "") -> dict[str, Any]:
    return {
        f"b_{prefix}run_id": step.run_id,
        f"b_{prefix}name": step.name,
        f"b_{prefix}attempt": step.attempt,
        f"b_{prefix}status": step.status.value,
        f"b_{prefix}finished_at": step.finished_at,
        f"b_{prefix}output": step.output,
        f"b_{prefix}error": step.error,
        f"b_{prefix}model": step.model,
        **_usage_params(step.usage, prefix),
    }


def _prefixed(values: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Column values as the parameters of `_bound(columns, prefix)`."""
    return {f"b_{prefix}{column}": value for column, value in values.items()}


def _bound(table: Table, columns: Sequence[str], prefix: str) -> dict[str, Any]:
    return {column: _p(f"{prefix}{column}", table.c[column]) for column in columns}


def _usage_by_run(steps: Sequence[Step]) -> dict[int, Usage]:
    totals: dict[int, Usage] = {}
    for step in steps:
        totals[step.run_id] = totals.get(step.run_id, Usage()) + step.usage
    return totals


def _gate_values(gate: Gate) -> dict[str, Any]:
    return {
        "run_id": gate.run_id,
        "name": gate.name,
        "attempt": gate.attempt,
        "decision": gate.decision.value,
        "reason": gate.reason,
        "evidence": gate.evidence,
        "created_at": gate.created_at,
        "decided_by": gate.decided_by,
        "decided_at": gate.decided_at,
        "note": gate.note,
        "outcome": gate.outcome.value if gate.outcome else None,
        "message_ref": gate.message_ref,
    }
