"""The fact-check leaf's bounded conversation, and the long-article plan, on real parts."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from articles import ArticleSite
from orchestrator.domain import Article, ArticleLink, RunStatus, StepStatus, Verdict
from orchestrator.errors import ReadError
from orchestrator.mesh import CHECKER, FINDER, MeshLimits, fact_check_mesh
from orchestrator.models.offline import OfflineModel
from orchestrator.planner import LONG_ARTICLE_CHARS, plan_sections
from orchestrator.ports import ClaimCheck, DraftClaim, ModelReply, RunStore
from orchestrator.reading import InlineExtractor
from orchestrator.usage import Usage
from test_pipeline import RecordingReporter, _run


@pytest.fixture
def store(any_store: RunStore) -> RunStore:
    """The run store these tests drive: memory in the fast tier, and SQLite and Postgres
    in the slow one (tests/test_store.py proves the three agree)."""
    return any_store


SENTENCE = "Exports rose 12 per cent to £4.2 billion last year, the ministry said."
ARTICLE = Article(
    url="https://news.example/exports",
    title="Exports rise",
    text=f"{SENTENCE}\n\nOfficials expect a slower year ahead.",
    links=(
        ArticleLink("https://down.example/report", "the ministry", SENTENCE),
        ArticleLink("https://stats.example/exports", "figures", SENTENCE),
        ArticleLink("https://third.example/x", "more", SENTENCE),
    ),
)


@dataclass
class Sources:
    """The Reader port's fake: pages by URL; an absent URL is unreadable."""

    pages: dict[str, str]
    reads: list[str] = field(default_factory=list)

    async def read(self, url: str) -> Article:
        self.reads.append(url)
        if url not in self.pages:
            raise ReadError("copydesk could not reach that site.")
        return Article(url=url, text=self.pages[url])

    async def read_source(self, url: str) -> Article:
        return await self.read(url)


class CostlyChecker(OfflineModel):
    """The offline checker, billed as if it had spent `tokens` (to test the budget)."""

    def __init__(self, tokens: int) -> None:
        self.tokens = tokens

    async def check_claims(self, article, claims):  # type: ignore[no-untyped-def]
        reply = await super().check_claims(article, claims)
        return ModelReply[list[ClaimCheck]](
            reply.value, Usage(input_tokens=self.tokens), "costly", calls=1
        )


CLAIM = DraftClaim(SENTENCE, SENTENCE)


async def test_the_finder_looks_again_when_a_source_cannot_be_read() -> None:
    sources = Sources(
        {"https://stats.example/exports": "Exports grew 12 per cent to £4.2 billion."}
    )
    mesh = await fact_check_mesh(ARTICLE, [CLAIM], [], OfflineModel(), sources, MeshLimits())
    assert sources.reads[0] == "https://down.example/report"
    assert "https://stats.example/exports" in sources.reads
    verdicts = {(c.source_url, c.verdict, round_) for c, round_ in mesh.citations}
    assert ("https://down.example/report", Verdict.UNVERIFIABLE, 1) in verdicts
    assert ("https://stats.example/exports", Verdict.SUPPORTED, 2) in verdicts
    assert mesh.rounds == 2 and mesh.stopped == "settled"
    kinds = [(m.round, m.sender, m.kind) for m in mesh.messages]
    assert kinds == [
        (1, CHECKER, "need_sources"),
        (1, FINDER, "sources"),
        (2, CHECKER, "need_other_sources"),
        (2, FINDER, "sources"),
    ]


async def test_the_conversation_stops_at_its_round_limit() -> None:
    sources = Sources({})  # nothing can be read: the checker would ask forever
    mesh = await fact_check_mesh(
        ARTICLE, [CLAIM], [], OfflineModel(), sources, MeshLimits(max_rounds=2, max_sources=5)
    )
    assert mesh.rounds == 2 and mesh.stopped == "max_rounds"
    assert len(sources.reads) == 2


async def test_the_conversation_stops_at_its_token_budget() -> None:
    sources = Sources({"https://down.example/report": "Exports rose 12 per cent to £4.2 billion."})
    mesh = await fact_check_mesh(
        ARTICLE, [CLAIM], [], CostlyChecker(90_000), sources, MeshLimits(token_budget=50_000)
    )
    assert mesh.stopped == "token_budget"
    assert sources.reads == []
    assert mesh.messages[0].tokens == 90_000


async def test_a_long_article_is_summarised_in_sections_then_synthesised(
    store: RunStore, site: ArticleSite
) -> None:
    from orchestrator.pipeline import Pipeline, PipelineConfig
    from orchestrator.reading import FetchPolicy, SafeReader

    reader = SafeReader(FetchPolicy.from_allow_list(site.allow), extractor=InlineExtractor())
    try:
        pipeline = Pipeline(store, OfflineModel(), reader, PipelineConfig())
        run = await pipeline.execute(
            await _run(store, site.url("/news/flood-report")), RecordingReporter()
        )
    finally:
        await reader.aclose()
    assert run.status is RunStatus.SUCCEEDED, run.error
    stored = await store.get_run(run.id)
    assert stored is not None
    fetched = stored.step("fetch")
    assert fetched is not None and fetched.output is not None
    article = Article.from_json(fetched.output["article"])
    assert len(article.text) > LONG_ARTICLE_CHARS
    sections = plan_sections(article)
    names = {s.name for s in stored.steps if s.status is StepStatus.SUCCEEDED}
    assert {f"summarise_s{i}" for i in range(1, len(sections) + 1)} <= names
    assert "synthesise" in names and "summarise" not in names
    # Each claim names the section step that introduced it, and stands in the article.
    assert stored.claims
    for claim in stored.claims:
        assert claim.step.startswith("summarise_s") and claim.agent == "section_summariser"
        assert claim.quote and " ".join(claim.quote.split()) in " ".join(article.text.split())


def test_sections_split_at_paragraphs_and_cover_the_whole_text() -> None:
    paragraphs = [f"Paragraph {i} " + "word " * 300 for i in range(20)]
    article = Article(url="https://x.example/", text="\n\n".join(paragraphs))
    sections = plan_sections(article)
    assert 2 <= len(sections) <= 4
    assert "\n\n".join(s.text for s in sections) == article.text
    short = Article(url="https://x.example/", text="One paragraph only.")
    assert plan_sections(short) == [short]
