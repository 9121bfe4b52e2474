"""The workspace's tables (SQLModel). Portable types only: the same tables run
on SQLite (SQLCipher) in the field and on PostgreSQL at head office.

Rows are storage's business: they are mapped to domain objects before the
session closes, and nothing outside ``storage`` sees them. The schema itself is
created and changed by the Alembic revisions in ``storage/migrations``; a test
checks that those revisions and these classes agree.

Money in ``case_row`` is ``amount_fen`` (whole fen, BigInteger): exact, sorts
numerically on both databases, and avoids SQLite's float NUMERIC affinity. The
exact decimal lives in the case payload.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL.

    SQLite keeps no offset, so times are stored as naive UTC there and given
    back their UTC offset on the way out. Naive input is refused: a time
    without an offset cannot be put in order with the others.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give it an offset")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class WorkspaceInfoRow(SQLModel, table=True):
    """One row (id 1): whose workspace this is."""

    __tablename__ = "workspace_info"

    id: int = Field(default=1, primary_key=True)
    workspace_id: str = Field(sa_column=Column(String(36), nullable=False))
    officer_name: str = Field(sa_column=Column(String(100), nullable=False))
    staff_no: str = Field(sa_column=Column(String(40), nullable=False))
    branch: str = Field(sa_column=Column(String(40), nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    app_version: str = Field(sa_column=Column(String(40), nullable=False))
    schema_revision: str = Field(sa_column=Column(String(40), nullable=False))


class CaseRow(SQLModel, table=True):
    """One case: its list columns plus the canonical JSON of the whole case."""

    __tablename__ = "case_row"
    __table_args__ = (
        Index("ix_case_row_updated_at", "updated_at"),
        Index("ix_case_row_number", "number"),
        # Counting the unfiltered list (revision 0007): a tiny index to scan.
        Index("ix_case_row_archived", "archived"),
        Index("ix_case_row_status", "status"),
        Index("ix_case_row_industry", "industry"),
        Index("ix_case_row_name", "name"),
        # The list sorted by applicant name in 拼音 order (revision 0008).
        Index("ix_case_row_sort_name", "archived", "sort_name"),
        Index("ix_case_row_amount_fen", "amount_fen"),
        # Covering index of the case list (revision 0005): the text filter scans
        # it and the default sort walks it without reading a row's payload.
        Index(
            "ix_case_row_list",
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
        ),
    )

    uuid: str = Field(sa_column=Column(String(36), primary_key=True))
    # Unique on a workstation only (revision 0006): at head office two officers'
    # cases may share a number; the UUID is the identity.
    number: str = Field(sa_column=Column(String(40), nullable=False))
    version: int = Field(sa_column=Column(Integer, nullable=False))
    status: str = Field(sa_column=Column(String(20), nullable=False))
    name: str = Field(sa_column=Column(String(200), nullable=False))
    # domain.collation.sort_key(name): the list sorts names as a Chinese reader does.
    sort_name: bytes = Field(
        default=b"", sa_column=Column(LargeBinary, nullable=False, server_default="")
    )
    industry: str = Field(sa_column=Column(String(60), nullable=False))
    amount_fen: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    progress: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    red: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    amber: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    archived: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
    search: str = Field(sa_column=Column(Text, nullable=False))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    # Hash of the last audit entry (revision 0002): a chain cut short at the
    # end still fails verification.
    audit_head: str = Field(
        default="", sa_column=Column(String(64), nullable=False, server_default="")
    )


class AttachmentRow(SQLModel, table=True):
    """The bytes of a photo or document; the database is encrypted, so are they."""

    __tablename__ = "attachment"

    id: str = Field(sa_column=Column(String(36), primary_key=True))
    case_uuid: str = Field(
        sa_column=Column(String(36), ForeignKey("case_row.uuid"), nullable=False, index=True)
    )
    filename: str = Field(sa_column=Column(String(255), nullable=False))
    mime: str = Field(sa_column=Column(String(100), nullable=False))
    kind: str = Field(sa_column=Column(String(20), nullable=False))
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    sha256: str = Field(sa_column=Column(String(64), nullable=False))
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class AuditRow(SQLModel, table=True):
    """One link of a case's hash-chained change log."""

    __tablename__ = "audit_entry"
    __table_args__ = (UniqueConstraint("case_uuid", "seq", name="uq_audit_entry_case_seq"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    case_uuid: str = Field(
        sa_column=Column(String(36), ForeignKey("case_row.uuid"), nullable=False, index=True)
    )
    seq: int = Field(sa_column=Column(Integer, nullable=False))
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    actor: str = Field(sa_column=Column(String(200), nullable=False))
    action: str = Field(sa_column=Column(String(40), nullable=False))
    field: str = Field(sa_column=Column(Text, nullable=False))
    old: str = Field(sa_column=Column(Text, nullable=False))
    new: str = Field(sa_column=Column(Text, nullable=False))
    reason: str = Field(sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(sa_column=Column(String(64), nullable=False))
    hash: str = Field(sa_column=Column(String(64), nullable=False))
    # Revision 0009 (storage/audit.py; docs/SECURITY.md): the payload's hash
    # after the save, the salted digest of old/new/reason that the chain hashes,
    # the salt (blanked with the values when they are erased) and when.
    state_hash: str = Field(
        default="", sa_column=Column(String(64), nullable=False, server_default="")
    )
    value_digest: str = Field(
        default="", sa_column=Column(String(64), nullable=False, server_default="")
    )
    salt: str = Field(default="", sa_column=Column(String(32), nullable=False, server_default=""))
    erased_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class AccessRow(SQLModel, table=True):
    """Who opened, printed or exported which case, and when."""

    __tablename__ = "access_entry"
    __table_args__ = (Index("ix_access_entry_case_at", "case_uuid", "at"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    case_uuid: str = Field(
        sa_column=Column(String(36), ForeignKey("case_row.uuid"), nullable=False)
    )
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    actor: str = Field(sa_column=Column(String(200), nullable=False))
    action: str = Field(sa_column=Column(String(40), nullable=False))


class KeyMaterialRow(SQLModel, table=True):
    """The workspace's own key pairs (raw 32-byte keys, inside the encrypted DB)."""

    __tablename__ = "key_material"

    kind: str = Field(sa_column=Column(String(40), primary_key=True))
    private_key: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    public_key: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class SettingRow(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(sa_column=Column(String(100), primary_key=True))
    value: str = Field(sa_column=Column(Text, nullable=False))


class CaseSequenceRow(SQLModel, table=True):
    """Last case number handed out per branch and day (``BRANCH-YYYYMMDD-NNNN``)."""

    __tablename__ = "case_sequence"

    branch: str = Field(sa_column=Column(String(40), primary_key=True))
    day: str = Field(sa_column=Column(String(8), primary_key=True))
    last: int = Field(sa_column=Column(Integer, nullable=False))


KIND_SIGNING = "ed25519_signing"
KIND_ENCRYPTION = "x25519_encryption"
