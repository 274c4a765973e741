"""Gates: code, not a model, decides whether a run goes on.

Each gate reads a phase's stored outputs and the article text and returns an outcome. They
only compare text with text (figures, quotes) and count tokens: nothing written inside an
article is ever read as an instruction, so an article cannot talk its way past a gate.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.citation import Citation
from orchestrator.domain import JSON, GateDecision, Verdict
from orchestrator.ports import DraftClaim
from orchestrator.sourcecheck import FigureCheck, Outcome
from orchestrator.usage import Usage
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


class UnverifiedCitations(enum.StrEnum):
    """What the fact-check gate does with a cited figure it could not confirm (not found at
    its source, or the source unreadable). A contradiction always escalates."""

    ESCALATE = "escalate"
    NOTE = "note"  # continue, and mark those figures "?" with the reason


def judge_fact_check(
    citations: Sequence[Citation],
    usage: Usage,
    *,
    token_budget: int,
    unverified: UnverifiedCitations = UnverifiedCitations.ESCALATE,
) -> GateOutcome:
    """Escalate on a cited figure its source contradicts; on one that could not be confirmed
    (not found, source unreadable) unless ``unverified`` is NOTE; on a spent token budget.

    The reason always says what was confirmed and what was not: a gate that continues never
    hides a figure it could not check.
    """
    confirmed: list[str] = []
    contradicted: list[str] = []
    unconfirmed: list[str] = []
    problem_citations: list[JSON] = []
    unverified_citations: list[JSON] = []
    # A source that could not be read is one line however many figures cite it: "claims 1,
    # 2 and 4 cite …: “2”, “1” could not be checked: <why>", not the same why six times.
    unreadable: dict[tuple[str, str], list[tuple[str, str]]] = {}
    unreadable_at: dict[tuple[str, str], int] = {}  # its line's place among the others
    for citation in citations:
        who = _who(citation)
        url = citation.source_url
        bad = False
        for check in citation.checks():
            if check.outcome is Outcome.CONFIRMED:
                confirmed.append(f"{check.figure} at {url}")
            elif check.outcome is Outcome.CONTRADICTED:
                contradicted.append(f"{who} cites {url}: {check.sentence()}")
                bad = True
            elif check.outcome is Outcome.UNREADABLE:
                key = (url, check.found)
                if key not in unreadable:
                    unreadable_at[key] = len(unconfirmed)
                    unconfirmed.append("")  # written below, once the group is whole
                unreadable.setdefault(key, []).append((who, check.figure))
            else:
                unconfirmed.append(f"{who} cites {url}: {_unconfirmed(check)}")
                if check.outcome is Outcome.NOT_FOUND:
                    bad = True
        if bad:
            problem_citations.append(citation.to_json())
        elif citation.summed_up is not Outcome.CONFIRMED:
            unverified_citations.append(citation.to_json())
    for (url, why), cited in unreadable.items():
        unconfirmed[unreadable_at[url, why]] = _unreadable_line(url, why, cited)
    reasons = list(contradicted)
    if unverified is UnverifiedCitations.ESCALATE:
        reasons.extend(unconfirmed)
    spent = usage.budget_tokens
    if token_budget and spent > token_budget:
        reasons.append(
            f"the run spent {spent:,} tokens (cache reads counted at a tenth), "
            f"over its budget of {token_budget:,}"
        )
    evidence: JSON = {
        "unsupported_citations": problem_citations,
        "unverified_citations": unverified_citations,
        "confirmed": confirmed,
        "tokens": spent,
        "unverified_policy": unverified.value,
    }
    told = _confirmed_words(confirmed)
    if reasons:
        if told:
            reasons.append(told)
        return GateOutcome(GateDecision.ESCALATE, "; ".join(reasons), evidence)
    if not citations:
        return GateOutcome(GateDecision.CONTINUE, "no cited figures to follow", evidence)
    if unconfirmed:
        noted = "; ".join(f"? {line}" for line in unconfirmed)
        count = len(unconfirmed)
        reason = (
            f"{count} cited figure{'s' if count != 1 else ''} not confirmed, noted as ? "
            f"(COPYDESK_UNVERIFIED_CITATIONS=note): {noted}"
        )
        return GateOutcome(GateDecision.CONTINUE, f"{reason}; {told}" if told else reason, evidence)
    return GateOutcome(GateDecision.CONTINUE, told, evidence)


def _who(citation: Citation) -> str:
    if citation.claim is not None:
        return f"claim {citation.claim + 1}"
    return f"the article (“{_short(citation.sentence)}”)"


def _unreadable_line(url: str, why: str, cited: Sequence[tuple[str, str]]) -> str:
    whos = list(dict.fromkeys(who for who, _ in cited))
    figures = ", ".join(dict.fromkeys(f"“{figure}”" for _, figure in cited))
    if len(whos) == 1:
        return f"{whos[0]} cites {url}: {figures} could not be checked: {why}"
    claims = [w.removeprefix("claim ") for w in whos if w.startswith("claim ")]
    if len(claims) == len(whos):
        named = "claims " + ", ".join(claims[:-1]) + " and " + claims[-1]
    else:
        named = ", ".join(whos[:-1]) + " and " + whos[-1]
    return f"{named} cite {url}: {figures} could not be checked: {why}"


def _unconfirmed(check: FigureCheck) -> str:
    return check.sentence()


def _confirmed_words(confirmed: Sequence[str]) -> str:
    if not confirmed:
        return "0 cited figures confirmed at their sources"
    count = len(confirmed)
    shown = ", ".join(confirmed[:5]) + (f" and {count - 5} more" if count > 5 else "")
    return f"{count} cited figure{'s' if count != 1 else ''} confirmed at their sources ({shown})"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _retry_or_escalate(reason: str, evidence: JSON, attempt: int, max_attempts: int) -> GateOutcome:
    if attempt < max_attempts:
        return GateOutcome(GateDecision.RETRY, reason, evidence)
    return GateOutcome(GateDecision.ESCALATE, reason, evidence)
