"""A run that waits at a gate longer than the prompt cache lives resumes on a cold cache.

Claude's cache keeps an entry 5 minutes after its last read. A run that escalates at the
summary gate and is approved an hour later sends the article again to a cache that has
forgotten it: the fact-check and the tags (asked together) write it afresh, and the run's
cost, its budget and its thread must count those writes, not the reads a warm run gets.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from articles import ArticleSite
from fakes.anthropic import FakeAnthropic
from fakes.slack import FakeSlack
from orchestrator.domain import GateDecision, RunStatus
from orchestrator.models.claude import SUMMARY_TOOL
from orchestrator.usage import Usage
from slack_harness import settled_run, wait_for_result
from test_claude_e2e import APPROVER, INVENTED, claude_desk, paste_link

LONG = "/news/harbour-long"  # long enough to be cached; the harbour story alone is not


@pytest.fixture
async def claude() -> AsyncIterator[FakeAnthropic]:
    # Replies take a moment, as Claude's do: requests sent together overlap in the fake.
    async with FakeAnthropic(latency=0.05) as fake:
        yield fake


@pytest.mark.parametrize("waited", [60, 3600], ids=["a minute", "an hour"])
async def test_a_run_resumed_after_an_hour_at_a_gate_pays_to_write_the_article_again(
    database_url: str, slack: FakeSlack, site: ArticleSite, claude: FakeAnthropic, waited: int
) -> None:
    claude.script(SUMMARY_TOOL, INVENTED, INVENTED)  # the summary gate escalates
    async with claude_desk(database_url, slack, site, claude) as (app, events):
        thread = await paste_link(events, site, LONG)
        waiting = await settled_run(app, 1, timeout=30)  # a loaded machine is slow
        assert waiting.status is RunStatus.WAITING, (waiting.status, waiting.error)
        assert [g.decision for g in waiting.gates] == [GateDecision.RETRY, GateDecision.ESCALATE]
        claude.advance(waited)
        decided = await app.gatekeeper.decide_run(1, approve=True, by=APPROVER)
        assert decided.ok, decided.message
        result = await wait_for_result(slack, "C1", thread, 1, timeout=30)
        run = await settled_run(app, 1, timeout=30)

    assert run.status is RunStatus.SUCCEEDED, run.error
    summarise = max((s for s in run.steps if s.name == "summarise"), key=lambda s: s.attempt)
    article_prefix = summarise.usage.cache_read_tokens  # the retry read what the first wrote
    assert article_prefix > 1000
    after = [run.step("fact_check"), run.step("tag")]
    assert all(step is not None for step in after)
    if waited < 300:
        # Warm: both read the article back.
        for step in after:
            assert step is not None
            assert step.usage.cache_read_tokens == article_prefix
            assert step.usage.cache_write_tokens == 0
    else:
        # Cold: the entry is gone. The first to ask writes it again; the other, asked at the
        # same moment, writes it too unless the first had already answered (the fact-check
        # reads its sources first, so on a slow machine it can come second and read).
        writes = sum(step.usage.cache_write_tokens for step in after if step is not None)
        reads = sum(step.usage.cache_read_tokens for step in after if step is not None)
        assert writes in (article_prefix, 2 * article_prefix)
        assert writes + reads == 2 * article_prefix
    usage = run.usage
    summed = sum((s.usage for s in run.steps), Usage())
    assert usage.cache_write_tokens == summed.cache_write_tokens
    assert usage.cache_read_tokens == summed.cache_read_tokens
    assert usage.cost_usd == pytest.approx(summed.cost_usd)
    # The budget the fact-check gate judged counts the writes at full weight...
    gate = next(g for g in run.gates if g.name == "fact_check")
    assert gate.evidence is not None and gate.evidence["tokens"] == usage.budget_tokens
    # ...and the thread's result shows them and their price.
    assert f"{usage.cache_write_tokens:,} cache write" in result.text
    assert f"${usage.cost_usd:.4f}" in result.text
