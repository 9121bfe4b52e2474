"""The workspace's index of identifiers for cross-case matches (DOMAIN.md §5).

``case_identifier`` (revision 0004) holds, per case, the normalised points of
:func:`domain.fraud.matching.index_points` (owner, spouse and guarantor ID
numbers and phones, bank accounts, addresses, the credit code and name, the
payee's credit code, name, account and phone) plus the three parts of its
:func:`domain.fraud.matching.applicant_key` (kinds ``key_uscc``,
``key_owner_id``, ``key_name``). :class:`storage.case_store.SqlCaseStore`
refreshes a case's rows in the same transaction as every create, save and
import, so the index never disagrees with the stored cases.

:func:`matches_for` answers with one indexed query instead of loading the
other cases: a workspace may hold 100,000 of them. The case asked about may
be unsaved (the editor's current state); its own rows are never a match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    select,
    tuple_,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from domain.case import Case
from domain.fraud.matching import (
    ApplicantKey,
    CaseMatch,
    IndexedPoint,
    applicant_key,
    index_points,
    matches_from_index,
)
from domain.serialization import case_from_dict

#: the domain's match, under the name the index's callers use
Match = CaseMatch

__all__ = [
    "CaseMatch",
    "Match",
    "case_identifier",
    "case_of_payload",
    "identifier_rows",
    "matches_for",
    "rebuild",
    "refresh_identifiers",
]
Executor = Session | Connection

VALUE_LENGTH = 300
KEY_KINDS = ("key_uscc", "key_owner_id", "key_name")
_BATCH = 400  # (kind, value) pairs per IN query

metadata = MetaData()

case_identifier = Table(
    "case_identifier",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "case_uuid",
        String(36),
        ForeignKey("case_row.uuid", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("kind", String(20), nullable=False),
    Column("value", String(VALUE_LENGTH), nullable=False),
    Column("path", String(100), nullable=False),
    Index("ix_case_identifier_kind_value", "kind", "value"),
    Index("ix_case_identifier_case", "case_uuid"),
)

# case_row, as far as the index reads it (number and list name of a match)
_case_row = Table(
    "case_row",
    MetaData(),
    Column("uuid", String(36), primary_key=True),
    Column("number", String(40)),
    Column("name", String(200)),
)


def identifier_rows(case: Case) -> list[dict[str, str]]:
    """The rows of ``case`` in ``case_identifier`` (without ids)."""
    rows = [
        {"case_uuid": case.uuid, "kind": k, "value": v[:VALUE_LENGTH], "path": p}
        for k, v, p in index_points(case)
    ]
    for kind, value in zip(KEY_KINDS, applicant_key(case), strict=True):
        if value:
            rows.append(
                {"case_uuid": case.uuid, "kind": kind, "value": value[:VALUE_LENGTH], "path": ""}
            )
    return rows


def refresh_identifiers(session: Executor, cases: Iterable[Case]) -> None:
    """Replace the rows of ``cases`` (inside the caller's transaction)."""
    cases = list(cases)
    if not cases:
        return
    session.execute(
        delete(case_identifier).where(case_identifier.c.case_uuid.in_([c.uuid for c in cases]))
    )
    rows = [r for c in cases for r in identifier_rows(c)]
    if rows:
        session.execute(case_identifier.insert(), rows)


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def matches_for(session: Executor, case: Case) -> list[CaseMatch]:
    """The matches of ``case`` with the other cases of the workspace."""
    wanted = sorted({(k, v[:VALUE_LENGTH]) for k, v, _ in index_points(case)})
    found: list[IndexedPoint] = []
    ci, cr = case_identifier, _case_row
    for chunk in _chunks(wanted, _BATCH):
        result = session.execute(
            select(ci.c.kind, ci.c.value, ci.c.path, ci.c.case_uuid, cr.c.number, cr.c.name)
            .join(cr, cr.c.uuid == ci.c.case_uuid)
            .where(tuple_(ci.c.kind, ci.c.value).in_(list(chunk)), ci.c.case_uuid != case.uuid)
        )
        found += [IndexedPoint(*row) for row in result]
    others = sorted({p.case_uuid for p in found})
    keys: dict[str, list[str]] = {uuid: ["", "", ""] for uuid in others}
    for chunk in _chunks(others, _BATCH):
        key_rows = session.execute(
            select(ci.c.case_uuid, ci.c.kind, ci.c.value).where(
                ci.c.case_uuid.in_(list(chunk)), ci.c.kind.in_(KEY_KINDS)
            )
        )
        for uuid, kind, value in key_rows:
            keys[uuid][KEY_KINDS.index(kind)] = value
    key_tuples: dict[str, ApplicantKey] = {u: (k[0], k[1], k[2]) for u, k in keys.items()}
    return matches_from_index(case, found, key_tuples)


def rebuild(session: Executor, payloads: Iterable[str], parse: Callable[[str], Case]) -> int:
    """Rebuild the whole index from case payloads (migration, repair).

    A payload that does not parse is left out (it cannot match anything the
    rules would see either). Returns how many cases were indexed."""
    session.execute(delete(case_identifier))
    count = 0
    batch: list[Case] = []
    for payload in payloads:
        try:
            batch.append(parse(payload))
        except Exception:  # an old or damaged payload must not stop the upgrade
            continue
        count += 1
        if len(batch) >= 500:
            refresh_identifiers(session, batch)
            batch = []
    refresh_identifiers(session, batch)
    return count


def case_of_payload(payload: str) -> Case:
    import json

    return case_from_dict(json.loads(payload))
