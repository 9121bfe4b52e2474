"""Cross-case matches: the same ID, phone, address, bank account or payee in
another applicant's case (issue 5, item 3).

A match is evidence, not a verdict: the rules ``business.shared_identity``
and ``purpose.payee_in_other_case`` turn matches into flags. Cases of the
same applicant (same UUID, or same USCC, or same owner ID and name) are not
"another applicant" and are skipped.
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
    return re.sub(r"\D", "", text)


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


def identity_matches(case: Case, other_cases: Sequence[Case]) -> list[CaseMatch]:
    """The applicant's ID, phone, addresses or account in another applicant's case."""
    mine = identity_points(case)
    out: list[CaseMatch] = []
    for other in other_cases:
        if not same_applicant(case, other):
            out += _match(mine, identity_points(other), other)
    return out


def payee_matches(case: Case, other_cases: Sequence[Case]) -> list[CaseMatch]:
    """The designated payee found as the applicant, owner or payee of another case."""
    mine = payee_points(case)
    out: list[CaseMatch] = []
    for other in other_cases:
        if same_applicant(case, other):
            continue
        theirs = identity_points(other) + business_points(other) + payee_points(other)
        out += _match(mine, theirs, other)
    return out
