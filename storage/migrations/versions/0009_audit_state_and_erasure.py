"""Audit entries that commit to the case state and whose values can be erased.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08

``audit_entry`` gains ``state_hash`` (SHA-256 of the case payload after the
save), ``value_digest`` and ``salt`` (the chain hashes a salted digest of
old/new/reason instead of the values, so purge can erase them) and
``erased_at``; head office gains ``ho_audit_head``, the last signed chain head
it accepted per case (docs/SECURITY.md, "Audit chain and tamper evidence").

Existing entries are **kept as they are** (empty digest: the legacy format,
hashed over their values), so every existing chain verifies exactly as before
and its hashes, which head office holds too, do not change. On a workstation
(the database has its ``workspace_info`` row) one ``migrate`` entry in the new
format is appended to every case's chain: it commits to the case's current
state, so an edit of the stored payload is caught from now on, not only after
the next save. Head office's copies get no entry: they are the officers'
chains, continued by the officers' next packages. Legacy entries can still be
erased by purge (their stored hash then stands for them; see storage/audit.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from storage.audit import entry_hash_v2, new_salt, state_hash_of, value_digest
from storage.tables import UTCDateTime

revision = "0009"
down_revision: str | None = "0008"
branch_labels = None
depends_on = None

MIGRATE_ACTION = "migrate"
MIGRATE_FIELD = "audit_format"


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of audit_entry is not needed for these.
    op.add_column(
        "audit_entry", sa.Column("state_hash", sa.String(64), nullable=False, server_default="")
    )
    op.add_column(
        "audit_entry", sa.Column("value_digest", sa.String(64), nullable=False, server_default="")
    )
    op.add_column(
        "audit_entry", sa.Column("salt", sa.String(32), nullable=False, server_default="")
    )
    op.add_column("audit_entry", sa.Column("erased_at", UTCDateTime(), nullable=True))
    op.create_table(
        "ho_audit_head",
        sa.Column("case_uuid", sa.String(36), sa.ForeignKey("case_row.uuid"), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
        sa.Column("state", sa.String(64), nullable=False),
        sa.Column("signature", sa.Text, nullable=False),
        sa.Column("sender_fingerprint", sa.String(64), nullable=False),
        sa.Column("seen_at", UTCDateTime(), nullable=False),
    )
    _anchor_workstation_chains()


def _anchor_workstation_chains() -> None:
    bind = op.get_bind()
    info = bind.execute(
        sa.text("SELECT officer_name, staff_no FROM workspace_info WHERE id = 1")
    ).first()
    if info is None:  # head office: the chains are the officers'
        return
    actor = f"{info[0]} ({info[1]})" if info[1] else str(info[0])
    now = datetime.now(UTC)
    # One read of every case with its last entry, then the entries and heads
    # in two batched statements (5,000 cases: a few seconds with the backup).
    cases = bind.execute(
        sa.text(
            "SELECT c.uuid, c.payload, a.seq, a.hash FROM case_row c "
            "LEFT JOIN audit_entry a ON a.case_uuid = c.uuid AND a.seq = "
            "(SELECT MAX(b.seq) FROM audit_entry b WHERE b.case_uuid = c.uuid)"
        )
    ).fetchall()
    insert = sa.text(
        "INSERT INTO audit_entry (case_uuid, seq, at, actor, action, field, old, new, reason, "
        "prev_hash, hash, state_hash, value_digest, salt) VALUES (:uuid, :seq, :at, :actor, "
        ":action, :field, '', :new, '', :prev, :hash, :state, :digest, :salt)"
    ).bindparams(sa.bindparam("at", type_=UTCDateTime()))
    update = sa.text("UPDATE case_row SET audit_head = :head WHERE uuid = :uuid")
    entries, heads = [], []
    for uuid, payload, last_seq, last_hash in cases:
        seq = int(last_seq or 0) + 1
        prev = str(last_hash) if last_seq else "0" * 64
        state = state_hash_of(payload)
        salt = new_salt()
        digest = value_digest(salt, "", "2", "")
        entry = entry_hash_v2(
            prev,
            case_uuid=uuid,
            seq=seq,
            at=now,
            actor=actor,
            action=MIGRATE_ACTION,
            field=MIGRATE_FIELD,
            digest=digest,
            state_hash=state,
        )
        entries.append(
            {
                "uuid": uuid,
                "seq": seq,
                "at": now,
                "actor": actor,
                "action": MIGRATE_ACTION,
                "field": MIGRATE_FIELD,
                "new": "2",
                "prev": prev,
                "hash": entry,
                "state": state,
                "digest": digest,
                "salt": salt,
            }
        )
        heads.append({"head": entry, "uuid": uuid})
    if entries:
        bind.execute(insert, entries)
        bind.execute(update, heads)


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM audit_entry WHERE action = :a"), {"a": MIGRATE_ACTION})
    bind.execute(
        sa.text(
            "UPDATE case_row SET audit_head = COALESCE((SELECT a.hash FROM audit_entry a "
            "WHERE a.case_uuid = case_row.uuid ORDER BY a.seq DESC LIMIT 1), '')"
        )
    )
    op.drop_table("ho_audit_head")
    for name in ("erased_at", "salt", "value_digest", "state_hash"):
        op.drop_column("audit_entry", name)
