"""ClaudeModel against a Messages API as rough as the real one (issue 18).

The fake answers an alias with its dated snapshot, caches by the real rules (a minimum
length, a lifetime refreshed on use, concurrent first requests both writing), enforces the
context window and `max_tokens`, and makes the mistakes real models make on request
(`FakeAnthropic.misbehave`). Each test here fails if the branch of `claude.py` or
`prices.py` it names is taken out.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from anthropic import AsyncAnthropic
from anthropic.types import MessageParam, TextBlockParam

from bot import render
from bot.cli import run_json
from fakes.anthropic import SNAPSHOTS, FakeAnthropic, min_cacheable_tokens
from orchestrator.domain import Article, Origin, Run, RunStatus, Step, StepStatus
from orchestrator.errors import ModelError
from orchestrator.models import prices
from orchestrator.models.claude import DEFAULT_MODEL, SUMMARY_TOOL, ClaudeError
from orchestrator.ports import DraftClaim
from test_claude_model import ARTICLE, FakeTime, make_model

CLAIMS = [
    DraftClaim("The vote was nine to two.", "voted nine to two"),
    DraftClaim("It opens in 2028.", "due to open in the spring of 2028"),
]


@pytest.fixture
async def fake() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic() as fake:
        yield fake


@pytest.fixture
async def client(fake: FakeAnthropic) -> AsyncIterator[AsyncAnthropic]:
    client = AsyncAnthropic(base_url=fake.url, api_key="test", max_retries=0)
    yield client
    await client.close()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


def repair_text(fake: FakeAnthropic) -> str:
    """What the repair turn (the second request) told the model about its mistake."""
    turn = fake.requests[1]["messages"][2]["content"]
    return " ".join(str(block.get("content") or block.get("text")) for block in turn)


# -- model ids and prices ----------------------------------------------------------------------


async def test_a_dated_snapshot_is_priced_by_its_family(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    reply = await make_model(client, fake_time).tag(ARTICLE)

    assert reply.model == SNAPSHOTS[DEFAULT_MODEL] != DEFAULT_MODEL
    family = prices.PRICES[DEFAULT_MODEL].base
    usage = reply.usage
    assert usage.cost_usd == pytest.approx(
        (
            usage.input_tokens * family.input
            + usage.output_tokens * family.output
            + usage.cache_write_tokens * family.cache_write
            + usage.cache_read_tokens * family.cache_read
        )
        / 1_000_000
    )
    assert usage.cost_usd > 0
    assert prices.unpriced([reply.model]) == []


def test_every_snapshot_the_api_names_has_its_familys_price() -> None:
    for alias, snapshot in SNAPSHOTS.items():
        if alias.startswith("claude-mythos-5") and alias not in prices.PRICES:
            continue
        assert prices.price_of(snapshot) is prices.PRICES[alias], snapshot
    # A family the table does not know is unknown, dated or not: not priced as another.
    assert prices.price_of("claude-nova-1-20270101") is None
    assert prices.unpriced(["claude-nova-1-20270101", None, "offline"]) == [
        "claude-nova-1-20270101"
    ]


async def test_an_unknown_model_is_a_404_that_names_it(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    with pytest.raises(ModelError, match="does not know the model claude-nova-1 \\(404\\)"):
        await make_model(client, fake_time, model="claude-nova-1").tag(ARTICLE)
    assert len(fake.requests) == 1


# -- the mistakes models make ------------------------------------------------------------------


async def test_the_wrong_tool_is_sent_back_by_name(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    fake.misbehave("wrong_tool")

    reply = await make_model(client, fake_time).summarise(ARTICLE)

    assert reply.calls == 2 and reply.value
    wrong = fake.responses[0]["content"][0]["name"]
    assert wrong != SUMMARY_TOOL
    assert f"You called {wrong}, but this task is answered by calling {SUMMARY_TOOL}" in (
        repair_text(fake)
    )


async def test_a_claim_given_two_verdicts_is_sent_back(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    fake.misbehave("duplicate_index")

    reply = await make_model(client, fake_time).check_claims(ARTICLE, CLAIMS)

    assert [c.index for c in reply.value] == [0, 1] and reply.calls == 2
    assert "claims [0] have more than one verdict" in repair_text(fake)


async def test_a_verdict_for_a_claim_that_does_not_exist_is_sent_back(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    fake.misbehave("out_of_range_index")

    reply = await make_model(client, fake_time).check_claims(ARTICLE, CLAIMS)

    assert [c.index for c in reply.value] == [0, 1] and reply.calls == 2
    assert "indices [2] are out of range: there are 2 claims" in repair_text(fake)


async def test_a_refusal_is_not_repaired_and_what_it_cost_is_kept(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    fake.misbehave("refusal")

    with pytest.raises(ClaudeError, match="declined to work on this article") as raised:
        await make_model(client, fake_time).summarise(ARTICLE)

    assert len(fake.requests) == 1
    assert raised.value.usage.input_tokens + raised.value.usage.cache_write_tokens > 0
    assert raised.value.usage.cost_usd > 0


async def test_an_answer_stopped_by_the_context_window_is_not_repaired(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    fake.misbehave("context_window_exceeded")

    with pytest.raises(ClaudeError, match="too long for Claude to read"):
        await make_model(client, fake_time).tag(ARTICLE)
    assert len(fake.requests) == 1


async def test_a_prompt_over_the_context_window_says_the_article_is_too_long(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    huge = Article(url="https://news.example/huge", text="The council met again. " * 40_000)

    with pytest.raises(ModelError) as raised:
        await make_model(client, fake_time).summarise(huge)

    assert raised.value.message == (
        "The article is too long for Claude to read; try a shorter article."
    )
    assert len(fake.requests) == 1  # a 400 is not retried


async def test_an_answer_over_max_tokens_is_cut_off_and_not_repaired(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    with pytest.raises(ModelError, match="cut off at its 40-token limit"):
        await make_model(client, fake_time, max_tokens=40).summarise(ARTICLE)

    assert fake.responses[0]["stop_reason"] == "max_tokens"
    assert fake.responses[0]["usage"]["output_tokens"] == 40
    assert len(fake.requests) == 1


# -- prompt caching, by the real rules ----------------------------------------------------------


async def test_an_article_too_short_to_cache_is_neither_written_nor_read(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    short = Article(url="https://news.example/short", text="The council met on Tuesday. " * 3)
    model = make_model(client, fake_time)

    await model.summarise(short)
    await model.tag(short)

    first, second = (response["usage"] for response in fake.responses)
    # Tools, system prompt and a three-line article are under the 1,024-token minimum.
    assert first["input_tokens"] < min_cacheable_tokens(SNAPSHOTS[DEFAULT_MODEL])
    assert first["cache_creation_input_tokens"] == second["cache_creation_input_tokens"] == 0
    assert first["cache_read_input_tokens"] == second["cache_read_input_tokens"] == 0


async def test_the_cache_lives_five_minutes_after_its_last_read(
    fake: FakeAnthropic, client: AsyncAnthropic, fake_time: FakeTime
) -> None:
    model = make_model(client, fake_time)
    await model.summarise(ARTICLE)  # writes
    fake.advance(200)
    await model.tag(ARTICLE)  # reads, and the read keeps it 5 more minutes
    fake.advance(200)
    await model.tag(ARTICLE)  # 400 s after the write: still read
    fake.advance(301)
    await model.tag(ARTICLE)  # 301 s after the last read: gone, written again

    writes = [r["usage"]["cache_creation_input_tokens"] for r in fake.responses]
    reads = [r["usage"]["cache_read_input_tokens"] for r in fake.responses]
    assert writes[0] > 1000 and reads[0] == 0
    assert writes[1] == writes[2] == 0 and reads[1] == reads[2] > 1000
    assert writes[3] == reads[1] and reads[3] == 0


async def test_a_one_hour_entry_outlives_five_minutes(
    fake: FakeAnthropic, client: AsyncAnthropic
) -> None:
    block: TextBlockParam = {
        "type": "text",
        "text": "x" * 8000,
        "cache_control": {"type": "ephemeral", "ttl": "1h"},
    }
    messages: list[MessageParam] = [{"role": "user", "content": [block]}]
    for wait in (0, 1800, 3601):
        fake.advance(wait)
        await client.messages.create(model=DEFAULT_MODEL, max_tokens=100, messages=messages)
    usage = [r["usage"] for r in fake.responses]
    assert usage[0]["cache_creation"]["ephemeral_1h_input_tokens"] > 1000
    assert usage[0]["cache_creation"]["ephemeral_5m_input_tokens"] == 0
    assert usage[1]["cache_read_input_tokens"] > 1000  # half an hour on
    assert usage[2]["cache_read_input_tokens"] == 0  # an hour after the last read


async def test_concurrent_first_requests_are_both_billed_as_writes(fake_time: FakeTime) -> None:
    async with (
        FakeAnthropic(latency=0.2) as slow,
        AsyncAnthropic(base_url=slow.url, api_key="test", max_retries=0) as client,
    ):
        model = make_model(client, fake_time)
        checked, tagged = await asyncio.gather(
            model.check_claims(ARTICLE, CLAIMS), model.tag(ARTICLE)
        )
        later = await model.tag(ARTICLE)

    # Neither entry existed when both arrived: each wrote the article, and each is paid for.
    assert checked.usage.cache_write_tokens > 1000 and checked.usage.cache_read_tokens == 0
    assert tagged.usage.cache_write_tokens > 1000 and tagged.usage.cache_read_tokens == 0
    assert later.usage.cache_read_tokens > 1000 and later.usage.cache_write_tokens == 0


def test_a_run_on_a_model_without_a_price_says_its_cost_is_unknown() -> None:
    now = datetime.now(UTC)
    spent = prices.usage_with_cost(
        "claude-nova-1-20270101",
        input_tokens=900,
        output_tokens=100,
        cache_write_tokens=0,
        cache_read_tokens=0,
    )
    step = Step(1, "summarise", StepStatus.SUCCEEDED, now, now, usage=spent)
    step.model = "claude-nova-1-20270101"
    run = Run(1, "https://news.example/a", RunStatus.SUCCEEDED, Origin("cli"), now, now)
    run.steps, run.usage = [step], spent

    assert render.tokens(run) == (
        "1,000 tokens (900 in, 100 out) · cost unknown "
        "(no price for claude-nova-1-20270101; $0.0000 known)"
    )
    assert run_json(run)["unpriced_models"] == ["claude-nova-1-20270101"]
    step.model = SNAPSHOTS[DEFAULT_MODEL]
    assert render.tokens(run).endswith("· $0.0000")
