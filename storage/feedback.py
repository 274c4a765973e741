"""👍 / 👎 on runs' results, and Slack capabilities a workspace refused: small tables the
Slack side reads and writes through these two classes, never by SQL of its own.

A rating is one row per (run, person): a second click by the same person changes their
rating in place (or is told it is the same), whatever the race, because the unique
constraint decides which insert wins.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from orchestrator.visibility import EVERYTHING, Scope
from storage.history import visible
from storage.models import Base
from storage.runner import Runner

FEEDBACK: Table = Base.metadata.tables["run_feedback"]
CAPABILITIES: Table = Base.metadata.tables["slack_capabilities"]
RUNS: Table = Base.metadata.tables["runs"]


class Rated(enum.StrEnum):
    NEW = "new"  # the person's first rating of this run
    CHANGED = "changed"  # they had rated it the other way
    SAME = "same"  # the same rating again (a double click): nothing changed
    NO_RUN = "no_run"  # the run is gone (pruned) or never was


@dataclass(frozen=True)
class Ratings:
    good: int = 0
    bad: int = 0
    runs: int = 0  # distinct runs rated

    @property
    def total(self) -> int:
        return self.good + self.bad


class SqlFeedback:
    def __init__(self, runner: Runner) -> None:
        self.runner = runner

    async def rate(self, run_id: int, voter: str, rating: str) -> Rated:
        if rating not in ("good", "bad"):
            raise ValueError(f"a rating is good or bad, not {rating!r}")

        def record(connection: Connection) -> Rated:
            if connection.execute(select(RUNS.c.id).where(RUNS.c.id == run_id)).first() is None:
                return Rated.NO_RUN
            earlier = connection.execute(
                select(FEEDBACK.c.rating).where(
                    FEEDBACK.c.run_id == run_id, FEEDBACK.c.voter == voter
                )
            ).scalar()
            now = datetime.now(UTC)
            if earlier == rating:
                return Rated.SAME
            if earlier is not None:
                connection.execute(
                    update(FEEDBACK)
                    .where(FEEDBACK.c.run_id == run_id, FEEDBACK.c.voter == voter)
                    .values(rating=rating, updated_at=now)
                )
                return Rated.CHANGED
            connection.execute(
                insert(FEEDBACK).values(
                    run_id=run_id, voter=voter, rating=rating, created_at=now, updated_at=now
                )
            )
            return Rated.NEW

        try:
            return await self.runner.write(record)
        except IntegrityError:
            # Two clicks of the same person raced; the other insert won. Ask again: this
            # one is now a change or the same.
            return await self.runner.write(record)

    async def of_run(self, run_id: int) -> dict[str, str]:
        """Who rated `run_id`, and how."""
        query = select(FEEDBACK.c.voter, FEEDBACK.c.rating).where(FEEDBACK.c.run_id == run_id)
        rows = await self.runner.read(lambda c: c.execute(query).all())
        return {str(voter): str(rating) for voter, rating in rows}

    async def ratings(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        scope: Scope = EVERYTHING,
    ) -> Ratings:
        """Ratings given in [since, until) (by when they were last set) on runs in `scope`."""
        rated = FEEDBACK.join(RUNS, RUNS.c.id == FEEDBACK.c.run_id)
        window = [visible(scope)]
        if since is not None:
            window.append(FEEDBACK.c.updated_at >= since)
        if until is not None:
            window.append(FEEDBACK.c.updated_at < until)
        by_rating = (
            select(FEEDBACK.c.rating, func.count())
            .select_from(rated)
            .where(*window)
            .group_by(FEEDBACK.c.rating)
        )
        runs = (
            select(func.count(func.distinct(FEEDBACK.c.run_id))).select_from(rated).where(*window)
        )

        def read(connection: Connection) -> Ratings:
            counts = {str(r): int(n) for r, n in connection.execute(by_rating).all()}
            return Ratings(
                good=counts.get("good", 0),
                bad=counts.get("bad", 0),
                runs=int(connection.execute(runs).scalar() or 0),
            )

        return await self.runner.read(read)


class SqlCapabilities:
    """Per workspace: whether Slack took a capability ("plan_stream", "loading_status")."""

    def __init__(self, runner: Runner) -> None:
        self.runner = runner

    async def known(self, team: str | None, capability: str) -> bool | None:
        query = select(CAPABILITIES.c.available).where(
            CAPABILITIES.c.team_id == (team or ""), CAPABILITIES.c.capability == capability
        )
        found = await self.runner.read(lambda c: c.execute(query).scalar())
        return None if found is None else bool(found)

    async def remember(
        self, team: str | None, capability: str, available: bool, reason: str | None = None
    ) -> None:
        key = (team or "", capability)

        def record(connection: Connection) -> None:
            values = {"available": available, "reason": reason, "noted_at": datetime.now(UTC)}
            changed = connection.execute(
                update(CAPABILITIES)
                .where(CAPABILITIES.c.team_id == key[0], CAPABILITIES.c.capability == key[1])
                .values(**values)
            ).rowcount
            if not changed:
                connection.execute(
                    insert(CAPABILITIES).values(team_id=key[0], capability=key[1], **values)
                )

        try:
            await self.runner.write(record)
        except IntegrityError:
            await self.runner.write(record)  # another worker inserted it first: update it
