"""A run's spans in the GenAI vocabulary: the root, each execution, steps and gates.

The names and attributes follow the OpenTelemetry GenAI conventions where they have a word
(`invoke_workflow`, `invoke_agent`, `chat`, `gen_ai.usage.*`) and `copydesk.*` where not.
"""

from __future__ import annotations

from datetime import UTC, datetime

from orchestrator.domain import Gate, GateDecision, Run, RunStatus, Step
from orchestrator.ports import RunStore
from orchestrator.telemetry import (
    ROOT_SPAN,
    WORKFLOW,
    Attributes,
    SpanAt,
    SpanLink,
    Telemetry,
    execution_span_id,
    gate_span_id,
    new_trace_id,
    root_span_id,
    under_root,
)
from orchestrator.usage import Usage


async def execution_at(telemetry: Telemetry, store: RunStore, run: Run) -> SpanAt | None:
    """Where this execution's span goes, giving the run its trace id first if it has none.

    A resumed execution (after a crash, a restart or a gate's decision) is a new span of the
    same trace, linked to the execution before it.
    """
    if not telemetry.enabled:
        return None
    if run.trace_id is None:
        run.trace_id = await store.set_trace_id(run.id, new_trace_id())
    execution = max(run.executions, 1)
    links: tuple[SpanLink, ...] = ()
    if execution > 1:
        links = (
            SpanLink(
                run.trace_id,
                execution_span_id(run.trace_id, execution - 1),
                {"copydesk.link": "previous execution", "copydesk.execution": execution - 1},
            ),
        )
    return SpanAt(
        run.trace_id,
        root_span_id(run.trace_id),
        execution_span_id(run.trace_id, execution),
        links,
    )


def execution_attributes(run: Run) -> Attributes:
    return {
        "copydesk.run.id": run.id,
        "copydesk.execution": run.executions,
        "copydesk.resumed": run.executions > 1,
    }


def record_root(telemetry: Telemetry, run: Run, *, now: datetime | None = None) -> None:
    """The run's root span, `invoke_workflow copydesk`, recorded once the run has ended.

    Its id follows from the trace id, so the executions' spans (exported long before, maybe
    by other processes) already name it as their parent.
    """
    if not telemetry.enabled or run.trace_id is None:
        return
    end = run.finished_at or now or datetime.now(UTC)
    error = None
    if run.status is RunStatus.FAILED:
        error = ("run_failed", run.error or "the run failed")
    telemetry.record(
        ROOT_SPAN,
        run.created_at,
        end,
        {
            "gen_ai.operation.name": "invoke_workflow",
            "gen_ai.workflow.name": WORKFLOW,
            "copydesk.run.id": run.id,
            "url.full": run.url,
            "copydesk.run.requested_by": run.origin.user,
            "copydesk.run.transport": run.origin.transport,
            "copydesk.run.status": run.status.value,
            "copydesk.run.error": run.error,
            "copydesk.run.executions": run.executions,
            **usage_attributes(run.usage),
            "copydesk.usage.cost_usd": round(run.usage.cost_usd, 6),
        },
        at=SpanAt(run.trace_id, None, root_span_id(run.trace_id)),
        error=error,
    )


def step_span_name(name: str) -> str:
    return f"step {name}"


def step_attributes(step: Step) -> Attributes:
    return {
        "copydesk.run.id": step.run_id,
        "copydesk.step": step.name,
        "copydesk.attempt": step.attempt,
    }


def step_result_attributes(usage: Usage, model: str | None) -> Attributes:
    if model is None and not usage.total_tokens:
        return _NOTHING  # a step that asked no model (fetch, merge)
    return {**usage_attributes(usage), "gen_ai.request.model": model}


_NOTHING: Attributes = {}


def gate_attributes(gate: Gate) -> Attributes:
    waited = None
    if gate.decided_at is not None:
        waited = round((gate.decided_at - gate.created_at).total_seconds(), 3)
    return {
        "copydesk.run.id": gate.run_id,
        "copydesk.gate": gate.name,
        "copydesk.attempt": gate.attempt,
        "copydesk.gate.decision": gate.decision.value,
        "copydesk.gate.outcome": gate.effective.value,
        "copydesk.gate.reason": gate.reason,
        "copydesk.gate.decided_by": gate.decided_by,
        "copydesk.gate.note": gate.note,
        "copydesk.gate.waited_seconds": waited,
    }


def record_gate_wait(telemetry: Telemetry, trace_id: str | None, gate: Gate) -> None:
    """An escalated gate, decided now: one span from its escalation to its decision, however
    many hours lay between, recorded by whichever process took the decision."""
    if not telemetry.enabled or trace_id is None or gate.id is None or gate.decided_at is None:
        return
    error = None
    if gate.effective is GateDecision.REJECTED:
        error = ("gate_rejected", f"rejected at the {gate.name} gate")
    telemetry.record(
        f"gate {gate.name}",
        gate.created_at,
        gate.decided_at,
        gate_attributes(gate),
        at=under_root(trace_id, span_id=gate_span_id(trace_id, gate.id)),
        error=error,
    )


def usage_attributes(usage: Usage) -> Attributes:
    """GenAI usage: input tokens include the cached ones, as the conventions count them;
    the cache's share is given beside them (and copydesk's own split in its trace)."""
    return {
        "gen_ai.usage.input_tokens": usage.input_tokens
        + usage.cache_read_tokens
        + usage.cache_write_tokens,
        "gen_ai.usage.output_tokens": usage.output_tokens,
        "gen_ai.usage.cache_read.input_tokens": usage.cache_read_tokens,
        "gen_ai.usage.cache_creation.input_tokens": usage.cache_write_tokens,
    }
