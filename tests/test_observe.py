"""What an operator watches: /metrics counting, /healthz states, and the JSON log lines."""

from __future__ import annotations

import json
import logging
import re

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy.ext.asyncio import create_async_engine

from articles import ArticleSite
from bot import logs
from bot.bootstrap import App
from bot.web import build_ops_app
from fakes.slack import FakeSlack
from orchestrator.domain import Origin
from slack_harness import events_endpoint, link_message, running_app, settled_run, wait_for_result


def sample(exposition: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text, 0 when absent."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    pattern = re.escape(name) + (r"\{" + re.escape(wanted) + r"\}" if labels else "") + r" (\S+)"
    match = re.search(r"^" + pattern + r"$", exposition, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


async def get(app: App, path: str, *, worker: bool = True) -> tuple[int, str]:
    runner = web.AppRunner(build_ops_app(app, pages_too=False, worker=worker), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        async with (
            aiohttp.ClientSession(trust_env=False) as session,
            session.get(f"http://{host}:{port}{path}") as response,
        ):
            return response.status, await response.text()
    finally:
        await runner.cleanup()


async def test_metrics_count_runs_steps_slack_calls_and_the_queue(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    slack.fail_next("chat.update", retry_after=0)  # one 429, retried by the SDK
    event = link_message(site)
    async with running_app(database_url, slack, site) as app, events_endpoint(app, slack) as events:
        status, before = await get(app, "/metrics")
        assert status == 200
        assert sample(before, "copydesk_runs_started_total") == 0

        await events.deliver(event)
        await wait_for_result(slack, "C1", event["ts"], 1)
        await settled_run(app, 1)
        # A second, queued run that no worker takes (the console's transport).
        await app.store.create_runs(
            [site.url("/news/harbour")], Origin(transport="console", user="local")
        )
        status, text = await get(app, "/metrics")

    assert status == 200
    assert sample(text, "copydesk_runs_started_total") == 1
    assert sample(text, "copydesk_runs_finished_total", status="succeeded") == 1
    for step in ("fetch", "summarise", "fact_check", "tag", "merge"):
        count = sample(text, "copydesk_step_duration_seconds_count", step=step, status="succeeded")
        assert count == 1, step
    assert (
        sample(text, "copydesk_slack_api_calls_total", method="chat.postMessage", code="200") == 2
    )
    assert sample(text, "copydesk_slack_api_rate_limited_total", method="chat.update") == 1
    assert sample(text, "copydesk_queue_depth", status="queued") == 1
    assert sample(text, "copydesk_queue_oldest_age_seconds", status="queued") >= 0
    assert "copydesk_model_tokens_total" in text  # declared; the offline model spends none
    assert sample(text, "copydesk_slack_outbox_pending") == 0


async def test_healthz_says_what_is_wrong(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    async with running_app(database_url, slack, site) as app:
        status, body = await get(app, "/healthz")
        report = json.loads(body)
        assert status == 200
        assert report["ok"] and report["database"] == "ok" and report["worker"] == "ok"
        assert report["slack_web_api"] == "ok"

        async def down() -> bool:
            return False

        app.slack_connected = down
        status, body = await get(app, "/healthz")
        assert (status, json.loads(body)["slack_socket"]) == (503, "disconnected")
        app.slack_connected = None

        engine, app.engine = (
            app.engine,
            create_async_engine("postgresql+asyncpg://nobody@127.0.0.1:9/none"),
        )
        try:
            status, body = await get(app, "/healthz")
            assert (status, json.loads(body)["database"]) == (503, "unreachable")
        finally:
            await app.engine.dispose()
            app.engine = engine

        await app.worker.stop()
        status, body = await get(app, "/healthz")
        assert (status, json.loads(body)["worker"]) == (503, "stopped")


async def test_json_logs_are_one_object_per_line_with_the_steps_and_no_secrets(
    database_url: str,
    slack: FakeSlack,
    site: ArticleSite,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    logs.configure("json", "INFO")
    try:
        event = link_message(site)
        async with (
            running_app(database_url, slack, site) as app,
            events_endpoint(app, slack) as events,
        ):
            await events.deliver(event)
            await wait_for_result(slack, "C1", event["ts"], 1)
            await settled_run(app, 1)
            logging.getLogger("copydesk.test").warning(
                "a library logged a request: token=%s app=%s key=%s db=%s",
                slack.bot_token,
                slack.app_token,
                "sk-ant-api03-secret",
                "postgresql://copydesk:hunter2@db/copydesk",
            )
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)

    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    steps = [r for r in records if r.get("action") == "step"]
    assert [r["step"] for r in steps if r["run_id"] == 1] == [
        "fetch",
        "summarise",
        *sorted(["fact_check", "tag"], key=[r["step"] for r in steps].index),
        "merge",
    ]
    for record in steps:
        assert {"run_id", "step", "status", "seconds", "tokens", "time", "level"} <= set(record)
    for secret in (slack.bot_token, slack.app_token, "sk-ant-api03-secret", "hunter2"):
        assert secret not in err
    assert "[redacted]" in err


async def test_metrics_give_the_genai_client_histograms_of_each_claude_call(
    database_url: str, slack: FakeSlack, site: ArticleSite
) -> None:
    from fakes.anthropic import SNAPSHOTS, FakeAnthropic
    from orchestrator.models.claude import DEFAULT_MODEL
    from test_claude_e2e import claude_desk, paste_link

    async with FakeAnthropic() as claude:
        claude.inject(529, retry_after=0)  # the first call is overloaded, then retried
        async with claude_desk(database_url, slack, site, claude) as (app, events):
            thread = await paste_link(events, site)
            await wait_for_result(slack, "C1", thread, 1)
            run = await settled_run(app, 1)
            status, text = await get(app, "/metrics")
        answered = len(claude.responses)
    assert status == 200
    assert run.status.value == "succeeded", run.error
    call = {
        "gen_ai_operation_name": "chat",
        "gen_ai_provider_name": "anthropic",
        "gen_ai_request_model": DEFAULT_MODEL,
    }
    ok = {**call, "gen_ai_response_model": SNAPSHOTS[DEFAULT_MODEL]}
    duration = "gen_ai_client_operation_duration_seconds"
    assert sample(text, f"{duration}_count", **ok, error_type="") == answered == 3
    # The overloaded answer is a call of its own, with its error and no response model.
    failed = {**call, "gen_ai_response_model": "", "error_type": "overloaded"}
    assert sample(text, f"{duration}_count", **failed) == 1
    # The conventions' buckets, in seconds and in tokens.
    assert sample(text, f"{duration}_bucket", **ok, error_type="", le="81.92") == 3
    tokens = "gen_ai_client_token_usage"
    assert (
        sample(text, f"{tokens}_bucket", **ok, gen_ai_token_type="input", le="6.7108864e+07") == 3
    )
    # Their sums are the run's stored usage (input counts the cached tokens).
    usage = run.usage
    assert sample(text, f"{tokens}_sum", **ok, gen_ai_token_type="output") == usage.output_tokens
    assert sample(text, f"{tokens}_sum", **ok, gen_ai_token_type="input") == (
        usage.input_tokens + usage.cache_read_tokens + usage.cache_write_tokens
    )
    assert sample(text, f"{tokens}_count", **ok, gen_ai_token_type="input") == 3
    assert sample(text, f"{tokens}_count", **failed, gen_ai_token_type="input") == 0
