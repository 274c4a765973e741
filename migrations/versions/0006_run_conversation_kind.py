"""Runs remember what kind of conversation they were asked for in (visibility)

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-02 03:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable, and left NULL for runs recorded before: an unknown kind is treated as
    # private (its members only), so no old run becomes more visible than it was asked.
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("conversation", sa.String(length=16), nullable=True))
        batch_op.create_index(
            "ix_runs_team_conversation_channel", ["team_id", "conversation", "channel"]
        )


def downgrade() -> None:
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_index("ix_runs_team_conversation_channel")
        batch_op.drop_column("conversation")
