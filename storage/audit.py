"""The change log of each case as a hash chain (DOMAIN.md, data protection).

Entry *n* of a case stores ``prev_hash`` (entry *n-1*'s hash; 64 zeros for
the first) and ``hash = sha256(prev_hash + canonical JSON of its fields)``,
where the fields are ``case_uuid, seq, at, actor, action, field, old, new,
reason`` and ``at`` is ISO 8601 in UTC with microseconds. Changing, removing
or reordering an entry breaks every hash from there on; ``case_row.audit_head``
holds the last hash so that cutting entries off the end is caught as well.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from domain.i18n import Message, tr_noop
from domain.ports import AuditEntry
from domain.serialization import canonical_json
from storage.tables import AuditRow

GENESIS_HASH = "0" * 64


def _at_text(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(
    prev_hash: str,
    *,
    case_uuid: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    field: str,
    old: str,
    new: str,
    reason: str,
) -> str:
    """SHA-256 (hex) of ``prev_hash`` followed by the canonical JSON of the fields."""
    fields = {
        "case_uuid": case_uuid,
        "seq": seq,
        "at": _at_text(at),
        "actor": actor,
        "action": action,
        "field": field,
        "old": old,
        "new": new,
        "reason": reason,
    }
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(fields)).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    """The hash ``entry`` ought to carry, given its own ``prev_hash``."""
    return entry_hash(
        entry.prev_hash,
        case_uuid=entry.case_uuid,
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        field=entry.field,
        old=entry.old,
        new=entry.new,
        reason=entry.reason,
    )


@dataclass(frozen=True)
class VerifyResult:
    """``ok``, or the first sequence number that does not hold and why."""

    ok: bool
    first_broken_seq: int | None = None
    reason: Message | None = None


def verify_chain(entries: Sequence[AuditEntry], expected_head: str | None = None) -> VerifyResult:
    """Check one case's entries, in ``seq`` order.

    ``expected_head`` is the hash the case row remembers as its last entry;
    when given, a chain that ends elsewhere is broken at the seq after its end.
    """
    prev = GENESIS_HASH
    for position, entry in enumerate(entries, start=1):
        if entry.seq != position:
            return VerifyResult(
                False,
                position,
                Message(
                    tr_noop("Entry {seq} is missing or out of order (found {found})."),
                    {"seq": position, "found": entry.seq},
                ),
            )
        if entry.prev_hash != prev:
            return VerifyResult(
                False,
                entry.seq,
                Message(
                    tr_noop("Entry {seq} does not follow the entry before it."),
                    {"seq": entry.seq},
                ),
            )
        if hash_of(entry) != entry.hash:
            return VerifyResult(
                False,
                entry.seq,
                Message(
                    tr_noop("Entry {seq} was changed after it was written."),
                    {"seq": entry.seq},
                ),
            )
        prev = entry.hash
    if expected_head is not None and expected_head != prev:
        return VerifyResult(
            False,
            len(entries) + 1,
            Message(
                tr_noop("The log ends early: entries after {seq} are missing."),
                {"seq": len(entries)},
            ),
        )
    return VerifyResult(True)


def row_to_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        seq=row.seq,
        case_uuid=row.case_uuid,
        at=row.at,
        actor=row.actor,
        action=row.action,
        field=row.field,
        old=row.old,
        new=row.new,
        reason=row.reason,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def load_chain(session: Session, case_uuid: str) -> list[AuditEntry]:
    rows = session.exec(
        select(AuditRow).where(AuditRow.case_uuid == case_uuid).order_by(col(AuditRow.seq))
    ).all()
    return [row_to_entry(r) for r in rows]


class ChainAppender:
    """Appends entries to one case's chain inside the caller's session (or,
    with ``session=None``, only builds the rows for the caller to add)."""

    def __init__(
        self, session: Session | None, case_uuid: str, last_seq: int, last_hash: str
    ) -> None:
        self._session = session
        self.case_uuid = case_uuid
        self.last_seq = last_seq
        self.last_hash = last_hash

    @classmethod
    def for_case(cls, session: Session, case_uuid: str) -> ChainAppender:
        last = session.exec(
            select(AuditRow)
            .where(AuditRow.case_uuid == case_uuid)
            .order_by(col(AuditRow.seq).desc())
            .limit(1)
        ).first()
        if last is None:
            return cls(session, case_uuid, 0, GENESIS_HASH)
        return cls(session, case_uuid, last.seq, last.hash)

    def append(
        self,
        *,
        at: datetime,
        actor: str,
        action: str,
        field: str = "",
        old: str = "",
        new: str = "",
        reason: str = "",
    ) -> AuditRow:
        seq = self.last_seq + 1
        digest = entry_hash(
            self.last_hash,
            case_uuid=self.case_uuid,
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            field=field,
            old=old,
            new=new,
            reason=reason,
        )
        row = AuditRow(
            case_uuid=self.case_uuid,
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            field=field,
            old=old,
            new=new,
            reason=reason,
            prev_hash=self.last_hash,
            hash=digest,
        )
        if self._session is not None:
            self._session.add(row)
        self.last_seq, self.last_hash = seq, digest
        return row


# ----------------------------------------------------------------- case diffs

#: Top-level keys that change on every save and are not themselves edits.
_NOT_EDITS = frozenset({"version", "updated_at"})


def flatten(data: object, prefix: str = "") -> dict[str, object]:
    """Leaf values of a JSON tree by path (``applicant/owner/phone``, ``meters/0/month``).

    Empty lists and objects are leaves of their own, so that emptying a list
    is a change too.
    """
    if isinstance(data, dict):
        if not data and prefix:
            return {prefix: {}}
        out: dict[str, object] = {}
        for key, value in data.items():
            if not prefix and key in _NOT_EDITS:
                continue
            out.update(flatten(value, f"{prefix}/{key}" if prefix else str(key)))
        return out
    if isinstance(data, list):
        if not data:
            return {prefix: []}
        out = {}
        for index, value in enumerate(data):
            out.update(flatten(value, f"{prefix}/{index}"))
        return out
    return {prefix: data}


def leaf_text(value: object) -> str:
    """How a leaf reads in the log: text as is, absent as empty, the rest as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return canonical_json(value).decode("utf-8")


_ABSENT = object()


def changed_leaves(old: dict[str, object], new: dict[str, object]) -> list[tuple[str, str, str]]:
    """``(path, old text, new text)`` for every leaf that differs, in document order."""
    before, after = flatten(old), flatten(new)
    changes: list[tuple[str, str, str]] = []
    for path, value in after.items():
        previous = before.get(path, _ABSENT)
        if previous is _ABSENT or previous != value or type(previous) is not type(value):
            old_text = "" if previous is _ABSENT else leaf_text(previous)
            changes.append((path, old_text, leaf_text(value)))
    for path, value in before.items():
        if path not in after:
            changes.append((path, leaf_text(value), ""))
    return changes
