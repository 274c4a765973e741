"""The blind held-out set is well-formed: big enough, about half planted, every kind with
both outcomes, and every source served as written. It says nothing of the checker's catch
rate: that is measured by `bench/gate_quality.py --set blind`, never asserted."""

from __future__ import annotations

import importlib.util
import io
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

import aiohttp
import pytest
from pypdf import PdfReader

from citation_blind import blind_cases
from citation_corpus import Case

# Kinds that have one side only by their nature: a figure the source lacks can only be a
# planted case, and an unreadable source can support nothing.
PLANTED_ONLY = {"figure absent"}
UNREADABLE = {"unreadable"}


@pytest.fixture(scope="module")
def blind() -> list[Case]:
    return blind_cases()


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "gate_quality.py"
    spec = importlib.util.spec_from_file_location("gate_quality_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_size_and_planted_share(blind: list[Case]) -> None:
    assert len(blind) >= 64
    assert len({case.name for case in blind}) == len(blind)
    share = sum(case.planted for case in blind) / len(blind)
    assert 0.4 <= share <= 0.6, share
    assert {case.split for case in blind} == {"blind"}
    # Building it twice gives the same set (no state left over between calls).
    assert [case.name for case in blind_cases()] == [case.name for case in blind]


def test_every_kind_has_both_sides(blind: list[Case]) -> None:
    sides: dict[str, Counter[str]] = defaultdict(Counter)
    for case in blind:
        assert case.kind, case.name
        side = "unreadable" if not case.readable else "planted" if case.planted else "clean"
        sides[case.kind][side] += 1
    assert len(sides) >= 8, sorted(sides)
    for kind, counts in sides.items():
        if kind in UNREADABLE:
            assert set(counts) == {"unreadable"} and counts["unreadable"] >= 4, (kind, counts)
        elif kind in PLANTED_ONLY:
            assert set(counts) == {"planted"}, (kind, counts)
        else:
            assert counts["clean"] >= 3 and counts["planted"] >= 3, (kind, counts)
            assert "unreadable" not in counts, (kind, counts)
    # An unreadable case is never also called planted: its must_escalate comes from the source.
    assert all(not case.planted for case in blind if not case.readable)


def test_each_article_cites_its_own_source(blind: list[Case]) -> None:
    for case in blind:
        assert f'href="/sources/{case.name}"' in case.article_html, case.name
        assert "<article>" in case.article_html and "[" not in case.article_html, case.name


def test_pdf_reports_are_real_multi_page_files(blind: list[Case]) -> None:
    reports = [c for c in blind if c.kind == "pdf report"]
    assert reports
    for case in reports:
        reader = PdfReader(io.BytesIO(case.source.body))
        assert len(reader.pages) >= 4, case.name
        assert "Contents" in reader.pages[1].extract_text(), case.name
        # The findings sit on page 3 (or the table page after the methods).
        assert reader.pages[2].extract_text().startswith("2. Main findings"), case.name
    locked = [c for c in blind if c.source.content_type == "application/pdf" and not c.readable]
    assert any(PdfReader(io.BytesIO(c.source.body)).is_encrypted for c in locked)
    scanned = [c for c in locked if not PdfReader(io.BytesIO(c.source.body)).is_encrypted]
    assert scanned
    for case in scanned:
        pages = PdfReader(io.BytesIO(case.source.body)).pages
        assert all(not page.extract_text().strip() for page in pages), case.name


async def test_every_source_is_served_as_written(blind: list[Case]) -> None:
    # Through the bench's own local site: what the bench serves is what the case says.
    site = await _bench()._site(blind).start()
    try:
        async with aiohttp.ClientSession() as session:
            for case in blind:
                async with session.get(site.url(f"/sources/{case.name}")) as response:
                    assert response.status == case.source.status, case.name
                    assert response.headers["Content-Type"] == case.source.content_type
                    assert await response.read() == case.source.body, case.name
                    if case.readable:
                        assert response.status == 200 and case.source.body, case.name
                async with session.get(site.url(f"/news/{case.name}")) as response:
                    assert response.status == 200, case.name
                    assert await response.text() == case.article_html, case.name
    finally:
        await site.close()
