"""The diff in Slack stays inside Block Kit's limits however much changed: 50 blocks, 3,000
characters a section, 2,000 a field; the text keeps everything."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.diff_render import diff_answer
from bot.slack.answer_blocks import FIELD_LIMIT, MAX_BLOCKS, SECTION_LIMIT, blocks_of
from orchestrator.compare import Change, compare
from orchestrator.domain import Claim, Origin, Run, RunStatus, Step, StepStatus, Verdict

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def run(run_id: int, claims: list[Claim], steps: int) -> Run:
    return Run(
        id=run_id,
        url="https://example.com/story",
        status=RunStatus.SUCCEEDED,
        origin=Origin("cli"),
        created_at=NOW,
        updated_at=NOW,
        claims=claims,
        steps=[
            Step(
                run_id,
                f"summarise_s{n}",
                StepStatus.SUCCEEDED,
                NOW + timedelta(seconds=n),
                NOW + timedelta(seconds=n + 1),
            )
            for n in range(steps)
        ],
    )


def test_a_diff_of_sixty_changed_claims_fits_in_block_kit() -> None:
    long = "word " * 900  # a claim of 4,500 characters
    before = [
        Claim(
            f"Claim {n} said {n * 7} homes. {long}", None, "summarise#1", verdict=Verdict.SUPPORTED
        )
        for n in range(60)
    ]
    after = [
        Claim(f"Entirely new statement number {n} about {n * 13} pumps.", None, "summarise#1")
        for n in range(60)
    ]
    diff = compare(run(1, before, 300), run(2, after, 300))
    assert diff.count(Change.ADDED) == 60 and diff.count(Change.REMOVED) == 60
    answer = diff_answer(diff, "https://copydesk.example")
    blocks = blocks_of(answer)
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if "text" in block:
            assert len(block["text"]["text"]) <= SECTION_LIMIT
        for field in block.get("fields", []):
            assert len(field["text"]) <= FIELD_LIMIT
        for element in block.get("elements", []):
            assert len(element["text"]) <= SECTION_LIMIT
    assert "…and 100 more claims changed." in str(blocks)
    assert "/runs/1/diff/2|side by side" in str(blocks)
    # The text is the whole diff.
    assert answer.text.count("+ added") == 60 and answer.text.count("− removed") == 60
