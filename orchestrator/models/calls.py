"""Each model API call, told to whoever counts them (the bot's `/metrics`).

The GenAI conventions' client metrics (`gen_ai.client.token.usage`,
`gen_ai.client.operation.duration`) are per call, retries included; a step's summed usage
cannot give them. The model adapter tells this small port about every call it makes, and
the bot's metrics implement it; the orchestrator never sees Prometheus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ModelCall:
    provider: str  # gen_ai.provider.name
    request_model: str
    seconds: float
    response_model: str | None = None  # None: the call got no answer
    # Billable input, cached tokens included (as the conventions count them); None: no answer.
    input_tokens: int | None = None
    output_tokens: int | None = None
    error_type: str | None = None  # low-cardinality: "overloaded", "timeout", "http_400"
    operation: str = "chat"


class ModelCalls(Protocol):
    def model_call(self, call: ModelCall) -> None: ...


class _NoCalls:
    def model_call(self, call: ModelCall) -> None:
        pass


NO_CALLS: ModelCalls = _NoCalls()
