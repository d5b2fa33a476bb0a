"""import batches record which process runs them, so a killed import is found

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 19:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it): batch mode would copy and drop the table, which
    # other tables reference.
    op.add_column("import_batches", sa.Column("workstation", sa.String(length=80), nullable=True))
    op.add_column("import_batches", sa.Column("pid", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_batches") as batch:
        batch.drop_column("pid")
        batch.drop_column("workstation")
