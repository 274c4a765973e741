"""A citation as it flows between rooms: one sentence of the article, the source it links for
it, and what that source was found to say (orchestrator/citations.py does the checking).

The fact-check step stores each as JSON in its output's "citations", the fact-check gate
keeps the ones it stopped on in its evidence, and the run's result carries them all. That
JSON is a contract (runs already stored, `copydesk show --json`), and rows from before a key
existed lack it: "missing" came first, then "outcome" and "figure_checks". So an absent key
reads back as None here and is written back absent: `from_json` then `to_json` gives the
same JSON, key for key and in the same order, for every shape ever stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.domain import JSON, SourceOutcome, Verdict
from orchestrator.sourcecheck import FigureCheck, worst

# For a citation stored before per-figure outcomes: its verdict, read as an outcome.
_VERDICT_OUTCOME = {
    Verdict.SUPPORTED: SourceOutcome.CONFIRMED,
    Verdict.UNSUPPORTED: SourceOutcome.NOT_FOUND,
}


@dataclass(frozen=True)
class Citation:
    claim: int | None  # the summary claim's index (0-based); None: a sentence it did not keep
    sentence: str  # the article's words the source is cited for
    source_url: str
    figures: tuple[str, ...]  # as the article writes them
    verdict: Verdict  # supported only when the source confirmed every one
    found: str  # the source's sentence(s) where they stand, or what is missing
    checked_by: str  # the agent and round that found it: "citation_finder r1"
    # None: stored before the key existed.
    outcome: SourceOutcome | None = None  # the worst of `figure_checks`
    missing: tuple[str, ...] | None = None  # the figures and quotes the source did not confirm
    figure_checks: tuple[FigureCheck, ...] | None = None

    def to_json(self) -> JSON:
        data: JSON = {
            "claim": self.claim,
            "sentence": self.sentence,
            "source_url": self.source_url,
            "figures": list(self.figures),
            "verdict": self.verdict.value,
        }
        if self.outcome is not None:
            data["outcome"] = self.outcome.value
        data["found"] = self.found
        if self.missing is not None:
            data["missing"] = list(self.missing)
        if self.figure_checks is not None:
            data["figure_checks"] = [check.to_json() for check in self.figure_checks]
        data["checked_by"] = self.checked_by
        return data

    @classmethod
    def from_json(cls, data: JSON) -> Citation:
        outcome = data.get("outcome")
        missing = data.get("missing")
        checks = data.get("figure_checks")
        return cls(
            claim=data["claim"],
            sentence=data["sentence"],
            source_url=data["source_url"],
            figures=tuple(data["figures"]),
            verdict=Verdict(data["verdict"]),
            found=data["found"],
            checked_by=data["checked_by"],
            outcome=SourceOutcome(outcome) if outcome is not None else None,
            missing=tuple(missing) if missing is not None else None,
            figure_checks=(
                tuple(FigureCheck.from_json(check) for check in checks)
                if checks is not None
                else None
            ),
        )

    @property
    def summed_up(self) -> SourceOutcome:
        """The one outcome stored for the whole citation; for one stored before outcomes,
        its verdict read as one (supported, unsupported, else unreadable)."""
        if self.outcome is not None:
            return self.outcome
        return _VERDICT_OUTCOME.get(self.verdict, SourceOutcome.UNREADABLE)

    def checks(self) -> list[FigureCheck]:
        """The citation's per-figure outcomes; for one stored before them, read back from
        its verdict and the figures it said were missing."""
        if self.figure_checks:
            return list(self.figure_checks)
        outcome = self.summed_up
        missing = set(self.missing or ())
        return [
            FigureCheck(
                figure,
                outcome if (not missing or figure in missing) else SourceOutcome.CONFIRMED,
                self.found or "",
            )
            for figure in self.figures or ("its words",)
        ]

    @property
    def at_source(self) -> SourceOutcome:
        """What the source says about the claim, all its figures together: the worst."""
        return worst([check.outcome for check in self.checks()])


def citations_in(output: JSON) -> tuple[Citation, ...]:
    """The citations a fact-check step's output (or a result) holds; none when it has none."""
    return tuple(Citation.from_json(item) for item in output.get("citations") or ())


def per_claim(citations: Sequence[Citation]) -> dict[int, Citation]:
    """Each summary claim's citation; where several sources are cited for one claim, the
    last, as the merge has always kept it."""
    return {c.claim: c for c in citations if c.claim is not None}


def gate_citations(evidence: JSON) -> tuple[Citation, ...]:
    """The citations a fact-check gate stopped on, as its evidence keeps them: those a
    source contradicted or did not confirm, then those it could not confirm."""
    return tuple(
        Citation.from_json(item)
        for item in [
            *evidence.get("unsupported_citations", []),
            *evidence.get("unverified_citations", []),
        ]
    )
