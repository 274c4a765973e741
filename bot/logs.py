"""Logging set-up: text or one JSON object per line, with the run's fields from `extra=`."""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

from bot.otel_spans import current_ids

# Attributes every LogRecord has; anything else came from `extra=` and is worth keeping.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


# Credentials never reach a log line, whoever logged them (a library's debug output, an
# exception that carried a request): Slack tokens, Anthropic keys, and secrets in URLs.
_SECRETS = re.compile(
    r"\b(?:xox[abposre]-[0-9A-Za-z-]+|xapp-[0-9A-Za-z-]+|sk-ant-[0-9A-Za-z_-]+)"
    r"|(?<=://)[^/@\s:]+:[^/@\s]+(?=@)"
)


def redact(text: str) -> str:
    return _SECRETS.sub("[redacted]", text)


def _extras(record: logging.LogRecord) -> dict[str, Any]:
    extras = {k: v for k, v in record.__dict__.items() if k not in _STANDARD}
    # The span the line was logged in (tracing on): a log line leads to its place in the
    # run's trace. Formatted where it was logged, so the current span is the right one.
    ids = current_ids()
    if ids is not None:
        extras["trace_id"] = format(ids[0], "032x")
        extras["span_id"] = format(ids[1], "016x")
    return extras


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            **_extras(record),
        }
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return redact(json.dumps(data, default=str))


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = {k: v for k, v in _extras(record).items() if k != "action"}
        if extras:
            line += " " + " ".join(f"{k}={v}" for k, v in extras.items())
        return redact(line)


def configure(fmt: str, level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Third-party chatter that would bury copydesk's one line per step.
    for noisy in ("slack_bolt", "slack_sdk", "aiohttp.access", "httpx", "anthropic", "trafilatura"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
