"""The workspace lock's Windows branch (``msvcrt.locking``), played on Linux
with Windows' byte-range semantics (tests/storage/winsim.py)."""

from __future__ import annotations

import json
import logging
import os
import socket
from pathlib import Path

import pytest

from domain.errors import WorkspaceBusy
from storage import lock as lock_module
from storage.lock import LOCK_FILE_NAME, WorkspaceLock, pid_alive, read_holder
from tests.storage.winsim import Windows, simulate_windows


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Windows:
    return simulate_windows(monkeypatch)


def test_on_windows_a_second_open_is_refused_and_names_the_holder(
    windows: Windows, tmp_path: Path
) -> None:
    first = WorkspaceLock.acquire(tmp_path)
    try:
        with pytest.raises(WorkspaceBusy) as busy:
            WorkspaceLock.acquire(tmp_path)
        text = busy.value.message.render()
        assert str(os.getpid()) in text and socket.gethostname() in text
    finally:
        first.release()


def test_on_windows_the_locked_byte_leaves_the_holders_details_readable(
    windows: Windows, tmp_path: Path
) -> None:
    with WorkspaceLock.acquire(tmp_path):
        path = tmp_path / LOCK_FILE_NAME
        details = path.read_bytes()
        assert json.loads(details)["pid"] == os.getpid()
        assert windows.msvcrt.ranges, "the msvcrt lock was taken"
        # Windows refuses reads of a locked range to other handles: the details
        # (and room for a much longer host name) lie before the locked byte.
        assert not windows.msvcrt.blocks_reading(path, 64 * 1024)


def test_on_windows_a_released_lock_can_be_taken_again(windows: Windows, tmp_path: Path) -> None:
    # Windows unlocks only the exact range locked: a release at another offset
    # would leave the byte locked and this second acquire would be refused.
    WorkspaceLock.acquire(tmp_path).release()
    assert windows.msvcrt.ranges == []
    again = WorkspaceLock.acquire(tmp_path)
    assert again.held
    again.release()


def test_on_windows_a_lock_left_by_a_process_that_ended_is_taken_over(
    windows: Windows, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / LOCK_FILE_NAME
    crashed = {
        "pid": 999_999,
        "host": socket.gethostname(),
        "started_at": "2026-11-27T02:00:00+00:00",
        "app_version": "0.1.0",
    }
    path.write_text(json.dumps(crashed), encoding="utf-8")
    # The crashed process's handle: locked, then closed without unlocking.
    fd = os.open(path, os.O_RDWR)
    os.lseek(fd, lock_module._WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    windows.msvcrt.locking(fd, windows.msvcrt.LK_NBLCK, 1)
    os.close(fd)
    with caplog.at_level(logging.WARNING, logger="fcw.storage.lock"):
        taken = WorkspaceLock.acquire(tmp_path)
    try:
        assert "stale lock of pid 999999" in caplog.text
        assert 999_999 in windows.kernel32.asked  # asked of the kernel, not by a signal
        holder = read_holder(tmp_path)
        assert holder is not None and holder.pid == os.getpid()
    finally:
        taken.release()


def test_on_windows_a_process_is_alive_when_the_kernel_opens_it_and_the_handle_is_closed(
    windows: Windows,
) -> None:
    windows.kernel32.alive = {4242}
    assert pid_alive(4242)
    assert windows.kernel32.closed == [0x100 + 4242]
    assert not pid_alive(4343)
    assert not pid_alive(0)
