"""`/runs/N/diff/M` and the family on `/runs/N`: the real web app over a run and its re-run
(made by the real app: worker, offline model, the local site), and in headless Chromium."""

from __future__ import annotations

import asyncio
import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from articles import ArticleSite
from bot.bootstrap import App, build_app
from bot.web import build_ops_app
from orchestrator.domain import Origin, RunStatus
from orchestrator.reading import InlineExtractor
from orchestrator.replay import RerunRequest
from reading_helpers import html
from support import make_settings
from test_pages import CHROMIUM, get
from test_rerun import corrected_story


@pytest.fixture
async def app(database_url: str, site: ArticleSite) -> AsyncIterator[App]:
    settings = make_settings(database_url, COPYDESK_FETCH_ALLOW=site.allow)
    async with build_app(
        settings,
        transports=["cli"],
        write=lambda _line: None,
        extractor=InlineExtractor(),
        upgrade=False,
    ) as built:
        created = await built.store.create_runs([site.url("/news/harbour")], Origin("cli"))
        assert created
        [first] = await built.worker.execute_runs([created[0].id])
        assert first.status is RunStatus.SUCCEEDED
        # The story is corrected, and read again: a claim reworded (and now unsupported), one
        # gone, one new, and the fact-check gate escalates.
        site.server.routes["/news/harbour"] = html(corrected_story())
        assert built.rerunner is not None
        outcome = await built.rerunner.rerun(RerunRequest(1, "fetch"), Origin("cli"))
        assert outcome.run is not None
        await built.worker.execute_runs([outcome.run.id])
        outcome = await built.rerunner.rerun(RerunRequest(1, "tag"), Origin("cli"))
        assert outcome.run is not None
        await built.worker.execute_runs([outcome.run.id])
        yield built


@pytest.fixture
async def base_url(app: App) -> AsyncIterator[str]:
    runner = web.AppRunner(build_ops_app(app, pages_too=True), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


def changes(page: str) -> list[str]:
    return re.findall(r"data-change=\"?'?(\w+)", page)


async def test_the_diff_page_shows_two_runs_side_by_side(base_url: str) -> None:
    status, page = await get(f"{base_url}/runs/1/diff/2")
    assert status == 200
    assert "Run #1 → run #2" in page and "run #2 re-ran run #1 from fetch" in page
    assert changes(page) == ["reworded", "same", "added", "removed"]
    assert "verdict changed" in page and "£21 million" in page and "£14 million" in page
    gate = re.search(r"<tr data-gate='fact_check' class='changed'>(.*?)</tr>", page)
    assert gate and "d-continue" in gate.group(1) and "d-escalate" in gate.group(1)

    status, page = await get(f"{base_url}/runs/1/diff/3")
    assert status == 200 and set(changes(page)) == {"same"}
    assert page.count("from run #1</a>, no new tokens") == 3  # fetch, summarise, fact_check

    status, page = await get(f"{base_url}/runs/1/diff/99")
    assert status == 404 and "no run #99" in page


async def test_the_run_page_links_its_family(base_url: str) -> None:
    status, page = await get(f"{base_url}/runs/1")
    assert status == 200
    assert "<a href='/runs/2'>run #2</a> re-ran it from fetch" in page
    assert "<a href='/runs/1/diff/3'>what changed</a>" in page
    status, page = await get(f"{base_url}/runs/3")
    assert "Re-run of run #1 from tag" in page and "<a href='/runs/1/diff/3'>" in page
    assert "<a class='copied' href='/runs/1'>from run #1</a>" in page
    assert "of <a href='/runs/1'>run #1</a>" in page  # the claims' provenance


@pytest.mark.slow  # a real browser
@pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"
)
@pytest.mark.timeout(120)
async def test_the_diff_page_renders_in_a_browser(base_url: str, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    profile = tempfile.mkdtemp(prefix="chromium-", dir=tmp_path)
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ]
    process = await asyncio.create_subprocess_exec(
        CHROMIUM,
        *flags,
        "--dump-dom",
        f"{base_url}/runs/1/diff/2",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    dom, err = await asyncio.wait_for(process.communicate(), 90)
    assert process.returncode == 0, err.decode()[-2000:]
    rendered = dom.decode()
    assert "<title>Run #1 → #2 · copydesk</title>" in rendered
    # The DOM the browser built: one row a claim, two sides to each.
    rows = re.findall(r'<tr class="c-(\w+)" data-change="\w+">(.*?)</tr>', rendered, re.S)
    assert [kind for kind, _ in rows] == ["reworded", "same", "added", "removed"]
    assert all(len(re.findall(r"<td", cells)) == 3 for _, cells in rows)

    shot = tmp_path / "diff.png"
    process = await asyncio.create_subprocess_exec(
        CHROMIUM,
        *flags,
        f"--screenshot={shot}",
        "--window-size=1200,1400",
        f"{base_url}/runs/1/diff/2",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    await asyncio.wait_for(process.communicate(), 90)
    assert process.returncode == 0 and shot.stat().st_size > 10_000
    shutil.copy(shot, Path(tempfile.gettempdir()) / "copydesk-diff-page.png")
