"""Re-runs: a run's parent and the step it re-ran from; where copied steps and claims came from

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("parent_run_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("rerun_from", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("model", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("refetch", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("evaluation", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index("ix_runs_parent_run_id_id", ["parent_run_id", "id"], unique=False)
    with op.batch_alter_table("steps", schema=None) as batch_op:
        batch_op.add_column(sa.Column("copied_from_run_id", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("from_run_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("from_run_id")
    with op.batch_alter_table("steps", schema=None) as batch_op:
        batch_op.drop_column("copied_from_run_id")
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_index("ix_runs_parent_run_id_id")
        batch_op.drop_column("evaluation")
        batch_op.drop_column("refetch")
        batch_op.drop_column("model")
        batch_op.drop_column("rerun_from")
        batch_op.drop_column("parent_run_id")
