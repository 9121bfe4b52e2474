"""A case → a signed package encrypted for head office (``<number>-v<version>.fcwpkg``).

Package contents (case package format :data:`CASE_PACKAGE_VERSION`), inside
the envelope of :mod:`storage.package`:

``case.json``         the case (``domain.serialization.case_to_dict``), valid
                      against ``resources/schema/case.schema.json``
``attachments/<id>``  the bytes of every attachment the case lists
``memo.pdf``          when the status is memo_printed or later: rendered afresh
                      with the time of the last print in the access log
``assessment.json``   ``assessment_to_json`` plus dispositions and the gate
``audit.json``        the case's hash-chained change log and its head
                      (the envelope also carries the head signed on its
                      own, ``audit_signed_head``: storage/audit_anchor.py)
``access.json``       the access log (who opened, printed, exported)

The envelope header carries ``kind: case``, the case identity, schema and
package versions, app version, rule pack, ``created_at`` and the sender
officer. The move to 已导出 is :func:`domain.lifecycle.record_export`: only a case whose
memo is printed (or a returned case whose questions are all answered), with no
invalid value and no red flag pending without an override, is written. Only
once the file is complete (temporary name, then rename) is the export
recorded: status → exported (audit entry) and the access log. An exported
case may be written again unchanged (head office ignores the same version).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from domain import lifecycle
from domain.assessment import Assessment, assess_with_fraud, assessment_to_json
from domain.case import SCHEMA_VERSION, Case
from domain.enums import CaseStatus
from domain.errors import DomainError
from domain.fraud.dispositions import can_finalise
from domain.i18n import Message, tr_noop
from domain.paths import resource_path
from domain.ports import AuditEntry
from domain.serialization import case_to_dict, to_jsonable
from domain.version import APP_VERSION
from storage.audit import GENESIS_HASH
from storage.audit_anchor import ENVELOPE_KEY, sign_head
from storage.headoffice_keys import require_headoffice
from storage.package import write_package_file
from storage.workflow_files import load_applicability
from storage.workspace import Workspace

CASE_PACKAGE_VERSION = 1
KIND_CASE = "case"
SUFFIX = ".fcwpkg"

#: Statuses from which a memo exists and travels with the case.
MEMO_STATUSES = (
    CaseStatus.MEMO_PRINTED,
    CaseStatus.EXPORTED,
    CaseStatus.RETURNED,
    CaseStatus.ARCHIVED,
)
Clock = Callable[[], datetime]


class ExportRefused(DomainError):
    """The case may not (yet) be exported; the message says why."""


@cache
def case_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("schema", "case.schema.json").read_text(encoding="utf-8")
    )
    return data


@cache
def _case_validator() -> Any:
    """The case schema's validator, built once: its messages are the ones shown."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(case_schema())


def schema_errors(data: Any, limit: int = 3) -> list[str]:
    """Where ``data`` breaks the case schema (empty when it is valid), as
    ``jsonschema`` (Draft 2020-12, the one validator) words it."""
    out = []
    for error in _case_validator().iter_errors(data):
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        out.append(f"{where}: {_problem(error)}")
        if len(out) >= limit:
            break
    return out


def _problem(error: Any) -> str:
    """jsonschema's message, with a long value shortened (its end is kept:
    "… is too long" says what is wrong)."""
    if error.validator == "maxLength" and isinstance(error.instance, str):
        return f"{len(error.instance)} characters, longer than {error.validator_value}"
    text = str(error.message)
    return text if len(text) <= 200 else f"{text[:120]}…{text[-60:]}"


def audit_to_json(entries: Sequence[AuditEntry]) -> list[dict[str, Any]]:
    """Entries as JSON; ``at`` keeps its offset and microseconds so hashes re-verify."""
    return [
        {
            "seq": e.seq,
            "case_uuid": e.case_uuid,
            "at": e.at.isoformat(timespec="microseconds"),
            "actor": e.actor,
            "action": e.action,
            "field": e.field,
            "old": e.old,
            "new": e.new,
            "reason": e.reason,
            "prev_hash": e.prev_hash,
            "hash": e.hash,
            # revision 0009 (storage/audit.py): absent in legacy entries
            **(
                {
                    "state_hash": e.state_hash,
                    "value_digest": e.value_digest,
                    "salt": e.salt,
                    "erased_at": e.erased_at.isoformat() if e.erased_at else None,
                }
                if e.value_digest or e.erased_at
                else {}
            ),
        }
        for e in entries
    ]


def is_ready(case: Case) -> bool:
    """Whether ``--all`` picks the case: memo printed, or returned with every
    head-office question answered (the export's own guard has the last word)."""
    if case.status not in lifecycle.FROM[lifecycle.Move.EXPORT]:
        return False
    return all(q.answer.strip() for q in case.questions)


def package_name(case: Case) -> str:
    return f"{case.number or case.uuid}-v{case.version}{SUFFIX}"


@dataclass(frozen=True)
class ExportResult:
    case_uuid: str
    case_number: str
    version: int
    path: Path
    members: tuple[str, ...]


def _refuse(text: str, **params: Any) -> ExportRefused:
    return ExportRefused(Message(text, params))


def _memo_bytes(workspace: Workspace, case: Case, pack: Any) -> bytes:
    from storage.memo_service import print_case_memo

    prints = [r.at for r in workspace.store.access_log(case.uuid) if r.action == "print"]
    when = prints[-1] if prints else (case.updated_at or datetime.now().astimezone())
    buffer = io.BytesIO()
    print_case_memo(case, buffer, print_time=when, printed_by=workspace.actor.name, pack=pack)
    return buffer.getvalue()


def case_members(
    workspace: Workspace,
    case: Case,
    pack: Any,
    today: date,
    assessment: Assessment | None = None,
) -> tuple[dict[str, bytes], str]:
    """The package members of ``case`` and its audit head; refuses (with the
    reason) a case with a pending red flag or a broken audit chain."""
    members, entries = _members_and_chain(workspace, case, pack, today, assessment)
    return members, entries[-1].hash if entries else GENESIS_HASH


def _members_and_chain(
    workspace: Workspace,
    case: Case,
    pack: Any,
    today: date,
    assessment: Assessment | None,
) -> tuple[dict[str, bytes], list[AuditEntry]]:
    if assessment is None:
        assessment = assess_with_fraud(case, pack, today=today)
    ok, why = can_finalise(case, assessment.flags)
    if not ok:
        raise ExportRefused(why)
    store = workspace.store
    check = store.verify_history(case.uuid)
    if not check.ok:
        raise _refuse(
            tr_noop("The change log of case {number} is broken at entry {seq}: not exported."),
            number=case.number,
            seq=check.first_broken_seq,
        )
    case_data = case_to_dict(case)
    problems = schema_errors(case_data)
    if problems:
        raise _refuse(
            tr_noop("Case {number} does not fit the case schema: {problems}"),
            number=case.number,
            problems="; ".join(problems),
        )
    members: dict[str, bytes] = {
        "case.json": json.dumps(case_data, ensure_ascii=False, indent=1, sort_keys=True).encode()
    }
    for attachment in case.attachments:
        try:
            members[f"attachments/{attachment.id}"] = store.attachment_bytes(
                case.uuid, attachment.id
            )
        except KeyError:
            raise _refuse(
                tr_noop("Case {number}: the bytes of attachment {name} are missing."),
                number=case.number,
                name=attachment.filename or attachment.id,
            ) from None
    if case.status in MEMO_STATUSES:
        members["memo.pdf"] = _memo_bytes(workspace, case, pack)
    assessment_json = assessment_to_json(assessment)
    assessment_json["dispositions"] = to_jsonable(case.dispositions)
    assessment_json["can_finalise"] = ok
    members["assessment.json"] = _dump(assessment_json)
    entries = store.history(case.uuid)
    head = entries[-1].hash if entries else GENESIS_HASH
    members["audit.json"] = _dump({"head": head, "entries": audit_to_json(entries)})
    access = [
        {"at": r.at.isoformat(), "actor": r.actor, "action": r.action}
        for r in store.access_log(case.uuid)
    ]
    members["access.json"] = _dump(access)
    return members, entries


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode()


def export_case(
    workspace: Workspace,
    case_id: str,
    out_dir: Path,
    *,
    pack: Any | None = None,
    clock: Clock | None = None,
) -> ExportResult:
    """Write ``<number>-v<version>.fcwpkg`` of one case (UUID or number) to
    ``out_dir``, encrypted for head office and signed by this workstation,
    then record the export (status → exported, audit entry, access log).

    Raises :class:`ExportRefused` (the lifecycle's guard: memo not printed,
    question unanswered, invalid value, pending red flag; or a broken log, a
    missing attachment), ``HeadOfficeKeyError`` (no head-office key) or
    KeyError (no such case). A failure leaves no file and records nothing.
    """
    now = (clock or (lambda: datetime.now().astimezone()))()
    require_headoffice(workspace)
    case = workspace.store.load(case_id)
    if pack is None:
        from storage.rulepack_active import load_active_rule_pack

        pack = load_active_rule_pack(workspace)  # head office's installed pack, else the default
    assessment = assess_with_fraud(case, pack, today=now.date())
    facts = lifecycle.Facts.of(assessment, now.date(), load_applicability())
    blockers = lifecycle.may_export(case, facts)
    if blockers:
        raise _refuse(
            tr_noop("Case {number} is not exported: {why}"),
            number=case.number,
            why=lifecycle.explain(blockers),
        )
    result = write_case_package(workspace, case, out_dir, pack=pack, now=now, assessment=assessment)
    record_export(workspace, case, result.path.name, facts)
    return result


def write_case_package(
    workspace: Workspace,
    case: Case,
    out_dir: Path,
    *,
    pack: Any,
    now: datetime,
    assessment: Assessment | None = None,
) -> ExportResult:
    """The package of ``case`` as it stands, written to ``out_dir``: the
    export's writer. It neither checks the lifecycle's guard nor records the
    export (:func:`export_case` does both); the synthetic data generators
    call it directly for cases that never had an officer."""
    headoffice = require_headoffice(workspace)
    members, entries = _members_and_chain(workspace, case, pack, now.date(), assessment)
    head = entries[-1].hash if entries else GENESIS_HASH
    signing_key = workspace.signing_key()
    actor = workspace.actor
    header = {
        "kind": KIND_CASE,
        "case_package_version": CASE_PACKAGE_VERSION,
        "case_uuid": case.uuid,
        "case_number": case.number,
        "case_version": case.version,
        "case_status": str(case.status),
        "schema_version": case.schema_version or SCHEMA_VERSION,
        "app_version": APP_VERSION,
        "rule_pack_id": str(getattr(pack, "id", "")),
        "rule_pack_version": str(getattr(pack, "version", "")),
        "created_at": now.isoformat(),
        "sender": {"name": actor.name, "staff_no": actor.staff_no, "branch": actor.branch},
        "audit_head": head,
        # The head signed on its own (storage.audit_anchor), for head office
        # to keep as the last head it saw of this case.
        ENVELOPE_KEY: sign_head(signing_key, case.uuid, entries).to_json(),
        "recipient_name": headoffice.name,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / package_name(case)
    write_package_file(
        path,
        header=header,
        members=members,
        signing_key=signing_key,
        recipient_public=headoffice.encryption_public,
    )
    return ExportResult(case.uuid, case.number, case.version, path, tuple(sorted(members)))


def record_export(workspace: Workspace, case: Case, file_name: str, facts: lifecycle.Facts) -> None:
    """Status → exported (an audit entry giving the file) and the access log."""
    store = workspace.store
    if case.status != CaseStatus.EXPORTED:
        change = lifecycle.record_export(case, facts, file_name)
        store.save(case, workspace.actor, reason=change.reason)
    store.record_access(case.uuid, workspace.actor, "export")


def ready_case_ids(workspace: Workspace) -> list[str]:
    """UUIDs of the cases ``--all`` exports (see :func:`is_ready`), by number."""
    out = []
    for uuid, _number in workspace.store.case_ids():
        if is_ready(workspace.store.load(uuid)):
            out.append(uuid)
    return out


@dataclass(frozen=True)
class BatchResult:
    done: list[ExportResult]
    failed: list[tuple[str, Message]]


def export_cases(
    workspace: Workspace,
    case_ids: Sequence[str],
    out_dir: Path,
    *,
    pack: Any | None = None,
    clock: Clock | None = None,
    progress: Callable[[int, int, str], bool] | None = None,
) -> BatchResult:
    """Export each case; a failure is reported and the rest go on.

    ``progress(done, total, case_id)`` is called before each case; returning
    False stops the batch (cases already written stay complete)."""
    if pack is None:
        from storage.rulepack_active import load_active_rule_pack

        pack = load_active_rule_pack(workspace)  # head office's installed pack, else the default
    done: list[ExportResult] = []
    failed: list[tuple[str, Message]] = []
    for i, case_id in enumerate(case_ids):
        if progress is not None and not progress(i, len(case_ids), case_id):
            break
        try:
            done.append(export_case(workspace, case_id, out_dir, pack=pack, clock=clock))
        except DomainError as exc:
            failed.append((case_id, exc.message))
        except KeyError:
            failed.append((case_id, Message(tr_noop("No case {id}."), {"id": case_id})))
        except OSError as exc:
            failed.append(
                (
                    case_id,
                    Message(
                        tr_noop("Cannot write to {path}: {why}"),
                        {"path": str(out_dir), "why": exc.strerror or str(exc)},
                    ),
                )
            )
    return BatchResult(done, failed)
