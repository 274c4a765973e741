"""run_feedback and slack_capabilities: 👍/👎 on results, and what a workspace's Slack refused

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-02 06:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "run_feedback",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("run_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("voter", sa.String(length=64), nullable=False),
        sa.Column("rating", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"], ["runs.id"], name=op.f("fk_run_feedback_run_id_runs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_run_feedback")),
        sa.UniqueConstraint("run_id", "voter", name=op.f("uq_run_feedback_run_id")),
    )
    with op.batch_alter_table("run_feedback") as batch:
        batch.create_index(batch.f("ix_run_feedback_run_id"), ["run_id"], unique=False)
    op.create_table(
        "slack_capabilities",
        sa.Column("team_id", sa.String(length=64), nullable=False),
        sa.Column("capability", sa.String(length=32), nullable=False),
        sa.Column("available", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("noted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "capability", name=op.f("pk_slack_capabilities")),
    )


def downgrade() -> None:
    op.drop_table("slack_capabilities")
    with op.batch_alter_table("run_feedback") as batch:
        batch.drop_index(batch.f("ix_run_feedback_run_id"))
    op.drop_table("run_feedback")
