"""Extraction off the event loop, in a small persistent child process with a time limit.

A thread cannot be stopped, so a page that sends lxml or trafilatura into a long walk would
hold a thread (and the GIL) for as long as it likes. A child process can be killed: on a
timeout the worker is killed and the next page starts a fresh one.

The parent and child speak length-prefixed JSON over the child's stdin and stdout.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import os
import struct
import sys
from typing import Any, BinaryIO

from orchestrator.domain import Article
from orchestrator.errors import NotAnArticle, ReadError

logger = logging.getLogger(__name__)

_HEADER = struct.Struct(">I")
STARTUP_TIMEOUT = 60.0  # importing trafilatura on a cold, busy machine
# The child's address-space ceiling: a bound on what one hostile page can cost the host.
CHILD_MEMORY_BYTES = 2 * 1024 * 1024 * 1024


_WARM_UP_PAGE = (
    "<html><head><title>Warm-up</title><meta name='author' content='copydesk'></head><body>"
    "<article><h1>Warm-up</h1>"
    + "<p>This paragraph exists so that the extractor runs once before real pages. "
    "It has <a href='https://example.invalid/'>a link</a> and a date, 5 March 2024.</p>"
    * 4
    + "</article></body></html>"
)


class ExtractionWorker:
    """Runs extract_article in a child process, one page at a time, killed on a timeout."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._proc: asyncio.subprocess.Process | None = None
        self._lock = asyncio.Lock()

    async def _start(self) -> asyncio.subprocess.Process:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            "from orchestrator.reading.worker import main; main()",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        try:
            ready = await asyncio.wait_for(_receive(proc), STARTUP_TIMEOUT)
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError) as exc:
            await _kill(proc)
            raise ReadError("copydesk's page reader did not start. Try again.") from exc
        if ready.get("ready") is not True:
            await _kill(proc)
            raise ReadError("copydesk's page reader did not start. Try again.")
        logger.info("extraction worker started pid=%s", proc.pid)
        return proc

    async def extract(self, html: str, url: str) -> Article:
        return await self._request({"html": html, "url": url}, url)

    async def read_document(self, data: bytes, content_type: str, url: str) -> Article:
        """A cited source (HTML of any length, PDF, text, CSV) as lines of text, its tables'
        cells spelled out with their headers; NotAnArticle with a sentence if unreadable."""
        return await self._request(
            {
                "kind": "document",
                "data": base64.b64encode(data).decode("ascii"),
                "content_type": content_type,
                "url": url,
            },
            url,
        )

    async def read_pdf(self, data: bytes, url: str) -> Article:
        """A pasted link that is a PDF: its text as the article."""
        return await self._request(
            {"kind": "pdf", "data": base64.b64encode(data).decode("ascii"), "url": url}, url
        )

    async def _request(self, request: dict[str, Any], url: str) -> Article:
        async with self._lock:
            if self._proc is None or self._proc.returncode is not None:
                self._proc = await self._start()
            proc = self._proc
            try:
                # The limit covers sending the page and waiting for the answer, not start-up.
                reply = await asyncio.wait_for(self._ask(proc, request), self._timeout)
            except TimeoutError as exc:
                logger.warning(
                    "extraction timed out after %ss for %s; killing pid=%s",
                    self._timeout,
                    url,
                    proc.pid,
                )
                await self._discard()
                raise ReadError(
                    "That page is too complicated for copydesk to read in time "
                    f"({self._timeout:g} seconds), so it gave up."
                ) from exc
            except (asyncio.IncompleteReadError, ConnectionError, OSError) as exc:
                logger.warning("extraction worker died on %s", url, exc_info=True)
                await self._discard()
                raise ReadError("copydesk's page reader crashed on that page.") from exc
        if "article" in reply:
            return Article.from_json(reply["article"])
        if reply.get("error") == "not_an_article":
            raise NotAnArticle(str(reply.get("message") or "") or None)
        raise ReadError("copydesk's page reader failed on that page.")

    async def _ask(self, proc: asyncio.subprocess.Process, request: dict[str, Any]) -> Any:
        assert proc.stdin is not None
        body = json.dumps(request).encode("utf-8")
        proc.stdin.write(_HEADER.pack(len(body)) + body)
        await proc.stdin.drain()
        return await _receive(proc)

    async def _discard(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            await _kill(proc)

    async def aclose(self) -> None:
        async with self._lock:
            proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None and proc.returncode is None:
            proc.stdin.close()  # end of input: the child leaves its loop and exits
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 2.0)
        await _kill(proc)


async def _receive(proc: asyncio.subprocess.Process) -> Any:
    assert proc.stdout is not None
    header = await proc.stdout.readexactly(_HEADER.size)
    (size,) = _HEADER.unpack(header)
    return json.loads(await proc.stdout.readexactly(size))


async def _kill(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
    await proc.wait()
    # Close our ends now rather than leave them to the garbage collector, which warns.
    if proc.stdin is not None:
        proc.stdin.close()
    transport = getattr(proc, "_transport", None)
    if transport is not None:
        transport.close()


def _send(out: BinaryIO, message: dict[str, Any]) -> None:
    body = json.dumps(message).encode("utf-8")
    out.write(_HEADER.pack(len(body)) + body)
    out.flush()


def _limit_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))
    except (ImportError, ValueError, OSError):  # not on this platform, or already lower
        pass


def serve(inp: BinaryIO, out: BinaryIO) -> None:
    """The child's loop: read a page, answer with an article or an error, until EOF."""
    from orchestrator.reading.extract import extract_article

    # Warm up before saying ready: the extractors set up lazily on their first page, and
    # that cost belongs to start-up, not to a user's page and its time limit.
    with contextlib.suppress(Exception):
        extract_article(_WARM_UP_PAGE, "https://copydesk.invalid/warm-up")
    with contextlib.suppress(Exception):
        import pypdf  # noqa: F401  (imported now, so a source's time limit is its own)
    _send(out, {"ready": True})
    while True:
        header = inp.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return
        (size,) = _HEADER.unpack(header)
        request = json.loads(inp.read(size))
        try:
            article = _answer(request)
        except NotAnArticle as exc:
            _send(out, {"error": "not_an_article", "message": exc.message})
        except Exception as exc:  # answer, and stay alive for the next page
            logger.exception("extraction failed for %s", request.get("url"))
            _send(out, {"error": "failed", "message": str(exc)})
        else:
            _send(out, {"article": article.to_json()})


def _answer(request: dict[str, Any]) -> Article:
    """One request in the child: an article page (the default), a cited source, or a PDF."""
    if request.get("kind") is not None:
        request = {**request, "data": base64.b64decode(request["data"])}
    return answer(request)


def answer(request: dict[str, Any]) -> Article:
    """One request, its document's bytes decoded: what the child answers, wherever it runs
    (`InlineExtractor` calls it in the parent)."""
    kind = request.get("kind")
    if kind is None:
        from orchestrator.reading.extract import extract_article

        return extract_article(request["html"], request["url"])
    from orchestrator.reading.documents import DocumentLimits, read_document, read_pdf_article

    data: bytes = request["data"]
    if kind == "pdf":
        return read_pdf_article(data, request["url"], DocumentLimits())
    return read_document(data, request["content_type"], request["url"], DocumentLimits())


def main() -> None:
    # The protocol owns the original stdout; anything a library prints goes to stderr.
    protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    # The extractors log every page they find nothing in at ERROR; the parent reports that.
    for noisy in ("trafilatura", "htmldate", "readability", "courlan", "justext", "pypdf"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    _limit_memory()
    serve(sys.stdin.buffer, protocol_out)


if __name__ == "__main__":
    main()
