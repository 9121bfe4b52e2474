"""The first workspace schema.

Revision ID: 0001
Revises:
Create Date: 2026-11-27

Written out in full (not ``metadata.create_all``) so that this revision keeps
meaning the first schema when the table classes move on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import UTCDateTime

revision = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workspace_info",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("workspace_id", sa.String(36), nullable=False),
        sa.Column("officer_name", sa.String(100), nullable=False),
        sa.Column("staff_no", sa.String(40), nullable=False),
        sa.Column("branch", sa.String(40), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("app_version", sa.String(40), nullable=False),
        sa.Column("schema_revision", sa.String(40), nullable=False),
    )
    op.create_table(
        "case_row",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("number", sa.String(40), nullable=False, unique=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("industry", sa.String(60), nullable=False),
        sa.Column("amount_fen", sa.BigInteger, nullable=True),
        sa.Column("progress", sa.Integer, nullable=False),
        sa.Column("red", sa.Integer, nullable=False),
        sa.Column("amber", sa.Integer, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("search", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_case_row_updated_at", "case_row", ["updated_at"])
    op.create_index("ix_case_row_status", "case_row", ["status"])
    op.create_index("ix_case_row_industry", "case_row", ["industry"])
    op.create_index("ix_case_row_name", "case_row", ["name"])
    op.create_index("ix_case_row_amount_fen", "case_row", ["amount_fen"])
    op.create_index("ix_case_row_archived_updated_at", "case_row", ["archived", "updated_at"])
    op.create_table(
        "attachment",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("mime", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_attachment_case_uuid", "attachment", ["case_uuid"])
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("old", sa.Text, nullable=False),
        sa.Column("new", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("case_uuid", "seq", name="uq_audit_entry_case_seq"),
    )
    op.create_index("ix_audit_entry_case_uuid", "audit_entry", ["case_uuid"])
    op.create_table(
        "access_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
    )
    op.create_index("ix_access_entry_case_at", "access_entry", ["case_uuid", "at"])
    op.create_table(
        "key_material",
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("private_key", sa.LargeBinary, nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "case_sequence",
        sa.Column("branch", sa.String(40), primary_key=True),
        sa.Column("day", sa.String(8), primary_key=True),
        sa.Column("last", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "case_sequence",
        "setting",
        "key_material",
        "access_entry",
        "audit_entry",
        "attachment",
        "case_row",
        "workspace_info",
    ):
        op.drop_table(table)
