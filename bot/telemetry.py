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
import logging
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import unquote

from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SpanExporter,
)

from bot.otel_spans import OpenSpan, SpanSink, record, sampler_of
from orchestrator.telemetry import (
    NO_TELEMETRY,
    Attributes,
    Span,
    SpanAt,
    SpanKind,
    Telemetry,
)

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)


class OtelTelemetry:
    """Spans for the SDK's processors, from a TracerProvider that copydesk owns (see the
    module docstring); how a span is recorded is `bot/otel_spans.py`'s business."""

    enabled = True

    def __init__(
        self,
        provider: TracerProvider,
        processors: Sequence[SpanProcessor],
        *,
        capture_content: bool = False,
    ) -> None:
        # The provider owns the processors' lifetime (flush, shutdown); spans reach them
        # through the sink, without the provider's per-span machinery.
        self.provider = provider
        for processor in processors:
            provider.add_span_processor(processor)
        self.captures_content = capture_content
        self._sink = SpanSink(
            processors, provider.resource, "copydesk", sampler_of(provider.sampler)
        )

    def span(
        self,
        name: str,
        attributes: Attributes | None = None,
        *,
        kind: SpanKind = "internal",
        at: SpanAt | None = None,
    ) -> AbstractContextManager[Span]:
        return OpenSpan(self._sink, name, attributes, kind, at)

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
        record(self._sink, name, start, end, attributes, at, error)

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
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    processor = exporter if isinstance(exporter, SpanProcessor) else BatchSpanProcessor(exporter)
    return OtelTelemetry(provider, [processor], capture_content=capture_content)


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
        resource=Resource.create({"service.name": settings.otel_service_name})
    )
    processors: list[SpanProcessor] = []
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
        processors.append(BatchSpanProcessor(exporter))
    log.info(
        "Exporting a trace for every run (%s) to %s",
        ", ".join(wanted),
        endpoint or "the console",
        extra={"action": "otel_start"},
    )
    return OtelTelemetry(provider, processors, capture_content=settings.otel_capture_content)


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
