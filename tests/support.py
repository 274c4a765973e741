"""Helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

from bot.settings import Settings


def make_settings(database_url: str, **env: object) -> Settings:
    """Settings as the process would read them, from environment names, ignoring any .env."""
    values: dict[str, object] = {
        "COPYDESK_DATABASE_URL": database_url,
        "COPYDESK_MODEL": "offline",
        "COPYDESK_OPS_PORT": 0,  # never a fixed port: tests run side by side
        # The older end-to-end tests read the status message as text: they keep today's
        # message updated in place. tests/test_slack_plan.py drives the default (auto).
        "COPYDESK_SLACK_STREAMING": "off",
    }
    values.update(env)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]
