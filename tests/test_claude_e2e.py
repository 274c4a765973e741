"""Issue 5 end to end: runs on the Claude path, told in a Slack thread, kept in the trace.

The app is the real one (`build_app` with ANTHROPIC_API_KEY set, so `ClaudeModel` over the
real `anthropic` SDK) serving `POST /slack/events`; Slack is FakeSlack and the Messages API
is FakeAnthropic, which counts usage the way the real API does (input counted from the
request, cache writes and reads for the cached article prefix). Every test asserts on what
the thread, the fake API and the database end up holding.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from bot.cli import run_json
from bot.slack.blocks import REJECT
from cli_harness import copydesk, environment
from fakes.anthropic import SNAPSHOTS, FakeAnthropic
from fakes.slack import (
    FakeSlack,
    Message,
    block_actions_payload,
    interactive_request,
    link_markup,
    message_event,
)
from orchestrator.domain import GateDecision, Run, RunStatus, StepStatus
from orchestrator.models.claude import DEFAULT_MODEL, SUMMARY_TOOL, ClaudeModel
from orchestrator.models.prices import PRICES
from slack_harness import (
    SIGNING_SECRET,
    EventsEndpoint,
    bot_replies,
    events_endpoint,
    running_app,
    settled_run,
    status_message,
    wait_for_result,
)

JSON = dict[str, Any]
APPROVER = "U2EDITOR"

# The article at /news/harbour says £14 million; nothing in it says £19 million.
INVENTED = {
    "claims": [
        {
            "text": "Dredging Tidewater harbour will now cost £19 million.",
            "quote": "The cost of dredging Tidewater harbour has doubled to £14 million",
        }
    ]
}


@pytest.fixture
async def claude() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic() as fake:
        yield fake


@asynccontextmanager
async def claude_desk(
    database_url: str, slack: FakeSlack, site: ArticleSite, claude: FakeAnthropic, **env: Any
) -> AsyncIterator[tuple[App, EventsEndpoint]]:
    """The app as `copydesk serve --http` runs it, with Claude's key set."""
    model: ClaudeModel | None = None
    try:
        async with running_app(
            database_url,
            slack,
            site,
            ANTHROPIC_API_KEY="test",
            # The policy (how many attempts, which statuses) is what these tests prove, not
            # the real second of waiting before the first retry.
            COPYDESK_MODEL_RETRY_SECONDS=0.001,
            ANTHROPIC_BASE_URL=claude.url,
            COPYDESK_MODEL=None,  # the default Claude model, as an operator gets it
            COPYDESK_APPROVERS=APPROVER,
            **env,
        ) as app:
            assert isinstance(app.model, ClaudeModel) and app.model.name == DEFAULT_MODEL
            model = app.model
            async with events_endpoint(app, slack) as events:
                yield app, events
    finally:
        # build_app leaves the Anthropic client open (reported); close it once the worker
        # has stopped, or its pooled sockets are left to the garbage collector.
        if model is not None:
            await model.aclose()


async def paste_link(events: EventsEndpoint, site: ArticleSite, path: str = "/news/harbour") -> str:
    """A user pastes the harbour story's link in C1; returns the thread's ts."""
    event = message_event(f"for the desk {link_markup(site.url(path))}")
    await events.deliver(event)
    return str(event["ts"])


async def waiting_run(app: App, run_id: int) -> Run:
    run = await settled_run(app, run_id)
    assert run.status is RunStatus.WAITING, (run.status, run.error)
    return run


def escalation(slack: FakeSlack, thread: str, gate_id: int) -> Message:
    """The thread's message with the Approve / Reject buttons for gate `gate_id`."""
    [found] = [
        m
        for m in bot_replies(slack, "C1", thread)
        if any(b.get("block_id") == f"gate:{gate_id}" for b in m.blocks or [])
    ]
    return found


async def click(events: EventsEndpoint, message: Message, action: str, gate_id: int) -> None:
    payload = block_actions_payload(
        action, str(gate_id), user=APPROVER, message_ts=message.ts, thread_ts=message.thread_ts
    )
    body, headers = interactive_request(payload, SIGNING_SECRET)
    async with events.session.post(events.url, data=body, headers=headers) as response:
        assert response.status == 200, await response.text()


def task_of(request: JSON) -> str:
    """What a Messages API request asks: the text after the cached article block."""
    first_turn = request["messages"][0]["content"]
    return "\n".join(block["text"] for block in first_turn[1:] if block["type"] == "text")


def steps_by_name(shown: JSON) -> dict[str, JSON]:
    latest: dict[str, JSON] = {}
    for step in sorted(shown["steps"], key=lambda s: s["attempt"]):
        latest[step["name"]] = step
    return latest


# ---- (a) a run on Claude: tokens and cost in the thread and in the trace -----------------


async def test_a_claude_run_shows_tokens_and_cost_in_the_thread_and_the_trace(
    database_url: str,
    slack: FakeSlack,
    site: ArticleSite,
    claude: FakeAnthropic,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with claude_desk(database_url, slack, site, claude) as (app, events):
        thread = await paste_link(events, site)
        result = await wait_for_result(slack, "C1", thread, 1)
        run = await settled_run(app, 1)

    assert run.status is RunStatus.SUCCEEDED, run.error
    # summarise, then fact_check ∥ tag: one call each, and the SDK retried nothing.
    assert len(claude.requests) == 3
    assert all(r["model"] == DEFAULT_MODEL for r in claude.requests)

    # The thread's result ends with the run's tokens, split by kind, and what they cost.
    tokens_line = next(line for line in result.text.splitlines() if line.startswith("*Tokens* "))
    usage = run.usage
    assert f"{usage.total_tokens:,} tokens" in tokens_line
    assert f"{usage.input_tokens:,} in" in tokens_line
    assert f"{usage.output_tokens:,} out" in tokens_line
    # The harbour story is under the default model's 1,024-token minimum: nothing is
    # cached, as on the real API, and the line says nothing of a cache.
    assert usage.cache_read_tokens == usage.cache_write_tokens == 0
    assert "cache" not in tokens_line
    cost = re.search(r"\$(\d+\.\d{4})$", tokens_line)
    assert cost is not None and float(cost.group(1)) > 0, tokens_line
    assert "offline" not in result.text
    assert "✓ summarised" in status_message(slack, "C1", thread, 1).text

    # `copydesk show 1 --json`, from another process, as an operator would run it.
    env = environment(database_url, site, tmp_path)
    code, out, err = await copydesk("show", "1", "--json", env=env)
    assert code == 0, err
    shown = json.loads(out)
    assert shown == json.loads(json.dumps(run_json(run)))  # the CLI and the store agree
    steps = steps_by_name(shown)
    assert [s["status"] for s in steps.values()] == ["succeeded"] * 5

    price = PRICES[DEFAULT_MODEL].base
    for name in ("summarise", "fact_check", "tag"):
        step = steps[name]
        # The snapshot that answered, priced as its family.
        assert step["model"] == SNAPSHOTS[DEFAULT_MODEL]
        assert step["input_tokens"] > 0 and step["output_tokens"] > 0
        assert step["output"]["model_calls"] == 1
        assert isinstance(step["output"]["model_seconds"], float | int)
        expected = (
            step["input_tokens"] * price.input
            + step["output_tokens"] * price.output
            + step["cache_write_tokens"] * price.cache_write
            + step["cache_read_tokens"] * price.cache_read
        ) / 1_000_000
        assert step["cost_usd"] == pytest.approx(expected, abs=1e-6)
    for name in ("fetch", "merge"):
        assert steps[name]["model"] is None
        assert steps[name]["input_tokens"] == steps[name]["output_tokens"] == 0

    assert shown["unpriced_models"] == []

    # The run's totals are the sum of its steps', in the trace and in the result.
    for key in ("input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens"):
        assert shown[key] == sum(s[key] for s in shown["steps"])
    assert shown["result"]["usage"]["cost_usd"] == pytest.approx(
        sum(s["cost_usd"] for s in shown["steps"]), abs=1e-5
    )
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


# ---- (b) a figure the article does not contain ------------------------------------------


async def test_an_invented_figure_is_sent_back_with_the_gates_feedback(
    database_url: str, slack: FakeSlack, site: ArticleSite, claude: FakeAnthropic
) -> None:
    claude.script(SUMMARY_TOOL, INVENTED)  # the second summary is the fake's faithful one
    async with claude_desk(database_url, slack, site, claude) as (app, events):
        thread = await paste_link(events, site)
        result = await wait_for_result(slack, "C1", thread, 1)
        run = await settled_run(app, 1)

    assert run.status is RunStatus.SUCCEEDED, run.error
    first, second = [g for g in run.gates if g.name == "summary"]
    assert first.decision is GateDecision.RETRY and first.decided_by == "gate"
    assert "“£19 million” does not appear in the article" in first.reason
    assert second.decision is GateDecision.CONTINUE

    summaries = [r for r in claude.requests if "record_summary." in task_of(r)]
    assert len(summaries) == 2
    assert "<feedback>" not in task_of(summaries[0])
    # The gate's reason reached Claude in the second request, after the cached article.
    assert "<feedback>" in task_of(summaries[1])
    assert "“£19 million” does not appear in the article" in task_of(summaries[1])
    assert summaries[0]["messages"][0]["content"][0] == summaries[1]["messages"][0]["content"][0]

    assert "£19 million" not in result.text
    assert "↻ summary gate: retry" in status_message(slack, "C1", thread, 1).text
    assert [c.text for c in run.claims] and all("£19" not in c.text for c in run.claims)


async def test_an_invented_figure_that_persists_escalates_to_an_approver(
    database_url: str, slack: FakeSlack, site: ArticleSite, claude: FakeAnthropic
) -> None:
    claude.script(SUMMARY_TOOL, INVENTED, INVENTED)
    async with claude_desk(database_url, slack, site, claude) as (app, events):
        thread = await paste_link(events, site)
        await slack.wait_for(
            lambda s: [m for m in bot_replies(s, "C1", thread) if "needs a person" in m.text]
        )
        run = await waiting_run(app, 1)

    retried, escalated = [g for g in run.gates if g.name == "summary"]
    assert retried.decision is GateDecision.RETRY
    assert escalated.decision is GateDecision.ESCALATE and escalated.decided_by is None
    assert "“£19 million” does not appear in the article" in escalated.reason
    assert escalated.id is not None
    message = escalation(slack, thread, escalated.id)
    assert "£19 million" in message.text
    # Nothing after the gate ran: no fact-check, no tags, only the two summaries were paid for.
    assert {s.name for s in run.steps} == {"fetch", "summarise"}
    assert len(claude.requests) == 2


# ---- (c) an overloaded API recovers ---------------------------------------------------------


async def test_an_overloaded_api_is_retried_by_copydesk_and_the_run_succeeds(
    database_url: str,
    slack: FakeSlack,
    site: ArticleSite,
    claude: FakeAnthropic,
    caplog: pytest.LogCaptureFixture,
) -> None:
    claude.inject(529, times=2)
    async with claude_desk(database_url, slack, site, claude) as (app, events):
        thread = await paste_link(events, site)
        result = await wait_for_result(slack, "C1", thread, 1)
        run = await settled_run(app, 1)

    assert run.status is RunStatus.SUCCEEDED, run.error
    assert result.text.startswith("*Run #1 finished* — ")
    # 2 overloaded + 1 answered for the summary, then one each for fact-check and tags: the
    # SDK (max_retries=0) sent nothing of its own.
    assert len(claude.requests) == 5
    assert len(claude.responses) == 3
    summarise = run.step("summarise")
    assert summarise is not None and summarise.attempt == 1
    assert summarise.output is not None and summarise.output["model_calls"] == 1
    assert [g.name for g in run.gates] == ["summary", "fact_check"]  # no summarise_failed
    retried = [r for r in caplog.records if getattr(r, "action", None) == "model_call_failed"]
    assert [(r.attempt, r.error) for r in retried] == [(1, "overloaded"), (2, "overloaded")]  # type: ignore[attr-defined]


# ---- (d) an API that keeps failing -------------------------------------------------------


async def test_a_failing_api_escalates_and_a_rejection_ends_the_run(
    database_url: str, slack: FakeSlack, site: ArticleSite, claude: FakeAnthropic
) -> None:
    claude.inject(500, times=100)
    async with claude_desk(database_url, slack, site, claude) as (app, events):
        thread = await paste_link(events, site)
        await slack.wait_for(
            lambda s: [m for m in bot_replies(s, "C1", thread) if "needs a person" in m.text]
        )
        waiting = await waiting_run(app, 1)
        assert len(claude.requests) == 4  # ClaudeModel's bounded attempts, then it gave up

        sentence = (
            "The Anthropic API failed (500) and did not answer after 4 attempts; "
            "try again in a few minutes."
        )
        status = status_message(slack, "C1", thread, 1)
        assert f"✗ summarising failed: {sentence}" in status.text
        assert "waiting for an approver" in status.text.splitlines()[0]
        step = waiting.step("summarise")
        assert step is not None and step.status is StepStatus.FAILED and step.error == sentence
        [gate] = waiting.gates
        assert gate.name == "summarise_failed" and gate.decision is GateDecision.ESCALATE
        assert gate.reason == f"the summarise step failed after its retries: {sentence}"
        assert gate.id is not None

        await click(events, escalation(slack, thread, gate.id), REJECT, gate.id)
        result = await wait_for_result(slack, "C1", thread, 1)
        done = await settled_run(app, 1)

    assert done.status is RunStatus.REJECTED
    assert result.text == (
        "*Run #1 was rejected* (rejected at the summarise_failed gate). "
        "Nothing more will be done on it."
    )
    [decided] = done.gates
    assert decided.decision is GateDecision.REJECTED and decided.decided_by == APPROVER
    # Who decided is shown where the buttons were; nothing more was asked of Claude.
    assert f"<@{APPROVER}>" in escalation_text(slack, thread)
    assert len(claude.requests) == 4


def escalation_text(slack: FakeSlack, thread: str) -> str:
    [message] = [m for m in bot_replies(slack, "C1", thread) if m.text.startswith("Run #1: ")]
    return message.text


async def test_approving_a_failed_step_tries_it_again(
    database_url: str, slack: FakeSlack, site: ArticleSite, claude: FakeAnthropic
) -> None:
    claude.inject(500, times=4)  # exactly one step's worth of attempts
    async with claude_desk(database_url, slack, site, claude) as (app, events):
        thread = await paste_link(events, site)
        waiting = await waiting_run(app, 1)
        assert [g.name for g in waiting.gates] == ["summarise_failed"]
        decided = await app.gatekeeper.decide_run(1, approve=True, by=APPROVER)
        assert decided.ok, decided.message
        result = await wait_for_result(slack, "C1", thread, 1)
        done = await settled_run(app, 1)

    assert done.status is RunStatus.SUCCEEDED, done.error
    assert result.text.startswith("*Run #1 finished* — ")
    attempts = sorted((s.attempt, s.status) for s in done.steps if s.name == "summarise")
    assert attempts == [(1, StepStatus.FAILED), (2, StepStatus.SUCCEEDED)]
    assert [g.name for g in done.gates] == ["summarise_failed", "summary", "fact_check"]


# ---- (e) the token budget ----------------------------------------------------------------


async def test_a_run_over_its_token_budget_escalates_at_the_fact_check_gate(
    database_url: str, slack: FakeSlack, site: ArticleSite, claude: FakeAnthropic
) -> None:
    budget = {"COPYDESK_RUN_TOKEN_BUDGET": 500}
    async with claude_desk(database_url, slack, site, claude, **budget) as (app, events):
        # Long enough for its prefix to be cached (the harbour story alone is not).
        thread = await paste_link(events, site, "/news/harbour-long")
        run = await waiting_run(app, 1)

    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.decision is GateDecision.ESCALATE
    # Cache reads count at a tenth against the budget, as they cost about a tenth.
    usage = run.usage
    spent = usage.budget_tokens
    assert usage.cache_read_tokens > 0 and spent < usage.total_tokens
    assert spent > 500
    assert f"the run spent {spent:,} tokens (cache reads counted at a tenth)" in gate.reason
    assert gate.evidence is not None and gate.evidence["tokens"] == spent
    assert gate.id is not None
    assert "over its budget of 500" in escalation(slack, thread, gate.id).text
    assert run.step("merge") is None
