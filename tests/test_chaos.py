"""Chaos: real `copydesk serve` and `copydesk worker` processes killed with SIGKILL mid-run.

The promise under test (issue 4): a run survives its worker dying at any point. Each run
still finishes, no step whose result was committed runs again (a resumed run reads it back),
the thread gets exactly one status message and one result per run, and nothing a person
posted is lost. The processes are the real command line against FakeSlack and the local
article site, both in this test's event loop; the article and its sources answer slowly, so
that a kill finds runs in flight.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import shutil
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import select

from articles import ArticleSite
from bot.reporters import METADATA_EVENT
from conftest import fresh_pg_database
from fakes.slack import FakeSlack, Message, event_callback, events_request, message_event
from orchestrator.domain import Origin, Run, RunStatus, StepStatus
from reading_helpers import Handler
from storage import db
from storage.models import RunRow
from storage.store import SqlRunStore

# Chaos: real `copydesk serve` processes killed at random, on both databases.
pytestmark = pytest.mark.slow

COPYDESK = [sys.executable, "-m", "bot.cli"]
SIGNING_SECRET = "copydesk-chaos-signing-secret"
LEASE_SECONDS = 1
SEED = 4  # the number; change it to shake out other interleavings
RUNS = 20
KILLS = 6
STEPS = ("fetch", "summarise", "fact_check", "tag", "merge")

StepKey = tuple[int, str, int]  # run id, step name, attempt
StepTimes = tuple[datetime, datetime | None]  # started_at, finished_at


# ---- the processes -----------------------------------------------------------------------


def environment(database_url: str, slack: FakeSlack, site: ArticleSite) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SLACK_", "ANTHROPIC_", "COPYDESK_"))
    }
    env.update(
        COPYDESK_DATABASE_URL=database_url,
        COPYDESK_FETCH_ALLOW=site.allow,
        COPYDESK_MODEL="offline",
        COPYDESK_LEASE_SECONDS=str(LEASE_SECONDS),
        COPYDESK_SWEEP_SECONDS="0.2",
        COPYDESK_SHUTDOWN_GRACE="1s",
        COPYDESK_OPS_PORT="0",
        SLACK_BOT_TOKEN=slack.bot_token,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.api_url,
        PYTHONPATH=str(Path(__file__).resolve().parent.parent),
    )
    return env


@dataclass
class Processes:
    """Every `copydesk` process a test starts, its output in files; none outlives the test."""

    env: dict[str, str]
    logs: Path
    started: list[asyncio.subprocess.Process] = field(default_factory=list)

    async def start(self, *args: str, ready: str, timeout: float = 30) -> tuple[int, re.Match[str]]:
        """Start `copydesk *args`; returns its pid and the match of `ready` in its stdout."""
        n = len(self.started)
        out, err = self.logs / f"{n}-{args[0]}.out", self.logs / f"{n}-{args[0]}.err"
        with out.open("wb") as stdout, err.open("wb") as stderr:
            process = await asyncio.create_subprocess_exec(
                *COPYDESK,
                *args,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=stdout,
                stderr=stderr,
                env=self.env,
                # Its own process group, so that teardown can end its children too.
                start_new_session=True,
            )
        self.started.append(process)
        async with asyncio.timeout(timeout):
            while True:
                found = re.search(ready, out.read_text())
                if found:
                    return process.pid, found
                if process.returncode is not None:
                    pytest.fail(f"copydesk {args[0]} exited: {err.read_text()[-3000:]}")
                await asyncio.sleep(0.02)

    async def kill(self, pid: int) -> None:
        """SIGKILL: no shutdown, no handing back; whatever was in flight stays where it was."""
        [process] = [p for p in self.started if p.pid == pid]
        process.kill()
        await process.wait()

    def complaints(self) -> list[str]:
        """Warnings and errors the processes logged: a crashed run, a write Slack refused."""
        lines = []
        for path in sorted(self.logs.glob("*.err")):
            for line in path.read_text().splitlines():
                # Bolt reads SLACK_BOT_TOKEN itself and says it does not need it: noise.
                if re.search(r" (WARNING|ERROR|CRITICAL) ", line) and "will be unused" not in line:
                    lines.append(f"{path.name}: {line}")
        return lines

    async def close(self) -> None:
        for process in self.started:
            if process.returncode is None:
                process.kill()
                await process.wait()
            # A killed process's extraction child exits when its pipe closes; make sure.
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


@asynccontextmanager
async def processes(env: dict[str, str], logs: Path) -> AsyncIterator[Processes]:
    running = Processes(env, logs)
    try:
        yield running
    finally:
        await running.close()


# ---- the slow site -------------------------------------------------------------------------


def slow(serve: Handler, rng: random.Random) -> Handler:
    """`serve`, answering after 50–300 ms: long enough for a kill to find the fetch in flight."""

    async def delayed(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(rng.uniform(0.05, 0.3))
        return await serve(request)

    return delayed


def slow_stories(site: ArticleSite, rng: random.Random, count: int) -> list[str]:
    """`count` distinct slow links to the harbour story, whose cited sources are slow too."""
    routes = site.server.routes
    for source in ("/sources/council-report", "/sources/silt-study"):
        routes[source] = slow(routes[source], rng)
    paths = [f"/news/slow/{i}" for i in range(count)]
    for path in paths:
        routes[path] = slow(routes["/news/harbour"], rng)
    return [site.url(path) for path in paths]


# ---- reading the database back -----------------------------------------------------------


async def all_runs(store: SqlRunStore) -> list[Run]:
    """Every run with its steps, oldest first."""
    listed = await store.list_runs(limit=1000)
    runs = [await store.get_run(run.id) for run in reversed(listed)]
    return [run for run in runs if run is not None]


@dataclass
class StepLedger:
    """What the steps table said right after each kill, to catch a committed step re-run."""

    committed: dict[StepKey, StepTimes] = field(default_factory=dict)
    # Steps a kill caught running: these, and only these, may run again.
    in_flight: dict[StepKey, datetime] = field(default_factory=dict)
    # Steps committed while their run was unfinished: a resumed run must read them back.
    replayable: set[StepKey] = field(default_factory=set)
    violations: list[str] = field(default_factory=list)

    def record(self, runs: list[Run], when: str) -> None:
        for run in runs:
            for step in run.steps:
                key = (run.id, step.name, step.attempt)
                times = (step.started_at, step.finished_at)
                before = self.committed.get(key)
                if before is not None and (
                    step.status is not StepStatus.SUCCEEDED or times != before
                ):
                    self.violations.append(
                        f"{when}: step {key} was committed {before} and is now "
                        f"{step.status.value} {times}"
                    )
                if step.status is StepStatus.SUCCEEDED:
                    self.committed.setdefault(key, times)
                    if not run.status.is_final:
                        self.replayable.add(key)
                elif step.status is StepStatus.RUNNING:
                    self.in_flight[key] = step.started_at

    def rerun_in_flight(self, runs: list[Run]) -> int:
        """Steps caught running by a kill that ran again (and so started anew) later."""
        final = {(r.id, s.name, s.attempt): s.started_at for r in runs for s in r.steps}
        return sum(1 for key, started in self.in_flight.items() if final.get(key) != started)


def ended_and_told(run: Run) -> bool:
    """Final in history, and its thread told (or the telling recorded as given up)."""
    return run.status.is_final and (run.result_posted or run.delivery_failure is not None)


async def wait_until_all_settled(store: SqlRunStore, count: int, timeout: float) -> list[Run]:
    """The runs, once all `count` are recorded and ended, or once every run recorded has
    ended and no more came for two seconds (the rest are lost: the caller's asserts say
    which). Fails naming the runs that never ended."""
    runs: list[Run] = []
    loop = asyncio.get_running_loop()
    settled_since: float | None = None
    try:
        async with asyncio.timeout(timeout):
            while True:
                await asyncio.sleep(0.2)
                latest = await all_runs(store)
                if not all(ended_and_told(r) for r in latest):
                    settled_since = None
                elif len(latest) >= count:
                    return latest
                elif settled_since is None or len(latest) != len(runs):
                    settled_since = loop.time()
                elif loop.time() - settled_since > 2:
                    return latest
                runs = latest
    except TimeoutError:
        unfinished = [(r.id, r.status.value, r.executions) for r in runs if not r.status.is_final]
        pytest.fail(f"{len(runs)} of {count} runs recorded; unfinished: {unfinished}")


async def progressed(store: SqlRunStore, steps: int, timeout: float) -> None:
    """Wait until `steps` more steps have committed (or `timeout` passed)."""
    runs = await all_runs(store)
    target = steps + sum(s.status is StepStatus.SUCCEEDED for r in runs for s in r.steps)
    with suppress(TimeoutError):
        async with asyncio.timeout(timeout):
            while True:
                runs = await all_runs(store)
                if sum(s.status is StepStatus.SUCCEEDED for r in runs for s in r.steps) >= target:
                    return
                await asyncio.sleep(0.05)


async def recorded(deliveries: list[Delivery], store: SqlRunStore, timeout: float = 10) -> None:
    """Wait until each of these deliveries has its run in the store."""
    wanted = {d.payload["event"]["ts"] for d in deliveries}
    # The store has no change feed to wait on: poll it.
    async with asyncio.timeout(timeout):
        while True:
            if wanted <= {r.origin.thread_ts for r in await store.list_runs(limit=1000)}:
                return
            await asyncio.sleep(0.05)


# ---- reading the threads back --------------------------------------------------------------


def copydesk_messages(slack: FakeSlack, channel: str) -> list[tuple[int, str, Message]]:
    """(run id, kind, message) for each bot message; asserts each carries copydesk's metadata."""
    found = []
    for message in slack.bot_messages(channel):
        metadata = message.metadata or {}
        assert metadata.get("event_type") == METADATA_EVENT, message
        payload = metadata["event_payload"]
        found.append((int(payload["run_id"]), str(payload["kind"]), message))
    return found


def assert_one_status_and_one_result_each(
    slack: FakeSlack, channel: str, runs: list[Run]
) -> Counter[str]:
    """Exactly one status message (last edited to "finished") and one result per run, in
    its own thread, and no message for a run that does not exist. Returns counts by kind."""
    messages = copydesk_messages(slack, channel)
    by_run = {run.id: run for run in runs}
    strangers = sorted({run_id for run_id, _, _ in messages} - by_run.keys())
    assert not strangers, f"messages for runs that do not exist: {strangers}"
    kinds = Counter((run_id, kind) for run_id, kind, _ in messages)
    extra = {key: n for key, n in kinds.items() if n != 1}
    assert not extra, f"messages posted more than once: {extra}"
    for run in runs:
        mine = {kind: m for run_id, kind, m in messages if run_id == run.id}
        assert mine.keys() == {"status", "result"}, (run.id, sorted(mine))
        status, result = mine["status"], mine["result"]
        assert status.thread_ts == result.thread_ts == run.origin.thread_ts
        assert status.ts == run.status_ref
        assert status.text.splitlines()[0].endswith("· finished"), status.text
        assert result.text.startswith(f"*Run #{run.id} finished*"), result.text
    return Counter(kind for _, kind, _ in messages)


# ---- A: one `serve --http`, killed and restarted ------------------------------------------


@dataclass
class Delivery:
    """One message event, as Slack keeps trying to deliver it until it gets a 200."""

    payload: dict[str, Any]
    attempts: int = 0
    acked: bool = False


class Slack:
    """Slack's side of the Events API: signed POSTs to whichever `serve` is up."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self.url: str | None = None
        self.posts = 0
        self.refused = 0  # no 200: connection refused, cut, or an error

    async def deliver(self, delivery: Delivery) -> bool:
        assert self.url is not None
        retry = delivery.attempts or None
        delivery.attempts += 1
        self.posts += 1
        body, headers = events_request(delivery.payload, SIGNING_SECRET, retry_num=retry)
        try:
            async with self.session.post(self.url, data=body, headers=headers) as response:
                await response.read()
                ok = response.status == 200
        except aiohttp.ClientError:
            ok = False
        if ok:
            delivery.acked = True
        else:
            self.refused += 1
        return ok


@pytest.mark.timeout(180)
async def test_serve_killed_at_random_points_loses_nothing_and_repeats_nothing(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    backend = "postgres" if database_url.startswith("postgresql") else "sqlite"
    async with FakeSlack() as slack:
        links = slow_stories(site, rng, RUNS)
        deliveries = []
        for i, link in enumerate(links):
            event = message_event(f"story {i}: <{link}|the harbour story>", channel="C1")
            slack.add_message_from_event(event)
            deliveries.append(Delivery(event_callback(event)))

        engine = db.make_engine(database_url)
        store = SqlRunStore(engine)
        ledger = StepLedger()
        kills = restarts = redelivered_after_ack = 0
        try:
            async with (
                processes(environment(database_url, slack, site), tmp_path) as copydesk,
                aiohttp.ClientSession(trust_env=False) as session,
            ):
                sender = Slack(session)

                async def serve() -> int:
                    pid, listening = await copydesk.start(
                        "serve", "--http", "--host", "127.0.0.1", "--port", "0",
                        ready=r"Listening for Slack at (\S+/slack/events)",
                    )  # fmt: skip
                    sender.url = listening.group(1)
                    return pid

                quiet = asyncio.Event()  # set: Slack delivers nothing more for now

                async def post_some(count: int, gap: float) -> None:
                    """Deliver up to `count` waiting events, one by one, as Slack would."""
                    for n, delivery in enumerate([d for d in deliveries if not d.acked][:count]):
                        if n:
                            await asyncio.sleep(rng.uniform(0.0, gap))
                        if quiet.is_set() or not await sender.deliver(delivery):
                            return  # the server is gone; Slack tries again later

                for _ in range(KILLS):
                    pid = await serve()
                    quiet.clear()
                    if rng.random() < 0.3:
                        # Slack redelivers an event it did get a 200 for when the 200 came
                        # late: the second delivery must start nothing.
                        acked = [d for d in deliveries if d.acked]
                        if acked:
                            await sender.deliver(rng.choice(acked))
                            redelivered_after_ack += 1
                    posting = asyncio.create_task(post_some(rng.randint(1, 5), gap=0.4))
                    moment = rng.random()
                    if moment < 0.2:
                        # Kill the moment the last 200 is in: Slack's 200 means the run
                        # is recorded (see test_an_event_slack_had_a_200_for_survives_a_kill).
                        await posting
                    elif moment < 0.5:
                        # While it starts, claims and fetches.
                        await asyncio.sleep(rng.uniform(0.1, 1.2))
                    else:
                        # Further on: once its runs have got somewhere.
                        await progressed(store, rng.randint(1, 8), timeout=4)
                        await asyncio.sleep(rng.uniform(0.0, 0.2))
                    await copydesk.kill(pid)
                    kills += 1
                    await posting
                    ledger.record(await all_runs(store), f"after kill {kills}")
                    restarts += 1

                await serve()
                quiet.clear()
                while not all(d.acked for d in deliveries):
                    await post_some(RUNS, gap=0.05)
                runs = await wait_until_all_settled(store, RUNS, timeout=60)
                ledger.record(runs, "at the end")
                # Let the last status edits land before counting (they precede each result,
                # so this is only belt and braces).
                await asyncio.sleep(0.1)
        finally:
            await store.aclose()
            await engine.dispose()

        print(
            f"\nchaos[{backend}]: {len(runs)} runs from {RUNS} events "
            f"({sender.posts} deliveries, {sender.refused} refused, "
            f"{redelivered_after_ack} redelivered after a 200); "
            f"{kills} kills, {restarts} restarts; "
            f"{sum(r.executions for r in runs)} executions, "
            f"{sum(1 for r in runs if r.executions > 1)} runs resumed; "
            f"steps: {len(ledger.committed)} committed, {len(ledger.replayable)} replayed "
            f"after a kill, {ledger.rerun_in_flight(runs)} of {len(ledger.in_flight)} "
            f"caught in flight re-run "
            f"({dict(Counter(name for _, name, _ in ledger.in_flight))})"
        )
        assert not ledger.violations, "\n".join(ledger.violations)
        # Nothing lost, nothing doubled: one run per event, for that event's link and thread.
        by_thread = Counter(run.origin.thread_ts for run in runs)
        lost = [
            d.payload["event_id"] for d in deliveries if not by_thread[d.payload["event"]["ts"]]
        ]
        assert not lost, f"Slack had a 200 for these events, and they have no run: {lost}"
        doubled = {ts: n for ts, n in by_thread.items() if n > 1}
        assert not doubled, f"messages that started more than one run: {doubled}"
        assert len(runs) == RUNS
        assert sorted(run.url for run in runs) == sorted(links)
        assert all(run.status is RunStatus.SUCCEEDED for run in runs), [
            (run.id, run.status, run.error) for run in runs if run.status is not RunStatus.SUCCEEDED
        ]
        # Every step that finished was committed once: the in-flight ones ran again, once.
        for run in runs:
            assert {s.name for s in run.steps} >= set(STEPS)
            assert all(s.status is StepStatus.SUCCEEDED for s in run.steps), run.steps
        kinds = assert_one_status_and_one_result_each(slack, "C1", runs)
        print(f"chaos[{backend}]: Slack messages by kind: {dict(kinds)}")
        assert not copydesk.complaints(), "\n".join(copydesk.complaints())


@pytest.mark.timeout(60)
async def test_an_event_slack_had_a_200_for_survives_a_kill(
    sqlite_template: Path, site: ArticleSite, tmp_path: Path
) -> None:
    # The window is milliseconds wide; a write lock held on the database from here widens
    # it at will: the run cannot be recorded until the lock goes, and the process dies first.
    path = tmp_path / "copydesk.db"
    shutil.copy(sqlite_template, path)
    database_url = f"sqlite+aiosqlite:///{path}"
    async with FakeSlack() as slack:
        [link] = slow_stories(site, random.Random(SEED), 1)
        event = message_event(f"story: <{link}|the harbour story>", channel="C1")
        slack.add_message_from_event(event)
        delivery = Delivery(event_callback(event))
        engine = db.make_engine(database_url)
        store = SqlRunStore(engine)
        try:
            async with (
                processes(environment(database_url, slack, site), tmp_path) as copydesk,
                aiohttp.ClientSession(trust_env=False) as session,
            ):
                sender = Slack(session)
                ready = r"Listening for Slack at (\S+/slack/events)"
                pid, listening = await copydesk.start("serve", "--http", "--port", "0", ready=ready)
                sender.url = listening.group(1)
                lock = sqlite3.connect(path, isolation_level=None)
                try:
                    lock.execute("BEGIN IMMEDIATE")
                    with suppress(TimeoutError):
                        # Answered at once today; held until recorded once fixed.
                        await asyncio.wait_for(sender.deliver(delivery), 3)
                    await copydesk.kill(pid)
                finally:
                    lock.close()
                _, listening = await copydesk.start("serve", "--http", "--port", "0", ready=ready)
                sender.url = listening.group(1)
                while not delivery.acked:  # Slack retries what got no 200
                    await sender.deliver(delivery)
                try:
                    await recorded([delivery], store, timeout=5)
                except TimeoutError:
                    pytest.fail(
                        f"Slack had a 200 for event {delivery.payload['event_id']} after "
                        f"{delivery.attempts} deliveries, and it has no run"
                    )
        finally:
            await store.aclose()
            await engine.dispose()


# ---- B: two workers on Postgres, one killed ------------------------------------------------


@pytest.fixture
def empty_pg_database() -> Iterator[str]:
    """A new Postgres database of its own, migrated; skips without COPYDESK_TEST_POSTGRES_URL."""
    for url in fresh_pg_database():
        asyncio.run(db.upgrade(url))
        yield url


async def leases(store: SqlRunStore) -> dict[int, tuple[str, str | None]]:
    """run id → (status, lease owner): who holds which run, as the workers see it."""
    async with store.engine.connect() as connection:
        rows = await connection.execute(select(RunRow.id, RunRow.status, RunRow.lease_owner))
        return {row.id: (row.status, row.lease_owner) for row in rows}


@pytest.mark.timeout(120)
async def test_a_killed_workers_runs_are_taken_over_when_its_lease_lapses(
    empty_pg_database: str, site: ArticleSite, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    count = 10
    async with FakeSlack() as slack:
        links = slow_stories(site, rng, count)
        asked = slack.add_message("C1", "ten stories to check", user="U1")
        engine = db.make_engine(empty_pg_database)
        store = SqlRunStore(engine)
        try:
            async with processes(environment(empty_pg_database, slack, site), tmp_path) as copydesk:
                ready = r"worker (\S+) taking slack runs"
                first, first_ready = await copydesk.start("worker", ready=ready)
                second, second_ready = await copydesk.start("worker", ready=ready)
                names = {first: first_ready.group(1), second: second_ready.group(1)}

                created = await store.create_runs(
                    links, Origin("slack", channel="C1", thread_ts=asked.ts, user="U1")
                )
                assert created is not None
                # Once every run is taken, kill the worker holding the most of them.
                async with asyncio.timeout(20):
                    while True:
                        held = (await leases(store)).values()
                        owners = Counter(
                            owner
                            for status, owner in held
                            if status == RunStatus.RUNNING.value and owner is not None
                        )
                        if owners and all(status != RunStatus.QUEUED.value for status, _ in held):
                            break
                        await asyncio.sleep(0.01)
                [(busiest, _)] = owners.most_common(1)
                victim, survivor = (first, second) if names[first] == busiest else (second, first)
                await copydesk.kill(victim)
                orphans = sorted(
                    run_id
                    for run_id, (status, owner) in (await leases(store)).items()
                    if status == RunStatus.RUNNING.value and owner == names[victim]
                )
                assert orphans, "the killed worker held no run"

                runs = await wait_until_all_settled(store, count, timeout=60)
                left = await leases(store)
        finally:
            await store.aclose()
            await engine.dispose()

        print(
            f"\ntakeover: {len(runs)} runs; worker {names[victim]} killed holding "
            f"{len(orphans)} runs {orphans}; {names[survivor]} finished them; "
            f"{sum(r.executions for r in runs)} executions"
        )
        assert all(run.status is RunStatus.SUCCEEDED for run in runs), [
            (run.id, run.status, run.error) for run in runs
        ]
        for run_id in orphans:
            [run] = [r for r in runs if r.id == run_id]
            assert run.executions >= 2, run  # taken again, after the lease lapsed
        assert all(owner is None for _, owner in left.values()), left
        kinds = assert_one_status_and_one_result_each(slack, "C1", runs)
        assert kinds == {"status": count, "result": count}
        assert not copydesk.complaints(), "\n".join(copydesk.complaints())
        # The person's message is still the thread's only non-bot message.
        assert [m.ts for m in slack.thread("C1", asked.ts) if m.bot_id is None] == [asked.ts]
