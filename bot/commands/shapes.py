"""The JSON shapes of `runs --json` and `show --json` (the contract: scripts rely on these keys)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.telemetry import trace_url
from orchestrator.domain import Run
from orchestrator.models.prices import unpriced


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def run_summary_json(run: Run) -> dict[str, Any]:
    return {
        "id": run.id,
        "url": run.url,
        "status": run.status.value,
        "created_at": _iso(run.created_at),
        "finished_at": _iso(run.finished_at),
        "error": run.error,
        "input_tokens": run.usage.input_tokens,
        "output_tokens": run.usage.output_tokens,
        "cost_usd": round(run.usage.cost_usd, 6),
        "parent_id": run.lineage.parent_id if run.lineage else None,
        "evaluation": bool(run.lineage and run.lineage.evaluation),
    }


def run_json(
    run: Run, reruns: Sequence[Run] = (), trace_url_template: str | None = None
) -> dict[str, Any]:
    data = run_summary_json(run)
    lineage = run.lineage
    data.update(
        {
            "parent": None
            if lineage is None
            else {
                "id": lineage.parent_id,
                "from_step": lineage.from_step,
                "model": lineage.model,
                "refetch": lineage.refetch,
                "evaluation": lineage.evaluation,
            },
            "reruns": [
                {
                    "id": r.id,
                    "status": r.status.value,
                    "from_step": r.lineage.from_step if r.lineage else None,
                    "evaluation": bool(r.lineage and r.lineage.evaluation),
                    "created_at": _iso(r.created_at),
                }
                for r in reruns
            ],
            "started_at": _iso(run.started_at),
            "origin": {
                "transport": run.origin.transport,
                "channel": run.origin.channel,
                "thread_ts": run.origin.thread_ts,
                "user": run.origin.user,
            },
            "cache_read_tokens": run.usage.cache_read_tokens,
            "cache_write_tokens": run.usage.cache_write_tokens,
            # Models without a list price: cost_usd leaves their calls out.
            "unpriced_models": unpriced(s.model for s in run.steps if s.usage.total_tokens),
            "steps": [
                {
                    "name": s.name,
                    "attempt": s.attempt,
                    "status": s.status.value,
                    "started_at": _iso(s.started_at),
                    "finished_at": _iso(s.finished_at),
                    "seconds": s.seconds,
                    "input_tokens": s.usage.input_tokens,
                    "output_tokens": s.usage.output_tokens,
                    "cache_read_tokens": s.usage.cache_read_tokens,
                    "cache_write_tokens": s.usage.cache_write_tokens,
                    "cost_usd": round(s.usage.cost_usd, 6),
                    "model": s.model,
                    "error": s.error,
                    "copied_from": s.copied_from,
                    "output": s.output,
                }
                for s in sorted(run.steps, key=lambda s: s.started_at)
            ],
            "gates": [
                {
                    "name": g.name,
                    "attempt": g.attempt,
                    "decision": g.decision.value,
                    "decided_by": g.decided_by,
                    "decided_at": _iso(g.decided_at),
                    "reason": g.reason,
                    "evidence": g.evidence,
                }
                for g in run.gates
            ],
            "claims": [c.to_json() for c in run.claims],
            "result": run.result,
            "trace_id": run.trace_id,
            "trace_url": trace_url(trace_url_template, run.trace_id),
            "result_posted": run.result_posted,
            "crashes": run.crashes,
            "delivery_failure": None
            if run.delivery_failure is None
            else {
                "what": run.delivery_failure.what,
                "why": run.delivery_failure.why,
                "at": _iso(run.delivery_failure.at),
            },
        }
    )
    return data
