"""What the bot says, in its own terms: an `Answer` is the whole text plus its structure.

The text is the whole answer, in the bot's mrkdwn (bold, code, links), and is all a terminal
shows (`render.plain`). The parts are the same answer laid out: sections, label/value fields,
and small print. Only `bot/slack/` turns the parts into Block Kit (`bot/slack/answer_blocks`)
and keeps them inside Slack's limits; nothing here knows those limits or Block Kit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The most parts an answer has: what every transport can lay out (Slack: 50 blocks).
MAX_PARTS = 50


@dataclass(frozen=True)
class Section:
    """A paragraph of the answer."""

    text: str


@dataclass(frozen=True)
class Fields:
    """Label/value pairs shown side by side ("Tokens", "12,400")."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Note:
    """Small print under the answer: where to read more, what was left out."""

    text: str


Part = Section | Fields | Note


@dataclass(frozen=True)
class Answer:
    text: str  # the whole answer
    parts: list[Part] = field(default_factory=list)  # its layout; none: the text alone


def plain_answer(text: str) -> Answer:
    """An answer of one paragraph."""
    return Answer(text, [Section(text)])
