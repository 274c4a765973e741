"""Issue 14: run history stays where it was asked, through the fake Slack and the real app.

Six runs in six places — a private channel, #general, a DM, another private channel (waiting
for an approver), a group DM, and another workspace — and people asking about them from
where they are: Eve (in none of the private ones), Alice, Bob, an approver, and someone of
the other workspace. Every kind of question is walked (question_parse.KINDS), and every answer is
checked for what it must not say.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from bot.question_parse import KINDS, parse
from bot.questions import NOT_UNDERSTOOD
from bot.visibility import Viewer
from fakes.anthropic import FakeAnthropic, RawReply
from fakes.slack import (
    BOT_USER_ID,
    TEAM_ID,
    FakeSlack,
    app_mention_event,
    event_callback,
    message_event,
)
from history_seed import _steps
from orchestrator.domain import Claim, Gate, GateDecision, Origin, RunStatus
from orchestrator.models.claude import DEFAULT_MODEL
from orchestrator.visibility import not_here, refusal
from slack_harness import EventsEndpoint, bot_replies, events_endpoint, link_message, running_app

OTHER_TEAM = "T0OTHER"
ALICE, BOB, APPROVER, EVE, WREN = "U1", "U2", "U3", "U4", "W9"
STEPS = ("fetch", "summarise", "fact_check", "tag", "merge")


@dataclass(frozen=True)
class Place:
    channel: str
    kind: str  # as stored: public / private / group_dm / dm
    team: str = TEAM_ID


SECRET = Place("G1", "private")  # Alice's private channel
GENERAL = Place("C1", "public")
ALICE_DM = Place("D1", "dm")
DESK = Place("G2", "private")  # Bob's private channel
GROUP = Place("M1", "group_dm")  # Alice and Bob
ELSEWHERE = Place("C1", "public", OTHER_TEAM)  # the same channel id, another workspace

# Run n (1-based) was asked for in PLACES[n - 1], by ASKERS[n - 1].
PLACES = [SECRET, GENERAL, ALICE_DM, DESK, GROUP, ELSEWHERE]
ASKERS = [ALICE, BOB, ALICE, BOB, ALICE, WREN]


def url(n: int) -> str:
    return f"https://news.example/story-{n}"


def words_of(n: int) -> list[str]:
    """What an answer about run n could say that nobody outside its audience may read."""
    return [url(n), f"Title of run {n}", f"Claim of run {n}", f"#{n} "]


async def seed(app: App) -> None:
    for n, (place, asker) in enumerate(zip(PLACES, ASKERS, strict=True), 1):
        origin = Origin(
            "slack",
            channel=place.channel,
            thread_ts=f"1700000000.00{n}",
            user=asker,
            team=place.team,
            conversation=place.kind,
        )
        (run,) = await app.store.create_runs([url(n)], origin) or []
        assert run.id == n
        await _steps(app.store, n, STEPS if n != 4 else STEPS[:4])
        await app.store.save_claims(
            n, [Claim(f"Claim of run {n} is here.", f"Claim of run {n}", "summarise")]
        )
        if n == 4:
            now = datetime.now(UTC)
            await app.store.record_gate(
                Gate(n, "fact_check", GateDecision.ESCALATE, f"Claim of run {n} is odd", now)
            )
            await app.store.update_run(n, status=RunStatus.WAITING)
        else:
            await app.store.update_run(
                n, status=RunStatus.SUCCEEDED, result={"title": f"Title of run {n}", "tags": []}
            )


def people(slack: FakeSlack) -> None:
    slack.add_user(EVE, name="eve")
    everyone = [ALICE, BOB, APPROVER, EVE, BOT_USER_ID]
    slack.add_conversation(GENERAL.channel, "public", everyone, name="general")
    slack.add_conversation(SECRET.channel, "private", [ALICE, BOT_USER_ID], name="secret")
    slack.add_conversation(DESK.channel, "private", [BOB, BOT_USER_ID], name="desk")
    slack.add_conversation(GROUP.channel, "mpim", [ALICE, BOB, BOT_USER_ID])
    for user, dm in ((ALICE, "D1"), (BOB, "D2"), (APPROVER, "D3"), (EVE, "D4")):
        slack.add_conversation(dm, "im", [user, BOT_USER_ID])


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    people(slack)
    async with running_app(
        database_url, slack, site, worker=False, COPYDESK_APPROVERS=APPROVER
    ) as running:
        await seed(running)
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


async def ask(
    slack: FakeSlack,
    events: EventsEndpoint,
    text: str,
    user: str,
    channel: str = "C1",
    *,
    team: str = TEAM_ID,
) -> str:
    """Ask as `user` in `channel` (a DM when it starts with D); what they were shown,
    in the thread or privately, with its blocks."""
    if channel.startswith("D"):
        event = message_event(text, channel=channel, user=user, channel_type="im", team_id=team)
    else:
        event = app_mention_event(text, channel=channel, user=user, team_id=team)
    slack.add_message_from_event(event)
    status, body = await events.post(event_callback(event, team_id=team))
    assert status == 200, body

    def answered(s: FakeSlack) -> list[str]:
        shown = [
            m.text + json.dumps(m.blocks or [], ensure_ascii=False)
            for m in bot_replies(s, channel, event["ts"])
        ]
        shown += [e.text for e in s.ephemerals if e.user == user and e.thread_ts == event["ts"]]
        return shown

    [answer] = await slack.wait_for(answered)
    return answer


def listed(answer: str) -> set[int]:
    return {n for n in range(1, 7) if f"#{n} " in answer.split('"blocks"')[0]}


def assert_tells_nothing_of(answer: str, hidden: set[int], question: str) -> None:
    for n in hidden:
        for words in words_of(n):
            if words.startswith("#"):
                # "#4 " could only be a list line; the refusal names a run as "Run #4 was".
                assert f"\n{words}" not in answer and not answer.startswith(words), (
                    question,
                    n,
                    answer,
                )
            elif words not in question:  # what she typed may be said back to her
                assert words not in answer, (question, n, words, answer)


# Every kind of question, with the runs it names ({n}: asked once per run).
EXAMPLES: dict[str, list[str]] = {
    "trace": ["what happened on run {n}"],
    "why": ["why was run {n} escalated"],
    "who": ["who approved run {n}"],
    "claim": ["where did claim 1 in run {n} come from"],
    "list": [
        "recent runs",
        "failed runs",
        "waiting runs",
        "my runs",
        "runs by <@U1>",
        "runs on <http://news.example|news.example>",
        f"runs for <{url(1)}>",
    ],
    "totals": ["tokens today", "cost this week"],
    "help": ["help"],
    "approve": ["approve run {n}"],
    "reject": ["reject run {n} because it is wrong"],
    "cancel": ["cancel run {n}"],
    "rerun": ["rerun {n} from fact_check"],
    "diff": ["what changed between run {n} and 2", "what changed in run {n}"],
    "ratings": ["how were this week's results rated?", "feedback today"],
    "claim_search": ["where did the claim “of run” come from"],
    "unknown": ["what do you think of the merger"],
}


def test_the_walk_has_an_example_of_every_kind_of_question() -> None:
    # A kind added to question_parse.KINDS without an example here fails: it has not been
    # checked for leaks.
    assert set(EXAMPLES) == set(KINDS)
    for kind, examples in EXAMPLES.items():
        for example in examples:
            assert parse(example.format(n=1)).kind == kind, example


async def test_eve_in_general_learns_nothing_of_runs_she_may_not_see(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    hidden = {1, 3, 4, 5, 6}
    for kind, examples in EXAMPLES.items():
        for example in examples:
            for n in range(1, 7) if "{n}" in example else [0]:
                question = example.format(n=n)
                answer = await ask(slack, events, question, EVE)
                assert_tells_nothing_of(answer, hidden, question)
                if kind in ("approve", "reject", "cancel"):
                    assert answer.startswith("Only approvers"), (question, answer)
                elif n in hidden:
                    # What she hears is the same sentence, whatever she asked about it.
                    assert answer.split('{"type"')[0].startswith(refusal(n)), (question, answer)
                elif kind == "list":
                    assert listed(answer) <= {2}, (question, answer)
    tokens = await ask(slack, events, "tokens today", EVE)
    assert "1 runs" in tokens, tokens  # run 2 alone: the others are not counted
    assert listed(await ask(slack, events, "recent runs", EVE)) == {2}
    assert NOT_UNDERSTOOD in await ask(slack, events, "what do you think of the merger", EVE)
    # Nothing Eve asked changed anything.
    assert (await app.store.get_run(4)) is not None
    assert (await app.store.get_run(4)).status is RunStatus.WAITING  # type: ignore[union-attr]


async def test_eves_refusal_and_alices_own_answer(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    eve = await ask(slack, events, "what happened on run 1?", EVE)
    assert eve.startswith(
        "Run #1 was asked for in a conversation you're not in, so I can't tell you about it."
    )
    assert "Title of run 1" not in eve and url(1) not in eve
    # Alice, in her private channel, is told; in #general she is not, but is told why.
    assert url(1) in await ask(slack, events, "what happened on run 1", ALICE, SECRET.channel)
    in_general = await ask(slack, events, "what happened on run 1", ALICE)
    assert in_general.startswith(not_here(1)) and url(1) not in in_general
    # In her DM with the bot she sees every run of hers, and #general's.
    assert listed(await ask(slack, events, "recent runs", ALICE, "D1")) == {1, 2, 3, 5}
    assert url(3) in await ask(slack, events, "what happened on run 3", ALICE, "D1")
    # A DM run is its person's: Bob, in his own DM, gets a refusal.
    assert (await ask(slack, events, "what happened on run 3", BOB, "D2")).startswith(refusal(3))


async def test_lists_and_totals_count_only_what_each_person_may_see(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    seen = {
        (EVE, "D4"): {2},
        (ALICE, "D1"): {1, 2, 3, 5},
        (ALICE, "C1"): {2},
        (ALICE, SECRET.channel): {1, 2},
        (BOB, "D2"): {2, 4, 5},
        (APPROVER, "D3"): {2, 4},  # run 4 waits for an approver
        (APPROVER, "C1"): {2},  # …but not in front of #general
    }
    for (user, channel), runs in seen.items():
        assert listed(await ask(slack, events, "recent runs", user, channel)) == runs, user
        totals = await ask(slack, events, "tokens today", user, channel)
        assert f"{len(runs)} runs" in totals, (user, channel, totals)
        tokens = sum(5 * 1200 - 1200 for _ in runs)  # four model steps of 1,200 tokens
        if 4 in runs:
            tokens -= 1200  # run 4 waits before its last step
        assert f"{tokens:,} tokens" in totals, (user, channel, totals)
    # The approver sees the waiting run's trace where only they read it.
    assert "Claim of run 4 is odd" in await ask(
        slack, events, "why was run 4 escalated", APPROVER, "D3"
    )


async def test_an_approver_decides_nothing_in_a_conversation_they_cannot_see(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    for n in (1, 3, 5):
        answer = await ask(slack, events, f"cancel run {n}", APPROVER)
        assert answer.startswith(refusal(n)) and "Nothing changed" in answer
        assert (await app.store.get_run(n)).status is RunStatus.SUCCEEDED  # type: ignore[union-attr]
    # The run waiting for them, they may decide.
    answer = await ask(slack, events, "reject run 4 because no source", APPROVER, "D3")
    assert "reject" in answer.lower(), answer
    run = await app.store.get_run(4)
    assert run is not None and run.gates[-1].decided_by == APPROVER


async def test_another_workspace_sees_only_its_own_runs(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    # Same channel id, another workspace: its public channel shows run 6 and nothing else.
    answer = await ask(slack, events, "recent runs", WREN, "C1", team=OTHER_TEAM)
    assert listed(answer) == {6}
    assert (await ask(slack, events, "what happened on run 2", WREN, team=OTHER_TEAM)).startswith(
        refusal(2)
    )
    assert url(6) in await ask(slack, events, "what happened on run 6", WREN, team=OTHER_TEAM)
    # And nobody of the first workspace sees run 6, though it was in "their" C1.
    assert (await ask(slack, events, "what happened on run 6", ALICE)).startswith(refusal(6))


async def test_workspace_visibility_opens_a_workspace_to_itself_only(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    people(slack)
    async with running_app(
        database_url, slack, site, worker=False, COPYDESK_HISTORY_VISIBILITY="workspace"
    ) as app:
        await seed(app)
        async with events_endpoint(app, slack) as events:
            assert listed(await ask(slack, events, "recent runs", EVE)) == {1, 2, 3, 4, 5}
            assert url(1) in await ask(slack, events, "what happened on run 1", EVE)
            assert (await ask(slack, events, "what happened on run 6", EVE)).startswith(refusal(6))


async def test_the_query_and_the_rule_agree(app: App) -> None:
    """The WHERE clause the lists use and `Scope.allows` are the same rule."""
    everything = (await app.history.list_runs(limit=100)).runs
    assert app.visibility is not None
    for viewer in (
        Viewer("slack", EVE, TEAM_ID, "C1", "public"),
        Viewer("slack", ALICE, TEAM_ID, "D1", "dm"),
        Viewer("slack", BOB, TEAM_ID, "D2", "dm"),
        Viewer("slack", APPROVER, TEAM_ID, "D3", "dm"),
        Viewer("slack", WREN, OTHER_TEAM, "C1", "public"),
        Viewer("web", ALICE, TEAM_ID),
        Viewer("slack", None, TEAM_ID),
    ):
        scope = await app.visibility.scope_for(viewer)
        page = await app.history.list_runs(limit=100, scope=scope)
        assert [r.id for r in page.runs] == [r.id for r in everything if scope.allows(r)]
        totals = await app.history.totals(datetime(2000, 1, 1, tzinfo=UTC), datetime.now(UTC),
                                          scope=scope)  # fmt: skip
        assert totals.runs == len(page.runs)


async def test_membership_is_asked_of_slack_once_in_a_while(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    await ask(slack, events, "recent runs", ALICE, "D1")
    asked = len(slack.calls_to("conversations.members"))
    assert asked == 4  # G1, D1, G2 and M1: the private conversations with runs
    await ask(slack, events, "recent runs", ALICE, "D1")
    await ask(slack, events, "what happened on run 1", ALICE, "D1")
    assert len(slack.calls_to("conversations.members")) == asked  # cached


async def test_a_run_remembers_the_kind_of_conversation_it_was_asked_in(
    app: App, slack: FakeSlack, events: EventsEndpoint, site: ArticleSite
) -> None:
    # A message event says its channel_type; an app_mention does not, and Slack is asked.
    await events.deliver(link_message(site, channel=SECRET.channel, channel_type="group"))
    mention = app_mention_event(f"<{site.url('/news/harbour')}>", channel=GROUP.channel, user=ALICE)
    await events.deliver(mention)
    await events.deliver(link_message(site, channel="D1", channel_type="im"))
    runs = {r.origin.channel: r for r in (await app.history.list_runs(limit=3)).runs}
    assert runs[SECRET.channel].origin.conversation == "private"
    assert runs[GROUP.channel].origin.conversation == "group_dm"
    assert runs["D1"].origin.conversation == "dm"
    assert [c.params["channel"] for c in slack.calls_to("conversations.info")] == ["M1"]
    # Eve, in #general, is told nothing of the new private run either.
    newest = runs[SECRET.channel].id
    assert (await ask(slack, events, f"what happened on run {newest}", EVE)).startswith(
        refusal(newest)
    )


async def test_claudes_tools_see_only_what_the_asker_may(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    people(slack)
    async with (
        FakeAnthropic() as claude,
        running_app(
            database_url,
            slack,
            site,
            worker=False,
            ANTHROPIC_API_KEY="test",
            ANTHROPIC_BASE_URL=claude.url,
            COPYDESK_MODEL=DEFAULT_MODEL,
        ) as app,
    ):
        await seed(app)
        done = RawReply([{"type": "text", "text": "Done."}])
        claude.script("get_run", {"run_id": 1}, done)
        claude.script("list_runs", {}, done)
        claude.script("totals", {"since": "2000-01-01T00:00:00Z"}, done)
        async with events_endpoint(app, slack) as events:
            for tool in ("get_run", "list_runs", "totals"):
                answer = await ask(slack, events, f"use {tool}: anything odd lately?", EVE)
                assert answer.startswith("Done."), answer
                [result] = [
                    block
                    for message in claude.requests[-1]["messages"]
                    if isinstance(message["content"], list)
                    for block in message["content"]
                    if block.get("type") == "tool_result"
                ]
                content = json.loads(result["content"])
                assert_tells_nothing_of(json.dumps(content), {1, 3, 4, 5, 6}, tool)
                if tool == "get_run":
                    assert content == {
                        "run_id": 1,
                        "visible": False,
                        "note": "asked for in a conversation the asker is not in; say so, "
                        "and nothing more about it",
                    }
                elif tool == "list_runs":
                    assert [r["id"] for r in content["runs"]] == [2]
                else:
                    assert content["runs"] == 1


async def test_a_run_recorded_before_kinds_were_kept_counts_as_private(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    slack.add_conversation("C7", "public", [ALICE, EVE, BOT_USER_ID], name="old")
    old = Origin("slack", channel="C7", thread_ts="1600000000.000100", user=ALICE, team=TEAM_ID)
    (run,) = await app.store.create_runs(["https://news.example/legacy"], old) or []
    assert run.origin.conversation is None
    assert "C7" in await app.history.private_conversations(TEAM_ID)
    # Its members are asked: Eve is one, so in her DM she sees it; in #general, not.
    assert "https://news.example/legacy" in await ask(
        slack, events, f"what happened on run {run.id}", EVE, "D4"
    )
    assert (await ask(slack, events, f"what happened on run {run.id}", EVE)).startswith(
        not_here(run.id)
    )
    assert (await ask(slack, events, f"what happened on run {run.id}", BOB, "D2")).startswith(
        refusal(run.id)
    )


async def test_a_private_runs_rating_is_not_told_outside_its_conversation(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    assert app.feedback is not None
    await app.feedback.rate(1, ALICE, "bad")  # run 1: Alice's private channel
    await app.feedback.rate(2, ALICE, "good")  # run 2: #general
    question = "how were this week's results rated?"
    eve = await ask(slack, events, question, EVE)
    assert "👍 1 · 👎 0" in eve and "over 1 run" in eve, eve
    alice = await ask(slack, events, question, ALICE, channel=SECRET.channel)
    assert "👍 1 · 👎 1" in alice and "over 2 runs" in alice, alice
