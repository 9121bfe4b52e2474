"""A narrow index for counting the case list: ``ix_case_row_archived``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27

The main window counts the unarchived cases when it opens and after every
save. Without a filter SQLite counted them on ``ix_case_row_list``, whose
entries carry the search text: on 100,000 cases that read and decrypted tens
of megabytes, 67 ms when cold (issue #9, start-up). One column and the rowid
make an index of about a megabyte. Index creation only.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision: str | None = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_row_archived", "case_row", ["archived"])


def downgrade() -> None:
    op.drop_index("ix_case_row_archived", table_name="case_row")
