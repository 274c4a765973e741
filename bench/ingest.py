"""Ingest under load: signed Slack events at a steady rate into `copydesk serve --http`.

    .venv/bin/python bench/ingest.py [--rate 50] [--seconds 60] [--database-url URL]

Starts a fake Slack and a local article site in this process, and `copydesk serve --http` as
a real subprocess pointed at them (offline model, a fresh SQLite file unless --database-url).
Sends `rate` signed `message` events a second, each with one link, plus a Slack-style retry
of every 20th, and measures:

- ack latency (request sent → 200 received), p50 / p99 / max;
- runs created against distinct events sent (no loss, no duplicates);
- the server's peak RSS, read from /proc/PID/status while it runs.

Targets: ack p99 < 50 ms, RSS < 300 MB. Exit status 1 when a target or a count is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import create_async_engine

REPO = Path(__file__).resolve().parent.parent
for path in (REPO, REPO / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from articles import ArticleSite  # noqa: E402
from fakes.slack import FakeSlack, event_callback, events_request, message_event  # noqa: E402
from storage import db  # noqa: E402
from storage.models import RunRow  # noqa: E402

SECRET = "bench-signing-secret"
ACK_P99_TARGET_MS = 50.0
RSS_TARGET_MB = 300.0

console = Console()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its children (the extraction child process), in MB."""
    total = 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) / 1024
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return total
    return total + sum(rss_mb(int(child)) for child in children)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def start_server(env: dict[str, str], port: int) -> asyncio.subprocess.Process:
    proc = await asyncio.create_subprocess_exec(
        str(REPO / ".venv" / "bin" / "copydesk"),
        "serve",
        "--http",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    async with asyncio.timeout(60):
        while True:
            line = (await proc.stdout.readline()).decode()
            if not line:
                raise RuntimeError("copydesk serve exited before listening")
            if line.startswith("Listening for Slack at"):
                console.print(f"[dim]{line.strip()}[/]")
                return proc


async def count_runs(database_url: str) -> tuple[int, int]:
    """(runs, distinct originating messages) in the database."""
    engine = create_async_engine(database_url)
    runs = RunRow.__table__
    try:
        async with engine.connect() as connection:
            total = (await connection.execute(select(func.count()).select_from(runs))).scalar_one()
            distinct = (
                await connection.execute(select(func.count(func.distinct(runs.c.thread_ts))))
            ).scalar_one()
    finally:
        await engine.dispose()
    return int(total), int(distinct)


async def bench(rate: int, seconds: int, database_url: str | None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        url = database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'ingest.db'}"
        await db.upgrade(url)
        if database_url:
            engine = create_async_engine(url)
            async with engine.begin() as connection:
                await connection.execute(text("DELETE FROM runs"))
                await connection.execute(text("DELETE FROM seen_keys"))
            await engine.dispose()
        async with FakeSlack() as slack, ArticleSite() as site:
            port = free_port()
            env = {
                "PATH": os.environ.get("PATH", ""),
                "HOME": os.environ.get("HOME", tmp),
                "COPYDESK_DATABASE_URL": url,
                "COPYDESK_MODEL": "offline",
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_API_URL": slack.api_url,
                "COPYDESK_FETCH_ALLOW": site.allow,
                "COPYDESK_LOG_LEVEL": "WARNING",
                # Anything else of copydesk's in this environment (worker concurrency...).
                **{
                    k: v
                    for k, v in os.environ.items()
                    if k.startswith("COPYDESK_") and k != "COPYDESK_DATABASE_URL"
                },
            }
            proc = await start_server(env, port)
            peak = rss_mb(proc.pid)
            stop_sampling = asyncio.Event()

            async def sample_rss() -> None:
                nonlocal peak
                while not stop_sampling.is_set():
                    peak = max(peak, rss_mb(proc.pid))
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop_sampling.wait(), 0.25)

            sampler = asyncio.create_task(sample_rss())
            acks: list[float] = []
            failures = 0
            sent = 0
            endpoint = f"http://127.0.0.1:{port}/slack/events"
            connector = aiohttp.TCPConnector(limit=200)
            try:
                async with aiohttp.ClientSession(connector=connector, trust_env=False) as http:

                    async def deliver(n: int, retry: bool) -> None:
                        nonlocal failures
                        event = message_event(f"story {n}: <{site.url('/news/harbour')}?n={n}>")
                        payload = event_callback(event, event_id=f"Ev{n:08d}")
                        slack.add_message_from_event(event)
                        for attempt in (None, 1) if retry else (None,):
                            body, headers = events_request(payload, SECRET, retry_num=attempt)
                            began = time.perf_counter()
                            async with http.post(endpoint, data=body, headers=headers) as reply:
                                await reply.read()
                                ok = reply.status == 200
                            if attempt is None:
                                acks.append((time.perf_counter() - began) * 1000)
                            failures += not ok

                    total = rate * seconds
                    tasks: list[asyncio.Task[None]] = []
                    start = time.perf_counter()
                    with Progress(
                        TextColumn("sending events"),
                        BarColumn(),
                        TextColumn("{task.completed}/{task.total}"),
                        TimeElapsedColumn(),
                        console=console,
                    ) as progress:
                        bar = progress.add_task("events", total=total)
                        for n in range(total):
                            # A steady rate, not a burst: event n leaves at n / rate seconds.
                            delay = start + n / rate - time.perf_counter()
                            if delay > 0:
                                await asyncio.sleep(delay)
                            tasks.append(asyncio.create_task(deliver(n, retry=n % 20 == 0)))
                            sent += 1
                            progress.update(bar, completed=sent)
                        await asyncio.gather(*tasks)

                # Runs are recorded after the ack; give the last ones a moment.
                async with asyncio.timeout(60):
                    # Another process's database: nothing to wait on but the count.
                    while (await count_runs(url))[0] < sent:  # noqa: ASYNC110
                        await asyncio.sleep(0.25)
                await asyncio.sleep(1.0)
                runs, distinct = await count_runs(url)
            finally:
                stop_sampling.set()
                await sampler
                proc.terminate()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(proc.wait(), 60)
                if proc.returncode is None:
                    proc.kill()

    p50, p99 = statistics.median(acks), percentile(acks, 0.99)
    console.print()
    console.print(
        f"events sent      {sent} at {rate}/s for {seconds} s (+{(sent + 19) // 20} retries)"
    )
    console.print(f"acks             p50 {p50:.1f} ms · p99 {p99:.1f} ms · max {max(acks):.1f} ms")
    console.print(f"runs created     {runs} ({distinct} distinct messages; failures {failures})")
    console.print(f"peak RSS         {peak:.0f} MB (serve and its extraction child)")
    ok = p99 < ACK_P99_TARGET_MS and peak < RSS_TARGET_MB and runs == distinct == sent
    ok = ok and not failures
    verdict = "[green]targets met[/]" if ok else "[red]targets missed[/]"
    console.print(f"{verdict} (ack p99 < {ACK_P99_TARGET_MS:.0f} ms, RSS < {RSS_TARGET_MB:.0f} MB)")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=50, help="events a second (default 50)")
    parser.add_argument("--seconds", type=int, default=60, help="how long (default 60)")
    parser.add_argument("--database-url", help="a Postgres URL; default a fresh SQLite file")
    args = parser.parse_args()
    return asyncio.run(bench(args.rate, args.seconds, args.database_url))


if __name__ == "__main__":
    raise SystemExit(main())
