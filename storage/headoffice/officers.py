"""Enrolled workstation keys at head office (``headoffice keys add``).

A package is taken in only when the key that signed it is enrolled here; a
reply is encrypted for the X25519 key of the workstation that sent the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from domain.errors import DomainError
from domain.i18n import Message, tr_noop
from storage.headoffice.db import HeadOfficeUnitOfWork
from storage.headoffice.tables import officer_key
from storage.keys import Enrolment, parse_enrolment


class UnknownOfficerKey(DomainError):
    """A package or reply signed by a key head office has not enrolled."""


@dataclass(frozen=True)
class EnrolledOfficer:
    signing_fingerprint: str
    name: str
    branch: str
    enrolment: Enrolment


def enrol_officer(engine: Engine, data: bytes, *, now: datetime | None = None) -> EnrolledOfficer:
    """Store a workstation's enrolment file (its bytes); the same one again
    changes nothing. Raises ``KeyFileError`` for a damaged or edited file and
    :class:`UnknownOfficerKey` for a head-office enrolment."""
    enrolment = parse_enrolment(data, "enrolment")
    if enrolment.role != "workstation":
        raise UnknownOfficerKey(
            Message(
                tr_noop("This enrolment file belongs to a {role}, not to a workstation."),
                {"role": enrolment.role},
            )
        )
    stamp = now or datetime.now().astimezone()
    with HeadOfficeUnitOfWork(engine) as uow:
        stmt = pg_insert(officer_key).values(
            signing_fingerprint=enrolment.signing_fingerprint,
            encryption_fingerprint=enrolment.encryption_fingerprint,
            name=enrolment.name,
            branch=enrolment.branch,
            enrolment=data.decode("utf-8"),
            enrolled_at=stamp,
        )
        uow.session.execute(stmt.on_conflict_do_nothing(index_elements=["signing_fingerprint"]))
        uow.commit()
    return EnrolledOfficer(
        enrolment.signing_fingerprint, enrolment.name, enrolment.branch, enrolment
    )


def _row_to_officer(row: object) -> EnrolledOfficer:
    enrolment = parse_enrolment(str(row.enrolment).encode("utf-8"), "stored enrolment")  # type: ignore[attr-defined]
    return EnrolledOfficer(
        enrolment.signing_fingerprint, enrolment.name, enrolment.branch, enrolment
    )


def officers(engine: Engine) -> list[EnrolledOfficer]:
    with HeadOfficeUnitOfWork(engine) as uow:
        rows = uow.session.execute(select(officer_key).order_by(officer_key.c.branch)).all()
    return [_row_to_officer(r) for r in rows]


def find_officer(engine: Engine, signing_fingerprint: str) -> EnrolledOfficer | None:
    with HeadOfficeUnitOfWork(engine) as uow:
        row = uow.session.execute(
            select(officer_key).where(officer_key.c.signing_fingerprint == signing_fingerprint)
        ).first()
    return None if row is None else _row_to_officer(row)


def require_officer(engine: Engine, signing_fingerprint: str) -> EnrolledOfficer:
    found = find_officer(engine, signing_fingerprint)
    if found is None:
        raise UnknownOfficerKey(
            Message(
                tr_noop(
                    "The package is signed by key {fingerprint}, which head office has not "
                    "enrolled: not imported. Enrol the workstation first: main.py headoffice "
                    "keys add --db URL ENROLMENT_FILE"
                ),
                {"fingerprint": signing_fingerprint},
            )
        )
    return found


def remove_officer(engine: Engine, signing_fingerprint: str) -> bool:
    with HeadOfficeUnitOfWork(engine) as uow:
        result = uow.session.execute(
            delete(officer_key).where(officer_key.c.signing_fingerprint == signing_fingerprint)
        )
        uow.commit()
    return bool(getattr(result, "rowcount", 0))
