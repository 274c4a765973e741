"""Tables. Alembic migrations in `migrations/` create exactly these (a test checks)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints so that alembic batch mode on SQLite can find and alter them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only autoincrements an INTEGER PRIMARY KEY; Postgres gets a bigint identity.
Id = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, on SQLite (which keeps no zone) as on Postgres."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use datetime.now(UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text)
    domain: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16))
    transport: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(64))
    thread_ts: Mapped[str | None] = mapped_column(String(32))
    user_id: Mapped[str | None] = mapped_column(String(64))
    team_id: Mapped[str | None] = mapped_column(String(64))
    # public / private / group_dm / dm (orchestrator.domain.Conversation); NULL: unknown,
    # which visibility treats as private.
    conversation: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    error: Mapped[str | None] = mapped_column(Text)
    status_ref: Mapped[str | None] = mapped_column(String(32))
    result_posted: Mapped[bool] = mapped_column(Boolean, default=False)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cache_write_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cache_read_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    executions: Mapped[int] = mapped_column(Integer, default=0)  # times a worker took it
    # The run's OpenTelemetry trace (32 hex digits): every execution's spans join it.
    trace_id: Mapped[str | None] = mapped_column(String(32))
    # A re-run: the run it re-ran and the step it re-ran from. No foreign key: pruning the
    # parent must not take its re-runs with it, and a pruned parent is said to be pruned.
    parent_run_id: Mapped[int | None] = mapped_column(BigInteger)
    rerun_from: Mapped[str | None] = mapped_column(String(32))
    model: Mapped[str | None] = mapped_column(String(64))  # None: the configured model
    refetch: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Made by `copydesk rerun --since`: compared, never posted to Slack.
    evaluation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Executions in a row that raised on the same step; at the bound the run is failed.
    crashes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    crashed_step: Mapped[str | None] = mapped_column(String(32))
    # The last Slack message given up for good: what, why, when.
    delivery_failed: Mapped[str | None] = mapped_column(String(32))
    delivery_error: Mapped[str | None] = mapped_column(Text)
    delivery_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    steps: Mapped[list[StepRow]] = relationship(
        back_populates="run", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_runs_status_id", "status", "id"),
        Index("ix_runs_created_at", "created_at"),
        Index("ix_runs_domain_id", "domain", "id"),
        Index("ix_runs_user_id_id", "user_id", "id"),
        # Which private conversations of a workspace have runs (visibility asks each who
        # its members are): a skip scan, one index seek per conversation.
        Index("ix_runs_team_conversation_channel", "team_id", "conversation", "channel"),
        Index("ix_runs_parent_run_id_id", "parent_run_id", "id"),
        # "runs for this URL". A hash index on Postgres: a btree refuses values over ~2.7 kB,
        # and a URL can be longer; equality is the only question asked of it.
        Index("ix_runs_url", "url", postgresql_using="hash"),
    )


class StepRow(Base):
    __tablename__ = "steps"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(32))
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    output: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    model: Mapped[str | None] = mapped_column(String(64))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cache_write_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cache_read_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    # A step a re-run copied instead of running: the run that first produced it.
    copied_from_run_id: Mapped[int | None] = mapped_column(BigInteger)

    run: Mapped[RunRow] = relationship(back_populates="steps")

    __table_args__ = (UniqueConstraint("run_id", "name", "attempt"),)


class GateRow(Base):
    __tablename__ = "gates"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(32))
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(16))
    message_ref: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (Index("ix_gates_decision_created_at", "decision", "created_at"),)


class GateVoteRow(Base):
    """One person's vote at a gate that needs several (COPYDESK_APPROVALS_REQUIRED)."""

    __tablename__ = "gate_votes"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    gate_id: Mapped[int] = mapped_column(ForeignKey("gates.id", ondelete="CASCADE"), index=True)
    voter: Mapped[str] = mapped_column(String(64))
    vote: Mapped[str] = mapped_column(String(16))  # approved / rejected
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    # The same person twice counts once: a second vote is refused by the database.
    __table_args__ = (UniqueConstraint("gate_id", "voter"),)


class GateReminderRow(Base):
    """A reminder (or escalation) sent about a waiting gate: once each, across restarts."""

    __tablename__ = "gate_reminders"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    gate_id: Mapped[int] = mapped_column(ForeignKey("gates.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # remind / escalate
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_to: Mapped[str] = mapped_column(Text)  # who was mentioned

    # Claimed by inserting: a second sweep (another worker, a restart) finds it taken.
    __table_args__ = (UniqueConstraint("gate_id", "kind"),)


class RunFeedbackRow(Base):
    """One person's 👍 or 👎 on a run's result: one per person, changed in place."""

    __tablename__ = "run_feedback"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    voter: Mapped[str] = mapped_column(String(64))
    rating: Mapped[str] = mapped_column(String(8))  # good / bad
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("run_id", "voter"),)


class SlackCapabilityRow(Base):
    """What a workspace's Slack refused to do (stream a plan, show a loading status), kept
    so that a restart does not ask again every run."""

    __tablename__ = "slack_capabilities"

    # "" for the single-workspace token, whose workspace a run may not know.
    team_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    capability: Mapped[str] = mapped_column(String(32), primary_key=True)
    available: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(Text)
    noted_at: Mapped[datetime] = mapped_column(UTCDateTime())


class GateCorrectionRow(Base):
    """One approver's "approve with a correction" at a gate: their edits, kept as sent."""

    __tablename__ = "gate_corrections"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    gate_id: Mapped[int] = mapped_column(ForeignKey("gates.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(64))
    corrections: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    # A double submit (two clicks, a redelivery) is refused by the database.
    __table_args__ = (UniqueConstraint("gate_id", "author"),)


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    step: Mapped[str] = mapped_column(String(32))
    agent: Mapped[str] = mapped_column(String(32))
    round: Mapped[int] = mapped_column(Integer, default=0)
    verdict: Mapped[str | None] = mapped_column(String(16))
    evidence: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    source_found: Mapped[str | None] = mapped_column(Text)
    checked_by: Mapped[str | None] = mapped_column(String(32))
    # "In the article" and "confirmed at the source" are separate facts (issue 10).
    in_article: Mapped[str | None] = mapped_column(String(16))
    at_source: Mapped[str | None] = mapped_column(String(16))
    # The run whose step first produced it (a re-run's copied summary); None: this run.
    from_run_id: Mapped[int | None] = mapped_column(BigInteger)
    # An approver's correction at a gate: who wrote the text, and the text it replaced.
    corrected_by: Mapped[str | None] = mapped_column(String(64))
    original: Mapped[str | None] = mapped_column(Text)


class SeenKey(Base):
    """Keys of Slack deliveries already acted on (event ids, channel+ts)."""

    __tablename__ = "seen_keys"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class PrunedRange(Base):
    """Run ids one prune removed: so a question about a pruned run says so.

    One row per prune, not per run: retention runs daily, so this stays a few hundred rows
    however many runs it removes. Prune takes ids oldest first, so a range holds the ids it
    removed; one still in the table (a run that had not finished) is simply found there.
    """

    __tablename__ = "pruned_ranges"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    first_run_id: Mapped[int] = mapped_column(BigInteger)
    last_run_id: Mapped[int] = mapped_column(BigInteger, index=True)
    runs: Mapped[int] = mapped_column(Integer)
    older_than: Mapped[datetime] = mapped_column(UTCDateTime())
    pruned_at: Mapped[datetime] = mapped_column(UTCDateTime())


# -- Slack OAuth (multi-workspace installs): bolt's installation and state stores -------------


class SlackInstallationRow(Base):
    """One OAuth install by one user; `data` is slack_sdk's Installation, as its own dict."""

    __tablename__ = "slack_installations"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(64))
    enterprise_id: Mapped[str | None] = mapped_column(String(64))
    team_id: Mapped[str | None] = mapped_column(String(64))
    user_id: Mapped[str | None] = mapped_column(String(64))
    is_enterprise_install: Mapped[bool] = mapped_column(Boolean, default=False)
    installed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    data: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (
        Index("ix_slack_installations_lookup", "client_id", "enterprise_id", "team_id"),
    )


class SlackBotRow(Base):
    """A workspace's (or org's) bot token, as slack_sdk's Bot in `data`; newest wins."""

    __tablename__ = "slack_bots"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(64))
    enterprise_id: Mapped[str | None] = mapped_column(String(64))
    team_id: Mapped[str | None] = mapped_column(String(64))
    is_enterprise_install: Mapped[bool] = mapped_column(Boolean, default=False)
    installed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    data: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_slack_bots_lookup", "client_id", "enterprise_id", "team_id"),)


class SlackOAuthStateRow(Base):
    """An OAuth `state` handed out by /slack/install, consumed once by the redirect."""

    __tablename__ = "slack_oauth_states"

    state: Mapped[str] = mapped_column(String(64), primary_key=True)
    expire_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
