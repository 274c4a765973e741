"""extract_article on small hand-written pages."""

from __future__ import annotations

import pytest

from orchestrator.domain import Article, ArticleLink
from orchestrator.errors import NotAnArticle
from orchestrator.reading import extract_article
from orchestrator.reading.agreement import reconcile
from orchestrator.reading.tidy import tidy
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


# -- agreement between the two extractors, spacing, metadata ---------------------------------

FLOOD = (
    "The river authority said on Monday that flood defences along the lower valley would be "
    "raised by a metre before winter, after two years of record rainfall. Engineers will "
    "start with section {} near the old mill."
)
FLOOD_PAGE = (
    "<html lang='en_GB'><head><title>Flood defences to be raised | Valley Post</title>"
    "<link rel='canonical' href='/news/flood-defences?ref=home#top'>"
    "<meta property='og:site_name' content='Valley Post'></head><body>"
    "<article><h1>Flood defences to be raised</h1>"
    + "".join(f"<p>{FLOOD.format(i)}</p>" for i in range(1, 7))
    + "<p>The mayor isn<span>‘</span>t convinced , she said.</p>"
    "<div class='promo'><p>Sign up for our morning newsletter and get the best of the Valley "
    "Post delivered to your inbox every day before breakfast.</p></div>"
    "</article></body></html>"
)


def test_a_promo_box_only_trafilatura_keeps_is_dropped_and_paragraphs_stay() -> None:
    article = extract_article(FLOOD_PAGE, "https://valley.example/x")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Flood defences to be raised"
    assert paragraphs[1:7] == [FLOOD.format(i) for i in range(1, 7)]
    assert "newsletter" not in article.text
    assert article.extractor == "trafilatura+readability"


def test_spacing_left_by_inline_markup_is_mended() -> None:
    article = extract_article(FLOOD_PAGE, "https://valley.example/x")
    assert article.text.split("\n\n")[-1] == "The mayor isn’t convinced, she said."


def test_metadata_a_reader_expects() -> None:
    article = extract_article(FLOOD_PAGE, "https://valley.example/x")
    assert article.title == "Flood defences to be raised"
    assert article.site == "Valley Post"
    assert article.canonical_url == "https://valley.example/news/flood-defences?ref=home"
    assert article.language == "en-GB"
    again = Article.from_json(article.to_json())
    assert again == article


def test_rows_stored_before_canonical_url_and_language_still_load() -> None:
    old = {"url": URL, "text": "Body.", "title": "T", "links": [], "extractor": "trafilatura"}
    article = Article.from_json(old)
    assert article.canonical_url is None
    assert article.language is None
    assert article.text == "Body."


def test_a_page_without_declarations_has_no_canonical_url_or_language() -> None:
    page = (
        "<html><head><title>Plain</title></head><body><article>"
        f"<p>{COMMITTEE}</p></article></body></html>"
    )
    article = extract_article(page, "https://plain.example/a")
    assert article.canonical_url is None
    assert article.language is None


STORY = [
    "The harbour board approved the new ferry timetable on Tuesday after a long public "
    "consultation in which more than two thousand residents took part.",
    "Sailings to the outer islands will rise from four a day to six from the first of May, "
    "the board said, with an extra late crossing on Fridays and Saturdays.",
    "Islanders had asked for earlier morning crossings so that pupils could reach the mainland "
    "school before nine, and the board agreed to move the first sailing forward.",
]


def test_reconcile_drops_only_what_the_other_extractor_lacks() -> None:
    teaser = "Read next: ten things to do on a rainy weekend in the old town this spring"
    verdict = reconcile([*STORY, teaser], "\n".join(STORY))
    assert not verdict.use_other
    assert verdict.kept == tuple(STORY)
    assert verdict.dropped == 1


def test_reconcile_keeps_everything_when_the_other_picked_another_block() -> None:
    # readability took a different block: that is its mistake, not a sign of extras.
    other = " ".join(["Subscribe today for unlimited access to every story we publish."] * 8)
    verdict = reconcile(STORY, other)
    assert not verdict.use_other
    assert verdict.kept == tuple(STORY)
    assert verdict.dropped == 0


def test_reconcile_takes_the_other_text_when_the_pick_is_a_short_notice() -> None:
    notice = (
        "This article is republished from The Harbour Gazette under a Creative Commons licence."
    )
    verdict = reconcile([notice], "\n".join(STORY * 4))
    assert verdict.use_other


def test_reconcile_takes_the_other_text_when_the_pick_is_the_whole_page() -> None:
    menu = [
        f"Menu item {word}" for word in ["news", "sport", "weather", "travel", "jobs", "homes"]
    ] * 60
    verdict = reconcile([*menu[:90], " ".join(STORY), *menu[90:]], "\n".join(STORY))
    assert verdict.use_other


def test_reconcile_with_nothing_from_the_other_extractor_keeps_the_primary() -> None:
    assert reconcile(STORY, "").kept == tuple(STORY)


@pytest.mark.parametrize(
    ("raw", "mended"),
    [
        ("It isn ‘t over", "It isn’t over"),
        ("the mayor ’s office", "the mayor’s office"),
        ("we can ’ t stop", "we can’t stop"),
        ("they‘re here", "they’re here"),
        ("said , adding that", "said, adding that"),
        ("the end .", "the end."),
        # Left alone: real quotes, ellipses, numbers.
        ("he said ‘yes’ twice", "he said ‘yes’ twice"),
        ("wait ... what", "wait ... what"),
        ("rose 3.5 percent", "rose 3.5 percent"),
    ],
)
def test_tidy(raw: str, mended: str) -> None:
    assert tidy(raw) == mended


def test_a_short_story_is_kept_in_its_paragraphs_with_its_link() -> None:
    # trafilatura falls back to the page's bare text on a short story: kicker, byline and
    # story in one paragraph, and the link the story cites lost. Readability's blocks keep it.
    page = (
        "<!doctype html><html><head><title>More than 612,000 on waiting list</title></head>"
        '<body><div id="top"><a href="#content">Skip to content</a><span>Northern Post</span>'
        '</div><div id="content"><article><div class="kicker">Data</div><h1>More than 612,000 '
        'on waiting list</h1><div class="meta"><span>Staff reporter</span> · <span>2025-03-20'
        '</span><span class="share">Share this story</span></div><div class="article-body"><p>'
        "The outpatient waiting list stood at 612,480 at the end of the month, according to "
        'the <a href="/sources/waiting-list">HSE\'s national waiting list report</a>.</p></div>'
        '<p class="corrections">Spotted an error? Email the corrections desk.</p></article>'
        "</div></body></html>"
    )
    article = extract_article(page, URL)
    assert article.extractor == "readability"
    (link,) = [link for link in article.links if "/sources/" in link.url]
    assert link.url == "https://ledger.example/sources/waiting-list"
    assert link.context.startswith("The outpatient waiting list stood at 612,480")
    assert "The outpatient waiting list stood at 612,480" in article.text.split("\n\n")[-2]


def test_a_news_brief_is_a_story_but_a_short_wall_is_not() -> None:
    brief = (
        "<html><head><title>Flying got safer last year</title></head><body><nav><ul><li>"
        "<a href='/'>Home</a></li><li><a href='/section/world'>World</a></li></ul></nav><main>"
        "<article><header><h1>Flying got safer last year</h1><p><time>3 November 2025</time>"
        "</p></header><div class='article-body'><div class='text-block'>The all-accident rate "
        "was 1.13 per million flights last year, <a href='/sources/iata'>IATA said</a> in its "
        "annual safety report.</div><div class='text-block'>Officials did not respond to a "
        "request for further comment.</div></div></article></main></body></html>"
    )
    article = extract_article(brief, URL)
    (link,) = [link for link in article.links if "/sources/" in link.url]
    assert "1.13 per million flights" in link.context
    wall = (
        "<html><body><div><p>We use cookies to give you the best experience on our site. "
        "Please accept cookies to continue reading. <a href='/privacy'>Privacy policy</a></p>"
        "</div></body></html>"
    )
    with pytest.raises(NotAnArticle):
        extract_article(wall, URL)
