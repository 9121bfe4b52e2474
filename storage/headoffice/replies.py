"""Head office's reply to a returned case, and its import at the workstation.

A reply travels in the package envelope (``kind: reply``), signed with head
office's Ed25519 key and encrypted for the X25519 key of the workstation that
sent the case (from its enrolment). It holds ``reply.json``: decision,
comment, questions, reviewer, time.

At the workstation (:func:`import_reply`) it is taken only when signed by the
head-office key stored in the workspace, for a case held there; the questions
are added to ``Case.questions``, the status becomes ``returned`` (open for
editing again) and the save's audit entries keep the exchange in the case
history. The same reply twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from domain import lifecycle
from domain.audit_reasons import HEAD_OFFICE_DECISIONS, audit_text
from domain.case import Case, HeadOfficeQuestion
from domain.enums import CaseStatus
from domain.errors import DomainError
from domain.i18n import Message, tr_noop
from domain.version import APP_VERSION
from storage.headoffice_keys import require_headoffice
from storage.keys import Enrolment, KeyPairs
from storage.package import DEFAULT_LIMITS, PackageError, open_package, verify, write_package_file
from storage.workspace import Workspace

KIND_REPLY = "reply"
REPLY_VERSION = 1
SUFFIX = ".fcwreply"


class ReplyRefused(DomainError):
    """A reply that is not for this workspace, or not from its head office."""


def _refuse(text: str, **params: Any) -> ReplyRefused:
    return ReplyRefused(Message(text, params))


def reply_name(case: Case) -> str:
    return f"{case.number}-v{case.version}-reply{SUFFIX}"


def write_reply(
    out_dir: Path,
    case: Case,
    *,
    decision: str,
    comment: str,
    questions: tuple[str, ...],
    reviewer: str,
    keys: KeyPairs,
    recipient: Enrolment,
    now: datetime,
) -> Path:
    """Write the signed, encrypted reply file; returns its path."""
    body = {
        "reply_version": REPLY_VERSION,
        "case_uuid": case.uuid,
        "case_number": case.number,
        "case_version": case.version,
        "decision": decision,
        "comment": comment,
        "questions": list(questions),
        "reviewer": reviewer,
        "at": now.isoformat(),
    }
    header = {
        "kind": KIND_REPLY,
        "reply_version": REPLY_VERSION,
        "case_uuid": case.uuid,
        "case_number": case.number,
        "case_version": case.version,
        "decision": decision,
        "app_version": APP_VERSION,
        "created_at": now.isoformat(),
        "recipient_name": recipient.name,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / reply_name(case)
    write_package_file(
        path,
        header=header,
        members={"reply.json": json.dumps(body, ensure_ascii=False, sort_keys=True).encode()},
        signing_key=keys.signing,
        recipient_public=recipient.encryption_public,
    )
    return path


@dataclass(frozen=True)
class ReplyResult:
    case_uuid: str
    case_number: str
    decision: str
    added: int  # questions added now (0: the reply was imported before)


def read_reply(workspace: Workspace, source: Path | bytes) -> dict[str, Any]:
    """Verify and open a reply for this workspace; its ``reply.json``."""
    headoffice = require_headoffice(workspace)
    verified, _ = verify(source, limits=DEFAULT_LIMITS)
    if verified.sender_fingerprint != headoffice.signing_fingerprint:
        raise _refuse(
            tr_noop(
                "The reply is signed by key {fingerprint}, not by head office's key "
                "({known}): not imported."
            ),
            fingerprint=verified.sender_fingerprint,
            known=headoffice.signing_fingerprint[:16],
        )
    if verified.envelope.get("kind") != KIND_REPLY:
        raise _refuse(
            tr_noop("This package holds a {kind}, not a reply."), kind=verified.envelope.get("kind")
        )
    _, members = open_package(source, workspace.encryption_key())
    try:
        body = json.loads(members["reply.json"].decode("utf-8"))
        questions = [str(q) for q in body["questions"]]
        fields = {k: str(body[k]) for k in ("case_uuid", "decision", "comment", "reviewer", "at")}
        datetime.fromisoformat(fields["at"])
    except (KeyError, ValueError, TypeError, UnicodeDecodeError) as exc:
        raise _refuse(tr_noop("reply.json is incomplete or damaged.")) from exc
    if fields["case_uuid"] != verified.envelope.get("case_uuid"):
        raise _refuse(tr_noop("reply.json is not about the case the envelope names."))
    return {**fields, "questions": questions, "case_number": body.get("case_number", "")}


def import_reply(workspace: Workspace, source: Path | bytes) -> ReplyResult:
    """Take head office's reply into the workspace (see the module docstring).

    Raises :class:`ReplyRefused`, ``PackageError`` (damaged, altered, not for
    this workstation) or ``HeadOfficeKeyError`` (no head-office key stored).
    """
    body = read_reply(workspace, source)
    try:
        case = workspace.store.load(body["case_uuid"])
    except KeyError:
        raise _refuse(
            tr_noop("The reply is about case {number}, which is not in this workspace."),
            number=body["case_number"] or body["case_uuid"],
        ) from None
    decision = body["decision"]
    if decision != "return" and decision not in HEAD_OFFICE_DECISIONS:
        raise _refuse(tr_noop("reply.json is incomplete or damaged."))
    asked_at = datetime.fromisoformat(body["at"])
    known = {(q.question, q.asked_at) for q in case.questions}
    new = [q for q in body["questions"] if (q, asked_at) not in known]
    if not new and (case.status == CaseStatus.RETURNED or decision != "return"):
        return ReplyResult(case.uuid, case.number, decision, 0)
    case.questions.extend(
        HeadOfficeQuestion(question=q, asked_by=body["reviewer"], asked_at=asked_at) for q in new
    )
    if decision == "return":
        change = lifecycle.record_return(case, reviewer=body["reviewer"], comment=body["comment"])
        reason = change.reason
    else:
        reason = audit_text(
            HEAD_OFFICE_DECISIONS[decision], reviewer=body["reviewer"], comment=body["comment"]
        )
    workspace.store.save(case, workspace.actor, reason)
    workspace.store.record_access(case.uuid, workspace.actor, "reply_import")
    return ReplyResult(case.uuid, case.number, body["decision"], len(new))


__all__ = [
    "KIND_REPLY",
    "PackageError",
    "ReplyRefused",
    "ReplyResult",
    "import_reply",
    "read_reply",
    "write_reply",
]
