"""The store's runner: a transaction body, written once, run whole on SQLite and on Postgres."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from orchestrator.domain import Origin, Step, StepStatus
from storage import db
from storage.direct import Tx
from storage.runner import GreenletRunner, Runner, ThreadRunner, runner_for
from storage.statements import SEEN_KEYS, STEPS
from storage.store import SqlRunStore

NOW = text("CURRENT_TIMESTAMP")
NOW_UTC = datetime(2026, 12, 4, tzinfo=UTC)


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = db.make_engine(database_url)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
async def runner(engine: AsyncEngine) -> AsyncIterator[Runner]:
    runner = runner_for(engine)
    try:
        yield runner
    finally:
        await runner.aclose()


def remember(*keys: str) -> Callable[[Connection], None]:
    def body(connection: Connection) -> None:
        for key in keys:
            connection.execute(insert(SEEN_KEYS).values(key=key, created_at=NOW))

    return body


def remembered(connection: Connection) -> list[str]:
    return list(connection.execute(select(SEEN_KEYS.c.key).order_by(SEEN_KEYS.c.key)).scalars())


async def seen_by_another_connection(engine: AsyncEngine) -> list[str]:
    async with engine.connect() as connection:
        return await connection.run_sync(remembered)


async def test_a_write_is_committed_when_it_returns(runner: Runner, engine: AsyncEngine) -> None:
    await runner.write(remember("a", "b"))
    await runner.write(remember("c"), single_write=True)
    assert await seen_by_another_connection(engine) == ["a", "b", "c"]
    assert await runner.read(remembered) == ["a", "b", "c"]


async def test_a_body_that_fails_leaves_nothing_behind(runner: Runner, engine: AsyncEngine) -> None:
    def half(connection: Connection) -> None:
        remember("x")(connection)
        raise RuntimeError("the second half never happens")

    with pytest.raises(RuntimeError):
        await runner.write(half)
    assert await seen_by_another_connection(engine) == []
    # The runner goes on working after a failed transaction.
    await runner.write(remember("y"))
    assert await runner.read(remembered) == ["y"]


async def test_a_cancelled_callers_transaction_is_not_abandoned_halfway(runner: Runner) -> None:
    started = asyncio.Event()
    loop = asyncio.get_running_loop()

    def slow(connection: Connection) -> None:
        remember("slow")(connection)
        loop.call_soon_threadsafe(started.set)  # from SQLite's thread, or Postgres's greenlet
        if isinstance(runner, ThreadRunner):
            threading.Event().wait(0.2)
        else:
            connection.execute(text("SELECT pg_sleep(0.2)"))
        remember("end")(connection)

    writing = asyncio.create_task(runner.write(slow))
    await started.wait()
    writing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await writing
    # It ran to its end and committed (on Postgres before the caller heard; on SQLite ahead
    # of what the thread does next).
    assert await runner.read(remembered) == ["end", "slow"]


async def test_concurrent_writes_all_commit(runner: Runner) -> None:
    await asyncio.gather(*(runner.write(remember(f"k{n:02}")) for n in range(40)))
    assert await runner.read(remembered) == [f"k{n:02}" for n in range(40)]


async def test_sqlite_transactions_run_on_the_stores_thread_which_closes(
    runner: Runner, database_url: str
) -> None:
    if not db.is_sqlite(database_url):
        pytest.skip("SQLite's runner")
    names = {await runner.write(lambda _c: threading.current_thread().name) for _ in range(5)}
    names.add(await runner.read(lambda _c: threading.current_thread().name))
    [name] = names
    assert name.startswith("copydesk-store") and name != threading.current_thread().name
    await runner.aclose()
    assert name not in {thread.name for thread in threading.enumerate()}


def backend_pid(connection: Connection) -> int:
    pid: int = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
    return pid


async def drop_connection(database_url: str, pid: int) -> None:
    """What a Postgres restart does to a pooled connection: the server ends it."""
    other = create_async_engine(database_url, poolclass=NullPool)
    try:
        async with other.connect() as connection:
            await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await other.dispose()


async def test_postgres_hands_out_no_connection_the_server_dropped(
    runner: Runner, engine: AsyncEngine, database_url: str
) -> None:
    if db.is_sqlite(database_url):
        pytest.skip("Postgres's runner")
    first = await runner.read(backend_pid)
    await drop_connection(database_url, first)
    await asyncio.sleep(0.1)  # the loop reads the end of the connection
    # Found dead at checkout (no round trip): the write runs on a new connection.
    await runner.write(remember("after"), single_write=True)
    assert await runner.read(backend_pid) != first
    assert await runner.read(remembered) == ["after"]


async def test_postgres_repeats_a_read_whose_connection_died_under_it(database_url: str) -> None:
    if db.is_sqlite(database_url):
        pytest.skip("Postgres's runner")
    # An engine without make_engine's check at checkout: the dead connection is handed out,
    # as it would be when a restart lands between that check and the statement.
    engine = create_async_engine(database_url)
    failures: list[bool] = []
    event.listen(
        engine.sync_engine, "handle_error", lambda context: failures.append(context.is_disconnect)
    )
    runner = GreenletRunner(engine)
    try:
        first = await runner.read(backend_pid)
        await drop_connection(database_url, first)
        await asyncio.sleep(0.1)
        assert await runner.read(backend_pid) != first
        assert failures == [True]
    finally:
        await runner.aclose()
        await engine.dispose()


# ---- Postgres's writes of one statement (several writes as data-modifying CTEs) -----------


async def test_a_redelivered_event_takes_no_run_number(store: SqlRunStore) -> None:
    origin = Origin("slack", channel="C1", thread_ts="1.1", user="U1")
    keys = ("event:Ev1", "msg:C1:1.1")
    first = await store.create_runs(["https://a.example/1"], origin, dedupe_keys=keys)
    assert first is not None and [r.id for r in first] == [1]
    # Either key seen before refuses the run, before the run takes an id.
    assert await store.create_runs(["https://a.example/1"], origin, dedupe_keys=keys[1:]) is None
    assert await store.create_runs(["https://a.example/1"], origin, dedupe_keys=keys) is None
    later = await store.create_runs(["https://a.example/2"], origin, dedupe_keys=["event:Ev2"])
    assert later is not None and [r.id for r in later] == [2]


async def test_steps_started_together_keep_their_order(store: SqlRunStore) -> None:
    [run] = await store.create_runs(["https://a.example/1"], Origin("cli")) or []
    now = datetime.now(UTC)
    fetch = Step(run.id, "fetch", StepStatus.RUNNING, started_at=now)
    await store.advance(started=[fetch])
    fetch.status, fetch.finished_at, fetch.output = StepStatus.SUCCEEDED, now, {"ok": True}
    names = ["tag", "fact_check", "figures"]
    await store.advance(
        finished=[fetch],
        started=[Step(run.id, n, StepStatus.RUNNING, started_at=now) for n in names],
    )
    stored = await store.get_run(run.id)
    assert stored is not None
    assert [s.name for s in stored.steps] == ["fetch", *names]


# -- `tx`: the hot bodies, straight to pysqlite on a SQLite file (storage/direct.py) ------------


async def test_a_tx_body_writes_and_reads_back_what_sqlalchemy_would(
    runner: Runner, engine: AsyncEngine
) -> None:
    store = SqlRunStore(engine)
    try:
        (run,) = await store.create_runs(["https://a.example/1"], Origin("cli")) or []
        began = datetime(2026, 12, 4, 9, 30, 15, 123456, tzinfo=UTC)
        step = Step(run.id, "fetch", StepStatus.SUCCEEDED, started_at=began, finished_at=began)
        step.output = {"title": "Zürich — 3.1 %", "figures": [1, 2.5, None]}
        await store.advance(finished=[step])
    finally:
        await store.aclose()
    # Read by plain SQLAlchemy, on another connection: the same values as it writes them.
    async with engine.connect() as connection:
        row = (await connection.execute(select(STEPS).where(STEPS.c.run_id == run.id))).one()
    assert row.output == step.output
    assert row.started_at.replace(tzinfo=UTC) == began
    # And back through the store's own read (the tx path on SQLite).
    reread = SqlRunStore(engine)
    try:
        claimed = await reread.claim_run("w", lease_seconds=30, transports=["cli"], run_id=run.id)
    finally:
        await reread.aclose()
    assert claimed is not None and claimed.steps[0].output == step.output
    assert claimed.steps[0].started_at == began


async def test_a_tx_body_that_fails_leaves_nothing_and_errors_are_sqlalchemys(
    runner: Runner, engine: AsyncEngine
) -> None:
    def half(tx: Tx) -> None:
        tx.many(insert(SEEN_KEYS), [{"key": "x", "created_at": datetime.now(UTC)}])
        raise RuntimeError("the second half never happens")

    with pytest.raises(RuntimeError):
        await runner.tx(half)
    assert await seen_by_another_connection(engine) == []

    def twice(tx: Tx) -> None:
        tx.many(insert(SEEN_KEYS), [{"key": "k", "created_at": datetime.now(UTC)}])
        tx.many(insert(SEEN_KEYS), [{"key": "k", "created_at": datetime.now(UTC)}])

    with pytest.raises(IntegrityError):
        await runner.tx(twice)
    assert await seen_by_another_connection(engine) == []
    # The runner goes on after both, on the same connection.
    await runner.tx(lambda tx: tx.many(insert(SEEN_KEYS), [{"key": "y", "created_at": NOW_UTC}]))
    assert await runner.read(remembered) == ["y"]
