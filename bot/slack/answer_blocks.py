"""An `Answer` as Block Kit, inside Slack's limits: at most 50 blocks, 3,000 characters a
section, 10 fields of 2,000. A long answer is cut down here, whole lines at a time, and says
how much was left out; its text (and the run's page) still hold everything."""

from __future__ import annotations

from typing import Any

from bot.answer import MAX_PARTS, Answer, Fields, Note, Part, Section

Block = dict[str, Any]

TEXT_LIMIT = 4000  # what Slack shows of a message's text
SECTION_LIMIT = 3000
FIELD_LIMIT = 2000
MAX_BLOCKS = MAX_PARTS
MAX_FIELDS = 10


def blocks_of(answer: Answer) -> list[Block]:
    # Answers are built to fit; a 51st block would be refused by Slack as invalid_blocks.
    assert len(answer.parts) <= MAX_BLOCKS, len(answer.parts)
    return [block_of(part) for part in answer.parts]


def block_of(part: Part) -> Block:
    if isinstance(part, Section):
        text = cut(part.text, SECTION_LIMIT)
        return {"type": "section", "text": {"type": "mrkdwn", "text": text}}
    if isinstance(part, Fields):
        return {
            "type": "section",
            "fields": [
                {"type": "mrkdwn", "text": cut(f"*{name}*\n{value}", FIELD_LIMIT)}
                for name, value in part.pairs[:MAX_FIELDS]
            ],
        }
    assert isinstance(part, Note)
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": cut(part.text, SECTION_LIMIT)}],
    }


def cut(text: str, limit: int) -> str:
    """Whole lines up to `limit` characters, and a note of how many were left out."""
    if len(text) <= limit:
        return text
    kept: list[str] = []
    size = 0
    lines = text.split("\n")
    for line in lines:
        if size + len(line) + 1 > limit - 40:
            break
        kept.append(line)
        size += len(line) + 1
    if not kept:
        return text[: limit - 1] + "…"
    return "\n".join(kept) + f"\n…and {len(lines) - len(kept)} more lines"
