"""Domain objects as the values and bound parameters of the run store's statements.

`b_<prefix><column>` is how storage/statements.py names a statement's parameters; a prefix
keeps apart the parts of one statement (Postgres's CTEs, storage/postgres.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from orchestrator.domain import JSON, Claim, Gate, Origin, RunStatus, Step
from orchestrator.ports import RunEnd
from orchestrator.usage import Usage
from storage.statements import USAGE_COLUMNS


def utcnow() -> datetime:
    return datetime.now(UTC)


def domain_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")[:255]


def new_run_values(origin: Origin, now: datetime) -> dict[str, Any]:
    """A queued run's columns, but for its url, domain and trace id."""
    return {
        "status": RunStatus.QUEUED.value,
        "transport": origin.transport,
        "channel": origin.channel,
        "thread_ts": origin.thread_ts,
        "user_id": origin.user,
        "team_id": origin.team,
        "conversation": origin.conversation,
        "created_at": now,
        "updated_at": now,
        "result_posted": False,
        "cost_usd": 0.0,
        "executions": 0,
        "refetch": False,
        "evaluation": False,
        "crashes": 0,
        **dict.fromkeys(USAGE_COLUMNS, 0),
    }


def run_update_values(
    now: datetime,
    *,
    status: RunStatus | None,
    error: str | None,
    result: JSON | None,
    status_ref: str | None,
    result_posted: bool | None,
) -> dict[str, Any]:
    """The columns `SqlRunStore.update_run` sets, and the lease that goes with them."""
    values: dict[str, Any] = {"updated_at": now}
    if status is not None:
        values["status"] = status.value
        if status.is_final:
            values["finished_at"] = now
            values["lease_owner"] = None
            values["lease_expires_at"] = None
        if status is RunStatus.WAITING:
            # A waiting run waits in the database, not in a worker.
            values["lease_owner"] = None
            values["lease_expires_at"] = None
    if error is not None:
        values["error"] = error
    if result is not None:
        values["result"] = result
    if status_ref is not None:
        values["status_ref"] = status_ref
    if result_posted is not None:
        values["result_posted"] = result_posted
        if result_posted:
            # Told: the lease an ended run kept for the telling is done with.
            values["lease_owner"] = None
            values["lease_expires_at"] = None
    return values


def claim_rows(run_id: int, claims: Sequence[Claim]) -> list[dict[str, Any]]:
    return [
        {
            "run_id": run_id,
            "position": position,
            "text": claim.text,
            "quote": claim.quote,
            "step": claim.step,
            "agent": claim.agent,
            "round": claim.round,
            "verdict": claim.verdict.value if claim.verdict else None,
            "evidence": claim.evidence,
            "source_url": claim.source_url,
            "source_found": claim.source_found,
            "checked_by": claim.checked_by,
            "in_article": claim.in_article.value if claim.in_article else None,
            "at_source": claim.at_source.value if claim.at_source else None,
            "from_run_id": claim.from_run,
            "corrected_by": claim.corrected_by,
            "original": claim.original,
        }
        for position, claim in enumerate(claims)
    ]


def step_params(step: Step) -> dict[str, Any]:
    """A step as it stands, as the parameters of `statements.steps_statement`."""
    return {
        "b_w_run_id": step.run_id,
        "b_w_name": step.name,
        "b_w_attempt": step.attempt,
        "b_w_status": step.status.value,
        "b_w_started_at": step.started_at,
        "b_w_finished_at": step.finished_at,
        "b_w_output": step.output,
        "b_w_error": step.error,
        "b_w_model": step.model,
        **usage_params(step.usage, "w_"),
    }


def end_params(run_id: int, end: RunEnd, used: Usage) -> dict[str, Any]:
    return {
        "b_e_run_id": run_id,
        "b_e_status": end.status.value,
        "b_e_error": end.error,
        "b_e_result": end.result,
        "b_e_finished_at": end.finished_at,
        "b_e_told": end.told,
        **usage_params(used, "e_"),
    }


def usage_params(usage: Usage, prefix: str = "") -> dict[str, Any]:
    return {
        f"b_{prefix}input_tokens": usage.input_tokens,
        f"b_{prefix}output_tokens": usage.output_tokens,
        f"b_{prefix}cache_write_tokens": usage.cache_write_tokens,
        f"b_{prefix}cache_read_tokens": usage.cache_read_tokens,
        f"b_{prefix}cost_usd": usage.cost_usd,
    }


def finished_params(step: Step, prefix: str = "") -> dict[str, Any]:
    return {
        f"b_{prefix}run_id": step.run_id,
        f"b_{prefix}name": step.name,
        f"b_{prefix}attempt": step.attempt,
        f"b_{prefix}status": step.status.value,
        f"b_{prefix}finished_at": step.finished_at,
        f"b_{prefix}output": step.output,
        f"b_{prefix}error": step.error,
        f"b_{prefix}model": step.model,
        **usage_params(step.usage, prefix),
    }


def prefixed(values: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Column values as the parameters of `statements.bound(columns, prefix)`."""
    return {f"b_{prefix}{column}": value for column, value in values.items()}


def usage_by_run(steps: Sequence[Step]) -> dict[int, Usage]:
    totals: dict[int, Usage] = {}
    for step in steps:
        totals[step.run_id] = totals.get(step.run_id, Usage()) + step.usage
    return totals


def gate_values(gate: Gate) -> dict[str, Any]:
    return {
        "run_id": gate.run_id,
        "name": gate.name,
        "attempt": gate.attempt,
        "decision": gate.decision.value,
        "reason": gate.reason,
        "evidence": gate.evidence,
        "created_at": gate.created_at,
        "decided_by": gate.decided_by,
        "decided_at": gate.decided_at,
        "note": gate.note,
        "outcome": gate.outcome.value if gate.outcome else None,
        "message_ref": gate.message_ref,
    }
