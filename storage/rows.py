"""Rows to domain objects: the one mapping the run store and the history queries share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orchestrator.domain import (
    Claim,
    DeliveryFailure,
    Gate,
    GateDecision,
    Lineage,
    Origin,
    Run,
    RunStatus,
    SourceOutcome,
    Step,
    StepStatus,
    Verdict,
)
from orchestrator.usage import Usage

# A row by its column names: SQLAlchemy's RowMapping, or the dict a driver's row becomes
# on the direct path (storage/direct.py).
RowMapping = Mapping[Any, Any]


def usage_from_row(row: RowMapping) -> Usage:
    return Usage(
        input_tokens=row["input_tokens"],
        output_tokens=row["output_tokens"],
        cache_write_tokens=row["cache_write_tokens"],
        cache_read_tokens=row["cache_read_tokens"],
        cost_usd=row["cost_usd"],
    )


def run_from_row(row: RowMapping) -> Run:
    return Run(
        id=row["id"],
        url=row["url"],
        status=RunStatus(row["status"]),
        origin=Origin(
            transport=row["transport"],
            channel=row["channel"],
            thread_ts=row["thread_ts"],
            user=row["user_id"],
            team=row["team_id"],
            conversation=row.get("conversation"),
        ),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        error=row["error"],
        # Lists leave out the heavy columns; a row without them maps all the same.
        status_ref=row.get("status_ref"),
        result_posted=bool(row.get("result_posted", False)),
        result=row.get("result"),
        usage=usage_from_row(row),
        executions=row["executions"],
        trace_id=row.get("trace_id"),
        lineage=lineage_from_row(row),
        crashes=row.get("crashes") or 0,
        crashed_step=row.get("crashed_step"),
        delivery_failure=_delivery_failure(row),
    )


def lineage_from_row(row: RowMapping) -> Lineage | None:
    parent = row.get("parent_run_id")
    if parent is None:
        return None
    return Lineage(
        parent_id=parent,
        from_step=row["rerun_from"],
        model=row["model"],
        refetch=bool(row["refetch"]),
        evaluation=bool(row["evaluation"]),
    )


def _delivery_failure(row: RowMapping) -> DeliveryFailure | None:
    what = row.get("delivery_failed")
    if what is None:
        return None
    return DeliveryFailure(what, row.get("delivery_error") or "", row["delivery_failed_at"])


def step_from_row(row: RowMapping) -> Step:
    return Step(
        run_id=row["run_id"],
        name=row["name"],
        status=StepStatus(row["status"]),
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        attempt=row["attempt"],
        output=row["output"],
        error=row["error"],
        usage=usage_from_row(row),
        model=row["model"],
        copied_from=row.get("copied_from_run_id"),
    )


def gate_from_row(row: RowMapping) -> Gate:
    return Gate(
        id=row["id"],
        run_id=row["run_id"],
        name=row["name"],
        attempt=row["attempt"],
        decision=GateDecision(row["decision"]),
        note=row["note"],
        outcome=GateDecision(row["outcome"]) if row["outcome"] else None,
        reason=row["reason"],
        created_at=row["created_at"],
        decided_by=row["decided_by"],
        decided_at=row["decided_at"],
        evidence=row["evidence"],
        message_ref=row["message_ref"],
    )


def claim_from_row(row: RowMapping) -> Claim:
    return Claim(
        text=row["text"],
        quote=row["quote"],
        step=row["step"],
        agent=row["agent"],
        round=row["round"],
        verdict=Verdict(row["verdict"]) if row["verdict"] else None,
        evidence=row["evidence"],
        source_url=row["source_url"],
        source_found=row["source_found"],
        checked_by=row["checked_by"],
        in_article=Verdict(row["in_article"]) if row["in_article"] else None,
        at_source=SourceOutcome(row["at_source"]) if row["at_source"] else None,
        from_run=row.get("from_run_id"),
        corrected_by=row.get("corrected_by"),
        original=row.get("original"),
    )
