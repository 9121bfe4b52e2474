"""A case package → the case in this workspace, in one transaction.

Everything is checked before anything is written: the signature, every hash
(``storage.package.open_package``), the package kind and versions (an older
case schema is upgraded, a newer one refused naming the version needed), the
case schema, the case identity against the signed envelope, every attachment
against the hash the case lists, and the audit chain inside against the head
the envelope names. Then case row, attachments, audit entries and an
``import`` access record are written in one unit of work (CONTRACTS.md,
"Case identity"): same version → nothing happens; newer → replaces, history
kept (the stored chain must be the start of the incoming one); older →
refused. Any failure leaves the workspace as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import exc as sa_exc
from sqlmodel import col, select

from domain.case import SCHEMA_VERSION, Case
from domain.collation import sort_key
from domain.enums import CaseStatus
from domain.errors import CaseFormatError
from domain.fraud.dispositions import open_flag_counts
from domain.i18n import Message, tr_noop
from domain.ports import AuditEntry
from domain.serialization import canonical_json, case_from_dict, case_to_dict
from domain.workflow import progress_percent
from storage import ecies
from storage.audit import GENESIS_HASH, entry_to_row, load_chain, state_hash_of
from storage.audit_anchor import SignedHeadError, check_head_names_chain, read_signed_head
from storage.case_members import audit_entries, flag_pairs, read_json
from storage.case_store import amount_to_fen, search_text
from storage.db import rejected_data
from storage.export import CASE_PACKAGE_VERSION, KIND_CASE, schema_errors
from storage.package import (
    DEFAULT_LIMITS,
    Limits,
    PackageError,
    envelope_int,
    envelope_str,
    open_package,
    whole_number,
)
from storage.package_trust import trust_step
from storage.tables import AccessRow, AttachmentRow, AuditRow, CaseRow
from storage.workspace import Workspace

IMPORTED = "imported"
UNCHANGED = "unchanged"
REPLACED = "replaced"


def _error(text: str, **params: Any) -> PackageError:
    return PackageError(Message(text, params))


@dataclass(frozen=True)
class ImportResult:
    outcome: str  # imported / unchanged / replaced
    case_uuid: str
    case_number: str
    version: int
    previous_version: int | None = None


@dataclass(frozen=True)
class CheckedPackage:
    """A package that passed every check, ready to be written."""

    envelope: dict[str, Any]
    case: Case
    attachments: dict[str, bytes]
    entries: list[AuditEntry]
    head: str
    red: int
    amber: int


def upgrade_case_data(data: dict[str, Any]) -> dict[str, Any]:
    """Bring case JSON of an older schema version up to :data:`SCHEMA_VERSION`.

    Version 1 is the first; the reader fills absent keys with defaults, so
    today an upgrade only restamps the version."""
    data = dict(data)
    data["schema_version"] = SCHEMA_VERSION
    return data


def check_package(
    source: Path | bytes,
    private_key: X25519PrivateKey,
    *,
    limits: Limits = DEFAULT_LIMITS,
    enrolled_senders: Collection[str] | None = None,
) -> CheckedPackage:
    """Open and check a case package; :class:`PackageError` says what is wrong.

    ``enrolled_senders``: the signing-key fingerprints trusted here (a
    workstation: its own and those named with ``--trusted-key``; head office:
    the enrolled signer, whose ownership of the case ``storage.headoffice.
    ownership`` checks). A package from any other key is refused, naming its
    fingerprint, before it is decrypted (``storage.package_trust``). Every
    caller that takes packages from outside passes it (docs/SECURITY.md)."""
    verified, members = open_package(
        source, private_key, limits=limits, accept=trust_step(enrolled_senders)
    )
    env = verified.envelope
    if env.get("kind") != KIND_CASE:
        raise _error(
            tr_noop("This package holds a {kind}, not a case."),
            kind=json.dumps(env.get("kind"), ensure_ascii=False)[:40],
        )
    package_version = envelope_int(env, "case_package_version")
    if package_version > CASE_PACKAGE_VERSION:
        raise _error(
            tr_noop(
                "Case package version {version} is newer than this program reads "
                "({supported}): install a newer version."
            ),
            version=package_version,
            supported=CASE_PACKAGE_VERSION,
        )
    envelope_int(env, "case_version")
    for key in ("case_uuid", "case_number", "audit_head"):
        envelope_str(env, key)
    data = read_json(members, "case.json")
    if not isinstance(data, dict):
        raise _error(tr_noop("case.json does not hold a case."))
    if "schema_version" in data:
        schema = whole_number(data["schema_version"], "case.json/schema_version")
    else:
        schema = envelope_int(env, "schema_version")
    if schema > SCHEMA_VERSION:
        raise _error(
            tr_noop(
                "The case uses schema version {version}; this program reads up to {supported}. "
                "Install a version that reads case schema {version}."
            ),
            version=schema,
            supported=SCHEMA_VERSION,
        )
    sent = data  # as the sender stored it: the state its change log recorded
    if schema < SCHEMA_VERSION:
        data = upgrade_case_data(data)
    problems = schema_errors(data)
    if problems:
        raise _error(
            tr_noop("case.json does not fit the case schema: {problems}"),
            problems="; ".join(problems),
        )
    try:
        case = case_from_dict(data)
    except CaseFormatError as exc:
        raise _error(tr_noop("case.json cannot be read: {why}"), why=exc.message.render()) from exc
    if (case.uuid, case.number, case.version) != (
        env.get("case_uuid"),
        env.get("case_number"),
        env.get("case_version"),
    ):
        raise _error(tr_noop("case.json is not the case the envelope names."))
    if case.version < 1 or not case.number:
        raise _error(tr_noop("case.json has no case number or version."))
    attachments: dict[str, bytes] = {}
    for a in case.attachments:
        name = f"attachments/{a.id}"
        if name not in members:
            raise _error(tr_noop("Attachment {name} is missing."), name=a.filename or a.id)
        blob = members[name]
        if a.sha256 and hashlib.sha256(blob).hexdigest() != a.sha256:
            raise _error(
                tr_noop("Attachment {name} does not match its hash."), name=a.filename or a.id
            )
        attachments[a.id] = blob
    known = {"case.json", "assessment.json", "audit.json", "access.json", "memo.pdf"}
    extra = sorted(set(members) - known - {f"attachments/{i}" for i in attachments})
    if extra:
        raise _error(tr_noop("The package holds unexpected members: {names}."), names=extra)
    entries, head = audit_entries(read_json(members, "audit.json"), case.uuid)
    if head != env.get("audit_head"):
        raise _error(tr_noop("The change log does not end where the envelope says."))
    _check_signed_head(env, sent, case, entries)
    red, amber = open_flag_counts(case, flag_pairs(members))
    return CheckedPackage(env, case, attachments, entries, head, red, amber)


def _row_for(case: Case, checked: CheckedPackage, now: datetime) -> CaseRow:
    return CaseRow(
        uuid=case.uuid,
        number=case.number,
        version=case.version,
        status=str(case.status),
        name=case.display_name,
        sort_name=sort_key(case.display_name),
        industry=case.business.industry,
        amount_fen=amount_to_fen(case.loan.amount),
        progress=progress_percent(case),
        red=checked.red,
        amber=checked.amber,
        created_at=case.created_at or case.updated_at or now,
        updated_at=case.updated_at or now,
        archived=case.status == CaseStatus.ARCHIVED,
        search=search_text(case),
        payload=canonical_json(case_to_dict(case)).decode("utf-8"),
        audit_head=checked.head,
    )


def _audit_row(e: AuditEntry) -> AuditRow:
    return entry_to_row(e)


def _check_signed_head(
    env: dict[str, Any], sent: dict[str, Any], case: Case, entries: list[AuditEntry]
) -> None:
    """The envelope's signed head (storage/audit_anchor.py), when present,
    holds under the sender's key and names the end of the chain carried; the
    case carried is the state the chain's last entry recorded."""
    try:
        signed = read_signed_head(env, ecies.unb64(env.get("sender_public_key")))
        if signed is not None:
            check_head_names_chain(signed, case.uuid, entries)
    except (SignedHeadError, ValueError) as exc:
        message = exc.message if isinstance(exc, SignedHeadError) else None
        raise PackageError(
            message or Message(tr_noop("The signed head of the change log is not valid."))
        ) from exc
    if entries and entries[-1].value_digest:
        state = state_hash_of(canonical_json(sent).decode("utf-8"))
        if entries[-1].state_hash != state:
            raise _error(
                tr_noop("case.json is not the case its change log ends with: not imported.")
            )


def import_package(
    workspace: Workspace,
    source: Path | bytes,
    private_key: X25519PrivateKey,
    *,
    limits: Limits = DEFAULT_LIMITS,
    now: datetime | None = None,
    enrolled_senders: Collection[str] | None = None,
    numbers_unique: bool = True,
) -> ImportResult:
    """Check the package, then write it in one transaction (or nothing).
    ``enrolled_senders``: see :func:`check_package`. ``numbers_unique``: a
    workstation refuses a second case with a number already in use; head
    office, where two officers may hand out the same number, passes False
    (the UUID is the identity, migration 0006)."""
    checked = check_package(source, private_key, limits=limits, enrolled_senders=enrolled_senders)
    case = checked.case
    now = now or datetime.now().astimezone()
    actor = workspace.actor
    who = f"{actor.name} ({actor.staff_no})" if actor.staff_no else actor.name
    try:
        with workspace.unit_of_work() as uow:
            session = uow.session
            row = session.get(CaseRow, case.uuid)
            previous = None if row is None else row.version
            if row is not None and row.version == case.version:
                return ImportResult(UNCHANGED, case.uuid, case.number, case.version, previous)
            if row is not None and row.version > case.version:
                raise _error(
                    tr_noop(
                        "Case {number} is here already at version {stored}; the package holds "
                        "the older version {version}: not imported."
                    ),
                    number=case.number,
                    stored=row.version,
                    version=case.version,
                )
            clash = (
                numbers_unique
                and session.exec(
                    select(CaseRow.uuid).where(
                        col(CaseRow.number) == case.number, col(CaseRow.uuid) != case.uuid
                    )
                ).first()
            )
            if clash:
                raise _error(
                    tr_noop("Another case already has the number {number}: not imported."),
                    number=case.number,
                )
            if checked.attachments:
                taken = session.exec(
                    select(AttachmentRow.id).where(
                        col(AttachmentRow.id).in_(list(checked.attachments)),
                        col(AttachmentRow.case_uuid) != case.uuid,
                    )
                ).first()
                if taken is not None:
                    raise _error(
                        tr_noop("Attachment {id} belongs to another case here: not imported."),
                        id=taken,
                    )
            stored_chain = load_chain(session, case.uuid) if row is not None else []
            incoming = checked.entries
            if [e.hash for e in stored_chain] != [e.hash for e in incoming[: len(stored_chain)]]:
                raise _error(
                    tr_noop(
                        "The change log of case {number} in the package does not continue the "
                        "one held here: not imported."
                    ),
                    number=case.number,
                )
            fresh = _row_for(case, checked, now)
            if row is None:
                session.add(fresh)
            else:
                for attr in (
                    "number", "version", "status", "name", "sort_name", "industry",
                    "amount_fen", "progress", "red", "amber", "updated_at", "archived", "search",
                    "payload", "audit_head",
                ):  # fmt: skip
                    setattr(row, attr, getattr(fresh, attr))
                session.add(row)
                for old in session.exec(
                    select(AttachmentRow).where(AttachmentRow.case_uuid == case.uuid)
                ).all():
                    session.delete(old)
            session.flush()
            for a in case.attachments:
                blob = checked.attachments[a.id]
                session.add(
                    AttachmentRow(
                        id=a.id,
                        case_uuid=case.uuid,
                        filename=a.filename,
                        mime=a.mime or "application/octet-stream",
                        kind=a.kind,
                        size=len(blob),
                        sha256=hashlib.sha256(blob).hexdigest(),
                        data=blob,
                        added_at=a.added_at or now,
                    )
                )
            session.add_all(_audit_row(e) for e in incoming[len(stored_chain) :])
            session.add(AccessRow(case_uuid=case.uuid, at=now, actor=who, action="import"))
            uow.commit()
    except sa_exc.IntegrityError as exc:
        raise _error(
            tr_noop("Case {number} conflicts with data held here: not imported."),
            number=case.number,
        ) from exc
    except sa_exc.DBAPIError as exc:
        if not rejected_data(exc):
            raise
        raise _error(
            tr_noop("Case {number} holds a value the database cannot store ({why}): not imported."),
            number=case.number,
            why=str(exc.orig).strip().splitlines()[0][:200] if exc.orig else type(exc).__name__,
        ) from exc
    outcome = IMPORTED if previous is None else REPLACED
    return ImportResult(outcome, case.uuid, case.number, case.version, previous)


__all__ = [
    "GENESIS_HASH",
    "CheckedPackage",
    "ImportResult",
    "check_package",
    "import_package",
    "upgrade_case_data",
]
