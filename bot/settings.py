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

    @field_validator(
        "gate_timeout", "shutdown_grace", "socket_silence", "slack_give_up_after", mode="before"
    )
    @classmethod
    def _duration(cls, value: object) -> object:
        return parse_duration(value) if isinstance(value, str) else value

    @field_validator("prune_after", mode="before")
    @classmethod
    def _optional_duration(cls, value: object) -> object:
        if isinstance(value, str):
            return parse_duration(value) if value.strip() else None
        return value

    @property
    def approvers(self) -> tuple[str, ...]:
        return _split(self.approvers_raw)

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
    def has_slack(self) -> bool:
        if self.oauth:
            return True
        return bool(self.slack_bot_token and (self.slack_app_token or self.slack_signing_secret))
