"""Head office: a case's hand-over from one enrolled key to another.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08

At head office a case belongs to the enrolled key that first sent it
(``ho_case_meta.sender_fingerprint``); another key's package of the same case
is refused unless head office has recorded a transfer
(``main.py headoffice transfer``). Each transfer is kept here: the case, the
key it left and the key it went to, the reason, who recorded it and when
(docs/SECURITY.md, "Attribution"). Created on every database, like 0003;
only head office fills it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import UTCDateTime

revision = "0010"
down_revision: str | None = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ho_case_transfer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), nullable=False),
        sa.Column("from_fingerprint", sa.String(64), nullable=False),
        sa.Column("to_fingerprint", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_ho_case_transfer_case", "ho_case_transfer", ["case_uuid"])


def downgrade() -> None:
    op.drop_index("ix_ho_case_transfer_case", table_name="ho_case_transfer")
    op.drop_table("ho_case_transfer")
