"""A citation as stored: every shape ever written reads back and writes back byte for byte
(orchestrator/citation.py), and rows from before per-figure outcomes still say what they
found."""

from __future__ import annotations

import json

import pytest

from orchestrator.citation import Citation, citations_in, gate_citations, per_claim
from orchestrator.domain import JSON, SourceOutcome, Verdict
from orchestrator.results import RunResult
from orchestrator.sourcecheck import FigureCheck

URL = "https://council.example/report"
SENTENCE = "Dredging the harbour now costs £14 million and takes 9 weeks."

# As the fact-check step first stored a citation, then with "missing", then as it is now.
FIRST: JSON = {
    "claim": 0,
    "sentence": SENTENCE,
    "source_url": URL,
    "figures": ["£14 million"],
    "verdict": "supported",
    "found": "The cost is £14 million.",
    "checked_by": "fact_check",
}
WITH_MISSING: JSON = {
    "claim": None,
    "sentence": SENTENCE,
    "source_url": URL,
    "figures": ["£14 million", "9 weeks"],
    "verdict": "unsupported",
    "found": "The source does not give 9 weeks.",
    "missing": ["9 weeks"],
    "checked_by": "citation_finder r1",
}
NOW: JSON = {
    "claim": 2,
    "sentence": SENTENCE,
    "source_url": URL,
    "figures": ["£14 million", "9 weeks"],
    "verdict": "unsupported",
    "outcome": "contradicted",
    "found": "Dredging takes 12 weeks.",
    "missing": ["9 weeks"],
    "figure_checks": [
        {
            "figure": "£14 million",
            "outcome": "confirmed",
            "found": "The cost is £14 million.",
            "source_figure": None,
            "rounded": False,
        },
        {
            "figure": "9 weeks",
            "outcome": "contradicted",
            "found": "Dredging takes 12 weeks.",
            "source_figure": "12 weeks",
            "rounded": False,
        },
    ],
    "checked_by": "citation_finder r2",
}


@pytest.mark.parametrize("stored", [FIRST, WITH_MISSING, NOW], ids=["first", "missing", "now"])
def test_every_stored_shape_writes_back_byte_for_byte(stored: JSON) -> None:
    written = Citation.from_json(stored).to_json()
    assert json.dumps(written, ensure_ascii=False) == json.dumps(stored, ensure_ascii=False)


def test_a_result_and_a_gate_s_evidence_keep_their_citations_as_stored() -> None:
    result = RunResult(URL, citations=citations_in({"citations": [FIRST, NOW]}))
    assert json.dumps(result.to_json()["citations"]) == json.dumps([FIRST, NOW])
    evidence = {"unsupported_citations": [NOW], "unverified_citations": [WITH_MISSING]}
    assert [c.to_json() for c in gate_citations(evidence)] == [NOW, WITH_MISSING]


def test_a_citation_stored_before_outcomes_reads_its_verdict_per_figure() -> None:
    first = Citation.from_json(FIRST)
    assert first.summed_up is SourceOutcome.CONFIRMED
    assert [(c.figure, c.outcome) for c in first.checks()] == [
        ("£14 million", SourceOutcome.CONFIRMED)
    ]
    # Only the figures it named as missing were not found; the others were confirmed.
    missing = Citation.from_json(WITH_MISSING)
    assert [(c.figure, c.outcome) for c in missing.checks()] == [
        ("£14 million", SourceOutcome.CONFIRMED),
        ("9 weeks", SourceOutcome.NOT_FOUND),
    ]
    assert missing.at_source is SourceOutcome.NOT_FOUND
    unverifiable = Citation.from_json({**FIRST, "verdict": "unverifiable", "figures": []})
    assert [(c.figure, c.outcome) for c in unverifiable.checks()] == [
        ("its words", SourceOutcome.UNREADABLE)
    ]


def test_a_citation_with_outcomes_reads_them_as_stored() -> None:
    now = Citation.from_json(NOW)
    assert now.verdict is Verdict.UNSUPPORTED
    assert now.checks()[1] == FigureCheck(
        "9 weeks", SourceOutcome.CONTRADICTED, "Dredging takes 12 weeks.", "12 weeks"
    )
    assert now.at_source is SourceOutcome.CONTRADICTED


def test_each_claim_keeps_its_last_citation_and_article_sentences_have_none() -> None:
    second = {**FIRST, "source_url": "https://other.example/"}
    cited = per_claim(citations_in({"citations": [FIRST, second, WITH_MISSING]}))
    assert list(cited) == [0]
    assert cited[0].source_url == "https://other.example/"
