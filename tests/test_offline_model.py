import re

from orchestrator.domain import Article, Verdict
from orchestrator.models import OfflineModel
from orchestrator.ports import DraftClaim, Model
from orchestrator.sentences import split_sentences
from orchestrator.usage import Usage

TEXT = """Harbor Energy agreed on Tuesday to buy rival Northwind Power for $4.2 billion, creating the largest offshore wind operator in the U.S. Northeast.

The deal, announced in Boston, values Northwind Power at $38.50 a share, a 27% premium to its closing price on Monday.

Harbor Energy's chief executive, Dr. Maria Alvarez, said the combined company would build 12 new offshore wind farms by 2030. “This gives us the scale to bring clean power to 3 million homes,” she said.

Northwind Power reported revenue of $1.1 billion last year and employs about 2,400 people, most of them in Massachusetts and Rhode Island.

Analysts at Greenleaf Securities said the price was fair. The firm's energy analyst, Tom Becker, estimated that the merger would cut annual costs by $150 million within three years. Mr. Becker said the deal could push rival offshore wind developers to seek mergers of their own.

Wind power supplied 10.2% of electricity in the U.S. in 2023, according to the Energy Information Administration.

Shares of Harbor Energy fell 3.5% in afternoon trading, while Northwind Power's stock jumped 24%.

The companies expect the transaction to close in the first half of 2025, pending approval from regulators in Washington.

Sign up for our newsletter to get the latest energy news in your inbox.
"""  # noqa: E501

LEDE = split_sentences(TEXT)[0]

ARTICLE = Article(
    url="https://news.example/harbor-northwind",
    text=TEXT,
    title="Harbor Energy to buy Northwind Power for $4.2 billion",
)


async def test_the_offline_model_is_a_model_that_spends_nothing() -> None:
    model: Model = OfflineModel()
    reply = await model.summarise(ARTICLE)
    assert model.name == "offline"
    assert reply.model == "offline"
    assert reply.usage == Usage()
    assert (await model.tag(ARTICLE)).usage == Usage()
    assert (await model.check_claims(ARTICLE, reply.value)).usage == Usage()


async def test_the_summary_is_the_article_s_own_sentences_in_order() -> None:
    claims = (await OfflineModel().summarise(ARTICLE)).value
    sentences = split_sentences(TEXT)
    assert 3 <= len(claims) <= 5
    for claim in claims:
        assert claim.text == claim.quote
        assert claim.text in sentences
    positions = [sentences.index(claim.text) for claim in claims]
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)
    assert claims[0].text == LEDE
    assert not any("newsletter" in claim.text for claim in claims)
    # A quotation on its own is colour, not a claim.
    assert not any(claim.text.startswith("“") for claim in claims)


async def test_the_summary_prefers_sentences_with_figures() -> None:
    claims = (await OfflineModel().summarise(ARTICLE)).value
    assert all(re.search(r"\d", claim.text) for claim in claims)
    assert "Analysts at Greenleaf Securities said the price was fair." not in [
        claim.text for claim in claims
    ]


async def test_the_fact_check_supports_the_summary_it_made() -> None:
    model = OfflineModel()
    claims = (await model.summarise(ARTICLE)).value
    checks = (await model.check_claims(ARTICLE, claims)).value
    assert [check.index for check in checks] == list(range(len(claims)))
    assert all(check.verdict is Verdict.SUPPORTED for check in checks)
    assert checks[0].evidence == LEDE


async def test_an_altered_figure_is_unsupported_and_the_evidence_names_it() -> None:
    altered = LEDE.replace("$4.2 billion", "$5.2 billion")
    claims = [
        DraftClaim(text=altered, quote=LEDE),
        DraftClaim(text=altered, quote=altered),
        DraftClaim(text=LEDE, quote=LEDE),
    ]
    checks = (await OfflineModel().check_claims(ARTICLE, claims)).value
    assert [check.verdict for check in checks] == [
        Verdict.UNSUPPORTED,
        Verdict.UNSUPPORTED,
        Verdict.SUPPORTED,
    ]
    assert "“$5.2 billion” does not appear in the article." in checks[0].evidence
    assert "“$5.2 billion” does not appear in the article." in checks[1].evidence


async def test_feedback_naming_a_claim_leaves_that_sentence_out() -> None:
    model = OfflineModel()
    first = (await model.summarise(ARTICLE)).value
    retried = (
        await model.summarise(ARTICLE, feedback="claim 2 has a figure not in the article")
    ).value
    assert first[1] not in retried
    assert len(retried) >= 3
    assert all(claim.text in split_sentences(TEXT) for claim in retried)


async def test_feedback_naming_a_figure_leaves_its_sentences_out() -> None:
    feedback = "claim 1: the cited source does not contain “$4.2 billion”"
    claims = (await OfflineModel().summarise(ARTICLE, feedback=feedback)).value
    assert len(claims) >= 3
    assert not any("$4.2 billion" in claim.text for claim in claims)


async def test_tags_are_the_article_s_names_and_terms() -> None:
    tags = (await OfflineModel().tag(ARTICLE)).value
    assert 3 <= len(tags) <= 6
    assert "harbor energy" in tags
    assert "northwind power" in tags
    assert len(set(tags)) == len(tags)
    for tag in tags:
        assert tag == tag.lower()
        assert not tag.replace(".", "").replace(",", "").isdigit()
        assert tag not in {"the", "said", "and", "sign", "newsletter"}


async def test_the_same_article_always_gets_the_same_answers() -> None:
    first, second = OfflineModel(), OfflineModel()
    assert (await first.summarise(ARTICLE)).value == (await second.summarise(ARTICLE)).value
    assert (await first.tag(ARTICLE)).value == (await second.tag(ARTICLE)).value
    feedback = "claim 3 repeats claim 1"
    assert (await first.summarise(ARTICLE, feedback=feedback)).value == (
        await second.summarise(ARTICLE, feedback=feedback)
    ).value


async def test_an_article_with_no_sentences_gets_an_empty_answer() -> None:
    empty = Article(url="https://news.example/empty", text="")
    model = OfflineModel()
    assert (await model.summarise(empty)).value == []
    assert (await model.tag(empty)).value == []
    assert (await model.check_claims(empty, [])).value == []


def made_up_word(n: int) -> str:
    letters = "bcdfghklmnprstvz"
    vowels = "aeiou"
    return "".join(letters[(n >> shift) % 16] + vowels[(n >> shift) % 5] for shift in (0, 4, 8))


async def test_a_long_article_still_gets_at_most_five_distinct_claims() -> None:
    sentences = [
        " ".join(
            made_up_word(n * 10 + k).capitalize() if k == 0 else made_up_word(n * 10 + k)
            for k in range(9)
        )
        + f" rose {n}% in March."
        for n in range(1, 80)
    ]
    article = Article(url="https://news.example/long", text=TEXT + " ".join(sentences))
    claims = (await OfflineModel().summarise(article)).value
    assert len(claims) == 5
    assert len({claim.text for claim in claims}) == 5


async def test_near_duplicate_sentences_give_one_claim_not_several() -> None:
    paragraphs = [
        f"Factory {n} in Ohio produced {n * 1000 + 7} batteries for electric trucks in March, "
        f"the company said in a filing on Thursday about plant number {n}."
        for n in range(1, 60)
    ]
    article = Article(url="https://news.example/same", text="\n\n".join(paragraphs))
    claims = (await OfflineModel().summarise(article)).value
    assert [claim.text for claim in claims] == [paragraphs[0]]
