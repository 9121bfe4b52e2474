"""Head office's rule packs at the workstation: install a signed pack, load the
active one (CONTRACTS.md, "Rule packs").

A pack file (``kind: rulepack``, see ``storage.headoffice.rulepack_publish``)
is installed only when signed by the head-office key stored in the workspace
and decrypted with this workstation's key; its TOML files are validated as a
whole before anything is stored. The pack lives inside the encrypted
workspace (settings :data:`ACTIVE_SETTING`, the one before it in
:data:`PREVIOUS_SETTING`): the blacklist it carries is personal data. An
older version of the installed pack's id is refused (no rolling back by
replaying an old file); the same version again changes nothing.

:func:`load_active_rule_pack` gives the pack every assessment of the
workspace should use: the installed one, or the shipped default.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from domain.errors import DomainError
from domain.i18n import Message, tr_noop
from domain.rulepack import RulePack
from storage.headoffice.rulepack_publish import KIND_RULEPACK, MEMBER_PREFIX, parse_pack
from storage.headoffice_keys import require_headoffice
from storage.package import open_package, verify
from storage.rulepack_files import load_rule_pack
from storage.workspace import Workspace

ACTIVE_SETTING = "rulepack.active"
PREVIOUS_SETTING = "rulepack.previous"


class RulePackRefused(DomainError):
    """A pack not from this workspace's head office, or older than the one installed."""


@dataclass(frozen=True)
class InstalledPack:
    pack_id: str
    version: str
    previous: tuple[str, str] | None  # (id, version) kept as the previous pack
    changed: bool


def _refuse(text: str, **params: Any) -> RulePackRefused:
    return RulePackRefused(Message(text, params))


def _version_key(version: str) -> tuple[int, ...] | None:
    parts = re.split(r"[.\-]", version)
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else None


def _stored(workspace: Workspace, key: str) -> dict[str, Any] | None:
    text = workspace.get_setting(key)
    return json.loads(text) if text else None


def install_rule_pack(
    workspace: Workspace, source: Path | bytes, *, now: datetime | None = None
) -> InstalledPack:
    """Verify, check and store a rule pack; the current one becomes the previous.

    Raises :class:`RulePackRefused` (unknown signer, older version, not a
    pack), ``PackageError`` (damaged, not for this workstation),
    ``RulePackError`` (a bad value) or ``HeadOfficeKeyError``."""
    headoffice = require_headoffice(workspace)
    verified, _ = verify(source)
    if verified.sender_fingerprint != headoffice.signing_fingerprint:
        raise _refuse(
            tr_noop(
                "The rule pack is signed by key {fingerprint}, not by head office's key "
                "({known}): not installed."
            ),
            fingerprint=verified.sender_fingerprint,
            known=headoffice.signing_fingerprint[:16],
        )
    envelope = verified.envelope
    if envelope.get("kind") != KIND_RULEPACK:
        raise _refuse(tr_noop("This package holds a {kind}, not a rule pack."),
                      kind=envelope.get("kind"))  # fmt: skip
    _, members = open_package(source, workspace.encryption_key())
    texts: dict[str, str] = {}
    for name, data in members.items():
        file_name = name[len(MEMBER_PREFIX) :]
        if not name.startswith(MEMBER_PREFIX) or not name.endswith(".toml") or "/" in file_name:
            raise _refuse(tr_noop("The rule pack holds an unexpected member {name}."), name=name)
        try:
            texts[file_name] = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _refuse(tr_noop("{name} is not UTF-8 text."), name=name) from exc
    pack = parse_pack(texts)
    if (pack.id, pack.version) != (
        envelope.get("rule_pack_id"),
        envelope.get("rule_pack_version"),
    ):
        raise _refuse(tr_noop("The pack's files are not the pack the envelope names."))
    current = _stored(workspace, ACTIVE_SETTING)
    if current is not None and current["id"] == pack.id:
        if current["version"] == pack.version:
            return InstalledPack(pack.id, pack.version, None, changed=False)
        old, new = _version_key(current["version"]), _version_key(pack.version)
        if old is not None and new is not None and new < old:
            raise _refuse(
                tr_noop(
                    "Rule pack {id} {version} is older than the installed {current}: not installed."
                ),
                id=pack.id,
                version=pack.version,
                current=current["version"],
            )
    record = {
        "id": pack.id,
        "version": pack.version,
        "installed_at": (now or datetime.now().astimezone()).isoformat(),
        "signed_by": verified.sender_fingerprint,
        "files": texts,
    }
    if current is not None:
        workspace.set_setting(PREVIOUS_SETTING, json.dumps(current, ensure_ascii=False))
    workspace.set_setting(ACTIVE_SETTING, json.dumps(record, ensure_ascii=False))
    previous = (current["id"], current["version"]) if current is not None else None
    return InstalledPack(pack.id, pack.version, previous, changed=True)


def load_active_rule_pack(workspace: Workspace) -> RulePack:
    """The rule pack installed from head office, or the shipped default."""
    current = _stored(workspace, ACTIVE_SETTING)
    if current is None:
        return load_rule_pack()
    return parse_pack(dict(current["files"]))


def previous_rule_pack(workspace: Workspace) -> tuple[str, str] | None:
    """(id, version) of the pack installed before the active one."""
    previous = _stored(workspace, PREVIOUS_SETTING)
    return None if previous is None else (previous["id"], previous["version"])


__all__ = [
    "InstalledPack",
    "RulePackRefused",
    "install_rule_pack",
    "load_active_rule_pack",
    "previous_rule_pack",
]
