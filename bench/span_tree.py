"""One run's trace as a collector receives it, printed as a tree (issue 17's closing note).

    .venv/bin/python bench/span_tree.py [--offline] [--path /news/harbour]

Runs one run of the test site's story through the real Pipeline, on a fresh SQLite file,
with Claude's path against the local fake Messages API (tests/fakes/anthropic.py; or the
offline model with --offline), and exports its spans through the real SDK to the in-memory
exporter. Prints each span's name, its duration and the attributes an operator looks for;
the tree is built from the spans' parent ids, as a trace viewer builds it.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import anthropic  # noqa: E402
from opentelemetry.sdk.trace import ReadableSpan  # noqa: E402
from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # noqa: E402
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (  # noqa: E402
    InMemorySpanExporter,
)

from articles import ArticleSite  # noqa: E402
from bot.telemetry import telemetry_for  # noqa: E402
from fakes.anthropic import FakeAnthropic  # noqa: E402
from orchestrator.domain import Gate, Origin, Run  # noqa: E402
from orchestrator.models.claude import DEFAULT_MODEL, ClaudeModel  # noqa: E402
from orchestrator.models.offline import OfflineModel  # noqa: E402
from orchestrator.pipeline import Pipeline, PipelineConfig  # noqa: E402
from orchestrator.ports import Model  # noqa: E402
from orchestrator.reading import FetchPolicy, SafeReader  # noqa: E402
from storage import db  # noqa: E402
from storage.store import SqlRunStore  # noqa: E402

# The attributes worth a glance on each kind of span; the rest are in the trace viewer.
SHOWN = (
    "copydesk.run.id",
    "copydesk.run.status",
    "copydesk.execution",
    "copydesk.gate.decision",
    "copydesk.gate.decided_by",
    "http.response.status_code",
    "gen_ai.provider.name",
    "gen_ai.response.id",
    "gen_ai.usage.input_tokens",
    "gen_ai.usage.output_tokens",
    "gen_ai.response.finish_reasons",
    "copydesk.mesh.sources",
    "error.type",
)


class Quiet:
    """A reporter that tells no one: the spans are the story here."""

    records_delivery = False

    async def progress(self, run: Run) -> None:
        pass

    async def escalated(self, run: Run, gate: Gate) -> None:
        pass

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        pass

    async def finished(self, run: Run) -> None:
        pass


def render(spans: Sequence[ReadableSpan]) -> str:
    ids = {span.context.span_id for span in spans if span.context is not None}
    children: dict[int | None, list[ReadableSpan]] = {}
    for span in sorted(spans, key=lambda s: s.start_time or 0):
        parent = span.parent.span_id if span.parent is not None else None
        children.setdefault(parent if parent in ids else None, []).append(span)
    lines: list[str] = []

    def walk(parent: int | None, prefix: str) -> None:
        kids = children.get(parent, [])
        for i, span in enumerate(kids):
            last = i == len(kids) - 1
            branch = "" if parent is None else ("└─ " if last else "├─ ")
            millis = ((span.end_time or 0) - (span.start_time or 0)) / 1e6
            attributes = dict(span.attributes or {})
            shown = " ".join(
                f"{key}={_text(attributes[key])}" for key in SHOWN if key in attributes
            )
            lines.append(f"{prefix}{branch}{span.name}  [{millis:.1f} ms]  {shown}".rstrip())
            if span.context is not None:
                further = "" if parent is None else ("   " if last else "│  ")
                walk(span.context.span_id, prefix + further)

    walk(None, "")
    return "\n".join(lines)


def _text(value: object) -> str:
    if isinstance(value, tuple | list):
        return ",".join(str(v) for v in value)
    return str(value)


async def main(args: argparse.Namespace) -> None:
    exporter = InMemorySpanExporter()
    telemetry = telemetry_for(SimpleSpanProcessor(exporter))
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite+aiosqlite:///{directory}/trace.db"
        await db.upgrade(url)
        engine = db.make_engine(url)
        store = SqlRunStore(engine)
        async with ArticleSite() as site, FakeAnthropic() as claude:
            reader = SafeReader(FetchPolicy.from_allow_list(site.allow), telemetry=telemetry)
            model: Model
            if args.offline:
                model = OfflineModel()
            else:
                client = anthropic.AsyncAnthropic(
                    api_key="test", max_retries=0, base_url=claude.url
                )
                model = ClaudeModel(client, DEFAULT_MODEL, telemetry=telemetry)
            try:
                pipeline = Pipeline(store, model, reader, PipelineConfig(), telemetry=telemetry)
                assert await store.create_runs([site.url(args.path)], Origin("cli", user="local"))
                run = await store.claim_run("span-tree", lease_seconds=60, transports=["cli"])
                assert run is not None
                done = await pipeline.execute(run, Quiet())
            finally:
                await model.aclose()
                await reader.aclose()
        await store.aclose()
        await engine.dispose()
    print(f"run {done.id}: {done.status.value}, trace {done.trace_id}")
    print(render(exporter.get_finished_spans()))
    telemetry.provider.shutdown()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offline", action="store_true", help="the offline model, not Claude")
    parser.add_argument("--path", default="/news/harbour", help="the test site's article")
    asyncio.run(main(parser.parse_args()))
