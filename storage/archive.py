"""No silent deletion: cases are archived, and purged only explicitly.

Archiving moves the case to ``archived`` (:func:`domain.lifecycle.archive`)
and saves it through the case store, so the change is an audited edit; a case
never exported (to head office) needs a reason. Purging is a separate,
explicit act for archived cases older than the retention period
(``resources/retention.toml``, or the workspace setting ``retention_days``):
it removes the case's payload and attachments, keeps a
stub (UUID, number, branch, status), erases the values of the case's audit
entries (``storage.audit_erasure``: the chain keeps verifying) and appends a
``purge`` tombstone to the case's audit chain, so ``audit verify`` still
holds and shows what was erased and when.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, delete, select

from domain import lifecycle
from domain.audit_reasons import (
    ARCHIVED_AFTER_EXPORT,
    PURGED_BY_RETENTION,
    PURGED_PAYLOAD,
    audit_text,
)
from domain.case import Case
from domain.enums import CaseStatus
from domain.errors import WorkspaceError
from domain.i18n import Message, tr_noop
from domain.ports import Actor, SaveResult
from storage.audit import ChainAppender, state_hash_of
from storage.audit_erasure import erase_audit_values
from storage.case_rows import actor_text, case_row_for
from storage.retention import load_retention_policy
from storage.tables import AccessRow, AttachmentRow, AuditRow, CaseRow
from storage.workspace import Workspace

RETENTION_SETTING = "retention_days"
PURGE_ACTION = "purge"

log = logging.getLogger("fcw.storage.archive")


class ArchiveRefused(WorkspaceError):
    """Archiving or purging was refused; nothing was changed."""


def retention_days(workspace: Workspace) -> int:
    """The workspace's retention period in days (its setting, else the shipped one)."""
    value = workspace.get_setting(RETENTION_SETTING)
    return int(value) if value else load_retention_policy().retention_days


def was_exported(workspace: Workspace, case_uuid: str) -> bool:
    """True when the case's status was ever ``exported`` or its access log holds
    an export."""
    with workspace.unit_of_work() as uow:
        status_entry = uow.session.exec(
            select(AuditRow.id).where(
                AuditRow.case_uuid == case_uuid,
                AuditRow.field == "status",
                AuditRow.new == str(CaseStatus.EXPORTED),
            )
        ).first()
        access = uow.session.exec(
            select(AccessRow.id).where(
                AccessRow.case_uuid == case_uuid, AccessRow.action == "export"
            )
        ).first()
    return status_entry is not None or access is not None


def archive_case(workspace: Workspace, case_id: str, actor: Actor, reason: str = "") -> SaveResult:
    """Archive the case (UUID or number; KeyError when absent). A case never
    exported needs a ``reason``; it is written into the audit entry."""
    case = workspace.store.load(case_id)
    if case.status == CaseStatus.ARCHIVED:
        raise ArchiveRefused(
            Message(tr_noop("Case {number} is already archived."), {"number": case.number})
        )
    if (
        not reason.strip()
        and case.status != CaseStatus.EXPORTED
        and not was_exported(workspace, case.uuid)
    ):
        raise ArchiveRefused(
            Message(
                tr_noop(
                    "Case {number} was never exported to head office; give a reason to archive it."
                ),
                {"number": case.number},
            )
        )
    change = lifecycle.archive(case, reason.strip() or audit_text(ARCHIVED_AFTER_EXPORT))
    result = workspace.store.save(case, actor, reason=change.reason)
    log.info("case %s archived", case.number)
    return result


@dataclass(frozen=True)
class PurgedCase:
    uuid: str
    number: str
    archived_at: datetime


def _archived_at(workspace: Workspace, row: CaseRow) -> datetime:
    with workspace.unit_of_work() as uow:
        entry = uow.session.exec(
            select(AuditRow)
            .where(
                AuditRow.case_uuid == row.uuid,
                AuditRow.field == "status",
                AuditRow.new == str(CaseStatus.ARCHIVED),
            )
            .order_by(col(AuditRow.seq).desc())
        ).first()
    return entry.at if entry is not None else row.updated_at


def purgeable(workspace: Workspace, now: datetime, older_than_days: int) -> list[PurgedCase]:
    """Archived, not yet purged cases archived at least ``older_than_days`` before ``now``."""
    cutoff = now - timedelta(days=older_than_days)
    with workspace.unit_of_work() as uow:
        rows = uow.session.exec(select(CaseRow).where(col(CaseRow.archived).is_(True))).all()
    found = []
    for row in rows:
        if _is_purged(workspace, row.uuid):
            continue
        at = _archived_at(workspace, row)
        if at <= cutoff:
            found.append(PurgedCase(uuid=row.uuid, number=row.number, archived_at=at))
    return sorted(found, key=lambda p: p.number)


def _is_purged(workspace: Workspace, case_uuid: str) -> bool:
    with workspace.unit_of_work() as uow:
        return (
            uow.session.exec(
                select(AuditRow.id).where(
                    AuditRow.case_uuid == case_uuid, AuditRow.action == PURGE_ACTION
                )
            ).first()
            is not None
        )


def purge_archived(
    workspace: Workspace, now: datetime, older_than_days: int, actor: Actor
) -> list[PurgedCase]:
    """Purge every archived case archived ``older_than_days`` or more before ``now``.

    Refused (ArchiveRefused) when ``older_than_days`` is shorter than the
    retention period. Each case is purged in its own transaction: attachments
    deleted, payload replaced by a stub, a ``purge`` tombstone appended to
    its audit chain. Returns the purged cases.
    """
    keep_days = retention_days(workspace)
    if older_than_days < keep_days:
        raise ArchiveRefused(
            Message(
                tr_noop(
                    "Archived cases are kept for {days} days; "
                    "purging younger ones ({asked} days) is not allowed."
                ),
                {"days": keep_days, "asked": older_than_days},
            )
        )
    doomed = purgeable(workspace, now, older_than_days)
    who = actor_text(actor)
    for item in doomed:
        with workspace.unit_of_work(write=True) as uow:
            row = uow.session.get(CaseRow, item.uuid)
            assert row is not None
            files = uow.session.exec(
                select(AttachmentRow.id).where(AttachmentRow.case_uuid == item.uuid)
            ).all()
            uow.session.exec(delete(AttachmentRow).where(col(AttachmentRow.case_uuid) == item.uuid))
            stub = Case(
                uuid=row.uuid,
                number=row.number,
                status=CaseStatus.ARCHIVED,
                branch=_branch_of(row.payload),
                version=row.version + 1,
                created_at=row.created_at,
                updated_at=now,
            )
            fresh = case_row_for(stub, 0, 0, 0)
            for attr in (
                "version",
                "name",
                "sort_name",
                "industry",
                "amount_fen",
                "updated_at",
                "search",
            ):
                setattr(row, attr, getattr(fresh, attr))
            row.payload, row.progress, row.red, row.amber = fresh.payload, 0, 0, 0
            chain = ChainAppender.for_case(uow.session, row.uuid)
            state = state_hash_of(row.payload)
            # The values of the log go too (they hold the personal data the
            # payload held); the chain keeps verifying (storage.audit_erasure).
            erase_audit_values(uow.session, chain, at=now, actor=who, state=state)
            chain.append(
                at=now,
                actor=who,
                action=PURGE_ACTION,
                state=state,
                field="payload",
                new=audit_text(PURGED_PAYLOAD, count=len(files)),
                reason=audit_text(
                    PURGED_BY_RETENTION, days=older_than_days, date=item.archived_at.date()
                ),
            )
            row.audit_head = chain.last_hash
            uow.session.add(row)
            uow.commit()
        log.info("case %s purged (archived %s)", item.number, item.archived_at.date())
    return doomed


def _branch_of(payload: str) -> str:
    try:
        value = json.loads(payload).get("branch", "")
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""
