"""`History.find_claims` in SQL, the same on SQLite and Postgres: `lower(text) LIKE` for
each word, the asker's scope as the WHERE clause the lists use, and two bounds in the query
(the newest runs with a match, then their claims).

LIKE '%word%' reads every claim of the window; the window (runs of the last days, found by
`ix_runs_created_at`) is what keeps that bounded.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from orchestrator.claim_search import ClaimQuery, Found, FoundClaim
from orchestrator.visibility import Scope
from storage.models import ClaimRow, RunRow
from storage.rows import claim_from_row


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def find_claims(
    engine: AsyncEngine, query: ClaimQuery, *, scope: Scope, visible: Any
) -> Found:
    if not query.words:
        return Found([], False)
    text = func.lower(ClaimRow.text)
    matches = [text.like(_like(word), escape="\\") for word in query.words]
    where = [visible(scope), *matches]
    if query.since is not None:
        where.append(RunRow.created_at >= query.since)
    if query.thread is not None:
        channel, thread_ts = query.thread
        where += [RunRow.channel == channel, RunRow.thread_ts == thread_ts]
    runs = (
        select(ClaimRow.run_id)
        .join(RunRow, RunRow.id == ClaimRow.run_id)
        .where(*where)
        .group_by(ClaimRow.run_id)
        .order_by(ClaimRow.run_id.desc())
        .limit(query.max_runs + 1)  # one more: to say there are more
    )
    async with engine.connect() as connection:
        run_ids = list((await connection.execute(runs)).scalars().all())
        if not run_ids:
            return Found([], False)
        claims = (
            select(
                ClaimRow.__table__, RunRow.url.label("run_url"), RunRow.created_at.label("run_at")
            )
            .join(RunRow, RunRow.id == ClaimRow.run_id)
            .where(ClaimRow.run_id.in_(run_ids[: query.max_runs]), *matches)
            .order_by(ClaimRow.run_id.desc(), ClaimRow.position)
            .limit(query.max_claims + 1)
        )
        rows = (await connection.execute(claims)).mappings().all()
    found = [
        FoundClaim(row["run_id"], row["run_url"], row["run_at"], row["position"],
                   claim_from_row(row))
        for row in rows[: query.max_claims]
    ]  # fmt: skip
    return Found(found, len(rows) > query.max_claims or len(run_ids) > query.max_runs)
