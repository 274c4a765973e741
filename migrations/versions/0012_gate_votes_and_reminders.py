"""gate_votes and gate_reminders: quorum votes, and reminders sent about waiting gates

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 04:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "gate_votes",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("gate_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("voter", sa.String(length=64), nullable=False),
        sa.Column("vote", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["gate_id"], ["gates.id"], name=op.f("fk_gate_votes_gate_id_gates"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gate_votes")),
        sa.UniqueConstraint("gate_id", "voter", name=op.f("uq_gate_votes_gate_id")),
    )
    with op.batch_alter_table("gate_votes") as batch:
        batch.create_index(batch.f("ix_gate_votes_gate_id"), ["gate_id"], unique=False)
    op.create_table(
        "gate_reminders",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("gate_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_to", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["gate_id"],
            ["gates.id"],
            name=op.f("fk_gate_reminders_gate_id_gates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gate_reminders")),
        sa.UniqueConstraint("gate_id", "kind", name=op.f("uq_gate_reminders_gate_id")),
    )
    with op.batch_alter_table("gate_reminders") as batch:
        batch.create_index(batch.f("ix_gate_reminders_gate_id"), ["gate_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("gate_reminders") as batch:
        batch.drop_index(batch.f("ix_gate_reminders_gate_id"))
    op.drop_table("gate_reminders")
    with op.batch_alter_table("gate_votes") as batch:
        batch.drop_index(batch.f("ix_gate_votes_gate_id"))
    op.drop_table("gate_votes")
