"""Slack OAuth: installations, bots and OAuth states (multi-workspace HTTP mode)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 20:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "slack_installations",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("enterprise_id", sa.String(length=64), nullable=True),
        sa.Column("team_id", sa.String(length=64), nullable=True),
        sa.Column("user_id", sa.String(length=64), nullable=True),
        sa.Column("is_enterprise_install", sa.Boolean(), nullable=False),
        sa.Column("installed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slack_installations")),
    )
    with op.batch_alter_table("slack_installations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_slack_installations_lookup", ["client_id", "enterprise_id", "team_id"]
        )
    op.create_table(
        "slack_bots",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("enterprise_id", sa.String(length=64), nullable=True),
        sa.Column("team_id", sa.String(length=64), nullable=True),
        sa.Column("is_enterprise_install", sa.Boolean(), nullable=False),
        sa.Column("installed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slack_bots")),
    )
    with op.batch_alter_table("slack_bots", schema=None) as batch_op:
        batch_op.create_index("ix_slack_bots_lookup", ["client_id", "enterprise_id", "team_id"])
    op.create_table(
        "slack_oauth_states",
        sa.Column("state", sa.String(length=64), nullable=False),
        sa.Column("expire_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("state", name=op.f("pk_slack_oauth_states")),
    )
    with op.batch_alter_table("slack_oauth_states", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_slack_oauth_states_expire_at"), ["expire_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("slack_oauth_states", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slack_oauth_states_expire_at"))
    op.drop_table("slack_oauth_states")
    with op.batch_alter_table("slack_bots", schema=None) as batch_op:
        batch_op.drop_index("ix_slack_bots_lookup")
    op.drop_table("slack_bots")
    with op.batch_alter_table("slack_installations", schema=None) as batch_op:
        batch_op.drop_index("ix_slack_installations_lookup")
    op.drop_table("slack_installations")
