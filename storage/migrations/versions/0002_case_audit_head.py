"""Anchor each case's audit chain: ``case_row.audit_head``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

The hash of a case's last audit entry, kept beside the case, so that cutting
entries off the end of a chain is detected too. Existing cases get the hash of
their current last entry.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (SQLite >= 3.35 and PostgreSQL): a batch copy of
    # case_row would trip the foreign keys that point at it.
    op.add_column(
        "case_row", sa.Column("audit_head", sa.String(64), nullable=False, server_default="")
    )
    op.execute(
        """
        UPDATE case_row SET audit_head = COALESCE((
            SELECT a.hash FROM audit_entry a
            WHERE a.case_uuid = case_row.uuid
            ORDER BY a.seq DESC LIMIT 1
        ), '')
        """
    )


def downgrade() -> None:
    op.drop_column("case_row", "audit_head")
