"""The tracing port's spans, recorded cheaply and handed to the SDK's span processors whole.

The SDK's `Tracer.start_span` path costs ~35 µs a span (sampler, `BoundedAttributes`
validation under a lock, context attach for `use_span`, the id generator's seam, `Span.end`'s
lock and `_readable_span` copy): ~250 µs on a no-op run of eight spans, a tenth of the run.
copydesk needs none of it on the run's path. Its ids are placed explicitly (the port's
`SpanAt`), its attribute values are typed by the port, a run is sampled whole (the sampler is
asked once a trace, not once a span), and its processors are the SDK's batch or simple ones, whose
`on_start` and `_on_ending` do nothing. So a span is a slots object while it is open and one
`ReadableSpan` when it ends, given to the processors' `on_end` — the SDK's own hand-off to the
exporter, so the batching, the OTLP/HTTP encoding and the export stay the SDK's.

A span still ends (and is queued for export) when its block ends, not when the run does: a
worker killed with SIGKILL has already sent what it finished.

The current span is copydesk's own context variable rather than OpenTelemetry's context: it
parents the spans opened inside a block (a model call inside a step) and gives log lines
their trace and span ids (`current_ids`), at one `ContextVar.set` per span.
"""

from __future__ import annotations

import contextvars
import random
import time
from collections.abc import Sequence
from datetime import datetime

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, SpanLimits, SpanProcessor
from opentelemetry.sdk.trace.sampling import ALWAYS_ON, Decision, ParentBased, Sampler
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import Link, SpanContext, Status, StatusCode, TraceFlags
from opentelemetry.util.types import AttributeValue as OtelValue

from orchestrator.errors import CopydeskError
from orchestrator.telemetry import ROOT_SPAN, Attributes, SpanAt, SpanKind

_SAMPLED = TraceFlags(TraceFlags.SAMPLED)
_KINDS = {"internal": trace.SpanKind.INTERNAL, "client": trace.SpanKind.CLIENT}
_UNSET = Status(StatusCode.UNSET)
_DECISIONS = 4096  # traces whose sampling decision is remembered
_DEFAULT_SAMPLER = ParentBased(ALWAYS_ON).get_description()  # type: ignore[no-untyped-call]

_CURRENT: contextvars.ContextVar[OpenSpan | None] = contextvars.ContextVar(
    "copydesk_current_span", default=None
)


def current_ids() -> tuple[int, int] | None:
    """(trace id, span id) of the span open around the caller, if any."""
    span = _CURRENT.get()
    return None if span is None else (span.trace_id, span.span_id)


class SpanSink:
    """Where ended spans go: the SDK's processors, under one resource and scope."""

    __slots__ = ("_decisions", "_max_length", "_sampler", "processors", "resource", "scope")

    def __init__(
        self,
        processors: Sequence[SpanProcessor],
        resource: Resource,
        scope_name: str,
        sampler: Sampler | None = None,
    ) -> None:
        self.processors = tuple(processors)
        self.resource = resource
        self.scope = InstrumentationScope(scope_name)
        self._sampler = sampler
        self._decisions: dict[int, bool] = {}
        # OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT (or OTEL_ATTRIBUTE_...), as the SDK reads it:
        # an operator capturing prompts may cap them. Unset by default, and then free.
        self._max_length = SpanLimits().max_span_attribute_length

    def sampled(self, trace_id: int) -> bool:
        """Whether this run's trace is exported: the sampler's decision for a root span of
        it, asked once a trace. Every copydesk trace starts at copydesk, so a parent-based
        sampler decides as its root sampler does; a ratio sampler decides from the trace id
        alone, so every process keeps or drops the same runs, whole."""
        if self._sampler is None:
            return True
        decision = self._decisions.get(trace_id)
        if decision is None:
            if len(self._decisions) >= _DECISIONS:
                self._decisions.clear()
            result = self._sampler.should_sample(Context(), trace_id, ROOT_SPAN)
            decision = self._decisions[trace_id] = result.decision is Decision.RECORD_AND_SAMPLE
        return decision

    def emit(
        self,
        name: str,
        context: SpanContext,
        parent: SpanContext | None,
        attributes: dict[str, OtelValue],
        kind: trace.SpanKind,
        links: Sequence[Link],
        status: Status,
        start: int,
        end: int,
    ) -> None:
        if self._sampler is not None and not self.sampled(context.trace_id):
            return
        if self._max_length is not None:
            attributes = _truncated(attributes, self._max_length)
        span = ReadableSpan(
            name,
            context,
            parent,
            self.resource,
            attributes,
            (),
            links,
            kind,
            None,
            status,
            start,
            end,
            self.scope,
        )
        for processor in self.processors:
            processor.on_end(span)


class OpenSpan:
    """A span while its block runs: the port's Span, and a context manager."""

    __slots__ = (
        "_sink",
        "_token",
        "attributes",
        "context",
        "kind",
        "links",
        "name",
        "parent",
        "span_id",
        "start",
        "status",
        "trace_id",
    )
    trace_id: int
    span_id: int
    parent: SpanContext | None
    context: SpanContext

    def __init__(
        self,
        sink: SpanSink,
        name: str,
        attributes: Attributes | None,
        kind: SpanKind,
        at: SpanAt | None,
    ) -> None:
        self._sink = sink
        self.name = name
        self.kind = _KINDS[kind]
        self.attributes = clean(attributes)
        self.status = _UNSET
        self.links: Sequence[Link] = ()
        if at is None:
            current = _CURRENT.get()
            if current is None:  # a trace of its own
                self.trace_id = random.getrandbits(128) or 1
                self.parent = None
            else:
                self.trace_id = current.trace_id
                self.parent = current.context
            self.span_id = random.getrandbits(64) or 1
        else:
            self.trace_id, self.parent, self.span_id, self.links = placed(at)
        # Its own context, made once: the parent of the spans opened inside it too.
        self.context = SpanContext(self.trace_id, self.span_id, False, _SAMPLED)
        self.start = 0

    def set_attributes(self, attributes: Attributes) -> None:
        for key, value in attributes.items():
            if value is not None:
                self.attributes[key] = _value(value)

    def record_error(self, error_type: str, message: str) -> None:
        self.attributes["error.type"] = error_type
        self.status = Status(StatusCode.ERROR, message)

    def __enter__(self) -> OpenSpan:
        self._token = _CURRENT.set(self)
        self.start = time.time_ns()
        return self

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        end = time.time_ns()
        _CURRENT.reset(self._token)
        # An exception leaving the block marks the span failed, unless the block said why.
        if error is not None and self.status is _UNSET:
            self.record_error(type(error).__name__, sentence(error))
        self._sink.emit(
            self.name,
            self.context,
            self.parent,
            self.attributes,
            self.kind,
            self.links,
            self.status,
            self.start,
            end,
        )


def _truncated(attributes: dict[str, OtelValue], limit: int) -> dict[str, OtelValue]:
    def cut(value: OtelValue) -> OtelValue:
        if isinstance(value, str):
            return value[:limit]
        if isinstance(value, tuple) and value and isinstance(value[0], str):
            return tuple(v[:limit] for v in value)
        return value

    return {key: cut(value) for key, value in attributes.items()}


def sampler_of(sampler: Sampler) -> Sampler | None:
    """The sampler to ask per trace; None for the default (every trace), asked for nothing."""
    if sampler is ALWAYS_ON or sampler.get_description() == _DEFAULT_SAMPLER:
        return None
    return sampler


def placed(at: SpanAt) -> tuple[int, SpanContext | None, int, Sequence[Link]]:
    """Trace id, parent, span id and links of a span the port placed (parents are remote:
    they may belong to another process, or to one that died)."""
    trace_id = int(at.trace_id, 16)
    parent = None
    if at.parent_id is not None:
        parent = SpanContext(trace_id, int(at.parent_id, 16), True, _SAMPLED)
    span_id = int(at.span_id, 16) if at.span_id else random.getrandbits(64) or 1
    links: Sequence[Link] = ()
    if at.links:
        links = [
            Link(
                SpanContext(int(link.trace_id, 16), int(link.span_id, 16), True),
                clean(link.attributes),
            )
            for link in at.links
        ]
    return trace_id, parent, span_id, links


def record(
    sink: SpanSink,
    name: str,
    start: datetime,
    end: datetime,
    attributes: Attributes | None,
    at: SpanAt,
    error: tuple[str, str] | None,
) -> None:
    """A span that happened, between two given moments."""
    trace_id, parent, span_id, links = placed(at)
    values = clean(attributes)
    status = _UNSET
    if error is not None:
        values["error.type"] = error[0]
        status = Status(StatusCode.ERROR, error[1])
    start_ns = ns(start)
    sink.emit(
        name,
        SpanContext(trace_id, span_id, False, _SAMPLED),
        parent,
        values,
        trace.SpanKind.INTERNAL,
        links,
        status,
        start_ns,
        max(ns(end), start_ns),
    )


def clean(attributes: Attributes | None) -> dict[str, OtelValue]:
    """OpenTelemetry refuses None (the port's "leave it out"); sequences become tuples, as
    the SDK's own validation stores them."""
    if not attributes:
        return {}
    return {
        key: value if type(value) in _SCALARS else tuple(value)  # type: ignore[arg-type]
        for key, value in attributes.items()
        if value is not None
    }


def _value(value: OtelValue) -> OtelValue:
    if type(value) in _SCALARS:
        return value
    return tuple(value)  # type: ignore[arg-type]


# Exact types, looked up in a set: isinstance with a `X | Y` union costs ~4 µs a value.
_SCALARS = frozenset((str, bool, int, float))


def sentence(error: BaseException) -> str:
    if isinstance(error, CopydeskError):
        return error.message
    return str(error) or type(error).__name__


def ns(moment: datetime) -> int:
    return int(moment.timestamp() * 1_000_000_000)
