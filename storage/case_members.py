"""The JSON members of a case package read with exact types (issue 20):
``case.json``, ``audit.json`` and ``assessment.json`` within the bounds of
``domain.json_guard``; every refusal is a :class:`PackageError` naming the
member and the JSON path (docs/FORMATS.md, "Strict formats")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain.errors import CaseFormatError
from domain.i18n import Message, tr_noop
from domain.json_guard import parse_bounded
from domain.ports import AuditEntry
from storage.audit import verify_chain
from storage.package import PackageError, whole_number


def _error(text: str, **params: Any) -> PackageError:
    return PackageError(Message(text, params))


def read_json(members: dict[str, bytes], name: str) -> Any:
    """Member ``name`` parsed within the bounds of ``domain.json_guard``; a
    refusal names the member and the JSON path."""
    if name not in members:
        raise _error(tr_noop("The package has no {name}."), name=name)
    try:
        return parse_bounded(members[name])
    except CaseFormatError as exc:
        raise _error(
            tr_noop("{name} cannot be read: {why}"), name=name, why=exc.message.render()
        ) from exc


#: Longest audit texts: the ``audit_entry`` columns (actor varchar(200), action 40).
_AUDIT_TEXT = {"actor": 200, "action": 40, "prev_hash": 64, "hash": 64, "case_uuid": 36}
_AUDIT_KEYS = ("case_uuid", "at", "actor", "action", "field", "old", "new", "reason",
               "prev_hash", "hash")  # fmt: skip


def _entry(e: Any, i: int) -> AuditEntry:
    """One audit entry of audit.json, exact types (a refusal names its path)."""
    where = f"audit.json/entries/{i}"
    if not isinstance(e, dict):
        raise _error(tr_noop("{where} is not an object."), where=where)
    texts: dict[str, str] = {}
    for key in _AUDIT_KEYS:
        value = e.get(key)
        if not isinstance(value, str):
            raise _error(tr_noop("{where} must be text."), where=f"{where}/{key}")
        if len(value) > _AUDIT_TEXT.get(key, 1 << 20):
            raise _error(
                tr_noop("{where} is longer than {limit} characters."),
                where=f"{where}/{key}",
                limit=_AUDIT_TEXT.get(key, 1 << 20),
            )
        texts[key] = value
    seq = whole_number(e.get("seq"), f"{where}/seq")
    try:
        at = datetime.fromisoformat(texts["at"])
    except ValueError as exc:
        raise _error(tr_noop("{where} is not a time."), where=f"{where}/at") from exc
    if at.tzinfo is None:
        raise _error(tr_noop("{where} is not a time."), where=f"{where}/at")
    # Revision 0009 (docs/SECURITY.md, "Audit chain"): absent in legacy entries.
    extra: dict[str, str] = {}
    for key in ("state_hash", "value_digest", "salt"):
        value = e.get(key, "")
        if not isinstance(value, str):
            raise _error(tr_noop("{where} must be text."), where=f"{where}/{key}")
        if len(value) > 64:  # a SHA-256 in hex, or a salt of 16 bytes
            raise _error(
                tr_noop("{where} is longer than {limit} characters."),
                where=f"{where}/{key}",
                limit=64,
            )
        extra[key] = value
    erased_at = None
    if e.get("erased_at") is not None:
        text = e["erased_at"]
        try:
            erased_at = datetime.fromisoformat(text) if isinstance(text, str) else None
        except ValueError:
            erased_at = None
        if erased_at is None or erased_at.tzinfo is None:
            raise _error(tr_noop("{where} is not a time."), where=f"{where}/erased_at")
    return AuditEntry(
        seq=seq,
        case_uuid=texts["case_uuid"],
        at=at,
        actor=texts["actor"],
        action=texts["action"],
        field=texts["field"],
        old=texts["old"],
        new=texts["new"],
        reason=texts["reason"],
        prev_hash=texts["prev_hash"],
        hash=texts["hash"],
        state_hash=extra["state_hash"],
        value_digest=extra["value_digest"],
        salt=extra["salt"],
        erased_at=erased_at,
    )


def audit_entries(data: Any, case_uuid: str) -> tuple[list[AuditEntry], str]:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise _error(tr_noop("audit.json is incomplete or damaged."))
    head = data.get("head")
    if not isinstance(head, str):
        raise _error(tr_noop("{where} must be text."), where="audit.json/head")
    entries = [_entry(e, i) for i, e in enumerate(data["entries"])]
    if any(e.case_uuid != case_uuid for e in entries):
        raise _error(tr_noop("audit.json holds entries of another case."))
    result = verify_chain(entries, expected_head=head)
    if not result.ok:
        raise _error(
            tr_noop("The change log in the package is broken at entry {seq}."),
            seq=result.first_broken_seq,
        )
    return entries, head


def flag_pairs(members: dict[str, bytes]) -> list[tuple[str, str]]:
    """(rule, severity) of every flag in assessment.json (none without it)."""
    if "assessment.json" not in members:
        return []
    data = read_json(members, "assessment.json")
    if not isinstance(data, dict):
        raise _error(tr_noop("{where} is not an object."), where="assessment.json")
    flags = data.get("flags", [])
    if not isinstance(flags, list):
        raise _error(tr_noop("{where} is not a list."), where="assessment.json/flags")
    out = []
    for i, f in enumerate(flags):
        if not isinstance(f, dict):
            raise _error(tr_noop("{where} is not an object."), where=f"assessment.json/flags/{i}")
        rule, severity = f.get("rule", ""), f.get("severity", "")
        if not isinstance(rule, str) or not isinstance(severity, str):
            raise _error(tr_noop("{where} must be text."), where=f"assessment.json/flags/{i}/rule")
        out.append((rule, severity))
    return out


__all__ = ["audit_entries", "flag_pairs", "read_json"]
