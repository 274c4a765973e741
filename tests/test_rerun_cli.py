"""`copydesk rerun`, `copydesk diff` and `show`'s family, as a person types them: real
processes on both databases, the local site, the offline model or the fake Messages API."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from articles import ArticleSite
from cli_harness import copydesk, environment
from fakes.anthropic import FakeAnthropic, _tool_to_answer
from orchestrator.models.claude import TAGS_TOOL

STORED = 20
OTHER_MODEL = "claude-haiku-4-5"


def stories(site: ArticleSite, count: int) -> list[str]:
    """`count` distinct links to the harbour story (one run each)."""
    routes = site.server.routes
    for n in range(count):
        routes[f"/news/harbour/{n}"] = routes["/news/harbour"]
    return [site.url(f"/news/harbour/{n}") for n in range(count)]


@pytest.fixture
async def claude() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic() as fake:
        yield fake


@pytest.mark.slow
@pytest.mark.timeout(180)
async def test_rerun_then_show_and_diff_tell_the_family(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    code, _, err = await copydesk("run", site.url("/news/harbour"), env=env)
    assert code == 0, err

    code, out, err = await copydesk("rerun", "1", "--from", "fact-check", env=env)
    assert code == 0, err
    assert "Run #2 re-runs run #1 from fact_check" in out
    assert "copied from run #1: fetch, summarise" in out
    assert "Run #2 finished" in out and "copydesk diff 1 2" in out

    code, out, err = await copydesk("show", "2", env=env)
    assert code == 0, err
    assert "Re-run of run #1 from fact_check" in out
    assert re.search(r"✓ summarise: .* from run #1, no new tokens", out)
    assert "introduced by summarise#1 of run #1" in out

    code, out, err = await copydesk("show", "1", env=env)
    assert "Re-runs" in out and "#2 from fact_check: finished" in out

    code, out, _ = await copydesk("show", "2", "--json", env=env)
    shown = json.loads(out)
    assert shown["parent"] == {
        "id": 1,
        "from_step": "fact_check",
        "model": None,
        "refetch": False,
        "evaluation": False,
    }
    copied = {s["name"]: s["copied_from"] for s in shown["steps"]}
    assert copied == {"fetch": 1, "summarise": 1, "fact_check": None, "tag": None, "merge": None}
    assert all(c["from_run"] == 1 for c in shown["claims"])
    code, out, _ = await copydesk("show", "1", "--json", env=env)
    assert [r["id"] for r in json.loads(out)["reruns"]] == [2]
    assert json.loads(out)["parent"] is None

    code, out, err = await copydesk("ask", "rerun 1 from tag", env=env)
    assert "copydesk rerun 1 --from tag" in out
    code, out, err = await copydesk("ask", "what changed between run 1 and 2", env=env)
    assert "Run #1 → run #2" in out
    code, out, err = await copydesk("diff", "1", "2", env=env)
    assert code == 0, err
    assert "Run #1 → run #2 (run #2 re-ran run #1 from fact_check)" in out
    assert "Nothing changed in claims, verdicts, gates or tags." in out
    assert "fetch: " in out and "from run #1, no new tokens" in out
    code, out, _ = await copydesk("diff", "1", "2", "--json", env=env)
    data = json.loads(out)
    assert data["unchanged"] is True and data["after"]["parent"] == 1
    assert [s["copied_from"] for s in data["steps"]][:2] == [1, 1]


async def test_a_rerun_that_cannot_be_made_is_a_sentence(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    code, _, err = await copydesk("rerun", "7", env=env)
    assert code == 1 and "There is no run #7 to re-run." in err
    code, _, err = await copydesk("rerun", "7", "--from", "proofread", env=env)
    assert code == 2 and "there is no proofread step" in err
    code, _, err = await copydesk("rerun", env=env)
    assert code == 2 and "say which run" in err
    code, _, err = await copydesk("diff", "1", "2", env=env)
    assert code == 1 and "no run #1" in err
    code, _, err = await copydesk("run", site.url("/news/harbour"), env=env)
    code, _, err = await copydesk("rerun", "1", "--model", "claude-haiku-4-5", env=env)
    assert code == 1 and "set ANTHROPIC_API_KEY" in err


@pytest.mark.slow
@pytest.mark.timeout(300)
async def test_evaluating_the_offline_model_on_twenty_stored_runs(
    database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    code, _, err = await copydesk("run", *stories(site, STORED), env=env, timeout=120)
    assert code == 0, err

    code, out, err = await copydesk(
        "rerun", "--since", "7d", "--from", "tag", "--limit", "50", "--dry-run", env=env
    )
    assert code == 0, err
    assert f"Re-running {STORED} of {STORED} runs from tag with offline" in out
    assert "never posted to Slack" in out
    code, out, _ = await copydesk("runs", "--json", "--limit", "100", env=env)
    assert len(json.loads(out)) == STORED  # a dry run makes no runs

    # The offline model spends no tokens, so there is nothing to confirm.
    code, out, err = await copydesk(
        "rerun", "--since", "7d", "--from", "tag", "--limit", "50", env=env, timeout=180
    )
    assert code == 0, err
    compared = re.findall(r"^#(\d+) → #(\d+): succeeded→succeeded", out, re.MULTILINE)
    assert len(compared) == STORED
    assert {int(parent) for parent, _ in compared} == set(range(1, STORED + 1))
    assert f"Total: {STORED} runs compared, 0 not; 0 ended differently" in out
    code, out, _ = await copydesk("runs", "--limit", "100", env=env)
    assert out.count("(evaluation)") == STORED and "re-run of #1 from tag" in out
    code, out, _ = await copydesk("runs", "--json", "--limit", "100", env=env)
    listed = json.loads(out)
    assert sum(r["evaluation"] for r in listed) == STORED
    assert {r["parent_id"] for r in listed if r["evaluation"]} == set(range(1, STORED + 1))
    code, out, _ = await copydesk("show", compared[0][1], "--json", env=env)
    shown = json.loads(out)
    assert shown["parent"]["evaluation"] is True and shown["parent"]["from_step"] == "tag"
    # Evaluation runs are not evaluated again.
    code, out, err = await copydesk("rerun", "--since", "7d", "--from", "tag", "--dry-run", env=env)
    assert f"Re-running {STORED} of {STORED} runs" in out


def tools_asked(claude: FakeAnthropic, since: int = 0) -> Counter[str]:
    return Counter(_tool_to_answer(body) for body in claude.requests[since:])


@pytest.mark.slow
@pytest.mark.timeout(300)
async def test_evaluating_on_the_messages_api_spends_tokens_only_on_the_rerun_steps(
    database_url: str, site: ArticleSite, tmp_path: Path, claude: FakeAnthropic
) -> None:
    env = environment(database_url, site, tmp_path)
    env.pop("COPYDESK_MODEL")
    env.update(
        ANTHROPIC_API_KEY="test",
        ANTHROPIC_BASE_URL=claude.url,
        COPYDESK_MODEL_RETRY_SECONDS="0.001",
    )
    code, _, err = await copydesk("run", *stories(site, STORED), env=env, timeout=180)
    assert code == 0, err
    before = len(claude.requests)
    whole = tools_asked(claude)
    assert whole[TAGS_TOOL] == STORED and len(whole) > 1

    # It spends tokens: without a terminal to ask at, it asks for --yes and makes nothing.
    code, out, err = await copydesk("rerun", "--since", "7d", "--from", "tag", env=env)
    assert code == 2 and "pass --yes" in err
    assert re.search(r"Estimate: about [1-9][\d,]* tokens, \$0\.\d+", out)
    assert len(claude.requests) == before
    code, out, err = await copydesk(
        "rerun",
        "--since",
        "7d",
        "--from",
        "tag",
        "--model",
        OTHER_MODEL,
        "--yes",
        env=env,
        timeout=180,
    )
    assert code == 0, err
    assert f"from tag with {OTHER_MODEL}" in out
    # Only the re-run step asked the model, and the model asked for: one tagging call a run.
    assert tools_asked(claude, before) == Counter({TAGS_TOOL: STORED})
    assert {body["model"] for body in claude.requests[before:]} == {OTHER_MODEL}
    assert OTHER_MODEL not in {body["model"] for body in claude.requests[:before]}
    assert f"Total: {STORED} runs compared" in out
    spent = re.search(r"the re-runs spent ([\d,]+) \(\$[\d.]+\) on the re-run steps only", out)
    whole_estimate = re.search(r"Re-running whole runs would have cost about ([\d,]+) tokens", out)
    assert spent and whole_estimate, out
    assert 0 < int(spent.group(1).replace(",", "")) < int(whole_estimate.group(1).replace(",", ""))
    assert "saved" in out
