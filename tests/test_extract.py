"""extract_article on small hand-written pages."""

from __future__ import annotations

import pytest

from orchestrator.domain import ArticleLink
from orchestrator.errors import NotAnArticle
from orchestrator.reading import extract_article
from reading_helpers import ARTICLE_HTML

URL = "https://ledger.example/news/harbour"

COMMITTEE = " ".join(
    [
        "The committee met on Thursday to review the budget for the coming year and agreed "
        "on several changes to the spending plan."
    ]
    * 3
)


def test_article_metadata_text_and_links() -> None:
    article = extract_article(ARTICLE_HTML, URL)

    assert article.url == URL
    assert article.extractor == "trafilatura"
    assert article.title == "Harbour dredging costs double"
    assert article.byline == "Maria Okafor"
    assert article.date == "2024-03-05"
    assert article.site == "The Tidewater Ledger"

    paragraphs = article.text.split("\n\n")
    assert (
        "The cost of dredging the harbour has doubled to 14 million pounds, according to the "
        "council's annual report. The original estimate, published in 2021, was 7 million "
        "pounds."
    ) in paragraphs
    assert any(p.startswith("Work is due to start in September") for p in paragraphs)
    # Navigation and footer are not the article.
    assert "Sport" not in article.text
    assert "Privacy" not in article.text
    assert "\n\n\n" not in article.text

    assert article.links == (
        ArticleLink(
            url="https://council.example/reports/2024-harbour.pdf",
            anchor="the council's annual report",
            context=(
                "The cost of dredging the harbour has doubled to 14 million pounds, according "
                "to the council's annual report. The original estimate, published in 2021, "
                "was 7 million pounds."
            ),
        ),
        ArticleLink(
            # Relative in the page, absolute here; the fragment-only duplicate of the report
            # link and the mailto: link are left out.
            url="https://ledger.example/science/silt-study",
            anchor="university's marine science department",
            context=(
                "Port officials said silt levels had risen faster than expected after two wet "
                "winters. A study by the university's marine science department found that "
                "sediment doubled between 2019 and 2023. The department measured 41 sites."
            ),
        ),
    )


def test_long_paragraph_context_is_the_sentence_with_the_link() -> None:
    filler = "Officials gave many further details about the schedule in a long briefing. " * 8
    page = (
        "<html><head><title>Budget</title></head><body><article><p>"
        f"{filler}The deficit reached 4.2 percent, <a href='/data/deficit'>the treasury "
        f"figures show</a>. {filler}</p><p>{COMMITTEE}</p></article></body></html>"
    )
    article = extract_article(page, "https://news.example/budget")
    (link,) = article.links
    assert link.url == "https://news.example/data/deficit"
    assert link.context == "The deficit reached 4.2 percent, the treasury figures show."


def test_readability_is_the_fallback_when_trafilatura_finds_nothing() -> None:
    # trafilatura discards <aside> as boilerplate; readability still scores its paragraphs.
    page = (
        "<html><head><title>Committee report</title></head><body><aside>"
        f"<p>{COMMITTEE}</p><p>{COMMITTEE} See <a href='/minutes'>the minutes</a>.</p>"
        "</aside></body></html>"
    )
    article = extract_article(page, "https://town.example/report")
    assert article.extractor == "readability"
    assert article.title == "Committee report"
    assert article.text.count("The committee met on Thursday") == 6
    assert len(article.text.split("\n\n")) == 2
    assert article.links == (
        ArticleLink(
            url="https://town.example/minutes",
            anchor="the minutes",
            context=f"{COMMITTEE} See the minutes.",
        ),
    )


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   \n",
        "<html><body></body></html>",
        "<html><body><nav><a href='/a'>Home</a> <a href='/b'>News</a></nav></body></html>",
        "<html><body><form><input name='user'><input type='password'></form>"
        "<p>Please sign in.</p></body></html>",
        "%PDF-1.7 binary-looking \x00\x01 junk",
    ],
)
def test_pages_without_an_article_raise_not_an_article(page: str) -> None:
    with pytest.raises(NotAnArticle) as refused:
        extract_article(page, "https://site.example/")
    assert refused.value.message.startswith("That page")
