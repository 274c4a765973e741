"""Approve with a correction: an approver edits or drops disputed claims as they approve.

The correction is the approver's: the result's claim says it was introduced by them at the
gate, with the text it replaced, and the original stays where it was (the summary step's
output, the gate's evidence, the submission itself). Only submissions whose approval counted
are applied — a correction that lost a race to another decision changes nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from orchestrator.approvals import Correction, Submission
from orchestrator.citation import Citation, gate_citations
from orchestrator.domain import Gate

# Longer than any claim a summariser writes; Slack's plain_text_input allows 3,000.
CLAIM_LIMIT = 1000
NOTE_LIMIT = 500
# The gate whose disputed claims can be corrected: the last before the result is merged.
CORRECTABLE_GATES = ("fact_check",)


class Recorded(enum.Enum):
    """What became of a submission."""

    RECORDED = "recorded"
    STALE = "stale"  # the gate was no longer waiting
    DUPLICATE = "duplicate"  # this approver had already submitted (or voted) at this gate


class Corrections(Protocol):
    """Where submissions are kept (storage/corrections.py)."""

    async def submit(
        self, gate_id: int, by: str, corrections: Sequence[Correction], *, vote: bool
    ) -> Recorded:
        """Record `by`'s corrections while the gate waits, in one transaction; with `vote`,
        their approval vote too (a quorum), so the two cannot be parted."""
        ...

    async def withdraw(self, gate_id: int, by: str) -> None:
        """Forget a submission whose approval was not the decision (someone was first)."""
        ...

    async def counted(self, gate_id: int) -> list[Submission]:
        """The submissions of approvers whose approval decided the gate, oldest first."""
        ...


@dataclass(frozen=True)
class Disputed:
    """A claim of the summary as the correction form shows it, with what the gate found."""

    claim: int  # 0-based index in the summary
    text: str
    evidence: str  # what the gate found against it; "" when it disputes nothing of it


def _finding(citation: Citation) -> str:
    detail = "; ".join(check.sentence() for check in citation.checks())
    outcome = citation.outcome.value if citation.outcome is not None else "unchecked"
    return f"cites {citation.source_url}: {detail or outcome}"


def disputed_claims(gate: Gate) -> list[Disputed]:
    """The claims an approver may correct at `gate`: every claim of the summary it judged
    (kept in its evidence), each with what the gate found against it."""
    if gate.name not in CORRECTABLE_GATES:
        return []
    evidence = gate.evidence or {}
    citations = gate_citations(evidence)
    findings: dict[int, list[str]] = {}
    for citation in citations:
        if citation.claim is not None:
            findings.setdefault(citation.claim, []).append(_finding(citation))
    texts = evidence.get("claims")
    if not isinstance(texts, list):
        # A gate recorded before its claims were kept: only the claims it names.
        named = {c.claim: c.sentence for c in citations if c.claim is not None}
        return [Disputed(i, named[i], "\n".join(findings[i])) for i in sorted(named)]
    return [Disputed(i, str(text), "\n".join(findings.get(i, []))) for i, text in enumerate(texts)]


def article_findings(gate: Gate) -> list[str]:
    """What the gate found in the article's own cited sentences (no claim of the summary):
    shown on the form as context, since an approver may correct a claim it bears on."""
    evidence = gate.evidence or {}
    return [
        f"“{citation.sentence}” {_finding(citation)}"
        for citation in gate_citations(evidence)
        if citation.claim is None
    ]


def by_claim(submissions: Sequence[Submission]) -> dict[int, tuple[Correction, str]]:
    """Each corrected claim's last correction and its author (a later approver's wins)."""
    latest: dict[int, tuple[Correction, str]] = {}
    for submission in submissions:
        for correction in submission.corrections:
            latest[correction.claim] = (correction, submission.by)
    return latest
