"""The address and URL policy, on its own: what is refused, with which sentence."""

from __future__ import annotations

import ipaddress
import socket

import aiohttp
import pytest

from orchestrator.errors import LinkRefused
from orchestrator.reading import FetchPolicy, check_url
from orchestrator.reading.addresses import blocked_reason
from orchestrator.reading.netguard import AddressGuard, BlockedAddress, GuardedResolver, hop
from reading_helpers import FakeResolver, LocalServer, html

INSIDE = "copydesk does not fetch addresses inside the network ({})."
SPECIAL = "copydesk does not fetch special-purpose addresses ({})."
SCHEME = "copydesk only reads http and https links."
PORTS = "copydesk only fetches links on the usual web ports (80 and 443), not port {}."

POLICY = FetchPolicy()


@pytest.mark.parametrize(
    ("url", "sentence"),
    [
        ("http://127.0.0.1/", INSIDE.format("127.0.0.1")),
        ("http://localhost/", INSIDE.format("localhost")),
        ("http://LOCALHOST./", INSIDE.format("localhost")),
        ("http://api.localhost/", INSIDE.format("api.localhost")),
        ("http://0.0.0.0/", INSIDE.format("0.0.0.0")),
        ("http://0/", INSIDE.format("0.0.0.0")),
        ("http://[::1]/", INSIDE.format("::1")),
        ("http://[::]/", INSIDE.format("::")),
        ("http://[::ffff:127.0.0.1]/", INSIDE.format("::ffff:7f00:1")),
        ("http://2130706433/", INSIDE.format("127.0.0.1")),
        ("http://0x7f000001/", INSIDE.format("127.0.0.1")),
        ("http://0177.0.0.1/", INSIDE.format("127.0.0.1")),
        ("http://127.1/", INSIDE.format("127.0.0.1")),
        ("http://127.0.0.1./", INSIDE.format("127.0.0.1")),
        ("http://①②⑦.⓪.⓪.①/", INSIDE.format("127.0.0.1")),
        ("http://127。0。0。1/", INSIDE.format("127.0.0.1")),  # ideographic full stops
        ("http://ＬＯＣＡＬＨＯＳＴ/", INSIDE.format("localhost")),  # fullwidth letters
        ("http://0x7f.1/", INSIDE.format("127.0.0.1")),
        ("http://[::ffff:a9fe:a9fe]/", INSIDE.format("::ffff:a9fe:a9fe")),
        ("http://169.254.169.254/latest/meta-data/", INSIDE.format("169.254.169.254")),
        ("http://[fd00:ec2::254]/", INSIDE.format("fd00:ec2::254")),
        ("http://10.1.2.3/", INSIDE.format("10.1.2.3")),
        ("http://172.16.0.1/", INSIDE.format("172.16.0.1")),
        ("http://172.31.255.254/", INSIDE.format("172.31.255.254")),
        ("http://192.168.1.1/", INSIDE.format("192.168.1.1")),
        ("http://100.64.0.1/", INSIDE.format("100.64.0.1")),
        ("http://100.127.255.254/", INSIDE.format("100.127.255.254")),
        ("http://[fe80::1]/", INSIDE.format("fe80::1")),
        ("http://[fe80::1%25eth0]/", INSIDE.format("fe80::1%25eth0")),
        ("http://[fc00::1]/", INSIDE.format("fc00::1")),
        ("http://[64:ff9b::a9fe:a9fe]/", INSIDE.format("64:ff9b::a9fe:a9fe")),
        ("http://[64:ff9b::7f00:1]/", INSIDE.format("64:ff9b::7f00:1")),
        ("http://[2002:a9fe:a9fe::]/", INSIDE.format("2002:a9fe:a9fe::")),
        ("http://[2002:7f00:1::]/", INSIDE.format("2002:7f00:1::")),
        ("http://224.0.0.1/", SPECIAL.format("224.0.0.1")),
        ("http://[ff02::1]/", SPECIAL.format("ff02::1")),
        ("http://255.255.255.255/", SPECIAL.format("255.255.255.255")),
        ("http://240.0.0.1/", SPECIAL.format("240.0.0.1")),
        ("http://192.0.2.10/", SPECIAL.format("192.0.2.10")),
        ("http://198.18.0.1/", SPECIAL.format("198.18.0.1")),
        ("http://user@good@127.0.0.1/", None),
        ("http://user:pw@example.com/", None),
        ("file:///etc/passwd", SCHEME),
        ("gopher://127.0.0.1:6379/_INFO", SCHEME),
        ("ftp://example.com/file.txt", SCHEME),
        ("data:text/html,<h1>hi</h1>", SCHEME),
        ("javascript:alert(1)", SCHEME),
        ("//example.com/no-scheme", SCHEME),
        ("http://example.com:6379/", PORTS.format(6379)),
        ("http://example.com:22/", PORTS.format(22)),
        ("https://93.184.216.34:8443/", PORTS.format(8443)),
        ("http:///nohost", "That link has no site name in it."),
        ("http://127.0.0.1:80:80/", "That link is not a web address copydesk can read."),
    ],
)
def test_hostile_links_are_refused_with_a_sentence(url: str, sentence: str | None) -> None:
    with pytest.raises(LinkRefused) as refused:
        check_url(url, POLICY)
    if sentence is None:  # user info: the exact wording is checked in its own test
        assert "copydesk" in refused.value.message or "link" in refused.value.message
    else:
        assert refused.value.message == sentence


def test_user_info_is_refused_even_when_it_hides_an_at_sign() -> None:
    with pytest.raises(LinkRefused) as refused:
        check_url("http://user@good@127.0.0.1/", POLICY)
    assert refused.value.message == (
        "copydesk does not fetch links with a user name or password in them."
    )


def test_legacy_numeric_form_of_a_public_address_is_refused_plainly() -> None:
    with pytest.raises(LinkRefused) as refused:
        check_url("http://134744072/", POLICY)  # 8.8.8.8
    assert refused.value.message == (
        "That link writes its address in an unusual numeric form (134744072); "
        "use 8.8.8.8 if that is what you meant."
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/news/story?id=1",
        "http://example.com:80/",
        "https://EXAMPLE.com./a",
        "https://93.184.216.34/",
        "https://[2606:4700::6810:85e5]/",
        "https://[2002:808:808::]/",  # 6to4 wrapping public 8.8.8.8
        "https://xn--n3h.example/",
    ],
)
def test_ordinary_links_pass(url: str) -> None:
    assert check_url(url, POLICY).scheme in ("http", "https")


def test_redirect_hops_say_the_link_redirected() -> None:
    with pytest.raises(LinkRefused) as refused:
        check_url("http://169.254.169.254/", POLICY, redirected=True)
    assert refused.value.message == (
        "copydesk does not fetch addresses inside the network (169.254.169.254). "
        "The link redirected there."
    )


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "inside"),
        ("10.0.0.1", "inside"),
        ("100.64.0.1", "inside"),  # CGNAT: neither is_private nor is_global
        ("169.254.169.254", "inside"),
        ("::ffff:10.0.0.1", "inside"),
        ("64:ff9b::a9fe:a9fe", "inside"),  # NAT64 of 169.254.169.254; is_global is True
        ("64:ff9b:1::1", "inside"),
        ("2002:a9fe:a9fe::", "inside"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "inside"),  # Teredo, client 127.0.0.1
        ("224.0.0.1", "special"),
        ("ff0e::1", "special"),  # global-scope multicast: is_global is True
        ("255.255.255.255", "special"),
        ("8.8.8.8", None),
        ("2606:4700::6810:85e5", None),
        ("::ffff:8.8.8.8", None),
        ("64:ff9b::808:808", None),
    ],
)
def test_blocked_reason_unwraps_then_decides(address: str, reason: str | None) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) == reason


def test_allow_list_parsing() -> None:
    policy = FetchPolicy.from_allow_list(
        " intranet.corp , 127.0.0.1:8080;10.0.0.0/8, [::1]:9000, ::1 ", max_bytes=10
    )
    assert policy.max_bytes == 10
    assert len(policy.entries) == 5
    assert policy.allows_host("INTRANET.corp.", 443)
    assert not policy.allows_host("intranet.corp", 8443)
    assert policy.allows_host("127.0.0.1", 8080)
    assert not policy.allows_host("127.0.0.1", 8081)
    assert policy.allows_address(ipaddress.ip_address("10.9.8.7"), 80)
    assert not policy.allows_address(ipaddress.ip_address("10.9.8.7"), 6379)
    assert policy.allows_address(ipaddress.ip_address("::1"), 9000)
    assert policy.allows_address(ipaddress.ip_address("::1"), 443)
    assert FetchPolicy.from_allow_list(None).entries == ()
    assert FetchPolicy.from_allow_list("").entries == ()
    with pytest.raises(ValueError):
        FetchPolicy.from_allow_list("http://x/y")


def test_allow_list_exempts_exactly_its_host_and_port() -> None:
    policy = FetchPolicy.from_allow_list("127.0.0.1:8080,10.0.0.0/8")
    assert str(check_url("http://127.0.0.1:8080/a", policy)) == "http://127.0.0.1:8080/a"
    assert check_url("http://10.2.3.4/", policy).host == "10.2.3.4"
    with pytest.raises(LinkRefused, match=r"inside the network \(127\.0\.0\.1\)"):
        check_url("http://127.0.0.1:8081/", policy)
    with pytest.raises(LinkRefused, match="not port 6379"):
        check_url("http://10.2.3.4:6379/", policy)


def _addr_info(address: str, port: int) -> tuple[socket.AddressFamily, int, int, str, tuple]:  # type: ignore[type-arg]
    if ":" in address:
        return (socket.AF_INET6, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port, 0, 0))
    return (socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))


def test_socket_factory_refuses_blocked_targets_and_records_why() -> None:
    guard = AddressGuard(FetchPolicy.from_allow_list("127.0.0.1:8080"))
    with hop("example.com", 80) as current, pytest.raises(BlockedAddress) as blocked:
        guard.socket_factory(_addr_info("169.254.169.254", 80))
    assert blocked.value.sentence == INSIDE.format("169.254.169.254")
    assert current.refusals == [INSIDE.format("169.254.169.254")]
    with pytest.raises(BlockedAddress):
        guard.socket_factory(_addr_info("::ffff:127.0.0.1", 6379))
    with pytest.raises(BlockedAddress, match="not port 25"):
        guard.socket_factory(_addr_info("8.8.8.8", 25))
    sock = guard.socket_factory(_addr_info("127.0.0.1", 8080))
    sock.close()
    sock = guard.socket_factory(_addr_info("8.8.8.8", 443))
    sock.close()


async def test_connect_time_check_alone_stops_a_name_that_resolves_inside() -> None:
    """Without the guarded resolver, the socket factory still refuses: the check is on the
    address actually being connected to (so a rebinding resolver cannot get round it)."""
    forbidden = await LocalServer({"/": html("secret")}).start()
    allowed = await LocalServer({"/": html("fine")}).start()
    guard = AddressGuard(FetchPolicy.from_allow_list(allowed.allow))
    resolver = FakeResolver({"rebind.test": ["127.0.0.1"]})
    connector = aiohttp.TCPConnector(
        resolver=resolver, socket_factory=guard.socket_factory, use_dns_cache=False
    )
    try:
        async with aiohttp.ClientSession(connector=connector) as session:
            with pytest.raises(aiohttp.ClientConnectorError) as failed:
                await session.get(f"http://rebind.test:{forbidden.port}/")
            assert isinstance(failed.value.os_error, BlockedAddress)
            async with session.get(f"http://rebind.test:{allowed.port}/") as resp:
                assert await resp.text() == "fine"
        assert forbidden.hits == []
        assert allowed.hits == ["/"]
    finally:
        await forbidden.close()
        await allowed.close()


async def test_guarded_resolver_refuses_a_name_with_any_inside_address() -> None:
    guard = AddressGuard(FetchPolicy())
    resolver = GuardedResolver(
        FakeResolver({"mixed.test": ["8.8.8.8", "10.0.0.5"], "public.test": ["8.8.4.4"]}), guard
    )
    with pytest.raises(BlockedAddress) as blocked:
        await resolver.resolve("mixed.test", 443)
    assert blocked.value.sentence == INSIDE.format("mixed.test is 10.0.0.5")
    answer = await resolver.resolve("public.test", 443)
    assert [row["host"] for row in answer] == ["8.8.4.4"]
    await resolver.close()
