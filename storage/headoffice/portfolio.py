"""Case packages from many officers → head office's PostgreSQL portfolio.

Reuses the workstation's checked import (``storage.import_case``): the same
checks (signature, hashes, schema, audit chain) and identity rules
(CONTRACTS.md: same version → nothing; newer → replaced, history kept;
older → refused). On top of it, in the same transaction:

* the signing key must be enrolled (:mod:`storage.headoffice.officers`);
* the case's advisory lock (``pg_advisory_xact_lock``) is taken first, so two
  importers given the same case run one after the other: the second finds
  it stored and reports ``unchanged`` (neither duplicated nor lost);
* the case's origin (branch, officer, key), its identifiers and the matches
  of those identifiers in other officers' or branches' cases are stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, delete, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlmodel import Session

from domain.case import Case
from domain.fraud.matching import business_points, identity_points, payee_points
from domain.ports import Actor
from storage.headoffice.db import PortfolioTarget
from storage.headoffice.officers import EnrolledOfficer, require_officer
from storage.headoffice.tables import case_meta, identifier, match
from storage.import_case import ImportResult, check_package, import_package
from storage.keys import KeyPairs
from storage.package import DEFAULT_LIMITS, Limits, verify

#: Identifier kinds compared across the portfolio (a shared name alone is weak).
MATCH_KINDS = ("id_number", "phone", "bank_account", "address", "uscc", "name")


@dataclass(frozen=True)
class PortfolioImport:
    result: ImportResult
    officer: EnrolledOfficer
    matches: int  # matches with other officers' or branches' cases found now


def case_identifiers(case: Case) -> list[tuple[str, str, str]]:
    """(kind, normalised value, field path) of the applicant, business and payee."""
    points = identity_points(case) + business_points(case) + payee_points(case)
    seen: set[tuple[str, str, str]] = set()
    out = []
    for p in points:
        if p[0] in MATCH_KINDS and p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _record(
    session: Session,
    case: Case,
    officer: EnrolledOfficer,
    sender_name: str,
    now: datetime,
    found: list[int],
) -> None:
    # The enrolment's branch code: signed, and the same for all of an officer's cases.
    branch = officer.branch or case.branch
    who = sender_name or officer.name
    meta = pg_insert(case_meta).values(
        case_uuid=case.uuid,
        branch=branch,
        officer=who,
        sender_fingerprint=officer.signing_fingerprint,
        imported_at=now,
    )
    session.execute(
        meta.on_conflict_do_update(
            index_elements=["case_uuid"],
            set_={
                "branch": branch,
                "officer": who,
                "sender_fingerprint": officer.signing_fingerprint,
                "imported_at": now,
            },
        )
    )
    session.execute(delete(identifier).where(identifier.c.case_uuid == case.uuid))
    session.execute(delete(match).where(match.c.case_uuid == case.uuid))
    points = case_identifiers(case)
    if points:
        session.execute(
            identifier.insert(),
            [{"case_uuid": case.uuid, "kind": k, "value": v, "path": p} for k, v, p in points],
        )
    count = 0
    for kind, value, path in points:
        others = session.execute(
            select(identifier.c.case_uuid, identifier.c.path)
            .join(case_meta, case_meta.c.case_uuid == identifier.c.case_uuid)
            .where(
                identifier.c.kind == kind,
                identifier.c.value == value,
                identifier.c.case_uuid != case.uuid,
                or_(case_meta.c.branch != branch, case_meta.c.officer != who),
            )
        ).all()
        for other_uuid, there in others:
            for a, b, here_path, there_path in (
                (case.uuid, other_uuid, path, there),
                (other_uuid, case.uuid, there, path),
            ):
                stmt = pg_insert(match).values(
                    case_uuid=a,
                    other_uuid=b,
                    kind=kind,
                    value=value,
                    here=here_path,
                    there=there_path,
                    found_at=now,
                )
                session.execute(stmt.on_conflict_do_nothing(constraint="uq_ho_match"))
            count += 1
    found.append(count)


def import_into_portfolio(
    engine: Engine,
    source: Path | bytes,
    keys: KeyPairs,
    actor: Actor,
    *,
    limits: Limits = DEFAULT_LIMITS,
    now: datetime | None = None,
) -> PortfolioImport:
    """Check one package and take it into the portfolio in one transaction.

    Raises ``PackageError`` (damaged, altered, not for this key, older version),
    :class:`~storage.headoffice.officers.UnknownOfficerKey` (signer not
    enrolled) or :class:`~storage.headoffice.db.HeadOfficeDbError`.
    """
    verified, _ = verify(source, limits=limits)
    officer = require_officer(engine, verified.sender_fingerprint)
    checked = check_package(source, keys.encryption, limits=limits)
    stamp = now or datetime.now().astimezone()
    sender = checked.envelope.get("sender")
    sender_name = ""
    if isinstance(sender, dict):
        name, staff = str(sender.get("name", "")), str(sender.get("staff_no", ""))
        sender_name = f"{name} ({staff})" if staff else name
    found: list[int] = []

    def hook(session: Session) -> None:
        _record(session, checked.case, officer, sender_name, stamp, found)

    target = PortfolioTarget(engine, actor, checked.case.uuid, hook)
    result = import_package(
        target,  # type: ignore[arg-type]
        source,
        keys.encryption,
        limits=limits,
        now=stamp,
        numbers_unique=False,
    )
    return PortfolioImport(result, officer, sum(found))


@dataclass(frozen=True)
class StoredMatch:
    case_uuid: str
    other_uuid: str
    other_number: str
    other_branch: str
    other_officer: str
    kind: str
    value: str
    here: str
    there: str


def matches_of(engine: Engine, case_uuid: str) -> list[StoredMatch]:
    """The stored matches of one case, with the other case's number and origin."""
    from storage.tables import CaseRow

    other = CaseRow.__table__  # type: ignore[attr-defined]
    with Session(engine) as session:
        rows = session.execute(
            select(
                match.c.case_uuid,
                match.c.other_uuid,
                other.c.number,
                case_meta.c.branch,
                case_meta.c.officer,
                match.c.kind,
                match.c.value,
                match.c.here,
                match.c.there,
            )
            .join(other, other.c.uuid == match.c.other_uuid)
            .join(case_meta, case_meta.c.case_uuid == match.c.other_uuid)
            .where(match.c.case_uuid == case_uuid)
            .order_by(match.c.kind, other.c.number)
        ).all()
    return [StoredMatch(*(str(v) for v in r)) for r in rows]


def match_counts(engine: Engine, case_uuids: Sequence[str] = ()) -> dict[str, int]:
    """Number of matches per case (all cases when ``case_uuids`` is empty)."""
    from sqlalchemy import func

    query = select(match.c.case_uuid, func.count()).group_by(match.c.case_uuid)
    if case_uuids:
        query = query.where(match.c.case_uuid.in_(list(case_uuids)))
    with Session(engine) as session:
        return {str(u): int(n) for u, n in session.execute(query).all()}


__all__ = [
    "MATCH_KINDS",
    "PortfolioImport",
    "StoredMatch",
    "case_identifiers",
    "import_into_portfolio",
    "match_counts",
    "matches_of",
]
