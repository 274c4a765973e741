"""Claims found by their words (issue 15): how long `History.find_claims` takes.

    .venv/bin/python bench/claim_search.py [--runs N] [--samples N] [--only sqlite|postgres]

Fills a fresh database with N runs (default 20,000) of the last 90 days, three claims each,
by bulk insert; one run in 500 has a claim about "335 horsepower". Then, after a warm-up,
prints p50 / p95 / max of: a phrase a few runs have (as the operator, and as a Slack asker
in a public channel: the scope in the WHERE clause), and a phrase no run has (every claim of
the window is read). Postgres needs COPYDESK_BENCH_POSTGRES_URL or COPYDESK_TEST_POSTGRES_URL
(an admin URL on the server); the bench creates and drops its own database,
copydesk_claim_search_bench.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine  # noqa: E402

from orchestrator.claim_search import ClaimQuery, search_words  # noqa: E402
from orchestrator.visibility import EVERYTHING, Scope  # noqa: E402
from storage import db  # noqa: E402
from storage.history import SqlHistory  # noqa: E402
from storage.models import ClaimRow, RunRow  # noqa: E402

WORDS = ["harbour", "council", "budget", "engine", "sales", "rose", "fell", "per", "cent"]


async def fill(engine: AsyncEngine, runs: int) -> None:
    rng = random.Random(0)
    now = datetime.now(UTC)
    run_rows, claim_rows = [], []
    for n in range(1, runs + 1):
        at = now - timedelta(seconds=rng.randrange(90 * 86400))
        run_rows.append(
            {
                "id": n, "url": f"https://news.example/{n}", "domain": "news.example",
                "status": "succeeded", "transport": "slack", "channel": "C1",
                "thread_ts": f"1700000000.{n:06d}", "user_id": "U1", "team_id": "T1",
                "conversation": "public" if n % 3 else "private", "created_at": at,
                "updated_at": at,
            }
        )  # fmt: skip
        for position in range(3):
            words = " ".join(rng.choice(WORDS) for _ in range(12))
            if position == 1 and n % 500 == 0:
                words += " the new engine makes 335 horsepower"
            claim_rows.append(
                {"run_id": n, "position": position, "text": words.capitalize() + ".",
                 "step": "summarise#1", "agent": "summariser", "round": 0}
            )  # fmt: skip
    async with engine.begin() as connection:
        for start in range(0, len(run_rows), 5000):
            await connection.execute(insert(RunRow.__table__), run_rows[start : start + 5000])
        for start in range(0, len(claim_rows), 15000):
            await connection.execute(insert(ClaimRow.__table__), claim_rows[start : start + 15000])


async def timed(samples: int, call: Callable[[], Awaitable[object]]) -> str:
    await call()  # warm-up
    took = []
    for _ in range(samples):
        start = time.perf_counter()
        await call()
        took.append((time.perf_counter() - start) * 1000)
    took.sort()
    p95 = took[min(len(took) - 1, int(len(took) * 0.95))]
    return f"p50 {statistics.median(took):7.1f} ms  p95 {p95:7.1f} ms  max {took[-1]:7.1f} ms"


async def bench(url: str, runs: int, samples: int, label: str) -> None:
    await db.upgrade(url)
    engine = db.make_engine(url)
    try:
        await fill(engine, runs)
        history = SqlHistory(engine)
        since = datetime.now(UTC) - timedelta(days=90)
        public = Scope(team="T1")
        hit = ClaimQuery(search_words("335 horsepower"), since=since)
        miss = ClaimQuery(search_words("zeppelin 999"), since=since)
        found = await history.find_claims(hit, scope=EVERYTHING)
        print(f"{label}: {runs:,} runs, {3 * runs:,} claims; the phrase is in "
              f"{len(found.claims)} returned claims (bounded), more: {found.more}")  # fmt: skip
        for name, query, scope in (
            ("335 horsepower, operator", hit, EVERYTHING),
            ("335 horsepower, public channel", hit, public),
            ("no such claim, operator", miss, EVERYTHING),
        ):
            line = await timed(samples, lambda q=query, s=scope: history.find_claims(q, scope=s))
            print(f"  {name:32} {line}")
    finally:
        await engine.dispose()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20_000)
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    if args.only != "postgres":
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            await bench(url, args.runs, args.samples, "SQLite")
    pg = os.environ.get("COPYDESK_BENCH_POSTGRES_URL") or os.environ.get(
        "COPYDESK_TEST_POSTGRES_URL"
    )
    if args.only != "sqlite" and pg:
        name = "copydesk_claim_search_bench"
        admin = create_async_engine(pg, isolation_level="AUTOCOMMIT")
        async with admin.connect() as connection:
            await connection.execute(text(f"DROP DATABASE IF EXISTS {name}"))
            await connection.execute(text(f"CREATE DATABASE {name}"))
        try:
            url = make_url(pg).set(database=name).render_as_string(hide_password=False)
            await bench(url, args.runs, args.samples, "Postgres")
        finally:
            async with admin.connect() as connection:
                await connection.execute(text(f"DROP DATABASE IF EXISTS {name}"))
            await admin.dispose()


if __name__ == "__main__":
    asyncio.run(main())
