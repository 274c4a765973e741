"""One Settings object, read once at start-up from the environment and a `.env` file."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Literal

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> timedelta:
    """'90d', '24h', '15m', '30s' or plain seconds."""
    match = _DURATION.match(text.lower())
    if not match:
        raise ValueError(f"{text!r} is not a duration like 30s, 15m, 24h or 90d")
    return timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2)])


def _split(raw: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (raw or "").split(",") if part.strip())


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    database_url: str = Field(
        "sqlite+aiosqlite:///./copydesk.db", validation_alias="COPYDESK_DATABASE_URL"
    )
    slack_bot_token: str | None = Field(None, validation_alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(None, validation_alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(None, validation_alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field("https://slack.com/api/", validation_alias="SLACK_API_URL")
    anthropic_api_key: str | None = Field(None, validation_alias="ANTHROPIC_API_KEY")
    anthropic_base_url: str | None = Field(None, validation_alias="ANTHROPIC_BASE_URL")
    model: str | None = Field(None, validation_alias="COPYDESK_MODEL")
    # The first wait before retrying an overloaded or failing model call; doubled per retry,
    # with jitter, and never shorter than the API's retry-after.
    model_retry_seconds: float = Field(1.0, validation_alias="COPYDESK_MODEL_RETRY_SECONDS", gt=0)
    approvers_raw: str = Field("", validation_alias="COPYDESK_APPROVERS")
    fetch_allow_raw: str = Field("", validation_alias="COPYDESK_FETCH_ALLOW")
    run_token_budget: int = Field(200_000, validation_alias="COPYDESK_RUN_TOKEN_BUDGET", ge=0)
    gate_timeout: timedelta = Field(timedelta(hours=24), validation_alias="COPYDESK_GATE_TIMEOUT")
    # Distinct approvers who must approve a gate; one rejection rejects.
    approvals_required: int = Field(1, ge=1, validation_alias="COPYDESK_APPROVALS_REQUIRED")
    # A waiting gate reminds its approvers after this long (unset: never), then escalates to
    # COPYDESK_ESCALATE_TO after a further COPYDESK_ESCALATE_AFTER; both before the timeout.
    # Home tabs are re-published this long after a gate opens, closes or gets a vote, once
    # for a burst; 0 turns it off (a Home tab is then drawn only when it is opened).
    home_refresh_seconds: float = Field(2.0, ge=0, validation_alias="COPYDESK_HOME_REFRESH_SECONDS")
    gate_remind_after: timedelta | None = Field(None, validation_alias="COPYDESK_GATE_REMIND_AFTER")
    escalate_after: timedelta | None = Field(None, validation_alias="COPYDESK_ESCALATE_AFTER")
    escalate_to_raw: str = Field("", validation_alias="COPYDESK_ESCALATE_TO")
    gate_timeout_outcome: Literal["reject", "approve"] = Field(
        "reject", validation_alias="COPYDESK_GATE_TIMEOUT_OUTCOME"
    )
    log_format: Literal["text", "json"] = Field("text", validation_alias="COPYDESK_LOG_FORMAT")
    log_level: str = Field("INFO", validation_alias="COPYDESK_LOG_LEVEL")
    max_links_per_message: int = Field(5, validation_alias=AliasChoices("COPYDESK_MAX_LINKS"), ge=1)
    worker_concurrency: int = Field(8, validation_alias="COPYDESK_WORKER_CONCURRENCY", ge=1)
    # How often an idle worker looks for runs whose worker died and gates that timed out.
    sweep_seconds: float = Field(5.0, validation_alias="COPYDESK_SWEEP_SECONDS", gt=0)
    # A worker renews its lease on a run every third of this; a run whose worker died is
    # taken over once the lease lapses.
    lease_seconds: float = Field(30.0, validation_alias="COPYDESK_LEASE_SECONDS", gt=0)
    # Postgres: `durable` makes every step's commit wait for its WAL flush; `fast` (the
    # default) only a run's creation, claim, end and escalations, so that a Postgres crash
    # can make the last steps before it run again (storage/postgres.py `fast_commit`).
    step_commits: Literal["fast", "durable"] = Field(
        "fast", validation_alias="COPYDESK_STEP_COMMITS"
    )
    public_url: str | None = Field(None, validation_alias="COPYDESK_PUBLIC_URL")
    # A Slack write that keeps failing in a way that passes (429, 5xx, no connection) is
    # retried with backoff for this long, then recorded on its run as not delivered.
    slack_give_up_after: timedelta = Field(
        timedelta(hours=1), validation_alias="COPYDESK_SLACK_GIVE_UP_AFTER"
    )
    # Executions of a run that raise on the same step before it is failed with a sentence.
    run_max_attempts: int = Field(3, validation_alias="COPYDESK_RUN_MAX_ATTEMPTS", ge=1)
    # The wait before a crashed run is tried again; doubled each time.
    run_retry_seconds: float = Field(5.0, validation_alias="COPYDESK_RUN_RETRY_SECONDS", ge=0)
    # Delete runs (and their steps, gates, claims) older than this, daily; unset: keep all.
    prune_after: timedelta | None = Field(None, validation_alias="COPYDESK_PRUNE_AFTER")
    # SIGTERM: in-flight steps get this long to finish before their runs are handed back.
    shutdown_grace: timedelta = Field(
        timedelta(seconds=30), validation_alias="COPYDESK_SHUTDOWN_GRACE"
    )
    # Socket Mode: a connection that has not answered a ping for this long is replaced.
    socket_silence: timedelta = Field(
        timedelta(seconds=30), validation_alias="COPYDESK_SOCKET_SILENCE"
    )
    # Multi-workspace (HTTP mode): the OAuth install flow. Both set: /slack/install and
    # /slack/oauth_redirect are served, and each workspace's bot token comes from the database.
    slack_client_id: str | None = Field(None, validation_alias="SLACK_CLIENT_ID")
    slack_client_secret: str | None = Field(None, validation_alias="SLACK_CLIENT_SECRET")
    # auto: a run's progress is streamed as a plan (chat.startStream) with a loading status
    # while a model step runs, each falling back by itself, per workspace and remembered,
    # where Slack refuses it; off: today's status message updated in place, and no status.
    slack_streaming: Literal["auto", "off"] = Field(
        "auto", validation_alias="COPYDESK_SLACK_STREAMING"
    )
    # Who may see a run's history: `conversation` (its conversation's members; public
    # channels to the workspace) or `workspace` (everyone in the workspace it came from).
    history_visibility: Literal["conversation", "workspace"] = Field(
        "conversation", validation_alias="COPYDESK_HISTORY_VISIBILITY"
    )
    # How long who-is-in-a-conversation answers from Slack are kept.
    members_cache_seconds: float = Field(
        60.0, validation_alias="COPYDESK_MEMBERS_CACHE_SECONDS", ge=0
    )
    # Sign-in for the run pages: `slack` (Sign in with Slack, OpenID Connect; needs
    # SLACK_CLIENT_ID/SECRET and COPYDESK_PUBLIC_URL), `proxy` (trust an auth proxy's user
    # header), `off` (the pages listen on loopback only). Unset: `slack` when it can work.
    web_auth_raw: Literal["", "slack", "proxy", "off"] = Field(
        "", validation_alias="COPYDESK_WEB_AUTH"
    )
    # COPYDESK_WEB_AUTH=proxy: the headers the proxy sets (a Slack user id, and its
    # workspace id; without the team header, the workspace of SLACK_BOT_TOKEN).
    web_proxy_user_header: str = Field(
        "X-Forwarded-User", validation_alias="COPYDESK_WEB_PROXY_USER_HEADER"
    )
    web_proxy_team_header: str = Field(
        "X-Forwarded-Team", validation_alias="COPYDESK_WEB_PROXY_TEAM_HEADER"
    )
    # Signs the session cookie; unset, a key derived from SLACK_CLIENT_SECRET.
    web_session_secret: str | None = Field(None, validation_alias="COPYDESK_WEB_SESSION_SECRET")
    web_session_ttl: timedelta = Field(
        timedelta(hours=12), validation_alias="COPYDESK_WEB_SESSION_TTL"
    )
    # The operations listener: /healthz and /metrics (and the run pages, when no sign-in is
    # configured and it is on loopback). Port 0 picks a free port.
    ops_host: str = Field("127.0.0.1", validation_alias="COPYDESK_OPS_HOST")
    ops_port: int = Field(8090, validation_alias="COPYDESK_OPS_PORT", ge=0, le=65535)
    # Set: /healthz and /metrics are served on the public port too, to `Authorization:
    # Bearer <token>` only (load balancers and scrapers that cannot reach the ops port).
    ops_token: str | None = Field(None, validation_alias="COPYDESK_OPS_TOKEN")
    # Tracing (bot/telemetry.py): the standard OpenTelemetry variables, read here so that a
    # `.env` file reaches them too. Unset: no provider is built and nothing is exported.
    otel_exporter_otlp_endpoint: str | None = Field(
        None, validation_alias="OTEL_EXPORTER_OTLP_ENDPOINT"
    )
    otel_exporter_otlp_traces_endpoint: str | None = Field(
        None, validation_alias="OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"
    )
    otel_traces_exporter: str | None = Field(None, validation_alias="OTEL_TRACES_EXPORTER")
    otel_exporter_otlp_headers: str | None = Field(
        None,
        validation_alias=AliasChoices(
            "OTEL_EXPORTER_OTLP_TRACES_HEADERS", "OTEL_EXPORTER_OTLP_HEADERS"
        ),
    )
    otel_exporter_otlp_protocol: str | None = Field(
        None,
        validation_alias=AliasChoices(
            "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"
        ),
    )
    otel_service_name: str = Field("copydesk", validation_alias="OTEL_SERVICE_NAME")
    otel_sdk_disabled: bool = Field(False, validation_alias="OTEL_SDK_DISABLED")
    # Prompts and completions on model spans: only when the operator opts in.
    otel_capture_content_raw: str = Field(
        "", validation_alias="OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
    )
    # A link from /runs/N and `copydesk show N` to the run's trace, e.g.
    # http://jaeger:16686/trace/{trace_id}
    trace_url_template: str | None = Field(None, validation_alias="COPYDESK_TRACE_URL_TEMPLATE")
    # A cited figure not found at its source, or a source not readable: escalate the
    # fact-check gate (default), or note it ("?" with the reason) and continue.
    unverified_citations: Literal["escalate", "note"] = Field(
        "escalate", validation_alias="COPYDESK_UNVERIFIED_CITATIONS"
    )

    @field_validator(
        "gate_timeout",
        "shutdown_grace",
        "socket_silence",
        "web_session_ttl",
        "slack_give_up_after",
        mode="before",
    )
    @classmethod
    def _duration(cls, value: object) -> object:
        return parse_duration(value) if isinstance(value, str) else value

    @field_validator("prune_after", "gate_remind_after", "escalate_after", mode="before")
    @classmethod
    def _optional_duration(cls, value: object) -> object:
        if isinstance(value, str):
            return parse_duration(value) if value.strip() else None
        return value

    @property
    def approvers(self) -> tuple[str, ...]:
        return _split(self.approvers_raw)

    @property
    def escalate_to(self) -> tuple[str, ...]:
        return _split(self.escalate_to_raw)

    @property
    def fetch_allow(self) -> tuple[str, ...]:
        return _split(self.fetch_allow_raw)

    @property
    def offline(self) -> bool:
        return self.model == "offline" or not self.anthropic_api_key

    @property
    def oauth(self) -> bool:
        """Installable in many workspaces: bot tokens come from the OAuth install flow."""
        return bool(self.slack_client_id and self.slack_client_secret and self.slack_signing_secret)

    @property
    def web_auth(self) -> Literal["slack", "proxy", "off"]:
        """How the run pages know who is reading them."""
        if self.web_auth_raw:
            return self.web_auth_raw
        if self.slack_client_id and self.slack_client_secret and self.public_url:
            return "slack"
        return "off"

    @property
    def otel_traces_endpoint(self) -> str | None:
        """Where spans go: the traces endpoint as given, or the base endpoint's /v1/traces."""
        if self.otel_exporter_otlp_traces_endpoint:
            return self.otel_exporter_otlp_traces_endpoint
        if self.otel_exporter_otlp_endpoint:
            return self.otel_exporter_otlp_endpoint.rstrip("/") + "/v1/traces"
        return None

    @property
    def otel_capture_content(self) -> bool:
        # "true" is the older spelling; SPAN_ONLY and SPAN_AND_EVENT put content on spans.
        value = self.otel_capture_content_raw.strip().lower()
        return value in ("true", "span_only", "span_and_event")

    @property
    def has_slack(self) -> bool:
        if self.oauth:
            return True
        return bool(self.slack_bot_token and (self.slack_app_token or self.slack_signing_secret))
