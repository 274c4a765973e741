"""Claims: "in the article" and "confirmed at the source" kept as separate facts

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 03:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("in_article", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("at_source", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("at_source")
        batch_op.drop_column("in_article")
