"""The merge step: the run's result, assembled from the committed outputs of its steps.

Each claim carries its provenance (the step and attempt that introduced it, the run it was
copied from), its verdict in the article and at its cited source, and any correction an
approver made at the fact-check gate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from orchestrator import gates
from orchestrator.approvals import Correction
from orchestrator.citation import citations_in, per_claim
from orchestrator.domain import JSON, Article, Claim, SourceOutcome, Verdict
from orchestrator.ports import DraftClaim, RunStore
from orchestrator.results import RunResult
from orchestrator.steps import StepAttempt
from orchestrator.trace import StepResult, Trace


async def merge(
    store: RunStore,
    trace: Trace,
    article: Article,
    claims: Sequence[DraftClaim],
    origins: Sequence[tuple[StepAttempt, int | None]],
    checked: JSON,
    tagged: JSON,
    fixes: Mapping[int, tuple[Correction, str]],
) -> StepResult:
    checks = {c["claim"]: c for c in checked["checks"]}
    citations = citations_in(checked)
    cited = per_claim(citations)
    result_claims: list[Claim] = []
    for index, draft in enumerate(claims):
        check = checks.get(index, {})
        citation = cited.get(index)
        in_article = Verdict(check["verdict"]) if check.get("verdict") else None
        at_source = citation.at_source if citation else None
        verdict = _overall(in_article, at_source)
        introduced, from_run = origins[index]
        step, agent = str(introduced), introduced.agent
        fix, author = fixes.get(index, (None, None))
        if fix is not None and fix.text is None:
            continue  # dropped by an approver; `corrections` below keeps what it said
        text = draft.text
        evidence = check.get("evidence")
        if fix is not None and fix.text is not None:
            # The approver's words now: introduced by them, at the gate. What was checked
            # was the original, so the new text is not said to be checked.
            text, step, agent, from_run = fix.text, f"{gates.FACT_CHECK} gate", "approver", None
            evidence = (
                f"corrected by an approver at the {gates.FACT_CHECK} gate; not checked "
                f"again (the original was {verdict.value if verdict else 'unchecked'})"
            )
            verdict = in_article = at_source = None
        result_claims.append(
            Claim(
                text=text,
                quote=draft.quote,
                step=step,
                agent=agent,
                round=0,
                verdict=verdict,
                evidence=evidence,
                source_url=citation.source_url if citation else None,
                source_found=citation.found if citation else None,
                checked_by=citation.checked_by if citation else "fact_check",
                in_article=in_article,
                at_source=at_source,
                from_run=from_run,
                corrected_by=author if fix is not None else None,
                original=draft.text if fix is not None else None,
            )
        )
    await store.save_claims(trace.run.id, result_claims)
    trace.run.claims = result_claims
    result = RunResult(
        url=article.url,
        title=article.title,
        byline=article.byline,
        date=article.date,
        claims=tuple(result_claims),
        tags=tuple(tagged["tags"]),
        citations=citations,
        corrections=tuple({**fix.to_json(), "by": author} for fix, author in fixes.values()),
        gates=tuple(
            {"name": g.name, "decision": g.decision.value, "reason": g.reason}
            for g in trace.run.gates
        ),
        usage=trace.usage,
    )
    return StepResult({"result": result.to_json()})


def _overall(in_article: Verdict | None, at_source: SourceOutcome | None) -> Verdict | None:
    """Supported only when the article says it and its cited source, if any, confirms it."""
    if at_source is SourceOutcome.CONTRADICTED or in_article is Verdict.UNSUPPORTED:
        return Verdict.UNSUPPORTED
    if at_source in (SourceOutcome.NOT_FOUND, SourceOutcome.UNREADABLE):
        return Verdict.UNVERIFIABLE
    return in_article
