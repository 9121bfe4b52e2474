"""Helpers for the case-package tests: a workstation with head office's key,
a head-office workspace, and a snapshot that says whether a workspace changed."""

from __future__ import annotations

import io
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from domain.case import Attachment, Case
from domain.enums import CaseStatus
from domain.serialization import fingerprint
from storage import package
from storage.headoffice_keys import import_headoffice_enrolment
from storage.keys import Enrolment, KeyPairs, enrolment_bytes
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


def analysed_case(ws: Workspace, status: CaseStatus = CaseStatus.ANALYSED, n: int = 1) -> Case:
    """The memo sample (its red flags dismissed with reasons), stored with one
    photo; ``n`` > 1 gives another UUID and number ``3301-20261127-000n``."""
    case = sample_case()
    case.status = status
    if n > 1:
        case.uuid = str(uuid.uuid4())
        case.number = f"3301-20261127-{n:04d}"
    case = ws.store.create(case, OFFICER)
    photo = ws.store.add_attachment(case.uuid, Attachment(filename="门头.jpg"), PHOTO, OFFICER)
    case = ws.store.load(case.uuid)
    case.attachments.append(photo)
    ws.store.save(case, OFFICER)
    return case


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
