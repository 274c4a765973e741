"""Free-form questions with Claude configured: answered by a bounded tool-use loop over the
stored trace (the real `anthropic` SDK against FakeAnthropic), through the desk as Slack and
the console reach it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.answer import Answer
from bot.bootstrap import App, build_app
from bot.core import IncomingMessage
from fakes.anthropic import FakeAnthropic, RawReply
from history_seed import seed
from orchestrator.models.claude import DEFAULT_MODEL, ClaudeModel
from orchestrator.reading import InlineExtractor
from support import make_settings


class Replies:
    def __init__(self) -> None:
        self.texts: list[str] = []

    async def reply(self, answer: Answer) -> None:
        self.texts.append(answer.text)

    async def private(self, text: str) -> None:
        self.texts.append(text)


@pytest.fixture
async def fake() -> AsyncIterator[FakeAnthropic]:
    async with FakeAnthropic() as running:
        yield running


@pytest.fixture
async def app(database_url: str, fake: FakeAnthropic) -> AsyncIterator[App]:
    settings = make_settings(
        database_url,
        ANTHROPIC_API_KEY="test",
        ANTHROPIC_BASE_URL=fake.url,
        COPYDESK_MODEL=DEFAULT_MODEL,
        # The retry policy's real sleeps, kept short.
        COPYDESK_MODEL_RETRY_SECONDS=0.01,
    )
    async with build_app(
        settings, transports=[], extractor=InlineExtractor(), upgrade=False
    ) as built:
        await seed(built.store, built.history)
        yield built


async def ask(app: App, text: str) -> str:
    replies = Replies()
    await app.desk.handle(IncomingMessage(text=text, transport="console", user="local"), replies)
    [answer] = replies.texts
    return answer


def tool_results(request: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        block
        for message in request["messages"]
        if isinstance(message["content"], list)
        for block in message["content"]
        if block.get("type") == "tool_result"
    ]


async def test_claude_answers_from_the_trace_it_looked_up(app: App, fake: FakeAnthropic) -> None:
    fake.script(
        "get_run",
        {"run_id": 1},
        RawReply([{"type": "text", "text": "Run #1's fact-check disputed the 41 million."}]),
    )
    answer = await ask(app, "anything odd about the harbour story's fact-check in run 1?")
    assert answer == "Run #1's fact-check disputed the 41 million."
    first, second = fake.requests
    assert {t["name"] for t in first["tools"]} == {"get_run", "list_runs", "totals"}
    assert "from what the tools return" in first["system"]
    [result] = tool_results(second)
    trace = json.loads(result["content"])
    assert trace["id"] == 1 and trace["gates"][1]["decided_by"] == "U0APPROVE"
    assert trace["claims"][1]["round"] == 1


async def test_a_pruned_run_and_a_list_come_back_as_data(app: App, fake: FakeAnthropic) -> None:
    done = RawReply([{"type": "text", "text": "Done."}])
    fake.script("get_run", {"run_id": 4}, done)
    assert await ask(app, "was run 4 fine?") == "Done."
    [pruned] = [json.loads(r["content"]) for r in tool_results(fake.requests[-1])]
    assert pruned["run_id"] == 4 and pruned["pruned_at"] and pruned["trace"] is None

    # The fake answers with the tool the question names, each round.
    fake.script("list_runs", {"status": "failed", "domain": "other.example"}, done)
    assert await ask(app, "use list_runs: which failed?") == "Done."
    [listed] = [json.loads(r["content"]) for r in tool_results(fake.requests[-1])]
    assert [r["id"] for r in listed["runs"]] == [2] and listed["next_before_id"] is None


async def test_claude_is_bounded_and_honest(app: App, fake: FakeAnthropic) -> None:
    # Unscripted, the fake keeps calling get_run with no arguments: the loop stops.
    answer = await ask(app, "tell me a story about the desk")
    assert "without finding an answer" in answer
    assert len(fake.requests) == 5  # the question and four rounds of tools
    assert all(r["is_error"] for r in tool_results(fake.requests[-1]))

    fake.script("get_run", RawReply([{"type": "text", "text": " "}]))
    assert await ask(app, "what is the capital of France?") == "The trace has no answer to that."

    fake.inject(529, times=4)
    assert "could not ask Claude" in await ask(app, "what was odd this week?")


async def test_questions_share_the_models_retry_policy_and_client(
    app: App, fake: FakeAnthropic
) -> None:
    model = app.pipeline.model
    assert app.asker is not None and isinstance(model, ClaudeModel)
    assert app.asker.retry is model.retry and app.asker.client is model.client

    # Overloaded, then a proxy's page, then an answer: retried like a step, not given up.
    fake.inject(529, retry_after=0)
    fake.inject(502, page="<html><body>Bad Gateway</body></html>")
    fake.script(
        "get_run",
        RawReply([{"type": "text", "text": "Run #2 is still waiting at its gate."}]),
    )
    assert await ask(app, "is anything stuck?") == "Run #2 is still waiting at its gate."
    assert len(fake.requests) == 3

    # Four failures: the policy's bound, then the sentence.
    fake.requests.clear()
    fake.inject(500, times=10)
    assert "could not ask Claude" in await ask(app, "is anything stuck?")
    assert len(fake.requests) == 4


async def test_known_phrasings_never_reach_the_model(app: App, fake: FakeAnthropic) -> None:
    assert (await ask(app, "what happened on run 2")).startswith("*Run #2* · ")
    assert "*Tokens and cost today*" in await ask(app, "tokens today")
    assert fake.requests == []
