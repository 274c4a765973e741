"""SafeReader: the Reader port over the guarded fetcher and the extraction worker."""

from __future__ import annotations

import logging
from typing import Protocol

from aiohttp.abc import AbstractResolver

from orchestrator.domain import Article
from orchestrator.reading.documents import DOCUMENT_TYPES, PDF_TYPES
from orchestrator.reading.fetch import HTML_TYPES, FetchedPage, SafeFetcher
from orchestrator.reading.policy import FetchPolicy
from orchestrator.reading.worker import ExtractionWorker
from orchestrator.telemetry import NO_TELEMETRY, Telemetry

logger = logging.getLogger(__name__)

ARTICLE_TYPES = HTML_TYPES | PDF_TYPES


class Extractor(Protocol):
    """Turns fetched bytes into an article: `ExtractionWorker` (a child process with a time
    limit, for untrusted pages) or `InlineExtractor` (this process, for our own pages)."""

    async def extract(self, html: str, url: str) -> Article: ...

    async def read_document(self, data: bytes, content_type: str, url: str) -> Article: ...

    async def read_pdf(self, data: bytes, url: str) -> Article: ...

    async def aclose(self) -> None: ...


class SafeReader:
    """Fetches an untrusted link and extracts its article; errors are sentences for users.

    One per process: it owns one aiohttp session and one extraction worker process, both
    started on first use and released by aclose().
    """

    def __init__(
        self,
        policy: FetchPolicy,
        *,
        resolver: AbstractResolver | None = None,
        telemetry: Telemetry = NO_TELEMETRY,
        extractor: Extractor | None = None,
    ) -> None:
        # `resolver` replaces the system resolver (tests map names to addresses with it); its
        # answers are still checked against the policy. `extractor` replaces the extraction
        # child (tests whose pages are their own read them in-process).
        self._policy = policy
        self._fetcher = SafeFetcher(policy, resolver=resolver, telemetry=telemetry)
        self._worker: Extractor = extractor or ExtractionWorker(timeout=policy.extract_timeout)

    @property
    def policy(self) -> FetchPolicy:
        return self._policy

    async def fetch(self, url: str) -> FetchedPage:
        return await self._fetcher.fetch(url)

    async def extract(self, html: str, url: str) -> Article:
        """extract_article in the worker process, within policy.extract_timeout."""
        return await self._worker.extract(html, url)

    async def read(self, url: str) -> Article:
        page = await self._fetcher.fetch(url, accept=ARTICLE_TYPES)
        if page.content_type in PDF_TYPES:
            article = await self._worker.read_pdf(page.data, page.final_url)
        else:
            article = await self._worker.extract(page.text, page.final_url)
        logger.info(
            "read %s: %s chars, %s links, extractor=%s",
            page.final_url,
            len(article.text),
            len(article.links),
            article.extractor,
        )
        return article

    async def read_source(self, url: str) -> Article:
        """A cited source, read as a document: any page with text however short, its
        tables' cells with their headers, PDF, plain text and CSV."""
        page = await self._fetcher.fetch(url, accept=DOCUMENT_TYPES)
        document = await self._worker.read_document(page.data, page.content_type, page.final_url)
        logger.info(
            "read source %s: %s chars, extractor=%s",
            page.final_url,
            len(document.text),
            document.extractor,
        )
        return document

    async def aclose(self) -> None:
        try:
            await self._fetcher.aclose()
        finally:
            await self._worker.aclose()
