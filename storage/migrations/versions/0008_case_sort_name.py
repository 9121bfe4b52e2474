"""The applicant's name as a sort key: ``case_row.sort_name``.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

The case list sorted by applicant in Unicode code-point order, which puts
北仑 before 安吉; a Chinese reader expects 拼音 order. ``sort_name`` holds
``domain.collation.sort_key(name)`` (the name's GB 18030 bytes, whose
common characters are laid out by pinyin), so the database sorts it, with an
index led by ``archived`` like the list's others. Existing rows are filled in
from their names.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from domain.collation import sort_key

revision = "0008"
down_revision: str | None = "0007"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy of case_row would trip the foreign keys
    # of the audit and attachment rows that point at it.
    op.add_column(
        "case_row", sa.Column("sort_name", sa.LargeBinary(), nullable=False, server_default="")
    )
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT uuid, name FROM case_row")).fetchall()
    update = sa.text("UPDATE case_row SET sort_name = :key WHERE uuid = :uuid")
    for start in range(0, len(rows), _BATCH):
        bind.execute(
            update,
            [{"key": sort_key(name), "uuid": uuid} for uuid, name in rows[start : start + _BATCH]],
        )
    op.create_index("ix_case_row_sort_name", "case_row", ["archived", "sort_name"])


def downgrade() -> None:
    op.drop_index("ix_case_row_sort_name", table_name="case_row")
    op.drop_column("case_row", "sort_name")
