"""A covering index for the case list: ``ix_case_row_list``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

The list's columns, its default sort (``updated_at``, ``number``) and the
``search`` text in one index, led by ``archived``: the text filter and the
first page read the index only, never the rows with their ~16 KB payloads
(542 ms per keystroke on 100,000 cases before). It replaces
``ix_case_row_archived_updated_at``, whose columns it starts with. Index
creation only: quick on a large workspace.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels = None
depends_on = None

LIST_COLUMNS = [
    "archived",
    "updated_at",
    "number",
    "uuid",
    "name",
    "industry",
    "status",
    "amount_fen",
    "progress",
    "red",
    "amber",
    "version",
    "search",
]


def upgrade() -> None:
    op.create_index("ix_case_row_list", "case_row", LIST_COLUMNS)
    op.drop_index("ix_case_row_archived_updated_at", table_name="case_row")


def downgrade() -> None:
    op.create_index("ix_case_row_archived_updated_at", "case_row", ["archived", "updated_at"])
    op.drop_index("ix_case_row_list", table_name="case_row")
