"""The fetch policy's last word: the address every socket is about to connect to.

A link pasted into Slack is untrusted: it can point at the bot's own network (a database on
127.0.0.1:6379, the cloud metadata service on 169.254.169.254) or redirect there. The policy
is decided in two places: on the URL before any connection (policy.py: scheme, user info,
port, literal addresses, so the user gets a clear sentence), and here, on the address every
socket is about to connect to (so a DNS name, a rebinding resolver or a redirect cannot slip
past the first).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from aiohttp.abc import AbstractResolver, ResolveResult

from orchestrator.reading.addresses import (
    STANDARD_PORTS,
    blocked_reason,
    blocked_sentence,
    parse_ip,
)
from orchestrator.reading.policy import FetchPolicy


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
