"""The fact-check gate's reason, as an approver reads it (orchestrator/gates.py)."""

from __future__ import annotations

from orchestrator.citation import Citation
from orchestrator.domain import GateDecision, Verdict
from orchestrator.gates import UnverifiedCitations, judge_fact_check
from orchestrator.sourcecheck import FigureCheck, Outcome
from orchestrator.usage import Usage

GONE = "The site says that page does not exist (404 File not found). Check the link."


def _citation(claim: int, url: str, checks: list[tuple[str, str, str]]) -> Citation:
    return Citation(
        claim=claim,
        sentence="",
        source_url=url,
        figures=tuple(figure for figure, _, _ in checks),
        verdict=Verdict.UNVERIFIABLE,
        found="",
        checked_by="citation_finder r1",
        outcome=Outcome(checks[0][1]),
        figure_checks=tuple(
            FigureCheck(figure, Outcome(outcome), found) for figure, outcome, found in checks
        ),
    )


def test_one_unreadable_source_is_one_line_naming_every_claim_and_figure_it_left_unchecked() -> (
    None
):
    url = "https://stats.example/release"
    citations = [
        _citation(0, url, [("2", "unreadable", GONE), ("1", "unreadable", GONE)]),
        _citation(2, url, [("2", "unreadable", GONE)]),
        _citation(3, "https://other.example/a", [("4.7%", "confirmed", "Rate: 4.7%")]),
    ]
    outcome = judge_fact_check(citations, Usage(), token_budget=0)
    assert outcome.decision is GateDecision.ESCALATE
    assert outcome.reason == (
        f"claims 1 and 3 cite {url}: “2”, “1” could not be checked: {GONE}; "
        "1 cited figure confirmed at their sources (4.7% at https://other.example/a)"
    )


def test_a_single_unreadable_figure_reads_as_before_and_note_still_marks_it() -> None:
    url = "https://stats.example/gone"
    citations = [_citation(0, url, [("£18.6m", "unreadable", GONE)])]
    outcome = judge_fact_check(
        citations, Usage(), token_budget=0, unverified=UnverifiedCitations.NOTE
    )
    assert outcome.decision is GateDecision.CONTINUE
    assert f"? claim 1 cites {url}: “£18.6m” could not be checked: {GONE}" in outcome.reason
