"""Which links and addresses copydesk may fetch.

A link pasted into Slack is untrusted: it can point at the bot's own network (a database on
127.0.0.1:6379, the cloud metadata service on 169.254.169.254) or redirect there. The policy
is decided in two places: on the URL before any connection (scheme, user info, port, literal
addresses, so the user gets a clear sentence), and on the address every socket is about to
connect to (so a DNS name, a rebinding resolver or a redirect cannot slip past the first).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from orchestrator.errors import LinkRefused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

STANDARD_PORTS = frozenset({80, 443})

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # well-known NAT64 prefix: the last 32 bits are IPv4
_TEREDO = ipaddress.IPv6Network("2001::/32")


def _v4_from_tail(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address:
    return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)


def embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address, ...]:
    """The IPv4 addresses an IPv6 address stands for, if it is one of the wrapping forms.

    Traffic to these forms ends up at the embedded IPv4 host (through the kernel, a 6to4 relay,
    a NAT64 gateway or a Teredo relay), so the embedded address is the one to judge.
    """
    if ip.ipv4_mapped is not None:
        return (ip.ipv4_mapped,)
    if ip.sixtofour is not None:
        return (ip.sixtofour,)
    if ip in _NAT64:
        return (_v4_from_tail(ip),)
    if ip in _TEREDO and ip.teredo is not None:
        server, client = ip.teredo
        return (server, client)
    return ()


_INSIDE_NETWORKS: tuple[IPNetwork, ...] = tuple(
    ipaddress.ip_network(cidr)
    for cidr in (
        "0.0.0.0/8",  # "this network": 0.0.0.0 reaches the local host on Linux
        "10.0.0.0/8",
        "100.64.0.0/10",  # shared address space (CGNAT): not private, not global
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, including the cloud metadata service
        "172.16.0.0/12",
        "192.168.0.0/16",
        "::/128",
        "::1/128",
        "fc00::/7",  # unique local, including fd00:ec2::254 (EC2 metadata)
        "fe80::/10",
        "fec0::/10",  # deprecated site-local
        "64:ff9b:1::/48",  # local-use NAT64: a site-specific mapping into the site
    )
)


def _special_reason(ip: IPAddress) -> str | None:
    """'inside' for addresses of the bot's own network, 'special' for other non-public ones
    (multicast, broadcast, reserved, documentation, benchmarking...)."""
    if any(ip in network for network in _INSIDE_NETWORKS if network.version == ip.version):
        return "inside"
    # is_private alone misses CGNAT; is_global alone passes global multicast and NAT64.
    if ip.is_multicast or ip.is_reserved or ip.is_private or not ip.is_global:
        return "special"
    return None


def blocked_reason(ip: IPAddress) -> str | None:
    """Why copydesk will not connect to `ip`: "inside", "special", or None if it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return "inside"
        wrapped = embedded_ipv4(ip)
        if wrapped:
            reasons = [reason for reason in map(_special_reason, wrapped) if reason]
            if reasons:
                return "inside" if "inside" in reasons else "special"
            # NAT64 and Teredo also need the gateway; a public embedded address is still public.
            return None
    return _special_reason(ip)


def blocked_sentence(reason: str, shown: str) -> str:
    if reason == "inside":
        return f"copydesk does not fetch addresses inside the network ({shown})."
    return f"copydesk does not fetch special-purpose addresses ({shown})."


def parse_ip(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def legacy_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """The address a legacy numeric host means to the C library (2130706433, 0x7f.1, 0177.0.0.1).

    getaddrinfo() accepts these forms and turns them into an address, so a URL policy that
    only recognises dotted quads would pass them on as if they were names.
    """
    if not host or ":" in host or any(ch not in "0123456789abcdefxABCDEFX." for ch in host):
        return None
    if not host[0].isdigit():
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host.rstrip(".")))
    except (OSError, ValueError):
        return None


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


class BlockedAddress(OSError):
    """An address copydesk refused to connect to. An OSError so aiohttp treats it as a failed
    connection attempt (and does not try to read from it), while carrying the user's sentence."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


@dataclass
class Hop:
    """The request being made now: the URL's host and port, and any refusals on its way.

    Held in a ContextVar because the connector is shared, while the resolver and the socket
    factory are called from inside aiohttp without a reference to the request. Child tasks
    (happy eyeballs) copy the context, and so share this object.
    """

    host: str
    port: int
    refusals: list[str] = field(default_factory=list)


_current_hop: ContextVar[Hop | None] = ContextVar("copydesk_fetch_hop", default=None)


@contextmanager
def hop(host: str, port: int) -> Iterator[Hop]:
    current = Hop(host=host.rstrip(".").lower(), port=port)
    token = _current_hop.set(current)
    try:
        yield current
    finally:
        _current_hop.reset(token)


class AddressGuard:
    """Judges the addresses aiohttp is about to connect to, against one FetchPolicy."""

    def __init__(self, policy: FetchPolicy) -> None:
        self._policy = policy

    def refusal(self, address: str, port: int, *, name: str | None = None) -> str | None:
        """The sentence to refuse (address, port) with, or None to allow it."""
        current = _current_hop.get()
        if current is not None and self._policy.allows_host(current.host, current.port):
            return None
        ip = parse_ip(address)
        if ip is None:
            return f"copydesk could not make sense of the address {address}."
        if self._policy.allows_address(ip, port):
            return None
        reason = blocked_reason(ip)
        shown = f"{name} is {ip}" if name and name != str(ip) else str(ip)
        if reason:
            return blocked_sentence(reason, shown)
        if port not in STANDARD_PORTS:
            return (
                f"copydesk only fetches links on the usual web ports (80 and 443), not port {port}."
            )
        return None

    def refuse(self, sentence: str) -> BlockedAddress:
        current = _current_hop.get()
        if current is not None:
            current.refusals.append(sentence)
        return BlockedAddress(sentence)

    def socket_factory(self, addr_info: Any) -> socket.socket:
        """aiohttp's TCPConnector(socket_factory=...): called once per connection attempt with
        the exact sockaddr that the new socket is then connected to, for names and IP
        literals alike, so this is the last word on where copydesk connects."""
        family, type_, proto, _, sockaddr = addr_info
        address, port = str(sockaddr[0]), int(sockaddr[1])
        if family == socket.AF_INET6 and len(sockaddr) >= 4 and sockaddr[3]:
            address = f"{address.split('%')[0]}%{sockaddr[3]}"
        sentence = self.refusal(address, port)
        if sentence is not None:
            raise self.refuse(sentence)
        return socket.socket(family=family, type=type_, proto=proto)


class GuardedResolver(AbstractResolver):
    """Resolves with another resolver, then refuses a name if any of its addresses is blocked.

    A name with one public and one private address is refused outright: mixing them is how
    rebinding attacks win a race, and the socket factory would refuse the private one anyway.
    """

    def __init__(self, inner: AbstractResolver, guard: AddressGuard) -> None:
        self._inner = inner
        self._guard = guard

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        for result in results:
            sentence = self._guard.refusal(result["host"], result["port"] or port, name=host)
            if sentence is not None:
                raise self._guard.refuse(sentence)
        return results

    async def close(self) -> None:
        await self._inner.close()
