"""Postgres restarted under load: the bot reconnects and no run is lost.

Opt-in (COPYDESK_TEST_POSTGRES_RESTART=1), and slow: it starts a private Postgres cluster in a
temporary directory on a free port (initdb + pg_ctl, as the `postgres` user when run as root),
restarts *that* one mid-run, and removes it. The shared server on 5432 is never touched, so
other test sessions running at the same time are unaffected; that is why this test does not
restart the shared cluster with pg_ctlcluster.
"""

from __future__ import annotations

import asyncio
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from articles import ArticleSite
from fakes.slack import FakeSlack, link_markup, message_event
from orchestrator.domain import RunStatus
from slack_harness import events_endpoint, hold, result_messages, running_app, settled_run
from storage import db

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(
        os.environ.get("COPYDESK_TEST_POSTGRES_RESTART") != "1",
        reason="restarts a private Postgres: set COPYDESK_TEST_POSTGRES_RESTART=1",
    ),
]


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    if not found[-1]:
        pytest.skip(f"{name} not found")
    return found[-1]


def _as_postgres(*argv: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else list(argv)


class PrivateCluster:
    def __init__(self, root: Path) -> None:
        self.data = root / "data"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self.url = f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"
        self.options = f"-p {self.port} -k {root} -c listen_addresses=127.0.0.1"

    def ctl(self, *args: str) -> None:
        command = [_bin("pg_ctl"), "-D", str(self.data), "-w", "-o", self.options]
        command += ["-l", str(self.data.parent / "postgres.log"), *args]
        # The server inherits pg_ctl's stdout: no pipe, or waiting on it never ends.
        subprocess.run(
            _as_postgres(*command),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )


@pytest.fixture
def cluster() -> Iterator[PrivateCluster]:
    root = Path(tempfile.mkdtemp(prefix="copydesk-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    pg = PrivateCluster(root)
    subprocess.run(
        _as_postgres(_bin("initdb"), "-D", str(pg.data), "-A", "trust", "-U", "postgres"),
        check=True,
        capture_output=True,
        timeout=120,
    )
    pg.ctl("start")
    try:
        yield pg
    finally:
        subprocess.run(
            _as_postgres(_bin("pg_ctl"), "-D", str(pg.data), "-m", "immediate", "stop"),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)


async def test_a_postgres_restart_under_load_loses_no_run(
    cluster: PrivateCluster, site: ArticleSite
) -> None:
    await db.upgrade(cluster.url)
    release = hold(site, "/news/harbour")
    async with (
        FakeSlack() as slack,
        running_app(
            cluster.url,
            slack,
            site,
            COPYDESK_LEASE_SECONDS=3,
            COPYDESK_SWEEP_SECONDS=0.5,
        ) as app,
        events_endpoint(app, slack) as events,
    ):
        for n in range(6):
            event = message_event(f"story {n}: {link_markup(site.url(f'/news/harbour?n={n}'))}")
            await events.deliver(event)
        # Every run is mid-fetch, holding a lease, when the database goes away.
        await slack.wait_for(lambda s: len(s.bot_messages("C1")) >= 6, timeout=10)
        await asyncio.to_thread(cluster.ctl, "-m", "fast", "restart")
        release.set()

        for run_id in range(1, 7):
            run = await settled_run(app, run_id, timeout=60)
            assert run.status is RunStatus.SUCCEEDED, (run_id, run.error)
        runs = await app.store.list_runs(limit=50)

    assert sorted(r.id for r in runs) == [1, 2, 3, 4, 5, 6]
    assert len({r.origin.thread_ts for r in runs}) == 6
    for run in runs:
        assert len(result_messages(slack, "C1", run.origin.thread_ts or "", run.id)) == 1
