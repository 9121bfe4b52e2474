"""Mapping a case to its ``case_row`` (list columns, search text, payload), and
the errors and helpers the case store's modules share."""

from __future__ import annotations

from decimal import Decimal

from domain.case import Case
from domain.collation import sort_key
from domain.enums import CaseStatus
from domain.errors import WorkspaceError
from domain.money import to_money
from domain.ports import Actor
from domain.serialization import canonical_json, case_to_dict
from storage.tables import CaseRow


class CaseConflict(WorkspaceError):
    """The case was saved elsewhere since it was loaded (its version moved on)."""


def actor_text(actor: Actor) -> str:
    return f"{actor.name} ({actor.staff_no})" if actor.staff_no else actor.name


def search_text(case: Case) -> str:
    """What the case list's text filter matches: number, names, industry, lower-cased."""
    parts = [
        case.number,
        case.applicant.registered_name,
        case.applicant.owner.name,
        case.business.industry,
    ]
    return " ".join(p for p in parts if p).lower()


def amount_to_fen(amount: Decimal | None) -> int | None:
    return None if amount is None else int(to_money(amount) * 100)


def case_row_for(case: Case, progress: int, red: int, amber: int) -> CaseRow:
    """The ``case_row`` of ``case`` (payload, list columns, search text)."""
    assert case.updated_at is not None
    # An imported case may not say when it was created: the row then
    # counts from when it arrived (save() never rewrites created_at).
    created_at = case.created_at or case.updated_at
    return CaseRow(
        uuid=case.uuid,
        number=case.number,
        version=case.version,
        status=str(case.status),
        name=case.display_name,
        sort_name=sort_key(case.display_name),
        industry=case.business.industry,
        amount_fen=amount_to_fen(case.loan.amount),
        progress=progress,
        red=red,
        amber=amber,
        created_at=created_at,
        updated_at=case.updated_at,
        archived=case.status == CaseStatus.ARCHIVED,
        search=search_text(case),
        payload=canonical_json(case_to_dict(case)).decode("utf-8"),
    )
