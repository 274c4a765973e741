"""The trunk's strategy for long articles: split into sections summarised concurrently.

The trunk decides the strategy (how many sections, where they split); each section's
summariser does the tactics on its part, and a synthesis step merges their claims. Short
articles are one section, and the pipeline takes its plain path.
"""

from __future__ import annotations

import dataclasses
import math

from orchestrator.domain import Article

LONG_ARTICLE_CHARS = 12_000  # about 2,000 words: past this one summary loses the middle
SECTION_CHARS = 6_000
MAX_SECTIONS = 4


def plan_sections(article: Article) -> list[Article]:
    """The article as 1 to MAX_SECTIONS sections, split at paragraph boundaries."""
    text = article.text
    if len(text) <= LONG_ARTICLE_CHARS:
        return [article]
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    count = min(MAX_SECTIONS, math.ceil(len(text) / SECTION_CHARS), len(paragraphs))
    if count <= 1:
        return [article]
    target = len(text) / count
    sections: list[list[str]] = [[]]
    size = 0
    for paragraph in paragraphs:
        if size >= target and len(sections) < count:
            sections.append([])
            size = 0
        sections[-1].append(paragraph)
        size += len(paragraph) + 2
    parts = ["\n\n".join(section) for section in sections]
    return [
        dataclasses.replace(
            article,
            text=part,
            # Each section keeps the links whose sentence stands in it.
            links=tuple(link for link in article.links if _squash(link.context) in _squash(part)),
        )
        for part in parts
    ]


def synthesis_input(article: Article, section_claims: list[list[str]]) -> Article:
    """What the synthesis step reads: the sections' claims, as one short text."""
    text = "\n\n".join(" ".join(claims) for claims in section_claims if claims)
    return dataclasses.replace(article, text=text, links=())


def _squash(text: str) -> str:
    return " ".join(text.split())
