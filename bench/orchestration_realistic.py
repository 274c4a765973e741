"""The realistic mode of bench/orchestration.py (`--realistic`): the trunk as production runs it.

The default bench takes a run through no-op steps with empty outputs, one gate and a reporter
that does nothing. Here every step returns what production's does, in size and shape: the
fetch step the article (the median-length story of the extraction corpus when it is there,
else an 8,000-character one), the summary three claims with quotes, the fact-check a verdict
and a citation per claim, the tags, the merge the whole result. Both gates are recorded, the
summary gate after the summary and the fact-check gate after fact_check ∥ tag, as
`Pipeline._trunk` records them. The reporter is the real `SlackThreadReporter` with the real
outbox and the process's Slack retry handlers, writing to the fake Slack of tests/fakes/slack.py
over loopback HTTP: the status message posted then updated after each step, the result posted
and waited for.

  (a) per run: sequential runs after a warm-up, through `Worker.execute_runs`;
  (b) throughput: 200 runs, 50 in flight, the four model/fetch steps sleeping 50 ms each
      (merge is code), through `Worker.run_forever`.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import aiohttp  # noqa: E402
from slack_sdk.web.async_client import AsyncWebClient  # noqa: E402

from bot.outbox import SlackOutbox  # noqa: E402
from bot.reporters import SlackThreadReporter  # noqa: E402
from bot.slack.retries import retry_handlers  # noqa: E402
from fakes.slack import FakeSlack  # noqa: E402
from orchestrator.domain import Article, Gate, GateDecision, Origin, Run  # noqa: E402
from orchestrator.gates import GateOutcome  # noqa: E402
from orchestrator.pipeline import Pipeline, PipelineConfig  # noqa: E402
from orchestrator.trace import RunReporter, StepResult, Trace  # noqa: E402
from orchestrator.worker import Worker  # noqa: E402
from storage.store import SqlRunStore  # noqa: E402

JSON = dict[str, Any]
URL = "https://bench.example/article"
Delay = Callable[[], Awaitable[None]]


def corpus_article() -> Article:
    """The median-length article of the extraction corpus, or a generated one like it."""
    root = REPO.parent / "shared" / "corpus" / "extraction"
    try:
        truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
        from orchestrator.errors import NotAnArticle
        from orchestrator.reading import extract_article

        articles = []
        for path in sorted((root / "html").glob("*.html.gz"))[:40]:
            key = path.name.split(".")[0]
            if key in truth:
                html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
                try:
                    articles.append(extract_article(html, truth[key].get("url") or URL))
                except NotAnArticle:
                    continue
        if articles:
            articles.sort(key=lambda a: len(a.text))
            return articles[len(articles) // 2]
    except OSError:
        pass
    sentence = "The council said on Tuesday that the harbour would be dredged again in May. "
    return Article(url=URL, title="Harbour dredged", site="bench.example", text=sentence * 105)


class RealisticShape:
    """`Pipeline._trunk`'s shape with production-sized outputs and both gates."""

    def __init__(self, article: Article, delay: Delay | None = None) -> None:
        self.article = article.to_json()
        sentences = [s for s in article.text.split(". ") if len(s) > 40][:3] or [article.text[:200]]
        self.claims = [{"text": s, "quote": s, "step": "summarise#1"} for s in sentences]
        self.delay = delay

    async def _wait(self) -> None:
        if self.delay is not None:
            await self.delay()

    async def through(self, trace: Trace) -> None:
        async def fetch() -> StepResult:
            await self._wait()
            return StepResult({"article": self.article})

        async def summarise() -> StepResult:
            await self._wait()
            claims = [{"text": c["text"], "quote": c["quote"]} for c in self.claims]
            return StepResult({"claims": claims, "model_calls": 1, "model_seconds": 1.8})

        async def fact_check() -> StepResult:
            await self._wait()
            return StepResult(
                {
                    "model_calls": 1,
                    "model_seconds": 2.4,
                    "checks": [
                        {"claim": i, "verdict": "supported", "evidence": c["quote"]}
                        for i, c in enumerate(self.claims)
                    ],
                    "citations": [
                        {
                            "claim": i,
                            "sentence": c["text"],
                            "source_url": f"https://source.example/{i}",
                            "figures": ["14 million"],
                            "verdict": "supported",
                            "found": True,
                            "missing": [],
                            "checked_by": "citation_finder r1",
                        }
                        for i, c in enumerate(self.claims)
                    ],
                    "mesh": {"rounds": 1, "stopped": "done", "messages": []},
                }
            )

        async def tag() -> StepResult:
            await self._wait()
            return StepResult({"tags": ["harbour", "council", "dredging"], "model_calls": 1})

        async def merge() -> StepResult:
            return StepResult(
                {
                    "result": {
                        "title": self.article["title"],
                        "url": self.article["url"],
                        "claims": self.claims,
                        "tags": ["harbour", "council", "dredging"],
                        "citations": [],
                        "gates": [
                            {"name": g.name, "decision": g.decision.value, "reason": g.reason}
                            for g in trace.run.gates
                        ],
                    }
                }
            )

        await trace.step("fetch", fetch)
        await trace.step("summarise", summarise)
        summary = GateOutcome(GateDecision.CONTINUE, "every claim is quoted from the article", {})
        await trace.gate("summary", summary)
        await asyncio.gather(trace.step("fact_check", fact_check), trace.step("tag", tag))
        checked = GateOutcome(GateDecision.CONTINUE, "every cited figure was found", {})
        await trace.gate("fact_check", checked)
        merged = await trace.step("merge", merge)
        await trace.succeed(merged["result"])


class RealisticPipeline(Pipeline):
    def __init__(self, store: SqlRunStore, shape: RealisticShape) -> None:
        super().__init__(store, None, None, PipelineConfig())  # type: ignore[arg-type]
        self.shape = shape

    async def _trunk(self, trace: Trace) -> None:
        await self.shape.through(trace)


class Counting:
    """The real reporter, and an event when `expected` runs have been told their result."""

    def __init__(self, inner: RunReporter, done: Callable[[], None]) -> None:
        self.inner = inner
        self.done = done

    async def progress(self, run: Run) -> None:
        await self.inner.progress(run)

    async def escalated(self, run: Run, gate: Gate) -> None:
        await self.inner.escalated(run, gate)

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        await self.inner.gate_closed(run, gate)

    async def finished(self, run: Run) -> None:
        await self.inner.finished(run)
        self.done()


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


class _Silent:
    async def progress(self, run: Run) -> None:
        pass

    async def escalated(self, run: Run, gate: Gate) -> None:
        pass

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        pass

    async def finished(self, run: Run) -> None:
        pass


async def _sequential_silent(store: SqlRunStore, shape: RealisticShape, runs: int) -> None:
    """Realistic outputs and both gates, with nobody told: what the outputs alone cost."""
    worker = Worker(
        store, RealisticPipeline(store, shape), lambda _run: _Silent(), transports=["bench"]
    )

    async def one() -> None:
        created = await store.create_runs([URL], Origin("bench"))
        assert created is not None
        (done,) = await worker.execute_runs([created[0].id])
        assert done.status.value == "succeeded", (done.status, done.error)

    for _ in range(20):
        await one()
    times: list[float] = []
    for _ in range(runs):
        began = time.perf_counter()
        await one()
        times.append(time.perf_counter() - began)
    print(
        f"  (a) realistic outputs, 2 gates, no reporter, {runs} sequential: median "
        f"{_ms(statistics.median(times))}, p90 {_ms(statistics.quantiles(times, n=10)[-1])}"
    )


async def bench_realistic(store: SqlRunStore, runs: int) -> None:
    """Print (a) and (b) for the realistic trunk on `store`."""
    article = corpus_article()
    await _sequential_silent(store, RealisticShape(article), runs)
    async with FakeSlack() as slack, aiohttp.ClientSession(trust_env=False) as http:
        # As bootstrap builds it: one shared HTTP session, the process's retry handlers.
        client = AsyncWebClient(
            token=slack.bot_token,
            base_url=slack.api_url,
            session=http,
            retry_handlers=retry_handlers(),
        )
        outbox = SlackOutbox()
        finished = 0
        total = 200
        all_done = asyncio.Event()

        def one_done() -> None:
            nonlocal finished
            finished += 1
            if finished == total:
                all_done.set()

        def reporter_for(run: Run) -> RunReporter:
            return Counting(
                SlackThreadReporter(
                    client, store, approvers="", resumed=run.executions > 1, outbox=outbox
                ),
                one_done,
            )

        def origin() -> Origin:
            parent = slack.add_message("C1", f"for the desk <{URL}>")
            return Origin("slack", "C1", parent.ts, "U1", slack.team_id)

        worker = Worker(
            store, RealisticPipeline(store, RealisticShape(article)), reporter_for,
            transports=["slack"],
        )  # fmt: skip

        async def one() -> None:
            created = await store.create_runs([URL], origin())
            assert created is not None
            (done,) = await worker.execute_runs([created[0].id])
            assert done.status.value == "succeeded", (done.status, done.error)

        for _ in range(20):
            await one()
        await outbox.drain(5)
        writes_before = len(slack.calls)
        times: list[float] = []
        for _ in range(runs):
            began = time.perf_counter()
            await one()
            times.append(time.perf_counter() - began)
        await outbox.drain(5)
        writes = (len(slack.calls) - writes_before) / runs
        print(
            f"  (a) realistic, real Slack reporter, {runs} sequential: median "
            f"{_ms(statistics.median(times))}, p90 {_ms(statistics.quantiles(times, n=10)[-1])}"
        )
        print(
            f"      fetch output {len(json.dumps({'article': article.to_json()})):,} bytes, "
            f"2 gates, {writes:.1f} Slack calls a run (real reporter, fake Slack)"
        )

        async def sleep_50ms() -> None:
            await asyncio.sleep(0.05)

        finished = 0
        slow = Worker(
            store,
            RealisticPipeline(store, RealisticShape(article, sleep_50ms)),
            reporter_for,
            transports=["slack"],
            concurrency=50,
        )
        for _ in range(total):  # each in its own thread, so created one by one, before the clock
            assert await store.create_runs([URL], origin()) is not None
        began = time.perf_counter()
        looping = asyncio.create_task(slow.run_forever())
        await all_done.wait()
        elapsed = time.perf_counter() - began
        await slow.stop()
        looping.cancel()
        await asyncio.gather(looping, return_exceptions=True)
        await outbox.drain(5)
        print(
            f"  (b) realistic, {total} runs, 50 in flight, 50 ms fetch/model bodies: "
            f"{elapsed:.3f} s wall (ideal 0.8 s)"
        )
