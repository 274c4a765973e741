"""Extraction in this process: the same answers as the extraction child, without the child.

`ExtractionWorker` pays for its time limit with a process (an interpreter start, trafilatura
imported again, ~0.4 s). Where every page is our own (the tests' article sites, a bench),
the limit guards nothing, so a `SafeReader` may be handed this instead. It answers exactly
as the child does — the same functions, the article through the same JSON, the same
sentences on failure — but it cannot stop a page that runs too long: never give it
untrusted links.
"""

from __future__ import annotations

import logging
from typing import Any

from orchestrator.domain import Article
from orchestrator.errors import NotAnArticle, ReadError
from orchestrator.reading.worker import answer

logger = logging.getLogger(__name__)


class InlineExtractor:
    """The `Extractor` port, answered on the caller's thread."""

    async def extract(self, html: str, url: str) -> Article:
        return self._answer({"html": html, "url": url})

    async def read_document(self, data: bytes, content_type: str, url: str) -> Article:
        return self._answer(
            {"kind": "document", "data": data, "content_type": content_type, "url": url}
        )

    async def read_pdf(self, data: bytes, url: str) -> Article:
        return self._answer({"kind": "pdf", "data": data, "url": url})

    def _answer(self, request: dict[str, Any]) -> Article:
        try:
            article = answer(request)
        except NotAnArticle as exc:
            raise NotAnArticle(exc.message or None) from exc
        except Exception as exc:  # the child's "failed" answer, as the parent words it
            logger.exception("extraction failed for %s", request.get("url"))
            raise ReadError("copydesk's page reader failed on that page.") from exc
        # Through JSON, as the child's answer comes: what a reader gets back is the same.
        return Article.from_json(article.to_json())

    async def aclose(self) -> None:
        """Nothing held."""
