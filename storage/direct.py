"""Postgres's hot statements compiled once and sent straight to asyncpg (issue 12).

A statement executed through SQLAlchemy costs, on every execution, its cache key, the
compiled form's parameters rebuilt and processed, an execution context, a cursor and a
result, and the greenlet switches to the driver and back: measured at ~135 µs of CPU a
statement against ~20–40 µs for asyncpg itself, and most of a run's overhead (six
statements). The statements a run sends (its creation and its advances) are compiled here
once, by SQLAlchemy for this engine's dialect: the same SQL, the same bind casts and the
same bind processors (JSON, UTC datetimes, arrays), applied to the same values; only the
machinery around them is left out. Each one is its own transaction (AUTOCOMMIT), as it is
through `GreenletRunner.write(..., single_write=True)`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import exc
from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection
from sqlalchemy.engine import Dialect


class Direct:
    """One statement as asyncpg takes it: its SQL, and how to make its positional arguments
    from the parameters SQLAlchemy would be given (`b_…` names, values as the store has them),
    and its rows as SQLAlchemy would hand them back (`rows`).

    An expanding parameter (`IN` a list) is rendered for each length it comes with, once.
    """

    __slots__ = ("_compiled", "_expanding", "_forms", "_keys", "_results", "_types", "learnt")

    def __init__(self, statement: Any, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        if compiled.positiontup is None or compiled.escaped_bind_names:
            raise ValueError("not a statement of asyncpg's positional parameters")
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

    def learn(self, oids: Sequence[int], dialect: Dialect) -> None:
        """Take the result processors for the column types the statement returns."""
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
