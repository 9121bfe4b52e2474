"""Helpers for the case-package tests: a workstation with head office's key,
a head-office workspace, and a snapshot that says whether a workspace changed."""

from __future__ import annotations

import io
import uuid
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from domain import lifecycle
from domain.assessment import assess_with_fraud
from domain.case import Attachment, Case, HeadOfficeQuestion, Inquiry, MeterReading
from domain.enums import CaseStatus
from domain.serialization import fingerprint
from domain.workflow import stage_ids
from storage import package
from storage.headoffice_keys import import_headoffice_enrolment
from storage.keys import Enrolment, KeyPairs, enrolment_bytes
from storage.rulepack_files import load_rule_pack
from storage.tables import AccessRow, AttachmentRow, AuditRow
from storage.workspace import Workspace
from tests.domain.memo_sample import sample_case
from tests.storage.workspace_fixtures import BEIJING, OFFICER, PASSWORD, StepClock, new_workspace

HEAD_OFFICE = KeyPairs.generate()
EXPORT_TIME = datetime(2026, 11, 27, 11, 0, 0, tzinfo=BEIJING)
PHOTO = b"\xff\xd8\xff\xe0 a small photo " * 50


def headoffice_enrolment(keys: KeyPairs = HEAD_OFFICE) -> bytes:
    enrolment = Enrolment(
        role="headoffice",
        name="台州总行",
        branch="",
        signing_public=keys.signing_public,
        encryption_public=keys.encryption_public,
        created_at="2026-11-01T09:00:00+08:00",
    )
    return enrolment_bytes(enrolment, keys)


def workstation(directory: Path, keys: KeyPairs = HEAD_OFFICE) -> Workspace:
    ws = new_workspace(directory, StepClock())
    import_headoffice_enrolment(ws, headoffice_enrolment(keys), PASSWORD)
    return ws


def walked_case(ws: Workspace, status: CaseStatus = CaseStatus.MEMO_PRINTED, n: int = 1) -> Case:
    """The memo sample (its red flags dismissed with reasons), stored with one
    photo and walked through the lifecycle's own moves, each saved with its
    audit reason, up to ``status`` (by default ready to export: memo printed).
    A returned case carries one question, not yet answered. ``n`` > 1 gives
    another UUID and number ``3301-20261127-000n``."""
    case = _investigated(sample_case())
    if n > 1:
        case.uuid = str(uuid.uuid4())
        case.number = f"3301-20261127-{n:04d}"
    case = ws.store.create(case, OFFICER)
    photo = ws.store.add_attachment(case.uuid, Attachment(filename="门头.jpg"), PHOTO, OFFICER)
    case = ws.store.load(case.uuid)
    case.attachments.append(photo)
    ws.store.save(case, OFFICER)
    if status == CaseStatus.DRAFT:
        return case
    case.stages_finished = stage_ids()
    _save(ws, case, lifecycle.start(case))
    if status == CaseStatus.ARCHIVED:
        _save(ws, case, lifecycle.archive(case, "客户撤回申请"))
        return case
    assessment = assess_with_fraud(case, load_rule_pack(), today=EXPORT_TIME.date())
    facts = lifecycle.Facts.of(assessment, EXPORT_TIME.date())
    steps = [
        (CaseStatus.ANALYSED, lambda: lifecycle.complete(case, facts)),
        (CaseStatus.MEMO_PRINTED, lambda: lifecycle.record_print(case, facts, "memo.pdf")),
        (CaseStatus.EXPORTED, lambda: lifecycle.record_export(case, facts, "x.fcwpkg")),
        (CaseStatus.RETURNED, lambda: _returned(case)),
    ]
    for reached, move in steps:
        if case.status == status:
            break
        _save(ws, case, move())
        assert case.status == reached
    return case


def _investigated(case: Case) -> Case:
    """The memo sample with what its investigation still lacked for 完成调查:
    the visit's position, the character answers, the credit report's counts,
    six months of electricity."""
    lifecycle.seed_status(case, CaseStatus.DRAFT)
    case.stages_finished = []
    case.visits[0].latitude, case.visits[0].longitude = Decimal("28.5801"), Decimal("121.3766")
    case.character.willing_to_work = case.character.able_to_work = True
    case.character.no_bad_habits = True
    case.character.inquiries = [Inquiry("隔壁店主", "邻居", "为人实在，生意稳定")]
    case.credit_report.overdues_24m, case.credit_report.inquiries_6m = 0, 1
    case.meters = [
        MeterReading(month=f"2026-{m:02d}", quantity=Decimal("820"), account_holder="王建国")
        for m in range(5, 11)
    ]
    return case


def _returned(case: Case) -> lifecycle.StatusChange:
    case.questions.append(HeadOfficeQuestion(question="租约何时到期？", asked_by="李审批"))
    return lifecycle.record_return(case, reviewer="李审批", comment="请补充")


def _save(ws: Workspace, case: Case, change: lifecycle.StatusChange | None) -> None:
    ws.store.save(case, OFFICER, reason=change.reason if change is not None else "")


def snapshot(ws: Workspace) -> dict[str, Any]:
    """Every case's fingerprint and version, and the row counts of every table
    an import writes: equal before and after = nothing was written."""
    cases = {}
    for case_uuid, number in ws.store.case_ids():
        case = ws.store.load(case_uuid)
        cases[case_uuid] = (number, case.version, fingerprint(case))
    with ws.unit_of_work() as uow:
        counts = {
            table.__name__: len(uow.session.exec(_select(table)).all())
            for table in (AttachmentRow, AuditRow, AccessRow)
        }
    return {"cases": cases, "counts": counts}


def _select(table: Any) -> Any:
    from sqlmodel import select

    return select(table)


def rebuild(envelope: dict[str, Any], members: dict[str, bytes], signer: KeyPairs | Any) -> bytes:
    """A package with the given members and header, signed by ``signer``'s key."""
    header = {
        k: v
        for k, v in envelope.items()
        if k
        not in (
            "format",
            "format_version",
            "sender_public_key",
            "sender_fingerprint",
            "recipient_fingerprint",
            "content_key",
            "payload_nonce",
            "payload_sha256",
            "payload_size",
        )
    }
    buffer = io.BytesIO()
    package.build_package(
        buffer,
        header=header,
        members=members,
        signing_key=signer,
        recipient_public=HEAD_OFFICE.encryption_public,
    )
    return buffer.getvalue()
