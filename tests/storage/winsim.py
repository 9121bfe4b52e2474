"""Windows, played on Linux (issue 23): what the storage code's Windows branches
depend on, modelled closely enough that a wrong branch fails.

``simulate_windows(monkeypatch)`` makes :func:`storage.fsops.on_windows` true and
installs:

- :class:`FakeMsvcrt` as ``msvcrt``: ``locking()`` with Windows' byte-range
  semantics. A range is locked from the handle's current position; a lock that
  overlaps one held by any handle (the same one included) is refused at once
  (``LK_NBLCK``); only the exact range a handle locked can be unlocked; closing
  the handle lets go of its locks. Reading a locked range through another handle
  fails on Windows: :meth:`FakeMsvcrt.blocks_reading` answers whether it would.
- ``fcntl`` made unimportable (there is none on Windows).
- ``os.replace`` refusing, as Windows does, to replace or rename a file that is
  open (in this process, found in ``/proc/self/fd``, or held by "another
  program", :meth:`Windows.hold`), to rename a folder with an open file
  inside, or to replace a folder.
- ``os.fsync`` refusing folders (Windows can neither open a folder as a file
  nor flush one).
- ``os.kill`` failing the test: on Windows it ends the process, whatever the signal.
- ``ctypes.windll.kernel32`` answering ``OpenProcess`` for the pids given as alive.
- ``os.chmod`` recorded (modes mean nothing on NTFS; nothing should rely on them).
"""

from __future__ import annotations

import ctypes
import errno
import os
import stat
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from storage import fsops


@dataclass
class _Range:
    file: tuple[int, int]
    start: int
    end: int
    fd: int


def _identity(fd: int) -> tuple[int, int]:
    st = os.fstat(fd)
    return (st.st_dev, st.st_ino)


class FakeMsvcrt(types.ModuleType):
    LK_UNLCK = 0
    LK_LOCK = 1
    LK_NBLCK = 2
    LK_RLCK = 3
    LK_NBRLCK = 4

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.ranges: list[_Range] = []

    def _forget_closed_handles(self) -> None:
        alive = []
        for held in self.ranges:
            try:
                if _identity(held.fd) == held.file:
                    alive.append(held)
            except OSError:
                pass  # handle closed (or the process ended): Windows lets go
        self.ranges = alive

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        end = start + nbytes
        file = _identity(fd)
        self._forget_closed_handles()
        if mode == self.LK_UNLCK:
            for held in self.ranges:
                if (held.file, held.start, held.end, held.fd) == (file, start, end, fd):
                    self.ranges.remove(held)
                    return
            raise OSError(errno.EACCES, "Permission denied")  # ERROR_NOT_LOCKED
        if any(h.file == file and h.start < end and start < h.end for h in self.ranges):
            raise OSError(errno.EACCES, "Permission denied")  # ERROR_LOCK_VIOLATION
        self.ranges.append(_Range(file, start, end, fd))

    def new_handle(self, fd: int) -> None:
        """``fd`` was just handed out again: the handle that had that number was
        closed, and closing a handle lets go of its locks."""
        self.ranges = [h for h in self.ranges if h.fd != fd]

    def blocks_reading(self, path: Path, length: int) -> bool:
        """Would reading ``length`` bytes from the start of ``path`` through a
        new handle fail on Windows (a locked range overlaps them)?"""
        self._forget_closed_handles()
        st = path.stat()
        return any(h.file == (st.st_dev, st.st_ino) and h.start < length for h in self.ranges)


class FakeKernel32:
    def __init__(self) -> None:
        self.alive: set[int] = set()
        self.asked: list[int] = []
        self.closed: list[int] = []

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        self.asked.append(pid)
        return 0x100 + pid if pid in self.alive else 0

    def CloseHandle(self, handle: int) -> int:
        self.closed.append(handle)
        return 1


@dataclass
class Windows:
    """Handles on the simulation, for the test to steer and inspect."""

    msvcrt: FakeMsvcrt
    kernel32: FakeKernel32
    held: dict[str, int | None] = field(default_factory=dict)
    refused: list[tuple[str, str]] = field(default_factory=list)
    chmods: list[tuple[str, int]] = field(default_factory=list)

    def hold(self, path: Path, attempts: int | None = None) -> None:
        """Another program opens ``path``: for ``attempts`` refused renames, or for good."""
        self.held[os.path.abspath(path)] = attempts


def _open_here() -> set[str]:
    """Files this process has open."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("/"):
            found.add(target)
    return found


def simulate_windows(monkeypatch: pytest.MonkeyPatch) -> Windows:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("the Windows simulation needs Linux's /proc; on Windows the real thing runs")
    msvcrt = FakeMsvcrt()
    kernel32 = FakeKernel32()
    win = Windows(msvcrt, kernel32)
    real_replace, real_open, real_fsync = os.replace, os.open, os.fsync

    def in_use(path: str) -> bool:
        busy = _open_here()
        for name, left in list(win.held.items()):
            if left is not None and left <= 0:
                del win.held[name]
            else:
                busy.add(name)
        if os.path.isdir(path):
            return any(b == path or b.startswith(path + os.sep) for b in busy)
        return path in busy

    def windows_replace(src: Any, dst: Any, **kwargs: Any) -> None:
        s, d = os.path.abspath(src), os.path.abspath(dst)
        if in_use(s) or in_use(d) or os.path.isdir(d):
            for name, left in win.held.items():
                if left is not None and (name in (s, d) or name.startswith(s + os.sep)):
                    win.held[name] = left - 1
            win.refused.append((s, d))
            raise PermissionError(errno.EACCES, "Access is denied", str(src))
        real_replace(src, dst, **kwargs)

    def windows_open(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        fd = real_open(path, flags, mode, **kwargs)
        msvcrt.new_handle(fd)
        return fd

    def windows_fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise PermissionError(errno.EACCES, "Permission denied")
        real_fsync(fd)

    def no_kill(pid: int, sig: int) -> None:
        pytest.fail(f"os.kill({pid}, {sig}) on Windows would end process {pid}")

    def chmod(path: Any, mode: int, **kwargs: Any) -> None:
        win.chmods.append((str(path), mode))

    monkeypatch.setattr(fsops, "PLATFORM", "win32")
    monkeypatch.setitem(sys.modules, "msvcrt", msvcrt)
    monkeypatch.setitem(sys.modules, "fcntl", None)  # import fcntl → ImportError
    monkeypatch.setattr(os, "replace", windows_replace)
    monkeypatch.setattr(os, "open", windows_open)
    monkeypatch.setattr(os, "fsync", windows_fsync)
    monkeypatch.setattr(os, "kill", no_kill)
    monkeypatch.setattr(os, "chmod", chmod)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
    return win
