"""SqlHistory on both databases: filtered lists with keyset pages, totals, and retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from bot.question_parse import Question, parse
from history_seed import BRIDGE, COUNCIL, HARBOUR, seed
from orchestrator.domain import Origin, RunStatus
from orchestrator.history import RunFilter
from orchestrator.retention import Retention
from storage.history import SqlHistory
from storage.models import GateRow, RunRow, StepRow
from storage.store import SqlRunStore


async def test_lists_filter_and_page_by_keyset(store: SqlRunStore) -> None:
    history = SqlHistory(store.engine)
    await seed(store, history)

    def ids(page: object) -> list[int]:
        return [r.id for r in page.runs]  # type: ignore[attr-defined]

    assert ids(await history.list_runs()) == [5, 3, 2, 1]
    assert ids(await history.list_runs(RunFilter(status=RunStatus.FAILED))) == [2]
    assert ids(await history.list_runs(RunFilter(status=RunStatus.WAITING))) == [3]
    assert ids(await history.list_runs(RunFilter(domain="www.News.example"))) == [5, 3, 1]
    assert ids(await history.list_runs(RunFilter(url=HARBOUR))) == [1]
    assert ids(await history.list_runs(RunFilter(user="U0OTHER"))) == [2]
    assert ids(await history.list_runs(RunFilter(user="U1", domain="news.example"))) == [5, 3, 1]
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    assert ids(await history.list_runs(RunFilter(since=hour_ago))) == [5, 3, 2, 1]
    assert ids(await history.list_runs(RunFilter(until=hour_ago))) == []

    first = await history.list_runs(limit=2)
    assert ids(first) == [5, 3] and first.next_before == 3
    second = await history.list_runs(limit=2, before_id=first.next_before)
    assert ids(second) == [2, 1] and second.next_before is None


async def test_totals_add_up_the_period(store: SqlRunStore) -> None:
    history = SqlHistory(store.engine)
    await seed(store, history)
    now = datetime.now(UTC)
    totals = await history.totals(now - timedelta(days=1), now + timedelta(seconds=1))
    assert totals.runs == 4
    assert totals.by_status == {"succeeded": 2, "failed": 1, "waiting": 1}
    # 4 model steps on runs 1 and 5, 3 on run 3 (fetch spends nothing), 1000 + 200 each.
    assert totals.usage.input_tokens == 11 * 1000 and totals.usage.output_tokens == 11 * 200
    assert round(totals.usage.cost_usd, 6) == round(11 * 0.006, 6)
    empty = await history.totals(now - timedelta(days=400), now - timedelta(days=300))
    assert empty.runs == 0 and empty.usage.total_tokens == 0


async def test_prune_deletes_old_finished_runs_and_remembers_them(store: SqlRunStore) -> None:
    history = SqlHistory(store.engine)
    await seed(store, history)  # pruned run 4 (200 days old) on the way
    assert await store.get_run(4) is None
    gone = await history.pruned(4)
    assert gone is not None and gone.older_than < datetime.now(UTC) - timedelta(days=89)
    assert await history.pruned(2) is None  # never pruned
    assert await history.pruned(99) is None  # never existed
    async with store.engine.connect() as connection:
        orphans = await connection.scalar(select(StepRow.id).where(StepRow.run_id == 4))
    assert orphans is None

    # A waiting run and the newest run stay whatever their age.
    old = datetime.now(UTC) - timedelta(days=365)
    async with store.engine.begin() as connection:
        await connection.execute(update(RunRow).values(created_at=old))
    pruned = await history.prune(datetime.now(UTC) - timedelta(days=90), batch=1)
    assert (pruned.runs, pruned.first_run_id, pruned.last_run_id) == (2, 1, 2)
    assert pruned.gates == 2 and pruned.claims == 2
    left = await history.list_runs()
    assert [r.id for r in left.runs] == [5, 3]
    async with store.engine.connect() as connection:
        gates = (await connection.scalars(select(GateRow.run_id))).all()
    assert set(gates) == {3}
    assert (await history.pruned(1)) is not None and (await history.pruned(2)) is not None
    # New runs get new ids: a pruned id is never handed out again.
    (new,) = await store.create_runs([COUNCIL], Origin("cli")) or []
    assert new.id == 6


async def test_retention_prunes_at_most_once_a_day(store: SqlRunStore) -> None:
    history = SqlHistory(store.engine)
    clock = [1000.0]
    retention = Retention(history, timedelta(days=90), monotonic=lambda: clock[0])
    (run, _newer) = await store.create_runs([BRIDGE, HARBOUR], Origin("cli")) or []
    await store.update_run(run.id, status=RunStatus.SUCCEEDED)
    first = await retention.maybe_prune()
    assert first is not None and first.runs == 0
    async with store.engine.begin() as connection:
        await connection.execute(
            update(RunRow).values(created_at=datetime.now(UTC) - timedelta(days=100))
        )
    clock[0] += 3600
    assert await retention.maybe_prune() is None  # an hour later: not yet
    clock[0] += 86400
    again = await retention.maybe_prune()
    assert again is not None and again.runs == 1 and await history.pruned(run.id) is not None


def test_common_phrasings_parse_without_a_model() -> None:
    assert parse("what happened on run 42") == Question("trace", 42, text="what happened on run 42")
    assert parse("why was run 42 escalated?").kind == "why"
    assert parse("who approved run 42").kind == "who"
    claim = parse("where did claim 2 in run 42 come from")
    assert (claim.kind, claim.run_id, claim.claim) == ("claim", 42, 2)
    about = parse("where did the claim about the harbour in run 7 come from")
    assert (about.kind, about.run_id, about.about) == ("claim", 7, "harbour")
    assert parse("failed runs").where.status is RunStatus.FAILED
    assert parse("waiting runs").where.status is RunStatus.WAITING
    assert parse("runs for <https://x.example/a>").where.url == "https://x.example/a"
    assert parse("runs on <http://x.example|x.example>").where.domain == "x.example"
    assert parse("runs on www.x.example").where.domain == "www.x.example"
    assert parse("runs by @U123").where.user == "U123"
    assert parse("my runs").mine
    paged = parse("failed runs before 120")
    assert (paged.before_id, paged.text) == (120, "failed runs")
    assert (parse("tokens today").kind, parse("tokens today").period) == ("totals", "today")
    assert parse("how much did we spend this week").period == "week"
    assert parse("anything odd about run 4's fact-check?").kind == "unknown"
    assert parse("approve run 3 because fine").note == "fine"
