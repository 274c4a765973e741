"""The fetch policy, and its first check: a link vetted before any connection is made.

`FetchPolicy` is what Settings build (COPYDESK_FETCH_ALLOW and the size and time limits);
`check_url` refuses a link on its scheme, user info, port or literal address with a sentence
the person who pasted it can act on. A DNS name is judged later, on the addresses it
resolves to and connects to (netguard.py).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any

from yarl import URL

from orchestrator.errors import LinkRefused
from orchestrator.reading.addresses import (
    STANDARD_PORTS,
    IPAddress,
    IPNetwork,
    blocked_reason,
    blocked_sentence,
    legacy_ipv4,
    parse_ip,
)


@dataclass(frozen=True)
class AllowEntry:
    """One COPYDESK_FETCH_ALLOW entry: a host (with an optional port) or an address range."""

    host: str | None = None
    port: int | None = None
    network: IPNetwork | None = None

    @classmethod
    def parse(cls, raw: str) -> AllowEntry:
        text = raw.strip()
        if not text:
            raise ValueError("an empty fetch allow-list entry")
        if "/" in text:
            return cls(network=ipaddress.ip_network(text, strict=False))
        if ":" in text and not text.startswith("[") and text.count(":") > 1:
            return cls(host=_normalise_host(text))  # a bare IPv6 address
        try:
            url = URL(f"http://{text}")
        except ValueError as exc:
            raise ValueError(f"{raw!r} is not a host, host:port or address range") from exc
        if url.raw_host is None or url.path not in ("", "/") or url.user is not None:
            raise ValueError(f"{raw!r} is not a host, host:port or address range")
        return cls(host=_normalise_host(url.raw_host), port=url.explicit_port)

    def _port_ok(self, port: int) -> bool:
        if self.port is None:
            return port in STANDARD_PORTS
        return self.port == port

    def allows_host(self, host: str, port: int) -> bool:
        return self.host is not None and self.host == _normalise_host(host) and self._port_ok(port)

    def covers(self, ip: IPAddress) -> bool:
        """Whether the entry names this address, on whatever port."""
        if self.network is not None:
            return ip.version == self.network.version and ip in self.network
        entry_ip = parse_ip(self.host) if self.host is not None else None
        return entry_ip is not None and _same_address(entry_ip, ip)

    def allows_address(self, ip: IPAddress, port: int) -> bool:
        return self.covers(ip) and self._port_ok(port)


def _same_address(a: IPAddress, b: IPAddress) -> bool:
    def plain(ip: IPAddress) -> IPAddress:
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        return ip

    return plain(a) == plain(b)


def _normalise_host(host: str) -> str:
    host = host.strip().strip("[]").lower().rstrip(".")
    ip = parse_ip(host)
    return str(ip) if ip is not None else host


def _split_allow_list(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    return tuple(part.strip() for part in raw.replace(";", ",").split(",") if part.strip())


@dataclass(frozen=True)
class FetchPolicy:
    """How copydesk fetches untrusted links. Settings build one; tests shrink its limits."""

    allow: tuple[str, ...] = ()  # "host[:port]" or CIDR entries exempt from the block
    max_bytes: int = 5 * 1024 * 1024  # decompressed body cap
    max_redirects: int = 5
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 20.0
    extract_timeout: float = 10.0
    user_agent: str = "copydesk/0.1 (+article fact-checking bot)"
    entries: tuple[AllowEntry, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Parsed once so that a bad COPYDESK_FETCH_ALLOW fails at start-up, not on a link.
        object.__setattr__(self, "entries", tuple(AllowEntry.parse(item) for item in self.allow))

    @classmethod
    def from_allow_list(cls, raw: str | None, **kw: Any) -> FetchPolicy:
        """Parse "a.com,127.0.0.1:8080,10.0.0.0/8" (commas or semicolons, spaces ignored)."""
        return cls(allow=_split_allow_list(raw), **kw)

    def allows_host(self, host: str, port: int) -> bool:
        return any(entry.allows_host(host, port) for entry in self.entries)

    def allows_address(self, ip: IPAddress, port: int) -> bool:
        return any(entry.allows_address(ip, port) for entry in self.entries)

    def covers(self, ip: IPAddress) -> bool:
        """Whether an entry without a port exempts this address (on the usual ports)."""
        return any(entry.port is None and entry.covers(ip) for entry in self.entries)

    def mentions_port(self, port: int) -> bool:
        return any(entry.port == port for entry in self.entries)


def _with_hop(sentence: str, redirected: bool) -> str:
    return f"{sentence} The link redirected there." if redirected else sentence


def check_url(raw: str | URL, policy: FetchPolicy, *, redirected: bool = False) -> URL:
    """Parse and vet a link as aiohttp will see it; raise LinkRefused with a sentence if not.

    Parsing is yarl's, as aiohttp's is, so IDNA normalisation (①②⑦.⓪.⓪.① is 127.0.0.1) and
    user-info splitting agree with what would actually be connected to.
    """
    try:
        url = raw if isinstance(raw, URL) else URL(raw.strip())
    except (ValueError, TypeError, UnicodeError) as exc:
        raise LinkRefused(
            _with_hop("That link is not a web address copydesk can read.", redirected)
        ) from exc
    if url.scheme not in ("http", "https"):
        raise LinkRefused(_with_hop("copydesk only reads http and https links.", redirected))
    if url.user is not None or url.password is not None:
        raise LinkRefused(
            _with_hop(
                "copydesk does not fetch links with a user name or password in them.", redirected
            )
        )
    host = url.raw_host
    if not host:
        raise LinkRefused(_with_hop("That link has no site name in it.", redirected))
    port = url.port
    if port is None:  # pragma: no cover - http and https always have a default port
        raise LinkRefused(_with_hop("That link has no port copydesk can use.", redirected))

    name = host.rstrip(".").lower()
    if policy.allows_host(name, port):
        return url
    if name == "localhost" or name.endswith(".localhost"):
        raise LinkRefused(_with_hop(blocked_sentence("inside", name), redirected))

    literal = parse_ip(host)
    legacy = legacy_ipv4(host) if literal is None else None
    ip = literal if literal is not None else legacy
    if ip is not None:
        reason = blocked_reason(ip)
        if reason and not policy.covers(ip):
            raise LinkRefused(_with_hop(blocked_sentence(reason, str(ip)), redirected))
    # A name on an unusual port may still resolve to an allowed address:port; the resolver
    # and the socket factory have the last word on it.
    port_allowed = policy.allows_address(ip, port) if ip is not None else policy.mentions_port(port)
    if port not in STANDARD_PORTS and not port_allowed:
        raise LinkRefused(
            _with_hop(
                "copydesk only fetches links on the usual web ports (80 and 443), "
                f"not port {port}.",
                redirected,
            )
        )
    if legacy is not None and str(legacy) != host:
        # aiohttp refuses these too; say so plainly rather than as a connection error.
        raise LinkRefused(
            _with_hop(
                f"That link writes its address in an unusual numeric form ({host}); "
                f"use {legacy} if that is what you meant.",
                redirected,
            )
        )
    # A name's addresses are checked when it is resolved and when a socket connects.
    return url
