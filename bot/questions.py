"""Answering a `Question` (bot/question_parse.py) from the stored trace, within what the asker
may see.

Every run an answer names or counts passes `Sources.visibility`. A question no phrasing
matched goes to Claude when it is configured, which answers from the same trace through
tools (bot/ask.py); without it, a pointer to `help`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from bot import answers, claim_search, ratings, render, rerun_questions
from bot.answers import Answer
from bot.question_kinds import QuestionKind
from bot.question_parse import Question, period_bounds
from bot.visibility import Seen, Viewer, Visibility
from orchestrator.domain import GateDecision, Run
from orchestrator.history import History, RunFilter
from orchestrator.ports import RunStore
from orchestrator.visibility import Scope, not_here, refusal

HELP = """I read article links and report what I find. Paste a link and I start a run.
You can ask me:
• `what happened on run 42` — its steps, gates, claims, tokens and cost
• `why was run 42 escalated` — the gate's reason and evidence
• `who approved run 42` — who decided its gates, and when
• `where did claim 2 in run 42 come from` — the step, agent and round, and the evidence
• `which step introduced the claim about 335 horsepower` — found by its words, across runs
• `recent runs`, `failed runs`, `waiting runs`, `my runs`, `runs by @someone`
• `runs for https://example.com/story`, `runs on example.com`
• `tokens today`, `cost this week`
• `how were this week's results rated?` — the 👍 and 👎 people gave results
• `approve run 42`, `reject run 42 because …`, `cancel run 42` — approvers only
• `rerun 42 from fact_check` — a new run from that step; approvers or whoever asked for it
• `what changed between run 42 and 57` — claims, verdicts, gates, tokens and timings
• `help` — this message"""

NOT_UNDERSTOOD = (
    "I did not understand that. Paste an article link to start a run, or ask "
    "`what happened on run 42`, `recent runs` or `help`."
)


class Asker(Protocol):
    """Answers a free-form question from the stored trace (Claude, through tools), seeing
    only the runs in `scope`."""

    async def ask(self, question: str, *, scope: Scope) -> str: ...


@dataclass(frozen=True)
class Sources:
    """Where answers come from, and who may see what (every answer asks `visibility`)."""

    store: RunStore
    history: History
    visibility: Visibility
    public_url: str | None = None  # where `copydesk web` / `serve --http` pages are reached
    asker: Asker | None = None
    ratings: ratings.RatingSource | None = None  # 👍 / 👎 on results (storage/feedback.py)


async def answer(question: Question, sources: Sources, *, viewer: Viewer) -> Answer:
    """The answer `viewer` may have: every run it names or counts passes `sources.visibility`
    (lists and totals through its scope, one run through `visible_run`)."""
    if question.kind is QuestionKind.HELP:
        return answers.plain_answer(HELP)
    if question.kind is QuestionKind.LIST:
        where = question.where
        if question.mine:
            where = RunFilter(
                status=where.status,
                url=where.url,
                domain=where.domain,
                user=viewer.user or "local",
                since=where.since,
            )
        scope = await sources.visibility.scope_for(viewer)
        page = await sources.history.list_runs(
            where, limit=10, before_id=question.before_id, scope=scope
        )
        return answers.list_answer(where, page, question.text, sources.public_url)
    if question.kind is QuestionKind.TOTALS:
        label, since, until = period_bounds(question.period or "today", datetime.now(UTC))
        scope = await sources.visibility.scope_for(viewer)
        return answers.totals_answer(label, await sources.history.totals(since, until, scope=scope))
    if question.kind == ratings.KIND and sources.ratings is not None:
        label, since, until = period_bounds(question.period or "week", datetime.now(UTC))
        scope = await sources.visibility.scope_for(viewer)
        counts = await sources.ratings.ratings(since, until, scope=scope)
        return ratings.ratings_answer(label, counts)
    if question.kind in (
        QuestionKind.TRACE,
        QuestionKind.WHY,
        QuestionKind.WHO,
        QuestionKind.CLAIM,
    ):
        assert question.run_id is not None
        found = await visible_run(question.run_id, sources, viewer)
        if isinstance(found, Answer):
            return found
        return _about_run(question, found, sources.public_url)
    if question.kind == rerun_questions.RERUN:
        assert question.run_id is not None
        found = await visible_run(question.run_id, sources, viewer)
        if isinstance(found, Answer):
            return found
        # A command: the Desk carries it out in chat; here (`copydesk ask`) it is pointed at.
        return answers.plain_answer(
            f"To re-run run #{question.run_id}, type `copydesk rerun {question.run_id} "
            f"--from {question.step or 'summarise'}`, or ask in Slack or the console."
        )
    if question.kind == rerun_questions.DIFF:
        assert question.run_id is not None
        # Both sides of a comparison must be the asker's to see: a diff quotes both runs.
        found = await visible_run(question.run_id, sources, viewer)
        if isinstance(found, Answer):
            return found
        other = question.other_id
        if other is None and found.lineage is not None:
            other = found.lineage.parent_id
        if other is not None and await sources.store.get_run(other) is not None:
            seen = await visible_run(other, sources, viewer)
            if isinstance(seen, Answer):
                return seen
        return await rerun_questions.diff_answer_for(
            question.run_id, question.other_id, sources.store, sources.history, sources.public_url
        )
    if question.kind == claim_search.KIND:
        assert question.about is not None
        return await claim_search.answer(
            question.about, sources.history, sources.visibility, viewer
        )
    if sources.asker is not None and question.text:
        scope = await sources.visibility.scope_for(viewer)
        return answers.plain_answer(await sources.asker.ask(question.text, scope=scope))
    return answers.plain_answer(NOT_UNDERSTOOD)


async def visible_run(run_id: int, sources: Sources, viewer: Viewer) -> Run | Answer:
    """Run `run_id` when `viewer` may see it; otherwise the answer saying why not (no such
    run, pruned, or asked for in a conversation they are not in). Every question about one
    run starts here."""
    run = await sources.store.get_run(run_id)
    if run is None:
        return answers.plain_answer(await _no_such_run(run_id, sources, viewer))
    seen = await sources.visibility.may_see(viewer, run)
    if seen is Seen.NOT_A_MEMBER:
        return answers.plain_answer(refusal(run_id))
    if seen is Seen.NOT_HERE:
        return answers.plain_answer(not_here(run_id))
    return run


async def _no_such_run(run_id: int, sources: Sources, viewer: Viewer) -> str:
    history = sources.history
    pruned = await history.pruned(run_id)
    if pruned is not None:
        return (
            f"Run #{run_id} was pruned on {pruned.pruned_at:%Y-%m-%d}: history older than "
            f"{pruned.older_than:%Y-%m-%d} is deleted, so its trace is gone."
        )
    # The latest run this asker may see: the newest overall could be someone else's.
    latest = await history.latest_run_id(scope=await sources.visibility.scope_for(viewer))
    hint = f" The latest is run #{latest}." if latest else " There are no runs yet."
    return f"I have no run #{run_id}.{hint}"


def _about_run(question: Question, run: Run, public_url: str | None) -> Answer:
    if question.kind is QuestionKind.TRACE:
        return Answer(render.trace_text(run), answers.trace_blocks(run, public_url))
    if question.kind is QuestionKind.WHO:
        return _who(run, public_url)
    if question.kind is QuestionKind.CLAIM:
        return _claims(question, run, public_url)
    escalations = [
        g for g in run.gates if g.decision not in (GateDecision.CONTINUE, GateDecision.RETRY)
    ]
    if not escalations:
        return answers.plain_answer(
            f"Run #{run.id} was not escalated: every gate let it continue "
            f"({render.STATUS_WORD[run.status]})."
        )
    lines: list[str] = []
    for gate in escalations:
        lines.append(render.gate_line(gate))
        lines.extend(render.disputes(gate))
    return answers.gates_answer(f"*Why run #{run.id} was escalated*", lines, run.id, public_url)


def _who(run: Run, public_url: str | None) -> Answer:
    decided = answers.person_decisions(run)
    waiting = [g for g in run.gates if g.decision is GateDecision.ESCALATE]
    timed_out = [g for g in run.gates if g.decision is GateDecision.TIMED_OUT]
    lines = [render.gate_line(g) for g in decided + timed_out]
    if waiting:
        lines.extend(
            f"✋ the {g.name} gate is waiting for an approver, since {render.when(g.created_at)}"
            for g in waiting
        )
    if not lines:
        return answers.plain_answer(
            f"Nobody had to approve run #{run.id}: no gate escalated to a person "
            f"({render.STATUS_WORD[run.status]})."
        )
    return answers.gates_answer(f"*Who decided run #{run.id}*", lines, run.id, public_url)


def _claims(question: Question, run: Run, public_url: str | None) -> Answer:
    numbered = list(enumerate(run.claims, 1))
    if not numbered:
        return answers.plain_answer(
            f"Run #{run.id} has no claims ({render.STATUS_WORD[run.status]}): "
            "nothing was summarised."
        )
    picked = numbered
    if question.claim is not None:
        picked = [(i, c) for i, c in numbered if i == question.claim]
        if not picked:
            return answers.plain_answer(
                f"Run #{run.id} has {len(numbered)} claims; there is no claim {question.claim}."
            )
    elif question.about:
        about = question.about.lower()
        picked = [(i, c) for i, c in numbered if about in c.text.lower()] or numbered
    return answers.claims_answer(run, picked, public_url)
