"""SqlHistory: the History port on SQLAlchemy (lists, totals, retention), SQLite and Postgres.

Every list is keyset-paginated on the run id (`id < before ORDER BY id DESC LIMIT n`), and
each filter has an index that leads with its column and ends with `id` (models.py), so page
1,000 costs what page 1 does.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    ColumnElement,
    Select,
    TextClause,
    delete,
    false,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from orchestrator.claim_search import ClaimQuery, Found
from orchestrator.domain import Conversation, RunStatus
from orchestrator.history import MAX_PAGE, Pruned, PrunedRun, RunFilter, RunPage, Totals
from orchestrator.usage import Usage
from orchestrator.visibility import EVERYTHING, Scope
from storage import claim_search
from storage.models import ClaimRow, GateRow, PrunedRange, RunRow, SeenKey, StepRow
from storage.rows import run_from_row

log = logging.getLogger(__name__)

FINAL = [s.value for s in RunStatus if s.is_final]

# The run columns a list needs: not `result`, which can be many kilobytes of JSON per run.
_LIST_COLUMNS = (
    RunRow.id,
    RunRow.url,
    RunRow.status,
    RunRow.transport,
    RunRow.channel,
    RunRow.thread_ts,
    RunRow.user_id,
    RunRow.team_id,
    RunRow.conversation,
    RunRow.created_at,
    RunRow.updated_at,
    RunRow.started_at,
    RunRow.finished_at,
    RunRow.error,
    RunRow.input_tokens,
    RunRow.output_tokens,
    RunRow.cache_write_tokens,
    RunRow.cache_read_tokens,
    RunRow.cost_usd,
    RunRow.executions,
    # A re-run says so in lists: "re-run of #N", "(evaluation)".
    RunRow.parent_run_id,
    RunRow.rerun_from,
    RunRow.model,
    RunRow.refetch,
    RunRow.evaluation,
)


def normalise_domain(text: str) -> str:
    """'https://www.Example.com/x' or 'www.example.com' → 'example.com' (as runs keep it)."""
    text = text.strip().lower()
    host = urlsplit(text).hostname if "://" in text else text.split("/")[0]
    return (host or "").removeprefix("www.")


class SqlHistory:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def list_runs(
        self,
        where: RunFilter | None = None,
        *,
        limit: int = 20,
        before_id: int | None = None,
        scope: Scope = EVERYTHING,
    ) -> RunPage:
        limit = max(1, min(limit, MAX_PAGE))
        query = _filtered(select(*_LIST_COLUMNS), where or RunFilter()).where(visible(scope))
        if before_id is not None:
            query = query.where(RunRow.id < before_id)
        # One more than asked: whether there is a next page, without a COUNT.
        query = query.order_by(RunRow.id.desc()).limit(limit + 1)
        async with self.engine.connect() as connection:
            rows = (await connection.execute(query)).all()
        runs = [run_from_row(row._mapping) for row in rows[:limit]]
        more = len(rows) > limit
        return RunPage(runs, next_before=runs[-1].id if more and runs else None)

    async def totals(
        self, since: datetime, until: datetime, *, scope: Scope = EVERYTHING
    ) -> Totals:
        query = (
            select(
                RunRow.status,
                func.count(),
                func.coalesce(func.sum(RunRow.input_tokens), 0),
                func.coalesce(func.sum(RunRow.output_tokens), 0),
                func.coalesce(func.sum(RunRow.cache_write_tokens), 0),
                func.coalesce(func.sum(RunRow.cache_read_tokens), 0),
                func.coalesce(func.sum(RunRow.cost_usd), 0.0),
            )
            .where(RunRow.created_at >= since, RunRow.created_at < until, visible(scope))
            .group_by(RunRow.status)
        )
        usage = Usage()
        by_status: dict[str, int] = {}
        async with self.engine.connect() as connection:
            for status, count, inp, out, cw, cr, cost in (await connection.execute(query)).all():
                by_status[status] = int(count)
                usage = usage + Usage(int(inp), int(out), int(cw), int(cr), float(cost))
        return Totals(since, until, sum(by_status.values()), usage, by_status)

    async def prune(self, older_than: datetime, *, batch: int = 2000) -> Pruned:
        counts = {"runs": 0, "steps": 0, "gates": 0, "claims": 0}
        first: int | None = None
        last: int | None = None
        while True:
            # One transaction per batch: a long prune never holds the write lock for long,
            # and each batch's range is recorded with the deletes it describes.
            async with self.engine.begin() as connection:
                ids = await _oldest_finished(connection, older_than, batch)
                if not ids:
                    break
                for table, key in ((StepRow, "steps"), (GateRow, "gates"), (ClaimRow, "claims")):
                    result = await connection.execute(delete(table).where(table.run_id.in_(ids)))
                    counts[key] += result.rowcount
                result = await connection.execute(delete(RunRow).where(RunRow.id.in_(ids)))
                counts["runs"] += result.rowcount
                await connection.execute(
                    insert(PrunedRange).values(
                        first_run_id=ids[0],
                        last_run_id=ids[-1],
                        runs=len(ids),
                        older_than=older_than,
                        pruned_at=datetime.now(UTC),
                    )
                )
            first = ids[0] if first is None else first
            last = ids[-1]
            if len(ids) < batch:
                break
        async with self.engine.begin() as connection:
            keys = await connection.execute(delete(SeenKey).where(SeenKey.created_at < older_than))
        pruned = Pruned(
            older_than,
            seen_keys=keys.rowcount,
            first_run_id=first,
            last_run_id=last,
            **counts,
        )
        log.info(
            "pruned %s runs created before %s",
            pruned.runs,
            older_than.isoformat(),
            extra={"action": "prune", "runs": pruned.runs, "steps": pruned.steps},
        )
        return pruned

    async def pruned(self, run_id: int) -> PrunedRun | None:
        query = (
            select(PrunedRange.pruned_at, PrunedRange.older_than)
            .where(PrunedRange.last_run_id >= run_id, PrunedRange.first_run_id <= run_id)
            .order_by(PrunedRange.last_run_id)
            .limit(1)
        )
        async with self.engine.connect() as connection:
            row = (await connection.execute(query)).first()
        if row is None:
            return None
        return PrunedRun(run_id, _aware(row.pruned_at), _aware(row.older_than))

    async def latest_run_id(self, *, scope: Scope = EVERYTHING) -> int | None:
        async with self.engine.connect() as connection:
            found = await connection.scalar(select(func.max(RunRow.id)).where(visible(scope)))
        return int(found) if found is not None else None

    async def private_conversations(self, team: str) -> list[str]:
        """The channels of `team` with runs that are not known to be public: the ones whose
        members visibility must ask Slack about.

        A SELECT DISTINCT would read every private run's index entry (170 ms at 200,000
        runs); stepping from one channel to the next (`MIN(channel) > the last`) costs one
        index seek per conversation instead, on SQLite and Postgres alike."""
        found: list[str] = []
        async with self.engine.connect() as connection:
            for kind, query in _NEXT_CHANNEL.items():
                params = {"team": team} if kind is None else {"team": team, "kind": kind}
                result = await connection.execute(query, params)
                found.extend(c for c in result.scalars().all() if c)
        return found

    async def find_claims(self, query: ClaimQuery, *, scope: Scope) -> Found:
        return await claim_search.find_claims(self.engine, query, scope=scope, visible=visible)


def _next_channel(condition: str) -> TextClause:
    return text(
        "WITH RECURSIVE found(channel) AS ("
        f" SELECT MIN(channel) FROM runs WHERE team_id = :team AND {condition}"
        " UNION ALL"
        " SELECT (SELECT MIN(r.channel) FROM runs r"
        f" WHERE r.team_id = :team AND r.{condition} AND r.channel > found.channel)"
        " FROM found WHERE found.channel IS NOT NULL"
        ") SELECT channel FROM found WHERE channel IS NOT NULL"
    )


# Unknown (NULL, runs from before kinds were kept) and every kind that is not public.
_NEXT_CHANNEL: dict[str | None, TextClause] = {
    None: _next_channel("conversation IS NULL"),
    **{
        kind.value: _next_channel("conversation = :kind")
        for kind in Conversation
        if kind is not Conversation.PUBLIC
    },
}


def visible(scope: Scope) -> ColumnElement[bool]:
    """`scope` as a WHERE clause: the same rule as `Scope.allows`, in the query, so that
    pages and totals count only what the asker may see."""
    if scope.everything:
        return RunRow.id.is_not(None)
    if scope.team is None:
        return false()
    team = RunRow.team_id == scope.team
    if scope.whole_team:
        return team
    seen: list[ColumnElement[bool]] = [RunRow.conversation == Conversation.PUBLIC.value]
    if scope.channels:
        seen.append(RunRow.channel.in_(sorted(scope.channels)))
    if scope.waiting:
        seen.append(RunRow.status == RunStatus.WAITING.value)
    return team & or_(*seen)


def _filtered(query: Select[*tuple[Any, ...]], where: RunFilter) -> Select[*tuple[Any, ...]]:
    if where.status is not None:
        query = query.where(RunRow.status == where.status.value)
    if where.url:
        query = query.where(RunRow.url == where.url)
    if where.domain:
        query = query.where(RunRow.domain == normalise_domain(where.domain))
    if where.user:
        query = query.where(RunRow.user_id == where.user)
    if where.since is not None:
        query = query.where(RunRow.created_at >= where.since)
    if where.until is not None:
        query = query.where(RunRow.created_at < where.until)
    return query


async def _oldest_finished(
    connection: AsyncConnection, older_than: datetime, batch: int
) -> Sequence[int]:
    # Only finished runs: a run still waiting for a person keeps its history whatever its age.
    # And never the newest run: SQLite hands out max(id) + 1, so with the newest gone it
    # would give a pruned run's id to a new one.
    newest = select(func.max(RunRow.id)).scalar_subquery()
    query = (
        select(RunRow.id)
        .where(RunRow.created_at < older_than, RunRow.status.in_(FINAL), RunRow.id < newest)
        .order_by(RunRow.id)
        .limit(batch)
    )
    return (await connection.execute(query)).scalars().all()


def _aware(value: datetime) -> datetime:
    # Core (not ORM) rows skip no type processing, but SQLite keeps naive UTC: be sure.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
