import asyncio

import pytest

from orchestrator.citations import CitationCheck, follow_citations
from orchestrator.domain import Article, ArticleLink, Verdict
from orchestrator.errors import ReadError
from orchestrator.ports import DraftClaim
from orchestrator.sourcecheck import FigureCheck, Outcome


class FakeReader:
    """The Reader port in memory: pages by URL, or the ReadError that URL raises."""

    def __init__(self, pages: dict[str, Article | ReadError]) -> None:
        self.pages = pages
        self.reads: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0

    async def read(self, url: str) -> Article:
        self.reads.append(url)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            # Yield a few times, as a real fetch would, so overlapping reads can be seen.
            for _ in range(3):
                await asyncio.sleep(0)
            page = self.pages.get(url, ReadError("copydesk could not read that link."))
            if isinstance(page, ReadError):
                raise page
            return page
        finally:
            self.in_flight -= 1

    async def read_source(self, url: str) -> Article:
        return await self.read(url)


def source(url: str, text: str) -> Article:
    return Article(url=url, text=text)


DEAL = "Harbor Energy agreed to buy Northwind Power for $4.2 billion on Tuesday."
JOBS = "Northwind employs about 2,400 people in Massachusetts."
COSTS = "Analysts expect the merger to cut annual costs by $150 million."
QUOTE = "Alvarez called the deal “a new chapter for clean power” in a statement."
COLOUR = "The mood in Boston was upbeat as the news broke."

ARTICLE = Article(
    url="https://news.example/harbor",
    text=" ".join([DEAL, JOBS, COSTS, QUOTE, COLOUR]),
    links=(
        ArticleLink("https://sec.example/filing", "filing", DEAL),
        ArticleLink("https://stats.example/jobs", "figures", JOBS),
        ArticleLink("https://bank.example/note#costs", "a note", COSTS),
        ArticleLink("https://harbor.example/statement", "a statement", QUOTE),
        ArticleLink("https://boston.example/live", "live coverage", COLOUR),
    ),
)
CLAIMS = [DraftClaim(text=sentence, quote=sentence) for sentence in (DEAL, JOBS, COSTS, QUOTE)]


async def test_each_cited_figure_is_looked_for_in_its_source() -> None:
    reader = FakeReader(
        {
            "https://sec.example/filing": source(
                "https://sec.example/filing",
                "Form 8-K. Harbor will pay $4,200,000,000 in cash for Northwind. Closing in 2025.",
            ),
            "https://stats.example/jobs": source(
                "https://stats.example/jobs", "Northwind Power had 1,900 employees in 2023."
            ),
            "https://bank.example/note": source(
                "https://bank.example/note", "We see synergies of $150m a year by 2027."
            ),
            "https://harbor.example/statement": source(
                "https://harbor.example/statement",
                "“This is a new chapter for clean power,” said Maria Alvarez.",
            ),
        }
    )
    checks = await follow_citations(ARTICLE, CLAIMS, reader)
    assert [(c.claim_index, c.figures, c.outcome, c.verdict, c.found) for c in checks] == [
        (
            0,
            ("$4.2 billion",),
            Outcome.CONFIRMED,
            Verdict.SUPPORTED,
            "Harbor will pay $4,200,000,000 in cash for Northwind.",
        ),
        # Another value for the same thing (Northwind's staff) is a contradiction: both shown.
        (
            1,
            ("2,400",),
            Outcome.CONTRADICTED,
            Verdict.UNSUPPORTED,
            "The article says 2,400, the source says 1,900: "
            "Northwind Power had 1,900 employees in 2023.",
        ),
        # The exact amount, with nothing in the source about costs saying otherwise.
        (
            2,
            ("$150 million",),
            Outcome.CONFIRMED,
            Verdict.SUPPORTED,
            "We see synergies of $150m a year by 2027.",
        ),
        (
            3,
            ("“a new chapter for clean power”",),
            Outcome.CONFIRMED,
            Verdict.SUPPORTED,
            "“This is a new chapter for clean power,” said Maria Alvarez.",
        ),
    ]
    assert checks[1].missing == ("2,400",)
    assert checks[1].figure_checks[0].source_figure == "1,900"
    # The link around a sentence with nothing checkable in it is never followed.
    assert "https://boston.example/live" not in reader.reads


async def test_an_unreadable_source_makes_the_citation_unverifiable() -> None:
    reader = FakeReader(
        {"https://sec.example/filing": ReadError("That page is larger than copydesk reads.")}
    )
    checks = await follow_citations(ARTICLE, CLAIMS[:1], reader, step="fact_check_2")
    assert checks == [
        CitationCheck(
            claim_index=0,
            source_url="https://sec.example/filing",
            figures=("$4.2 billion",),
            verdict=Verdict.UNVERIFIABLE,
            found="That page is larger than copydesk reads.",
            checked_by="fact_check_2",
            missing=("$4.2 billion",),
            figure_checks=(
                FigureCheck(
                    "$4.2 billion", Outcome.UNREADABLE, "That page is larger than copydesk reads."
                ),
            ),
        )
    ]
    assert checks[0].outcome is Outcome.UNREADABLE


async def test_sources_are_read_at_once_and_no_more_than_the_limit() -> None:
    figures_text = [f"Region {n} added {n * 111 + 5} jobs in the quarter." for n in range(1, 9)]
    article = Article(
        url="https://news.example/jobs",
        text=" ".join(figures_text),
        links=tuple(
            ArticleLink(f"https://stats.example/region/{n}", "data", sentence)
            for n, sentence in enumerate(figures_text, start=1)
        ),
    )
    claims = [DraftClaim(text=sentence, quote=sentence) for sentence in figures_text]
    pages: dict[str, Article | ReadError] = {
        f"https://stats.example/region/{n}": source("https://x", sentence)
        for n, sentence in enumerate(figures_text, start=1)
    }
    reader = FakeReader(pages)
    checks = await follow_citations(article, claims, reader)
    assert len(reader.reads) == 5
    assert len(set(reader.reads)) == 5
    assert reader.most_in_flight == 5
    assert [check.claim_index for check in checks] == [0, 1, 2, 3, 4]
    assert all(check.verdict is Verdict.SUPPORTED for check in checks)

    fewer = FakeReader(pages)
    assert len(await follow_citations(article, claims, fewer, max_sources=2)) == 2
    assert len(fewer.reads) == 2


async def test_claims_with_figures_come_before_claims_with_only_quotes() -> None:
    names = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay"]
    quotes = [f"{name} called it “a day to remember for {name}” on air." for name in names]
    article = Article(
        url="https://news.example/mix",
        text=" ".join([*quotes, DEAL]),
        links=(
            *(
                ArticleLink(f"https://radio.example/{n}", "radio", sentence)
                for n, sentence in enumerate(quotes)
            ),
            ArticleLink("https://sec.example/filing", "filing", DEAL),
        ),
    )
    claims = [DraftClaim(text=sentence, quote=sentence) for sentence in [*quotes, DEAL]]
    reader = FakeReader({})
    checks = await follow_citations(article, claims, reader, max_sources=3)
    assert "https://sec.example/filing" in reader.reads
    assert len(reader.reads) == 3
    assert all(check.verdict is Verdict.UNVERIFIABLE for check in checks)


async def test_one_source_cited_for_two_claims_is_read_once() -> None:
    both = "Harbor paid $4.2 billion and will keep all 2,400 Northwind staff."
    article = Article(
        url="https://news.example/once",
        text=f"{DEAL} {JOBS} {both}",
        links=(ArticleLink("https://sec.example/filing", "filing", both),),
    )
    reader = FakeReader(
        {
            "https://sec.example/filing": source(
                "https://sec.example/filing", "The price is $4.2 billion. Staff: 2,400."
            )
        }
    )
    checks = await follow_citations(article, CLAIMS[:2], reader)
    assert reader.reads == ["https://sec.example/filing"]
    assert [(check.claim_index, check.verdict) for check in checks] == [
        (0, Verdict.SUPPORTED),
        (1, Verdict.SUPPORTED),
    ]


async def test_a_shared_year_or_an_unfollowable_link_is_no_citation() -> None:
    claim = "Harbor Energy expects the deal to close in 2025."
    article = Article(
        url="https://news.example/year",
        text=f"{claim} Wind capacity will double by 2025, say forecasters.",
        links=(
            ArticleLink("https://forecast.example/", "forecasters", "Wind will double by 2025."),
            ArticleLink("mailto:desk@news.example", "email", claim),
            ArticleLink("https://news.example/year#top", "top", claim),
        ),
    )
    reader = FakeReader({})
    checks = await follow_citations(article, [DraftClaim(text=claim, quote=claim)], reader)
    assert checks == []
    assert reader.reads == []


async def test_a_link_in_the_claim_s_sentence_is_checked_for_all_its_figures() -> None:
    sentence = "Harbor Energy, which was founded in 1998, agreed to the deal, its filing shows."
    claim = DraftClaim(
        text="Harbor Energy was founded in 1998 and bought Northwind.", quote=sentence
    )
    article = Article(
        url="https://news.example/founded",
        text=sentence,
        links=(ArticleLink("https://sec.example/f", "its filing", sentence),),
    )
    reader = FakeReader({"https://sec.example/f": source("https://sec.example/f", "Founded 1997.")})
    [check] = await follow_citations(article, [claim], reader)
    assert check.verdict is Verdict.UNSUPPORTED
    assert check.figures == ("1998",)
    assert check.outcome is Outcome.CONTRADICTED
    assert check.found == "The article says 1998, the source says 1997: Founded 1997."
    assert check.to_json()["verdict"] == "unsupported"


@pytest.mark.parametrize(
    ("figure", "outcome"),
    [("$1.9 trillion", Outcome.CONFIRMED), ("$2.9 trillion", Outcome.CONTRADICTED)],
)
async def test_a_link_in_the_sentence_after_the_figure_cites_it(
    figure: str, outcome: Outcome
) -> None:
    # "The projections are in the agency's outlook": the sentence with the link only says
    # where the one before it comes from, so the figures before it are what it cites.
    claim = f"The Congressional Budget Office projects a deficit of {figure} for fiscal 2025."
    after = "The projections are in the agency's annual budget and economic outlook."
    article = Article(
        url="https://news.example/cbo",
        text=f"{claim}\n\n{after}\n\nBudget hawks said the figures should prompt talks.",
        links=(
            ArticleLink("https://cbo.example/outlook", "annual budget and economic outlook", after),
        ),
    )
    release = (
        "In CBO's projections, the federal budget deficit in fiscal year 2025 is $1.9 trillion."
    )
    reader = FakeReader(
        {"https://cbo.example/outlook": source("https://cbo.example/outlook", release)}
    )
    [check] = await follow_citations(article, [DraftClaim(text=claim, quote=claim)], reader)
    assert check.figures == (figure,)
    assert check.outcome is outcome


async def test_a_sentence_after_that_says_something_else_cites_nothing() -> None:
    claim = "The Congressional Budget Office projects a deficit of $1.9 trillion for fiscal 2025."
    after = "Budget hawks in both parties said they would read the outlook closely."
    article = Article(
        url="https://news.example/cbo2",
        text=f"{claim}\n\n{after}",
        links=(ArticleLink("https://cbo.example/outlook", "the outlook", after),),
    )
    reader = FakeReader({})
    assert await follow_citations(article, [DraftClaim(text=claim, quote=claim)], reader) == []
