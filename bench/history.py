"""Run history at scale (issue 6): a million runs, then the questions people ask of them.

    .venv/bin/python bench/history.py [--runs N] [--only sqlite|postgres] [--samples N]

Fills a fresh database with N runs (default 1,000,000), six steps, two gates and three claims
each (~12 rows a run), by bulk insert (sqlite3 executemany, Postgres COPY), not the ORM. The
rows are what production writes: the fetch step holds the article it read (2,000 to 12,000
characters, median about 5,000, like the extraction corpus), the model steps their claims,
verdicts with citations and tags with the dated model id and cache tokens, the merge step and
the run the whole result. `--bare` fills as before issue 18 (NULL step outputs, a three-field
result), for comparison. At 1,000,000 runs the realistic rows take ~7 GB on SQLite.
Then measures, after a warm-up, p50 / p95 / max of:

  * "what happened on run N": `SqlRunStore.get_run`, the path the bot and the page use, on
    random ids across the whole table;
  * a filtered page of 20 (`SqlHistory.list_runs`) by status, domain and user, each at a
    random keyset position anywhere in the table (`before_id`), so deep pages count;
  * "runs for one URL" (`SqlHistory.list_runs` by URL), for URLs that exist: one run in ten
    re-reads an earlier run's link, as a desk re-runs a story;
  * "tokens and cost today" (`SqlHistory.totals` over the last 24 hours).

Targets: p95 < 20 ms for a run, < 50 ms for a page of 20.

SQLite goes to a temporary file, removed afterwards. Postgres needs
COPYDESK_BENCH_POSTGRES_URL or COPYDESK_TEST_POSTGRES_URL (an admin URL on the server); the
bench creates and drops its own database, copydesk_history_bench.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from orchestrator.domain import RunStatus  # noqa: E402
from orchestrator.history import RunFilter  # noqa: E402
from orchestrator.visibility import Scope  # noqa: E402
from storage import db  # noqa: E402
from storage.history import SqlHistory  # noqa: E402
from storage.store import SqlRunStore  # noqa: E402

PG_DATABASE = "copydesk_history_bench"
CHUNK = 20_000  # runs per bulk insert
DOMAINS = [f"news{i}.example" for i in range(500)]
USERS = [f"U{i:08d}" for i in range(300)]
STEPS = [
    ("fetch", 1),
    ("summarise", 1),
    ("summarise", 2),
    ("fact_check", 1),
    ("tag", 1),
    ("merge", 1),
]
# Roughly what a desk sees: most runs finish, some fail or wait for a person.
STATUSES = (
    [RunStatus.SUCCEEDED.value] * 88
    + [RunStatus.FAILED.value] * 5
    + [RunStatus.REJECTED.value] * 3
    + [RunStatus.WAITING.value] * 2
    + [RunStatus.CANCELLED.value] * 2
)

RUN_COLUMNS = [
    "id",
    "url",
    "domain",
    "status",
    "transport",
    "channel",
    "thread_ts",
    "user_id",
    "team_id",
    "created_at",
    "updated_at",
    "started_at",
    "finished_at",
    "error",
    "status_ref",
    "result_posted",
    "result",
    "input_tokens",
    "output_tokens",
    "cache_write_tokens",
    "cache_read_tokens",
    "cost_usd",
    "lease_owner",
    "lease_expires_at",
    "executions",
    "conversation",
]
# Where runs were asked for (issue 14): most in one public channel, the rest spread over
# private channels, whose members visibility asks Slack about.
PRIVATE_CHANNELS = [f"G{i:08d}" for i in range(40)]
STEP_COLUMNS = [
    "id",
    "run_id",
    "name",
    "attempt",
    "status",
    "started_at",
    "finished_at",
    "output",
    "error",
    "model",
    "input_tokens",
    "output_tokens",
    "cache_write_tokens",
    "cache_read_tokens",
    "cost_usd",
]
GATE_COLUMNS = [
    "id",
    "run_id",
    "name",
    "attempt",
    "decision",
    "reason",
    "evidence",
    "created_at",
    "decided_by",
    "decided_at",
    "note",
    "outcome",
    "message_ref",
]
CLAIM_COLUMNS = [
    "id",
    "run_id",
    "position",
    "text",
    "quote",
    "step",
    "agent",
    "round",
    "verdict",
    "evidence",
    "source_url",
    "source_found",
    "checked_by",
]
TABLES = (
    ("runs", RUN_COLUMNS),
    ("steps", STEP_COLUMNS),
    ("gates", GATE_COLUMNS),
    ("claims", CLAIM_COLUMNS),
)

Rows = dict[str, list[tuple[Any, ...]]]


MODEL = "claude-sonnet-5-5-20260929"  # the dated snapshot the API names, as steps record it
_WORDS = tuple(
    [
        "the",
        "council",
        "harbour",
        "said",
        "on",
        "Tuesday",
        "that",
        "dredging",
        "would",
        "cost",
        "more",
        "than",
        "planned",
        "after",
        "two",
        "wet",
        "winters",
        "and",
        "engineers",
        "warned",
        "residents",
        "ferry",
        "crossings",
        "were",
        "cancelled",
        "in",
        "January",
    ]
)


def url_of(run_id: int) -> str:
    """Run `run_id`'s link: one run in ten re-reads the link of the run 5,000 before it."""
    story = run_id - 5_000 if run_id % 10 == 0 and run_id > 5_000 else run_id
    return f"https://{DOMAINS[story * 7919 % len(DOMAINS)]}/2026/story-{story}"


def _article(rng: random.Random) -> str:
    """An article body: 2,000 to 12,000 characters, skewed short as the corpus is."""
    chars = int(min(12_000, max(2_000, rng.lognormvariate(8.5, 0.45))))
    words: list[str] = []
    size = 0
    while size < chars:
        sentence = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 24)))
        words.append(sentence.capitalize() + ".")
        size += len(sentence) + 2
    return " ".join(words)


# Made once: writing a fresh text for every run would make the fill ten times slower.
_ARTICLES = [_article(random.Random(n)) for n in range(500)]


def article_text(rng: random.Random) -> str:
    return rng.choice(_ARTICLES)


def outputs(run_id: int, url: str, rng: random.Random) -> dict[str, str]:
    """The JSON each step of a run stores, and the run's result, sized as production's."""
    text = article_text(rng)
    sentences = text.split(". ")[:3]
    claims = [{"text": s, "quote": s} for s in sentences]
    article = {
        "url": url, "title": f"Story {run_id}", "byline": "Maria Okafor", "date": "2026-10-12",
        "site": url.split("/")[2], "text": text, "extractor": "trafilatura",
        "links": [
            {"url": f"https://source.example/{run_id}/{i}", "anchor": "the report",
             "context": sentences[0][:200]}
            for i in range(3)
        ],
    }  # fmt: skip
    citations = [
        {"claim": i, "sentence": c["text"], "source_url": f"https://source.example/{run_id}/{i}",
         "figures": ["14 million"], "verdict": "supported", "found": True, "missing": [],
         "checked_by": "citation_finder r1"}
        for i, c in enumerate(claims)
    ]  # fmt: skip
    checks = [
        {"claim": i, "verdict": "supported", "evidence": c["quote"]} for i, c in enumerate(claims)
    ]
    tags = ["harbour", "council", "dredging", "ferry"]
    result_claims = [
        {**c, "step": "summarise#2", "agent": "summariser", "round": 0, "verdict": "supported",
         "evidence": c["quote"], "source_url": None, "source_found": None,
         "checked_by": "fact_check"}
        for c in claims
    ]  # fmt: skip
    result = {
        "title": f"Story {run_id}", "url": url, "byline": "Maria Okafor", "date": "2026-10-12",
        "claims": result_claims, "tags": tags, "citations": citations,
        "gates": [{"name": "summary", "decision": "continue", "reason": "all quoted"},
                  {"name": "fact_check", "decision": "continue", "reason": "all found"}],
        "usage": {"input_tokens": 1200, "output_tokens": 600, "cache_write_tokens": 1500,
                  "cache_read_tokens": 3000, "cost_usd": 0.0123},
    }  # fmt: skip
    model = {"model_calls": 1, "model_seconds": 2.1}
    return {
        "fetch": json.dumps({"article": article}),
        "summarise": json.dumps({"claims": claims, **model}),
        "fact_check": json.dumps(
            {
                "checks": checks,
                "citations": citations,
                **model,
                "mesh": {"rounds": 1, "stopped": "done", "messages": []},
            }
        ),
        "tag": json.dumps({"tags": tags, **model}),
        "merge": json.dumps({"result": result}),
        "result": json.dumps(result),
    }


BARE = False  # --bare: the rows as this bench wrote them before issue 18


def generate(first: int, count: int, total: int, now: datetime, rng: random.Random) -> Rows:
    """Rows for runs first..first+count-1, created evenly over the 180 days before `now`."""
    span = timedelta(days=180).total_seconds()
    rows: Rows = {"runs": [], "steps": [], "gates": [], "claims": []}
    for run_id in range(first, first + count):
        created = now - timedelta(seconds=span * (1 - run_id / total))
        status = rng.choice(STATUSES)
        user = rng.choice(USERS)
        url = url_of(run_id)
        domain = url.split("/")[2]
        written = None if BARE else outputs(run_id, url, rng)
        tokens = [rng.randint(500, 4000), rng.randint(100, 600)]
        cost = (tokens[0] * 3 + tokens[1] * 15) / 1_000_000
        finished = created + timedelta(seconds=8)
        result = {"url": url, "title": f"Story {run_id}", "tags": ["harbour", "council"]}
        private = rng.random() < 0.2
        channel = rng.choice(PRIVATE_CHANNELS) if private else "C0000001"
        result_json = json.dumps(result) if written is None else written["result"]
        rows["runs"].append(
            (
                run_id, url, domain, status, "slack", channel, f"{run_id}.000100", user,
                "T0001", created, finished, created, finished,
                "the article could not be read" if status == "failed" else None, None, True,
                result_json, tokens[0], tokens[1], 0, 0, cost, None, None, 1,
                "private" if private else "public",
            )
        )  # fmt: skip
        at = created
        for offset, (name, attempt) in enumerate(STEPS):
            end = at + timedelta(milliseconds=rng.randint(50, 2500))
            if written is None:
                output, model, cached = None, "offline", (0, 0)
            else:
                output = written[name]
                model = None if name in ("fetch", "merge") else MODEL
                cached = (0, 0) if model is None else (tokens[0] // 2, tokens[0])
            rows["steps"].append(
                (
                    run_id * 6 + offset, run_id, name, attempt, "succeeded", at, end, output,
                    None, model, tokens[0] // 6, tokens[1] // 6, *cached, cost / 6,
                )
            )  # fmt: skip
            at = end
        for offset, name in enumerate(("summary", "fact_check")):
            escalated = name == "fact_check" and status in ("waiting", "rejected")
            rows["gates"].append(
                (
                    run_id * 2 + offset, run_id, name, 1,
                    ("escalate" if status == "waiting" else "rejected") if escalated
                    else "continue",
                    "1 claim is not supported by the article" if escalated else "all good",
                    None, created, user if status == "rejected" else "gate",
                    None if status == "waiting" else created, None, None, None,
                )
            )  # fmt: skip
        for position in range(3):
            rows["claims"].append(
                (
                    run_id * 3 + position, run_id, position,
                    f"Claim {position} of story {run_id}.", f"quote {position}", "summarise",
                    "summariser", 0, "supported", f"evidence {position}", None, None, None,
                )
            )  # fmt: skip
    return rows


def chunks(total: int, now: datetime) -> Iterator[tuple[int, Rows]]:
    rng = random.Random(6)
    for first in range(1, total + 1, CHUNK):
        count = min(CHUNK, total - first + 1)
        yield first + count - 1, generate(first, count, total, now, rng)


def progress(label: str, done: int, total: int, started: float) -> None:
    rate = done / max(time.perf_counter() - started, 1e-9)
    print(f"\r  {label}: {done:,}/{total:,} runs ({rate:,.0f} runs/s)", end="", flush=True)


# -- filling -------------------------------------------------------------------------------


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        # What SQLAlchemy's SQLite DateTime stores (naive UTC, as UTCDateTime hands it over).
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def fill_sqlite(path: Path, total: int, now: datetime) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-2000000")
    started = time.perf_counter()
    for done, rows in chunks(total, now):
        for table, columns in TABLES:
            marks = ", ".join("?" * len(columns))
            connection.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                ([_sqlite_value(v) for v in row] for row in rows[table]),
            )
        connection.commit()
        progress("sqlite fill", done, total, started)
    print()
    connection.execute("ANALYZE")
    connection.commit()
    connection.close()


async def fill_postgres(url: str, total: int, now: datetime) -> None:
    import asyncpg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(dsn)
    try:
        started = time.perf_counter()
        for done, rows in chunks(total, now):
            async with connection.transaction():
                for table, columns in TABLES:
                    await connection.copy_records_to_table(
                        table, records=rows[table], columns=columns
                    )
            progress("postgres fill", done, total, started)
        print()
        for table, _ in TABLES:
            await connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()


# -- measuring -----------------------------------------------------------------------------


async def timed(
    label: str, samples: int, query: Callable[[random.Random], Awaitable[object]]
) -> None:
    rng = random.Random(42)
    for _ in range(min(20, samples)):
        await query(rng)
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        await query(rng)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    print(
        f"  {label:<44} p50 {statistics.median(times):6.2f} ms   p95 {p95:6.2f} ms   "
        f"max {times[-1]:6.2f} ms"
    )


async def measure(url: str, total: int, samples: int) -> None:
    engine = db.make_engine(url)
    store = SqlRunStore(engine)
    history = SqlHistory(engine)
    try:
        run = await store.get_run(total // 2)
        assert run is not None and len(run.steps) == 6 and len(run.gates) == 2, run

        async def what_happened(rng: random.Random) -> object:
            found = await store.get_run(rng.randint(1, total))
            assert found is not None
            return found

        def page(where: Callable[[random.Random], RunFilter]) -> Callable[..., Awaitable[object]]:
            async def query(rng: random.Random) -> object:
                return await history.list_runs(
                    where(rng), limit=20, before_id=rng.randint(total // 10, total)
                )

            return query

        async def today(rng: random.Random) -> object:
            now = datetime.now(UTC)
            return await history.totals(now - timedelta(days=1), now)

        await timed("what happened on run N (get_run)", samples, what_happened)
        await timed(
            "page of 20: failed runs, deep keyset",
            samples,
            page(lambda rng: RunFilter(status=RunStatus.FAILED)),
        )
        await timed(
            "page of 20: runs on a domain, deep keyset",
            samples,
            page(lambda rng: RunFilter(domain=rng.choice(DOMAINS))),
        )
        await timed(
            "page of 20: runs by a person, deep keyset",
            samples,
            page(lambda rng: RunFilter(user=rng.choice(USERS))),
        )

        async def one_url(rng: random.Random) -> object:
            found = await history.list_runs(RunFilter(url=url_of(rng.randint(1, total))))
            if not BARE:
                assert found, "the URL of a run that exists must find it"
            return found

        await timed("runs for one URL (that exist)", samples, one_url)
        await timed("tokens and cost, last 24 h", max(20, samples // 10), today)

        # Issue 14: the same questions as someone in #general and 3 private channels sees
        # them (the visibility scope in the WHERE clause), and the query that finds which
        # private conversations to ask Slack about.
        scope = Scope(team="T0001", channels=frozenset(PRIVATE_CHANNELS[:3]), waiting=True)

        async def scoped_page(rng: random.Random) -> object:
            return await history.list_runs(
                RunFilter(status=RunStatus.FAILED),
                limit=20,
                before_id=rng.randint(total // 10, total),
                scope=scope,
            )

        async def scoped_today(rng: random.Random) -> object:
            now = datetime.now(UTC)
            return await history.totals(now - timedelta(days=1), now, scope=scope)

        await timed("scoped page of 20: failed runs, deep keyset", samples, scoped_page)
        await timed(
            "scoped page of 20: recent runs",
            samples,
            lambda rng: history.list_runs(limit=20, scope=scope),
        )
        await timed("scoped tokens and cost, last 24 h", max(20, samples // 10), scoped_today)
        await timed(
            "private conversations of a workspace",
            max(20, samples // 10),
            lambda rng: history.private_conversations("T0001"),
        )
    finally:
        await engine.dispose()


async def bench_sqlite(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="copydesk-history-") as folder:
        path = Path(folder) / "history.db"
        url = f"sqlite+aiosqlite:///{path}"
        await db.upgrade(url)
        now = datetime.now(UTC)
        started = time.perf_counter()
        await asyncio.to_thread(fill_sqlite, path, args.runs, now)
        size = path.stat().st_size / 2**20
        print(f"  filled in {time.perf_counter() - started:.0f} s, {size:,.0f} MiB")
        await measure(url, args.runs, args.samples)


async def bench_postgres(admin_url: str, args: argparse.Namespace) -> None:
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)'))
            await connection.execute(text(f'CREATE DATABASE "{PG_DATABASE}"'))
        url = make_url(admin_url).set(database=PG_DATABASE).render_as_string(hide_password=False)
        try:
            await db.upgrade(url)
            started = time.perf_counter()
            await fill_postgres(url, args.runs, datetime.now(UTC))
            print(f"  filled in {time.perf_counter() - started:.0f} s")
            await measure(url, args.runs, args.samples)
        finally:
            async with admin.connect() as connection:
                await connection.execute(
                    text(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')
                )
    finally:
        await admin.dispose()


async def main(args: argparse.Namespace) -> None:
    global BARE
    BARE = args.bare
    print(
        f"copydesk history bench: {args.runs:,} runs, ~{args.runs * 6:,} steps, "
        f"{args.samples} samples per query; rows: "
        + ("bare (NULL step outputs)" if BARE else "realistic (fetch steps hold the article)")
    )
    if args.only in (None, "sqlite"):
        print("SQLite")
        await bench_sqlite(args)
    if args.only in (None, "postgres"):
        admin = os.environ.get("COPYDESK_BENCH_POSTGRES_URL") or os.environ.get(
            "COPYDESK_TEST_POSTGRES_URL"
        )
        if admin is None:
            print(
                "Postgres: skipped (set COPYDESK_BENCH_POSTGRES_URL or COPYDESK_TEST_POSTGRES_URL)"
            )
        else:
            print("Postgres")
            await bench_postgres(admin, args)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    parser.add_argument("--bare", action="store_true", help="NULL step outputs, as before")
    asyncio.run(main(parser.parse_args()))
