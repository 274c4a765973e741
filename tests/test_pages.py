"""The run pages: `/runs/N` draws the run's timeline, `/runs` lists with filters and pages.

Served by the real web app on 127.0.0.1 port 0 over the seeded history; the browser test
loads `/runs/N` in headless Chromium (Debian's `chromium`) and reads the DOM it rendered.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from articles import ArticleSite
from bot.bootstrap import App, build_app
from bot.web import build_ops_app
from cli_harness import COPYDESK, environment
from history_seed import HARBOUR, STEPS, seed
from orchestrator.reading import InlineExtractor
from support import make_settings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
async def app(database_url: str) -> AsyncIterator[App]:
    async with build_app(
        make_settings(database_url), transports=[], extractor=InlineExtractor(), upgrade=False
    ) as built:
        await seed(built.store, built.history)
        yield built


@pytest.fixture
async def base_url(app: App) -> AsyncIterator[str]:
    # No sign-in configured: the pages are the loopback operations listener's, unsigned.
    runner = web.AppRunner(build_ops_app(app, pages_too=True), access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


async def get(url: str) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession(trust_env=False) as session,
        session.get(url) as response,
    ):
        return response.status, await response.text()


def bars(page: str, kind: str) -> list[str]:
    return re.findall(rf"<g class=\"?'?bar {kind}\"?'?[^>]*data-name=\"?'?([\w-]+)", page)


async def test_a_run_page_draws_its_timeline_and_tells_its_trace(base_url: str) -> None:
    status, page = await get(f"{base_url}/runs/1")
    assert status == 200
    assert "<svg class='timeline'" in page
    assert bars(page, "step") == list(STEPS)  # a bar per step, in order
    assert bars(page, "gate") == ["summary", "fact_check"]
    assert "approved by U0APPROVE" in page  # the gate wait's bar says who decided
    assert "Steps, tokens and cost" in page and "$0.0060" in page
    assert "1 of 3 claims is not supported by the article" in page and "checked it" in page
    assert "introduced by the <b>summarise</b> step, summariser, round 1" in page
    assert "https://stats.example/harbour" in page


async def test_unknown_and_pruned_runs_say_which(base_url: str) -> None:
    status, page = await get(f"{base_url}/runs/4")
    assert status == 410 and "Run #4 was pruned" in page
    status, page = await get(f"{base_url}/runs/99")
    assert status == 404 and "no run #99" in page


async def test_the_runs_list_filters_and_pages(base_url: str) -> None:
    status, page = await get(f"{base_url}/runs")
    assert status == 200
    assert re.findall(r"href='/runs/(\d+)'", page) == ["5", "3", "2", "1"]
    _, page = await get(f"{base_url}/runs?status=failed")
    assert re.findall(r"href='/runs/(\d+)'", page) == ["2"]
    _, page = await get(f"{base_url}/runs?domain=news.example&user=U1")
    assert re.findall(r"href='/runs/(\d+)'", page) == ["5", "3", "1"]
    _, page = await get(f"{base_url}/runs?url={HARBOUR}")
    assert re.findall(r"href='/runs/(\d+)'", page) == ["1"]
    _, page = await get(f"{base_url}/runs?domain=news.example&limit=2")
    assert re.findall(r"href='/runs/(\d+)'", page) == ["5", "3"]
    [older] = re.findall(r"rel='next' href='([^']+)'", page)
    assert older == "/runs?domain=news.example&amp;before=3"
    _, page = await get(f"{base_url}/runs?domain=news.example&limit=2&before=3")
    assert re.findall(r"href='/runs/(\d+)'", page) == ["1"]
    status, _ = await get(f"{base_url}/runs?status=bogus")
    assert status == 400


@pytest.mark.slow  # a real browser
@pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)"
)
@pytest.mark.timeout(120)
async def test_the_run_page_renders_in_a_browser(base_url: str, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    profile = tempfile.mkdtemp(prefix="chromium-", dir=tmp_path)
    shot = tmp_path / "run-1.png"
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
        f"{base_url}/runs/1",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    dom, err = await asyncio.wait_for(process.communicate(), 90)
    assert process.returncode == 0, err.decode()[-2000:]
    rendered = dom.decode()
    # The DOM the browser built (attributes re-serialised with double quotes).
    assert "<title>Run #1 · copydesk</title>" in rendered
    assert bars(rendered, "step") == list(STEPS)
    assert len(re.findall(r"<rect ", rendered)) == len(STEPS) + 2  # steps and two gates

    process = await asyncio.create_subprocess_exec(
        CHROMIUM,
        *flags,
        f"--screenshot={shot}",
        "--window-size=1200,1400",
        f"{base_url}/runs/1",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    await asyncio.wait_for(process.communicate(), 90)
    assert process.returncode == 0 and shot.stat().st_size > 10_000
    keep = Path(tempfile.gettempdir()) / "copydesk-run-page.png"
    shutil.copy(shot, keep)  # for a person to look at


@pytest.mark.slow  # `copydesk web` as a real process, stopped by a signal
@pytest.mark.timeout(60)
async def test_copydesk_web_serves_the_pages_on_their_own(
    app: App, database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    process = await asyncio.create_subprocess_exec(
        *COPYDESK,
        "web",
        "--port",
        "0",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=environment(database_url, site, tmp_path),
    )
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 30)).decode()
        [base] = re.findall(r"(http://[\d.]+:\d+)/runs", line)
        status, page = await get(f"{base}/runs/1")
        assert status == 200 and bars(page, "step") == list(STEPS)
    finally:
        process.terminate()
        code = await asyncio.wait_for(process.wait(), 15)
    assert code == 0, sys.stderr


# A string that would open an element or leave a quoted attribute if it were not escaped.
HOSTILE = "<x-hostile onload=alert(1)>' onmouseover='alert(2)' \"&"


def test_every_untrusted_string_on_a_run_page_is_escaped() -> None:
    from datetime import UTC, datetime, timedelta

    from bot.pages import run_html
    from orchestrator.domain import (
        Claim,
        DeliveryFailure,
        Gate,
        GateDecision,
        Lineage,
        Origin,
        Run,
        RunStatus,
        SourceOutcome,
        Step,
        StepStatus,
        Verdict,
    )

    t0 = datetime(2026, 1, 1, 12, tzinfo=UTC)
    run = Run(
        7,
        f"https://news.example/a?q={HOSTILE}",
        RunStatus.FAILED,
        Origin("slack", user=HOSTILE),
        t0,
        t0,
        started_at=t0,
        finished_at=t0 + timedelta(minutes=5),
        error=HOSTILE,
        result={"title": HOSTILE, "byline": HOSTILE, "tags": [HOSTILE]},
        delivery_failure=DeliveryFailure("result", HOSTILE, t0),
        lineage=Lineage(3, HOSTILE),
        steps=[
            Step(
                7,
                HOSTILE,
                StepStatus.FAILED,
                t0,
                t0 + timedelta(seconds=2),
                error=HOSTILE,
                model=HOSTILE,
            )
        ],
        gates=[
            Gate(
                7,
                HOSTILE,
                GateDecision.APPROVED,
                HOSTILE,
                t0,
                decided_by=HOSTILE,
                decided_at=t0 + timedelta(hours=1),
                note=HOSTILE,
            )
        ],
        claims=[
            Claim(
                HOSTILE,
                HOSTILE,
                HOSTILE,
                agent=HOSTILE,
                verdict=Verdict.UNSUPPORTED,
                evidence=HOSTILE,
                source_url=f"javascript:{HOSTILE}",
                source_found=HOSTILE,
                checked_by=HOSTILE,
                in_article=Verdict.SUPPORTED,
                at_source=SourceOutcome.NOT_FOUND,
            )
        ],
    )
    page = run_html(run, t0 + timedelta(hours=2), trace_url_template=None)
    assert "<x-hostile" not in page and "' onmouseover=" not in page and '"&' not in page
    escaped = "&lt;x-hostile onload=alert(1)&gt;&#x27; onmouseover=&#x27;alert(2)&#x27; &quot;&amp;"
    # The URL, asker, error, Slack failure, lineage, step (name, model, error, row, bar,
    # label, tooltip), gate (name, reason, decider, note, bar, label), claim (text, quote,
    # step, agent, evidence, checker, source link as text, what was found) and result.
    assert page.count(escaped) == 34
    assert "href='javascript:" not in page
