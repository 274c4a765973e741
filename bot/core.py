"""The bot, transport-neutral: a message comes in, replies go out through a Replier.

Slack, the console and the tests are adapters that translate into `IncomingMessage` and
call `Desk.handle`; none of them holds any logic of its own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot import question_parse, questions, rerun_questions
from bot.answer import Answer
from bot.approvers import Approvers
from bot.links import distinct_links
from bot.question_kinds import QuestionKind
from bot.visibility import Seen, Viewer, Visibility
from orchestrator.approvals import Correction
from orchestrator.domain import Origin, Run
from orchestrator.gatekeeper import GateKeeper, Outcome
from orchestrator.history import History
from orchestrator.inbox import Inbox, InboxReader
from orchestrator.ports import RunStore
from orchestrator.replay import Rerunner, RerunOutcome, RerunRequest
from orchestrator.visibility import not_here, refusal
from orchestrator.worker import ReporterFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IncomingMessage:
    text: str
    transport: str  # "slack", "console", "cli"
    user: str | None = None
    channel: str | None = None
    ts: str | None = None  # the message itself
    thread_ts: str | None = None  # the thread it was posted in, if any
    team: str | None = None
    # The kind of conversation (orchestrator.domain.Conversation), when the transport knows.
    conversation: str | None = None
    blocks: Sequence[dict[str, Any]] | None = None
    addressed: bool = True  # a mention, a DM or the console: questions get answers
    dedupe_keys: tuple[str, ...] = ()  # Slack event id, channel+ts: act on a delivery once
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def reply_thread(self) -> str | None:
        return self.thread_ts or self.ts


class Replier(Protocol):
    """Where the answer to one message goes (its Slack thread, the terminal)."""

    async def reply(self, answer: Answer) -> None:
        """`answer.text` is the whole answer; its parts, when it has any, are its layout,
        which each transport renders its own way (Block Kit in Slack) or ignores."""
        ...

    async def private(self, text: str) -> None:
        """Only the sender sees it (an ephemeral message in Slack)."""
        ...


class Desk:
    def __init__(
        self,
        store: RunStore,
        wake: Callable[[], None],
        gatekeeper: GateKeeper,
        approvers: Approvers,
        reporter_for: ReporterFactory,
        *,
        history: History,
        max_links: int = 5,
        public_url: str | None = None,
        asker: questions.Asker | None = None,
        visibility: Visibility | None = None,
        rerunner: Rerunner | None = None,
    ) -> None:
        self.store = store
        # Without a way to ask Slack who is in a conversation, private runs stay hidden.
        self.visibility = visibility or Visibility(history, approvers, None)
        self.sources = questions.Sources(
            store, history, self.visibility, public_url=public_url, asker=asker
        )
        self.wake = wake
        self.gatekeeper = gatekeeper
        self.approvers = approvers
        self.reporter_for = reporter_for
        self.max_links = max_links
        self.rerunner = rerunner
        self.inbox_reader = InboxReader(
            store,
            history,
            timeout=gatekeeper.timeout,
            timeout_outcome=gatekeeper.timeout_outcome,
            clock=gatekeeper.clock,
        )

    async def inbox(self, viewer: Viewer) -> tuple[Inbox, bool]:
        """What waits for `viewer`, and whether they may decide it (an approver). The
        viewer reads it alone (the Home tab, the terminal), so their private runs count."""
        scope = await self.visibility.scope_for(viewer)
        approver = await self.approvers.allows(viewer.user, viewer.transport)
        return await self.inbox_reader.inbox(scope, viewer.user), approver

    async def handle(
        self, message: IncomingMessage, replier: Replier, *, later: Later | None = None
    ) -> list[Run]:
        """Act on a message. What must not be lost (queued runs, a claimed delivery) is
        recorded before this returns; with `later`, replies that may be slow are handed to
        it instead of awaited, so the transport can acknowledge the message at once."""
        links = distinct_links(message.text, message.blocks)
        if (
            links
            and message.addressed
            and question_parse.asks_about_a_link(_without_mentions(message.text))
        ):
            # "runs for <link>" asks about a link; it is not a link to check.
            links = []
        if links:
            return await self._start_runs(message, links, replier, later)
        if message.addressed:
            await self._answer(message, replier, later)
        return []

    async def _start_runs(
        self, message: IncomingMessage, links: list[str], replier: Replier, later: Later | None
    ) -> list[Run]:
        taken, dropped = links[: self.max_links], links[self.max_links :]
        origin = Origin(
            transport=message.transport,
            channel=message.channel,
            thread_ts=message.reply_thread,
            user=message.user,
            team=message.team,
            conversation=message.conversation,
        )
        runs = await self.store.create_runs(taken, origin, dedupe_keys=message.dedupe_keys)
        if runs is None:
            log.info(
                "duplicate delivery ignored",
                extra={"action": "dedupe", "keys": message.dedupe_keys},
            )
            return []
        for run in runs:
            log.info(
                "run %s queued for %s",
                run.id,
                run.url,
                extra={"action": "run_queued", "run_id": run.id},
            )
        # Receiving only records the runs; a worker picks them up.
        self.wake()
        if dropped:
            await _now_or_later(
                replier.reply(
                    Answer(
                        f"That message has {len(links)} links; I started runs for the first "
                        f"{self.max_links} and left {len(dropped)} alone. "
                        "Paste them again to check them."
                    )
                ),
                later,
            )
        return runs

    async def _answer(
        self, message: IncomingMessage, replier: Replier, later: Later | None
    ) -> None:
        # Claimed before the transport hears back: a redelivery finds the key and is ignored.
        if message.dedupe_keys and not await self.store.claim_keys(message.dedupe_keys):
            return
        await _now_or_later(self._reply(message, replier), later)

    async def _reply(self, message: IncomingMessage, replier: Replier) -> None:
        question = question_parse.parse(_without_mentions(message.text))
        if question.kind == rerun_questions.RERUN:
            assert question.run_id is not None
            await self.rerun(
                question.run_id,
                question.step or "summarise",
                model=question.model,
                message=message,
                replier=replier,
            )
            return
        if question.is_command:
            await self._command(question, message, replier)
            return
        answer = await questions.answer(question, self.sources, viewer=_viewer(message))
        await replier.reply(answer)

    async def _command(
        self, question: question_parse.Question, message: IncomingMessage, replier: Replier
    ) -> None:
        assert question.run_id is not None
        if not await self.approvers.allows(message.user, message.transport):
            await replier.private(self.approvers.refusal())
            return
        # An approver of one workspace decides nothing in another's conversations.
        run = await self.store.get_run(question.run_id)
        if (
            run is not None
            and await self.visibility.may_see(_viewer(message), run) is Seen.NOT_A_MEMBER
        ):
            await replier.private(refusal(question.run_id) + " Nothing changed.")
            return
        who = message.user or "local"
        if question.kind is QuestionKind.CANCEL:
            outcome = await self.cancel(question.run_id, by=who)
        else:
            outcome = await self.gatekeeper.decide_run(
                question.run_id,
                approve=question.kind is QuestionKind.APPROVE,
                by=who,
                note=question.note,
            )
        if outcome.ok:
            await replier.reply(Answer(outcome.message))
        else:
            await replier.private(outcome.message)

    async def start(self, urls: Sequence[str], origin: Origin) -> list[Run]:
        """Queue one run per link handed in whole (`copydesk run`: every link it names, and
        no redelivery to dedupe), and wake a worker."""
        runs = await self.store.create_runs(urls, origin)
        assert runs is not None  # without dedupe keys there is nothing to be a duplicate of
        self.wake()
        return runs

    async def decide(
        self, run_id: int, *, approve: bool, by: str, note: str | None = None
    ) -> Outcome:
        """Approve or reject run N's waiting gate as `by`: the command line's local user,
        whom no approver list names (whoever runs copydesk here already holds its database)."""
        return await self.gatekeeper.decide_run(run_id, approve=approve, by=by, note=note)

    async def cancel(self, run_id: int, *, by: str) -> Outcome:
        outcome = await self.gatekeeper.cancel(run_id, by=by)
        if outcome.ok:
            # The run's own thread hears it too, wherever the cancel was typed: told by a
            # worker, as every run's end is (`Worker` claims the delivery).
            self.wake()
        return outcome

    async def click(
        self, gate_id: int, *, approve: bool, user: str, transport: str, replier: Replier
    ) -> Outcome | None:
        """An Approve / Reject button. None when the clicker may not decide."""
        if not await self.approvers.allows(user, transport):
            await replier.private(self.approvers.refusal())
            return None
        outcome = await self.gatekeeper.decide_gate(gate_id, approve=approve, by=user)
        if not outcome.ok:
            await replier.private(outcome.message)
        return outcome

    async def correct(
        self, gate_id: int, corrections: Sequence[Correction], *, user: str, transport: str
    ) -> Outcome | None:
        """Approve with a correction (Slack's modal). None when `user` may not decide."""
        if not await self.approvers.allows(user, transport):
            return None
        return await self.gatekeeper.approve_with_corrections(gate_id, corrections, by=user)

    async def rerun(
        self,
        run_id: int,
        step: str,
        *,
        model: str | None = None,
        message: IncomingMessage,
        replier: Replier,
    ) -> RerunOutcome | None:
        """ "rerun 42 from fact_check", or the "Re-run from …" menu: approvers may, and so
        may whoever asked for run 42; anyone else is told privately and nothing changes."""
        if self.rerunner is None:
            await replier.private("Re-runs are not available here.")
            return None
        parent = await self.store.get_run(run_id)
        if parent is None:
            await replier.private(f"There is no run #{run_id} to re-run.")
            return None
        # A re-run tells its result where it is asked: only where the parent may be seen.
        seen = await self.visibility.may_see(_viewer(message), parent)
        if seen is not Seen.YES:
            sentence = refusal(run_id) if seen is Seen.NOT_A_MEMBER else not_here(run_id)
            await replier.private(sentence + " Nothing changed.")
            return None
        asked = message.user is not None and parent.origin.user == message.user
        if not asked and not await self.approvers.allows(message.user, message.transport):
            await replier.private(
                f"Only approvers or the person who asked for run #{run_id} may re-run it. "
                "Nothing changed."
            )
            return None
        origin = Origin(
            transport=message.transport,
            channel=message.channel,
            thread_ts=message.reply_thread,
            user=message.user,
            team=message.team,
        )
        request = RerunRequest(run_id, step, model=model)
        outcome = await self.rerunner.rerun_of(parent, request, origin)
        if outcome.ok:
            await replier.reply(Answer(outcome.message))
        else:
            await replier.private(outcome.message)
        return outcome


def _viewer(message: IncomingMessage) -> Viewer:
    return Viewer(
        message.transport,
        message.user,
        message.team,
        message.channel,
        message.conversation,
        message.thread_ts,
    )


# Hands work to the transport to run after it has acknowledged the message.
Later = Callable[[Coroutine[Any, Any, None]], None]


async def _now_or_later(work: Coroutine[Any, Any, None], later: Later | None) -> None:
    if later is None:
        await work
    else:
        later(work)


def _without_mentions(text: str) -> str:
    # "runs by @someone" keeps its someone; the mention that addresses the bot goes.
    text = re.sub(r"\bby\s+<@([A-Z0-9]+)(?:\|[^>]*)?>", r"by @\1", text)
    return re.sub(r"<@[A-Z0-9]+(?:\|[^>]*)?>", " ", text).strip()
