"""Finding a run's earlier posts after a restart: by their metadata, and a plan message
whose execution died before its first edit (chat.startStream takes no metadata) by its
opening words."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.slack.earlier_posts import METADATA_EVENT, earlier_post
from orchestrator.domain import Origin, Run, RunStatus

NOW = datetime(2026, 12, 3, tzinfo=UTC)


def _run(run_id: int) -> Run:
    origin = Origin("slack", channel="C1", thread_ts="1.0", user="U1", team="T1")
    return Run(run_id, "https://example.org/a", RunStatus.RUNNING, origin, NOW, NOW)


def test_a_post_is_found_by_its_metadata() -> None:
    thread = [
        {"ts": "1.0", "text": "please check <https://example.org/a>", "user": "U1"},
        {
            "ts": "2.0",
            "bot_id": "B1",
            "text": "Run #7 · https://example.org/a · running",
            "metadata": {
                "event_type": METADATA_EVENT,
                "event_payload": {"run_id": 7, "kind": "status"},
            },
        },
    ]
    assert earlier_post(thread, _run(7), "status") == "2.0"
    assert earlier_post(thread, _run(8), "status") is None


def test_a_plan_message_without_metadata_is_found_by_its_opening_words() -> None:
    thread = [
        {"ts": "1.0", "text": "Run #8 · a person typing the same words", "user": "U1"},
        {"ts": "3.0", "bot_id": "B1", "text": "Run #18 · https://example.org/b · running"},
        {"ts": "4.0", "bot_id": "B1", "text": "Run #8 · https://example.org/a · running"},
    ]
    assert earlier_post(thread, _run(8), "status") == "4.0"
    # Only a status message is known that way: a result always carries its metadata.
    assert earlier_post(thread, _run(8), "result") is None
