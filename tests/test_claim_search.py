"""Claims found by their words across runs, without a run number: in Slack (the real app
behind `/slack/events`, signed events), at `copydesk ask`, on both databases — only in the
runs the asker may see where they ask, newest first, bounded.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from articles import ArticleSite
from bot.bootstrap import App
from bot.visibility import Viewer
from fakes.slack import BOT_USER_ID, FakeSlack, app_mention_event, event_callback
from orchestrator.claim_search import ClaimQuery
from orchestrator.domain import Claim, Origin, RunStatus, Verdict
from orchestrator.visibility import EVERYTHING, Scope
from slack_harness import EventsEndpoint, bot_replies, events_endpoint, running_app
from test_cli import copydesk, environment

ALICE, EVE = "U1", "U4"
ENGINE = "The new engine makes 335 horsepower, the maker says."


async def add_run(app: App, channel: str, kind: str, claims: list[Claim], n: int) -> int:
    origin = Origin(
        "slack", channel=channel, thread_ts=f"1700000000.{n:06d}", user=ALICE,
        team="T0FAKE", conversation=kind,
    )  # fmt: skip
    (run,) = await app.store.create_runs([f"https://cars.example/{n}"], origin) or []
    await app.store.save_claims(run.id, claims)
    await app.store.update_run(run.id, status=RunStatus.SUCCEEDED)
    return run.id


def engine_claim(extra: str = "") -> Claim:
    return Claim(
        ENGINE + extra,
        ENGINE,
        "summarise#1",
        agent="summariser",
        round=0,
        verdict=Verdict.SUPPORTED,
        evidence="the article says 335 horsepower",
        checked_by="fact_check",
    )


@pytest.fixture
async def app(database_url: str, slack: FakeSlack, site: ArticleSite) -> AsyncIterator[App]:
    slack.add_user(EVE, name="eve")
    slack.add_conversation("C1", "public", [ALICE, EVE, BOT_USER_ID], name="general")
    slack.add_conversation("G1", "private", [ALICE, BOT_USER_ID], name="secret")
    async with running_app(database_url, slack, site, worker=False) as running:
        yield running


@pytest.fixture
async def events(app: App, slack: FakeSlack) -> AsyncIterator[EventsEndpoint]:
    async with events_endpoint(app, slack) as endpoint:
        yield endpoint


async def ask(
    slack: FakeSlack, events: EventsEndpoint, text: str, user: str, channel: str,
    thread_ts: str | None = None,
) -> str:  # fmt: skip
    event = app_mention_event(text, channel=channel, user=user, thread_ts=thread_ts)
    slack.add_message_from_event(event)
    status, body = await events.post(event_callback(event))
    assert status == 200, body
    [answer] = await slack.wait_for(
        lambda s: [
            m.text + json.dumps(m.blocks or [], ensure_ascii=False)
            for m in bot_replies(s, channel, thread_ts or event["ts"])
            if m.thread_ts == (thread_ts or event["ts"]) and m.ts != event["ts"]
            and (thread_ts is None or m.ts > event["ts"])
        ]
    )  # fmt: skip
    return answer


QUESTION = "which step introduced the claim about 335 horsepower?"


async def test_a_claim_is_found_by_its_words_with_its_step_agent_round_and_evidence(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    public = await add_run(app, "C1", "public", [Claim("Sales fell.", None, "summarise#1"),
                                                 engine_claim()], 1)  # fmt: skip
    secret = await add_run(app, "G1", "private", [engine_claim(" (private)")], 2)
    answer = await ask(slack, events, QUESTION, EVE, "C1")
    assert f"Run #{public}" in answer and "Claim 2" in answer
    assert "introduced by the `summarise#1` step (summariser, round 0)" in answer
    assert "the article says 335 horsepower" in answer
    # The private run's claim is never told outside its conversation…
    assert f"Run #{secret}" not in answer and "(private)" not in answer
    # …not even to Alice, who may see it, when she asks in #general.
    assert "(private)" not in await ask(slack, events, QUESTION, ALICE, "C1")
    # In its own conversation it is found, newest first.
    inside = await ask(slack, events, QUESTION, ALICE, "G1")
    assert inside.index(f"Run #{secret}") < inside.index(f"Run #{public}")


async def test_asked_in_a_runs_thread_the_threads_run_answers(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    first = await add_run(app, "C1", "public", [engine_claim(" (first)")], 1)
    await add_run(app, "C1", "public", [engine_claim(" (second)")], 2)
    answer = await ask(slack, events, QUESTION, EVE, "C1", thread_ts="1700000000.000001")
    assert "in this thread's runs" in answer and f"Run #{first}" in answer
    assert "(second)" not in answer
    # A thread with no such claim searches the recent runs instead.
    other = await ask(
        slack, events, "where did the claim about the second engine come from",
        EVE, "C1", thread_ts="1700000000.000001",
    )  # fmt: skip
    assert "(second)" in other and "from the last 90 days" in other


async def test_no_match_says_so_and_names_nothing(
    app: App, slack: FakeSlack, events: EventsEndpoint
) -> None:
    await add_run(app, "G1", "private", [engine_claim()], 1)
    answer = await ask(slack, events, QUESTION, EVE, "C1")
    assert answer.startswith("I found no claim about “335 horsepower”")
    assert "#1" not in answer


async def test_the_search_is_bounded_in_runs_and_claims(app: App) -> None:
    for n in range(1, 9):
        await add_run(app, "C1", "public", [engine_claim(f" ({n}a)"), engine_claim(f" ({n}b)")], n)
    found = await app.history.find_claims(
        ClaimQuery(("335", "horsepower"), max_runs=3, max_claims=4), scope=EVERYTHING
    )
    assert [f.run_id for f in found.claims] == [8, 8, 7, 7] and found.more
    few = await app.history.find_claims(
        ClaimQuery(("335",), max_runs=2, max_claims=10), scope=EVERYTHING
    )
    assert {f.run_id for f in few.claims} == {8, 7} and len(few.claims) == 4 and few.more
    # LIKE's own characters are only characters: "%" finds nothing here.
    none = await app.history.find_claims(ClaimQuery(("%",)), scope=EVERYTHING)
    assert not none.claims
    # Another workspace's scope finds none of these.
    other = await app.history.find_claims(ClaimQuery(("335",)), scope=Scope(team="T0OTHER"))
    assert not other.claims
    # The Viewer a shared channel gets is what bounds it in Slack (see the tests above).
    assert Viewer("slack", EVE, "T0FAKE", "C1", "public").alone is False


async def test_copydesk_ask_finds_it_too(
    database_url: str, site: ArticleSite, tmp_path: Path, slack: FakeSlack
) -> None:
    async with running_app(database_url, slack, site, worker=False) as app:
        await add_run(app, "G1", "private", [engine_claim()], 1)
    code, out, err = await copydesk("ask", QUESTION, env=environment(database_url, site, tmp_path))
    assert code == 0, err
    # The operator's terminal sees every run, private ones included.
    assert "Run #1" in out and "introduced by the summarise#1 step" in out.replace("`", "")
