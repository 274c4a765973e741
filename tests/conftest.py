"""Shared fixtures: real databases (SQLite files and Postgres) and a local article site."""

from __future__ import annotations

import asyncio
import gc
import os
import random
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from slack_sdk.http_retry import builtin_async_handlers
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from articles import ArticleSite
from fakes.slack import FakeSlack
from orchestrator.memory import MemoryRunStore
from orchestrator.ports import RunStore
from storage import db
from storage.models import Base
from storage.store import SqlRunStore

PG_ENV = "COPYDESK_TEST_POSTGRES_URL"
PG_SKIP = f"Postgres tests need {PG_ENV} (e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test)"


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


async def _create_database(admin_url: str, name: str) -> None:
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await engine.dispose()


async def _drop_database(admin_url: str, name: str) -> None:
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await engine.dispose()


def fresh_pg_database() -> Iterator[str]:
    """A new, empty Postgres database for this test session; dropped afterwards."""
    admin = _pg_admin_url()
    if admin is None:
        pytest.skip(PG_SKIP)
    name = f"copydesk_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    asyncio.run(_create_database(admin, name))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(_drop_database(admin, name))


@pytest.fixture(scope="session")
def pg_session_url() -> Iterator[str]:
    for url in fresh_pg_database():
        asyncio.run(db.upgrade(url))
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test: migrations run once, not per test."""
    path = tmp_path_factory.mktemp("template") / "copydesk.db"
    asyncio.run(db.upgrade(f"sqlite+aiosqlite:///{path}"))
    return path


# The sequences owned by the models' tables' columns (serial or identity): what TRUNCATE's
# RESTART IDENTITY would restart.
_OWNED_SEQUENCES = """
SELECT quote_ident(sequence_namespace.nspname) || '.' || quote_ident(sequence.relname)
FROM pg_depend
JOIN pg_class sequence ON sequence.oid = pg_depend.objid AND sequence.relkind = 'S'
JOIN pg_namespace sequence_namespace ON sequence_namespace.oid = sequence.relnamespace
JOIN pg_class owner ON owner.oid = pg_depend.refobjid
WHERE pg_depend.deptype IN ('a', 'i') AND owner.relname = ANY(:tables)
"""


async def _truncate(url: str) -> None:
    """Empty every table and restart their sequences, as `TRUNCATE … RESTART IDENTITY` would:
    DELETE, children first, is ~10x quicker than TRUNCATE on tables this small (TRUNCATE
    makes new files for each table and its indexes)."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            tables = Base.metadata.sorted_tables
            names = [t.name for t in tables]
            sequences = await connection.execute(text(_OWNED_SEQUENCES), {"tables": names})
            statements = [f'DELETE FROM "{t.name}"' for t in reversed(tables)]
            statements += [f"ALTER SEQUENCE {name} RESTART" for (name,) in sequences]
            # One round trip: asyncpg runs a script without parameters as a simple query.
            raw = await connection.get_raw_connection()
            await raw.driver_connection.execute(";\n".join(statements))
    finally:
        await engine.dispose()


def _database(request: pytest.FixtureRequest, kind: str, tmp_path: Path) -> str:
    """A migrated database of this kind for one test: a copy of the SQLite template, or the
    session's Postgres database emptied."""
    if kind == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "copydesk.db"
        shutil.copy(template, target)
        return f"sqlite+aiosqlite:///{target}"
    if _pg_admin_url() is None:
        pytest.skip(PG_SKIP)
    url: str = request.getfixturevalue("pg_session_url")
    asyncio.run(_truncate(url))
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Every storage-touching test runs on both backends (Postgres in the slow tier, but for
    storage's own tests: see pytest_collection_modifyitems)."""
    return _database(request, request.param, tmp_path)


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[SqlRunStore]:
    engine = db.make_engine(database_url)
    store = SqlRunStore(engine)
    try:
        yield store
    finally:
        await store.aclose()
        await engine.dispose()


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def keeper_url(request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    """Where `any_store` keeps runs: None for memory, else a database's URL."""
    return None if request.param == "memory" else _database(request, request.param, tmp_path)


@pytest.fixture
async def any_store(keeper_url: str | None) -> AsyncIterator[RunStore]:
    """The RunStore contract's three keepers: memory, SQLite and Postgres."""
    if keeper_url is None:
        yield MemoryRunStore()
        return
    engine = db.make_engine(keeper_url)
    store = SqlRunStore(engine)
    try:
        yield store
    finally:
        await store.aclose()
        await engine.dispose()


@pytest.fixture
async def site() -> AsyncIterator[ArticleSite]:
    async with ArticleSite() as running:
        yield running


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    """A fake of Slack's Web API and Socket Mode, for the real SDK clients to talk to."""
    async with FakeSlack() as fake:
        yield fake


# -- the Slack SDK's rate-limit jitter --------------------------------------------------------
# The SDK's own 429 handler waits Retry-After plus a random second. The tests' 429s say
# "Retry-After: 0" so as not to wait: without the jitter the retry is the same, half a second
# sooner on average.


class _NoJitter(random.Random):
    def random(self) -> float:
        return 0.0


@pytest.fixture(autouse=True)
def _no_sdk_rate_limit_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builtin_async_handlers, "random", _NoJitter())


# -- the garbage collector -----------------------------------------------------------------
# Collecting imports everything (SQLAlchemy, pydantic's Anthropic types, Bolt, trafilatura):
# a heap of millions of objects that each full collection walks again, ~0.3 s a time, several
# times during collection and over and over during the tests. None of it is garbage: collect
# once when collection is done and freeze what is left, so later collections walk only what
# the tests themselves make.


def pytest_configure(config: pytest.Config) -> None:
    gc.disable()


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()
    gc.enable()


# -- the two tiers -------------------------------------------------------------------------
# `make test` runs the fast tier (`-m "not slow"`, pyproject's addopts); `make test-all` runs
# both. A test is in the slow tier when it says so (@pytest.mark.slow, with why), or when it
# is a database variant that the fast tier covers another way:
#  - storage's own tests (the store's contract, its runner, its commits, the history
#    queries) keep both real databases in the fast tier (Postgres has its own one-statement
#    paths); a migration from nothing runs on SQLite there;
#  - a test of the orchestrator or the bot runs on the memory store (`any_store`) or SQLite
#    there, and its SQLite and Postgres (or Postgres) variants run in the slow tier.
STORAGE_TESTS = frozenset(
    {"test_store.py", "test_runner.py", "test_history.py", "test_trace_commits.py"}
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    slow = pytest.mark.slow
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if item.path.name in STORAGE_TESTS:
            continue
        covered = (
            params.get("keeper_url") in ("sqlite", "postgres")
            or params.get("database_url") == "postgres"
            # Migrating a new Postgres database from nothing, and comparing it with the
            # models: SQLite does the same in the fast tier.
            or params.get("empty_database") == "postgres"
        )
        if covered:
            item.add_marker(slow)
