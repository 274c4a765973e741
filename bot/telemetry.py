"""The tracing port (`orchestrator.telemetry`) over the OpenTelemetry SDK and OTLP/HTTP.

Configured only when the operator sets the standard variables (`OTEL_EXPORTER_OTLP_ENDPOINT`,
`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or `OTEL_TRACES_EXPORTER`); otherwise copydesk keeps the
no-op port and never builds a provider.

The provider is copydesk's own, not the global one: installing a global SDK provider would
also switch on the anthropic SDK's built-in spans (`anthropic.messages.create`, on by default
in anthropic 2.x whenever a global provider exists), doubling every model call in the trace.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import unquote

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SpanExporter,
)
from opentelemetry.sdk.trace.id_generator import IdGenerator
from opentelemetry.trace import Link, NonRecordingSpan, SpanContext, Status, StatusCode, TraceFlags
from opentelemetry.util.types import AttributeValue as OtelValue

from orchestrator.errors import CopydeskError
from orchestrator.telemetry import (
    NO_TELEMETRY,
    Attributes,
    SpanAt,
    SpanKind,
    Telemetry,
)

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

# The ids the next span must take (trace id only for a root), set just around start_span:
# the SDK asks its IdGenerator, and this is the SDK's own seam for choosing ids.
_PRESET: contextvars.ContextVar[tuple[int | None, int | None]] = contextvars.ContextVar(
    "copydesk_preset_ids", default=(None, None)
)


class _PresetIds(IdGenerator):
    # random.getrandbits, as the SDK's own RandomIdGenerator: ids need to be unique, not secret.
    def generate_span_id(self) -> int:
        preset = _PRESET.get()[1]
        return preset if preset is not None else random.getrandbits(64) or 1

    def generate_trace_id(self) -> int:
        preset = _PRESET.get()[0]
        return preset if preset is not None else random.getrandbits(128) or 1


_KINDS = {"internal": trace.SpanKind.INTERNAL, "client": trace.SpanKind.CLIENT}


class _Span:
    """The port's Span over an SDK span."""

    def __init__(self, span: trace.Span) -> None:
        self._span = span
        self.failed = False

    def set_attributes(self, attributes: Attributes) -> None:
        self._span.set_attributes(_clean(attributes))

    def record_error(self, error_type: str, message: str) -> None:
        self.failed = True
        self._span.set_attribute("error.type", error_type)
        self._span.set_status(Status(StatusCode.ERROR, message))


class OtelTelemetry:
    """Spans through an SDK TracerProvider that copydesk owns (see the module docstring)."""

    enabled = True

    def __init__(self, provider: TracerProvider, *, capture_content: bool = False) -> None:
        self.provider = provider
        self.captures_content = capture_content
        self._tracer = provider.get_tracer("copydesk")

    @contextmanager
    def span(
        self,
        name: str,
        attributes: Attributes | None = None,
        *,
        kind: SpanKind = "internal",
        at: SpanAt | None = None,
    ) -> Iterator[_Span]:
        otel_span = self._start(name, attributes, kind, at, None)
        handle = _Span(otel_span)
        with trace.use_span(
            otel_span, end_on_exit=True, record_exception=False, set_status_on_exception=False
        ):
            try:
                yield handle
            except BaseException as error:
                if not handle.failed:
                    handle.record_error(type(error).__name__, _sentence(error))
                raise

    def record(
        self,
        name: str,
        start: datetime,
        end: datetime,
        attributes: Attributes | None = None,
        *,
        at: SpanAt,
        error: tuple[str, str] | None = None,
    ) -> None:
        otel_span = self._start(name, attributes, "internal", at, _ns(start))
        if error is not None:
            _Span(otel_span).record_error(*error)
        otel_span.end(end_time=max(_ns(end), _ns(start)))

    def _start(
        self,
        name: str,
        attributes: Attributes | None,
        kind: SpanKind,
        at: SpanAt | None,
        start_time: int | None,
    ) -> trace.Span:
        context = None
        preset: tuple[int | None, int | None] = (None, None)
        links: Sequence[Link] = ()
        if at is not None:
            if at.parent_id is not None:
                parent = SpanContext(
                    int(at.trace_id, 16),
                    int(at.parent_id, 16),
                    is_remote=True,
                    trace_flags=TraceFlags(TraceFlags.SAMPLED),
                )
                context = trace.set_span_in_context(NonRecordingSpan(parent))
            else:
                # A root: an empty context, not whatever span happens to be current.
                context = trace.set_span_in_context(trace.INVALID_SPAN)
            preset = (
                int(at.trace_id, 16) if at.parent_id is None else None,
                int(at.span_id, 16) if at.span_id else None,
            )
            links = [
                Link(
                    SpanContext(int(link.trace_id, 16), int(link.span_id, 16), is_remote=True),
                    _clean(link.attributes),
                )
                for link in at.links
            ]
        token = _PRESET.set(preset)
        try:
            return self._tracer.start_span(
                name,
                context=context,
                kind=_KINDS[kind],
                attributes=_clean(attributes or {}),
                links=links,
                start_time=start_time,
            )
        finally:
            _PRESET.reset(token)

    async def aclose(self) -> None:
        """Export what is still queued (bounded), then stop; the process is on its way out."""
        await asyncio.to_thread(self.provider.force_flush, 5000)
        await asyncio.to_thread(self.provider.shutdown)


def telemetry_for(
    exporter: SpanExporter | SpanProcessor,
    *,
    capture_content: bool = False,
    service_name: str = "copydesk",
) -> OtelTelemetry:
    """An SDK-backed port exporting through `exporter` (batched) or a ready processor."""
    provider = TracerProvider(
        resource=Resource.create({"service.name": service_name}), id_generator=_PresetIds()
    )
    processor = exporter if isinstance(exporter, SpanProcessor) else BatchSpanProcessor(exporter)
    provider.add_span_processor(processor)
    return OtelTelemetry(provider, capture_content=capture_content)


def build_telemetry(settings: Settings) -> Telemetry:
    """The port the operator's OTEL_* settings ask for; the no-op one when they ask nothing."""
    wanted = [
        name.strip().lower()
        for name in (settings.otel_traces_exporter or "").split(",")
        if name.strip()
    ]
    endpoint = settings.otel_traces_endpoint
    if settings.otel_sdk_disabled or wanted == ["none"] or not (wanted or endpoint):
        return NO_TELEMETRY
    wanted = wanted or ["otlp"]
    provider = TracerProvider(
        resource=Resource.create({"service.name": settings.otel_service_name}),
        id_generator=_PresetIds(),
    )
    for name in wanted:
        exporter: SpanExporter
        if name == "otlp":
            protocol = (settings.otel_exporter_otlp_protocol or "http/protobuf").lower()
            if protocol != "http/protobuf":
                log.warning(
                    "OTEL_EXPORTER_OTLP_PROTOCOL=%s is not supported; exporting over "
                    "http/protobuf instead (point the endpoint at the collector's HTTP port, "
                    "usually 4318)",
                    protocol,
                    extra={"action": "otel_protocol"},
                )
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            exporter = OTLPSpanExporter(
                endpoint=endpoint or "http://localhost:4318/v1/traces",
                headers=parse_headers(settings.otel_exporter_otlp_headers),
            )
        elif name == "console":
            exporter = ConsoleSpanExporter()
        else:
            log.warning(
                "OTEL_TRACES_EXPORTER names %r, which copydesk does not know; "
                "use otlp, console or none",
                name,
                extra={"action": "otel_exporter"},
            )
            continue
        provider.add_span_processor(BatchSpanProcessor(exporter))
    log.info(
        "Exporting a trace for every run (%s) to %s",
        ", ".join(wanted),
        endpoint or "the console",
        extra={"action": "otel_start"},
    )
    return OtelTelemetry(provider, capture_content=settings.otel_capture_content)


def trace_url(template: str | None, trace_id: str | None) -> str | None:
    """The run's trace in the operator's tool (COPYDESK_TRACE_URL_TEMPLATE, `{trace_id}`)."""
    if not template or not trace_id:
        return None
    return template.replace("{trace_id}", trace_id)


def parse_headers(raw: str | None) -> dict[str, str]:
    """`OTEL_EXPORTER_OTLP_HEADERS`: comma-separated `key=value`, values URL-encoded."""
    headers: dict[str, str] = {}
    for part in (raw or "").split(","):
        key, sep, value = part.partition("=")
        if sep and key.strip():
            headers[unquote(key.strip()).lower()] = unquote(value.strip())
    return headers


def _clean(attributes: Attributes) -> dict[str, OtelValue]:
    """OpenTelemetry refuses None (with a log line per attribute); leave those out."""
    return {key: value for key, value in attributes.items() if value is not None}


def _sentence(error: BaseException) -> str:
    if isinstance(error, CopydeskError):
        return error.message
    return str(error) or type(error).__name__


def _ns(moment: datetime) -> int:
    return int(moment.timestamp() * 1_000_000_000)
