"""Migrations build exactly the tables the models describe, on SQLite and on Postgres."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from conftest import fresh_pg_database
from storage import db
from storage.models import Base


@pytest.fixture(params=["sqlite", "postgres"])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
    else:
        yield from fresh_pg_database()


def _diff(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def test_upgrade_head_leaves_autogenerate_nothing_to_add(empty_database: str) -> None:
    await db.upgrade(empty_database)
    engine = db.make_engine(empty_database)
    try:
        async with engine.connect() as connection:
            assert await connection.run_sync(_diff) == []
            tables = await connection.run_sync(_tables)
    finally:
        await engine.dispose()
    assert {"runs", "steps", "gates", "claims", "seen_keys", "alembic_version"} <= tables


async def test_upgrade_is_idempotent(empty_database: str) -> None:
    await db.upgrade(empty_database)
    await db.upgrade(empty_database)
