"""The third to twenty-second blind held-out sets are well-formed: big enough, about half planted,
each kind with both outcomes where it can have them, real multi-page PDFs, and every source
served as written. Nothing here asserts the checker's catch rate: that is measured by
`bench/gate_quality.py --set blind3|blind4|...|blind22`, never asserted. (One module for
all: the sets were written to the same shape, and only their 200 "wall" page differs.)"""

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

from citation_blind3 import blind3_cases
from citation_blind4 import blind4_cases
from citation_blind5 import blind5_cases
from citation_blind6 import blind6_cases
from citation_blind7 import blind7_cases
from citation_blind8 import blind8_cases
from citation_blind9 import blind9_cases
from citation_blind10 import blind10_cases
from citation_blind11 import blind11_cases
from citation_blind12 import blind12_cases
from citation_blind13 import blind13_cases
from citation_blind14 import blind14_cases
from citation_blind15 import blind15_cases
from citation_blind16 import blind16_cases
from citation_blind17 import blind17_cases
from citation_blind18 import blind18_cases
from citation_blind19 import blind19_cases
from citation_blind20 import blind20_cases
from citation_blind21 import blind21_cases
from citation_blind22 import blind22_cases
from citation_corpus import Case

KINDS = {
    "press release",
    "html table",
    "pdf report",
    "text or csv",
    "long page",
    "notation",
    "rounding",
    "other subject",
    "two periods",
    "figure absent",
    "spelled out",
    "unreadable",
}
# A figure the source lacks can only be planted; an unreadable source supports nothing.
PLANTED_ONLY = {"figure absent"}
UNREADABLE = {"unreadable"}


# Each set, and the words of the page it serves with a 200 instead of the source (a cookie
# consent wall in the third, a paywall in the fourth, a login wall in the fifth, a sign-in
# wall in the sixth, a members' login wall in the seventh, a bot-check interstitial in the
# eighth, a session-expired page in the ninth, a JavaScript-required page in the tenth, a
# browser-check interstitial in the eleventh, an access-denied page in the twelfth, a
# "you have been blocked" page in the thirteenth, an Incapsula "Request unsuccessful" page in
# the fourteenth, a metered paywall's "article limit" page in the fifteenth, a "complete the
# security check" page in the sixteenth, a cookie
# wall's "Enable cookies to continue reading" in the seventeenth, a "Verifying you are human"
# interstitial in the eighteenth, an ad-blocker wall in the nineteenth, a rate-limit page's
# "Your IP address has been temporarily restricted" in the twentieth, a maintenance page's
# "temporarily unavailable for maintenance" in the twenty-first, a rate-limit page's "Too many
# requests" in the twenty-second).
SETS = {
    "blind3": (blind3_cases, b"Accept all"),
    "blind4": (blind4_cases, b"Subscribe"),
    "blind5": (blind5_cases, b"Log in to continue"),
    "blind6": (blind6_cases, b"Sign in to view this document"),
    "blind7": (blind7_cases, b"Members area: please log in"),
    "blind8": (blind8_cases, b"Please verify you are a human"),
    "blind9": (blind9_cases, b"Your session has expired"),
    "blind10": (blind10_cases, b"Please enable JavaScript to continue"),
    "blind11": (blind11_cases, b"Checking your browser before accessing"),
    "blind12": (blind12_cases, b"Access Denied - You don't have permission"),
    "blind13": (blind13_cases, b"Sorry, you have been blocked"),
    "blind14": (blind14_cases, b"Request unsuccessful. Incapsula incident"),
    "blind15": (blind15_cases, b"You have reached your article limit"),
    "blind16": (blind16_cases, b"Please complete the security check to access"),
    "blind17": (blind17_cases, b"Enable cookies to continue reading"),
    "blind18": (blind18_cases, b"Verifying you are human"),
    "blind19": (blind19_cases, b"Please disable your ad blocker"),
    "blind20": (blind20_cases, b"Your IP address has been temporarily restricted"),
    "blind21": (blind21_cases, b"temporarily unavailable for maintenance"),
    "blind22": (blind22_cases, b"Too many requests"),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def split(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def cases(split: str) -> list[Case]:
    return SETS[split][0]()


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "gate_quality.py"
    spec = importlib.util.spec_from_file_location("gate_quality_bench_blind_sets", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_size_and_planted_share(cases: list[Case], split: str) -> None:
    assert len(cases) >= 64
    assert len({case.name for case in cases}) == len(cases)
    share = sum(case.planted for case in cases) / len(cases)
    assert 0.4 <= share <= 0.6, share
    assert {case.split for case in cases} == {split}
    # Built twice, the same set: nothing left over between calls.
    assert [case.name for case in SETS[split][0]()] == [case.name for case in cases]


def test_every_kind_has_both_sides(cases: list[Case]) -> None:
    sides: dict[str, Counter[str]] = defaultdict(Counter)
    for case in cases:
        side = "unreadable" if not case.readable else "planted" if case.planted else "clean"
        sides[case.kind][side] += 1
    assert set(sides) == KINDS, sorted(sides)
    for kind, counts in sides.items():
        if kind in UNREADABLE:
            assert set(counts) == {"unreadable"} and counts["unreadable"] >= 6, (kind, counts)
        elif kind in PLANTED_ONLY:
            assert set(counts) == {"planted"} and counts["planted"] >= 3, (kind, counts)
        else:
            assert counts["clean"] >= 3 and counts["planted"] >= 3, (kind, counts)
            assert "unreadable" not in counts, (kind, counts)
    assert all(not case.planted for case in cases if not case.readable)


def test_each_article_cites_its_own_source_once(cases: list[Case]) -> None:
    for case in cases:
        assert case.article_html.count(f'href="/sources/{case.name}"') == 1, case.name
        assert "<article>" in case.article_html, case.name
        assert "[" not in case.article_html and "{f}" not in case.article_html, case.name


def test_clean_and_planted_articles_of_a_pair_differ(cases: list[Case]) -> None:
    # A pair shares its source; if the articles were the same, one of them would be mislabelled.
    by_slot: dict[tuple[str, int], dict[bool, Case]] = defaultdict(dict)
    for case in cases:
        if case.readable:
            by_slot[(case.kind, case.topic)][case.planted] = case
    for slot, pair in by_slot.items():
        if len(pair) == 2:
            assert pair[True].article_html != pair[False].article_html, slot


def test_unreadable_sources_cover_the_ways_a_source_fails(cases: list[Case], split: str) -> None:
    failing = [case.source for case in cases if not case.readable]
    statuses = {source.status for source in failing}
    assert {404, 500} <= statuses
    for status in (404, 500):
        kinds = {s.content_type.split(";")[0] for s in failing if s.status == status}
        assert {"text/plain", "text/html"} <= kinds, (status, kinds)
    assert any(s.status == 200 and s.body == b"" for s in failing)
    assert any(s.status == 200 and SETS[split][1] in s.body for s in failing)
    pdfs = [PdfReader(io.BytesIO(s.body)) for s in failing if s.content_type == "application/pdf"]
    assert any(reader.is_encrypted for reader in pdfs)
    scanned = [reader for reader in pdfs if not reader.is_encrypted]
    assert scanned and all(not p.extract_text().strip() for r in scanned for p in r.pages)
    assert any(len(reader.pages) > 1 for reader in scanned)


def test_pdf_sources_are_real_multi_page_reports(cases: list[Case]) -> None:
    reports = [c for c in cases if c.readable and c.source.content_type == "application/pdf"]
    assert sum(c.kind == "pdf report" for c in reports) >= 6
    for case in reports:
        reader = PdfReader(io.BytesIO(case.source.body))
        assert not reader.is_encrypted and len(reader.pages) >= 5, case.name
        assert reader.pages[1].extract_text().startswith("Foreword"), case.name
        assert reader.pages[2].extract_text().startswith("Key results"), case.name


async def test_every_source_is_served_as_written(cases: list[Case]) -> None:
    # Through the bench's own local site: what the bench serves is what the case says.
    site = await _bench()._site(cases).start()
    try:
        async with aiohttp.ClientSession() as session:
            for case in cases:
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
