"""SafeReader against hostile local servers: every refusal is a sentence, and a server that
must not be reached records no request.

The reachable article server is allow-listed by its exact 127.0.0.1:port; a second
"forbidden" server on another loopback port stands in for the bot's internal services.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import socket
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

import brotli
import pytest
from aiohttp import web

from orchestrator.errors import LinkRefused, NotAnArticle, ReadError
from orchestrator.reading import FetchPolicy, InlineExtractor, SafeReader
from orchestrator.reading.worker import ExtractionWorker
from reading_helpers import ARTICLE_HTML, FakeResolver, LocalServer, html, redirect

MB = 1024 * 1024
INSIDE = "copydesk does not fetch addresses inside the network ({})."
REDIRECTED = " The link redirected there."


async def _huge_stream(request: web.Request) -> web.StreamResponse:
    """26 MB with no Content-Length (chunked), as fast as the client will take it."""
    resp = web.StreamResponse(headers={"Content-Type": "text/html"})
    await resp.prepare(request)
    chunk = b"<p>" + b"x" * (64 * 1024) + b"</p>"
    try:
        for _ in range(26 * 16):
            await resp.write(chunk)
    except (ConnectionResetError, ConnectionError):
        pass  # the client stopped reading, as it should
    return resp


async def _declared_huge(request: web.Request) -> web.StreamResponse:
    resp = web.StreamResponse(headers={"Content-Type": "text/html"})
    resp.content_length = 26 * MB
    await resp.prepare(request)
    try:
        await resp.write(b"<html>")
        await asyncio.sleep(10)
    except (ConnectionResetError, ConnectionError):
        pass
    return resp


@functools.cache
def _bomb(encoding: str) -> bytes:
    """50 MB of page in a few tens of KB: 25 times the cap the test sets."""
    page = b"<html><body><p>" + b"A" * (50 * MB) + b"</p></body></html>"
    if encoding == "gzip":
        return gzip.compress(page, compresslevel=9)
    if encoding == "deflate":
        return zlib.compress(page, 9)
    return bytes(brotli.compress(page, quality=5))


def _bomb_handler(encoding: str) -> web.StreamResponse:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(
            body=_bomb(encoding),
            headers={"Content-Type": "text/html", "Content-Encoding": encoding},
        )

    return handler  # type: ignore[return-value]


async def _slow_loris(request: web.Request) -> web.StreamResponse:
    """A byte at a time, each well inside the read timeout, for ever."""
    resp = web.StreamResponse(headers={"Content-Type": "text/html"})
    await resp.prepare(request)
    try:
        while True:
            await resp.write(b"<")
            await asyncio.sleep(0.02)
    except (ConnectionResetError, ConnectionError):
        pass
    return resp


async def _article_then_close(request: web.Request) -> web.StreamResponse:
    resp = web.Response(text=ARTICLE_HTML, content_type="text/html")
    resp.force_close()  # so the next request needs a new connection, and a new lookup
    return resp


async def _silent(request: web.Request) -> web.StreamResponse:
    await asyncio.sleep(30)
    return web.Response(text="too late")


def _typed(content_type: str, body: bytes = b"\x89PNG\r\n\x1a\n....") -> web.StreamResponse:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=body, headers={"Content-Type": content_type})

    return handler  # type: ignore[return-value]


async def _bad_utf8(request: web.Request) -> web.StreamResponse:
    body = ARTICLE_HTML.replace("The original estimate", "The \udcff original estimate")
    raw = body.encode("utf-8", errors="surrogateescape")  # a lone 0xFF byte: invalid UTF-8
    return web.Response(body=raw, headers={"Content-Type": "text/html; charset=utf-8"})


async def _huge_header(request: web.Request) -> web.StreamResponse:
    return web.Response(
        text="<p>hi</p>", content_type="text/html", headers={"X-Big": "a" * 100_000}
    )


async def _deep_divs(request: web.Request) -> web.StreamResponse:
    depth = 1_000_000
    page = "<html><body>" + "<div>" * depth + "<p>deep words</p>" * 50 + "</div>" * depth
    return web.Response(text=page + "</body></html>", content_type="text/html")


def _status(code: int) -> web.StreamResponse:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=code, text="no", content_type="text/html")

    return handler  # type: ignore[return-value]


@dataclass
class Servers:
    good: LocalServer
    forbidden: LocalServer

    @property
    def f(self) -> int:
        return self.forbidden.port


@pytest.fixture
async def servers() -> AsyncIterator[Servers]:
    forbidden = await LocalServer({"/": html("internal secrets"), "/x": html("x")}).start()
    good = await LocalServer({}).start()
    f = forbidden.port
    good.routes.update(
        {
            "/article": html(ARTICLE_HTML),
            "/article-close": _article_then_close,
            "/to-loopback": redirect(f"http://127.0.0.1:{f}/"),
            "/to-localhost": redirect(f"//localhost:{f}/x"),
            "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
            "/to-file": redirect("file:///etc/passwd"),
            "/to-mapped": redirect(f"http://[::ffff:127.0.0.1]:{f}/", status=307),
            "/loop-a": redirect("/loop-b"),
            "/loop-b": redirect("/loop-a", status=301),
            "/hop-1": redirect("/hop-2"),
            "/hop-2": redirect("/hop-3", status=303),
            "/hop-3": redirect("/article", status=308),
            "/no-location": _status(302),  # type: ignore[dict-item]
            "/huge": _huge_stream,
            "/declared-huge": _declared_huge,
            "/slow": _slow_loris,
            "/silent": _silent,
            "/png": _typed("image/png"),  # type: ignore[dict-item]
            "/pdf": _typed("application/pdf", b"%PDF-1.7\n"),  # type: ignore[dict-item]
            "/zip": _typed("application/zip", b"PK\x03\x04"),  # type: ignore[dict-item]
            "/bad-utf8": _bad_utf8,
            "/huge-header": _huge_header,
            "/deep": _deep_divs,
            "/empty": html("<html><body><p>Sign in to continue.</p></body></html>"),
            "/gone": _status(404),  # type: ignore[dict-item]
            "/private": _status(403),  # type: ignore[dict-item]
            "/broken": _status(503),  # type: ignore[dict-item]
        }
    )
    for encoding in ("gzip", "br", "deflate"):
        good.routes[f"/bomb-{encoding}"] = _bomb_handler(encoding)  # type: ignore[assignment]
    try:
        yield Servers(good=good, forbidden=forbidden)
    finally:
        await good.close()
        await forbidden.close()


def _policy(servers: Servers, **kw: float | int) -> FetchPolicy:
    return FetchPolicy.from_allow_list(servers.good.allow, **kw)  # type: ignore[arg-type]


@pytest.fixture
async def reader(servers: Servers) -> AsyncIterator[SafeReader]:
    reader = SafeReader(
        _policy(servers, total_timeout=5.0, read_timeout=2.0), extractor=InlineExtractor()
    )
    try:
        yield reader
    finally:
        await reader.aclose()


async def test_allow_listed_article_is_read(servers: Servers, reader: SafeReader) -> None:
    article = await reader.read(servers.good.url("/article"))
    assert article.title == "Harbour dredging costs double"
    assert article.byline == "Maria Okafor"
    assert "doubled to 14 million pounds" in article.text
    assert [link.url for link in article.links][:2] == [
        "https://council.example/reports/2024-harbour.pdf",
        servers.good.url("/science/silt-study"),
    ]
    assert servers.good.hits == ["/article"]
    assert servers.forbidden.hits == []


async def test_redirects_are_followed_by_hand(servers: Servers, reader: SafeReader) -> None:
    page = await reader.fetch(servers.good.url("/hop-1"))
    assert page.final_url == servers.good.url("/article")
    assert page.status == 200
    assert page.content_type == "text/html"
    assert servers.good.hits == ["/hop-1", "/hop-2", "/hop-3", "/article"]


@pytest.mark.parametrize(
    ("template", "shown"),
    [
        ("http://127.0.0.1:{f}/", "127.0.0.1"),
        ("http://localhost:{f}/", "localhost"),
        ("http://LOCALHOST.:{f}/", "localhost"),
        ("http://0.0.0.0:{f}/", "0.0.0.0"),
        ("http://[::ffff:127.0.0.1]:{f}/", "::ffff:7f00:1"),
        ("http://2130706433:{f}/", "127.0.0.1"),
        ("http://0x7f000001:{f}/", "127.0.0.1"),
        ("http://0177.0.0.1:{f}/", "127.0.0.1"),
        ("http://127.1:{f}/", "127.0.0.1"),
        ("http://①②⑦.⓪.⓪.①:{f}/", "127.0.0.1"),
        ("http://[64:ff9b::7f00:1]:{f}/", "64:ff9b::7f00:1"),
    ],
)
async def test_loopback_in_any_spelling_is_refused_before_connecting(
    servers: Servers, reader: SafeReader, template: str, shown: str
) -> None:
    with pytest.raises(LinkRefused) as refused:
        await reader.read(template.format(f=servers.f))
    assert refused.value.message == INSIDE.format(shown)
    assert servers.forbidden.hits == []


async def test_other_ports_of_an_allowed_address_stay_blocked(servers: Servers) -> None:
    # The allow entry is 127.0.0.1:<good port>; the same address on the forbidden port is not
    # exempt, and neither is a port such as 6379 on a public name.
    reader = SafeReader(_policy(servers), extractor=InlineExtractor())
    try:
        with pytest.raises(LinkRefused) as refused:
            await reader.read(servers.forbidden.url("/"))
        assert refused.value.message == INSIDE.format("127.0.0.1")
        with pytest.raises(LinkRefused) as refused:
            await reader.read("http://example.com:6379/")
        assert refused.value.message == (
            "copydesk only fetches links on the usual web ports (80 and 443), not port 6379."
        )
    finally:
        await reader.aclose()
    assert servers.forbidden.hits == []


@pytest.mark.skipif(not socket.has_ipv6, reason="no IPv6 on this host")
async def test_ipv6_loopback_is_refused() -> None:
    try:
        forbidden6 = await LocalServer({"/": html("v6 secrets")}, host="::1").start()
    except OSError:
        pytest.skip("cannot listen on ::1 here")
    reader = SafeReader(FetchPolicy(), extractor=InlineExtractor())
    try:
        with pytest.raises(LinkRefused) as refused:
            await reader.read(forbidden6.url("/"))
        assert refused.value.message == INSIDE.format("::1")
    finally:
        await reader.aclose()
        await forbidden6.close()
    assert forbidden6.hits == []


@pytest.mark.parametrize(
    ("path", "sentence"),
    [
        ("/to-loopback", INSIDE.format("127.0.0.1") + REDIRECTED),
        ("/to-localhost", INSIDE.format("localhost") + REDIRECTED),
        ("/to-mapped", INSIDE.format("::ffff:7f00:1") + REDIRECTED),
        ("/to-metadata", INSIDE.format("169.254.169.254") + REDIRECTED),
        ("/to-file", "copydesk only reads http and https links." + REDIRECTED),
        ("/loop-a", "The link redirects in a loop, so copydesk stopped following it."),
        ("/no-location", "The site redirected without saying where to."),
    ],
)
async def test_redirects_are_rechecked_at_every_hop(
    servers: Servers, reader: SafeReader, path: str, sentence: str
) -> None:
    with pytest.raises(ReadError) as refused:
        await reader.read(servers.good.url(path))
    assert refused.value.message == sentence
    assert servers.forbidden.hits == []


async def test_too_many_redirects(servers: Servers) -> None:
    reader = SafeReader(_policy(servers, max_redirects=2), extractor=InlineExtractor())
    try:
        with pytest.raises(ReadError) as refused:
            await reader.read(servers.good.url("/hop-1"))
    finally:
        await reader.aclose()
    assert refused.value.message == (
        "The link redirected more than 2 times, so copydesk stopped following it."
    )
    assert servers.good.hits == ["/hop-1", "/hop-2", "/hop-3"]


async def test_names_are_checked_where_they_resolve(servers: Servers) -> None:
    resolver = FakeResolver(
        {
            "intranet.test": ["10.0.0.5"],
            "mixed.test": ["93.184.216.34", "127.0.0.1"],
            "loop.test": ["127.0.0.2"],
            # Rebinding: the first answer is the allowed server, the next one is not.
            "flip.test": [["127.0.0.1"], ["10.9.9.9"]],
        }
    )
    reader = SafeReader(_policy(servers), resolver=resolver, extractor=InlineExtractor())
    g = servers.good.port
    try:
        for url, sentence in [
            ("http://intranet.test/", INSIDE.format("intranet.test is 10.0.0.5")),
            ("https://mixed.test/", INSIDE.format("mixed.test is 127.0.0.1")),
            (f"http://loop.test:{g}/article", INSIDE.format("loop.test is 127.0.0.2")),
        ]:
            with pytest.raises(LinkRefused) as refused:
                await reader.read(url)
            assert refused.value.message == sentence
        article = await reader.read(f"http://flip.test:{g}/article-close")
        assert article.title == "Harbour dredging costs double"
        with pytest.raises(LinkRefused) as refused:
            await reader.read(f"http://flip.test:{g}/article-close")
        assert refused.value.message == INSIDE.format("flip.test is 10.9.9.9")
    finally:
        await reader.aclose()
    assert resolver.lookups == [
        "intranet.test",
        "mixed.test",
        "loop.test",
        "flip.test",
        "flip.test",
    ]
    assert servers.good.hits == ["/article-close"]


async def test_an_allow_listed_name_is_exempt_but_only_that_name(servers: Servers) -> None:
    g = servers.good.port
    resolver = FakeResolver({"newsroom.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]})
    policy = FetchPolicy.from_allow_list(f"newsroom.test:{g}")
    reader = SafeReader(policy, resolver=resolver, extractor=InlineExtractor())
    try:
        page = await reader.fetch(f"http://newsroom.test:{g}/article")
        assert page.final_url == f"http://newsroom.test:{g}/article"
        with pytest.raises(LinkRefused) as refused:
            await reader.fetch(f"http://other.test:{g}/article")
        assert refused.value.message == INSIDE.format("other.test is 127.0.0.1")
        with pytest.raises(LinkRefused) as refused:
            await reader.fetch(f"http://newsroom.test:{g}/to-loopback")
        assert refused.value.message == INSIDE.format("127.0.0.1") + REDIRECTED
    finally:
        await reader.aclose()
    assert servers.good.hits == ["/article", "/to-loopback"]
    assert servers.forbidden.hits == []


async def test_unknown_name_is_a_sentence(servers: Servers) -> None:
    reader = SafeReader(_policy(servers), resolver=FakeResolver({}), extractor=InlineExtractor())
    try:
        with pytest.raises(ReadError) as failed:
            await reader.read("https://no-such-site.test/story")
    finally:
        await reader.aclose()
    assert (
        failed.value.message
        == "copydesk could not find the site no-such-site.test. Check the link."
    )


async def test_body_without_length_is_capped(servers: Servers, reader: SafeReader) -> None:
    with pytest.raises(ReadError) as refused:
        await reader.fetch(servers.good.url("/huge"))
    assert refused.value.message == "The page is larger than 5 MB, so copydesk stopped reading it."


async def test_declared_length_is_refused_before_reading(
    servers: Servers, reader: SafeReader
) -> None:
    with pytest.raises(ReadError) as refused:
        await reader.fetch(servers.good.url("/declared-huge"))
    assert refused.value.message == "The page is larger than 5 MB, so copydesk stopped reading it."


@pytest.mark.parametrize("encoding", ["gzip", "br", "deflate"])
async def test_compression_bombs_are_capped_on_decompressed_bytes(
    servers: Servers, encoding: str
) -> None:
    reader = SafeReader(_policy(servers, max_bytes=2 * MB), extractor=InlineExtractor())
    try:
        with pytest.raises(ReadError) as refused:
            await reader.fetch(servers.good.url(f"/bomb-{encoding}"))
    finally:
        await reader.aclose()
    assert refused.value.message == "The page is larger than 2 MB, so copydesk stopped reading it."


async def test_slow_loris_hits_the_total_timeout(servers: Servers) -> None:
    reader = SafeReader(
        _policy(servers, total_timeout=0.3, read_timeout=5.0), extractor=InlineExtractor()
    )
    try:
        with pytest.raises(ReadError) as refused:
            await reader.fetch(servers.good.url("/slow"))
    finally:
        await reader.aclose()
    assert refused.value.message == (
        "The site took longer than 0.3 seconds to send the page, so copydesk gave up."
    )


async def test_silent_server_hits_the_read_timeout(servers: Servers) -> None:
    reader = SafeReader(
        _policy(servers, total_timeout=10.0, read_timeout=0.2), extractor=InlineExtractor()
    )
    try:
        with pytest.raises(ReadError) as refused:
            await reader.fetch(servers.good.url("/silent"))
    finally:
        await reader.aclose()
    assert refused.value.message == (
        "The site stopped sending the page for 0.2 seconds, so copydesk gave up."
    )


@pytest.mark.parametrize(
    ("path", "error", "sentence"),
    [
        # A PDF is read now; this one is only a header, and says so.
        (
            "/pdf",
            NotAnArticle,
            "That PDF is damaged or not really a PDF, so copydesk could not read it.",
        ),
        (
            "/png",
            NotAnArticle,
            "That link is an image, not an article; send the link to the article's page instead.",
        ),
        (
            "/zip",
            NotAnArticle,
            "That link is not a web page copydesk can read (it is application/zip).",
        ),
        (
            "/gone",
            ReadError,
            "The site says that page does not exist (404 Not Found). Check the link.",
        ),
        (
            "/private",
            ReadError,
            "The site refused copydesk access (403 Forbidden); "
            "copydesk can only read public pages.",
        ),
        ("/broken", ReadError, "The site had an error (503 Service Unavailable). Try again later."),
        (
            "/huge-header",
            ReadError,
            "The site sent an answer copydesk could not understand, so it stopped.",
        ),
        (
            "/empty",
            NotAnArticle,
            "That page has too little text to be an article (it may be a front page, a login or "
            "paywall page, or need JavaScript).",
        ),
    ],
)
async def test_unreadable_answers_are_sentences(
    servers: Servers, reader: SafeReader, path: str, error: type[ReadError], sentence: str
) -> None:
    with pytest.raises(error) as refused:
        await reader.read(servers.good.url(path))
    assert refused.value.message == sentence


async def test_invalid_utf8_is_replaced_and_still_extracted(
    servers: Servers, reader: SafeReader
) -> None:
    page = await reader.fetch(servers.good.url("/bad-utf8"))
    assert "The \ufffd original estimate" in page.text
    article = await reader.read(servers.good.url("/bad-utf8"))
    assert "original estimate, published in 2021" in article.text


@pytest.mark.slow  # a hostile page in the extraction child, and the child after it
async def test_deeply_nested_page_fails_cleanly(servers: Servers) -> None:
    # 10**6 nested <div>s are 11 MB, over the default cap; raise it to reach extraction.
    # Measured: libxml2 stops building the tree at depth 256 (without HUGE_TREE), so the page
    # parses quickly into almost nothing and extraction reports too little text.
    reader = SafeReader(_policy(servers, max_bytes=16 * MB))
    try:
        with pytest.raises(NotAnArticle):
            await reader.read(servers.good.url("/deep"))
        article = await reader.read(servers.good.url("/article"))  # the reader still works
    finally:
        await reader.aclose()
    assert article.byline == "Maria Okafor"


@pytest.mark.slow  # the extraction child itself: killed on its time limit, then replaced
async def test_slow_extraction_is_killed_and_the_worker_replaced() -> None:
    paragraph = (
        "<p>" + "The council said the harbour would cost more than planned this year. " * 8
    ) + "</p>\n"
    heavy = "<html><body><article>" + paragraph * 8000 + "</article></body></html>"
    worker = ExtractionWorker(timeout=0.5)
    try:
        with pytest.raises(ReadError) as slow:
            await worker.extract(heavy, "https://heavy.example/")
        assert slow.value.message == (
            "That page is too complicated for copydesk to read in time (0.5 seconds), "
            "so it gave up."
        )
        article = await worker.extract(ARTICLE_HTML, "https://ledger.example/harbour")
        assert article.title == "Harbour dredging costs double"
    finally:
        await worker.aclose()
