"""One run, one trace: span trees taken from the real OpenTelemetry SDK (in-memory exporter),
for a clean run, a run escalated and approved later, a run resumed after its worker died,
and the Claude path; and one trace through the real OTLP/HTTP exporter to a local receiver
that decodes the protobuf."""

from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import anthropic
import pytest
from aiohttp import web
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.trace.v1.trace_pb2 import Span
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from articles import ArticleSite
from bot.logs import JsonFormatter, TextFormatter
from bot.pages import run_html
from bot.telemetry import OtelTelemetry, build_telemetry, parse_headers, telemetry_for
from cli_harness import copydesk, environment
from fakes.anthropic import FakeAnthropic
from fakes.slack import FakeSlack
from orchestrator.domain import Origin, Run, RunStatus, StepStatus
from orchestrator.gatekeeper import GateKeeper
from orchestrator.models.claude import ClaudeModel
from orchestrator.models.offline import OfflineModel
from orchestrator.pipeline import Pipeline, PipelineConfig
from orchestrator.reading import FetchPolicy, InlineExtractor, SafeReader
from orchestrator.telemetry import (
    NO_TELEMETRY,
    SpanAt,
    execution_span_id,
    new_trace_id,
    root_span_id,
    under_root,
)
from orchestrator.trace import RunStopped
from slack_harness import (
    events_endpoint,
    link_message,
    running_app,
    settled_run,
    wait_for_result,
)
from storage.store import SqlRunStore
from support import make_settings
from test_pipeline import RecordingReporter, WorkerDied


@dataclass
class Traced:
    telemetry: OtelTelemetry
    exporter: InMemorySpanExporter

    @property
    def spans(self) -> tuple[ReadableSpan, ...]:
        return self.exporter.get_finished_spans()


def traced(*, capture_content: bool = False) -> Traced:
    exporter = InMemorySpanExporter()
    return Traced(
        telemetry_for(SimpleSpanProcessor(exporter), capture_content=capture_content), exporter
    )


@pytest.fixture
def otel() -> Iterator[Traced]:
    tracing = traced()
    yield tracing
    tracing.telemetry.provider.shutdown()


def hex_trace(span: ReadableSpan) -> str:
    assert span.context is not None
    return format(span.context.trace_id, "032x")


def hex_id(span: ReadableSpan) -> str:
    assert span.context is not None
    return format(span.context.span_id, "016x")


def parent_of(span: ReadableSpan) -> str | None:
    return format(span.parent.span_id, "016x") if span.parent is not None else None


def tree(spans: Sequence[ReadableSpan]) -> str:
    """The span tree as indented names (what the closing note prints)."""
    ids = {hex_id(s) for s in spans}
    children: dict[str | None, list[ReadableSpan]] = {}
    for span in sorted(spans, key=lambda s: s.start_time or 0):
        parent = parent_of(span)
        children.setdefault(parent if parent in ids else None, []).append(span)
    lines: list[str] = []

    def walk(parent: str | None, depth: int) -> None:
        for span in children.get(parent, []):
            lines.append("  " * depth + span.name)
            walk(hex_id(span), depth + 1)

    walk(None, 0)
    return "\n".join(lines)


def named(spans: Sequence[ReadableSpan], name: str) -> list[ReadableSpan]:
    return [s for s in spans if s.name == name]


def one(spans: Sequence[ReadableSpan], name: str) -> ReadableSpan:
    found = named(spans, name)
    assert len(found) == 1, (name, [s.name for s in spans])
    return found[0]


@pytest.fixture
async def reader(site: ArticleSite, otel: Traced) -> AsyncIterator[SafeReader]:
    safe = SafeReader(
        FetchPolicy.from_allow_list(site.allow),
        telemetry=otel.telemetry,
        extractor=InlineExtractor(),
    )
    try:
        yield safe
    finally:
        await safe.aclose()


async def claimed(store: SqlRunStore, url: str, worker: str = "w1") -> Run:
    assert await store.create_runs([url], Origin("cli", user="U1ASKER"))
    run = await store.claim_run(worker, lease_seconds=30, transports=["cli"])
    assert run is not None
    return run


async def test_a_clean_run_is_one_trace_from_its_root_to_each_source_fetch(
    store: SqlRunStore, reader: SafeReader, site: ArticleSite, otel: Traced
) -> None:
    pipeline = Pipeline(store, OfflineModel(), reader, PipelineConfig(), telemetry=otel.telemetry)
    run = await pipeline.execute(
        await claimed(store, site.url("/news/harbour")), RecordingReporter()
    )
    assert run.status is RunStatus.SUCCEEDED
    spans = otel.spans
    stored = await store.get_run(run.id)
    assert stored is not None and stored.trace_id is not None

    # One trace, the one the run keeps; every span's parent is in it.
    assert {hex_trace(s) for s in spans} == {stored.trace_id}
    ids = {hex_id(s) for s in spans}
    assert all(parent_of(s) is None or parent_of(s) in ids for s in spans)
    root = one(spans, "invoke_workflow copydesk")
    assert root.parent is None and hex_id(root) == root_span_id(stored.trace_id)
    attributes = dict(root.attributes or {})
    assert attributes["gen_ai.operation.name"] == "invoke_workflow"
    assert attributes["gen_ai.workflow.name"] == "copydesk"
    assert attributes["copydesk.run.id"] == run.id
    assert attributes["url.full"] == run.url
    assert attributes["copydesk.run.requested_by"] == "U1ASKER"
    assert attributes["copydesk.run.status"] == "succeeded"

    execution = one(spans, "copydesk.execution")
    assert parent_of(execution) == hex_id(root) and not execution.links
    for name in ("fetch", "summarise", "fact_check", "tag", "merge"):
        step = one(spans, f"step {name}")
        assert parent_of(step) == hex_id(execution)
        assert dict(step.attributes or {})["copydesk.step"] == name
    for gate in ("summary", "fact_check"):
        span = one(spans, f"gate {gate}")
        assert parent_of(span) == hex_id(execution)
        assert dict(span.attributes or {})["copydesk.gate.decision"] == "continue"
        assert dict(span.attributes or {})["copydesk.gate.decided_by"] == "gate"

    # The page fetch is a client span with its outcome, under the fetch step.
    fetch = one(spans, "step fetch")
    (page,) = [s for s in named(spans, "GET") if parent_of(s) == hex_id(fetch)]
    assert dict(page.attributes or {})["http.response.status_code"] == 200
    # The mesh: the checker, then the finder reading the cited source, inside the fact-check.
    fact_check = one(spans, "step fact_check")
    checker = one(spans, "invoke_agent claim_checker")
    finder = named(spans, "invoke_agent citation_finder")
    assert parent_of(checker) == hex_id(fact_check)
    assert finder and all(parent_of(f) == hex_id(fact_check) for f in finder)
    sources = [s for s in named(spans, "GET") if parent_of(s) == hex_id(finder[0])]
    assert any("council-report" in str(dict(s.attributes or {})["url.full"]) for s in sources)


async def test_an_escalated_run_approved_hours_later_stays_one_trace(
    store: SqlRunStore, reader: SafeReader, site: ArticleSite, otel: Traced
) -> None:
    pipeline = Pipeline(store, OfflineModel(), reader, PipelineConfig(), telemetry=otel.telemetry)
    run = await claimed(store, site.url("/news/harbour-misquoted"))
    waiting = await pipeline.execute(run, RecordingReporter())
    assert waiting.status is RunStatus.WAITING
    first = otel.spans
    # Nothing is held open while the gate waits: the first execution has ended and been
    # exported; the root and the gate's span come when they are decided.
    assert one(first, "copydesk.execution").end_time is not None
    assert not named(first, "invoke_workflow copydesk") and not named(first, "gate fact_check")

    # The decision arrives (here, from another process's GateKeeper with its own exporter).
    decider = traced()
    keeper = GateKeeper(store, lambda: None, telemetry=decider.telemetry)
    assert (await keeper.decide_run(run.id, approve=True, by="U2EDITOR")).ok
    gate_span = one(decider.spans, "gate fact_check")
    decided = await store.get_run(run.id)
    assert decided is not None and decided.trace_id is not None
    (gate,) = [g for g in decided.gates if g.name == "fact_check"]
    attributes = dict(gate_span.attributes or {})
    assert attributes["copydesk.gate.decision"] == "approved"
    assert attributes["copydesk.gate.decided_by"] == "U2EDITOR"
    assert "silt-study" in str(attributes["copydesk.gate.reason"])
    assert gate.decided_at is not None
    assert gate_span.start_time == int(gate.created_at.timestamp() * 1e9)
    assert gate_span.end_time == int(gate.decided_at.timestamp() * 1e9)
    assert attributes["copydesk.gate.waited_seconds"] == pytest.approx(
        (gate.decided_at - gate.created_at).total_seconds(), abs=0.001
    )
    assert parent_of(gate_span) == root_span_id(decided.trace_id)

    again = await store.claim_run("w2", lease_seconds=30, transports=["cli"])
    assert again is not None
    done = await pipeline.execute(again, RecordingReporter())
    assert done.status is RunStatus.SUCCEEDED
    spans = [*otel.spans, *decider.spans]
    assert {hex_trace(s) for s in spans} == {decided.trace_id}
    executions = named(spans, "copydesk.execution")
    assert [hex_id(e) for e in executions] == [
        execution_span_id(decided.trace_id, 1),
        execution_span_id(decided.trace_id, 2),
    ]
    (link,) = executions[1].links
    assert format(link.context.span_id, "016x") == hex_id(executions[0])
    root = one(spans, "invoke_workflow copydesk")
    assert {parent_of(s) for s in [*executions, gate_span]} == {hex_id(root)}
    # The second execution did only what was left: merge, under its own span.
    assert [s.name for s in spans if parent_of(s) == hex_id(executions[1])] == ["step merge"]
    decider.telemetry.provider.shutdown()


async def test_a_run_resumed_after_its_worker_died_continues_the_same_trace(
    store: SqlRunStore, site: ArticleSite
) -> None:
    # The first process: its exporter stands for what it sent before it was killed.
    dead = traced()
    reader = SafeReader(
        FetchPolicy.from_allow_list(site.allow),
        telemetry=dead.telemetry,
        extractor=InlineExtractor(),
    )
    try:
        pipeline = Pipeline(
            store, OfflineModel(), reader, PipelineConfig(), telemetry=dead.telemetry
        )
        run = await claimed(store, site.url("/news/harbour"))
        with pytest.raises(WorkerDied):
            await pipeline.execute(run, RecordingReporter(crash_after="summarise"))
    finally:
        await reader.aclose()
    died = await store.get_run(run.id)
    assert died is not None and died.status is RunStatus.RUNNING and died.trace_id
    lost = [s.name for s in dead.spans]
    assert "step fetch" in lost and "invoke_workflow copydesk" not in lost

    # A new process, a new provider, another worker: the lease lapsed and it resumes.
    fresh = traced()
    reader = SafeReader(
        FetchPolicy.from_allow_list(site.allow),
        telemetry=fresh.telemetry,
        extractor=InlineExtractor(),
    )
    try:
        pipeline = Pipeline(
            store, OfflineModel(), reader, PipelineConfig(), telemetry=fresh.telemetry
        )
        await store.renew_lease(run.id, "w1", lease_seconds=-1)
        again = await store.claim_run("w2", lease_seconds=30, transports=["cli"])
        assert again is not None and again.executions == 2
        done = await pipeline.execute(again, RecordingReporter())
    finally:
        await reader.aclose()
    assert done.status is RunStatus.SUCCEEDED
    spans = fresh.spans
    assert {hex_trace(s) for s in [*spans, *dead.spans]} == {died.trace_id}
    execution = one(spans, "copydesk.execution")
    (link,) = execution.links
    assert format(link.context.span_id, "016x") == hex_id(one(dead.spans, "copydesk.execution"))
    # Committed steps are read back, not run again: no new span for them.
    assert not named(spans, "step fetch") and not named(spans, "step summarise")
    assert named(spans, "step merge")
    root = one(spans, "invoke_workflow copydesk")
    assert dict(root.attributes or {})["copydesk.run.executions"] == 2
    dead.telemetry.provider.shutdown()
    fresh.telemetry.provider.shutdown()


async def test_claude_calls_are_chat_spans_whose_usage_is_the_stored_usage(
    store: SqlRunStore, reader: SafeReader, site: ArticleSite, otel: Traced
) -> None:
    async with FakeAnthropic() as fake:
        client = anthropic.AsyncAnthropic(api_key="test", base_url=fake.url, max_retries=0)
        model = ClaudeModel(client, "claude-sonnet-5-5", telemetry=otel.telemetry)
        try:
            pipeline = Pipeline(store, model, reader, PipelineConfig(), telemetry=otel.telemetry)
            run = await pipeline.execute(
                await claimed(store, site.url("/news/harbour")), RecordingReporter()
            )
        finally:
            await model.aclose()
        assert run.status is RunStatus.SUCCEEDED, run.error
        answered = [r["id"] for r in fake.responses]
    spans = otel.spans
    stored = await store.get_run(run.id)
    assert stored is not None
    chats = named(spans, "chat claude-sonnet-5-5")
    assert len(chats) == len(answered)
    assert sorted(str(dict(c.attributes or {})["gen_ai.response.id"]) for c in chats) == sorted(
        answered
    )
    by_id = {hex_id(s): s for s in spans}
    for step in stored.steps:
        if step.status is not StepStatus.SUCCEEDED or not step.usage.total_tokens:
            continue
        (step_span,) = [
            s
            for s in named(spans, f"step {step.name}")
            if dict(s.attributes or {})["copydesk.attempt"] == step.attempt
        ]

        def under(span: ReadableSpan, ancestor: ReadableSpan = step_span) -> bool:
            parent = parent_of(span)
            while parent is not None:
                if parent == hex_id(ancestor):
                    return True
                parent = parent_of(by_id[parent]) if parent in by_id else None
            return False

        calls = [dict(c.attributes or {}) for c in chats if under(c)]
        assert calls, step.name
        usage = step.usage
        assert sum(int(c["gen_ai.usage.output_tokens"]) for c in calls) == usage.output_tokens
        assert sum(int(c["gen_ai.usage.cache_read.input_tokens"]) for c in calls) == (
            usage.cache_read_tokens
        )
        assert sum(int(c["gen_ai.usage.cache_creation.input_tokens"]) for c in calls) == (
            usage.cache_write_tokens
        )
        # The conventions count cached input in the input tokens.
        assert sum(int(c["gen_ai.usage.input_tokens"]) for c in calls) == (
            usage.input_tokens + usage.cache_read_tokens + usage.cache_write_tokens
        )
        step_attributes = dict(step_span.attributes or {})
        assert step_attributes["gen_ai.usage.output_tokens"] == usage.output_tokens
    for chat in chats:
        attributes = dict(chat.attributes or {})
        assert attributes["gen_ai.provider.name"] == "anthropic"
        assert attributes["gen_ai.operation.name"] == "chat"
        assert attributes["gen_ai.request.model"] == "claude-sonnet-5-5"
        assert list(attributes["gen_ai.response.finish_reasons"]) == ["tool_use"]  # type: ignore[arg-type]
        # Never the content unless the operator opts in.
        assert "gen_ai.input.messages" not in attributes
        assert "gen_ai.output.messages" not in attributes


async def test_prompts_and_completions_are_on_chat_spans_only_when_opted_in(
    site: ArticleSite, reader: SafeReader
) -> None:
    tracing = traced(capture_content=True)
    article = await reader.read(site.url("/news/harbour"))
    async with FakeAnthropic() as fake:
        client = anthropic.AsyncAnthropic(api_key="test", base_url=fake.url, max_retries=0)
        model = ClaudeModel(client, "claude-sonnet-5-5", telemetry=tracing.telemetry)
        try:
            await model.tag(article)
        finally:
            await model.aclose()
    (chat,) = named(tracing.spans, "chat claude-sonnet-5-5")
    attributes = dict(chat.attributes or {})
    sent = json.loads(str(attributes["gen_ai.input.messages"]))
    assert sent[0]["role"] == "user" and "Tidewater" in sent[0]["parts"][0]["content"]
    answer = json.loads(str(attributes["gen_ai.output.messages"]))
    assert answer[0]["parts"][0]["type"] == "tool_call"
    assert answer[0]["parts"][0]["name"] == "record_tags"
    tracing.telemetry.provider.shutdown()


async def test_log_lines_carry_the_trace_and_span_they_were_logged_in(otel: Traced) -> None:
    record = logging.LogRecord("copydesk", logging.INFO, __file__, 1, "step %s", ("fetch",), None)
    assert "trace_id" not in JsonFormatter().format(record)
    with otel.telemetry.span("step fetch"):
        as_json = json.loads(JsonFormatter().format(record))
        as_text = TextFormatter().format(record)
    (span,) = otel.spans
    assert as_json["trace_id"] == hex_trace(span) and as_json["span_id"] == hex_id(span)
    assert f"trace_id={hex_trace(span)}" in as_text and f"span_id={hex_id(span)}" in as_text


def test_the_run_page_links_its_trace_when_a_template_is_set() -> None:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    run = Run(1, "https://example.com/a", RunStatus.SUCCEEDED, Origin("cli"), now, now)
    assert "Trace" not in run_html(run)
    run.trace_id = "0af7651916cd43dd8448eb211c80319c"
    assert "<code>0af7651916cd43dd8448eb211c80319c</code>" in run_html(run)
    page = run_html(run, trace_url_template="http://jaeger:16686/trace/{trace_id}")
    assert "href='http://jaeger:16686/trace/0af7651916cd43dd8448eb211c80319c'" in page


def test_tracing_is_off_unless_the_standard_variables_ask(tmp_path: object) -> None:
    url = "sqlite+aiosqlite:///unused.db"
    assert build_telemetry(make_settings(url)) is NO_TELEMETRY
    assert build_telemetry(make_settings(url, OTEL_TRACES_EXPORTER="none")) is NO_TELEMETRY
    assert (
        build_telemetry(
            make_settings(
                url, OTEL_EXPORTER_OTLP_ENDPOINT="http://x:4318", OTEL_SDK_DISABLED="true"
            )
        )
        is NO_TELEMETRY
    )
    on = build_telemetry(make_settings(url, OTEL_EXPORTER_OTLP_ENDPOINT="http://x:4318/"))
    assert isinstance(on, OtelTelemetry) and not on.captures_content
    on.provider.shutdown()
    settings = make_settings(
        url,
        OTEL_EXPORTER_OTLP_ENDPOINT="https://cloud.langfuse.com/api/public/otel",
        OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT="SPAN_ONLY",
    )
    assert settings.otel_traces_endpoint == "https://cloud.langfuse.com/api/public/otel/v1/traces"
    assert settings.otel_capture_content
    assert parse_headers("Authorization=Basic%20cGs6c2s=, x-team = news") == {
        "authorization": "Basic cGs6c2s=",
        "x-team": "news",
    }


class OtlpReceiver:
    """A collector's OTLP/HTTP traces endpoint on a loopback port: decodes what it is sent."""

    def __init__(self) -> None:
        self.requests: list[ExportTraceServiceRequest] = []
        self.content_types: list[str] = []
        self._arrived = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def __aenter__(self) -> OtlpReceiver:
        app = web.Application()
        app.router.add_post("/v1/traces", self._traces)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()

    async def _traces(self, request: web.Request) -> web.Response:
        self.content_types.append(request.content_type)
        body = await request.read()
        if request.headers.get("Content-Encoding") == "gzip":
            import gzip

            body = gzip.decompress(body)
        decoded = ExportTraceServiceRequest()
        decoded.ParseFromString(body)
        self.requests.append(decoded)
        self._arrived.set()
        return web.Response(body=b"", content_type="application/x-protobuf")

    def spans(self) -> list[tuple[str, str, dict[str, str]]]:
        """(name, trace id, string attributes) of every span received."""
        found = []
        for request in self.requests:
            for resource in request.resource_spans:
                for scope in resource.scope_spans:
                    for span in scope.spans:
                        attributes = {
                            a.key: a.value.string_value
                            for a in span.attributes
                            if a.value.HasField("string_value")
                        }
                        found.append((span.name, span.trace_id.hex(), attributes))
        return found

    async def received(self, name: str) -> None:
        """Until a span of this name has arrived."""
        while name not in [n for n, _, _ in self.spans()]:
            self._arrived.clear()
            await self._arrived.wait()

    def raw_spans(self) -> list[Span]:
        return [
            span
            for request in self.requests
            for resource in request.resource_spans
            for scope in resource.scope_spans
            for span in scope.spans
        ]

    def service_names(self) -> set[str]:
        return {
            a.value.string_value
            for request in self.requests
            for resource in request.resource_spans
            for a in resource.resource.attributes
            if a.key == "service.name"
        }


async def test_a_run_reaches_a_collector_through_the_real_otlp_http_exporter(
    store: SqlRunStore, database_url: str, site: ArticleSite
) -> None:
    async with OtlpReceiver() as collector:
        telemetry = build_telemetry(
            make_settings(
                database_url,
                OTEL_EXPORTER_OTLP_ENDPOINT=collector.url,
                OTEL_SERVICE_NAME="copydesk-test",
            )
        )
        assert isinstance(telemetry, OtelTelemetry)
        reader = SafeReader(
            FetchPolicy.from_allow_list(site.allow),
            telemetry=telemetry,
            extractor=InlineExtractor(),
        )
        try:
            pipeline = Pipeline(
                store, OfflineModel(), reader, PipelineConfig(), telemetry=telemetry
            )
            run = await pipeline.execute(
                await claimed(store, site.url("/news/harbour")), RecordingReporter()
            )
        finally:
            await reader.aclose()
            # The batch is sent on the way out, as the app's exit stack does.
            await telemetry.aclose()
        await asyncio.sleep(0)
    assert run.status is RunStatus.SUCCEEDED
    stored = await store.get_run(run.id)
    assert stored is not None
    received = collector.spans()
    assert set(collector.content_types) == {"application/x-protobuf"}
    assert collector.service_names() == {"copydesk-test"}
    assert {trace for _, trace, _ in received} == {stored.trace_id}
    names = [name for name, _, _ in received]
    assert names.count("invoke_workflow copydesk") == 1
    assert {"copydesk.execution", "step fetch", "step merge", "GET"} <= set(names)
    (root,) = [a for name, _, a in received if name == "invoke_workflow copydesk"]
    assert root["gen_ai.workflow.name"] == "copydesk" and root["url.full"] == run.url


async def test_the_app_wired_from_otel_settings_traces_slack_writes_and_shows_the_trace(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    template = "http://jaeger.example:16686/trace/{trace_id}"
    async with (
        OtlpReceiver() as collector,
        running_app(
            database_url,
            slack,
            site,
            OTEL_EXPORTER_OTLP_ENDPOINT=collector.url,
            COPYDESK_TRACE_URL_TEMPLATE=template,
        ) as app,
        events_endpoint(app, slack) as events,
    ):
        event = link_message(site)
        await events.deliver(event)
        await wait_for_result(slack, "C1", event["ts"], 1)
        run = await settled_run(app, 1)
        assert run.trace_id is not None
        page = run_html(run, trace_url_template=app.settings.trace_url_template)
        # The app's exit sent the last batch; the receiver has every span by now.
    assert f"href='http://jaeger.example:16686/trace/{run.trace_id}'" in page
    spans = collector.raw_spans()
    assert {s.trace_id.hex() for s in spans} == {run.trace_id}
    writes = [s for s in spans if s.name.startswith("slack ")]
    assert {"slack chat_postMessage", "slack chat_update"} <= {s.name for s in writes}
    assert all(s.parent_span_id.hex() == root_span_id(run.trace_id) for s in writes)
    assert all(s.kind == Span.SpanKind.SPAN_KIND_CLIENT for s in writes)
    assert [s.name for s in spans].count("invoke_workflow copydesk") == 1


async def test_copydesk_show_gives_the_trace_id_and_its_link(
    store: SqlRunStore, database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    (run,) = await store.create_runs([site.url("/news/harbour")], Origin("cli", user="local"))
    env = environment(database_url, site, tmp_path)
    env["COPYDESK_TRACE_URL_TEMPLATE"] = "https://langfuse.example/project/p1/traces/{trace_id}"
    code, out, err = await copydesk("show", str(run.id), "--json", env=env)
    assert code == 0, err
    shown = json.loads(out)
    assert shown["trace_id"] == run.trace_id and len(shown["trace_id"]) == 32
    assert shown["trace_url"] == f"https://langfuse.example/project/p1/traces/{run.trace_id}"


async def test_a_run_handed_back_at_shutdown_ends_its_execution_span_without_an_error(
    store: SqlRunStore, reader: SafeReader, site: ArticleSite, otel: Traced
) -> None:
    pipeline = Pipeline(store, OfflineModel(), reader, PipelineConfig(), telemetry=otel.telemetry)
    stop = asyncio.Event()
    stop.set()  # the worker is shutting down before the first step
    with pytest.raises(RunStopped):
        await pipeline.execute(
            await claimed(store, site.url("/news/harbour")), RecordingReporter(), stop
        )
    (execution,) = otel.spans
    assert execution.name == "copydesk.execution"
    assert execution.status.status_code is not StatusCode.ERROR
    assert dict(execution.attributes or {})["copydesk.stopped"] is True


def test_a_sampler_keeps_or_drops_each_run_whole_in_every_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import UTC, datetime

    monkeypatch.setenv("OTEL_TRACES_SAMPLER", "traceidratio")
    monkeypatch.setenv("OTEL_TRACES_SAMPLER_ARG", "0.5")
    worker, decider = traced(), traced()
    now = datetime.now(UTC)
    trace_ids = [new_trace_id() for _ in range(40)]
    for trace_id in trace_ids:
        at = SpanAt(trace_id, root_span_id(trace_id), execution_span_id(trace_id, 1))
        with worker.telemetry.span("copydesk.execution", at=at), worker.telemetry.span("step"):
            pass
        worker.telemetry.record(
            "invoke_workflow copydesk", now, now, at=SpanAt(trace_id, None, root_span_id(trace_id))
        )
        decider.telemetry.record("gate fact_check", now, now, at=under_root(trace_id))
    kept = Counter(hex_trace(s) for s in worker.spans)
    # Some runs are kept and some dropped, each whole: its root, execution and step.
    assert 0 < len(kept) < len(trace_ids)
    assert set(kept.values()) == {3}
    # Another process (the one deciding a gate) keeps exactly the same runs.
    assert {hex_trace(s) for s in decider.spans} == set(kept)
    worker.telemetry.provider.shutdown()
    decider.telemetry.provider.shutdown()


def test_the_sdks_attribute_length_limit_caps_captured_prompts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT", "8")
    tracing = traced(capture_content=True)
    with tracing.telemetry.span("chat m", {"gen_ai.input.messages": "x" * 100, "n": 12345678901}):
        pass
    (span,) = tracing.spans
    assert dict(span.attributes or {}) == {"gen_ai.input.messages": "x" * 8, "n": 12345678901}
    tracing.telemetry.provider.shutdown()
