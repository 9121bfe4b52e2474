"""Issue 20, defect 5: changing the password re-keys the data. After it, an
old backup's key file and the old password open nothing of today's workspace."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

import main as main_module
from domain.case import Case
from domain.errors import NotAWorkspace, WorkspaceBusy, WrongPassword
from storage import keyfile, rekey
from storage.backup import create_backup
from storage.db import DB_FILE_NAME
from storage.recovery import recover_password
from storage.rekey import REKEY_DB, REKEY_KEY, rekey_workspace
from storage.sqlcipher_conn import check_key, connect_raw
from storage.workspace import open_workspace
from tests.storage.export_fixtures import HEAD_OFFICE, workstation
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace

NEW_PASSWORD = "新口令 2026-12"


def _workspace(directory: Path) -> str:
    with new_workspace(directory) as ws:
        case = Case()
        case.applicant.owner.name = "陈立"
        return ws.store.create(case, OFFICER).uuid


def _opens(db_path: Path, data_key: bytes) -> bool:
    conn = connect_raw(db_path, data_key)
    try:
        check_key(conn, db_path)
        return True
    except NotAWorkspace:
        return False
    finally:
        conn.close()


def test_password_change_on_the_command_line_leaves_old_backup_keys_useless(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = tmp_path / "ws"
    uuid = _workspace(directory)
    with open_workspace(directory, PASSWORD) as ws:
        backup = create_backup(ws, tmp_path / "backups", now=datetime(2026, 11, 1, tzinfo=UTC))
    old_key = keyfile.unwrap_with_password(keyfile.read_key_file(backup), PASSWORD)
    assert _opens(directory / DB_FILE_NAME, old_key)  # the same key, before the change

    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    monkeypatch.setenv("FCW_NEW_PASSWORD", NEW_PASSWORD)
    saved = sys.argv
    sys.argv = ["main.py", "password", "change", "--workspace", str(directory)]
    try:
        assert main_module.main() == 0
    finally:
        sys.argv = saved

    err = capsys.readouterr().err
    assert "Re-encrypting the workspace: 100%" in err
    # The backup's key file and the old password give the old key: it opens nothing now.
    assert not _opens(directory / DB_FILE_NAME, old_key)
    with pytest.raises(WrongPassword):
        open_workspace(directory, PASSWORD)
    with open_workspace(directory, NEW_PASSWORD) as ws:
        assert ws.store.load(uuid).applicant.owner.name == "陈立"
        assert ws.store.verify_history(uuid).ok  # the audit chain came along intact
    assert not (directory / REKEY_DB).exists() and not (directory / REKEY_KEY).exists()


def test_progress_is_reported_up_to_the_whole(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        for i in range(60):
            case = Case()
            case.notes = "记录 " * 2000 + str(i)  # about 6 KB each: some pages to copy
            ws.store.create(case, OFFICER)
    seen: list[tuple[int, int]] = []
    rekey_workspace(directory, PASSWORD, NEW_PASSWORD, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # never goes back
    with open_workspace(directory, NEW_PASSWORD) as ws:
        assert len(ws.store.case_ids()) == 60


def test_an_open_workspace_is_not_rekeyed(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _workspace(directory)
    with open_workspace(directory, PASSWORD), pytest.raises(WorkspaceBusy):
        rekey_workspace(directory, PASSWORD, NEW_PASSWORD)
    open_workspace(directory, PASSWORD).close()  # unchanged


def test_a_crash_after_the_new_key_file_is_written_is_completed_at_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "ws"
    uuid = _workspace(directory)

    def crash(_directory: Path) -> None:
        raise KeyboardInterrupt  # the power fails between steps 2 and 3

    monkeypatch.setattr(rekey, "_settle", crash)
    with pytest.raises(KeyboardInterrupt):
        rekey_workspace(directory, PASSWORD, NEW_PASSWORD)
    monkeypatch.undo()
    assert (directory / REKEY_DB).exists() and (directory / REKEY_KEY).exists()
    with open_workspace(directory, NEW_PASSWORD) as ws:
        assert ws.store.load(uuid).applicant.owner.name == "陈立"
    assert not (directory / REKEY_DB).exists() and not (directory / REKEY_KEY).exists()


def test_a_crash_while_copying_leaves_the_old_key_in_force(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "ws"
    uuid = _workspace(directory)

    def crash(_target: Path, _key: bytes) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(rekey, "_check_copy", crash)
    with pytest.raises(KeyboardInterrupt):
        rekey_workspace(directory, PASSWORD, NEW_PASSWORD)
    monkeypatch.undo()
    with open_workspace(directory, PASSWORD) as ws:
        assert ws.store.load(uuid).applicant.owner.name == "陈立"
    assert not (directory / REKEY_DB).exists()


def test_head_offices_recovery_wrap_is_made_again_for_the_new_key(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    workstation(directory).close()  # head office's enrolment imported: a recovery wrap
    rekey_workspace(directory, PASSWORD, NEW_PASSWORD)
    recover_password(directory, HEAD_OFFICE.encryption, "third password")
    open_workspace(directory, "third password").close()
