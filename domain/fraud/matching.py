"""Cross-case matches: the same ID, phone, address, bank account or payee in
another applicant's case (issue 5, item 3).

A match is evidence, not a verdict: the rules ``business.shared_identity``
and ``purpose.payee_in_other_case`` turn matches into flags. Cases of the
same applicant (same UUID, or same USCC, or same owner ID and name) are not
"another applicant" and are skipped.

Two ways in: full other cases (``other_cases``, fine for a handful), or
matches found beforehand in the workspace's identifier index
(``storage.matching_index``), which stores :func:`index_points` and
:func:`applicant_key` of every case and answers with :func:`matches_from_index`.
Both give the same matches for the same cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from domain.case import Case
from domain.fraud.figures import norm_text
from domain.i18n import tr_noop

Point = tuple[str, str, str]  # (kind, normalised value, field path)

KIND_LABELS = {
    "id_number": tr_noop("Same ID number"),
    "phone": tr_noop("Same phone"),
    "address": tr_noop("Same address"),
    "bank_account": tr_noop("Same bank account"),
    "uscc": tr_noop("Same credit code"),
    "name": tr_noop("Same name"),
}


@dataclass(frozen=True)
class CaseMatch:
    """One value of this case found in another applicant's case."""

    kind: str  # id_number / phone / address / bank_account / uscc / name
    value: str
    here: str  # field path in this case
    other_uuid: str
    other_number: str
    other_name: str
    there: str  # field path in the other case


def _digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


_NOT_DIGIT = re.compile(r"\D")


def _phone(text: str) -> str:
    d = _digits(text)
    return d[2:] if len(d) == 13 and d.startswith("86") else d


def _point(kind: str, raw: str, path: str) -> Point | None:
    if kind == "phone":
        value = _phone(raw)
        ok = len(value) >= 7
    elif kind == "bank_account":
        value = _digits(raw)
        ok = len(value) >= 8
    else:
        value = norm_text(raw)
        ok = len(value) >= (6 if kind in ("address", "name") else 8)
    return (kind, value, path) if ok else None


def guarantor_points(case: Case) -> list[Point]:
    """The guarantors' ID numbers and phones."""
    items: list[tuple[str, str, str]] = []
    for i, g in enumerate(case.guarantors):
        items += [
            ("id_number", g.id_number, f"/guarantors/{i}/id_number"),
            ("phone", g.phone, f"/guarantors/{i}/phone"),
        ]
    return _collect(items)


def _collect(items: Iterable[tuple[str, str, str]]) -> list[Point]:
    out = [_point(kind, raw, path) for kind, raw, path in items if raw.strip()]
    return [p for p in out if p is not None]


def identity_points(case: Case) -> list[Point]:
    """Who the applicant is and where: owner, spouse, addresses."""
    a = case.applicant
    items = [
        ("id_number", a.owner.id_number, "/applicant/owner/id_number"),
        ("phone", a.owner.phone, "/applicant/owner/phone"),
        ("address", a.owner.address, "/applicant/owner/address"),
        ("bank_account", a.owner.bank_account, "/applicant/owner/bank_account"),
        ("address", a.registered_address, "/applicant/registered_address"),
        ("address", case.business.premises.address, "/business/premises/address"),
    ]
    if a.spouse is not None:
        items += [
            ("id_number", a.spouse.id_number, "/applicant/spouse/id_number"),
            ("phone", a.spouse.phone, "/applicant/spouse/phone"),
            ("bank_account", a.spouse.bank_account, "/applicant/spouse/bank_account"),
        ]
    return _collect(items)


def business_points(case: Case) -> list[Point]:
    a = case.applicant
    return _collect(
        [
            ("uscc", a.uscc, "/applicant/uscc"),
            ("name", a.registered_name, "/applicant/registered_name"),
        ]
    )


def payee_points(case: Case) -> list[Point]:
    p = case.loan.payee
    return _collect(
        [
            ("uscc", p.uscc, "/loan/payee/uscc"),
            ("name", p.name, "/loan/payee/name"),
            ("phone", p.phone, "/loan/payee/phone"),
            ("bank_account", p.bank_account, "/loan/payee/bank_account"),
        ]
    )


def same_applicant(a: Case, b: Case) -> bool:
    if a.uuid == b.uuid:
        return True
    if a.applicant.uscc and a.applicant.uscc.strip() == b.applicant.uscc.strip():
        return True
    return bool(
        a.applicant.owner.id_number
        and a.applicant.owner.id_number == b.applicant.owner.id_number
        and norm_text(a.applicant.registered_name) == norm_text(b.applicant.registered_name)
    )


def _match(mine: list[Point], theirs: list[Point], other: Case) -> list[CaseMatch]:
    index: dict[tuple[str, str], str] = {}
    for kind, value, path in theirs:
        index.setdefault((kind, value), path)
    out: list[CaseMatch] = []
    for kind, value, path in mine:
        there = index.get((kind, value))
        if there is not None:
            out.append(
                CaseMatch(kind, value, path, other.uuid, other.number, other.display_name, there)
            )
    return out


def identity_matches(
    case: Case, other_cases: Sequence[Case], precomputed: Sequence[CaseMatch] | None = None
) -> list[CaseMatch]:
    """The applicant's ID, phone, addresses or account in another applicant's case.

    With ``precomputed`` (from the index), its identity matches instead."""
    if precomputed is not None:
        return [m for m in precomputed if role_of(m.here) == "identity"]
    mine = identity_points(case)
    out: list[CaseMatch] = []
    for other in other_cases:
        if not same_applicant(case, other):
            out += _match(mine, identity_points(other), other)
    return out


def payee_matches(
    case: Case, other_cases: Sequence[Case], precomputed: Sequence[CaseMatch] | None = None
) -> list[CaseMatch]:
    """The designated payee found as the applicant, owner or payee of another case.

    With ``precomputed`` (from the index), its payee matches instead."""
    if precomputed is not None:
        return [m for m in precomputed if role_of(m.here) == "payee"]
    mine = payee_points(case)
    out: list[CaseMatch] = []
    for other in other_cases:
        if same_applicant(case, other):
            continue
        theirs = identity_points(other) + business_points(other) + payee_points(other)
        out += _match(mine, theirs, other)
    return out


# ------------------------------------------------------------------ the index

_IDENTITY_PATHS = frozenset(
    {
        "/applicant/owner/id_number",
        "/applicant/owner/phone",
        "/applicant/owner/address",
        "/applicant/owner/bank_account",
        "/applicant/registered_address",
        "/business/premises/address",
        "/applicant/spouse/id_number",
        "/applicant/spouse/phone",
        "/applicant/spouse/bank_account",
    }
)
_BUSINESS_PATHS = frozenset({"/applicant/uscc", "/applicant/registered_name"})

#: which of my roles may match which roles of another case
_MATCHES_ROLES = {
    "identity": frozenset({"identity"}),
    "payee": frozenset({"identity", "business", "payee"}),
    "guarantor": frozenset({"identity", "guarantor"}),
}

ApplicantKey = tuple[str, str, str]  # (USCC, owner ID number, normalised registered name)


def role_of(path: str) -> str:
    """``identity`` / ``business`` / ``payee`` / ``guarantor`` of a point's path."""
    if path in _IDENTITY_PATHS:
        return "identity"
    if path in _BUSINESS_PATHS:
        return "business"
    if path.startswith("/loan/payee/"):
        return "payee"
    if path.startswith("/guarantors/"):
        return "guarantor"
    return ""


def index_points(case: Case) -> list[Point]:
    """Every point of a case the index stores, without repeats."""
    seen: set[Point] = set()
    out: list[Point] = []
    for p in (
        identity_points(case) + business_points(case) + payee_points(case) + guarantor_points(case)
    ):
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def applicant_key(case: Case) -> ApplicantKey:
    """What :func:`same_applicant` compares, kept in the index beside the points."""
    a = case.applicant
    return (a.uscc.strip(), a.owner.id_number, norm_text(a.registered_name))


def same_applicant_key(a_uuid: str, a: ApplicantKey, b_uuid: str, b: ApplicantKey) -> bool:
    """:func:`same_applicant` on index keys."""
    if a_uuid == b_uuid:
        return True
    if a[0] and a[0] == b[0]:
        return True
    return bool(a[1] and a[1] == b[1] and a[2] == b[2])


@dataclass(frozen=True)
class IndexedPoint:
    """A row of the index: a point of another case, with that case's list data."""

    kind: str
    value: str
    path: str
    case_uuid: str
    case_number: str
    case_name: str


def matches_from_index(
    case: Case, found: Iterable[IndexedPoint], keys: dict[str, ApplicantKey]
) -> list[CaseMatch]:
    """The matches of ``case`` among index rows sharing one of its (kind, value).

    ``keys`` maps each other case's UUID to its :func:`applicant_key`; cases
    of the same applicant are skipped. Identity points match identity points,
    the payee matches another case's identity, business or payee, a guarantor
    matches another case's identity or guarantors (as :func:`identity_matches`
    and :func:`payee_matches` do on whole cases).
    """
    mine = applicant_key(case)
    by_value: dict[tuple[str, str], list[IndexedPoint]] = {}
    for row in found:
        if row.case_uuid == case.uuid:
            continue
        key = keys.get(row.case_uuid)
        if key is not None and same_applicant_key(case.uuid, mine, row.case_uuid, key):
            continue
        by_value.setdefault((row.kind, row.value), []).append(row)
    out: list[CaseMatch] = []
    seen: set[tuple[str, str, str]] = set()  # one match per (my path, other case, kind)
    for kind, value, here in index_points(case):
        allowed = _MATCHES_ROLES.get(role_of(here), frozenset())
        rows = sorted(by_value.get((kind, value), []), key=lambda r: (r.case_number, r.path))
        for row in rows:
            if role_of(row.path) not in allowed or (here, row.case_uuid, kind) in seen:
                continue
            seen.add((here, row.case_uuid, kind))
            out.append(
                CaseMatch(
                    kind, value, here, row.case_uuid, row.case_number, row.case_name, row.path
                )
            )
    return out
