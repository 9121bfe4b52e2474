"""A new data key for a workspace, the database re-encrypted under it
(docs/SECURITY.md, "Keys: changing the password re-keys the data").

Re-wrapping the data key under a new password (``storage.workspace.change_password``)
leaves the database readable by anyone who holds an old copy of the key file
and the old password: every backup is such a copy. :func:`rekey_workspace`
draws a fresh data key, copies the database into a new file encrypted under it
with SQLCipher's own ``sqlcipher_export`` (nothing is decrypted to disk), and
only then puts the new database and the new key file in place. Afterwards an
old key file opens nothing but the backups made with it.

Crash safety, with the workspace lock held throughout:

1. ``workspace.db.rekey``: the database under the new key, written and fsynced;
2. ``workspace.key.rekey``: the new key file (new key, new password), written
   atomically — from here on the re-key is decided;
3. ``workspace.db.rekey`` replaces ``workspace.db``;
4. ``workspace.key.rekey`` replaces ``workspace.key``.

:func:`finish_interrupted_rekey`, run before every open, completes steps 3–4
when step 2 was reached and otherwise throws the half-made copy away. No
password is needed to decide, so an interrupted re-key never locks anyone out.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from domain.errors import WorkspaceBusy, WorkspaceError
from domain.i18n import Message, tr_noop
from storage import fsops, keyfile
from storage.keyfile import KEY_FILE_NAME
from storage.lock import WorkspaceLock
from storage.sqlcipher_conn import CIPHER_COMPATIBILITY, DB_FILE_NAME

REKEY_DB = DB_FILE_NAME + ".rekey"
REKEY_KEY = KEY_FILE_NAME + ".rekey"
_ENROLMENT_SETTING = "headoffice.enrolment"  # storage.headoffice_keys.ENROLMENT_SETTING

#: ``progress(bytes_written, bytes_expected)``; may be called many times, last
#: with ``bytes_written == bytes_expected``.
Progress = Callable[[int, int], None]


def finish_interrupted_rekey(directory: Path) -> None:
    """Complete or undo a re-key that a crash interrupted (see the module's doc).
    Does nothing when there is none, or when another program holds the workspace."""
    if not (directory / REKEY_DB).exists() and not (directory / REKEY_KEY).exists():
        return
    try:
        lock = WorkspaceLock.acquire(directory)
    except WorkspaceBusy:
        return  # its holder may be re-keying right now
    try:
        _settle(directory)
    finally:
        lock.release()


def _settle(directory: Path) -> None:
    new_db, new_key = directory / REKEY_DB, directory / REKEY_KEY
    if new_key.exists():  # step 2 was reached: roll forward
        if new_db.exists():
            _drop_old_journal(directory)
            fsops.replace(new_db, directory / DB_FILE_NAME)
        fsops.replace(new_key, directory / KEY_FILE_NAME)
        fsops.fsync_directory(directory)
    elif new_db.exists():  # the copy was not finished: the old key still rules
        new_db.unlink()
    for leftover in (REKEY_DB + "-journal", REKEY_KEY + ".tmp"):
        with contextlib.suppress(OSError):
            (directory / leftover).unlink(missing_ok=True)


def _drop_old_journal(directory: Path) -> None:
    """The old database's write-ahead log would be applied to the new file:
    its content is already in the copy (taken under the lock after a checkpoint)."""
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            (directory / (DB_FILE_NAME + suffix)).unlink()


def rekey_workspace(
    directory: Path,
    old_password: str,
    new_password: str,
    *,
    progress: Progress | None = None,
    kdf: keyfile.ScryptParams | None = None,
) -> None:
    """Give the closed workspace in ``directory`` a new data key and a new
    password. Raises WrongPassword (old password), WorkspaceBusy (it is open),
    WorkspaceError; on any error before step 2 the workspace is as it was.

    Head office's recovery wrap is made again for the new key when the
    workspace holds head office's enrolment. ``kdf`` (tests only) replaces the
    key file's scrypt cost for the new wrap."""
    if not new_password:
        raise WorkspaceError(Message(tr_noop("The password may not be empty.")))
    directory = fsops.long_path(directory)
    finish_interrupted_rekey(directory)
    key_file = keyfile.read_key_file(directory)
    old_key = keyfile.unwrap_with_password(key_file, old_password)
    lock = WorkspaceLock.acquire(directory)
    try:
        new_key = keyfile.new_data_key()
        try:
            enrolment = _export(directory, old_key, new_key, progress)
        except BaseException:
            with contextlib.suppress(OSError):
                (directory / REKEY_DB).unlink(missing_ok=True)
            raise
        fresh = keyfile.wrap_with_password(
            new_key, new_password, key_file.workspace_id, kdf or key_file.kdf
        )
        fresh.recovery = _recovery_wraps(key_file, new_key, enrolment)
        _write_new_key_file(directory, fresh)
        _settle(directory)
    finally:
        lock.release()


def _export(directory: Path, old_key: bytes, new_key: bytes, progress: Progress | None) -> Any:
    """Write ``workspace.db.rekey`` under ``new_key``; returns head office's
    enrolment text (or None) read on the way."""
    from storage.sqlcipher_conn import check_key, connect_raw, translate_driver_error

    db_path, target = directory / DB_FILE_NAME, directory / REKEY_DB
    target.unlink(missing_ok=True)
    expected = _database_bytes(directory)
    conn = connect_raw(db_path, old_key)
    try:
        check_key(conn, db_path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        row = conn.execute(
            "SELECT value FROM setting WHERE key = ?", (_ENROLMENT_SETTING,)
        ).fetchone()
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        if progress is not None:

            def report() -> int:
                with contextlib.suppress(OSError):
                    progress(min(target.stat().st_size, expected), expected)
                return 0  # go on

            conn.set_progress_handler(report, 20_000)
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(target),))
        conn.execute(f"PRAGMA rekeyed.cipher_compatibility = {CIPHER_COMPATIBILITY}")
        conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
        conn.execute(f"PRAGMA rekeyed.user_version = {int(user_version)}")
        conn.commit()
        conn.execute("DETACH DATABASE rekeyed")
        conn.set_progress_handler(None, 0)
    except Exception as exc:
        named = translate_driver_error(exc, target)
        if named is None:
            raise
        raise named from exc
    finally:
        conn.close()
    _check_copy(target, new_key)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if progress is not None:
        progress(expected, expected)
    return row[0] if row else None


def _database_bytes(directory: Path) -> int:
    total = 0
    for name in (DB_FILE_NAME, DB_FILE_NAME + "-wal"):
        with contextlib.suppress(OSError):
            total += (directory / name).stat().st_size
    return max(total, 1)


def _check_copy(target: Path, new_key: bytes) -> None:
    """The copy opens with the new key and is whole, before anything is replaced."""
    from storage.sqlcipher_conn import check_key, connect_raw

    conn = connect_raw(target, new_key)
    try:
        check_key(conn, target)
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if verdict != "ok":
        raise WorkspaceError(
            Message(
                tr_noop(
                    "The re-encrypted copy {path} failed its check ({reason}); nothing was changed."
                ),
                {"path": str(target), "reason": str(verdict)},
            )
        )


def _recovery_wraps(
    key_file: keyfile.KeyFile, new_key: bytes, enrolment_text: str | None
) -> list[dict[str, str]]:
    """Head office's recovery wrap for the new key, when the old key had one
    for the enrolment stored in the workspace. Wraps for keys the workspace
    no longer knows would open nothing: they are not carried over."""
    if not enrolment_text or not key_file.recovery:
        return []
    from storage.keys import parse_enrolment

    public = parse_enrolment(enrolment_text.encode("utf-8"), "workspace setting").encryption_public
    fingerprint = keyfile.public_key_fingerprint(public)
    if not any(w.get("recipient") == fingerprint for w in key_file.recovery):
        return []
    return [keyfile.recovery_wrap(new_key, key_file.workspace_id, public)]


def _write_new_key_file(directory: Path, key_file: keyfile.KeyFile) -> None:
    """``workspace.key.rekey``, written whole or not at all (step 2)."""
    staging = directory / ".rekey-staging"
    staging.mkdir(exist_ok=True)
    try:
        keyfile.write_key_file(staging, key_file)  # 0600, fsynced, atomic
        fsops.replace(staging / KEY_FILE_NAME, directory / REKEY_KEY)
        fsops.fsync_directory(directory)
    finally:
        with contextlib.suppress(OSError):
            (staging / (KEY_FILE_NAME + ".tmp")).unlink(missing_ok=True)
            staging.rmdir()


__all__ = ["Progress", "finish_interrupted_rekey", "rekey_workspace"]
