"""What approvers hand in at a gate besides their decision: a vote where a quorum of them is
needed, and corrections of the summary's claims submitted with an approval. The gatekeeper
(orchestrator/gatekeeper.py) counts them; the merge (orchestrator/merge.py) applies them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from orchestrator.domain import JSON, GateDecision


@dataclass(frozen=True)
class Vote:
    """One approver's vote at a gate that needs several (a quorum)."""

    gate_id: int
    voter: str
    decision: GateDecision  # APPROVED or REJECTED
    at: datetime
    note: str | None = None


@dataclass(frozen=True)
class Correction:
    """An approver's edit of one claim at a gate: new text, or None to drop the claim."""

    claim: int  # the claim's index in the summary (0-based), as the gate's evidence has it
    original: str
    text: str | None

    def to_json(self) -> JSON:
        return {"claim": self.claim, "original": self.original, "text": self.text}

    @classmethod
    def from_json(cls, data: JSON) -> Correction:
        return cls(int(data["claim"]), str(data["original"]), data.get("text"))


@dataclass(frozen=True)
class Submission:
    """One approver's corrections at one gate, submitted together with their approval."""

    gate_id: int
    by: str
    corrections: tuple[Correction, ...]
    at: datetime
