"""Prometheus figures for `GET /metrics`, in a registry made at wiring time (none at import).

The orchestrator knows nothing of Prometheus: runs are observed through the `RunReporter` each
execution already reports to (`MeteredReporter` wraps it), Slack calls through an aiohttp
trace on the Slack client's session, and the queue by asking the database at scrape time.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import UTC, datetime
from types import SimpleNamespace

import aiohttp
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from sqlalchemy.ext.asyncio import AsyncEngine

from orchestrator.domain import Gate, Run, RunStatus, Step
from orchestrator.models.calls import ModelCall
from orchestrator.steps import StepName
from orchestrator.trace import RunReporter
from storage.stats import queue_stats, result_ratings

CONTENT_TYPE = CONTENT_TYPE_LATEST

# Steps take milliseconds (merge) to minutes (a slow model); gates wait minutes to a day.
_STEP_BUCKETS = (0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, float("inf"))
_GATE_BUCKETS = (10, 60, 300, 900, 3600, 4 * 3600, 12 * 3600, 24 * 3600, 72 * 3600, float("inf"))
_SEEN_GATES = 10_000
# The GenAI conventions' ExplicitBucketBoundaries for gen_ai.client.token.usage and
# gen_ai.client.operation.duration, so dashboards built for them read ours unchanged.
_TOKEN_BUCKETS = (
    1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
    float("inf"),
)  # fmt: skip
_CALL_BUCKETS = (
    0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
    float("inf"),
)  # fmt: skip
_CALL_LABELS = [
    "gen_ai_operation_name",
    "gen_ai_provider_name",
    "gen_ai_request_model",
    "gen_ai_response_model",
]


def step_kind(name: str) -> str:
    """The step's name without its section number: one series per kind of step."""
    return StepName.parse(name).kind


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.runs_started = Counter(
            "copydesk_runs_started", "Runs taken by a worker for the first time", registry=r
        )
        self.runs_finished = Counter(
            "copydesk_runs_finished",
            "Runs that ended, by how (succeeded, failed, rejected, cancelled)",
            ["status"],
            registry=r,
        )
        self.runs_escalated = Counter(
            "copydesk_runs_escalated",
            "Gates that escalated a run to a person",
            ["gate"],
            registry=r,
        )
        self.step_seconds = Histogram(
            "copydesk_step_duration_seconds",
            "How long each step took",
            ["step", "status"],
            buckets=_STEP_BUCKETS,
            registry=r,
        )
        self.gate_wait_seconds = Histogram(
            "copydesk_gate_wait_seconds",
            "How long an escalated gate waited for a person (or its timeout)",
            ["gate"],
            buckets=_GATE_BUCKETS,
            registry=r,
        )
        self.queue_depth = Gauge(
            "copydesk_queue_depth", "Runs by live status (queued, running, waiting)", ["status"],
            registry=r,
        )  # fmt: skip
        self.queue_oldest_seconds = Gauge(
            "copydesk_queue_oldest_age_seconds",
            "Age of the oldest queued run, and of the longest wait at a gate",
            ["status"],
            registry=r,
        )
        # Read from the database at scrape time: every worker's clicks, across restarts.
        self.result_ratings = Gauge(
            "copydesk_result_ratings",
            "Ratings people gave results with the feedback buttons, by rating (good, bad)",
            ["rating"],
            registry=r,
        )
        self.slack_calls = Counter(
            "copydesk_slack_api_calls",
            "Slack Web API requests, by method and HTTP status (0: unreachable)",
            ["method", "code"],
            registry=r,
        )
        self.slack_rate_limited = Counter(
            "copydesk_slack_api_rate_limited",
            "Slack Web API answers of 429",
            ["method"],
            registry=r,
        )
        self.slack_outbox_pending = Gauge(
            "copydesk_slack_outbox_pending", "Slack writes queued and not yet delivered", registry=r
        )
        self.slack_outbox_retries = Counter(
            "copydesk_slack_outbox_retries", "Slack writes the outbox had to try again", registry=r
        )
        self.slack_deliveries_failed = Counter(
            "copydesk_slack_deliveries_failed",
            "Slack messages given up for good (refused, or still failing at "
            "COPYDESK_SLACK_GIVE_UP_AFTER), by Slack's error code; recorded on their runs",
            ["code"],
            registry=r,
        )
        self.socket_reconnects = Counter(
            "copydesk_slack_socket_reconnects",
            "Socket Mode connections the watchdog replaced",
            registry=r,
        )
        self.model_tokens = Counter(
            "copydesk_model_tokens",
            "Model tokens spent, by step and kind (input, output, cache_read, cache_write)",
            ["step", "kind"],
            registry=r,
        )
        self.model_cost = Counter(
            "copydesk_model_cost_usd", "Model spend in US dollars", ["step"], registry=r
        )
        # gen_ai.client.* in Prometheus spelling: dots become underscores, the unit `s`
        # becomes a `_seconds` suffix and `{token}` none (as the OpenTelemetry Prometheus
        # exporter names them). An attribute a call lacks is an empty label (PromQL reads
        # it as absent): error_type on a call that was answered, the response model of one
        # that was not.
        self.gen_ai_token_usage = Histogram(
            "gen_ai_client_token_usage",
            "Input and output tokens of each model API call (gen_ai.client.token.usage); "
            "input counts cached tokens",
            [*_CALL_LABELS, "gen_ai_token_type"],
            buckets=_TOKEN_BUCKETS,
            registry=r,
        )
        self.gen_ai_call_seconds = Histogram(
            "gen_ai_client_operation_duration_seconds",
            "How long each model API call took, retries counted apart "
            "(gen_ai.client.operation.duration)",
            [*_CALL_LABELS, "error_type"],
            buckets=_CALL_BUCKETS,
            registry=r,
        )
        self._gates_seen: OrderedDict[int, None] = OrderedDict()

    # -- runs ------------------------------------------------------------------------------

    def reporter(self, inner: RunReporter) -> RunReporter:
        return MeteredReporter(inner, self)

    def observe_step(self, step: Step) -> None:
        kind = step_kind(step.name)
        seconds = step.seconds
        if seconds is not None:
            self.step_seconds.labels(kind, step.status.value).observe(max(seconds, 0.0))
        usage = step.usage
        for label, count in (
            ("input", usage.input_tokens),
            ("output", usage.output_tokens),
            ("cache_read", usage.cache_read_tokens),
            ("cache_write", usage.cache_write_tokens),
        ):
            if count:
                self.model_tokens.labels(kind, label).inc(count)
        if usage.cost_usd:
            self.model_cost.labels(kind).inc(usage.cost_usd)

    def model_call(self, call: ModelCall) -> None:
        """The `orchestrator.models.calls.ModelCalls` port: one model API call."""
        labels = (call.operation, call.provider, call.request_model, call.response_model or "")
        self.gen_ai_call_seconds.labels(*labels, call.error_type or "").observe(
            max(call.seconds, 0.0)
        )
        for token_type, count in (("input", call.input_tokens), ("output", call.output_tokens)):
            if count is not None:
                self.gen_ai_token_usage.labels(*labels, token_type).observe(count)

    def observe_gate_closed(self, gate: Gate) -> None:
        # A decided gate is replayed (and reported) on every later execution of its run:
        # count each gate once per process.
        if gate.id is None or gate.decided_at is None or gate.id in self._gates_seen:
            return
        self._gates_seen[gate.id] = None
        if len(self._gates_seen) > _SEEN_GATES:
            self._gates_seen.popitem(last=False)
        waited = (gate.decided_at - gate.created_at).total_seconds()
        self.gate_wait_seconds.labels(gate.name).observe(max(waited, 0.0))

    # -- the queue, at scrape time ---------------------------------------------------------

    async def refresh(self, engine: AsyncEngine) -> None:
        stats = await queue_stats(engine)
        for rating, count in (await result_ratings(engine)).items():
            self.result_ratings.labels(rating).set(count)
        now = datetime.now(UTC)
        self.queue_depth.labels("queued").set(stats.queued)
        self.queue_depth.labels("running").set(stats.running)
        self.queue_depth.labels("waiting").set(stats.waiting)
        for status, oldest in (("queued", stats.oldest_queued), ("waiting", stats.oldest_waiting)):
            age = (now - oldest).total_seconds() if oldest is not None else 0.0
            self.queue_oldest_seconds.labels(status).set(max(age, 0.0))

    def exposition(self) -> bytes:
        return generate_latest(self.registry)

    # -- Slack calls -----------------------------------------------------------------------

    def slack_trace(self) -> aiohttp.TraceConfig:
        """Counts every request the Slack client's session makes, retries included."""
        trace = aiohttp.TraceConfig()

        async def on_end(
            _session: aiohttp.ClientSession,
            _context: SimpleNamespace,
            params: aiohttp.TraceRequestEndParams,
        ) -> None:
            method = params.url.path.rsplit("/", 1)[-1] or "unknown"
            code = params.response.status
            self.slack_calls.labels(method, str(code)).inc()
            if code == 429:
                self.slack_rate_limited.labels(method).inc()

        async def on_error(
            _session: aiohttp.ClientSession,
            _context: SimpleNamespace,
            params: aiohttp.TraceRequestExceptionParams,
        ) -> None:
            method = params.url.path.rsplit("/", 1)[-1] or "unknown"
            self.slack_calls.labels(method, "0").inc()

        trace.on_request_end.append(on_end)
        trace.on_request_exception.append(on_error)
        return trace


class MeteredReporter:
    """Counts what one execution of a run reports, then passes it on unchanged."""

    def __init__(self, inner: RunReporter, metrics: Metrics) -> None:
        self.inner = inner
        self.metrics = metrics
        # Steps finished before this execution (replayed from the trace) were counted by
        # the execution that ran them; the first report says which those are.
        self._seen: set[tuple[str, int]] | None = None

    def _observe(self, run: Run) -> None:
        finished = {(s.name, s.attempt): s for s in run.steps if s.finished_at is not None}
        if self._seen is None:
            self._seen = set(finished)
            if run.status is RunStatus.RUNNING and run.executions == 1 and not finished:
                self.metrics.runs_started.inc()
            return
        for key, step in finished.items():
            if key not in self._seen:
                self._seen.add(key)
                self.metrics.observe_step(step)

    @property
    def records_delivery(self) -> bool:
        return self.inner.records_delivery

    async def progress(self, run: Run) -> None:
        self._observe(run)
        await self.inner.progress(run)

    async def escalated(self, run: Run, gate: Gate) -> None:
        if gate.message_ref is None:
            self.metrics.runs_escalated.labels(gate.name).inc()
        await self.inner.escalated(run, gate)

    async def gate_closed(self, run: Run, gate: Gate) -> None:
        self.metrics.observe_gate_closed(gate)
        await self.inner.gate_closed(run, gate)

    async def finished(self, run: Run) -> None:
        self._observe(run)
        if run.status.is_final:
            self.metrics.runs_finished.labels(run.status.value).inc()
        await self.inner.finished(run)
