"""Scale-out on Postgres: 4 `copydesk worker` processes, 2,000 runs, one worker SIGKILLed.

    .venv/bin/python bench/scaleout.py [--runs 2000] [--workers 4] [--timeout 600]

The workers are the real command line (offline model) against a local article site whose
pages and cited sources each answer after 50 ms, so that every run's fetch and its
fact-check's source reads take that long. The bench records the runs at once (as queued,
the way receiving does), SIGKILLs the worker holding the most runs once half are finished,
and prints: runs/s, queued→finished p50/p95, how many runs were taken over after the kill,
and that none was lost (every run succeeded) or executed again past its lease (only the
killed worker's runs were executed twice; no committed step ran twice).

Loopback only; bounded by --timeout. Postgres needs COPYDESK_BENCH_POSTGRES_URL or
COPYDESK_TEST_POSTGRES_URL (an admin URL); the bench creates and drops copydesk_scale_<pid>.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from aiohttp import web

REPO = Path(__file__).resolve().parents[1]
for path in (REPO, REPO / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from sqlalchemy import select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from articles import ArticleSite  # noqa: E402
from orchestrator.domain import Origin, RunStatus, StepStatus  # noqa: E402
from storage import db  # noqa: E402
from storage.models import RunRow, StepRow  # noqa: E402
from storage.store import SqlRunStore  # noqa: E402

LEASE_SECONDS = 2


def delayed(serve, seconds: float):  # type: ignore[no-untyped-def]
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(seconds)
        return await serve(request)

    return slow


def worker_env(url: str, site: ArticleSite) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "ANTHROPIC_", "COPYDESK_"))
    }
    env.update(
        COPYDESK_DATABASE_URL=url,
        COPYDESK_MODEL="offline",
        COPYDESK_FETCH_ALLOW=site.allow,
        COPYDESK_LEASE_SECONDS=str(LEASE_SECONDS),
        COPYDESK_SWEEP_SECONDS="0.5",
        COPYDESK_LOG_LEVEL="WARNING",
        PYTHONPATH=str(REPO),
    )
    return env


async def start_worker(env: dict[str, str], logs: Path, n: int) -> asyncio.subprocess.Process:
    out = (logs / f"worker-{n}.out").open("wb")
    err = (logs / f"worker-{n}.err").open("wb")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "worker",
        stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=err, env=env,
        start_new_session=True,
    )  # fmt: skip
    async with asyncio.timeout(60):
        while b"taking" not in (logs / f"worker-{n}.out").read_bytes():
            if process.returncode is not None:
                raise SystemExit((logs / f"worker-{n}.err").read_text()[-2000:])
            await asyncio.sleep(0.05)
    return process


async def snapshot(engine) -> list:  # type: ignore[no-untyped-def, type-arg]
    async with engine.connect() as connection:
        rows = await connection.execute(
            select(
                RunRow.id,
                RunRow.status,
                RunRow.lease_owner,
                RunRow.executions,
                RunRow.created_at,
                RunRow.finished_at,
            )
        )
        return list(rows)


async def bench(url: str, args: argparse.Namespace) -> None:
    await db.upgrade(url)
    engine = db.make_engine(url)
    store = SqlRunStore(engine)
    site = ArticleSite()
    await site.__aenter__()
    routes = site.server.routes
    for source in ("/sources/council-report", "/sources/silt-study"):
        routes[source] = delayed(routes[source], 0.05)
    routes["/news/scale"] = delayed(routes["/news/harbour"], 0.05)
    logs = Path(tempfile.mkdtemp(prefix="copydesk-scale-"))
    env = worker_env(url, site)
    workers: dict[str, asyncio.subprocess.Process] = {}
    try:
        for n in range(args.workers):
            process = await start_worker(env, logs, n)
            workers[f"{os.uname().nodename}:{process.pid}"] = process
        began = time.monotonic()
        for start in range(0, args.runs, 100):
            urls = [site.url(f"/news/scale?n={i}") for i in range(start, start + 100)]
            await store.create_runs(urls[: args.runs - start], Origin("cli", user="bench"))
        print(f"{args.runs} runs queued in {time.monotonic() - began:.2f} s")

        killed: str | None = None
        held: list[int] = []
        kill_at: float | None = None
        async with asyncio.timeout(args.timeout):
            while True:
                await asyncio.sleep(0.2)
                rows = await snapshot(engine)
                done = sum(1 for r in rows if r.status in ("succeeded", "failed"))
                if killed is None and done >= args.runs // 2:
                    owners = Counter(
                        r.lease_owner for r in rows if r.status == "running" and r.lease_owner
                    )
                    killed = owners.most_common(1)[0][0]
                    held = [r.id for r in rows if r.status == "running" and r.lease_owner == killed]
                    workers[killed].send_signal(signal.SIGKILL)
                    await workers[killed].wait()
                    # What it held when it died: it may have claimed more since the snapshot.
                    held = sorted(
                        set(held)
                        | {
                            r.id
                            for r in await snapshot(engine)
                            if r.status == "running" and r.lease_owner == killed
                        }
                    )
                    kill_at = time.monotonic()
                    print(f"SIGKILL {killed} at {done} finished, holding {len(held)} runs")
                if done >= args.runs:
                    break
        wall = time.monotonic() - began
        rows = await snapshot(engine)
        async with engine.connect() as connection:
            # A committed step run again would have a second row or a start after its end.
            steps = list(
                await connection.execute(
                    select(StepRow.run_id, StepRow.name, StepRow.status, StepRow.attempt)
                )
            )
    finally:
        for process in workers.values():
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
        for process in workers.values():
            try:
                await asyncio.wait_for(process.wait(), 15)
            except TimeoutError:
                process.kill()
        await store.aclose()
        await engine.dispose()
        await site.__aexit__(None, None, None)

    latencies = sorted((r.finished_at - r.created_at).total_seconds() for r in rows)
    statuses = Counter(r.status for r in rows)
    twice = [r.id for r in rows if r.executions > 1]
    past_lease = sorted(set(twice) - set(held))
    keys = Counter((s.run_id, s.name, s.attempt) for s in steps)
    print(f"{len(rows)} runs, {args.workers} workers (8 runs each at once), 50 ms pages/sources")
    print(f"  wall {wall:.1f} s: {len(rows) / wall:.1f} runs/s")
    print(
        f"  queued→finished: p50 {statistics.median(latencies):.2f} s, "
        f"p95 {statistics.quantiles(latencies, n=20)[-1]:.2f} s"
    )
    print(f"  statuses: {dict(statuses)}")
    print(f"  taken over after the kill: {len(set(twice) & set(held))} of {len(held)} it held")
    lost = args.runs - statuses.get(RunStatus.SUCCEEDED.value, 0)
    print(f"  lost (not succeeded): {lost}")
    print(f"  executed twice without a kill to explain it: {len(past_lease)} {past_lease[:10]}")
    unfinished = sum(1 for s in steps if s.status != StepStatus.SUCCEEDED.value)
    print(f"  step rows repeated: {sum(n > 1 for n in keys.values())}; not succeeded: {unfinished}")
    del kill_at


async def main(args: argparse.Namespace) -> None:
    admin = os.environ.get("COPYDESK_BENCH_POSTGRES_URL") or os.environ.get(
        "COPYDESK_TEST_POSTGRES_URL"
    )
    if not admin:
        raise SystemExit("set COPYDESK_BENCH_POSTGRES_URL (or COPYDESK_TEST_POSTGRES_URL)")
    name = f"copydesk_scale_{os.getpid()}"
    engine = create_async_engine(admin, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        await bench(make_url(admin).set(database=name).render_as_string(False), args)
    finally:
        async with engine.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await engine.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=600)
    asyncio.run(main(parser.parse_args()))
