"""Local servers and a fake resolver for the reading tests. Loopback only, port 0 always."""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

ARTICLE_HTML = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour dredging costs double | The Tidewater Ledger</title>
<meta name="author" content="Maria Okafor">
<meta property="og:site_name" content="The Tidewater Ledger">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Harbour dredging costs double</h1>
<p>The cost of dredging the harbour has doubled to 14 million pounds, according to
<a href="https://council.example/reports/2024-harbour.pdf">the council's annual report</a>.
The original estimate, published in 2021, was 7 million pounds.</p>
<p>Port officials said silt levels had risen faster than expected after two wet winters.
A study by the <a href="/science/silt-study">university's marine science department</a>
found that sediment doubled between 2019 and 2023. The department measured 41 sites.</p>
<p>Work is due to start in September and finish by the end of next year, the council said,
although contractors have warned that the schedule depends on the weather and on the
delivery of a new dredger from the Netherlands.</p>
<p>Read more in <a href="https://council.example/reports/2024-harbour.pdf#page=4">the
report's appendix</a> or <a href="mailto:desk@ledger.example">email the desk</a>.</p>
</article>
<footer><a href="/privacy">Privacy</a> Copyright 2024 The Tidewater Ledger</footer>
</body></html>
"""


@dataclass
class LocalServer:
    """An aiohttp app on 127.0.0.1 (or ::1), port 0, recording every request it gets."""

    routes: dict[str, Handler]
    host: str = "127.0.0.1"
    hits: list[str] = field(default_factory=list)
    port: int = 0
    _runner: web.AppRunner | None = None

    async def start(self) -> LocalServer:
        app = web.Application()

        async def record(request: web.Request) -> web.StreamResponse:
            self.hits.append(request.path_qs)
            handler = self.routes.get(request.path)
            if handler is None:
                return web.Response(status=404, text="not here")
            return await handler(request)

        app.router.add_route("*", "/{tail:.*}", record)
        # Hostile handlers sleep; do not wait for them when the test is over.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        server = site._server
        assert server is not None
        sockets: Sequence[socket.socket] = server.sockets  # type: ignore[attr-defined]
        self.port = sockets[0].getsockname()[1]
        return self

    def url(self, path: str = "/") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{path}"

    @property
    def allow(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


def html(body: str, status: int = 200) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(text=body, status=status, content_type="text/html")

    return handler


def redirect(location: str, status: int = 302) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=status, headers={"Location": location})

    return handler


class FakeResolver(AbstractResolver):
    """Maps names to addresses, like DNS would; records each lookup. Answers may change per
    lookup (a list of answers is consumed in turn, the last one repeating)."""

    def __init__(self, answers: dict[str, list[list[str]] | list[str]]) -> None:
        self._answers = answers
        self.lookups: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.lookups.append(host)
        answer = self._answers.get(host.rstrip("."))
        if answer is None:
            raise OSError(socket.EAI_NONAME, f"{host} does not exist")
        if answer and isinstance(answer[0], list):
            turns: list[list[str]] = answer  # type: ignore[assignment]
            addresses = turns.pop(0) if len(turns) > 1 else turns[0]
        else:
            addresses = answer  # type: ignore[assignment]
        return [
            {
                "hostname": host,
                "host": address,
                "port": port,
                "family": socket.AF_INET6 if ":" in address else socket.AF_INET,
                "proto": 0,
                "flags": socket.AI_NUMERICHOST,
            }
            for address in addresses
        ]

    async def close(self) -> None:
        return None
