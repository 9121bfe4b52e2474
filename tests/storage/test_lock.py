"""One writer per workspace: the lock file, a second process, read-only, stale locks."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from domain.case import Case
from domain.errors import WorkspaceBusy, WorkspaceNotWritable
from storage.lock import LOCK_FILE_NAME, WorkspaceLock, read_holder
from storage.workspace import open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace

REPO = Path(__file__).resolve().parents[2]

_HOLDER = """
import sys
from pathlib import Path
from storage.workspace import open_workspace
ws = open_workspace(Path(sys.argv[1]), sys.argv[2])
print("READY", flush=True)
sys.stdin.readline()
"""


def _workspace(directory: Path) -> str:
    with new_workspace(directory) as ws:
        case = Case()
        case.applicant.owner.name = "陈立"
        return ws.store.create(case, OFFICER).uuid


def _start_holder(directory: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(directory), PASSWORD],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    return proc


@pytest.mark.skipif(os.name != "posix", reason="signals and flock are POSIX")
def test_a_second_process_gets_busy_naming_the_holder_until_the_holder_is_killed(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    case_uuid = _workspace(directory)
    holder = _start_holder(directory)
    try:
        with pytest.raises(WorkspaceBusy) as busy:
            open_workspace(directory, PASSWORD)
        text = busy.value.message.render()
        assert str(holder.pid) in text
        assert socket.gethostname() in text
        assert "read-only" in text
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    # The killed holder's details are still in the file: a stale lock.
    stale = read_holder(directory)
    assert stale is not None and stale.pid == holder.pid
    with open_workspace(directory, PASSWORD) as ws:
        assert ws.store.load(case_uuid).applicant.owner.name == "陈立"
        assert read_holder(directory) is not None
        assert read_holder(directory).pid == os.getpid()  # type: ignore[union-attr]


def test_the_lock_file_names_pid_host_start_time_and_app_version(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory):
        data = json.loads((directory / LOCK_FILE_NAME).read_text("utf-8"))
        assert data["pid"] == os.getpid()
        assert data["host"] == socket.gethostname()
        assert data["started_at"]
        assert data["app_version"]


def test_a_second_open_in_the_same_process_is_busy_and_closing_frees_it(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _workspace(directory)
    first = open_workspace(directory, PASSWORD)
    with pytest.raises(WorkspaceBusy):
        open_workspace(directory, PASSWORD)
    first.close()
    open_workspace(directory, PASSWORD).close()


def test_a_read_only_open_beside_the_writer_reads_cases_and_refuses_writes(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    case_uuid = _workspace(directory)
    with open_workspace(directory, PASSWORD) as writer:
        with open_workspace(directory, PASSWORD, read_only=True) as reader:
            assert reader.read_only
            case = reader.store.load(case_uuid)
            assert case.applicant.owner.name == "陈立"
            case.applicant.owner.name = "陈立新"
            with pytest.raises(WorkspaceNotWritable):
                reader.store.save(case, OFFICER)
        # The writer still writes: the reader took no lock.
        case = writer.store.load(case_uuid)
        case.applicant.owner.name = "陈立新"
        assert writer.store.save(case, OFFICER).version == 2


def test_a_lock_file_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    directory.mkdir()
    # A pid that ran and ended: its lock file stays, its OS lock is gone.
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead_pid = int(ended.stdout)
    (directory / LOCK_FILE_NAME).write_text(
        json.dumps(
            {"pid": dead_pid, "host": socket.gethostname(), "started_at": "x", "app_version": "0"}
        )
    )
    with WorkspaceLock.acquire(directory) as lock:
        assert lock.held
        assert read_holder(directory).pid == os.getpid()  # type: ignore[union-attr]
    assert not lock.held


def test_the_gateway_opens_read_only_beside_a_writer(tmp_path: Path) -> None:
    from storage.gateway import SqlWorkspaceGateway

    directory = tmp_path / "ws"
    case_uuid = _workspace(directory)
    gateway = SqlWorkspaceGateway()
    with gateway.open(directory, PASSWORD):
        with pytest.raises(WorkspaceBusy):
            gateway.open(directory, PASSWORD)
        with gateway.open_read_only(directory, PASSWORD) as reader:
            assert reader.read_only
            assert reader.store.load(case_uuid).applicant.owner.name == "陈立"
