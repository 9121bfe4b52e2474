"""The workspace folder: ``workspace.db`` (SQLCipher) and ``workspace.key``.

Create, open (running pending migrations, after a backup), change the
password, add a head-office recovery wrap. Every failure is a named
:class:`domain.errors.WorkspaceError` carrying a :class:`Message`. Unlocking
reads the key file and checks the password before the database is opened at
all, so a wrong password changes no file.
"""

from __future__ import annotations

import contextlib
import hmac
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

from domain.errors import NotAWorkspace, WorkspaceError, WorkspaceTooNew
from domain.i18n import Message, tr_noop
from domain.ports import Actor, CaseStore, WorkspaceGateway, WorkspaceSession
from domain.version import APP_VERSION
from storage import fsops, keyfile
from storage.case_store import Clock, SqlCaseStore, local_now
from storage.db import (
    DB_FILE_NAME,
    UnitOfWork,
    backup_database,
    check_key,
    checkpoint,
    connect_raw,
    make_engine,
    translate_db_error,
)
from storage.keyfile import (
    DEFAULT_SCRYPT,
    KEY_FILE_NAME,
    ScryptParams,
    os_error_to_workspace_error,
)
from storage.keys import KeyPairs
from storage.lock import LOCK_FILE_NAME, WorkspaceLock, forbid_writes
from storage.migrations import runner
from storage.rekey import finish_interrupted_rekey
from storage.tables import (
    KIND_ENCRYPTION,
    KIND_SIGNING,
    KeyMaterialRow,
    SettingRow,
    WorkspaceInfoRow,
)

WORKSPACE_FOLDER_NAME = "workspace"


def default_workspace_dir(app_data_dir: Path) -> Path:
    """Where the officer's workspace lives, given the app-data folder
    (the UI computes that with QStandardPaths; storage may not import Qt)."""
    return app_data_dir / WORKSPACE_FOLDER_NAME


def workspace_exists(directory: Path) -> bool:
    """True when ``directory`` holds a key file and a database (not checked further)."""
    return (directory / KEY_FILE_NAME).is_file() and (directory / DB_FILE_NAME).is_file()


def backup_path(directory: Path, revision: str) -> Path:
    """Copy taken before migrating from ``revision``."""
    return directory / f"{DB_FILE_NAME}.bak-{revision}"


class Workspace:
    """An unlocked workspace (``domain.ports.WorkspaceSession``)."""

    def __init__(
        self,
        directory: Path,
        engine: Engine,
        data_key: bytes,
        workspace_id: str,
        actor: Actor,
        clock: Clock,
        *,
        lock: WorkspaceLock | None = None,
        read_only: bool = False,
    ) -> None:
        self._directory = directory
        self._lock = lock
        self.read_only = read_only
        self._engine = engine
        self._data_key = data_key
        self._closed = False
        self.workspace_id = workspace_id
        self._actor = actor
        self._store = SqlCaseStore(
            engine, db_path=self.db_path, default_branch=actor.branch, clock=clock
        )

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
    def store(self) -> SqlCaseStore:
        return self._store

    @property
    def engine(self) -> Engine:
        return self._engine

    def unit_of_work(self, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self._engine, self.db_path, write=write)

    def backup_to(self, target: Path) -> None:
        """Copy the live database (WAL included, encrypted alike) to ``target``."""
        backup_database(self._engine, self._data_key, target)

    def check_password(self, password: str) -> bool:
        """For the idle lock: does ``password`` unwrap this workspace's data key?"""
        try:
            key = keyfile.unwrap_with_password(keyfile.read_key_file(self._directory), password)
        except WorkspaceError:
            return False
        return hmac.compare_digest(key, self._data_key)

    def _key_row(self, kind: str) -> KeyMaterialRow:
        with self.unit_of_work() as uow:
            row = uow.session.get(KeyMaterialRow, kind)
            if row is None:
                raise KeyError(kind)
            return row

    def signing_key(self) -> Ed25519PrivateKey:
        """The workspace's Ed25519 key (signs packages)."""
        return Ed25519PrivateKey.from_private_bytes(self._key_row(KIND_SIGNING).private_key)

    def encryption_key(self) -> X25519PrivateKey:
        """The workspace's X25519 key (opens replies from head office)."""
        return X25519PrivateKey.from_private_bytes(self._key_row(KIND_ENCRYPTION).private_key)

    def key_pairs(self) -> KeyPairs:
        """Both private keys as ``storage.keys.KeyPairs`` (for packages and enrolment)."""
        return KeyPairs.from_raw(
            bytes(self._key_row(KIND_SIGNING).private_key),
            bytes(self._key_row(KIND_ENCRYPTION).private_key),
        )

    def public_keys(self) -> tuple[bytes, bytes]:
        """Raw ``(ed25519_public, x25519_public)``, 32 bytes each."""
        return (
            bytes(self._key_row(KIND_SIGNING).public_key),
            bytes(self._key_row(KIND_ENCRYPTION).public_key),
        )

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.unit_of_work() as uow:
            row = uow.session.get(SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: str) -> None:
        with self.unit_of_work(write=True) as uow:
            row = uow.session.get(SettingRow, key) or SettingRow(key=key, value=value)
            row.value = value
            uow.session.add(row)
            uow.commit()

    def close(self) -> None:
        """Fold the WAL into the database and let go of every connection."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.read_only:
                checkpoint(self._engine)
        except sa_exc.DBAPIError:
            pass  # another reader still holds it; SQLite checkpoints later
        finally:
            self._engine.dispose()
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _raw_keys() -> list[KeyMaterialRow]:
    signing = Ed25519PrivateKey.generate()
    encryption = X25519PrivateKey.generate()
    now = local_now()
    return [
        KeyMaterialRow(
            kind=KIND_SIGNING,
            private_key=signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
            public_key=signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            created_at=now,
        ),
        KeyMaterialRow(
            kind=KIND_ENCRYPTION,
            private_key=encryption.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
            public_key=encryption.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            created_at=now,
        ),
    ]


def _translate(exc: Exception, path: Path) -> WorkspaceError | None:
    if isinstance(exc, WorkspaceError):
        return exc
    if isinstance(exc, OSError):
        return os_error_to_workspace_error(exc, path)
    if isinstance(exc, sa_exc.DBAPIError):
        return translate_db_error(exc, path)
    return None


def create_workspace(
    directory: Path,
    password: str,
    officer_name: str,
    staff_no: str,
    branch: str,
    *,
    kdf: ScryptParams = DEFAULT_SCRYPT,
    clock: Clock = local_now,
    revision: str = "head",
) -> Workspace:
    """A new, empty workspace in ``directory`` (created if absent), unlocked.

    ``revision`` is for tests of migrations only. Fails with a named error,
    removing what it had written, when the folder already holds a workspace
    or cannot be written.
    """
    directory = fsops.long_path(directory)
    if not password:
        raise WorkspaceError(Message(tr_noop("The password may not be empty.")))
    db_path, key_path = directory / DB_FILE_NAME, directory / KEY_FILE_NAME
    if db_path.exists() or key_path.exists():
        raise WorkspaceError(
            Message(tr_noop("{path} already holds a workspace."), {"path": str(directory)})
        )
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error_to_workspace_error(exc, directory) from exc
    lock = WorkspaceLock.acquire(directory)
    data_key = keyfile.new_data_key()
    workspace_id = str(uuid.uuid4())
    engine = make_engine(db_path, data_key)
    try:
        with engine.begin() as conn:
            runner.upgrade(conn, revision)
        with UnitOfWork(engine, db_path) as uow:
            uow.session.add(
                WorkspaceInfoRow(
                    id=1,
                    workspace_id=workspace_id,
                    officer_name=officer_name,
                    staff_no=staff_no,
                    branch=branch,
                    created_at=clock(),
                    app_version=APP_VERSION,
                    schema_revision=runner.head_revision() if revision == "head" else revision,
                )
            )
            for row in _raw_keys():
                uow.session.add(row)
            uow.commit()
        keyfile.write_key_file(
            directory, keyfile.wrap_with_password(data_key, password, workspace_id, kdf)
        )
    except Exception as exc:
        engine.dispose()
        lock.release()
        lock_path = directory / LOCK_FILE_NAME
        for leftover in (
            db_path,
            Path(f"{db_path}-wal"),
            Path(f"{db_path}-shm"),
            key_path,
            lock_path,
        ):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        named = _translate(exc, directory)
        if named is None:
            raise
        raise named from exc
    actor = Actor(name=officer_name, staff_no=staff_no, branch=branch)
    return Workspace(directory, engine, data_key, workspace_id, actor, clock, lock=lock)


def _stored_revision(db_path: Path, data_key: bytes) -> str:
    """Read the schema revision without writing anything (no pragmas, no migration)."""
    conn = connect_raw(db_path, data_key)
    try:
        check_key(conn, db_path)
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        row = (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if has_table
            else None
        )
    finally:
        conn.close()
    if row is None:
        raise NotAWorkspace(
            Message(tr_noop("{path} holds no workspace schema."), {"path": str(db_path)})
        )
    return str(row[0])


def _open_with_key(
    directory: Path,
    key_file: keyfile.KeyFile,
    data_key: bytes,
    clock: Clock,
    read_only: bool = False,
) -> Workspace:
    db_path = directory / DB_FILE_NAME
    if not db_path.is_file():
        raise NotAWorkspace(Message(tr_noop("{path} is missing."), {"path": str(db_path)}))
    # One writer (storage.lock): WorkspaceBusy names the holder; read-only takes no lock.
    lock = None if read_only else WorkspaceLock.acquire(directory)
    try:
        return _open_locked(directory, key_file, data_key, clock, read_only, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_locked(
    directory: Path,
    key_file: keyfile.KeyFile,
    data_key: bytes,
    clock: Clock,
    read_only: bool,
    lock: WorkspaceLock | None,
) -> Workspace:
    db_path = directory / DB_FILE_NAME
    revision = _stored_revision(db_path, data_key)
    if not runner.is_known_revision(revision):
        raise WorkspaceTooNew(
            Message(
                tr_noop(
                    "This workspace was written by a newer version of the application "
                    "(schema {revision}). Install the newer version to open it."
                ),
                {"revision": revision},
            )
        )
    head = runner.head_revision()
    if read_only and revision != head:
        raise WorkspaceError(
            Message(
                tr_noop(
                    "This workspace needs an upgrade before it can be opened read-only; "
                    "open it normally once."
                )
            )
        )
    engine = make_engine(db_path, data_key)
    if read_only:
        forbid_writes(engine)
    try:
        if revision != head:
            backup_database(engine, data_key, backup_path(directory, revision))
            with engine.begin() as conn:
                runner.upgrade(conn, head)
                conn.execute(
                    text("UPDATE workspace_info SET schema_revision = :rev"), {"rev": head}
                )
        with UnitOfWork(engine, db_path) as uow:
            info = uow.session.get(WorkspaceInfoRow, 1)
            if info is None:
                raise NotAWorkspace(
                    Message(tr_noop("{path} holds no workspace schema."), {"path": str(db_path)})
                )
            actor = Actor(name=info.officer_name, staff_no=info.staff_no, branch=info.branch)
            workspace_id = info.workspace_id
    except Exception as exc:
        engine.dispose()
        named = _translate(exc, db_path)
        if named is None:
            raise
        raise named from exc
    if workspace_id != key_file.workspace_id:
        engine.dispose()
        raise NotAWorkspace(
            Message(
                tr_noop("The key file in {path} belongs to another workspace."),
                {"path": str(directory)},
            )
        )
    return Workspace(
        directory, engine, data_key, workspace_id, actor, clock, lock=lock, read_only=read_only
    )


def open_workspace(
    directory: Path, password: str, *, clock: Clock = local_now, read_only: bool = False
) -> Workspace:
    """Unlock the workspace in ``directory`` and bring its schema up to date.

    Raises WrongPassword, NotAWorkspace, WorkspaceTooNew, WorkspaceNotWritable
    or DiskFull (all ``domain.errors``). When a migration is pending the
    database is first copied to ``workspace.db.bak-<revision>``. Another
    process holding the workspace gives WorkspaceBusy (naming it); with
    ``read_only=True`` no lock is taken and every write is refused.
    """
    directory = fsops.long_path(directory)
    finish_interrupted_rekey(directory)
    key_file = keyfile.read_key_file(directory)
    data_key = keyfile.unwrap_with_password(key_file, password)
    return _open_with_key(directory, key_file, data_key, clock, read_only)


def open_workspace_with_recovery(
    directory: Path, headoffice_private_key: X25519PrivateKey, *, clock: Clock = local_now
) -> Workspace:
    """Open with head office's X25519 private key instead of the password."""
    directory = fsops.long_path(directory)
    finish_interrupted_rekey(directory)
    key_file = keyfile.read_key_file(directory)
    data_key = keyfile.recovery_unwrap(key_file, headoffice_private_key)
    return _open_with_key(directory, key_file, data_key, clock)


def change_password(directory: Path, old_password: str, new_password: str) -> None:
    """Re-wrap the data key under ``new_password``; the database is untouched.

    The key file is replaced atomically: after a crash it holds the old or the
    new password's wrap, never half of one. This keeps the data key, so an old
    key file (a backup's) and the old password still open the database:
    :func:`storage.rekey.rekey_workspace` changes the key too (the command
    line's ``password change`` does; docs/SECURITY.md).
    """
    if not new_password:
        raise WorkspaceError(Message(tr_noop("The password may not be empty.")))
    directory = fsops.long_path(directory)
    finish_interrupted_rekey(directory)
    key_file = keyfile.read_key_file(directory)
    data_key = keyfile.unwrap_with_password(key_file, old_password)
    keyfile.write_key_file(directory, keyfile.rewrap(key_file, data_key, new_password))


def add_recovery_wrap(directory: Path, password: str, headoffice_x25519_public: bytes) -> None:
    """Also wrap the data key for head office's X25519 public key (replacing an
    earlier wrap for the same key)."""
    directory = fsops.long_path(directory)
    key_file = keyfile.read_key_file(directory)
    data_key = keyfile.unwrap_with_password(key_file, password)
    fingerprint = keyfile.public_key_fingerprint(headoffice_x25519_public)
    key_file.recovery = [w for w in key_file.recovery if w.get("recipient") != fingerprint]
    key_file.recovery.append(
        keyfile.recovery_wrap(data_key, key_file.workspace_id, headoffice_x25519_public)
    )
    keyfile.write_key_file(directory, key_file)


def _conforms_to_ports(
    workspace: Workspace, gateway: SqlWorkspaceGateway
) -> tuple[WorkspaceSession, WorkspaceGateway, CaseStore]:
    # Never called: mypy checks here that the classes fit domain.ports.
    return workspace, gateway, workspace.store


from storage.gateway import SqlWorkspaceGateway  # noqa: E402  (light module, re-exported)
