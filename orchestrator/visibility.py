"""Who may see a run: the one rule every question about runs goes through.

A `Scope` is what one asker may see, worked out once per question (bot/visibility.py asks
Slack who is in which conversation). It is plain data so that the history queries can turn
it into a WHERE clause (lists, pages and totals count only what the asker may see) and
`allows` can judge a single run by the same rule; a test holds the two to each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from orchestrator.domain import Conversation, Run, RunStatus


@dataclass(frozen=True)
class Scope:
    """The runs one asker may see.

    `everything` is the operator (the command line, the local console, the unsigned pages on
    loopback). Anyone else sees only runs of `team`: all of them with `whole_team`
    (COPYDESK_HISTORY_VISIBILITY=workspace), otherwise public-channel runs, runs of the
    private conversations in `channels` (the asker is a member), and, for an approver, runs
    waiting at a gate.
    """

    everything: bool = False
    team: str | None = None
    whole_team: bool = False
    channels: frozenset[str] = field(default_factory=frozenset)
    waiting: bool = False

    def allows(self, run: Run) -> bool:
        if self.everything:
            return True
        if self.team is None or run.origin.team != self.team:
            return False
        if self.whole_team:
            return True
        if run.origin.conversation == Conversation.PUBLIC.value:
            return True
        if run.origin.channel is not None and run.origin.channel in self.channels:
            return True
        return self.waiting and run.status is RunStatus.WAITING


EVERYTHING = Scope(everything=True)
NOTHING = Scope()  # no workspace: sees no run


def refusal(run_id: int) -> str:
    """What an asker hears about a run they may not see: that it exists, nothing of it."""
    return (
        f"Run #{run_id} was asked for in a conversation you're not in, so I can't tell you "
        "about it. Ask someone who is in that conversation, or an operator "
        f"(`copydesk show {run_id}`)."
    )


def not_here(run_id: int) -> str:
    """The asker may see the run, but not everyone who reads this conversation may."""
    return (
        f"Run #{run_id} was asked for in a private conversation, so I won't tell it here. "
        "Ask me in that conversation, or in a direct message."
    )
