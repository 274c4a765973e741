"""history: a URL index and pruned run ranges

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 19:01:53.327484
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pruned_ranges",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("first_run_id", sa.BigInteger(), nullable=False),
        sa.Column("last_run_id", sa.BigInteger(), nullable=False),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.Column("older_than", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pruned_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pruned_ranges")),
    )
    with op.batch_alter_table("pruned_ranges", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pruned_ranges_last_run_id"), ["last_run_id"], unique=False
        )

    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.create_index("ix_runs_url", ["url"], unique=False, postgresql_using="hash")


def downgrade() -> None:
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_index("ix_runs_url", postgresql_using="hash")

    with op.batch_alter_table("pruned_ranges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pruned_ranges_last_run_id"))

    op.drop_table("pruned_ranges")
