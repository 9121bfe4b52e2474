"""Head office's keys on a workstation, and head office's own key files.

A workstation stores head office's enrolment file (public halves, self-signed)
once, in the workspace settings. Every case package is encrypted for its
X25519 key; the workspace's data key is also wrapped for it, so that head
office can recover a workspace whose password is lost. Replacing the stored
enrolment by a different one needs ``replace=True`` and is logged in the
setting :data:`LOG_SETTING` (one JSON line per change).

Head office itself keeps a private key file (passphrase-encrypted) and hands
out the matching enrolment file: :func:`generate_headoffice_files`.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from domain.errors import DomainError
from domain.i18n import Message, tr_noop
from storage import fsops
from storage.keys import (
    Enrolment,
    KeyPairs,
    enrolment_bytes,
    parse_enrolment,
    private_key_bytes,
)
from storage.workspace import Workspace, add_recovery_wrap

ENROLMENT_SETTING = "headoffice.enrolment"
LOG_SETTING = "headoffice.enrolment_log"


class HeadOfficeKeyError(DomainError):
    """No head-office key, or a different one than the one stored."""


def headoffice_enrolment(workspace: Workspace) -> Enrolment | None:
    """Head office's enrolment as stored in the workspace, or None."""
    text = workspace.get_setting(ENROLMENT_SETTING)
    if not text:
        return None
    return parse_enrolment(text.encode("utf-8"), "workspace setting")


def require_headoffice(workspace: Workspace) -> Enrolment:
    """Head office's enrolment, or an error saying how to import one."""
    enrolment = headoffice_enrolment(workspace)
    if enrolment is None:
        raise HeadOfficeKeyError(
            Message(
                tr_noop(
                    "No head-office key is known: nothing can be exported. Import head "
                    "office's enrolment file first: main.py keys import-headoffice "
                    "--workspace DIR FILE"
                )
            )
        )
    return enrolment


@dataclass(frozen=True)
class ImportResult:
    enrolment: Enrolment
    changed: bool  # False when the same enrolment was already stored
    replaced: bool  # True when a different one was replaced


def import_headoffice_enrolment(
    workspace: Workspace,
    data: bytes,
    password: str,
    *,
    replace: bool = False,
    now: datetime | None = None,
) -> ImportResult:
    """Store head office's enrolment (``data``: the file's bytes).

    The same enrolment again changes nothing. A different one is refused unless
    ``replace``; a replacement is logged. The workspace data key is wrapped for
    head office's X25519 key (recovery), which needs the officer's ``password``.
    """
    enrolment = parse_enrolment(data, "enrolment")
    if enrolment.role != "headoffice":
        raise HeadOfficeKeyError(
            Message(
                tr_noop("This enrolment file belongs to a {role}, not to head office."),
                {"role": enrolment.role},
            )
        )
    current = headoffice_enrolment(workspace)
    same = current is not None and (
        current.signing_public == enrolment.signing_public
        and current.encryption_public == enrolment.encryption_public
    )
    if same:
        return ImportResult(enrolment, changed=False, replaced=False)
    if current is not None and not replace:
        raise HeadOfficeKeyError(
            Message(
                tr_noop(
                    "A different head-office key ({current}) is already stored; the new "
                    "one is {new}. Use --replace to replace it (the change is logged)."
                ),
                {
                    "current": current.signing_fingerprint[:16],
                    "new": enrolment.signing_fingerprint[:16],
                },
            )
        )
    # The recovery wrap first: if the password is wrong nothing is stored.
    add_recovery_wrap(workspace.directory, password, enrolment.encryption_public)
    workspace.set_setting(ENROLMENT_SETTING, data.decode("utf-8"))
    stamp = (now or datetime.now().astimezone()).isoformat()
    line = json.dumps(
        {
            "at": stamp,
            "by": workspace.actor.name,
            "action": "replace" if current is not None else "import",
            "old": current.signing_fingerprint if current is not None else "",
            "new": enrolment.signing_fingerprint,
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    log = workspace.get_setting(LOG_SETTING, "") or ""
    workspace.set_setting(LOG_SETTING, log + line + "\n")
    return ImportResult(enrolment, changed=True, replaced=current is not None)


def enrolment_log(workspace: Workspace) -> list[dict[str, str]]:
    """The changes of the stored head-office key, oldest first."""
    text = workspace.get_setting(LOG_SETTING, "") or ""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def workstation_enrolment_bytes(workspace: Workspace, *, now: datetime | None = None) -> bytes:
    """This workstation's enrolment file (public halves, self-signed)."""
    keys = workspace.key_pairs()
    actor = workspace.actor
    enrolment = Enrolment(
        role="workstation",
        name=f"{actor.name} ({actor.staff_no})" if actor.staff_no else actor.name,
        branch=actor.branch,
        signing_public=keys.signing_public,
        encryption_public=keys.encryption_public,
        created_at=(now or datetime.now().astimezone()).isoformat(),
    )
    return enrolment_bytes(enrolment, keys)


def _write_new(path: Path, data: bytes, mode: int = 0o600) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        fsops.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def generate_headoffice_files(
    directory: Path,
    passphrase: str,
    *,
    name: str = "Head office",
    stem: str = "headoffice",
    now: datetime | None = None,
) -> tuple[Path, Path, KeyPairs]:
    """New head-office key pairs: ``<stem>.key`` (private, passphrase-encrypted)
    and ``<stem>.enrol.json`` (public, for the workstations) in ``directory``.

    Refuses to overwrite existing files."""
    if not passphrase:
        raise HeadOfficeKeyError(Message(tr_noop("The key passphrase may not be empty.")))
    directory.mkdir(parents=True, exist_ok=True)
    key_path = directory / f"{stem}.key"
    enrol_path = directory / f"{stem}.enrol.json"
    for path in (key_path, enrol_path):
        if path.exists():
            raise HeadOfficeKeyError(
                Message(tr_noop("{path} exists already; not overwritten."), {"path": str(path)})
            )
    keys = KeyPairs.generate()
    enrolment = Enrolment(
        role="headoffice",
        name=name,
        branch="",
        signing_public=keys.signing_public,
        encryption_public=keys.encryption_public,
        created_at=(now or datetime.now().astimezone()).isoformat(),
    )
    _write_new(key_path, private_key_bytes(keys, passphrase, label=name))
    _write_new(enrol_path, enrolment_bytes(enrolment, keys), 0o644)
    return key_path, enrol_path, keys
