"""Orchestration overhead of a durable run, on SQLite and Postgres (issue 4).

    .venv/bin/python bench/orchestration.py [--sqlite-only] [--runs N] [--gate-as-step]
                                            [--realistic] [--tracing-only] [--durable-steps]

The workload a peer comparison uses: six durable steps fetch → summarise → (fact_check ∥ tag)
→ gate → merge. A run is created (queued), claimed, taken through the real `Trace` with no-op
step bodies and a no-op reporter, and finished (its final status written).

  (a) per-run overhead: median and p90 over sequential runs after a warm-up, each run created
      and then executed through `Worker.execute_runs` (claim, steps, succeed, release);
  (b) throughput: 200 runs, 50 in flight, every step body `await asyncio.sleep(0.05)`, through
      the worker's own claim loop (`Worker.run_forever`, concurrency 50); the ideal is 0.8 s
      (four 50 ms levels, five waves);
  (c) the plain-asyncio lower bound: the same shape with no database at all;
  (d) tracing (issue 17): (a) with tracing off and with every span exported through the real
      OpenTelemetry SDK and OTLP/HTTP exporter to a local sink, interleaved run by run.

By default the gate is recorded with `Trace.gate` (a CONTINUE outcome, a row in the gates
table, no body), which is how the trunk records its gates; `--gate-as-step` makes it a fifth
durable step instead (with a 50 ms body in (b), which moves the ideal to 1.0 s).

`--realistic` adds, for each database, the same two figures for the trunk as production runs
it: article-sized step outputs, both gates, the real Slack reporter against the fake Slack
(bench/orchestration_realistic.py).

Postgres needs COPYDESK_BENCH_POSTGRES_URL or COPYDESK_TEST_POSTGRES_URL (an admin URL on the
server); the bench creates and drops its own database, copydesk_bench_<pid>.
"""

from __future__ import annotations

import argparse
import asyncio
import http.server
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import event, text  # noqa: E402
from sqlalchemy.engine import Engine, make_url  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from orchestrator.domain import Gate, GateDecision, Origin, Run  # noqa: E402
from orchestrator.gates import GateOutcome  # noqa: E402
from orchestrator.pipeline import Pipeline, PipelineConfig  # noqa: E402
from orchestrator.trace import StepResult, Trace  # noqa: E402
from orchestrator.worker import Worker  # noqa: E402
from storage import db  # noqa: E402
from storage.store import SqlRunStore  # noqa: E402

ORIGIN = Origin("bench")
URL = "https://bench.example/article"
CONTINUE = GateOutcome(GateDecision.CONTINUE, "bench", {})
Body = Callable[[], Awaitable[StepResult]]


class NullReporter:
    records_delivery = False

    async def progress(self, run: Run) -> None:
        pass

    async def escalated(self, run: Run, gate: Gate) -> None:
        pass

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        pass

    async def finished(self, run: Run) -> None:
        pass


class CountingReporter(NullReporter):
    def __init__(self, expected: int) -> None:
        self.left = expected
        self.all_finished = asyncio.Event()

    async def finished(self, run: Run) -> None:
        self.left -= 1
        if self.left == 0:
            self.all_finished.set()


async def no_op() -> StepResult:
    return StepResult({})


async def sleep_50ms() -> StepResult:
    await asyncio.sleep(0.05)
    return StepResult({})


class Shape:
    """fetch → summarise → (fact_check ∥ tag) → gate → merge, with one body for every step."""

    def __init__(self, body: Body, *, gate_as_step: bool) -> None:
        self.body = body
        self.gate_as_step = gate_as_step

    async def through(self, trace: Trace) -> None:
        await trace.step("fetch", self.body)
        await trace.step("summarise", self.body)
        await asyncio.gather(trace.step("fact_check", self.body), trace.step("tag", self.body))
        if self.gate_as_step:
            await trace.step("gate", self.body)
        else:
            await trace.gate("fact_check", CONTINUE)
        await trace.step("merge", self.body)
        await trace.succeed({})

    async def plain(self) -> None:
        """The same shape with nothing recorded: the lower bound."""
        await self.body()
        await self.body()
        await asyncio.gather(self.body(), self.body())
        if self.gate_as_step:
            await self.body()
        await self.body()


class ShapePipeline(Pipeline):
    """The real Pipeline.execute (reporter, Trace, failure handling) around the bench shape."""

    def __init__(self, store: SqlRunStore, shape: Shape) -> None:
        super().__init__(store, None, None, PipelineConfig())  # type: ignore[arg-type]
        self.shape = shape

    async def _trunk(self, trace: Trace) -> None:
        await self.shape.through(trace)


@dataclass
class Counts:
    statements: int = 0
    commits: int = 0
    checkouts: int = 0

    def reset(self) -> None:
        self.statements = self.commits = self.checkouts = 0


def count(engine: Engine) -> Counts:
    counts = Counts()

    def statement(*_: Any) -> None:
        counts.statements += 1

    def commit(*_: Any) -> None:
        counts.commits += 1

    def checkout(*_: Any) -> None:
        counts.checkouts += 1

    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "commit", commit)
    event.listen(engine.pool, "checkout", checkout)
    return counts


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


async def sequential(store: SqlRunStore, shape: Shape, runs: int, counts: Counts) -> None:
    worker = Worker(
        store, ShapePipeline(store, shape), lambda _run: NullReporter(), transports=["bench"]
    )

    async def one() -> None:
        created = await store.create_runs([URL], ORIGIN)
        assert created is not None
        (done,) = await worker.execute_runs([created[0].id])
        assert done.status.value == "succeeded", done.status

    for _ in range(30):
        await one()
    counts.reset()
    times: list[float] = []
    # CPU time of this process (SQLite's thread included): a figure a busy machine moves
    # less than the wall clock.
    cpu = time.process_time()
    for _ in range(runs):
        began = time.perf_counter()
        await one()
        times.append(time.perf_counter() - began)
    print(
        f"  (a) per run, {runs} sequential: median {ms(statistics.median(times))}, "
        f"p90 {ms(p90(times))}"
    )
    cpu = time.process_time() - cpu
    print(f"      CPU in this process per run: {ms(cpu / runs)}")
    print(
        f"      per run: {counts.statements / runs:.1f} statements, "
        f"{counts.commits / runs:.1f} commits, {counts.checkouts / runs:.1f} connection checkouts"
    )


async def in_flight(store: SqlRunStore, shape: Shape, runs: int, concurrency: int) -> None:
    reporter = CountingReporter(runs)
    worker = Worker(
        store,
        ShapePipeline(store, shape),
        lambda _run: reporter,
        transports=["bench"],
        concurrency=concurrency,
    )
    began = time.perf_counter()
    created = await store.create_runs([URL] * runs, ORIGIN)
    assert created is not None
    looping = asyncio.create_task(worker.run_forever())
    await reporter.all_finished.wait()
    await worker.stop()
    elapsed = time.perf_counter() - began
    looping.cancel()
    await asyncio.gather(looping, return_exceptions=True)
    failed = [r for r in await store.list_runs(limit=runs) if r.status.value != "succeeded"]
    assert not failed, failed[:3]
    print(f"  (b) {runs} runs, {concurrency} in flight, 50 ms bodies: {elapsed:.3f} s wall")


class _OtlpSink(http.server.BaseHTTPRequestHandler):
    """A collector that takes every OTLP/HTTP export and answers 200, on its own thread."""

    received = 0

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).received += 1
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_: Any) -> None:
        pass


async def tracing_overhead(store: SqlRunStore, shape: Shape, runs: int) -> None:
    """(d) issue 17: (a)'s runs with tracing off, and with every span exported over OTLP/HTTP
    (the real SDK, batch processor and exporter) to a local sink; interleaved, so that both
    see the same database and machine."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    from bot.telemetry import telemetry_for

    sink = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OtlpSink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{sink.server_address[1]}/v1/traces"
    telemetry = telemetry_for(OTLPSpanExporter(endpoint=endpoint))
    off = ShapePipeline(store, shape)
    on = ShapePipeline(store, shape)
    on.telemetry = telemetry
    workers = {
        name: Worker(store, pipeline, lambda _run: NullReporter(), transports=["bench"])
        for name, pipeline in (("off", off), ("on", on))
    }
    times: dict[str, list[float]] = {"off": [], "on": []}
    cpu: dict[str, list[float]] = {"off": [], "on": []}

    async def one(name: str) -> tuple[float, float]:
        created = await store.create_runs([URL], ORIGIN)
        assert created is not None
        began, began_cpu = time.perf_counter(), time.process_time()
        (done,) = await workers[name].execute_runs([created[0].id])
        assert done.status.value == "succeeded", done.status
        return time.perf_counter() - began, time.process_time() - began_cpu

    for _ in range(30):
        await one("off")
        await one("on")
    for _ in range(runs):
        for name in ("off", "on"):
            wall, used = await one(name)
            times[name].append(wall)
            cpu[name].append(used)
    await telemetry.aclose()
    sink.shutdown()
    off_median, on_median = (statistics.median(times[n]) for n in ("off", "on"))
    # Each traced run against the untraced run just before it: a machine whose load drifts
    # moves both alike, which the two medians alone do not cancel.
    paired = statistics.median(on - off for on, off in zip(times["on"], times["off"], strict=True))
    print(
        f"  (d) tracing, {runs} sequential each: off median {ms(off_median)}, "
        f"on (OTLP/HTTP export) median {ms(on_median)}, p90 {ms(p90(times['on']))}: "
        f"{(on_median / off_median - 1) * 100:+.1f}% per run "
        f"({(on_median - off_median) * 1e6:+.0f} µs); {_OtlpSink.received} exports received"
    )
    print(
        f"      paired (each traced run less the untraced run before it): median "
        f"{paired * 1e6:+.0f} µs, {paired / off_median * 100:+.1f}%; CPU in this process per "
        f"run (exporter thread included): off {ms(statistics.median(cpu['off']))}, "
        f"on {ms(statistics.median(cpu['on']))}"
    )


async def bench_database(url: str, args: argparse.Namespace) -> None:
    await db.upgrade(url)
    engine = db.make_engine(url)
    store = SqlRunStore(engine, durable_steps=args.durable_steps)
    # The engine the store's statements run on: for SQLite, its own thread's.
    counts = count(store.runner.sync_engine)
    try:
        if not args.tracing_only:
            await sequential(store, Shape(no_op, gate_as_step=args.gate_as_step), args.runs, counts)
            await in_flight(store, Shape(sleep_50ms, gate_as_step=args.gate_as_step), 200, 50)
        await tracing_overhead(store, Shape(no_op, gate_as_step=args.gate_as_step), args.runs)
        if args.realistic:
            from orchestration_realistic import bench_realistic

            await bench_realistic(store, args.runs)
    finally:
        await store.aclose()
        await engine.dispose()


async def bench_plain(args: argparse.Namespace) -> None:
    shape = Shape(no_op, gate_as_step=args.gate_as_step)
    for _ in range(100):
        await shape.plain()
    times: list[float] = []
    for _ in range(args.runs):
        began = time.perf_counter()
        await shape.plain()
        times.append(time.perf_counter() - began)
    print(
        f"  (a) per run, {args.runs} sequential: median {ms(statistics.median(times))}, "
        f"p90 {ms(p90(times))}"
    )
    slow = Shape(sleep_50ms, gate_as_step=args.gate_as_step)
    slots = asyncio.Semaphore(50)

    async def one() -> None:
        async with slots:
            await slow.plain()

    began = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(200)))
    print(f"  (b) 200 runs, 50 in flight, 50 ms bodies: {time.perf_counter() - began:.3f} s wall")


async def with_pg_database(admin_url: str, args: argparse.Namespace) -> None:
    name = f"copydesk_bench_{os.getpid()}"
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
            await bench_database(url, args)
        finally:
            async with admin.connect() as connection:
                await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


async def main(args: argparse.Namespace) -> None:
    gate = "a fifth durable step" if args.gate_as_step else "Trace.gate, CONTINUE (a gates row)"
    print(f"six durable steps fetch → summarise → (fact_check ∥ tag) → gate → merge; gate: {gate}")
    if not args.tracing_only:
        print("plain asyncio (no database): the lower bound")
        await bench_plain(args)
    with tempfile.TemporaryDirectory() as directory:
        print("SQLite (pysqlite on the store's thread, WAL, synchronous=NORMAL)")
        await bench_database(f"sqlite+aiosqlite:///{directory}/bench.db", args)
    admin_url = os.environ.get("COPYDESK_BENCH_POSTGRES_URL") or os.environ.get(
        "COPYDESK_TEST_POSTGRES_URL"
    )
    if args.sqlite_only:
        print("Postgres: skipped (--sqlite-only)")
    elif not admin_url:
        print("Postgres: skipped (set COPYDESK_BENCH_POSTGRES_URL or COPYDESK_TEST_POSTGRES_URL)")
    else:
        commits = "every commit durable" if args.durable_steps else "step commits fast"
        print(f"Postgres (asyncpg, {commits}: COPYDESK_STEP_COMMITS)")
        await with_pg_database(admin_url, args)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--runs", type=int, default=300, help="sequential runs for (a)")
    parser.add_argument("--gate-as-step", action="store_true")
    parser.add_argument(
        "--durable-steps",
        action="store_true",
        help="Postgres: every step's commit waits for its WAL flush (COPYDESK_STEP_COMMITS)",
    )
    parser.add_argument("--tracing-only", action="store_true", help="only (d), per database")
    parser.add_argument(
        "--realistic",
        action="store_true",
        help="also measure the trunk as production runs it (bench/orchestration_realistic.py)",
    )
    asyncio.run(main(parser.parse_args()))
