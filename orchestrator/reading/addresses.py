"""Which addresses are the bot's own or otherwise not public, and the sentence that says so.

Pure address arithmetic, shared by both checks of the fetch policy (orchestrator/reading/
policy.py on the URL, netguard.py on every socket): the forms an IPv6 address can wrap an
IPv4 one in, the networks inside the bot's reach, and the numeric host spellings the C
library accepts.
"""

from __future__ import annotations

import ipaddress
import socket

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
