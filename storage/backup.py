"""Encrypted backups of a workspace, on demand and on a schedule, and restore.

A backup is a folder ``backups/fcw-backup-YYYYMMDDTHHMMSSZ`` inside the
workspace folder (or elsewhere on request) holding ``workspace.db`` (an online
copy through SQLCipher's backup API, keyed with the same data key: nothing is
ever decrypted to disk), a copy of ``workspace.key`` and ``manifest.json``
(when, which workspace, schema revision, SHA-256 of both files). The backup's
key file unlocks it with the password that was current when it was taken.

:func:`restore` checks a backup before anything of the current workspace is
touched: file hashes, the key, ``PRAGMA integrity_check``, a known schema
revision, every audit chain. It restores into a temporary folder beside the
target and swaps the two with renames, keeping the replaced workspace aside.

A backup folder is readable by its owner only (0700, the key file copy created
0600, as is a restored workspace's key file and database) on POSIX; on Windows
the user profile's ACL protects it (:mod:`storage.fsops`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session, select

from domain.errors import NotAWorkspace, WorkspaceBusy, WorkspaceError, WrongPassword
from domain.i18n import Message, tr_noop
from domain.ports import AuditEntry
from domain.version import APP_VERSION
from storage import fsops, keyfile
from storage.audit import load_chain, state_hash_of, verify_chain
from storage.db import DB_FILE_NAME, UnitOfWork, check_key, connect_raw, make_engine
from storage.keyfile import KEY_FILE_NAME, os_error_to_workspace_error
from storage.lock import WorkspaceLock
from storage.migrations import runner
from storage.tables import CaseRow, UTCDateTime, WorkspaceInfoRow
from storage.workspace import Workspace

BACKUP_FOLDER = "backups"
BACKUP_PREFIX = "fcw-backup-"
MANIFEST_NAME = "manifest.json"
_STAMP = "%Y%m%dT%H%M%SZ"

log = logging.getLogger("fcw.storage.backup")


class BackupCorrupt(WorkspaceError):
    """A backup failed its checks; nothing was restored."""


@dataclass(frozen=True)
class RestoreResult:
    """Where the workspace now is, and where the one it replaced was kept."""

    directory: Path
    replaced: Path | None
    cases: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _stamp_of(path: Path) -> datetime | None:
    if not path.name.startswith(BACKUP_PREFIX):
        return None
    text = path.name[len(BACKUP_PREFIX) :].split("-", 1)[0]
    try:
        return datetime.strptime(text, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def list_backups(folder: Path) -> list[Path]:
    """The backups in ``folder``, oldest first (by the time in their names)."""
    if not folder.is_dir():
        return []
    found = [(s, p) for p in folder.iterdir() if p.is_dir() and (s := _stamp_of(p)) is not None]
    return [p for _, p in sorted(found, key=lambda item: (item[0], item[1].name))]


def _schema_revision(workspace: Workspace) -> str:
    with workspace.unit_of_work() as uow:
        info = uow.session.get(WorkspaceInfoRow, 1)
        return info.schema_revision if info is not None else ""


def create_backup(workspace: Workspace, out_dir: Path | None = None, *, now: datetime) -> Path:
    """Back ``workspace`` up into ``out_dir`` (default ``DIR/backups``); returns the folder.

    Written under a temporary name and renamed when complete, so a folder
    with a backup's name always holds a whole backup.
    """
    folder = (
        fsops.long_path(out_dir) if out_dir is not None else workspace.directory / BACKUP_FOLDER
    )
    name = BACKUP_PREFIX + now.astimezone(UTC).strftime(_STAMP)
    final = folder / name
    suffix = 1
    while final.exists():
        suffix += 1
        final = folder / f"{name}-{suffix}"
    tmp = folder / f".tmp-{uuid.uuid4().hex}"
    try:
        tmp.mkdir(parents=True)
        fsops.make_private(tmp)
        workspace.backup_to(tmp / DB_FILE_NAME)
        copy_private(workspace.directory / KEY_FILE_NAME, tmp / KEY_FILE_NAME)
        manifest = {
            "format": "fcw-backup",
            "version": 1,
            "workspace_id": workspace.workspace_id,
            "created_at": now.astimezone(UTC).isoformat(timespec="seconds"),
            "schema_revision": _schema_revision(workspace),
            "app_version": APP_VERSION,
            "sha256": {
                DB_FILE_NAME: _sha256(tmp / DB_FILE_NAME),
                KEY_FILE_NAME: _sha256(tmp / KEY_FILE_NAME),
            },
        }
        (tmp / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, sort_keys=True), "utf-8")
        fsops.replace(tmp, final)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise os_error_to_workspace_error(exc, final) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("backup written: %s", final.name)
    return final


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` backups in ``folder``; returns those removed."""
    backups = list_backups(folder)
    doomed = backups[: max(len(backups) - max(keep, 1), 0)]
    for path in doomed:
        shutil.rmtree(path, ignore_errors=True)
        log.info("old backup removed: %s", path.name)
    return doomed


def backup_if_due(
    workspace: Workspace, now: datetime, every_hours: float, keep: int
) -> Path | None:
    """For the UI's timer: back up when the newest backup in ``DIR/backups`` is
    ``every_hours`` old or older (or there is none), then keep the newest ``keep``.
    Returns the new backup's folder, or None when none was due."""
    folder = workspace.directory / BACKUP_FOLDER
    backups = list_backups(folder)
    if backups:
        newest = _stamp_of(backups[-1])
        assert newest is not None
        if now.astimezone(UTC) - newest < timedelta(hours=every_hours):
            return None
    made = create_backup(workspace, folder, now=now)
    prune_backups(folder, keep)
    return made


# ------------------------------------------------------------------ restore


def _corrupt(backup: Path, why: str) -> BackupCorrupt:
    return BackupCorrupt(
        Message(
            tr_noop("The backup {path} cannot be restored: {why}. Nothing was changed."),
            {"path": str(backup), "why": why},
        )
    )


def _check_manifest(backup: Path) -> dict[str, object]:
    try:
        manifest = json.loads((backup / MANIFEST_NAME).read_text("utf-8"))
        hashes = manifest["sha256"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _corrupt(backup, "its manifest is missing or unreadable") from exc
    for name in (DB_FILE_NAME, KEY_FILE_NAME):
        try:
            actual = _sha256(backup / name)
        except OSError as exc:
            raise _corrupt(backup, f"{name} is missing") from exc
        if actual != hashes.get(name):
            raise _corrupt(backup, f"{name} does not match its recorded hash")
    return dict(manifest)


def copy_private(source: Path, target: Path) -> None:
    """Copy a file that only its owner may read (a key file, a database): the
    copy is created 0600, never briefly readable by others (docs/SECURITY.md)."""
    data = source.read_bytes()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    fsops.make_private(target)  # the umask cannot widen 0600, but say it plainly


def _backup_password_hint(backup: Path, manifest: dict[str, object]) -> WrongPassword:
    """Wrong password for a backup: which password it needs, and from when."""
    made = str(manifest.get("created_at", ""))
    try:
        shown = datetime.fromisoformat(made).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        shown = made or "?"
    return WrongPassword(
        Message(
            tr_noop(
                "The password does not open this backup. A backup opens with the workspace "
                "password that was in use when it was made ({date}), not necessarily "
                "today's: a password change re-keys the workspace, and its backups keep "
                "the old password and key."
            ),
            {"date": shown},
        )
    )


def _legacy_chain(session: Session, case_uuid: str) -> list[AuditEntry]:
    rows = session.connection().execute(
        text(
            "SELECT seq, at, actor, action, field, old, new, reason, prev_hash, hash "
            "FROM audit_entry WHERE case_uuid = :u ORDER BY seq"
        ).columns(at=UTCDateTime()),
        {"u": case_uuid},
    )
    return [
        AuditEntry(
            seq=r.seq,
            case_uuid=case_uuid,
            at=r.at,
            actor=r.actor,
            action=r.action,
            field=r.field,
            old=r.old,
            new=r.new,
            reason=r.reason,
            prev_hash=r.prev_hash,
            hash=r.hash,
        )
        for r in rows
    ]


def check_backup_database(db_path: Path, data_key: bytes, workspace_id: str) -> int:
    """Integrity, schema revision, workspace id and every audit chain of a
    database copy; returns how many cases it holds. Raises BackupCorrupt."""
    conn = connect_raw(db_path, data_key)
    try:
        try:
            check_key(conn, db_path)
        except NotAWorkspace as exc:
            raise _corrupt(db_path, "the database does not open with its key") from exc
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            revision_row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            columns = {row[1] for row in conn.execute("PRAGMA table_info(audit_entry)")}
        except Exception as exc:  # any driver error here means a damaged file
            raise _corrupt(db_path, f"the database is damaged ({exc})") from exc
    finally:
        conn.close()
    if [tuple(r) for r in result] != [("ok",)]:
        raise _corrupt(db_path, "the database integrity check failed")
    if revision_row is None or not runner.is_known_revision(str(revision_row[0])):
        raise _corrupt(db_path, "its schema revision is unknown to this version")
    engine = make_engine(db_path, data_key)
    try:
        with UnitOfWork(engine, db_path) as uow:
            info = uow.session.get(WorkspaceInfoRow, 1)
            if info is None or info.workspace_id != workspace_id:
                raise _corrupt(db_path, "its key file belongs to another workspace")
            rows = uow.session.exec(
                select(CaseRow.uuid, CaseRow.number, CaseRow.audit_head, CaseRow.payload)
            ).all()
            # A backup from before revision 0009 has only legacy entries (and
            # no state to compare): read them without the newer columns.
            current = "value_digest" in columns
            for case_uuid, number, head, payload in rows:
                if current:
                    chain = load_chain(uow.session, case_uuid)
                    state: str | None = state_hash_of(payload)
                else:
                    chain, state = _legacy_chain(uow.session, case_uuid), None
                if not verify_chain(chain, expected_head=head, state_hash=state).ok:
                    raise _corrupt(db_path, f"the audit log of case {number} is broken")
        return len(rows)
    finally:
        engine.dispose()


def restore(backup: Path, target_dir: Path, password: str) -> RestoreResult:
    """Replace the workspace in ``target_dir`` with ``backup`` after checking it.

    ``password`` is the one that unlocked the workspace when the backup was
    taken. Raises WrongPassword, BackupCorrupt or WorkspaceBusy (the target is
    open elsewhere) with the current workspace untouched. The replaced
    workspace is kept as ``<target>.replaced-<time>`` beside it.
    """
    backup, target_dir = fsops.long_path(backup), fsops.long_path(target_dir)
    manifest = _check_manifest(backup)
    key_file = keyfile.read_key_file(backup)
    try:
        data_key = keyfile.unwrap_with_password(key_file, password)
    except WrongPassword as exc:
        raise _backup_password_hint(backup, manifest) from exc
    target_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = target_dir.parent / f".{target_dir.name}.restore-{uuid.uuid4().hex[:8]}"
    try:
        staging.mkdir()
        fsops.make_private(staging)
        copy_private(backup / DB_FILE_NAME, staging / DB_FILE_NAME)
        copy_private(backup / KEY_FILE_NAME, staging / KEY_FILE_NAME)
        cases = check_backup_database(staging / DB_FILE_NAME, data_key, key_file.workspace_id)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise os_error_to_workspace_error(exc, staging) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    replaced: Path | None = None
    lock: WorkspaceLock | None = None
    try:
        if target_dir.exists():
            lock = WorkspaceLock.acquire(target_dir)  # refuses while it is open elsewhere
            if fsops.on_windows():
                # Windows refuses to rename a folder with an open file in it, the
                # lock file too. Let go first: that same refusal then stops the
                # swap if another program opens the workspace in between.
                lock.release()
            stamp = datetime.now(UTC).strftime(_STAMP)
            replaced = target_dir.parent / f"{target_dir.name}.replaced-{stamp}"
            fsops.replace(target_dir, replaced)
        try:
            fsops.replace(staging, target_dir)
        except BaseException:
            if replaced is not None:
                fsops.replace(replaced, target_dir)  # put the current workspace back
                replaced = None
            raise
    except fsops.FileInUse as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise WorkspaceBusy(
            Message(
                tr_noop(
                    "The workspace {path} is open in another program (a file in it is in "
                    "use). Close it there and restore again; nothing was changed."
                ),
                {"path": str(target_dir)},
            )
        ) from exc
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise os_error_to_workspace_error(exc, target_dir) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if lock is not None:
            lock.release()
    if replaced is not None:
        # Later backups live with the workspace: move them to the restored one.
        old_backups = replaced / BACKUP_FOLDER
        if old_backups.is_dir():
            with contextlib.suppress(OSError):
                fsops.replace(old_backups, target_dir / BACKUP_FOLDER)
    log.info("workspace restored from backup %s (%d cases)", backup.name, cases)
    return RestoreResult(directory=target_dir, replaced=replaced, cases=cases)
