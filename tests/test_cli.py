"""The command line and the console, driven as a person would: each command in-process
(`bot.cli.run`), and as real processes with real pipes and signals for the console, the
worker and a database that is not there."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

import aiohttp
import pytest

from articles import ArticleSite
from cli_harness import COPYDESK, copydesk, copydesk_process, environment


async def test_run_then_runs_and_show_tell_what_happened(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    code, out, err = await copydesk("run", site.url("/news/harbour"), env=env)
    assert code == 0, err
    assert "Run #1" in out and "✓ fetched" in out and "Run #1 finished" in out
    assert "Summary" in out and "Tags" in out

    code, out, _ = await copydesk("runs", "--json", env=env)
    assert code == 0
    (listed,) = json.loads(out)
    assert {"id", "url", "status", "created_at"} <= listed.keys()
    assert listed["id"] == 1 and listed["status"] == "succeeded"

    code, out, _ = await copydesk("show", "1", "--json", env=env)
    assert code == 0
    shown = json.loads(out)
    assert shown["id"] == 1 and shown["url"] == site.url("/news/harbour")
    assert [s["name"] for s in shown["steps"]][:2] == ["fetch", "summarise"]
    for step in shown["steps"]:
        assert {"name", "status", "started_at", "finished_at", "input_tokens", "output_tokens"} <= (
            step.keys()
        )
    assert [g["name"] for g in shown["gates"]] == ["summary", "fact_check"]
    for gate in shown["gates"]:
        assert {"name", "decision", "decided_by", "reason"} <= gate.keys()

    code, out, _ = await copydesk("show", "1", env=env)
    assert code == 0 and "fact_check" in out and "Claims" in out


async def test_run_exits_3_when_a_gate_waits_and_1_when_a_run_fails(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    code, out, _ = await copydesk("run", site.url("/news/harbour-misquoted"), env=env)
    assert code == 3, out
    assert "waiting for an approver" in out

    code, out, _ = await copydesk("run", "http://10.0.0.8/internal", env=env)
    assert code == 1
    assert "inside the network" in out


async def test_show_an_unknown_run_says_so(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    code, _, err = await copydesk("show", "99", env=environment(database_url, site, tmp_path))
    assert code == 1 and "no run #99" in err


@pytest.mark.slow  # a real process: the console script, its pipes, its exit
async def test_the_console_runs_a_pasted_link_and_answers_about_it(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    code, out, err = await copydesk_process(
        "chat",
        env=env,
        stdin=f"{site.url('/news/harbour')}\nwhat happened on run 1\nrun 7\nhelp\n",
    )
    assert code == 0, err
    assert "offline model" in out
    assert "Run #1 finished" in out
    assert "I have no run #7" in out
    assert "what happened on run 42" in out  # the help text
    code, out, _ = await copydesk("ask", "what happened on run 1", env=env)
    assert code == 0 and "Run #1" in out and "fetch" in out


@pytest.mark.slow  # a real process: the console script, its pipes, its exit
async def test_serve_without_slack_credentials_is_the_console(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    code, out, _ = await copydesk_process(
        "serve", env=environment(database_url, site, tmp_path), stdin="recent runs\n"
    )
    assert code == 0
    assert "starting the local console" in out
    assert "No runs yet" in out


async def test_read_shows_what_copydesk_reads_from_a_page(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    code, out, err = await copydesk("read", site.url("/news/harbour"), env=env)
    assert code == 0, err
    assert "Title:  Harbour dredging costs double" in out
    assert "Byline: Maria Okafor" in out and "Date:   2024-03-05" in out
    assert "doubled to £14 million" in out
    code, out, _ = await copydesk("read", site.url("/news/harbour"), "--json", env=env)
    page = json.loads(out)
    assert page["title"] == "Harbour dredging costs double"
    assert page["language"] == "en"
    assert "canonical_url" in page  # null: this page declares none
    assert any(link["url"].endswith("/sources/council-report") for link in page["links"])
    # A refusal is a sentence on stderr, not a traceback.
    code, out, err = await copydesk("read", "http://169.254.169.254/latest/meta-data", env=env)
    assert code == 1 and "inside the network" in err and "Traceback" not in err


@pytest.mark.slow  # a real process: the console script, its pipes, its exit
async def test_an_unreachable_database_is_a_sentence_not_a_traceback(
    site: ArticleSite, tmp_path: Path
) -> None:
    env = environment("postgresql+asyncpg://nobody:secret@127.0.0.1:1/none", site, tmp_path)
    code, _, err = await copydesk_process("runs", env=env)
    assert code == 1
    assert "could not use the database at postgresql+asyncpg://nobody:***@127.0.0.1:1/none" in err
    assert "secret" not in err and "Traceback" not in err


@pytest.mark.slow  # a real process: the console script, its pipes, its exit
async def test_a_worker_can_serve_its_health_and_stops_on_sigterm(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    process = await asyncio.create_subprocess_exec(
        *COPYDESK,
        "worker",
        "--port",
        "0",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=environment(database_url, site, tmp_path),
    )
    try:
        assert process.stdout is not None
        async with asyncio.timeout(30):
            line = ""
            while "/healthz" not in line:
                line = (await process.stdout.readline()).decode()
                assert line, "the worker exited before serving its health"
        url = line.split("health at ", 1)[1].split(",", 1)[0]
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            health = await response.json()
        assert response.status == 200, health
        assert health["ok"] is True
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 30) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
