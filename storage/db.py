"""The encrypted database: one engine per workspace, and the unit of work.

Every connection is opened here, keyed with the raw data key and configured in
one place (:func:`_configure`). SQLAlchemy drives ``sqlcipher3`` through its
pysqlite dialect (``module=sqlcipher3`` so that driver errors are recognised)
with a ``creator`` that keys the connection before anything else reads it.
Transactions are begun explicitly (SQLAlchemy's documented recipe for
pysqlite) so that a unit of work is one real SQLite transaction, reads
included.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlmodel import Session

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
IMMEDIATE_OPTION = "fcw_begin_immediate"


def connect_raw(db_path: Path, data_key: bytes) -> Any:
    """A ``sqlcipher3`` connection keyed with ``data_key``; nothing read yet."""
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False)
    # Raw key form: SQLCipher uses the 32 bytes directly, no passphrase KDF
    # (the password KDF is scrypt, in the key file).
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def check_key(conn: Any, db_path: Path) -> None:
    """Read the schema once: a wrong key or a plain/corrupt file fails here."""
    # Waiting for a lock is not a write; it keeps a busy file from looking corrupt.
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        named = translate_db_error(exc, db_path)
        if isinstance(named, WorkspaceBusy | DiskFull | WorkspaceNotWritable):
            raise named from None
        raise NotAWorkspace(
            Message(
                tr_noop("{path} is not an encrypted workspace database ({reason})."),
                {"path": str(db_path), "reason": str(exc)},
            )
        ) from None


def _configure(conn: Any) -> None:
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


def make_engine(db_path: Path, data_key: bytes) -> Engine:
    """The workspace's engine. The key lives in this closure, in memory only."""

    def creator() -> Any:
        conn = connect_raw(db_path, data_key)
        try:
            check_key(conn, db_path)
            _configure(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    engine = create_engine(f"sqlite:///{db_path}", module=sqlcipher3, creator=creator)

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A unit of work that will write takes the write lock at once (IMMEDIATE):
        # a deferred read-then-write transaction fails outright, without waiting,
        # when another connection committed after its first read.
        immediate = conn.get_execution_options().get(IMMEDIATE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the database file and empty it (before close or backup)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def backup_database(engine: Engine, data_key: bytes, target: Path) -> None:
    """Copy the live database, WAL content included, to ``target`` (encrypted alike).

    Uses SQLite's online backup API on an open connection, so what the WAL
    holds and the main file does not yet hold is copied too.
    """
    target.unlink(missing_ok=True)
    dest = connect_raw(target, data_key)
    try:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            raw.close()
        dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dest.close()


def translate_db_error(exc: BaseException, db_path: Path | None = None) -> WorkspaceError | None:
    """The named workspace error for a driver error, or None when it is a bug."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if not isinstance(orig, sqlcipher3.Error | sqlite3.Error):
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


class UnitOfWork:
    """One transaction. Commit explicitly; leaving the block without a commit,
    or by an exception, rolls back (cosmicpython's unit of work). ``write=True``
    takes SQLite's write lock when the block starts (waiting up to the busy
    timeout), so its reads and writes see one consistent state.

    Driver errors that a person can act on (disk full, read-only, busy) leave
    as the named :class:`WorkspaceError`.
    """

    def __init__(self, engine: Engine, db_path: Path | None = None, *, write: bool = False) -> None:
        self._engine = engine
        self._db_path = db_path
        self._write = write
        self.session: Session = Session(engine, expire_on_commit=False)

    def __enter__(self) -> UnitOfWork:
        if self._write and self._engine.dialect.name == "sqlite":
            try:
                self.session.connection(execution_options={IMMEDIATE_OPTION: True})
            except sa_exc.DBAPIError as exc:
                self.session.close()
                named = translate_db_error(exc, self._db_path)
                if named is not None:
                    raise named from exc
                raise
        return self

    def commit(self) -> None:
        try:
            self.session.commit()
        except sa_exc.DBAPIError as exc:
            self.session.rollback()
            named = translate_db_error(exc, self._db_path)
            if named is not None:
                raise named from exc
            raise

    def rollback(self) -> None:
        self.session.rollback()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() rolls back whatever was not committed, like rollback(), but
        # leaves the rows already read usable (rollback() would expire them).
        self.session.close()
        if isinstance(exc, sa_exc.DBAPIError):
            named = translate_db_error(exc, self._db_path)
            if named is not None:
                raise named from exc
