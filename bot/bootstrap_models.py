"""The model side of the wiring (bot/bootstrap.py uses it, nothing else): the one Anthropic
client and retry policy, the model, the models re-runs ask for by name, and the asker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.settings import Settings
from orchestrator.history import History
from orchestrator.models.calls import NO_CALLS, ModelCalls
from orchestrator.ports import Model, RunStore
from orchestrator.telemetry import NO_TELEMETRY, Telemetry

if TYPE_CHECKING:
    # Imported where used: a process on the offline model never loads the anthropic SDK.
    from anthropic import AsyncAnthropic

    from bot.ask import ClaudeAsker
    from orchestrator.models.claude_retry import RetryPolicy


@dataclass(frozen=True)
class Claude:
    """The process's one Anthropic client and one retry policy, for every Claude call: the
    model's steps, the re-runs' other models and the free-form questions."""

    client: AsyncAnthropic
    retry: RetryPolicy


def build_claude(settings: Settings, calls: ModelCalls = NO_CALLS) -> Claude | None:
    """None without an API key. Made even when COPYDESK_MODEL=offline: a re-run may still
    ask for a Claude model (`--model`), and an unused client opens no connection."""
    if settings.anthropic_api_key is None:
        return None
    from orchestrator.models.claude import build_client
    from orchestrator.models.claude_retry import RetryPolicy

    return Claude(
        build_client(settings.anthropic_api_key, base_url=settings.anthropic_base_url),
        # `calls`: every call under this policy, the questions' too, counted in /metrics.
        RetryPolicy(backoff_base=settings.model_retry_seconds, calls=calls),
    )


class ModelShelf:
    """Models by name, for re-runs that ask for another (`--model`): each made once, on
    first use, over the one client."""

    def __init__(
        self,
        settings: Settings,
        default: Model,
        claude: Claude | None,
        telemetry: Telemetry = NO_TELEMETRY,
    ) -> None:
        self.settings = settings
        self.claude = claude
        self.telemetry = telemetry
        self._models: dict[str, Model] = {default.name: default}

    def problem(self, name: str) -> str | None:
        if name == "offline" or name in self._models:
            return None
        if self.claude is None:
            return (
                f"copydesk cannot use {name}: set ANTHROPIC_API_KEY to use Claude models, "
                "or re-run with --model offline."
            )
        return None

    def get(self, name: str) -> Model:
        model = self._models.get(name)
        if model is None:
            model = self._models[name] = build_model(
                self.settings.model_copy(update={"model": name}), self.claude, self.telemetry
            )
        return model


def build_model(
    settings: Settings, claude: Claude | None, telemetry: Telemetry = NO_TELEMETRY
) -> Model:
    if settings.offline or claude is None:
        from orchestrator.models.offline import OfflineModel

        return OfflineModel()
    from orchestrator.models.claude import DEFAULT_MODEL, ClaudeModel

    # The client is the app's to close, once, after every model is done with it.
    return ClaudeModel(
        claude.client,
        settings.model or DEFAULT_MODEL,
        retry=claude.retry,
        telemetry=telemetry,
        owns_client=False,
    )


def build_asker(
    settings: Settings, claude: Claude | None, store: RunStore, history: History
) -> ClaudeAsker | None:
    """Claude for free-form questions, when Claude is configured: the same client and the
    same retry policy as the model's steps."""
    if settings.offline or claude is None:
        return None
    from bot.ask import ClaudeAsker
    from orchestrator.models.claude import DEFAULT_MODEL

    return ClaudeAsker(
        claude.client, settings.model or DEFAULT_MODEL, store, history, retry=claude.retry
    )
