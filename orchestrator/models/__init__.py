"""The models a step may ask: the built-in offline model here, API-backed ones beside it."""

from orchestrator.models.offline import OfflineModel

__all__ = ["OfflineModel"]
