"""A run whose `copydesk worker` is killed with SIGKILL mid-run is still one trace: the second
worker's spans join the trace the first one started, through the real OTLP/HTTP exporter."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest
from aiohttp import web

from articles import ArticleSite
from orchestrator.domain import Origin, RunStatus, StepStatus
from orchestrator.telemetry import execution_span_id, root_span_id
from storage.store import SqlRunStore
from test_chaos import processes
from test_telemetry import OtlpReceiver

pytestmark = pytest.mark.slow

REPO = str(Path(__file__).resolve().parent.parent)


async def test_a_run_killed_mid_fact_check_and_resumed_elsewhere_is_one_trace(
    store: SqlRunStore, database_url: str, site: ArticleSite, tmp_path: Path
) -> None:
    # The first fetch of the cited source hangs, so the kill finds the fact-check in flight.
    routes = site.server.routes
    serve_source = routes["/sources/council-report"]
    hung, released = asyncio.Event(), asyncio.Event()

    async def hang_once(request: web.Request) -> web.StreamResponse:
        if not hung.is_set():
            hung.set()
            await released.wait()  # until the worker that asked is dead
        return await serve_source(request)

    routes["/sources/council-report"] = hang_once
    async with OtlpReceiver() as collector:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("SLACK_", "ANTHROPIC_", "COPYDESK_", "OTEL_"))
        }
        env.update(
            COPYDESK_DATABASE_URL=database_url,
            COPYDESK_FETCH_ALLOW=site.allow,
            COPYDESK_MODEL="offline",
            COPYDESK_LEASE_SECONDS="1",
            COPYDESK_SWEEP_SECONDS="0.2",
            COPYDESK_SHUTDOWN_GRACE="1s",
            OTEL_EXPORTER_OTLP_ENDPOINT=collector.url,
            # Spans leave within 50 ms, so the killed worker's finished steps got out.
            OTEL_BSP_SCHEDULE_DELAY="50",
            PYTHONPATH=REPO,
        )
        (run,) = await store.create_runs([site.url("/news/harbour")], Origin("cli", user="U1"))
        assert run.trace_id is not None
        async with processes(env, tmp_path) as copydesk:
            first, _ = await copydesk.start("worker", ready=r"worker \S+ taking")
            async with asyncio.timeout(30):
                await hung.wait()
                # The fetch step's span is exported before the worker dies.
                await collector.received("step fetch")
            await copydesk.kill(first)
            released.set()
            died = await store.get_run(run.id)
            assert died is not None and died.status is RunStatus.RUNNING
            fact_check = died.step("fact_check")
            assert fact_check is not None and fact_check.status is StepStatus.RUNNING

            second, _ = await copydesk.start("worker", ready=r"worker \S+ taking")
            async with asyncio.timeout(30):
                while True:
                    done = await store.get_run(run.id)
                    assert done is not None
                    if done.status.is_final and done.result_posted:
                        break
                    await asyncio.sleep(0.1)
            # SIGTERM: the worker shuts down, and its last spans are exported on the way out.
            [process] = [p for p in copydesk.started if p.pid == second]
            os.kill(second, signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 30)
    assert done.status is RunStatus.SUCCEEDED and done.executions == 2
    received = collector.spans()
    # One trace, the one the run was created with, across both processes.
    assert {trace for _, trace, _ in received} == {run.trace_id}
    names = [name for name, _, _ in received]
    assert names.count("invoke_workflow copydesk") == 1
    # The killed execution's span never ended, so it never left; the resumed one did.
    assert names.count("copydesk.execution") == 1
    assert names.count("step fetch") == 1  # committed before the kill: not run again
    assert "step merge" in names
    spans = collector.raw_spans()
    (execution,) = [s for s in spans if s.name == "copydesk.execution"]
    assert execution.span_id.hex() == execution_span_id(run.trace_id, 2)
    assert execution.parent_span_id.hex() == root_span_id(run.trace_id)
    (link,) = execution.links
    assert link.span_id.hex() == execution_span_id(run.trace_id, 1)
    (fetch,) = [s for s in spans if s.name == "step fetch"]
    assert fetch.parent_span_id.hex() == execution_span_id(run.trace_id, 1)
