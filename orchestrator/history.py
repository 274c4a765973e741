"""The History port: questions about many runs (lists, totals, retention).

`RunStore.get_run` answers "what happened on run N"; this port answers everything that looks
across runs, and remembers which run ids retention removed so that a question about one
gets "pruned" rather than "never existed".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from orchestrator.claim_search import ClaimQuery, Found
from orchestrator.domain import Run, RunStatus
from orchestrator.usage import Usage
from orchestrator.visibility import EVERYTHING, Scope

MAX_PAGE = 100


@dataclass(frozen=True)
class RunFilter:
    """Which runs a list shows. Every field narrows; None means any."""

    status: RunStatus | None = None
    domain: str | None = None  # "example.com" (a leading "www." is ignored)
    url: str | None = None
    user: str | None = None  # who asked for the run (a Slack user id, "local", …)
    since: datetime | None = None  # created at or after
    until: datetime | None = None  # created before

    def describe(self) -> str:
        parts = []
        if self.status is not None:
            parts.append(self.status.value)
        parts.append("runs")
        if self.url:
            parts.append(f"for {self.url}")
        elif self.domain:
            parts.append(f"on {self.domain}")
        if self.user:
            parts.append(f"by {self.user}")
        if self.since is not None:
            parts.append(f"since {self.since:%Y-%m-%d %H:%M} UTC")
        return " ".join(parts)


@dataclass(frozen=True)
class RunPage:
    """One page of a list, newest first; `next_before` continues it (None: the last page)."""

    runs: list[Run]
    next_before: int | None = None


@dataclass(frozen=True)
class Totals:
    """What runs created in a period spent."""

    since: datetime
    until: datetime
    runs: int
    usage: Usage
    by_status: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Pruned:
    """What one prune removed."""

    older_than: datetime
    runs: int = 0
    steps: int = 0
    gates: int = 0
    claims: int = 0
    seen_keys: int = 0
    first_run_id: int | None = None
    last_run_id: int | None = None


@dataclass(frozen=True)
class PrunedRun:
    """A run id retention removed, and when."""

    run_id: int
    pruned_at: datetime
    older_than: datetime


class History(Protocol):
    async def list_runs(
        self,
        where: RunFilter | None = None,
        *,
        limit: int = 20,
        before_id: int | None = None,
        scope: Scope = EVERYTHING,
    ) -> RunPage:
        """Runs matching `where` that `scope` may see, newest first, `limit` at most (capped
        at MAX_PAGE), with ids below `before_id` (keyset pagination: each page costs the
        same however deep)."""
        ...

    async def totals(
        self, since: datetime, until: datetime, *, scope: Scope = EVERYTHING
    ) -> Totals: ...

    async def prune(self, older_than: datetime, *, batch: int = 2000) -> Pruned:
        """Delete finished runs created before `older_than`, with their steps, gates and
        claims, in batches; remember the ids that went."""
        ...

    async def pruned(self, run_id: int) -> PrunedRun | None:
        """When `run_id` does not exist: whether retention removed it."""
        ...

    async def latest_run_id(self, *, scope: Scope = EVERYTHING) -> int | None: ...

    async def private_conversations(self, team: str) -> list[str]:
        """Channels of `team` with runs not known to be public (members only)."""
        ...

    async def find_claims(self, query: ClaimQuery, *, scope: Scope) -> Found:
        """Claims with every word of `query` in runs `scope` may see, newest run first
        (orchestrator.claim_search)."""
        ...
