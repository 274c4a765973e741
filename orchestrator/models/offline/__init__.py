"""The offline model: what copydesk runs on without an API key.

It never writes a word of its own. The summary is *extractive* (the article's own most
informative sentences, scored by how central their words are to the article, where they
stand, and whether they carry figures and names); the fact-check is the deterministic
verification the gates use; the tags are the article's most prominent names and terms.
The same article always gives the same answer, and it spends no tokens, so it says so.

One module an algorithm: `summary.py` (the extractive summary), `feedback.py` (the summary
revised on a gate's feedback), `tags.py`; `words.py` holds what they share.
"""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.domain import Article
from orchestrator.models.offline.feedback import read_feedback, summary_with_feedback
from orchestrator.models.offline.summary import extract, read_sentences
from orchestrator.models.offline.tags import tags_of
from orchestrator.ports import ClaimCheck, DraftClaim, ModelReply
from orchestrator.usage import Usage
from orchestrator.verify import check_claim_against_article

__all__ = ["OfflineModel"]


class OfflineModel:
    """The built-in model: extractive, deterministic, and free."""

    @property
    def name(self) -> str:
        return "offline"

    async def aclose(self) -> None:
        """Nothing to release: the offline model holds no connections."""

    async def summarise(
        self, article: Article, *, feedback: str | None = None
    ) -> ModelReply[list[DraftClaim]]:
        sentences = read_sentences(article.text)
        if feedback:
            chosen = summary_with_feedback(sentences, read_feedback(feedback))
        else:
            chosen = extract(sentences, excluded=frozenset())
        claims = [DraftClaim(text=sentence.text, quote=sentence.text) for sentence in chosen]
        return ModelReply(value=claims, usage=Usage(), model=self.name)

    async def check_claims(
        self, article: Article, claims: Sequence[DraftClaim]
    ) -> ModelReply[list[ClaimCheck]]:
        checks = []
        for index, claim in enumerate(claims):
            verification = check_claim_against_article(claim.text, claim.quote, article.text)
            checks.append(
                ClaimCheck(
                    index=index, verdict=verification.verdict, evidence=verification.evidence
                )
            )
        return ModelReply(value=checks, usage=Usage(), model=self.name)

    async def tag(self, article: Article) -> ModelReply[list[str]]:
        return ModelReply(value=tags_of(article), usage=Usage(), model=self.name)
