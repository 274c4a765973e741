"""Gates: code, not a model, decides whether a run goes on.

Each gate reads a phase's stored outputs and the article text and returns an outcome. They
only compare text with text (figures, quotes) and count tokens: nothing written inside an
article is ever read as an instruction, so an article cannot talk its way past a gate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.domain import JSON, GateDecision, Usage, Verdict
from orchestrator.ports import DraftClaim
from orchestrator.verify import check_claim_against_article

SUMMARY = "summary"
FACT_CHECK = "fact_check"


@dataclass(frozen=True)
class GateOutcome:
    decision: GateDecision
    reason: str
    evidence: JSON


def judge_summary(
    claims: Sequence[DraftClaim], article_text: str, *, attempt: int, max_attempts: int
) -> GateOutcome:
    """Every claim's quote must stand in the article and every figure in it must too."""
    if not claims:
        return _retry_or_escalate(
            "the summary has no claims", {"disputed": []}, attempt, max_attempts
        )
    disputed: list[JSON] = []
    for index, claim in enumerate(claims):
        check = check_claim_against_article(claim.text, claim.quote, article_text)
        if check.verdict is Verdict.UNSUPPORTED:
            disputed.append(
                {
                    "claim": index + 1,
                    "text": claim.text,
                    "quote": claim.quote,
                    "evidence": check.evidence,
                    "missing": list(check.missing),
                }
            )
    if not disputed:
        return GateOutcome(
            GateDecision.CONTINUE,
            f"all {len(claims)} claims are found in the article",
            {"disputed": []},
        )
    reason = "; ".join(f"claim {d['claim']}: {d['evidence']}" for d in disputed)
    return _retry_or_escalate(reason, {"disputed": disputed}, attempt, max_attempts)


def judge_fact_check(citations: Sequence[JSON], usage: Usage, *, token_budget: int) -> GateOutcome:
    """Escalate on a cited figure its source does not contain, or on a spent token budget."""
    reasons: list[str] = []
    unsupported = [c for c in citations if c.get("verdict") == Verdict.UNSUPPORTED.value]
    for citation in unsupported:
        who = (
            f"claim {citation['claim'] + 1}"
            if citation.get("claim") is not None
            else f"the article (“{_short(citation.get('sentence', ''))}”)"
        )
        reasons.append(
            f"{who} cites {citation['source_url']}, "
            f"which does not contain {', '.join(citation.get('missing') or citation['figures'])}"
        )
    spent = usage.budget_tokens
    if token_budget and spent > token_budget:
        reasons.append(
            f"the run spent {spent:,} tokens (cache reads counted at a tenth), "
            f"over its budget of {token_budget:,}"
        )
    evidence: JSON = {"unsupported_citations": unsupported, "tokens": spent}
    if reasons:
        return GateOutcome(GateDecision.ESCALATE, "; ".join(reasons), evidence)
    checked = sum(1 for c in citations if c.get("verdict") == Verdict.SUPPORTED.value)
    reason = (
        f"{checked} cited figure{'s' if checked != 1 else ''} confirmed at their sources"
        if citations
        else "no cited figures to follow"
    )
    return GateOutcome(GateDecision.CONTINUE, reason, evidence)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _retry_or_escalate(reason: str, evidence: JSON, attempt: int, max_attempts: int) -> GateOutcome:
    if attempt < max_attempts:
        return GateOutcome(GateDecision.RETRY, reason, evidence)
    return GateOutcome(GateDecision.ESCALATE, reason, evidence)
