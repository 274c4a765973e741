"""Answers to questions about runs, as neutral `Answer`s (`bot/answer.py`).

The text is the whole answer (the console and `copydesk ask` print it). The parts are the
same answer laid out; `bot/slack/answer_blocks.py` makes them Block Kit and cuts them to
Slack's limits, and a long trace links to its page, where nothing is cut.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot import render
from bot.answer import MAX_PARTS, Answer, Fields, Note, Part, Section, plain_answer
from orchestrator.domain import Claim, Gate, Run, Step, StepStatus, Verdict
from orchestrator.history import RunFilter, RunPage, Totals
from orchestrator.results import RunResult

__all__ = ["Answer", "plain_answer"]

MAX_CLAIMS = 10


def section(text: str) -> Section:
    return Section(text)


def fields(pairs: Sequence[tuple[str, str]]) -> Fields:
    return Fields(tuple(pairs))


def context(text: str) -> Note:
    return Note(text)


def page_link(public_url: str | None, path: str, label: str) -> str | None:
    if not public_url:
        return None
    return f"<{public_url.rstrip('/')}{path}|{label}>"


# -- one run ---------------------------------------------------------------------------------


def step_line(step: Step) -> str:
    mark = {"succeeded": "✓", "failed": "✗", "running": "…", "skipped": "-"}[step.status.value]
    attempt = f" (attempt {step.attempt})" if step.attempt > 1 else ""
    took = render.seconds(step).strip() or "in flight"
    cost = f" · ${step.usage.cost_usd:.4f}" if step.usage.cost_usd else ""
    line = f"{mark} `{step.name}`{attempt} {took} · {step.usage.total_tokens:,} tokens{cost}"
    if step.error:
        line += f" — {render.short(step.error, 200)}"
    return line


def claim_provenance(index: int, claim: Claim) -> str:
    mark = render.VERDICT_MARK[claim.verdict] if claim.verdict else "•"
    lines = [
        f"{mark} *Claim {index}*: {render.short(claim.text, 300)}",
        f"   {render.corrected_words(claim)}"
        if claim.corrected_by
        else f"   introduced by the `{claim.step}` step ({claim.agent}, round {claim.round})",
    ]
    if claim.quote:
        lines.append(f"   quoting the article: “{render.short(claim.quote, 300)}”")
    if claim.verdict is not None:
        evidence = f": {render.short(claim.evidence, 300)}" if claim.evidence else ""
        checker = f" by `{claim.checked_by}`" if claim.checked_by else ""
        lines.append(f"   checked{checker}: {claim.verdict.value}{evidence}")
    if claim.at_source is not None:
        in_article = claim.in_article.value if claim.in_article else "unchecked"
        lines.append(f"   in the article: {in_article} · at its source: {claim.at_source.words}")
    if claim.source_url:
        found = f" — found: {render.short(claim.source_found, 200)}" if claim.source_found else ""
        lines.append(f"   cites <{claim.source_url}>{found}")
    return "\n".join(lines)


def asked_by(run: Run) -> str:
    user = run.origin.user
    if user and render._is_slack_user(user):
        return f"<@{user}> via {run.origin.transport}"
    return f"{user or 'someone'} via {run.origin.transport}"


def duration(run: Run) -> str:
    if run.started_at and run.finished_at:
        return f"{(run.finished_at - run.started_at).total_seconds():.1f} s"
    return "not finished"


def trace_blocks(run: Run, public_url: str | None) -> list[Part]:
    """What happened on run N, laid out: the whole story in at most a dozen parts."""
    status = render.STATUS_WORD[run.status]
    blocks: list[Part] = [
        section(f"*Run #{run.id}* · <{run.url}> · {status}"),
        fields(
            [
                ("Asked", f"{render.when(run.created_at)}\nby {asked_by(run)}"),
                ("Took", duration(run)),
                ("Tokens", f"{run.usage.total_tokens:,}"),
                ("Cost", render.cost(run)),
            ]
        ),
    ]
    if run.error:
        blocks.append(section(f"*Why it stopped* {run.error}"))
    steps = sorted(run.steps, key=lambda s: (s.started_at, s.attempt))
    if steps:
        blocks.append(section("*Steps*\n" + "\n".join(step_line(s) for s in steps)))
    if run.gates:
        blocks.append(section("*Gates*\n" + "\n".join(render.gate_line(g) for g in run.gates)))
    if run.claims:
        shown = run.claims[:MAX_CLAIMS]
        lines = [
            f"{render.VERDICT_MARK[c.verdict] if c.verdict else '•'} {render.short(c.text, 160)} "
            f"_({c.step}, {c.agent}, round {c.round})_"
            for c in shown
        ]
        if len(run.claims) > len(shown):
            lines.append(f"…and {len(run.claims) - len(shown)} more")
        blocks.append(section("*Claims* (where each came from)\n" + "\n".join(lines)))
    result = RunResult.of(run)
    if result is not None and (result.tags or result.title):
        tags = " ".join(f"`{t}`" for t in result.tags)
        blocks.append(section(f"*Result* {result.title or ''}\n{tags}".strip()))
    blocks.append(context(more_about(run.id, public_url)))
    return blocks


def more_about(run_id: int, public_url: str | None) -> str:
    link = page_link(public_url, f"/runs/{run_id}", f"the run #{run_id} page")
    if link:
        return f"The whole trace, with its timeline: {link}"
    return f"The whole trace: `copydesk show {run_id}`, or `copydesk web` and /runs/{run_id}"


def gates_answer(title: str, lines: list[str], run_id: int, public_url: str | None) -> Answer:
    text = "\n".join([title, *lines])
    blocks: list[Part] = [section(title), *(section(line) for line in lines[: MAX_PARTS - 2])]
    blocks.append(context(more_about(run_id, public_url)))
    return Answer(text, blocks)


def claims_answer(run: Run, picked: list[tuple[int, Claim]], public_url: str | None) -> Answer:
    title = f"*Where the claims of run #{run.id} came from*"
    lines = [claim_provenance(i, c) for i, c in picked]
    text = "\n".join([title, *lines])
    blocks: list[Part] = [section(title)]
    blocks.extend(section(line) for line in lines[:MAX_CLAIMS])
    if len(lines) > MAX_CLAIMS:
        blocks.append(context(f"…and {len(lines) - MAX_CLAIMS} more claims"))
    blocks.append(context(more_about(run.id, public_url)))
    return Answer(text, blocks)


# -- many runs -------------------------------------------------------------------------------


def run_line(run: Run) -> str:
    cost = f" · ${run.usage.cost_usd:.4f}" if run.usage.cost_usd else ""
    return (
        f"#{run.id} {render.STATUS_WORD[run.status]} · {render.when(run.created_at)} · "
        f"{run.url}{cost}"
    )


def list_answer(where: RunFilter, page: RunPage, question: str, public_url: str | None) -> Answer:
    title = f"*{where.describe().capitalize()}*"
    if not page.runs:
        empty = render.runs_text([]) if where == RunFilter() else f"No {where.describe()}."
        return Answer(empty, [section(empty)])
    lines = [run_line(r) for r in page.runs]
    more = ""
    if page.next_before is not None:
        more = f"Older: ask `{question} before {page.next_before}`."
    text = "\n".join([title, *lines] + ([more] if more else []))
    blocks: list[Part] = [section(title), section("\n".join(lines))]
    query = _query(where)
    link = page_link(public_url, f"/runs{query}", "on the runs page")
    notes = [n for n in (more, f"Filter and page through them {link}" if link else "") if n]
    if notes:
        blocks.append(context(" ".join(notes)))
    return Answer(text, blocks)


def _query(where: RunFilter) -> str:
    from urllib.parse import urlencode

    params = {
        "status": where.status.value if where.status else None,
        "domain": where.domain,
        "url": where.url,
        "user": where.user,
    }
    encoded = urlencode({k: v for k, v in params.items() if v})
    return f"?{encoded}" if encoded else ""


def totals_answer(label: str, totals: Totals) -> Answer:
    usage = totals.usage
    statuses = ", ".join(f"{n} {status}" for status, n in sorted(totals.by_status.items()))
    title = f"*Tokens and cost {label}*"
    summary = (
        f"{totals.runs:,} runs · {usage.total_tokens:,} tokens "
        f"({usage.input_tokens:,} in, {usage.output_tokens:,} out, "
        f"{usage.cache_read_tokens:,} cache read, {usage.cache_write_tokens:,} cache write) · "
        f"${usage.cost_usd:.4f}"
    )
    period = f"Runs created from {render.when(totals.since)} to {render.when(totals.until)}"
    text = "\n".join([title, summary, *([statuses] if statuses else []), period])
    blocks: list[Part] = [
        section(title),
        fields(
            [
                ("Runs", f"{totals.runs:,}"),
                ("Tokens", f"{usage.total_tokens:,}"),
                ("Cost", f"${usage.cost_usd:.4f}"),
                ("By status", statuses or "none"),
            ]
        ),
        context(period),
    ]
    return Answer(text, blocks)


def verdict_word(verdict: Verdict | None) -> str:
    return verdict.value if verdict else "unchecked"


def person_decisions(run: Run) -> list[Gate]:
    return [g for g in run.gates if g.decided_by and g.decided_by not in ("gate", "timeout")]


def failed_step(run: Run) -> Step | None:
    return next((s for s in run.steps if s.status is StepStatus.FAILED), None)
