"""Raw ``sqlcipher3`` connections to the workspace database: keyed, checked and
configured here, without SQLAlchemy. :mod:`storage.db` builds its engine on
these; :mod:`storage.quick_open` paints the case list with one before
SQLAlchemy is loaded (start-up, issue #9).

This module is also the one seam to the SQLCipher binding: Linux installs
``sqlcipher3-binary``, Windows and macOS ``sqlcipher3`` (``pyproject.toml``
markers); both provide the module ``sqlcipher3``, imported here only. Their
SQLCipher builds differ (4.12 and 4.19 today), so every connection pins the
SQLCipher 4 format (``PRAGMA cipher_compatibility = 4``: 4096-byte pages,
AES-256-CBC, HMAC-SHA512, PBKDF2-HMAC-SHA512) and a workspace written on one
system opens on the other (issue 23, ``tests/storage/test_workspace_format.py``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3

from domain.errors import (
    DiskFull,
    NotAWorkspace,
    WorkspaceBusy,
    WorkspaceError,
    WorkspaceNotWritable,
)
from domain.i18n import Message, tr_noop

DB_FILE_NAME = "workspace.db"
BUSY_TIMEOUT_MS = 5000
#: The DB-API module of the binding this system installed (see the module's doc).
driver: Any = sqlcipher3
#: The SQLCipher major version whose default settings every workspace uses.
CIPHER_COMPATIBILITY = 4


def connect_raw(db_path: Path, data_key: bytes) -> Any:
    """A ``sqlcipher3`` connection keyed with ``data_key``; nothing read yet."""
    conn = driver.connect(str(db_path), check_same_thread=False)
    # Raw key form: SQLCipher uses the 32 bytes directly, no passphrase KDF
    # (the password KDF is scrypt, in the key file).
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    # Whatever the binding's own defaults: the SQLCipher 4 format, on every system.
    conn.execute(f"PRAGMA cipher_compatibility = {CIPHER_COMPATIBILITY}")
    return conn


def check_key(conn: Any, db_path: Path) -> None:
    """Read the schema once: a wrong key or a plain/corrupt file fails here."""
    # Waiting for a lock is not a write; it keeps a busy file from looking corrupt.
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as exc:
        named = translate_driver_error(exc, db_path)
        if isinstance(named, WorkspaceBusy | DiskFull | WorkspaceNotWritable):
            raise named from None
        raise NotAWorkspace(
            Message(
                tr_noop("{path} is not an encrypted workspace database ({reason})."),
                {"path": str(db_path), "reason": str(exc)},
            )
        ) from None


def configure(conn: Any) -> None:
    # WAL: readers (the case list) never wait for the writer.
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # FULL rather than NORMAL: in WAL mode NORMAL can lose the last commits on
    # power loss. A saved edit and its audit entry must survive a laptop whose
    # battery dies in the field; one extra fsync per save is cheap for one user.
    conn.execute("PRAGMA synchronous = FULL")
    # Temporary tables and sort spills stay in memory: no extra files on disk.
    conn.execute("PRAGMA temp_store = MEMORY")
    # 64 MiB of page cache (default 2 MiB): the case list's covering index on
    # 100,000 cases stays in memory, so each keystroke of the filter rescans
    # decrypted pages instead of decrypting them again (105 ms → 55 ms).
    conn.execute("PRAGMA cache_size = -65536")
    # We begin transactions ourselves (see make_engine).
    conn.isolation_level = None


def translate_driver_error(
    orig: BaseException, db_path: Path | None = None
) -> WorkspaceError | None:
    """The named workspace error for a ``sqlcipher3``/``sqlite3`` error, or None
    when it is a bug."""
    if not isinstance(orig, driver.Error | sqlite3.Error):
        return None
    text = str(orig).lower()
    params = {"path": str(db_path or "")}
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(Message(tr_noop("The disk is full; {path} was not changed."), params))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return WorkspaceNotWritable(
            Message(tr_noop("{path} cannot be written (no permission or read-only disk)."), params)
        )
    if "locked" in text or "busy" in text:
        return WorkspaceBusy(Message(tr_noop("The workspace is busy in another window."), params))
    if "not a database" in text or "malformed" in text:
        return NotAWorkspace(
            Message(
                tr_noop("{path} is not an encrypted workspace database ({reason})."),
                {**params, "reason": str(orig)},
            )
        )
    return None
