"""Reading untrusted links: the address policy, the guarded fetcher and article extraction."""

from orchestrator.reading.extract import extract_article
from orchestrator.reading.fetch import FetchedPage, SafeFetcher
from orchestrator.reading.inline import InlineExtractor
from orchestrator.reading.policy import FetchPolicy, check_url
from orchestrator.reading.reader import Extractor, SafeReader

__all__ = [
    "Extractor",
    "FetchPolicy",
    "FetchedPage",
    "InlineExtractor",
    "SafeFetcher",
    "SafeReader",
    "check_url",
    "extract_article",
]
