"""Case packages from many officers → head office's PostgreSQL portfolio.

Reuses the workstation's checked import (``storage.import_case``): the same
checks (signature, hashes, schema, audit chain) and identity rules
(CONTRACTS.md: same version → nothing; newer → replaced, history kept;
older → refused). On top of it, in the same transaction:

* the signing key must be enrolled (:mod:`storage.headoffice.officers`), the
  envelope's ``sender`` must be that enrolment, and a case already here must
  belong to that key (:mod:`storage.headoffice.ownership`, checked under the
  case's lock; docs/SECURITY.md "Attribution");
* the case's advisory lock (``pg_advisory_xact_lock``) is taken first, so two
  importers given the same case run one after the other: the second finds
  it stored and reports ``unchanged`` (neither duplicated nor lost);
* the case's origin (branch, officer, key), its identifiers and the matches
  of those identifiers in other officers' or branches' cases are stored.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, String, Text, bindparam, delete, func, literal, or_, select, tuple_
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlmodel import Session

from domain.case import Case
from domain.fraud.matching import business_points, identity_points, payee_points
from domain.ports import Actor
from domain.serialization import case_from_dict
from storage.headoffice.audit_heads import check_signed_head, record_signed_head
from storage.headoffice.db import PortfolioTarget
from storage.headoffice.officers import EnrolledOfficer, require_officer
from storage.headoffice.ownership import check_declared_sender, require_owner
from storage.headoffice.tables import case_meta, identifier, match
from storage.import_case import ImportResult, import_package
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
    now: datetime,
    found: list[int],
) -> None:
    """The case's origin, identifiers and matches: two statements (the
    deletions, the origin and the identifiers ride as data-modifying CTEs on
    the query for the other cases holding the same identifiers; they all see
    the same snapshot, so the deletions never touch the rows inserted beside
    them), then the match rows in one insert."""
    # The enrolment's officer and branch (docs/SECURITY.md, "Attribution"):
    # head office's own record of the key, the same for all of its cases.
    branch = officer.branch or case.branch
    who = officer.name
    origin = {
        "branch": branch,
        "officer": who,
        "sender_fingerprint": officer.signing_fingerprint,
        "imported_at": now,
    }
    upsert = (
        pg_insert(case_meta)
        .values(case_uuid=case.uuid, **origin)
        .on_conflict_do_update(index_elements=["case_uuid"], set_=origin)
    )
    gone_ids = delete(identifier).where(identifier.c.case_uuid == case.uuid).cte("gone_ids")
    gone_matches = delete(match).where(match.c.case_uuid == case.uuid).cte("gone_matches")
    points = case_identifiers(case)
    if not points:
        session.execute(upsert.add_cte(gone_ids, gone_matches))
        found.append(0)
        return
    # The identifiers as three arrays unnested (not a VALUES row per point):
    # the statement's shape no longer depends on their number, so SQLAlchemy
    # compiles it once per process instead of once per package.
    rows_in = (
        func.unnest(
            bindparam("id_kinds", [k for k, _, _ in points], type_=ARRAY(Text)),
            bindparam("id_values", [v for _, v, _ in points], type_=ARRAY(Text)),
            bindparam("id_paths", [p for _, _, p in points], type_=ARRAY(Text)),
        )
        .table_valued("kind", "value", "path")
        .render_derived(name="points")
    )
    new_ids = (
        identifier.insert()
        .from_select(
            ["case_uuid", "kind", "value", "path"],
            select(literal(case.uuid, String), rows_in.c.kind, rows_in.c.value, rows_in.c.path),
        )
        .cte("new_ids")
    )
    # Every identifier's holders in cases of other keys (officers) or branches:
    # the key is what the signature proves, names are only labels.
    others_query = (
        select(identifier.c.kind, identifier.c.value, identifier.c.case_uuid, identifier.c.path)
        .join(case_meta, case_meta.c.case_uuid == identifier.c.case_uuid)
        .where(
            tuple_(identifier.c.kind, identifier.c.value).in_(
                sorted({(k, v) for k, v, _ in points})
            ),
            identifier.c.case_uuid != case.uuid,
            or_(
                case_meta.c.branch != branch,
                case_meta.c.sender_fingerprint != officer.signing_fingerprint,
            ),
        )
        .add_cte(gone_ids, gone_matches, upsert.cte("origin"), new_ids)
    )
    others: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for kind, value, other_uuid, there in session.execute(others_query).all():
        others.setdefault((kind, value), []).append((str(other_uuid), str(there)))
    count = 0
    rows: dict[tuple[str, str, str, str, str], dict[str, object]] = {}
    for kind, value, path in points:
        for other_uuid, there in others.get((kind, value), ()):
            for a, b, here_path, there_path in (
                (case.uuid, other_uuid, path, there),
                (other_uuid, case.uuid, there, path),
            ):
                # one row per uq_ho_match key: a statement may not hit a key twice
                rows.setdefault(
                    (a, b, kind, value, here_path),
                    {
                        "case_uuid": a,
                        "other_uuid": b,
                        "kind": kind,
                        "value": value,
                        "here": here_path,
                        "there": there_path,
                        "found_at": now,
                    },
                )
            count += 1
    if rows:
        session.execute(
            pg_insert(match)
            .values(list(rows.values()))
            .on_conflict_do_nothing(constraint="uq_ho_match")
        )
    found.append(count)


#: What :func:`case_identifiers` and ``_record`` read of a case.
IDENTITY_PARTS = ("uuid", "number", "version", "branch", "applicant", "loan")


def identity_case(data: dict[str, object]) -> Case:
    """The case of ``data`` (case JSON) read only as far as its identifiers
    need: applicant, loan (payee), the business premises. Reading the whole
    case (statements, accounts, meters: ~20 KB) would cost ~15 times more."""
    business = data.get("business")
    premises = business.get("premises") if isinstance(business, dict) else None
    part: dict[str, object] = {k: data[k] for k in IDENTITY_PARTS if k in data}
    if premises is not None:
        part["business"] = {"premises": premises}
    return case_from_dict(part)


def _stored_case(session: Session, case_uuid: str) -> Case:
    """The identity of the case the import has just written in this
    transaction (from its canonical JSON, checked by the import)."""
    from storage.tables import CaseRow

    row = session.get(CaseRow, case_uuid)
    if row is None:  # pragma: no cover - the import wrote it before the hook runs
        raise LookupError(case_uuid)
    return identity_case(json.loads(row.payload))


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

    Raises ``PackageError`` (damaged, altered, not for this key, older version;
    ``AttributionRefused``: another key's case, or a ``sender`` that is not
    the enrolment), :class:`~storage.headoffice.officers.UnknownOfficerKey`
    (signer not enrolled) or :class:`~storage.headoffice.db.HeadOfficeDbError`.
    """
    verified, _ = verify(source, limits=limits)
    officer = require_officer(engine, verified.sender_fingerprint)
    check_declared_sender(verified.envelope, officer)
    # ``import_package`` checks the whole package (decryption, schema, audit
    # chain) once; the signed envelope names the case to lock, and the hook
    # reads the checked case back from the row the import wrote.
    envelope = verified.envelope
    case_uuid = str(envelope.get("case_uuid", ""))
    stamp = now or datetime.now().astimezone()
    found: list[int] = []
    # The chain must continue the last signed head seen (storage/headoffice/audit_heads.py).
    signed_head = check_signed_head(engine, envelope)

    def hook(session: Session) -> None:
        _record(session, _stored_case(session, case_uuid), officer, stamp, found)
        record_signed_head(session, case_uuid, signed_head, officer.signing_fingerprint, stamp)

    def owner_check(session: Session) -> None:
        require_owner(session, case_uuid, officer)

    target = PortfolioTarget(engine, actor, case_uuid, hook, guard=owner_check)
    result = import_package(
        target,  # type: ignore[arg-type]
        source,
        keys.encryption,
        limits=limits,
        now=stamp,
        enrolled_senders={officer.signing_fingerprint},
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
    "identity_case",
    "import_into_portfolio",
    "match_counts",
    "matches_of",
]
