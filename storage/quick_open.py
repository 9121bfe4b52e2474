"""Open a workspace fast enough to paint the case list before SQLAlchemy loads.

Importing SQLAlchemy and SQLModel costs more than everything else start-up
does (about 350 ms on a plain laptop, issue #9). The case list needs none of
it: :func:`open_workspace_quickly` unwraps the key, takes the writer's lock,
checks the schema revision and reads the officer on one raw ``sqlcipher3``
connection, and returns a :class:`QuickWorkspace` whose store serves the list
(``count``, ``summaries``: :mod:`storage.case_list`, the same SQL the full
store runs) from that connection. Anything else (opening a case, settings,
keys, backups) builds the full :class:`storage.workspace.Workspace` on first
use, on the same key and lock; :meth:`QuickWorkspace.preload` imports its
modules in a background thread so that the first use does not wait.

Anything out of the ordinary (a pending migration, a key file of another
workspace, a missing schema) goes through :func:`storage.workspace.open_workspace`'s
own path, which upgrades with a backup or names the error.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.errors import NotAWorkspace
from domain.i18n import Message, tr_noop
from domain.ports import Actor, CaseFilter, CaseSummary
from storage import fsops, keyfile
from storage.case_list import CaseListQuery
from storage.lock import WorkspaceLock
from storage.migrations import runner
from storage.rekey import finish_interrupted_rekey
from storage.sqlcipher_conn import (
    DB_FILE_NAME,
    check_key,
    configure,
    connect_raw,
    translate_driver_error,
)

if TYPE_CHECKING:
    from storage.workspace import Workspace

Clock = Callable[[], datetime]

#: What the full workspace needs, imported by :meth:`QuickWorkspace.preload`.
_FULL_MODULES = ("storage.workspace",)


class QuickWorkspace:
    """An unlocked workspace (``domain.ports.WorkspaceSession``) that serves
    the case list from a raw connection until something else is asked of it;
    then it is the full :class:`~storage.workspace.Workspace` (every other
    attribute is that workspace's)."""

    def __init__(
        self,
        directory: Path,
        data_key: bytes,
        workspace_id: str,
        actor: Actor,
        clock: Clock | None,
        lock: WorkspaceLock,
        conn: Any,
    ) -> None:
        self._directory = directory
        self._data_key = data_key
        self.workspace_id = workspace_id
        self._actor = actor
        self._clock = clock
        self._lock = lock
        self._conn = conn
        self._full: Workspace | None = None
        self._closed = False
        self.read_only = False
        self.store = _QuickStore(self)

    @property
    def directory(self) -> Path:
        return self._directory

    @property
    def db_path(self) -> Path:
        return self._directory / DB_FILE_NAME

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def is_full(self) -> bool:
        """True once the full workspace has been built."""
        return self._full is not None

    def preload(self) -> threading.Thread:
        """Import the full workspace's modules (SQLAlchemy, the store) in a
        background thread; the returned thread is already started."""
        thread = threading.Thread(target=_import_full_modules, name="fcw-preload", daemon=True)
        thread.start()
        return thread

    def full(self) -> Workspace:
        """The full workspace, built on first call on this key and lock."""
        if self._full is None:
            if self._closed:
                raise RuntimeError("the workspace is closed")
            from storage.case_store import local_now
            from storage.db import make_engine
            from storage.workspace import Workspace

            engine = make_engine(self.db_path, self._data_key)
            self._full = Workspace(
                self._directory,
                engine,
                self._data_key,
                self.workspace_id,
                self._actor,
                self._clock or local_now,
                lock=self._lock,
            )
            self._conn.close()
            self._conn = None
        return self._full

    def list_cursor(self) -> Any:
        """A cursor for the list: the raw connection's, or None once full."""
        return None if self._conn is None else self._conn.cursor()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._full is not None:
            self._full.close()
            return
        try:
            self._conn.close()
        finally:
            self._conn = None
            self._lock.release()

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not found above: the full workspace's.
        if name.startswith("__") or name in {"_full", "_conn", "_closed"}:
            raise AttributeError(name)
        return getattr(self.full(), name)

    def __enter__(self) -> QuickWorkspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _QuickStore:
    """The case list from the raw connection; every other call is the full
    store's (and builds the full workspace)."""

    def __init__(self, workspace: QuickWorkspace) -> None:
        self._ws = workspace
        self._query = CaseListQuery("sqlite")

    def count(self, flt: CaseFilter = CaseFilter()) -> int:  # noqa: B008 (frozen)
        cursor = self._ws.list_cursor()
        if cursor is None:
            return int(self._ws.full().store.count(flt))
        try:
            return self._query.count(cursor, flt)
        finally:
            cursor.close()

    def summaries(
        self,
        flt: CaseFilter = CaseFilter(),  # noqa: B008 (frozen)
        offset: int = 0,
        limit: int = 500,
        order_by: str = "updated_at",
        descending: bool = True,
        label_order: Sequence[str] = (),
    ) -> list[CaseSummary]:
        cursor = self._ws.list_cursor()
        if cursor is None:
            rows: list[CaseSummary] = self._ws.full().store.summaries(
                flt, offset, limit, order_by, descending, label_order
            )
            return rows
        try:
            return self._query.summaries(
                cursor, flt, offset, limit, order_by, descending, label_order
            )
        finally:
            cursor.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._ws.full().store, name)


def _import_full_modules() -> None:
    for module in _FULL_MODULES:
        importlib.import_module(module)


def open_workspace_quickly(
    directory: Path, password: str, *, clock: Clock | None = None
) -> QuickWorkspace | Workspace:
    """Unlock ``directory`` for the officer: a :class:`QuickWorkspace` when the
    schema is current, else what :func:`storage.workspace.open_workspace`
    gives (after its upgrade). Raises the same errors as that function."""
    directory = fsops.long_path(directory)
    finish_interrupted_rekey(directory)  # a crash during a re-key (storage/rekey.py)
    key_file = keyfile.read_key_file(directory)
    data_key = keyfile.unwrap_with_password(key_file, password)
    db_path = directory / DB_FILE_NAME
    if not db_path.is_file():
        raise NotAWorkspace(Message(tr_noop("{path} is missing."), {"path": str(db_path)}))
    lock = WorkspaceLock.acquire(directory)
    conn = None
    try:
        conn = connect_raw(db_path, data_key)
        check_key(conn, db_path)
        configure(conn)
        info = _current_info(conn)
        if info is not None and info[0] == key_file.workspace_id:
            workspace_id, name, staff_no, branch = info
            actor = Actor(name=name, staff_no=staff_no, branch=branch)
            return QuickWorkspace(directory, data_key, workspace_id, actor, clock, lock, conn)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        lock.release()
        named = translate_driver_error(exc, db_path) if isinstance(exc, Exception) else None
        if named is None:
            raise
        raise named from exc
    # A migration to run or an error to name: the full path does both.
    conn.close()
    lock.release()
    from storage.workspace import _open_with_key

    return _open_with_key(directory, key_file, data_key, clock or _local_now())


def _current_info(conn: Any) -> tuple[str, str, str, str] | None:
    """``(workspace_id, officer_name, staff_no, branch)`` when the schema is at
    this version's head revision, else None."""
    has_version = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_version:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] != runner.head_revision():
        return None
    info = conn.execute(
        "SELECT workspace_id, officer_name, staff_no, branch FROM workspace_info WHERE id = 1"
    ).fetchone()
    return None if info is None else (str(info[0]), str(info[1]), str(info[2]), str(info[3]))


def _local_now() -> Clock:
    from storage.case_store import local_now

    return local_now


__all__ = ["QuickWorkspace", "open_workspace_quickly"]
