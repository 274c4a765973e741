"""Issue 6 end to end: every history question through Slack (signed Events API requests to
the real app, FakeSlack) and through the command line (`copydesk ask`, `runs`, `show`,
`prune`), on both databases, over a known history written through the real store."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from bot.questions import HELP, NOT_UNDERSTOOD
from cli_harness import copydesk, copydesk_process, environment
from fakes.slack import FakeSlack, Message, app_mention_event, block_errors
from history_seed import COUNCIL, HARBOUR, seed
from slack_harness import EventsEndpoint, bot_replies, events_endpoint, running_app

PUBLIC = "https://desk.example"

# (question, what the answer must say, what it must not)
QUESTIONS: list[tuple[str, list[str], list[str]]] = [
    (
        "what happened on run 1",
        ["*Run #1* · " + HARBOUR, "✓ fetch: succeeded", "approved by <@U0APPROVE>", "Claims"],
        [],
    ),
    (
        "why was run 1 escalated?",
        ["*Why run #1 was escalated*", "1 of 3 claims is not supported", "14 million"],
        [],
    ),
    (
        "who approved run 1",
        ["*Who decided run #1*", "approved by <@U0APPROVE> at", "checked it"],
        [],
    ),
    ("who approved run 3", ["fact_check gate is waiting for an approver"], []),
    ("who approved run 2", ["Nobody had to approve run #2"], []),
    (
        "where did claim 2 in run 1 come from",
        [
            "*Claim 2*: The harbour cost 41 million.",
            "introduced by the `summarise` step (summariser, round 1)",
            "checked by `fact_check`: unsupported: The article says 14 million.",
            "<https://stats.example/harbour>",
        ],
        ["Claim 1"],
    ),
    ("recent runs", ["#5 ", "#3 ", "#2 ", "#1 "], []),
    ("failed runs", ["#2 failed", COUNCIL], ["#1 ", "#3 "]),
    ("waiting runs", ["#3 waiting for an approver"], ["#1 ", "#2 "]),
    (f"runs for <{HARBOUR}>", ["#1 finished"], ["#2 ", "#3 ", "#5 "]),
    ("runs on <http://other.example|other.example>", ["#2 failed"], ["#1 ", "#3 "]),
    ("runs by <@U0OTHER>", ["#2 failed"], ["#1 ", "#3 "]),
    ("my runs", ["#5 ", "#3 ", "#1 "], ["#2 "]),
    ("tokens and cost today", ["*Tokens and cost today*", "4 runs", "13,200 tokens"], []),
    ("help", [HELP.splitlines()[0]], []),
    ("what happened on run 4", ["Run #4 was pruned on", "its trace is gone"], []),
    ("what happened on run 99", ["I have no run #99. The latest is run #5."], []),
    ("can you sing", [NOT_UNDERSTOOD], []),
]


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    # No worker: the seeded history must stay as written (run 3 waits for a person).
    async with running_app(
        database_url, slack, site, worker=False, COPYDESK_PUBLIC_URL=PUBLIC
    ) as running:
        await seed(running.store, running.history)
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


def assert_within_slack_limits(message: Message) -> None:
    assert len(message.text) <= 4000
    assert message.blocks, "answers are Block Kit"
    assert block_errors(message.blocks) == []
    assert len(message.blocks) <= 50
    for block in message.blocks:
        assert len(block.get("text", {}).get("text", "")) <= 3000
        assert len(block.get("fields", [])) <= 10


async def ask(slack: FakeSlack, events: EventsEndpoint, text: str, user: str = "U1") -> Message:
    event = app_mention_event(text, channel="C9", user=user)
    await events.deliver(event)
    [answer] = await slack.wait_for(lambda s: bot_replies(s, "C9", event["ts"]))
    return answer


async def test_every_question_is_answered_in_its_thread_as_block_kit(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    for question, said, unsaid in QUESTIONS:
        answer = await ask(slack, events, question)
        assert_within_slack_limits(answer)
        shown = answer.text + json.dumps(answer.blocks, ensure_ascii=False)
        for words in said:
            assert words in shown, (question, words, answer.text)
        for words in unsaid:
            assert words not in answer.text, (question, words, answer.text)
    # Asking about a link answered it: no run was started for it.
    assert [r.id for r in (await app.history.list_runs()).runs] == [5, 3, 2, 1]
    # Each question answered once, each in its own thread.
    assert len(slack.bot_messages("C9")) == len(QUESTIONS)


async def test_a_long_trace_is_cut_to_slacks_limits_and_links_its_page(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    answer = await ask(slack, events, "what happened on run 5")
    assert_within_slack_limits(answer)
    assert answer.text.startswith("*Run #5* · ")
    blocks = json.dumps(answer.blocks, ensure_ascii=False)
    assert "…and 50 more" in blocks  # 60 claims, 10 shown
    assert f"<{PUBLIC}/runs/5|" in blocks


async def test_a_person_paging_through_failed_runs(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    answer = await ask(slack, events, "recent runs")
    assert "Older" not in answer.text  # 4 runs: one page of 10
    link = json.dumps(answer.blocks)
    assert f"{PUBLIC}/runs" in link


def typed(question: str) -> str:
    """The question as typed in a terminal: no Slack mentions or link markup."""
    return (
        question.replace("<@U0OTHER>", "@U0OTHER")
        .replace(f"<{HARBOUR}>", HARBOUR)
        .replace("<http://other.example|other.example>", "other.example")
    )


def on_a_terminal(words: str) -> str:
    return (
        words.replace("*", "")
        .replace("`", "")
        .replace("<@U0APPROVE>", "@U0APPROVE")
        .replace("<https://stats.example/harbour>", "https://stats.example/harbour")
    )


@pytest.mark.slow  # the console as a real process, its questions piped in
@pytest.mark.timeout(180)
async def test_every_question_through_the_console(
    app: App, database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    asked = [q for q, _, _ in QUESTIONS if q != "my runs"]  # the local user asked for none
    code, out, err = await copydesk_process(
        "chat", env=env, stdin="".join(typed(q) + "\n" for q in asked)
    )
    assert code == 0, err
    for question, said, _ in QUESTIONS:
        if question in asked:
            for words in said:
                assert on_a_terminal(words) in out, (question, words, out)


@pytest.mark.timeout(180)
async def test_every_question_through_the_command_line(
    app: App, database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    env = environment(database_url, site, tmp_path)
    asked = [q for q, _, _ in QUESTIONS if q != "my runs"]  # the local user asked for none
    # `copydesk ask` answers one question alone: what it must leave out, it does.
    for question, said, unsaid in QUESTIONS:
        if not unsaid or question not in asked:
            continue
        code, out, err = await copydesk("ask", typed(question), env=env)
        assert code == 0, err
        for words in said:
            assert on_a_terminal(words) in out, (question, words, out)
        for words in unsaid:
            assert words not in out, (question, words, out)

    code, out, _ = await copydesk("ask", "my runs", env=env)
    assert code == 0 and "No runs by local" in out

    code, out, _ = await copydesk("runs", "--status", "failed", "--json", env=env)
    assert code == 0
    assert [(r["id"], r["status"], r["url"]) for r in json.loads(out)] == [(2, "failed", COUNCIL)]
    code, out, _ = await copydesk("runs", "--domain", "news.example", "--json", env=env)
    assert [r["id"] for r in json.loads(out)] == [5, 3, 1]
    code, out, _ = await copydesk("runs", "--user", "U0OTHER", "--json", env=env)
    assert [r["id"] for r in json.loads(out)] == [2]
    code, out, _ = await copydesk("runs", "--url", HARBOUR, "--json", env=env)
    assert [r["id"] for r in json.loads(out)] == [1]
    code, out, _ = await copydesk("runs", "--limit", "2", env=env)
    assert code == 0 and "#5" in out and "#3" in out and "copydesk runs --before 3" in out
    code, out, _ = await copydesk("runs", "--limit", "2", "--before", "3", "--json", env=env)
    assert [r["id"] for r in json.loads(out)] == [2, 1]

    code, _, err = await copydesk("show", "4", env=env)
    assert code == 1 and "it was pruned on" in err

    code, out, err = await copydesk("prune", "--older-than", "0s", env=env)
    assert code == 0, err
    # Runs 1, 2 (finished) go; 3 waits for a person and 5 is the newest: they stay.
    assert "Pruned 2 runs" in out
    code, out, _ = await copydesk("runs", "--json", env=env)
    assert [r["id"] for r in json.loads(out)] == [5, 3]
    code, out, _ = await copydesk("ask", "what happened on run 1", env=env)
    assert "Run #1 was pruned on" in out
    code, _, err = await copydesk("prune", "--older-than", "soon", env=env)
    assert code == 2 and "not a duration" in err
