"""Fetching an untrusted link: one guarded aiohttp session, redirects by hand, bounded reads.

Every failure becomes a ReadError (or LinkRefused / NotAnArticle) whose message is a sentence
the person who pasted the link can act on.
"""

from __future__ import annotations

import asyncio
import codecs
import logging
import re
from dataclasses import dataclass

import aiohttp
from aiohttp.abc import AbstractResolver
from yarl import URL

from orchestrator.errors import LinkRefused, NotAnArticle, ReadError
from orchestrator.reading.netguard import AddressGuard, BlockedAddress, GuardedResolver, Hop, hop
from orchestrator.reading.policy import FetchPolicy, check_url
from orchestrator.telemetry import NO_TELEMETRY, Telemetry

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK_SIZE = 64 * 1024
# aiohttp's own defaults, written out because they are part of the safety story: a server
# cannot make the client buffer unbounded header lines or header counts.
MAX_LINE_SIZE = 8190
MAX_FIELD_SIZE = 8190
MAX_HEADERS = 128

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class FetchedPage:
    final_url: str  # after redirects
    status: int
    content_type: str
    text: str
    data: bytes = b""  # the body as sent (decompressed): what a PDF is read from


def _size(n: int) -> str:
    mib = 1024 * 1024
    if n >= mib:
        return f"{n / mib:g} MB"
    return f"{max(1, n // 1024)} KB"


def _seconds(value: float) -> str:
    return f"{value:g} second" + ("" if value == 1 else "s")


def _status_sentence(status: int, reason: str | None) -> str:
    label = f"{status} {reason}".strip() if reason else str(status)
    if status in (401, 403):
        return f"The site refused copydesk access ({label}); copydesk can only read public pages."
    if status in (404, 410):
        return f"The site says that page does not exist ({label}). Check the link."
    if status == 429:
        return f"The site is turning copydesk away for asking too often ({label}). Try later."
    if status >= 500:
        return f"The site had an error ({label}). Try again later."
    return f"The site answered {label}, so copydesk could not read the page."


def _content_type_refusal(content_type: str) -> NotAnArticle:
    if content_type == "application/pdf":
        return NotAnArticle("That link is a PDF, which copydesk cannot read yet.")
    kind = content_type.split("/", 1)[0]
    if kind in ("image", "video", "audio"):
        return NotAnArticle(
            f"That link is {'an' if kind == 'image' else 'a'} {kind}, not an article; "
            "send the link to the article's page instead."
        )
    return NotAnArticle(f"That link is not a web page copydesk can read (it is {content_type}).")


def _charset(declared: str | None, body: bytes) -> str:
    candidates = [declared] if declared else []
    found = _META_CHARSET.search(body[:4096])
    if found:
        candidates.append(found.group(1).decode("ascii", "replace"))
    for name in candidates:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return "utf-8"


def _blocked_in(exc: BaseException, current: Hop) -> str | None:
    """The guard's sentence behind an aiohttp connection error, if the guard caused it."""
    seen: set[int] = set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        if isinstance(node, BlockedAddress):
            return node.sentence
        if isinstance(node, aiohttp.ClientConnectorError) and isinstance(
            node.os_error, BlockedAddress
        ):
            return node.os_error.sentence
        node = node.__cause__ or node.__context__
    # With several addresses, aiohappyeyeballs may merge the errors into one plain OSError.
    return current.refusals[0] if current.refusals else None


class SafeFetcher:
    """Fetches untrusted links through one shared, guarded aiohttp session."""

    def __init__(
        self,
        policy: FetchPolicy,
        *,
        resolver: AbstractResolver | None = None,
        telemetry: Telemetry = NO_TELEMETRY,
    ) -> None:
        self._policy = policy
        self._telemetry = telemetry
        self._guard = AddressGuard(policy)
        self._inner_resolver = resolver
        self._session: aiohttp.ClientSession | None = None

    @property
    def policy(self) -> FetchPolicy:
        return self._policy

    def _session_now(self) -> aiohttp.ClientSession:
        # Created lazily: a ClientSession belongs to the running loop, and __init__ has none.
        if self._session is None or self._session.closed:
            inner = self._inner_resolver or aiohttp.ThreadedResolver()
            connector = aiohttp.TCPConnector(
                resolver=GuardedResolver(inner, self._guard),
                socket_factory=self._guard.socket_factory,
                # Every connection resolves afresh, so what is checked is what is connected.
                use_dns_cache=False,
                limit=32,
                limit_per_host=4,
            )
            policy = self._policy
            self._session = aiohttp.ClientSession(
                connector=connector,
                trust_env=False,  # no proxies or .netrc from the environment
                cookie_jar=aiohttp.DummyCookieJar(),  # no state carried between sites
                timeout=aiohttp.ClientTimeout(
                    total=None,  # the whole fetch, redirects included, is bounded below
                    connect=policy.connect_timeout,
                    sock_connect=policy.connect_timeout,
                    sock_read=policy.read_timeout,
                ),
                headers={
                    "User-Agent": policy.user_agent,
                    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                },
                max_line_size=MAX_LINE_SIZE,
                max_field_size=MAX_FIELD_SIZE,
                max_headers=MAX_HEADERS,
            )
        return self._session

    async def fetch(self, url: str, *, accept: frozenset[str] = HTML_TYPES) -> FetchedPage:
        """Fetch `url`, following redirects by hand; raises ReadError with a user sentence.

        `accept`: the content types wanted (web pages for an article; cited sources may also
        be PDF, plain text or CSV). Anything else is refused with a sentence."""
        # A client span with its outcome: the page's status, or the sentence the user got.
        with self._telemetry.span(
            "GET", {"http.request.method": "GET", "url.full": url}, kind="client"
        ) as span:
            page = await self._fetch(url, accept)
            span.set_attributes(
                {"http.response.status_code": page.status, "copydesk.final_url": page.final_url}
            )
            return page

    async def _fetch(self, url: str, accept: frozenset[str]) -> FetchedPage:
        target = check_url(url, self._policy)
        try:
            async with asyncio.timeout(self._policy.total_timeout):
                return await self._follow(target, accept)
        except TimeoutError as exc:
            if isinstance(exc, aiohttp.ConnectionTimeoutError):
                raise ReadError(
                    f"copydesk could not connect to {target.host} within "
                    f"{_seconds(self._policy.connect_timeout)}."
                ) from exc
            if isinstance(exc, aiohttp.SocketTimeoutError | aiohttp.ServerTimeoutError):
                raise ReadError(
                    f"The site stopped sending the page for {_seconds(self._policy.read_timeout)}"
                    ", so copydesk gave up."
                ) from exc
            raise ReadError(
                f"The site took longer than {_seconds(self._policy.total_timeout)} to send "
                "the page, so copydesk gave up."
            ) from exc

    async def _follow(self, target: URL, accept: frozenset[str]) -> FetchedPage:
        seen = {str(target)}
        redirects = 0
        while True:
            location = await self._one_hop(target, accept)
            if isinstance(location, FetchedPage):
                return location
            redirects += 1
            try:
                nxt = target.join(URL(location))
            except (ValueError, TypeError, UnicodeError) as exc:
                raise ReadError("The site redirected to an address that does not work.") from exc
            nxt = check_url(nxt, self._policy, redirected=True)
            if str(nxt) in seen:
                raise ReadError("The link redirects in a loop, so copydesk stopped following it.")
            if redirects > self._policy.max_redirects:
                raise ReadError(
                    f"The link redirected more than {self._policy.max_redirects} times, "
                    "so copydesk stopped following it."
                )
            logger.info("fetch redirect %s -> %s", target, nxt)
            seen.add(str(nxt))
            target = nxt

    async def _one_hop(self, target: URL, accept: frozenset[str]) -> FetchedPage | str:
        """One request: a page, or the Location of a redirect."""
        session = self._session_now()
        assert target.raw_host is not None and target.port is not None
        with hop(target.raw_host, target.port) as current:
            try:
                async with session.get(target, allow_redirects=False) as resp:
                    if resp.status in REDIRECT_STATUSES:
                        location = resp.headers.get("Location")
                        if not location:
                            raise ReadError("The site redirected without saying where to.")
                        return location
                    return await self._page(target, resp, accept)
            except aiohttp.ClientConnectorError as exc:
                blocked = _blocked_in(exc, current)
                if blocked is not None:
                    raise LinkRefused(blocked) from exc
                if isinstance(exc, aiohttp.ClientSSLError):
                    raise ReadError(
                        f"copydesk could not make a secure connection to {target.host}."
                    ) from exc
                if isinstance(exc, aiohttp.ClientConnectorDNSError):
                    raise ReadError(
                        f"copydesk could not find the site {target.host}. Check the link."
                    ) from exc
                raise ReadError(f"copydesk could not connect to {target.host}.") from exc
            except aiohttp.ClientPayloadError as exc:
                raise ReadError(
                    "The site sent a damaged page (it broke off or its compression was "
                    "invalid), so copydesk could not read it."
                ) from exc
            except aiohttp.ClientResponseError as exc:
                # aiohttp raises this for answers it cannot parse, e.g. oversized headers.
                raise ReadError(
                    "The site sent an answer copydesk could not understand, so it stopped."
                ) from exc
            except aiohttp.ServerDisconnectedError as exc:
                raise ReadError("The site closed the connection before sending the page.") from exc
            except aiohttp.ClientConnectionError as exc:
                if isinstance(exc, TimeoutError):
                    raise
                raise ReadError(f"The connection to {target.host} failed.") from exc

    async def _page(
        self, target: URL, resp: aiohttp.ClientResponse, accept: frozenset[str]
    ) -> FetchedPage:
        if resp.status >= 400 or resp.status < 200:
            raise ReadError(_status_sentence(resp.status, resp.reason))
        if resp.status == 204:
            raise NotAnArticle("The site answered with an empty page.")
        declared = resp.headers.get("Content-Type")
        content_type = resp.content_type if declared else "text/html"
        if content_type not in accept:
            raise _content_type_refusal(content_type)
        limit = self._policy.max_bytes
        too_large = ReadError(
            f"The page is larger than {_size(limit)}, so copydesk stopped reading it."
        )
        if resp.content_length is not None and resp.content_length > limit:
            raise too_large
        # aiohttp hands out decompressed bytes here, so the cap bounds what is held in memory
        # whatever the Content-Encoding (a 10 KB gzip bomb counts as the gigabytes it is).
        parts: list[bytes] = []
        total = 0
        async for chunk in resp.content.iter_chunked(CHUNK_SIZE):
            total += len(chunk)
            if total > limit:
                raise too_large
            parts.append(chunk)
        body = b"".join(parts)
        text = ""
        if content_type.startswith("text/") or content_type in HTML_TYPES:
            text = body.decode(_charset(resp.charset, body), errors="replace")
        return FetchedPage(
            final_url=str(target),
            status=resp.status,
            content_type=content_type,
            text=text,
            data=body,
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
