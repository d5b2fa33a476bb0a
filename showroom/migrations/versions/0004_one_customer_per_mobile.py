"""one live customer per mobile: a partial unique index; existing duplicates are flagged
for merging instead of failing the migration

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 20:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = "mobile IS NOT NULL AND deleted_at IS NULL AND merged_into_id IS NULL"


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it, with a constant default): batch mode would copy and
    # drop the customers table, which most other tables reference.
    op.add_column(
        "customers",
        sa.Column("duplicate_mobile", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    # Every live customer but the first one of a mobile is flagged: the index leaves them
    # out, and the merge dialog lists them beside the first until someone merges them.
    op.execute(
        sa.text(
            "UPDATE customers SET duplicate_mobile = TRUE WHERE "
            f"{LIVE} AND id > (SELECT MIN(first.id) FROM customers AS first "
            "WHERE first.mobile = customers.mobile AND first.deleted_at IS NULL "
            "AND first.merged_into_id IS NULL)"
        )
    )
    where = sa.text(f"{LIVE} AND NOT duplicate_mobile")
    op.create_index(
        "uq_customers_live_mobile",
        "customers",
        ["mobile"],
        unique=True,
        sqlite_where=where,
        postgresql_where=where,
    )


def downgrade() -> None:
    op.drop_index("uq_customers_live_mobile", table_name="customers")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("duplicate_mobile")
