"""The ports the orchestrator owns. Adapters (storage, the bot, model clients) implement them.

They are small Protocols so that a test can hand in the real thing or a fake that keeps state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Protocol, TypeVar

from orchestrator.approvals import Vote
from orchestrator.domain import (
    JSON,
    Article,
    Claim,
    DeliveryFailure,
    Gate,
    GateDecision,
    Origin,
    Run,
    RunStatus,
    Step,
    Verdict,
)
from orchestrator.usage import Usage

T = TypeVar("T")


@dataclass(frozen=True)
class RunEnd:
    """A run's outcome, committed with the last results it depends on."""

    run_id: int
    status: RunStatus
    finished_at: datetime
    error: str | None = None
    result: JSON | None = None
    # Nothing is left to deliver (a reporter that prints as it goes): the run is told.
    told: bool = False


@dataclass(frozen=True)
class DraftClaim:
    """One sentence of a summary, with the article's words that support it."""

    text: str
    quote: str


@dataclass(frozen=True)
class ClaimCheck:
    """A model's verdict on one claim (by index into the claims it was given)."""

    index: int
    verdict: Verdict
    evidence: str


@dataclass(frozen=True)
class ModelReply(Generic[T]):
    value: T
    usage: Usage
    model: str
    latency_seconds: float = 0.0  # time spent waiting on the model, over all its calls
    calls: int = 0  # API calls made, repairs included; the offline model makes none


class Model(Protocol):
    """What a step may ask of a model. The offline model and Claude both implement it."""

    @property
    def name(self) -> str: ...

    async def summarise(
        self, article: Article, *, feedback: str | None = None
    ) -> ModelReply[list[DraftClaim]]: ...

    async def check_claims(
        self, article: Article, claims: Sequence[DraftClaim]
    ) -> ModelReply[list[ClaimCheck]]: ...

    async def tag(self, article: Article) -> ModelReply[list[str]]: ...

    async def aclose(self) -> None:
        """Release what the model holds (an HTTP client's connections); once, at exit."""
        ...


class Reader(Protocol):
    """Fetches a link and extracts the article. Raises ReadError with a user-facing sentence."""

    async def read(self, url: str) -> Article: ...

    async def read_source(self, url: str) -> Article:
        """A cited source as a document: any text however short, tables' cells with their
        row and column labels, PDF, plain text, CSV."""
        ...


class Votes(Protocol):
    """Approvers' votes at gates that need more than one (a quorum)."""

    async def vote(
        self, gate_id: int, voter: str, decision: GateDecision, note: str | None = None
    ) -> bool:
        """Record a vote while the gate waits; False for a second vote by the same person
        or a gate already decided."""
        ...

    async def votes(self, gate_id: int) -> list[Vote]: ...


class RunStore(Protocol):
    """Where runs, steps, gates and claims are kept. The run table is also the queue."""

    async def create_runs(
        self, urls: Sequence[str], origin: Origin, *, dedupe_keys: Sequence[str] = ()
    ) -> list[Run] | None:
        """Record queued runs, one per URL, in one transaction.

        Returns None, recording nothing, when any of `dedupe_keys` was seen before: that is
        how one Slack event starts at most one run whatever Slack redelivers.
        """
        ...

    async def claim_keys(self, keys: Sequence[str]) -> bool:
        """Remember keys; False when any was remembered before (answer a question once)."""
        ...

    async def get_run(self, run_id: int) -> Run | None: ...

    async def list_runs(
        self, *, status: RunStatus | None = None, limit: int = 20, before_id: int | None = None
    ) -> list[Run]: ...

    async def claim_run(
        self,
        worker: str,
        *,
        lease_seconds: float,
        transports: Sequence[str],
        run_id: int | None = None,
        start: str | None = None,
    ) -> Run | None:
        """Take one queued run (or one whose lease expired) and hold its lease.

        `start`: when the run has no steps yet, start this step (attempt 1, running, at the
        claim's time) in the claim's transaction; the run comes back with it in `steps` and
        as `claimed_start` (the same object), so that its trace runs it without a commit of
        its own. A run that has steps is claimed as it is, nothing started.
        """
        ...

    async def renew_lease(self, run_id: int, worker: str, *, lease_seconds: float) -> bool: ...

    async def release_run(self, run_id: int, worker: str) -> None: ...

    async def start_step(self, step: Step) -> None: ...

    async def finish_step(self, step: Step) -> None: ...

    async def record_gate(self, gate: Gate) -> Gate: ...

    async def advance(
        self,
        *,
        finished: Sequence[Step] = (),
        started: Sequence[Step] = (),
        gate: Gate | None = None,
        end: RunEnd | None = None,
    ) -> Gate | None:
        """Record finished steps (and their usage in the run's totals), then started steps,
        a gate and the run's end, in one transaction; the gate as recorded (with its id)
        when one was given.

        A run moves on in one commit: the results a step, a gate or the run's end depends on
        become durable together with it, never after it. An ended run keeps its lease until
        its end is delivered (`claim_delivery` takes over a lapsed one).
        """
        ...

    async def claim_delivery(
        self,
        worker: str,
        *,
        lease_seconds: float,
        transports: Sequence[str],
        run_id: int | None = None,
    ) -> Run | None:
        """Take one ended run whose end was neither delivered nor given up, and whose lease
        lapsed (its worker died after committing the end) or was never held (a cancel)."""
        ...

    async def record_delivery_failure(self, run_id: int, *, what: str, why: str) -> DeliveryFailure:
        """Record on the run that Slack never took this message, for good."""
        ...

    async def record_crash(
        self,
        run_id: int,
        worker: str,
        *,
        step: str,
        error: str,
        max_attempts: int,
        retry_in: float,
    ) -> Run | None:
        """Count an execution that raised on `step`. After `max_attempts` in a row on the
        same step the run is failed with `error` and returned (its end still to tell);
        otherwise None, and the run is claimable again in `retry_in` seconds."""
        ...

    async def decide_gate(
        self,
        gate_id: int,
        decision: GateDecision,
        *,
        decided_by: str,
        note: str | None = None,
        outcome: GateDecision | None = None,
    ) -> Gate | None:
        """Decide a waiting gate and queue its run again. First decision wins: None when it
        was already decided."""
        ...

    async def get_gate(self, gate_id: int) -> Gate | None: ...

    async def waiting_gate(self, run_id: int) -> Gate | None: ...

    async def expired_gates(self, before: datetime) -> list[Gate]: ...

    async def set_gate_message(self, gate_id: int, ref: str) -> None: ...

    async def cancel_run(self, run_id: int) -> Run | None: ...

    async def save_claims(self, run_id: int, claims: Sequence[Claim]) -> None: ...

    async def update_run(
        self,
        run_id: int,
        *,
        status: RunStatus | None = None,
        error: str | None = None,
        result: JSON | None = None,
        status_ref: str | None = None,
        result_posted: bool | None = None,
        usage: Usage | None = None,
    ) -> None: ...

    async def set_trace_id(self, run_id: int, trace_id: str) -> str:
        """Give the run this trace id unless it has one; returns the one it keeps.

        Runs get their trace id when they are created; this is for those recorded before.
        """
        ...
