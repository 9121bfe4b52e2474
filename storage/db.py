"""The encrypted database: one engine per workspace, and the unit of work.

Every connection is opened here, keyed with the raw data key and configured in
one place (:mod:`storage.sqlcipher_conn`). SQLAlchemy drives ``sqlcipher3`` through its
pysqlite dialect (``module=`` the binding, so that driver errors are recognised)
with a ``creator`` that keys the connection before anything else reads it.
Transactions are begun explicitly (SQLAlchemy's documented recipe for
pysqlite) so that a unit of work is one real SQLite transaction, reads
included.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlmodel import Session

from domain.errors import WorkspaceError
from storage.sqlcipher_conn import (
    BUSY_TIMEOUT_MS,
    DB_FILE_NAME,
    check_key,
    configure,
    connect_raw,
    driver,
    translate_driver_error,
)

IMMEDIATE_OPTION = "fcw_begin_immediate"


def make_engine(db_path: Path, data_key: bytes) -> Engine:
    """The workspace's engine. The key lives in this closure, in memory only."""

    def creator() -> Any:
        conn = connect_raw(db_path, data_key)
        try:
            check_key(conn, db_path)
            configure(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    engine = create_engine(f"sqlite:///{db_path}", module=driver, creator=creator)

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
    """The named workspace error for a driver error (raw or wrapped by
    SQLAlchemy), or None when it is a bug."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    return None if orig is None else translate_driver_error(orig, db_path)


#: SQLSTATE classes caused by what was written, not by the server: data
#: exception (22: a value too long, out of range), integrity constraint (23),
#: program limit exceeded (54: an index row too large). PostgreSQL's driver
#: files class 54 under OperationalError, like a connection lost.
_DATA_SQLSTATE_CLASSES = ("22", "23", "54")


def rejected_data(exc: BaseException) -> bool:
    """Whether the database refused the data written (the package is refused,
    a batch goes on) rather than being unreachable (docs/FORMATS.md, "Exit codes")."""
    if not isinstance(exc, sa_exc.DBAPIError) or exc.connection_invalidated:
        return False
    if isinstance(exc, sa_exc.DataError | sa_exc.IntegrityError):
        return True
    state = getattr(exc.orig, "sqlstate", None)
    return isinstance(state, str) and state[:2] in _DATA_SQLSTATE_CLASSES


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


__all__ = [
    "BUSY_TIMEOUT_MS",
    "DB_FILE_NAME",
    "IMMEDIATE_OPTION",
    "UnitOfWork",
    "backup_database",
    "check_key",
    "checkpoint",
    "connect_raw",
    "make_engine",
    "rejected_data",
    "translate_db_error",
]
