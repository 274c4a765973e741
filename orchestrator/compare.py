"""What changed between two runs: claims, verdicts and evidence, gates, tags, tokens, timings.

Neutral types only; the bot renders them as text (CLI, console), Block Kit (Slack) and a
side-by-side page. Usually the second run is a re-run of the first, but any two runs compare.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from orchestrator.citation import citations_in, per_claim
from orchestrator.domain import JSON, Claim, Gate, GateDecision, Run, Step, StepStatus, Verdict
from orchestrator.replay import phase_of
from orchestrator.usage import Usage

# Two claims this alike (or quoting the same words of the article) are one claim reworded.
REWORDED_AT = 0.6


class Change(enum.StrEnum):
    SAME = "same"
    REWORDED = "reworded"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class ClaimChange:
    change: Change
    before: Claim | None
    after: Claim | None
    before_index: int | None = None  # 1-based, as the runs number their claims
    after_index: int | None = None

    @property
    def verdict_changed(self) -> bool:
        if self.before is None or self.after is None:
            return False
        return self.before.verdict != self.after.verdict

    @property
    def evidence_changed(self) -> bool:
        if self.before is None or self.after is None:
            return False
        return (self.before.evidence or "") != (self.after.evidence or "") or (
            self.before.source_found or ""
        ) != (self.after.source_found or "")

    @property
    def is_change(self) -> bool:
        return self.change is not Change.SAME or self.verdict_changed or self.evidence_changed


@dataclass(frozen=True)
class GateChange:
    name: str
    attempt: int
    before: Gate | None
    after: Gate | None

    @property
    def changed(self) -> bool:
        if self.before is None or self.after is None:
            return True
        return self.before.effective != self.after.effective or self.before.reason != (
            self.after.reason
        )


@dataclass(frozen=True)
class StepTiming:
    name: str
    attempt: int
    before: Step | None
    after: Step | None

    @property
    def copied_from(self) -> int | None:
        return self.after.copied_from if self.after is not None else None

    @property
    def before_seconds(self) -> float | None:
        return self.before.seconds if self.before is not None else None

    @property
    def after_seconds(self) -> float | None:
        return self.after.seconds if self.after is not None else None


@dataclass(frozen=True)
class RunDiff:
    before: Run
    after: Run
    claims: list[ClaimChange]
    gates: list[GateChange]
    steps: list[StepTiming]
    tags_added: list[str] = field(default_factory=list)
    tags_removed: list[str] = field(default_factory=list)

    @property
    def usage_before(self) -> Usage:
        return self.before.usage

    @property
    def usage_after(self) -> Usage:
        return self.after.usage

    @property
    def relation(self) -> str:
        """How the two runs are related, in words."""
        for child, parent in ((self.after, self.before), (self.before, self.after)):
            lineage = child.lineage
            if lineage is not None and lineage.parent_id == parent.id:
                how = f" with {lineage.model}" if lineage.model else ""
                refetch = ", the article read again" if lineage.refetch else ""
                return (
                    f"run #{child.id} re-ran run #{parent.id} from {lineage.from_step}"
                    f"{how}{refetch}"
                )
        if self.before.url == self.after.url:
            return "two runs of the same link"
        return "two runs of different links"

    def count(self, change: Change) -> int:
        return sum(1 for c in self.claims if c.change is change)

    @property
    def verdict_changes(self) -> list[ClaimChange]:
        return [c for c in self.claims if c.verdict_changed]

    @property
    def evidence_changes(self) -> list[ClaimChange]:
        return [c for c in self.claims if c.evidence_changed and not c.verdict_changed]

    @property
    def gate_changes(self) -> list[GateChange]:
        return [g for g in self.gates if g.changed]

    @property
    def unchanged(self) -> bool:
        return not (
            any(c.is_change for c in self.claims)
            or self.gate_changes
            or self.tags_added
            or self.tags_removed
            or self.before.status != self.after.status
        )

    def to_json(self) -> JSON:
        return {
            "before": _run_json(self.before),
            "after": _run_json(self.after),
            "relation": self.relation,
            "claims": [
                {
                    "change": c.change.value,
                    "before_index": c.before_index,
                    "after_index": c.after_index,
                    "before": c.before.to_json() if c.before else None,
                    "after": c.after.to_json() if c.after else None,
                    "verdict_changed": c.verdict_changed,
                    "evidence_changed": c.evidence_changed,
                }
                for c in self.claims
            ],
            "gates": [
                {
                    "name": g.name,
                    "attempt": g.attempt,
                    "changed": g.changed,
                    "before": _gate_json(g.before),
                    "after": _gate_json(g.after),
                }
                for g in self.gates
            ],
            "tags": {"added": self.tags_added, "removed": self.tags_removed},
            "steps": [
                {
                    "name": s.name,
                    "attempt": s.attempt,
                    "before_seconds": s.before_seconds,
                    "after_seconds": s.after_seconds,
                    "before_tokens": s.before.usage.total_tokens if s.before else None,
                    "after_tokens": s.after.usage.total_tokens if s.after else None,
                    "copied_from": s.copied_from,
                }
                for s in self.steps
            ],
            "usage": {
                "before": _usage_json(self.usage_before),
                "after": _usage_json(self.usage_after),
            },
            "unchanged": self.unchanged,
        }


def compare(before: Run, after: Run) -> RunDiff:
    return RunDiff(
        before=before,
        after=after,
        claims=match_claims(claims_of(before), claims_of(after)),
        gates=_gates(before, after),
        steps=_steps(before, after),
        tags_added=[t for t in tags_of(after) if t not in tags_of(before)],
        tags_removed=[t for t in tags_of(before) if t not in tags_of(after)],
    )


def claims_of(run: Run) -> list[Claim]:
    """The run's claims; for a run that stopped before merging, its last summary's."""
    if run.claims:
        return list(run.claims)
    summaries = [
        s
        for s in run.steps
        if s.status is StepStatus.SUCCEEDED and phase_of(s.name) == "summarise" and s.output
    ]
    synthesis = [s for s in summaries if s.name == "synthesise"]
    plain = [s for s in summaries if s.name == "summarise"]
    picked = max(synthesis or plain, key=lambda s: s.attempt, default=None)
    if picked is None or picked.output is None:
        return []
    claims = [
        Claim(text=c["text"], quote=c.get("quote"), step=f"{picked.name}#{picked.attempt}")
        for c in picked.output.get("claims", [])
    ]
    # A run stopped at the fact-check gate has verdicts, just not merged into its claims.
    checked = [s for s in run.steps if s.name == "fact_check" and s.status is StepStatus.SUCCEEDED]
    latest = max(checked, key=lambda s: s.attempt, default=None)
    if latest is None or latest.output is None:
        return claims
    checks = {c["claim"]: c for c in latest.output.get("checks", [])}
    cited = per_claim(citations_in(latest.output))
    for index, claim in enumerate(claims):
        check, citation = checks.get(index, {}), cited.get(index)
        verdict = check.get("verdict")
        if citation is not None and citation.verdict is Verdict.UNSUPPORTED:
            verdict = Verdict.UNSUPPORTED.value
        claim.verdict = Verdict(verdict) if verdict else None
        claim.evidence = check.get("evidence")
        claim.source_url = citation.source_url if citation else None
        claim.source_found = citation.found if citation else None
    return claims


def tags_of(run: Run) -> list[str]:
    if run.result and isinstance(run.result.get("tags"), list):
        return [str(t) for t in run.result["tags"]]
    steps = [s for s in run.steps if s.name == "tag" and s.status is StepStatus.SUCCEEDED]
    latest = max(steps, key=lambda s: s.attempt, default=None)
    if latest is None or latest.output is None:
        return []
    return [str(t) for t in latest.output.get("tags", [])]


def match_claims(before: list[Claim], after: list[Claim]) -> list[ClaimChange]:
    """Pair the claims: the same words first, then the most alike (or the same quote) as
    reworded; what is left was added or removed."""
    pairs: dict[int, tuple[int, Change]] = {}  # after index → (before index, change)
    free = set(range(len(before)))
    by_text: dict[str, list[int]] = {}
    for i, claim in enumerate(before):
        by_text.setdefault(_norm(claim.text), []).append(i)
    for j, claim in enumerate(after):
        same = [i for i in by_text.get(_norm(claim.text), []) if i in free]
        if same:
            pairs[j] = (same[0], Change.SAME)
            free.discard(same[0])
    scored = sorted(
        (
            (_likeness(before[i], after[j]), i, j)
            for j in range(len(after))
            if j not in pairs
            for i in free
        ),
        reverse=True,
    )
    for score, i, j in scored:
        if score < REWORDED_AT:
            break
        if i in free and j not in pairs:
            pairs[j] = (i, Change.REWORDED)
            free.discard(i)
    changes: list[ClaimChange] = []
    for j, claim in enumerate(after):
        if j in pairs:
            i, change = pairs[j]
            changes.append(ClaimChange(change, before[i], claim, i + 1, j + 1))
        else:
            changes.append(ClaimChange(Change.ADDED, None, claim, None, j + 1))
    changes.extend(ClaimChange(Change.REMOVED, before[i], None, i + 1, None) for i in sorted(free))
    return changes


def _likeness(a: Claim, b: Claim) -> float:
    if a.quote and b.quote and _norm(a.quote) == _norm(b.quote):
        return 1.0
    # A claim is a sentence or two; its first 400 characters say which claim it is, and
    # bound the quadratic matcher on pathological input. The quick bounds skip most pairs.
    matcher = SequenceMatcher(None, _norm(a.text)[:400], _norm(b.text)[:400], autojunk=False)
    if matcher.real_quick_ratio() < REWORDED_AT or matcher.quick_ratio() < REWORDED_AT:
        return 0.0
    return matcher.ratio()


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _gates(before: Run, after: Run) -> list[GateChange]:
    keys = list(dict.fromkeys((g.name, g.attempt) for g in (*before.gates, *after.gates)))
    return [
        GateChange(
            name, attempt, _last_gate(before, name, attempt), _last_gate(after, name, attempt)
        )
        for name, attempt in keys
    ]


def _last_gate(run: Run, name: str, attempt: int) -> Gate | None:
    found = [g for g in run.gates if g.name == name and g.attempt == attempt]
    return found[-1] if found else None


def _steps(before: Run, after: Run) -> list[StepTiming]:
    ordered = sorted((*before.steps, *after.steps), key=lambda s: s.started_at)
    keys = list(dict.fromkeys((s.name, s.attempt) for s in ordered))
    by_before = {(s.name, s.attempt): s for s in before.steps}
    by_after = {(s.name, s.attempt): s for s in after.steps}
    return [
        StepTiming(name, attempt, by_before.get((name, attempt)), by_after.get((name, attempt)))
        for name, attempt in keys
    ]


def gate_word(gate: Gate | None) -> str:
    if gate is None:
        return "not reached"
    if gate.decision is GateDecision.TIMED_OUT:
        return f"timed out ({gate.effective.value})"
    return gate.decision.value


def _run_json(run: Run) -> JSON:
    return {
        "id": run.id,
        "url": run.url,
        "status": run.status.value,
        "parent": run.lineage.parent_id if run.lineage else None,
        "from_step": run.lineage.from_step if run.lineage else None,
        "model": _models(run),
    }


def _models(run: Run) -> list[str]:
    return list(dict.fromkeys(s.model for s in run.steps if s.model))


def _gate_json(gate: Gate | None) -> JSON | None:
    if gate is None:
        return None
    return {
        "decision": gate.decision.value,
        "effective": gate.effective.value,
        "decided_by": gate.decided_by,
        "reason": gate.reason,
    }


def _usage_json(usage: Usage) -> JSON:
    return usage.to_json(total=True)
