"""Head-office tables (revision 0003), as SQLAlchemy Core tables.

Kept apart from ``SQLModel.metadata`` (``storage.tables``): a workstation has
these tables too (one chain of revisions), but only head office fills them.

``ho_officer_key``  enrolled workstation keys (by signing fingerprint)
``ho_case_meta``    per imported case: branch, officer, the key that signed it
``ho_identifier``   the case's IDs, phones, accounts, addresses, payees
                    (normalised, ``domain.fraud.matching``) for portfolio matches
``ho_match``        one identifier of a case found in another officer's case
``ho_review``       reviewer decisions with comments and questions
``ho_blacklist``    identifiers head office refuses, shipped in rule packs
``ho_rulepack``     rule packs published (id, version, files)
``ho_case_transfer`` a case handed from one enrolled key to another, why and
                    by whom (revision 0010; docs/SECURITY.md)
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from storage.tables import UTCDateTime

metadata = MetaData()

officer_key = Table(
    "ho_officer_key",
    metadata,
    Column("signing_fingerprint", String(64), primary_key=True),
    Column("encryption_fingerprint", String(64), nullable=False),
    Column("name", String(200), nullable=False),
    Column("branch", String(40), nullable=False),
    Column("enrolment", Text, nullable=False),
    Column("enrolled_at", UTCDateTime(), nullable=False),
)

case_meta = Table(
    "ho_case_meta",
    metadata,
    Column("case_uuid", String(36), ForeignKey("case_row.uuid"), primary_key=True),
    Column("branch", String(40), nullable=False),
    Column("officer", String(200), nullable=False),
    Column("sender_fingerprint", String(64), nullable=False),
    Column("imported_at", UTCDateTime(), nullable=False),
    Index("ix_ho_case_meta_branch", "branch"),
)

identifier = Table(
    "ho_identifier",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_uuid", String(36), ForeignKey("case_row.uuid"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("value", String(300), nullable=False),
    Column("path", String(100), nullable=False),
    Index("ix_ho_identifier_kind_value", "kind", "value"),
    Index("ix_ho_identifier_case", "case_uuid"),
)

match = Table(
    "ho_match",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_uuid", String(36), ForeignKey("case_row.uuid"), nullable=False),
    Column("other_uuid", String(36), ForeignKey("case_row.uuid"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("value", String(300), nullable=False),
    Column("here", String(100), nullable=False),
    Column("there", String(100), nullable=False),
    Column("found_at", UTCDateTime(), nullable=False),
    UniqueConstraint("case_uuid", "other_uuid", "kind", "value", "here", name="uq_ho_match"),
    Index("ix_ho_match_case", "case_uuid"),
)

review = Table(
    "ho_review",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_uuid", String(36), ForeignKey("case_row.uuid"), nullable=False),
    Column("case_version", Integer, nullable=False),
    Column("decision", String(30), nullable=False),
    Column("comment", Text, nullable=False),
    Column("questions", Text, nullable=False),  # JSON list of strings
    Column("reviewer", String(200), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("reply_file", String(300), nullable=False),
    Index("ix_ho_review_case", "case_uuid"),
)

blacklist = Table(
    "ho_blacklist",
    metadata,
    Column("kind", String(20), primary_key=True),
    Column("value", String(100), primary_key=True),
    Column("reason", Text, nullable=False),
    Column("added_by", String(200), nullable=False),
    Column("added_at", UTCDateTime(), nullable=False),
)

rulepack = Table(
    "ho_rulepack",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("pack_id", String(60), nullable=False),
    Column("version", String(40), nullable=False),
    Column("files", Text, nullable=False),  # JSON: file name → TOML text
    Column("published_by", String(200), nullable=False),
    Column("published_at", UTCDateTime(), nullable=False),
    UniqueConstraint("pack_id", "version", name="uq_ho_rulepack_version"),
)

case_transfer = Table(
    "ho_case_transfer",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_uuid", String(36), ForeignKey("case_row.uuid"), nullable=False),
    Column("from_fingerprint", String(64), nullable=False),
    Column("to_fingerprint", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("recorded_by", String(200), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Index("ix_ho_case_transfer_case", "case_uuid"),
)
