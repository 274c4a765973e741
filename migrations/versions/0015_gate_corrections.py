"""gate_corrections, and who corrected a claim: approve with a correction (issue 15)

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-02 06:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "gate_corrections",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("gate_id", _ID, nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("corrections", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["gate_id"],
            ["gates.id"],
            name=op.f("fk_gate_corrections_gate_id_gates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gate_corrections")),
        sa.UniqueConstraint("gate_id", "author", name=op.f("uq_gate_corrections_gate_id")),
    )
    with op.batch_alter_table("gate_corrections") as batch:
        batch.create_index(batch.f("ix_gate_corrections_gate_id"), ["gate_id"], unique=False)
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("corrected_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("original", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("original")
        batch.drop_column("corrected_by")
    with op.batch_alter_table("gate_corrections") as batch:
        batch.drop_index(batch.f("ix_gate_corrections_gate_id"))
    op.drop_table("gate_corrections")
