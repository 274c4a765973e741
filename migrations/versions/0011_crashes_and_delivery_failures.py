"""Runs: crashes counted per step (poison runs), and the Slack delivery that failed for good

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 03:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("crashes", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("crashed_step", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("delivery_failed", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("delivery_error", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("delivery_failed_at", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_column("delivery_failed_at")
        batch_op.drop_column("delivery_error")
        batch_op.drop_column("delivery_failed")
        batch_op.drop_column("crashed_step")
        batch_op.drop_column("crashes")
