"""Taking in a case from elsewhere (CONTRACTS.md, "Case identity"): created,
unchanged, or replaced with its history kept; older versions refused."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlmodel import col, select

from domain.case import Case
from domain.i18n import Message, tr_noop
from domain.ports import Actor
from domain.serialization import case_to_dict
from storage.audit import ChainAppender, changed_leaves, state_hash_of
from storage.case_rows import CaseConflict, actor_text, case_row_for
from storage.db import UnitOfWork
from storage.tables import CaseRow


@dataclass(frozen=True)
class ImportResult:
    """What :meth:`SqlCaseStore.import_case` did: ``created``, ``unchanged`` or
    ``replaced``; the version now stored; the field paths that changed."""

    outcome: str
    version: int
    changes: list[str]


def import_into(
    uow: UnitOfWork, case: Case, actor: Actor, reason: str, now: datetime
) -> ImportResult:
    """Take in a case that comes from elsewhere, as CONTRACTS.md "Case identity" says.

    Absent → stored with its own number and version. Same version →
    nothing happens (``unchanged``); if the content differs nevertheless,
    :class:`CaseConflict` (two different cases cannot share a version).
    Newer → replaces the stored case, one ``import`` audit entry per changed
    field, history kept. Older → :class:`CaseConflict`. A case number used
    by another case → :class:`CaseConflict`. ``case`` is not modified.
    Runs inside the caller's unit of work and commits it.
    """
    if case.version < 1 or not case.number:
        raise CaseConflict(
            Message(tr_noop("An imported case needs a case number and a version.")), "version"
        )
    who = actor_text(actor)
    row = uow.session.get(CaseRow, case.uuid)
    clash = uow.session.exec(
        select(CaseRow.uuid).where(CaseRow.number == case.number, col(CaseRow.uuid) != case.uuid)
    ).first()
    if clash is not None:
        raise CaseConflict(
            Message(
                tr_noop("Case number {number} already belongs to another case."),
                {"number": case.number},
            ),
            "number",
        )
    stored = replace(case, updated_at=case.updated_at or now)
    if row is None:
        fresh = case_row_for(stored, 0, 0, 0)
        uow.session.add(fresh)
        uow.session.flush()
        chain = ChainAppender.for_case(uow.session, case.uuid)
        chain.append(
            at=now,
            actor=who,
            action="import",
            state=state_hash_of(fresh.payload),
            new=f"{case.number} v{case.version}",
            reason=reason,
        )
        fresh.audit_head = chain.last_hash
        uow.session.add(fresh)
        uow.commit()
        return ImportResult("created", case.version, [])
    changes = changed_leaves(json.loads(row.payload), case_to_dict(case))
    if case.version == row.version:
        if changes:
            raise CaseConflict(
                Message(
                    tr_noop(
                        "Case {number} version {version} differs from the stored "
                        "copy of the same version; it was not imported."
                    ),
                    {"number": row.number, "version": row.version},
                ),
                "version",
            )
        return ImportResult("unchanged", row.version, [])
    if case.version < row.version:
        raise CaseConflict(
            Message(
                tr_noop(
                    "Case {number} version {version} is older than the stored "
                    "version {stored}; it was not imported."
                ),
                {"number": row.number, "version": case.version, "stored": row.version},
            ),
            "version",
        )
    fresh = case_row_for(stored, row.progress, row.red, row.amber)
    for attr in ("number", "version", "status", "name", "sort_name", "industry", "amount_fen"):
        setattr(row, attr, getattr(fresh, attr))
    row.updated_at, row.archived = fresh.updated_at, fresh.archived
    row.search, row.payload = fresh.search, fresh.payload
    chain = ChainAppender.for_case(uow.session, case.uuid)
    state = state_hash_of(row.payload)
    for path, old, new in changes:
        chain.append(
            at=now,
            actor=who,
            action="import",
            state=state,
            field=path,
            old=old,
            new=new,
            reason=reason,
        )
    row.audit_head = chain.last_hash
    uow.session.add(row)
    uow.commit()
    return ImportResult("replaced", case.version, [c[0] for c in changes])
