"""The tracing port: what the orchestrator tells about a run's spans, and a no-op default.

The orchestrator owns this small Protocol rather than calling the OpenTelemetry API itself:
one run is one trace across processes and crashes, which takes preset trace and span ids
and spans recorded after the fact with explicit times (a gate's wait of hours). The API's
global provider does neither cleanly, and installing a global SDK provider would also turn
on the anthropic SDK's own spans beside ours. So the SDK and the exporter live in
`bot/telemetry.py`, wired in `bot/bootstrap.py`; without them every hook here is a call to
a no-op, and nothing is exported or measurably slower.

Every span of a run hangs from its root, `invoke_workflow copydesk`, whose ids follow from
the run's stored trace id: a resumed execution, another worker or the process that decides
a gate all place their spans in the same trace without asking anyone.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

AttributeValue = str | bool | int | float | Sequence[str] | Sequence[int]
# None leaves the attribute out (a gate nobody decided has no decider).
Attributes = Mapping[str, AttributeValue | None]
SpanKind = Literal["internal", "client"]

WORKFLOW = "copydesk"
ROOT_SPAN = f"invoke_workflow {WORKFLOW}"
EXECUTION_SPAN = "copydesk.execution"


@dataclass(frozen=True)
class SpanAt:
    """Where a span goes: its trace, its parent (None: it is the trace's root), its own id
    when it must be one known in advance, and the spans it follows from."""

    trace_id: str  # 32 hex digits
    parent_id: str | None = None
    span_id: str | None = None
    links: Sequence[SpanLink] = ()


@dataclass(frozen=True)
class SpanLink:
    trace_id: str
    span_id: str
    attributes: Mapping[str, AttributeValue] = field(default_factory=dict)


class Span(Protocol):
    def set_attributes(self, attributes: Attributes) -> None: ...

    def record_error(self, error_type: str, message: str) -> None:
        """Mark the span failed, with a low-cardinality type and a sentence."""
        ...


class Telemetry(Protocol):
    @property
    def enabled(self) -> bool:
        """Whether spans go anywhere; hooks that cost something look here first."""
        ...

    @property
    def captures_content(self) -> bool:
        """Whether the operator opted in to prompts and completions on model spans."""
        ...

    def span(
        self,
        name: str,
        attributes: Attributes | None = None,
        *,
        kind: SpanKind = "internal",
        at: SpanAt | None = None,
    ) -> AbstractContextManager[Span]:
        """A span around a block, current inside it; a child of the current span unless
        `at` places it. An exception leaving the block marks the span failed."""
        ...

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
        """A span that happened: start and end given, nothing held open in between."""
        ...


class _NoSpan:
    def set_attributes(self, attributes: Attributes) -> None:
        pass

    def record_error(self, error_type: str, message: str) -> None:
        pass

    def __enter__(self) -> _NoSpan:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


_NO_SPAN = _NoSpan()


class NoTelemetry:
    """Tracing off: one shared object for every span, nothing allocated per call."""

    enabled = False
    captures_content = False

    def span(
        self,
        name: str,
        attributes: Attributes | None = None,
        *,
        kind: SpanKind = "internal",
        at: SpanAt | None = None,
    ) -> AbstractContextManager[Span]:
        return _NO_SPAN

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
        return None


NO_TELEMETRY: Telemetry = NoTelemetry()


def new_trace_id() -> str:
    return secrets.token_hex(16)


# Asked several times a run (its root, its execution) by every process that touches it.
@functools.lru_cache(maxsize=4096)
def derived_span_id(trace_id: str, *parts: object) -> str:
    """A span id that anyone holding the trace id can work out again (never all zeros)."""
    seed = "/".join((trace_id, *(str(p) for p in parts))).encode()
    digest = hashlib.blake2b(seed, digest_size=8).hexdigest()
    return digest if int(digest, 16) else "0000000000000001"


def root_span_id(trace_id: str) -> str:
    return derived_span_id(trace_id, "root")


def execution_span_id(trace_id: str, execution: int) -> str:
    return derived_span_id(trace_id, "execution", execution)


def gate_span_id(trace_id: str, gate_id: int) -> str:
    return derived_span_id(trace_id, "gate", gate_id)


def under_root(trace_id: str, *, span_id: str | None = None) -> SpanAt:
    """A span whose parent is the run's root span."""
    return SpanAt(trace_id, root_span_id(trace_id), span_id)
