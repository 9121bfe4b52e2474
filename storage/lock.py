"""One writer per workspace: ``workspace.lock`` held with an OS-level lock.

The lock file names its holder (pid, host, start time, app version) so that a
second process can tell the officer who has the workspace open. The OS lock
(``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) is the authority:
the operating system lets go of it when the holding process ends, however it
ends, so a lock left by a crashed process is stale by construction and is
simply taken over. The holder's details in the file are only information;
a file naming a dead pid on this host is logged as a stale lock cleared.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.errors import WorkspaceBusy
from domain.i18n import Message, tr_noop
from domain.version import APP_VERSION
from storage import fsops
from storage.keyfile import os_error_to_workspace_error

if TYPE_CHECKING:  # SQLAlchemy stays out of start-up (storage.quick_open)
    from sqlalchemy import Engine

LOCK_FILE_NAME = "workspace.lock"
#: Windows locks byte ranges and refuses reads of a locked range: lock one
#: byte far past the holder's details so that others can still read them.
_WINDOWS_LOCK_OFFSET = 1 << 20

log = logging.getLogger("fcw.storage.lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or last held) the workspace lock."""

    pid: int
    host: str
    started_at: str
    app_version: str

    @classmethod
    def me(cls) -> LockHolder:
        return cls(
            pid=os.getpid(),
            host=socket.gethostname(),
            started_at=datetime.now(UTC).isoformat(timespec="seconds"),
            app_version=APP_VERSION,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "pid": self.pid,
            "host": self.host,
            "started_at": self.started_at,
            "app_version": self.app_version,
        }


def _parse_holder(raw: bytes) -> LockHolder | None:
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(
            pid=int(data["pid"]),
            host=str(data["host"]),
            started_at=str(data["started_at"]),
            app_version=str(data["app_version"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_holder(directory: Path) -> LockHolder | None:
    """The details written by the current (or last) holder, if readable."""
    try:
        return _parse_holder((Path(directory) / LOCK_FILE_NAME).read_bytes())
    except OSError:
        return None


def pid_alive(pid: int) -> bool:
    """True when a process with ``pid`` runs on this computer."""
    if pid <= 0:
        return False
    if fsops.on_windows():  # os.kill(pid, 0) would end the process there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _try_os_lock(fd: int) -> bool:
    """Take the exclusive OS lock without waiting; False when another holds it."""
    if not fsops.on_windows():
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    import msvcrt  # tests/storage/winsim.py plays it on Linux

    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        return False
    return True


def _release_os_lock(fd: int) -> None:
    if not fsops.on_windows():
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    import msvcrt

    # Windows unlocks only the exact range that was locked.
    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


def busy_error(directory: Path, holder: LockHolder | None) -> WorkspaceBusy:
    """The officer-readable refusal, naming the holder and offering read-only."""
    if holder is None:
        return WorkspaceBusy(
            Message(
                tr_noop(
                    "The workspace {path} is open in another program. "
                    "Close it there, or open this workspace read-only."
                ),
                {"path": str(directory)},
            )
        )
    return WorkspaceBusy(
        Message(
            tr_noop(
                "The workspace {path} is open in another program (process {pid} on "
                "{host}, since {since}). Close it there, or open this workspace read-only."
            ),
            {
                "path": str(directory),
                "pid": holder.pid,
                "host": holder.host,
                "since": holder.started_at,
            },
        )
    )


class WorkspaceLock:
    """The held lock on one workspace folder; :meth:`release` (or ``with``) lets go.

    Raises :class:`WorkspaceBusy` from :meth:`acquire` when another process
    (or another open of the same folder in this process) holds it.
    """

    def __init__(self, directory: Path, fd: int, holder: LockHolder) -> None:
        self.directory = directory
        self.holder = holder
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, directory: Path) -> WorkspaceLock:
        directory = Path(directory)
        path = directory / LOCK_FILE_NAME
        try:
            # No O_TRUNC: the holder's details must survive a failed attempt.
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise os_error_to_workspace_error(exc, path) from exc
        try:
            if not _try_os_lock(fd):
                raise busy_error(directory, read_holder(directory))
            previous = read_holder(directory)
            me = LockHolder.me()
            if previous is not None and previous.pid != me.pid:
                same_host = previous.host == me.host
                if same_host and pid_alive(previous.pid):
                    # The OS lock was free, so that process no longer holds the
                    # workspace (the pid may have been reused): taken over.
                    log.info(
                        "workspace lock: earlier holder pid %s no longer holds it", previous.pid
                    )
                else:
                    log.warning(
                        "workspace lock: cleared a stale lock of pid %s on %s",
                        previous.pid,
                        previous.host,
                    )
            payload = json.dumps(me.to_json(), sort_keys=True).encode("utf-8")
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, payload)
            os.fsync(fd)
        except WorkspaceBusy:
            os.close(fd)
            raise
        except OSError as exc:
            os.close(fd)
            raise os_error_to_workspace_error(exc, path) from exc
        return cls(directory, fd, me)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go; the file stays (removing it would race a process that is
        just opening it) but its details are emptied."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            _release_os_lock(fd)
        os.close(fd)

    def __enter__(self) -> WorkspaceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def forbid_writes(engine: Engine) -> None:
    """Make every connection of ``engine`` refuse writes (``PRAGMA query_only``):
    a read-only open beside the writer. A refused write surfaces as
    :class:`domain.errors.WorkspaceNotWritable`."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _query_only(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA query_only = ON")
