"""The identifier index for cross-case matches: ``case_identifier``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

Normalised IDs, phones, accounts, addresses and payee details per case
(``storage.matching_index``), so that the fraud rules find the same person or
payee in other cases with one indexed query. Existing cases are indexed from
their payloads.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_identifier",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_uuid",
            sa.String(36),
            sa.ForeignKey("case_row.uuid", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("value", sa.String(300), nullable=False),
        sa.Column("path", sa.String(100), nullable=False),
    )
    op.create_index("ix_case_identifier_kind_value", "case_identifier", ["kind", "value"])
    op.create_index("ix_case_identifier_case", "case_identifier", ["case_uuid"])
    from storage.matching_index import case_of_payload, rebuild

    conn = op.get_bind()
    payloads = [row[0] for row in conn.execute(sa.text("SELECT payload FROM case_row"))]
    rebuild(conn, payloads, case_of_payload)


def downgrade() -> None:
    op.drop_table("case_identifier")
