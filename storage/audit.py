"""The change log of each case as a hash chain (DOMAIN.md, data protection;
docs/SECURITY.md, "Audit chain and tamper evidence").

Entry *n* of a case stores ``prev_hash`` (entry *n-1*'s hash; 64 zeros for
the first) and its own ``hash``. Two formats live in one chain:

* **legacy** (written before revision 0009): ``hash = sha256(prev_hash +
  canonical JSON of case_uuid, seq, at, actor, action, field, old, new,
  reason)``;
* **current**: the values ``old``, ``new`` and ``reason`` (which may hold
  personal data) are hashed apart, ``value_digest = sha256(salt + canonical
  JSON of the three)`` with a fresh 16-byte ``salt`` per entry, and ``hash =
  sha256(prev_hash + canonical JSON of case_uuid, seq, at, actor, action,
  field, value_digest, state_hash, "v": 2)``. ``state_hash`` is the SHA-256 of
  the case's stored payload (its canonical JSON) after the save that wrote the
  entry, so an edit of the payload that bypasses the log no longer matches.

Erasure (purge, PIPL art. 47) blanks an entry's values and salt and sets
``erased_at``: the chain still verifies through the kept ``value_digest``.
An erased entry must be covered by a later ``erase`` entry, so values blanked
by hand are reported. ``at`` is ISO 8601 in UTC with microseconds. Changing,
removing or reordering an entry breaks every hash from there on;
``case_row.audit_head`` holds the last hash so that cutting entries off the
end is caught as well, and the state hash catches most of those cuts even
when the head is reset with them.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from domain.i18n import Message, tr_noop
from domain.ports import AuditEntry
from domain.serialization import canonical_json
from storage.audit_diffs import changed_leaves, flatten, leaf_text
from storage.tables import AuditRow

GENESIS_HASH = "0" * 64
#: The entry that records an erasure: ``new`` holds the last erased seq.
ERASE_ACTION = "erase"
ERASE_FIELD = "audit_values"


def _at_text(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def state_hash_of(payload: str) -> str:
    """SHA-256 (hex) of a stored case payload (canonical JSON text)."""
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def new_salt() -> str:
    return secrets.token_hex(16)


def value_digest(salt: str, old: str, new: str, reason: str) -> str:
    """The salted digest the chain hashes in place of an entry's values: with
    the salt destroyed, a short value (a phone number) cannot be guessed from it."""
    values = canonical_json({"old": old, "new": new, "reason": reason})
    return hashlib.sha256(bytes.fromhex(salt) + values).hexdigest()


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
    """The legacy hash: SHA-256 (hex) of ``prev_hash`` followed by the
    canonical JSON of the fields, values included (entries before 0009)."""
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


def entry_hash_v2(
    prev_hash: str,
    *,
    case_uuid: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    field: str,
    digest: str,
    state_hash: str,
) -> str:
    """The current hash: the values enter only through their salted ``digest``."""
    fields = {
        "v": 2,
        "case_uuid": case_uuid,
        "seq": seq,
        "at": _at_text(at),
        "actor": actor,
        "action": action,
        "field": field,
        "values": digest,
        "state": state_hash,
    }
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(fields)).hexdigest()


def is_current(entry: AuditEntry) -> bool:
    """Written in the current format (a value digest), not a legacy entry."""
    return bool(entry.value_digest)


def hash_of(entry: AuditEntry) -> str:
    """The hash ``entry`` ought to carry, given its own ``prev_hash``.

    An erased legacy entry cannot be recomputed (its values went into the
    hash): its stored hash is taken, and only its place in the chain checked."""
    if not is_current(entry):
        if entry.erased_at is not None:
            return entry.hash
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
    digest = entry.value_digest
    if entry.erased_at is None:
        try:
            digest = value_digest(entry.salt, entry.old, entry.new, entry.reason)
        except ValueError:  # a salt that is not hex
            digest = ""
    return entry_hash_v2(
        entry.prev_hash,
        case_uuid=entry.case_uuid,
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        field=entry.field,
        digest=digest,
        state_hash=entry.state_hash,
    )


@dataclass(frozen=True)
class Erasure:
    """Values of ``count`` entries up to ``through`` erased at ``at`` (by ``action``)."""

    through: int
    count: int
    at: datetime


@dataclass(frozen=True)
class VerifyResult:
    """``ok``, or the first sequence number that does not hold and why.

    ``state_checked``: the stored payload was compared with the state the
    last entry committed to (False for a chain that ends in a legacy entry).
    ``erasures``: the recorded erasures of values, oldest first."""

    ok: bool
    first_broken_seq: int | None = None
    reason: Message | None = None
    state_checked: bool = False
    erasures: tuple[Erasure, ...] = ()


def _broken(at_seq: int, text: str, /, **params: object) -> VerifyResult:
    return VerifyResult(False, at_seq, Message(text, params))


def _erase_through(entry: AuditEntry) -> int | None:
    if entry.action != ERASE_ACTION or entry.field != ERASE_FIELD or entry.erased_at is not None:
        return None
    try:
        return int(entry.new)
    except ValueError:
        return None


def verify_chain(
    entries: Sequence[AuditEntry],
    expected_head: str | None = None,
    state_hash: str | None = None,
) -> VerifyResult:
    """Check one case's entries, in ``seq`` order.

    ``expected_head`` is the hash the case row remembers as its last entry;
    when given, a chain that ends elsewhere is broken at the seq after its end.
    ``state_hash`` (:func:`state_hash_of` the stored payload), when given, must
    be the state the last current-format entry committed to.
    """
    prev = GENESIS_HASH
    seen_current = False
    erased: list[AuditEntry] = []
    erasures: list[Erasure] = []
    for position, entry in enumerate(entries, start=1):
        if entry.seq != position:
            return _broken(
                position,
                tr_noop("Entry {seq} is missing or out of order (found {found})."),
                seq=position,
                found=entry.seq,
            )
        if entry.prev_hash != prev:
            return _broken(
                entry.seq,
                tr_noop("Entry {seq} does not follow the entry before it."),
                seq=entry.seq,
            )
        if seen_current and not is_current(entry):
            # Once the chain is in the current format it never goes back.
            return _broken(
                entry.seq, tr_noop("Entry {seq} was changed after it was written."), seq=entry.seq
            )
        seen_current = seen_current or is_current(entry)
        if hash_of(entry) != entry.hash:
            return _broken(
                entry.seq, tr_noop("Entry {seq} was changed after it was written."), seq=entry.seq
            )
        if entry.erased_at is not None:
            erased.append(entry)
        through = _erase_through(entry)
        if through is not None:
            covered = [e for e in erased if e.seq <= through]
            erasures.append(Erasure(through, len(covered), entry.at))
            erased = [e for e in erased if e.seq > through]
        prev = entry.hash
    if erased:
        return _broken(
            erased[0].seq,
            tr_noop("The values of entry {seq} were erased, but no erasure is recorded."),
            seq=erased[0].seq,
        )
    if expected_head is not None and expected_head != prev:
        return _broken(
            len(entries) + 1,
            tr_noop("The log ends early: entries after {seq} are missing."),
            seq=len(entries),
        )
    state_checked = False
    if state_hash is not None and entries and is_current(entries[-1]):
        if entries[-1].state_hash != state_hash:
            return _broken(
                len(entries),
                tr_noop(
                    "The case data differs from what entry {seq} recorded: it was changed "
                    "outside the program, or entries after {seq} were removed."
                ),
                seq=len(entries),
            )
        state_checked = True
    return VerifyResult(True, state_checked=state_checked, erasures=tuple(erasures))


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
        state_hash=row.state_hash,
        value_digest=row.value_digest,
        salt=row.salt,
        erased_at=row.erased_at,
    )


def entry_to_row(e: AuditEntry) -> AuditRow:
    return AuditRow(
        case_uuid=e.case_uuid,
        seq=e.seq,
        at=e.at,
        actor=e.actor,
        action=e.action,
        field=e.field,
        old=e.old,
        new=e.new,
        reason=e.reason,
        prev_hash=e.prev_hash,
        hash=e.hash,
        state_hash=e.state_hash,
        value_digest=e.value_digest,
        salt=e.salt,
        erased_at=e.erased_at,
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
        state: str,
        field: str = "",
        old: str = "",
        new: str = "",
        reason: str = "",
    ) -> AuditRow:
        """One current-format entry; ``state`` is :func:`state_hash_of` the
        payload the case is left with (one hash per save, shared by its entries)."""
        seq = self.last_seq + 1
        salt = new_salt()
        values = value_digest(salt, old, new, reason)
        digest = entry_hash_v2(
            self.last_hash,
            case_uuid=self.case_uuid,
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            field=field,
            digest=values,
            state_hash=state,
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
            state_hash=state,
            value_digest=values,
            salt=salt,
        )
        if self._session is not None:
            self._session.add(row)
        self.last_seq, self.last_hash = seq, digest
        return row


__all__ = [
    "ERASE_ACTION",
    "ERASE_FIELD",
    "GENESIS_HASH",
    "ChainAppender",
    "Erasure",
    "VerifyResult",
    "changed_leaves",
    "flatten",
    "leaf_text",
    "load_chain",
    "verify_chain",
]
