"""Head-office tables: enrolled officer keys, case origin, identifiers and
cross-officer matches, review decisions, blacklist, published rule packs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Created on every database (one chain of revisions); only head office's
PostgreSQL fills them. Written out in full, like 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.tables import UTCDateTime

revision = "0003"
down_revision: str | None = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ho_officer_key",
        sa.Column("signing_fingerprint", sa.String(64), primary_key=True),
        sa.Column("encryption_fingerprint", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("branch", sa.String(40), nullable=False),
        sa.Column("enrolment", sa.Text, nullable=False),
        sa.Column("enrolled_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "ho_case_meta",
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), primary_key=True),
        sa.Column("branch", sa.String(40), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("sender_fingerprint", sa.String(64), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_ho_case_meta_branch", "ho_case_meta", ["branch"])
    op.create_table(
        "ho_identifier",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("value", sa.String(300), nullable=False),
        sa.Column("path", sa.String(100), nullable=False),
    )
    op.create_index("ix_ho_identifier_kind_value", "ho_identifier", ["kind", "value"])
    op.create_index("ix_ho_identifier_case", "ho_identifier", ["case_uuid"])
    op.create_table(
        "ho_match",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), nullable=False),
        sa.Column("other_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("value", sa.String(300), nullable=False),
        sa.Column("here", sa.String(100), nullable=False),
        sa.Column("there", sa.String(100), nullable=False),
        sa.Column("found_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("case_uuid", "other_uuid", "kind", "value", "here", name="uq_ho_match"),
    )
    op.create_index("ix_ho_match_case", "ho_match", ["case_uuid"])
    op.create_table(
        "ho_review",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), nullable=False),
        sa.Column("case_version", sa.Integer, nullable=False),
        sa.Column("decision", sa.String(30), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("questions", sa.Text, nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("reply_file", sa.String(300), nullable=False),
    )
    op.create_index("ix_ho_review_case", "ho_review", ["case_uuid"])
    op.create_table(
        "ho_blacklist",
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("value", sa.String(100), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "ho_rulepack",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("pack_id", sa.String(60), nullable=False),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("files", sa.Text, nullable=False),
        sa.Column("published_by", sa.String(200), nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("pack_id", "version", name="uq_ho_rulepack_version"),
    )


def downgrade() -> None:
    for name in (
        "ho_rulepack",
        "ho_blacklist",
        "ho_review",
        "ho_match",
        "ho_identifier",
        "ho_case_meta",
        "ho_officer_key",
    ):
        op.drop_table(name)
