"""The fact-check step: the summary's claims and the article's other cited sentences with
figures, checked by the mesh, shaped into the step's committed output."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.citation import Citation
from orchestrator.citations import CitationCheck
from orchestrator.domain import Article
from orchestrator.figures import figures_in
from orchestrator.mesh import FINDER as CITATION_FINDER
from orchestrator.mesh import MeshLimits, fact_check_mesh
from orchestrator.ports import DraftClaim, Model, Reader
from orchestrator.spelled import cited_in_words
from orchestrator.telemetry import Telemetry
from orchestrator.trace import StepResult


async def fact_check(
    article: Article,
    claims: Sequence[DraftClaim],
    model: Model,
    reader: Reader,
    limits: MeshLimits,
    telemetry: Telemetry,
) -> StepResult:
    # A copy desk checks the article's citations, not only the ones the summary kept:
    # every linked sentence with a figure is checked too, after the summary's claims.
    cited = _cited_sentences(article, claims)
    everything = [*claims, *cited]
    mesh = await fact_check_mesh(
        article,
        claims,
        cited,
        model,
        reader,
        limits,
        telemetry=telemetry,
    )
    return StepResult(
        {
            "model_calls": mesh.model_calls,
            "model_seconds": round(mesh.model_seconds, 3),
            "checks": [
                {"claim": c.index, "verdict": c.verdict.value, "evidence": c.evidence}
                for c in mesh.checks
            ],
            "citations": [
                Citation(
                    # None: a sentence of the article the summary did not keep.
                    claim=c.claim_index if c.claim_index < len(claims) else None,
                    sentence=everything[c.claim_index].text,
                    source_url=c.source_url,
                    figures=c.figures,
                    verdict=c.verdict,
                    outcome=c.outcome,
                    found=c.found,
                    missing=c.missing,
                    figure_checks=c.figure_checks,
                    checked_by=f"{CITATION_FINDER} r{round_}",
                ).to_json()
                for c, round_ in _distinct(mesh.citations, len(claims))
            ],
            "mesh": {
                "rounds": mesh.rounds,
                "stopped": mesh.stopped,
                "messages": [m.to_json() for m in mesh.messages],
            },
        },
        mesh.usage,
        mesh.model,
    )


def _distinct(
    citations: Sequence[tuple[CitationCheck, int]], claims: int
) -> list[tuple[CitationCheck, int]]:
    """Drop a check of an article sentence that repeats a summary claim's check of the same
    source for the same figures (the claim's paragraph and the claim cite it alike)."""
    by_claims = {
        (c.source_url, frozenset(c.figures)) for c, _ in citations if c.claim_index < claims
    }
    return [
        (c, round_)
        for c, round_ in citations
        if c.claim_index < claims or (c.source_url, frozenset(c.figures)) not in by_claims
    ]


def _cited_sentences(article: Article, claims: Sequence[DraftClaim]) -> list[DraftClaim]:
    """The article's linked sentences that state figures and are not already summary claims."""
    kept = {" ".join(c.quote.split()) for c in claims}
    sentences: dict[str, None] = {}
    for link in article.links:
        context = " ".join(link.context.split())
        if context and context not in kept and (figures_in(context) or cited_in_words(context)):
            sentences.setdefault(context, None)
    return [DraftClaim(text, text) for text in sentences]
