"""The hot statements compiled once and sent straight to the driver (issue 12).

A statement executed through SQLAlchemy costs, on every execution, its cache key, the
compiled form's parameters rebuilt and processed, an execution context, a cursor and a
result, and the greenlet switches to the driver and back: measured at ~135 µs of CPU a
statement against ~20–40 µs for asyncpg itself, and most of a run's overhead (six
statements). The statements a run sends (its creation and its advances) are compiled here
once, by SQLAlchemy for this engine's dialect: the same SQL, the same bind casts and the
same bind processors (JSON, UTC datetimes, arrays), applied to the same values; only the
machinery around them is left out. On Postgres each one is its own transaction (AUTOCOMMIT),
as it is through `GreenletRunner.write(..., single_write=True)`, sent to asyncpg; on a SQLite
file a transaction's statements go to pysqlite's own connection on the store's thread
(`SqliteTx`), measured at ~70 µs of CPU a statement less than through SQLAlchemy's
`Connection.execute`, more than half the store thread's work for a run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import exc
from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection
from sqlalchemy.engine import Connection, Dialect


class Tx(Protocol):
    """A transaction's statements, as the store's hot bodies send them: the same bodies
    through SQLAlchemy's `Connection` (`ConnectionTx`) or straight to pysqlite (`SqliteTx`)."""

    def rows(self, statement: Any, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Execute once; the rows it returns (none for a statement without RETURNING)."""
        ...

    def many(self, statement: Any, params: Sequence[Mapping[str, Any]]) -> None:
        """Execute once for each set of parameters (an executemany), returning nothing."""
        ...

    def returning_many(
        self, statement: Any, params: Sequence[Mapping[str, Any]]
    ) -> list[dict[str, Any]]:
        """Execute once for each set of parameters; the rows returned, in their order."""
        ...


class ConnectionTx:
    """`Tx` over a SQLAlchemy connection, whose transaction the runner opens and ends."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def rows(self, statement: Any, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        result = self._connection.execute(statement, params)
        if not result.returns_rows:
            return []
        return [dict(row) for row in result.mappings()]

    def many(self, statement: Any, params: Sequence[Mapping[str, Any]]) -> None:
        self._connection.execute(statement, list(params))

    def returning_many(
        self, statement: Any, params: Sequence[Mapping[str, Any]]
    ) -> list[dict[str, Any]]:
        # SQLAlchemy's "insertmanyvalues": one statement of many rows where it can.
        return [dict(row) for row in self._connection.execute(statement, list(params)).mappings()]


class Direct:
    """One statement as asyncpg takes it: its SQL, and how to make its positional arguments
    from the parameters SQLAlchemy would be given (`b_…` names, values as the store has them),
    and its rows as SQLAlchemy would hand them back (`rows`).

    An expanding parameter (`IN` a list) is rendered for each length it comes with, once.
    """

    __slots__ = ("_compiled", "_expanding", "_forms", "_keys", "_results", "_types", "learnt")

    def __init__(
        self, statement: Any, dialect: Dialect, column_keys: Sequence[str] | None = None
    ) -> None:
        # `column_keys`: an INSERT given its values by column name, as SQLAlchemy compiles
        # it for a first set of parameters with those keys.
        compiled = statement.compile(
            dialect=dialect, column_keys=list(column_keys) if column_keys is not None else None
        )
        if compiled.positiontup is None or compiled.escaped_bind_names:
            raise ValueError("not a statement of positional parameters")
        if compiled.insert_prefetch or compiled.update_prefetch:
            raise ValueError("a statement with column defaults computed in Python")
        if compiled.literal_execute_params:
            raise ValueError("a statement with values rendered in its SQL per execution")
        self._compiled = compiled
        self._expanding = tuple(bind.key for bind in compiled.post_compile_params)
        self._forms: dict[tuple[int, ...], _Form] = {}
        columns = compiled._result_columns
        self._keys = tuple(column[0] for column in columns)
        self._types = tuple(column[3] for column in columns)
        # Each column's result processor, as SQLAlchemy picks it by the type the driver
        # reports (asyncpg's oid): learnt from the first execution (`learn`). None: every
        # column comes from asyncpg as it is (ints, strings, floats, aware datetimes).
        self._results: tuple[Callable[[Any], Any] | None, ...] | None = None
        self.learnt = not columns

    def learn(self, oids: Sequence[int | None], dialect: Dialect) -> None:
        """Take the result processors for the column types the statement returns (by the
        driver's type codes: asyncpg's oids; None for pysqlite, which reports none)."""
        results = tuple(
            kind._cached_result_processor(dialect, oid)
            for kind, oid in zip(self._types, oids, strict=True)
        )
        self._results = results if any(process is not None for process in results) else None
        self.learnt = True

    def prepared(self, params: Mapping[str, Any]) -> tuple[str, list[Any]]:
        """The SQL and positional arguments for these parameters."""
        sizes = tuple(len(params[name]) for name in self._expanding)
        form = self._forms.get(sizes)
        if form is None:
            lengths = dict(zip(self._expanding, sizes, strict=True))
            form = self._forms[sizes] = _Form(self._compiled, lengths)
        return form.sql, form.arguments(params)

    def learn_untyped(self, dialect: Dialect) -> None:
        """The result processors by the statement's own column types alone (pysqlite)."""
        self.learn([None] * len(self._types), dialect)

    def rows(self, records: Sequence[Any]) -> list[dict[str, Any]]:
        """asyncpg's records as mappings of processed values, by SQLAlchemy's keys."""
        keys, results = self._keys, self._results
        if results is None:
            return [dict(zip(keys, record, strict=True)) for record in records]
        return [
            {
                key: value if process is None else process(value)
                for key, value, process in zip(keys, record, results, strict=True)
            }
            for record in records
        ]


class _Form:
    """A statement's SQL for one set of expanding parameters' lengths, and its arguments."""

    __slots__ = ("_plain", "_processed", "_template", "sql")

    def __init__(self, compiled: Any, sizes: Mapping[str, int]) -> None:
        processors: Mapping[str, Callable[[Any], Any]] = compiled._bind_processors
        positions: Sequence[str] = compiled.positiontup
        # Where each positional argument's value comes from: a parameter by its name, or the
        # n-th item of an expanding one.
        origins: dict[str, tuple[str, int | None]] = {name: (name, None) for name in positions}
        self.sql: str = compiled.string
        if sizes:
            # SQLAlchemy's own expansion, run once with placeholders for every value.
            placeholders: dict[str, Any] = {
                bind.key: None for bind in compiled.binds.values() if bind.required
            }
            placeholders.update({name: [None] * size for name, size in sizes.items()})
            expanded = compiled.construct_expanded_state(placeholders)
            self.sql, positions, processors = (
                expanded.statement, expanded.positiontup, expanded.processors
            )  # fmt: skip
            for name, names in expanded.parameter_expansion.items():
                origins.update({each: (name, n) for n, each in enumerate(names)})
        # The statement's own values (its literals, a NULL in a SET clause: anonymous
        # `param_n` names no caller gives) are processed once, here; the rest per call.
        self._template: list[Any] = []
        given: list[tuple[int, str, int | None, Callable[[Any], Any] | None]] = []
        for index, position in enumerate(positions):
            name, item = origins[position]
            bind = compiled.binds[name]
            process = processors.get(position)
            if bind.required:
                self._template.append(None)
                given.append((index, name, item, process))
            else:
                value = bind.effective_value
                self._template.append(value if process is None else process(value))
        # The many that go as they come (no item to pick, nothing to process) apart.
        self._plain = tuple((g[0], g[1]) for g in given if g[2] is None and g[3] is None)
        self._processed = tuple(g for g in given if g[2] is not None or g[3] is not None)

    def arguments(self, params: Mapping[str, Any]) -> list[Any]:
        arguments = self._template.copy()
        try:
            for index, name in self._plain:
                arguments[index] = params[name]
            for index, name, item, process in self._processed:
                value = params[name]
                if item is not None:
                    value = value[item]
                arguments[index] = value if process is None else process(value)
        except KeyError as missing:
            raise exc.ArgumentError(f"a value is required for bind parameter {missing}") from None
        return arguments


class SqliteTx:
    """`Tx` on pysqlite's own connection: the statements compiled once (`Direct`), their
    transaction begun by pysqlite at the first write and committed by the runner.

    What SQLAlchemy would tell the engine's `before_cursor_execute` listeners (the bench's
    counts, tests that read the SQL) is told when someone listens.
    """

    __slots__ = ("_connection", "_dialect", "_direct", "_dispatch", "_driver")

    def __init__(self, connection: Connection, direct: dict[Any, Direct]) -> None:
        self._connection = connection
        self._dialect = connection.dialect
        self._dispatch = connection.engine.dispatch
        self._driver: Any = connection.connection.driver_connection
        self._direct = direct

    def _compiled(self, statement: Any, params: Mapping[str, Any]) -> Direct:
        # An INSERT without its own values takes them by column name: compiled once for
        # each set of keys it is given (the store gives each statement one).
        keys = tuple(params) if _by_column(statement) else None
        direct = self._direct.get((statement, keys))
        if direct is None:
            direct = self._direct[(statement, keys)] = Direct(statement, self._dialect, keys)
            direct.learn_untyped(self._dialect)
        return direct

    def rows(self, statement: Any, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        direct = self._compiled(statement, params)
        sql, arguments = direct.prepared(params)
        if self._dispatch.before_cursor_execute:
            self._dispatch.before_cursor_execute(
                self._connection, None, sql, arguments, None, False
            )
        try:
            cursor = self._driver.execute(sql, arguments)
            records = cursor.fetchall()
        except Exception as error:
            raise _sqlite_error(error, sql, arguments, self._dialect) from error
        return direct.rows(records) if records else []

    def many(self, statement: Any, params: Sequence[Mapping[str, Any]]) -> None:
        if not params:
            return
        direct = self._compiled(statement, params[0])
        sql = direct.prepared(params[0])[0]
        arguments = [direct.prepared(each)[1] for each in params]
        if self._dispatch.before_cursor_execute:
            self._dispatch.before_cursor_execute(self._connection, None, sql, arguments, None, True)
        try:
            self._driver.executemany(sql, arguments)
        except Exception as error:
            raise _sqlite_error(error, sql, arguments, self._dialect) from error

    def returning_many(
        self, statement: Any, params: Sequence[Mapping[str, Any]]
    ) -> list[dict[str, Any]]:
        # One statement a row: SQLite does the work in this process, no round trips to save.
        return [row for each in params for row in self.rows(statement, each)]

    def commit(self) -> None:
        try:
            self._driver.commit()
        except Exception as error:
            raise _sqlite_error(error, "COMMIT", [], self._dialect) from error
        if self._dispatch.commit:
            self._dispatch.commit(self._connection)

    def rollback(self) -> None:
        self._driver.rollback()


def _by_column(statement: Any) -> bool:
    """An INSERT whose values come by column name with each execution's parameters."""
    return (
        bool(getattr(statement, "is_insert", False))
        and not statement._values
        and not (getattr(statement, "_multi_values", ()))
    )


def _sqlite_error(error: Exception, sql: str, arguments: Any, dialect: Dialect) -> Exception:
    """pysqlite's exception as SQLAlchemy raises it (IntegrityError for a key seen before)."""
    dbapi = dialect.loaded_dbapi
    if isinstance(error, dbapi.Error):
        return exc.DBAPIError.instance(sql, arguments, error, dbapi.Error, dialect=dialect)
    return error


def translated(error: Exception, sql: str, arguments: list[Any], dialect: Dialect) -> Exception:
    """asyncpg's exception as SQLAlchemy raises it (IntegrityError for a key seen before);
    anything else (a socket's OSError, a cancel) as it is, as SQLAlchemy leaves it."""
    dbapi = dialect.loaded_dbapi
    try:
        # The asyncpg dialect's own translation into its DBAPI's exception classes.
        AsyncAdapt_asyncpg_connection._handle_exception_no_connection(dbapi, error)
    except Exception as raised:
        if isinstance(raised, dbapi.Error):
            return exc.DBAPIError.instance(
                sql, arguments, raised, dbapi.Error, dialect=dialect, ismulti=False
            )
    return error
