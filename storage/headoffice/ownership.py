"""Who may send a case to head office, and who the sender is (docs/SECURITY.md,
"Attribution").

* **Identity from the enrolment.** The officer's name, staff number and
  branch are those of the enrolment file head office stored for the signing
  key (``ho_officer_key``), never the envelope's self-declared ``sender``. An
  envelope whose ``sender`` differs from the enrolment is refused: an honest
  workstation writes the same profile into both (its officer is fixed when the
  workspace is created, :func:`storage.headoffice_keys.workstation_enrolment_bytes`),
  so a difference means the key holder is claiming to be someone else.
* **Ownership.** A case belongs to the enrolled key that first sent it
  (``ho_case_meta.sender_fingerprint``). A package of the same case signed by
  another key is refused — whatever its version — unless head office has
  recorded a transfer to that key (:func:`transfer_case`), kept in
  ``ho_case_transfer``. The check runs under the case's advisory lock, so two
  keys racing to send the same new case cannot both own it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select, update
from sqlmodel import Session

from domain.errors import DomainError
from domain.i18n import Message, tr_noop
from domain.ports import Actor
from storage.headoffice.db import HeadOfficeUnitOfWork
from storage.headoffice.officers import EnrolledOfficer, require_officer
from storage.headoffice.tables import case_meta, case_transfer
from storage.package import PackageError


class AttributionRefused(PackageError):
    """A package whose signer may not send this case, or whose envelope names
    another sender than the signer's enrolment."""


class TransferRefused(DomainError):
    """A transfer that cannot be recorded as asked; the message says why."""


def _declared(sender: Any) -> tuple[str, str] | None:
    """(``name (staff_no)``, branch) the envelope claims; None when it claims
    nothing (a package made before the field existed)."""
    if sender is None:
        return None
    if not isinstance(sender, dict) or not all(
        isinstance(sender.get(k, ""), str) for k in ("name", "staff_no", "branch")
    ):
        return ("?", "?")  # malformed: never equal to an enrolment
    name, staff = sender.get("name", ""), sender.get("staff_no", "")
    return (f"{name} ({staff})" if staff else name, sender.get("branch", ""))


def check_declared_sender(envelope: dict[str, Any], officer: EnrolledOfficer) -> None:
    """Refuse an envelope whose ``sender`` is not the signer's enrolment."""
    declared = _declared(envelope.get("sender"))
    if declared is None or declared == (officer.name, officer.branch):
        return
    raise AttributionRefused(
        Message(
            tr_noop(
                "The package says it comes from {declared} (branch {declared_branch}), but it "
                "is signed by the key enrolled for {enrolled} (branch {enrolled_branch}): "
                "not imported. A package's officer and branch are those head office enrolled "
                "for its key."
            ),
            {
                "declared": declared[0],
                "declared_branch": declared[1] or "-",
                "enrolled": officer.name,
                "enrolled_branch": officer.branch or "-",
            },
        )
    )


def case_owner(session: Session, case_uuid: str) -> str | None:
    """The signing fingerprint the case belongs to, or None (not here yet)."""
    owner = session.execute(
        select(case_meta.c.sender_fingerprint).where(case_meta.c.case_uuid == case_uuid)
    ).scalar_one_or_none()
    return None if owner is None else str(owner)


def require_owner(session: Session, case_uuid: str, officer: EnrolledOfficer) -> None:
    """Refuse a package of a case that belongs to another key (run under the
    case's lock, before anything of the package is written)."""
    owner = case_owner(session, case_uuid)
    if owner is None or owner == officer.signing_fingerprint:
        return
    raise AttributionRefused(
        Message(
            tr_noop(
                "Case {case} belongs to key {owner}; this package is signed by key "
                "{fingerprint} ({officer}): not imported. Head office can hand the case "
                "over: main.py headoffice transfer --db URL CASE --to FINGERPRINT --reason TEXT"
            ),
            {
                "case": case_uuid,
                "owner": owner,
                "fingerprint": officer.signing_fingerprint,
                "officer": officer.name,
            },
        )
    )


@dataclass(frozen=True)
class CaseTransfer:
    case_uuid: str
    case_number: str
    from_fingerprint: str
    to_fingerprint: str
    reason: str
    recorded_by: str
    at: datetime


def transfer_case(
    engine: Engine,
    case_id: str,
    to_fingerprint: str,
    reason: str,
    actor: Actor,
    *,
    now: datetime | None = None,
) -> CaseTransfer:
    """Hand case ``case_id`` (UUID or number) to the enrolled key
    ``to_fingerprint``: its packages are taken from now on, the old key's are
    refused, and replies go to the new workstation. The case's origin
    (officer, branch) becomes the new enrolment's; the transfer is recorded in
    ``ho_case_transfer`` in the same transaction.

    Raises KeyError (no such case), ``AmbiguousCaseNumber``,
    :class:`TransferRefused` (no reason, never sent as a package, already that
    key's), ``UnknownOfficerKey`` (the key is not enrolled) or
    ``HeadOfficeDbError``."""
    from storage.case_store import SqlCaseStore

    reason = reason.strip()
    if not reason:
        raise TransferRefused(Message(tr_noop("A transfer needs a reason (--reason).")))
    case = SqlCaseStore(engine).load(case_id)
    target = require_officer(engine, to_fingerprint)
    who = f"{actor.name} ({actor.staff_no})" if actor.staff_no else actor.name
    stamp = now or datetime.now().astimezone()
    with HeadOfficeUnitOfWork(engine, lock_cases=(case.uuid,)) as uow:
        owner = case_owner(uow.session, case.uuid)
        if owner is None:
            raise TransferRefused(
                Message(
                    tr_noop("Case {number} did not come in as a package: it has no owner key."),
                    {"number": case.number},
                )
            )
        if owner == target.signing_fingerprint:
            raise TransferRefused(
                Message(
                    tr_noop("Case {number} belongs to key {fingerprint} already."),
                    {"number": case.number, "fingerprint": owner},
                )
            )
        origin: dict[str, Any] = {
            "sender_fingerprint": target.signing_fingerprint,
            "officer": target.name,
        }
        if target.branch:
            origin["branch"] = target.branch
        uow.session.execute(
            update(case_meta).where(case_meta.c.case_uuid == case.uuid).values(**origin)
        )
        uow.session.execute(
            case_transfer.insert().values(
                case_uuid=case.uuid,
                from_fingerprint=owner,
                to_fingerprint=target.signing_fingerprint,
                reason=reason,
                recorded_by=who,
                at=stamp,
            )
        )
        uow.commit()
    return CaseTransfer(
        case.uuid, case.number, owner, target.signing_fingerprint, reason, who, stamp
    )


def transfers_of(engine: Engine, case_uuid: str) -> list[CaseTransfer]:
    """The recorded transfers of one case, oldest first."""
    from storage.tables import CaseRow

    row = CaseRow.__table__  # type: ignore[attr-defined]
    with HeadOfficeUnitOfWork(engine) as uow:
        rows = uow.session.execute(
            select(
                case_transfer.c.case_uuid,
                row.c.number,
                case_transfer.c.from_fingerprint,
                case_transfer.c.to_fingerprint,
                case_transfer.c.reason,
                case_transfer.c.recorded_by,
                case_transfer.c.at,
            )
            .join(row, row.c.uuid == case_transfer.c.case_uuid)
            .where(case_transfer.c.case_uuid == case_uuid)
            .order_by(case_transfer.c.id)
        ).all()
    return [CaseTransfer(*r) for r in rows]


__all__ = [
    "AttributionRefused",
    "CaseTransfer",
    "TransferRefused",
    "case_owner",
    "check_declared_sender",
    "require_owner",
    "transfer_case",
    "transfers_of",
]
