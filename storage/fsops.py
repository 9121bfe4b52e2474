"""File-system operations that differ between Windows and POSIX (issue 23).

The one place where the storage layer asks which system it runs on
(:func:`on_windows`, from :data:`PLATFORM`), so that tests can play Windows on
Linux (``tests/storage/winsim.py``) and every Windows branch runs in CI.

- :func:`replace` — Windows refuses to replace or rename a file that another
  program holds open (a PDF viewer or Excel showing the previous file, a virus
  scanner reading the new one), and a folder with an open file inside. On
  Windows the replace is retried for about a second and a half, since scanners
  let go quickly, and then fails with :class:`FileInUse`, naming the file.
- :func:`fsync_directory` — on POSIX a rename is made durable by an fsync of its
  folder. Windows cannot open a folder as a file and has no such call (NTFS
  journals the rename itself), so it is skipped there.
- :func:`make_private` — owner-only modes on POSIX (0600 files, 0700 folders).
  Modes mean nothing on NTFS: on Windows the key file and the backups take
  their protection from the ACL of the user profile they live in
  (``%LOCALAPPDATA%`` grants only the user, SYSTEM and administrators);
  docs/WINDOWS.md says what that means for a workspace placed elsewhere.
- :func:`long_path` — a Windows path that could pass MAX_PATH (260 characters)
  once the program adds its own names gets the ``\\\\?\\`` prefix, which lifts
  the limit for the Windows file API and for SQLite.
"""

from __future__ import annotations

import errno
import ntpath
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

#: ``sys.platform`` of the running system; tests set ``"win32"`` to simulate Windows.
PLATFORM = sys.platform
#: Waits between attempts when Windows refuses a replace (about 1.5 s in all).
REPLACE_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)
MAX_PATH = 260
#: Room kept for the longest name the program adds under a folder it is given
#: (``backups\\fcw-backup-…-N\\workspace.db-wal``, ``.tmp-<32 hex>``, …).
ROOM = 100


def on_windows() -> bool:
    return PLATFORM == "win32"


class FileInUse(PermissionError):
    """Windows refused a replace or rename because another program has the
    file (or a file in the folder) open. ``filename`` names it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(
            errno.EACCES, "open in another program; close it there and try again", str(path)
        )


def replace(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """``os.replace(src, dst)``; on Windows retried while the file is in use,
    then :class:`FileInUse` (``src`` is left where it was)."""
    if not on_windows():
        os.replace(src, dst)
        return
    for delay in (*REPLACE_DELAYS, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError as exc:
            if delay is None:
                raise FileInUse(src if os.path.isdir(src) else dst) from exc
            sleep(delay)


def fsync_directory(directory: str | os.PathLike[str]) -> None:
    """Make a rename in ``directory`` durable (POSIX); nothing to do on Windows."""
    if on_windows():
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Only the owner may read ``path`` (POSIX modes). On Windows the user
    profile's ACL protects it instead; nothing is changed."""
    if on_windows():
        return
    os.chmod(path, 0o700 if path.is_dir() else 0o600)


def long_path(path: str | os.PathLike[str]) -> Path:
    """``path`` in a form the Windows file API accepts beyond 260 characters:
    absolute with the ``\\\\?\\`` (or ``\\\\?\\UNC\\``) prefix when the path plus
    :data:`ROOM` reaches MAX_PATH. Unchanged on other systems and for short paths."""
    text = os.fspath(path)
    if not on_windows() or text.startswith("\\\\?\\"):
        return Path(text)
    absolute = ntpath.abspath(text)
    if len(absolute) + ROOM < MAX_PATH:
        return Path(text)
    if absolute.startswith("\\\\"):  # \\server\share\...
        return Path("\\\\?\\UNC\\" + absolute[2:])
    return Path("\\\\?\\" + absolute)
