"""Engines and migrations. One engine per process, made by the wiring at start-up."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory databases and other backends."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        # No rollback when a connection goes back to the pool: every connection is used
        # through a Connection or Session, which ends its own transaction (commit, or rollback
        # on close), so the pool's reset would be a second, empty round trip to the
        # aiosqlite thread on every operation.
        engine = create_async_engine(
            url, echo=echo, connect_args={"timeout": 30}, pool_reset_on_return=None
        )
        event.listen(engine.sync_engine, "connect", sqlite_pragmas)
        return engine
    # LIFO: the connections in use stay warm and the spare ones age (and get pinged, below).
    engine = create_async_engine(url, echo=echo, pool_size=10, max_overflow=10, pool_use_lifo=True)
    _check_connections_at_checkout(engine)
    return engine


# A connection idle in the pool for longer than this is pinged before it is used again.
IDLE_PING_SECONDS = 10.0


def _check_connections_at_checkout(engine: AsyncEngine) -> None:
    """Hand out only live connections, without a round trip on the hot path.

    A restarted Postgres leaves dead connections in the pool. pool_pre_ping would find them
    with a ping on every checkout, and asyncpg's ping is three round trips (BEGIN, an empty
    query, ROLLBACK): about half of all the round trips a run made. But a server that closes
    its side (a restart, a killed backend, idle_session_timeout) is seen by asyncpg at once,
    as the loop reads the socket's end: `is_closed()` asks for nothing. Only a link that may
    have died silently (a NAT or a proxy forgetting an idle connection) needs a real ping,
    and only a connection that sat idle can have met one: those are pinged.
    """
    dialect = engine.dialect

    def checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    def checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if dbapi_connection.driver_connection.is_closed():
            # Its contemporaries most likely went with it (a restart): renew them all.
            raise exc.InvalidatePoolError("the server closed the connection")
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < IDLE_PING_SECONDS:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except Exception as error:
            # This one is unusable whatever the reason; the pool replaces it (or, when the
            # server is down, fails to, and says so).
            raise exc.DisconnectionError("the idle connection did not answer") from error

    event.listen(engine.sync_engine.pool, "checkin", checkin)
    event.listen(engine.sync_engine.pool, "checkout", checkout)


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (the CLI, the web page) work while a worker writes; NORMAL sync is
    # durable across process crashes in WAL mode, which is what resume needs.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _upgrade_sync(url: str, revision: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(url), revision)


async def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database to `revision`. Alembic's env.py runs its own event loop, so off ours."""
    await asyncio.to_thread(_upgrade_sync, url, revision)
    log.info("database upgraded to %s", revision, extra={"action": "db_upgrade"})
