"""How the run store's transactions reach the database: in one hop, or the fewest round trips.

Each store operation is written once, as a plain function over a SQLAlchemy `Connection` (its
transaction body), and handed to a runner, which runs it as one transaction:

* SQLite (a file): on one thread of the store's own, through a sync (pysqlite) engine.
  aiosqlite sends every call a statement makes (cursor, execute, fetch, close) to its thread
  and back, three or four thread hops a statement and one more for the commit; here the
  whole transaction is one hop. One thread is also one writer: the store's transactions take
  SQLite's write lock in turn instead of waiting on each other in busy_timeout. A run's hot
  bodies (creation, claim, advances: `tx`) send their statements, compiled once, straight to
  pysqlite's connection there, past SQLAlchemy's execution machinery (storage/direct.py).
* Postgres (and SQLite in memory): in one greenlet of SQLAlchemy's bridge to the async
  driver (what `AsyncConnection.run_sync` does), on the loop, no thread: each statement is
  one round trip through asyncpg. A body that writes with one statement at most runs
  without BEGIN and COMMIT (AUTOCOMMIT: that statement is its own transaction and commits
  as durably), one round trip instead of three; reads likewise. The store makes most of its
  writes one statement on Postgres (several writes as data-modifying CTEs), and sends a
  run's hot ones (creation, claim, advances) past SQLAlchemy's execution machinery, straight
  to asyncpg on such a connection (`GreenletRunner.statement`, storage/direct.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import queue
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.util import greenlet_spawn

from storage import db
from storage.direct import ConnectionTx, Direct, SqliteTx, Tx, translated

T = TypeVar("T")
Body = Callable[[Connection], T]
TxBody = Callable[[Tx], T]


class Runner(Protocol):
    @property
    def sync_engine(self) -> Engine:
        """The engine the bodies' statements run on (for event listeners: counts, tests)."""
        ...

    async def write(self, body: Body[T], *, single_write: bool = False) -> T:
        """Run `body` in one transaction, committed when it returns.

        `single_write`: the body writes with one statement at most (reads may follow it), so
        that statement may be its own transaction; each read then sees what is committed
        when it runs, as Postgres's READ COMMITTED does inside a transaction anyway.
        """
        ...

    async def read(self, body: Body[T]) -> T:
        """Run `body`, which only reads."""
        ...

    async def tx(self, body: TxBody[T], *, single_write: bool = False) -> T:
        """`write` for a hot body written against `Tx`: on a SQLite file its statements go
        straight to pysqlite (storage/direct.py), elsewhere through a `Connection`."""
        ...

    async def aclose(self) -> None: ...


def runner_for(engine: AsyncEngine) -> Runner:
    path = db.sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is not None:
        return ThreadRunner(engine)
    # A memory database lives in its connection: a second engine would see another one.
    return GreenletRunner(engine)


def _committed(connection: Connection, body: Body[T]) -> T:
    with connection.begin():
        return body(connection)


class ThreadRunner:
    """SQLite: every transaction is one hop to the store's own thread and back.

    The hop is a queue and a callback onto the loop: what `run_in_executor` does, less its
    concurrent Future (a lock and a condition a call) and the executor's bookkeeping.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        url = engine.url.set(drivername="sqlite+pysqlite")
        self._engine = create_engine(
            url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=1
        )
        event.listen(self._engine, "connect", db.sqlite_pragmas)
        self._jobs: queue.SimpleQueue[_Job[Any] | None] = queue.SimpleQueue()
        # Started with the first transaction, as an executor starts its thread: a store
        # that is made and never used (nor closed) leaves no thread behind.
        self._thread: threading.Thread | None = None
        # The thread's one connection, kept open: a pool checkout and return per
        # transaction cost more than SQLite's own work on this path. Used on the thread only.
        self._connection: Connection | None = None
        self._closed = False
        # `tx`'s statements, compiled once for pysqlite (used on the thread only).
        self._direct: dict[Any, Direct] = {}

    @property
    def sync_engine(self) -> Engine:
        return self._engine

    # A cancelled caller stops waiting, but its transaction runs to its end on the thread,
    # ahead of whatever is queued after it (`aclose` included); one cancelled before the
    # thread took it up is not run at all.
    async def write(self, body: Body[T], *, single_write: bool = False) -> T:
        return await self._hop(functools.partial(self._write, body))

    async def read(self, body: Body[T]) -> T:
        return await self._hop(functools.partial(self._read, body))

    async def tx(self, body: TxBody[T], *, single_write: bool = False) -> T:
        return await self._hop(functools.partial(self._tx, body))

    def _hop(self, work: Callable[[], T]) -> asyncio.Future[T]:
        if self._closed:
            raise RuntimeError("the store is closed")
        loop = asyncio.get_running_loop()
        done: asyncio.Future[T] = loop.create_future()
        self._jobs.put(_Job(work, done, loop))
        if self._thread is None:
            name = f"copydesk-store-{next(_thread_numbers)}"
            self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
            self._thread.start()
        return done

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            if job.done.cancelled():
                continue
            try:
                result = job.work()
            except BaseException as error:  # handed to the caller, as an executor does
                job.settle(None, error)
            else:
                job.settle(result, None)

    def _connected(self) -> Connection:
        connection = self._connection
        if connection is None or connection.invalidated:
            if connection is not None:
                connection.close()
            connection = self._connection = self._engine.connect()
        return connection

    def _write(self, body: Body[T]) -> T:
        return _committed(self._connected(), body)

    def _tx(self, body: TxBody[T]) -> T:
        connection = self._connected()
        tx = SqliteTx(connection, self._direct)
        try:
            result = body(tx)
            tx.commit()
        except BaseException:
            tx.rollback()
            raise
        return result

    def _read(self, body: Body[T]) -> T:
        connection = self._connected()
        try:
            return body(connection)
        finally:
            connection.rollback()

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._engine.dispose()

    async def aclose(self) -> None:
        if self._closed:
            return
        # Queued after whatever is on the thread: a transaction in flight commits first.
        closed = self._hop(self._close)
        self._closed = True
        self._jobs.put(None)
        await closed
        assert self._thread is not None
        self._thread.join()


_thread_numbers = itertools.count(1)  # each store's thread by its own name


@dataclass
class _Job(Generic[T]):
    """One transaction for the store's thread, and where its outcome goes."""

    work: Callable[[], T]
    done: asyncio.Future[T]
    loop: asyncio.AbstractEventLoop

    def settle(self, result: T | None, error: BaseException | None) -> None:
        # A closed loop has nobody waiting any more.
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(self._settle, result, error)

    def _settle(self, result: T | None, error: BaseException | None) -> None:
        if self.done.cancelled():
            return
        if error is not None:
            self.done.set_exception(error)
        else:
            self.done.set_result(result)  # type: ignore[arg-type]


class GreenletRunner:
    """Postgres: the body runs on the loop, its statements awaited through asyncpg."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine.sync_engine
        self._autocommit = self._engine.execution_options(isolation_level="AUTOCOMMIT")
        # No more transactions at once than the pool keeps connections: one more would open
        # an overflow connection (a connect, authentication, asyncpg's type set-up: whole
        # milliseconds), which the pool closes again as soon as it comes back.
        self._slots = asyncio.Semaphore(_pool_size(self._engine))
        # AUTOCOMMIT connections kept checked out between one-statement writes and reads:
        # a pool checkout and return cost about as much as the statement (~50 µs of CPU
        # each). At most half the pool, so that transactions still find one there.
        self._kept: list[tuple[Connection, float]] = []
        self._keep = max(1, _pool_size(self._engine) // 2)
        # `statement`'s statements, compiled once for this engine's dialect.
        self._direct: dict[Any, Direct] = {}

    @property
    def sync_engine(self) -> Engine:
        return self._engine

    async def write(self, body: Body[T], *, single_write: bool = False) -> T:
        async with self._slots:
            if single_write:
                return await _to_completion(greenlet_spawn(self._on_kept, body))
            return await _to_completion(greenlet_spawn(_transaction, self._engine, body))

    async def read(self, body: Body[T]) -> T:
        async with self._slots:
            return await self._read(body)

    async def tx(self, body: TxBody[T], *, single_write: bool = False) -> T:
        return await self.write(
            lambda connection: body(ConnectionTx(connection)), single_write=single_write
        )

    def _on_kept(self, body: Body[T], *, write: bool = True) -> T:
        connection = self._take()
        try:
            if write:
                # AUTOCOMMIT: no BEGIN or COMMIT is sent; the transaction's events still are.
                with connection.begin():
                    result = body(connection)
            else:
                result = body(connection)
                connection.rollback()  # ends the autobegun transaction, without a round trip
        except BaseException:
            connection.close()  # back to the pool, which drops it if it died
            raise
        if len(self._kept) < self._keep and not connection.invalidated:
            self._kept.append((connection, time.monotonic()))
        else:
            connection.close()
        return result

    async def statement(self, statement: Any, params: Mapping[str, Any]) -> list[Any]:
        """Run one statement as its own transaction (AUTOCOMMIT, as a `single_write` body's
        one statement is), straight through asyncpg (storage/direct.py); its rows as
        mappings, their values as SQLAlchemy's. Errors are SQLAlchemy's, as through `write`."""
        direct = self._direct.get(statement)
        if direct is None:
            direct = self._direct[statement] = Direct(statement, self._engine.dialect)
        sql, arguments = direct.prepared(params)
        async with self._slots:
            records = await _to_completion(self._direct_on_kept(direct, sql, arguments))
        return direct.rows(records)

    async def _direct_on_kept(self, direct: Direct, sql: str, arguments: list[Any]) -> list[Any]:
        connection = self._take_fresh()
        if connection is None:
            connection = await greenlet_spawn(self._take)
        dispatch = self._engine.dispatch
        # What SQLAlchemy would tell this engine's listeners (the bench's counts, the tests
        # that count commits or read the SQL), told only when someone listens.
        if dispatch.before_cursor_execute:
            dispatch.before_cursor_execute(connection, None, sql, arguments, None, False)
        driver = connection.connection.driver_connection
        assert driver is not None  # checked out, not closed: `_take` saw to it
        try:
            rows: list[Any] = await driver.fetch(sql, *arguments)
            if not direct.learnt:
                # Once a statement: the types of its columns, as SQLAlchemy reads them from
                # the cursor's description, for their result processors.
                prepared = await driver.prepare(sql)
                direct.learn([a.type.oid for a in prepared.get_attributes()], self._engine.dialect)
        except BaseException as error:
            await greenlet_spawn(connection.close)  # back to the pool, which drops it if dead
            if isinstance(error, Exception):
                raise translated(error, sql, arguments, self._engine.dialect) from error
            raise
        if dispatch.commit:
            dispatch.commit(connection)
        if len(self._kept) < self._keep and not connection.invalidated:
            self._kept.append((connection, time.monotonic()))
        else:
            await greenlet_spawn(connection.close)
        return rows

    def _take_fresh(self) -> Connection | None:
        """The last kept connection when it is fit to use as it is (no greenlet needed);
        None when `_take` must check, close or open one."""
        if not self._kept:
            return None
        connection, since = self._kept[-1]
        if (
            time.monotonic() - since < db.IDLE_PING_SECONDS
            and not connection.invalidated
            and not _server_closed(connection)
        ):
            self._kept.pop()
            return connection
        return None

    def _take(self) -> Connection:
        while self._kept:
            connection, since = self._kept.pop()
            fresh = time.monotonic() - since < db.IDLE_PING_SECONDS
            if fresh and not connection.invalidated and not _server_closed(connection):
                return connection
            # Idle too long or closed by the server: the pool checks (pings) or replaces it.
            connection.close()
        return self._autocommit.connect()

    async def _read(self, body: Body[T]) -> T:
        try:
            return await _to_completion(greenlet_spawn(self._on_kept, body, write=False))
        except DBAPIError as error:
            # A connection that died in the pool unnoticed (db.make_engine checks each one at
            # checkout, but a restart can land between that check and the statement): the
            # pool has dropped it, with all its contemporaries, and a read is safe to repeat.
            # A write is not (its commit may have landed), and is left to fail: the worker
            # takes a failed write as a crash, and the run resumes when its lease lapses.
            if not error.connection_invalidated:
                raise
            return await _to_completion(greenlet_spawn(self._on_kept, body, write=False))

    async def aclose(self) -> None:
        # The kept connections go back to the pool; the engine is the app's, disposed by
        # whoever made it.
        kept, self._kept = self._kept, []
        for connection, _ in kept:
            await greenlet_spawn(connection.close)


def _pool_size(engine: Engine) -> int:
    size = getattr(engine.pool, "size", None)
    return max(1, size()) if callable(size) else 10


# One greenlet for the whole transaction (checkout, body, commit, return to the pool), where
# AsyncConnection would spawn one for each of them.
def _transaction(engine: Engine, body: Body[T]) -> T:
    with engine.connect() as connection, connection.begin():
        return body(connection)


def _server_closed(connection: Connection) -> bool:
    driver = connection.connection.driver_connection
    return driver is None or bool(driver.is_closed())


async def _to_completion(work: Awaitable[T]) -> T:
    """Await `work` to its end even if the caller is cancelled meanwhile, then re-raise that.

    A transaction abandoned halfway (a cancelled worker task) would leave its connection in
    an unknown state, or run on after its caller returned and the engine was disposed.
    """
    task = asyncio.ensure_future(work)
    cancelled: asyncio.CancelledError | None = None
    while True:
        try:
            result = await asyncio.shield(task)
        except asyncio.CancelledError as error:
            if task.done():
                raise
            cancelled = error
        else:
            break
    if cancelled is not None:
        raise cancelled
    return result
