"""Head office's memory of each case's audit chain: the last signed head it
accepted (``ho_audit_head``, revision 0009; docs/SECURITY.md, "Audit chain
and tamper evidence").

Every case package carries its chain's head signed by the workstation
(:mod:`storage.audit_anchor`). Head office keeps the last one it accepted per
case, and refuses a later package of the case when

* its chain is shorter than the one seen (**rewound**: entries deleted and
  the head reset),
* it has as many entries but another head (**rewritten**), or
* it is longer but no longer holds the seen head at the seen place,
* or it carries no signed head at all after one was seen.

An older case version arriving late is left to the import, which refuses
it as older. The check runs before the package is opened (:func:`check_signed_head`, on
the signed envelope alone) and again under the case's lock in the importing
transaction (:func:`record_signed_head`), which then stores the new head with
its signature: evidence, in the workstation's own signature, of what it sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    select,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlmodel import Session

from domain.i18n import Message, tr_noop
from storage import ecies
from storage.audit_anchor import SignedHead, SignedHeadError, read_signed_head
from storage.headoffice.db import HeadOfficeUnitOfWork
from storage.headoffice.tables import metadata
from storage.package import PackageError
from storage.tables import AuditRow, CaseRow, UTCDateTime

audit_head = Table(
    "ho_audit_head",
    metadata,
    Column("case_uuid", String(36), ForeignKey("case_row.uuid"), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("head", String(64), nullable=False),
    Column("state", String(64), nullable=False),
    Column("signature", Text, nullable=False),
    Column("sender_fingerprint", String(64), nullable=False),
    Column("seen_at", UTCDateTime(), nullable=False),
)


class ChainRewound(PackageError):
    """The package's change log does not continue the one head office saw last."""


def _rewound(case_uuid: str, seq: int, head: str, text: str) -> ChainRewound:
    return ChainRewound(Message(text, {"case": case_uuid, "seq": seq, "head": head[:16]}))


def _compare(case_uuid: str, last: Any, signed: SignedHead | None) -> None:
    """Refuse ``signed`` when it does not continue ``last`` (a stored row)."""
    if last is None:
        return
    seq, head = int(last.seq), str(last.head)
    if signed is None:
        raise _rewound(
            case_uuid,
            seq,
            head,
            tr_noop(
                "Case {case}: head office has seen its change log signed up to entry {seq}, "
                "but this package carries no signed head: not imported."
            ),
        )
    if signed.seq < seq:
        raise _rewound(
            case_uuid,
            seq,
            head,
            tr_noop(
                "Case {case}: the change log was rewound: head office has seen it up to entry "
                "{seq} (head {head}…), this package ends earlier: not imported."
            ),
        )
    if signed.seq == seq and signed.head != head:
        raise _rewound(
            case_uuid,
            seq,
            head,
            tr_noop(
                "Case {case}: the change log was rewritten: entry {seq} is not the one head "
                "office saw (head {head}…): not imported."
            ),
        )


def check_signed_head(engine: Engine, envelope: Mapping[str, Any]) -> SignedHead | None:
    """Before importing: the envelope's signed head (checked with the sender's
    key, which the envelope's own verified signature covers) against the last
    one head office accepted for the case. Raises :class:`ChainRewound` or
    ``PackageError``; returns the signed head (None for an older package)."""
    case_uuid = str(envelope.get("case_uuid", ""))
    try:
        signed = read_signed_head(envelope, ecies.unb64(envelope.get("sender_public_key")))
    except SignedHeadError as exc:
        raise PackageError(exc.message) from exc
    except ValueError as exc:
        raise PackageError(
            Message(tr_noop("The signed head of the change log is not valid."))
        ) from exc
    if signed is not None and signed.case_uuid != case_uuid:
        raise PackageError(Message(tr_noop("The signed head names another case.")))
    # A unit of work, so that an outage leaves as HeadOfficeDbError (exit 3).
    with HeadOfficeUnitOfWork(engine) as uow:
        session = uow.session
        last = session.execute(
            select(audit_head).where(audit_head.c.case_uuid == case_uuid)
        ).first()
        held = session.execute(
            select(CaseRow.version).where(CaseRow.uuid == case_uuid)  # type: ignore[call-overload]
        ).scalar()
    version = envelope.get("case_version")
    if isinstance(held, int) and isinstance(version, int) and version < held:
        return signed  # an older version arriving late: the import refuses it as such
    _compare(case_uuid, last, signed)
    return signed


def record_signed_head(
    session: Session,
    case_uuid: str,
    signed: SignedHead | None,
    sender_fingerprint: str,
    now: datetime,
) -> None:
    """Inside the importing transaction (the case's lock held): compare again,
    check that the chain now stored still holds the head seen last at its
    place, and keep ``signed`` as the case's last seen head."""
    last = session.execute(
        select(audit_head).where(audit_head.c.case_uuid == case_uuid).with_for_update()
    ).first()
    _compare(case_uuid, last, signed)
    if last is not None and int(last.seq) > 0:
        stored = session.execute(
            select(AuditRow.hash).where(  # type: ignore[call-overload]
                AuditRow.case_uuid == case_uuid, AuditRow.seq == int(last.seq)
            )
        ).scalar()
        if stored != last.head:
            raise _rewound(
                case_uuid,
                int(last.seq),
                str(last.head),
                tr_noop(
                    "Case {case}: the change log no longer holds entry {seq} as head office "
                    "saw it (head {head}…): not imported."
                ),
            )
    if signed is None:
        return
    values = {
        "seq": signed.seq,
        "head": signed.head,
        "state": signed.state,
        "signature": signed.signature,
        "sender_fingerprint": sender_fingerprint,
        "seen_at": now,
    }
    session.execute(
        pg_insert(audit_head)
        .values(case_uuid=case_uuid, **values)
        .on_conflict_do_update(index_elements=["case_uuid"], set_=values)
    )


def last_signed_head(engine: Engine, case_uuid: str) -> SignedHead | None:
    """The last head head office accepted for the case (None: never seen one)."""
    with HeadOfficeUnitOfWork(engine) as uow:
        row = uow.session.execute(
            select(audit_head).where(audit_head.c.case_uuid == case_uuid)
        ).first()
    if row is None:
        return None
    return SignedHead(case_uuid, int(row.seq), str(row.head), str(row.state), str(row.signature))


__all__ = [
    "ChainRewound",
    "audit_head",
    "check_signed_head",
    "last_signed_head",
    "record_signed_head",
]
