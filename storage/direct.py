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

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import exc
from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection
from sqlalchemy.engine import Dialect

_REQUIRED = object()


class Direct:
    """One statement as asyncpg takes it: its SQL, and how to make its positional arguments
    from the parameters SQLAlchemy would be given (`b_…` names, values as the store has them).
    """

    __slots__ = ("_binds", "sql")

    def __init__(self, statement: Any, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        # Forms this path does not render per execution: none of the statements it takes has
        # them, and one that did must go through SQLAlchemy instead.
        if (
            compiled.positiontup is None
            or compiled.escaped_bind_names
            or compiled.post_compile_params
            or compiled.literal_execute_params
        ):
            raise ValueError("a statement with parameters rendered per execution")
        processors: Mapping[str, Callable[[Any], Any]] = compiled._bind_processors
        self.sql: str = compiled.string
        binds: list[tuple[str, Any, Callable[[Any], Any] | None]] = []
        for name in compiled.positiontup:
            bind = compiled.binds[name]
            # A bind the statement holds a value for (a literal, a NULL in a SET clause) is
            # taken from the statement unless given, as `construct_params` does.
            fixed = _REQUIRED if bind.required else bind.effective_value
            binds.append((name, fixed, processors.get(name)))
        self._binds = tuple(binds)

    def arguments(self, params: Mapping[str, Any]) -> list[Any]:
        arguments = []
        for name, fixed, process in self._binds:
            value = params.get(name, fixed)
            if value is _REQUIRED:
                raise exc.ArgumentError(f"a value is required for bind parameter {name!r}")
            arguments.append(value if process is None else process(value))
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
