"""Encrypted backups: on demand, on a schedule, kept N deep; restore checks first."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.case import Case
from domain.errors import WorkspaceBusy, WrongPassword
from storage.backup import (
    BACKUP_FOLDER,
    BackupCorrupt,
    backup_if_due,
    check_backup_database,
    create_backup,
    list_backups,
    restore,
)
from storage.db import DB_FILE_NAME
from storage.keyfile import KEY_FILE_NAME, read_key_file, unwrap_with_password
from storage.workspace import open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, folder_digest, new_workspace

NOON = datetime(2026, 11, 27, 4, 0, 0, tzinfo=UTC)


def _case(name: str) -> Case:
    case = Case()
    case.applicant.owner.name = name
    return case


def test_a_backup_holds_the_cases_encrypted_with_the_key_file_and_a_manifest(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        ws.store.create(_case("陈立"), OFFICER)
        made = create_backup(ws, now=NOON)
    assert made.parent == directory / BACKUP_FOLDER
    assert made.name == "fcw-backup-20261127T040000Z"
    assert {DB_FILE_NAME, KEY_FILE_NAME, "manifest.json"} <= set(folder_digest(made))
    # Encrypted: the plain SQLite header and the name are not in the bytes.
    raw = (made / DB_FILE_NAME).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "陈立".encode() not in raw
    key = unwrap_with_password(read_key_file(made), PASSWORD)
    assert check_backup_database(made / DB_FILE_NAME, key, read_key_file(made).workspace_id) == 1


def test_a_backup_taken_while_another_connection_writes_is_whole_and_verifies(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        ws.store.create(_case("起始"), OFFICER)
        stop = threading.Event()
        written: list[int] = []

        def writer() -> None:
            i = 0
            while not stop.is_set() and i < 200:
                ws.store.create(_case(f"并发{i}"), OFFICER)
                i += 1
                written.append(i)

        thread = threading.Thread(target=writer)
        thread.start()
        try:
            while len(written) < 3:
                stop.wait(0.01)
            made = create_backup(ws, now=NOON)
        finally:
            stop.set()
            thread.join()
    key_file = read_key_file(made)
    key = unwrap_with_password(key_file, PASSWORD)
    cases = check_backup_database(made / DB_FILE_NAME, key, key_file.workspace_id)
    # At least the first case plus the three seen before the backup began.
    assert 1 + 3 <= cases <= 1 + len(written)


def test_backup_if_due_waits_out_the_interval_and_keeps_the_newest_n(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        first = backup_if_due(ws, NOON, every_hours=4, keep=2)
        assert first is not None
        # 3 h 59 min later: not due (4 h interval).
        assert backup_if_due(ws, NOON + timedelta(hours=3, minutes=59), 4, 2) is None
        second = backup_if_due(ws, NOON + timedelta(hours=4), 4, 2)
        third = backup_if_due(ws, NOON + timedelta(hours=8), 4, 2)
        assert second is not None and third is not None
        kept = list_backups(directory / BACKUP_FOLDER)
    # keep=2: the first of three is gone.
    assert kept == [second, third]


def test_restore_brings_back_the_cases_and_keeps_the_replaced_workspace_aside(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        kept_uuid = ws.store.create(_case("陈立"), OFFICER).uuid
        made = create_backup(ws, tmp_path / "out", now=NOON)
        ws.store.create(_case("后来"), OFFICER)
    result = restore(made, directory, PASSWORD)
    assert result.cases == 1
    assert result.replaced is not None and result.replaced.is_dir()
    with open_workspace(directory, PASSWORD) as ws:
        assert [u for u, _ in ws.store.case_ids()] == [kept_uuid]
        assert ws.store.load(kept_uuid).applicant.owner.name == "陈立"
    with open_workspace(result.replaced, PASSWORD) as old:
        assert len(old.store.case_ids()) == 2


def test_a_backup_with_one_byte_changed_is_refused_and_the_workspace_untouched(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        ws.store.create(_case("陈立"), OFFICER)
        made = create_backup(ws, tmp_path / "out", now=NOON)
    before = folder_digest(directory)
    db = made / DB_FILE_NAME
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    with pytest.raises(BackupCorrupt):
        restore(made, directory, PASSWORD)
    assert folder_digest(directory) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "ws"]


def test_a_damaged_database_is_refused_even_when_the_manifest_was_rewritten_to_match(
    tmp_path: Path,
) -> None:
    import hashlib
    import json

    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        ws.store.create(_case("陈立"), OFFICER)
        made = create_backup(ws, tmp_path / "out", now=NOON)
    db = made / DB_FILE_NAME
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    manifest = json.loads((made / "manifest.json").read_text("utf-8"))
    manifest["sha256"][DB_FILE_NAME] = hashlib.sha256(bytes(data)).hexdigest()
    (made / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(BackupCorrupt):
        restore(made, directory, PASSWORD)


def test_restore_with_the_wrong_password_changes_nothing(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        made = create_backup(ws, tmp_path / "out", now=NOON)
    before = folder_digest(directory)
    with pytest.raises(WrongPassword):
        restore(made, directory, "not the password")
    assert folder_digest(directory) == before


def test_restore_over_a_workspace_open_elsewhere_is_refused_as_busy(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        made = create_backup(ws, tmp_path / "out", now=NOON)
        with pytest.raises(WorkspaceBusy):
            restore(made, directory, PASSWORD)
        assert ws.store.count() == 0


def test_restore_onto_a_new_computer_creates_the_workspace_folder(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        case_uuid = ws.store.create(_case("陈立"), OFFICER).uuid
        made = create_backup(ws, tmp_path / "usb", now=NOON)
    target = tmp_path / "new-laptop" / "workspace"
    result = restore(made, target, PASSWORD)
    assert result.replaced is None
    with open_workspace(target, PASSWORD) as ws:
        assert ws.store.load(case_uuid).applicant.owner.name == "陈立"


# Issue 20, defect 5: key file copies are 0600 from the start, and a wrong
# password at restore says which password the backup needs.
def _mode(path: Path) -> int:
    import os
    import stat

    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(__import__("sys").platform == "win32", reason="POSIX modes")
def test_backup_and_restored_key_files_are_owner_only_whatever_the_umask(
    tmp_path: Path,
) -> None:
    import os

    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        ws.store.create(_case("陈立"), OFFICER)
    old_umask = os.umask(0)  # the most permissive: nothing but the requested mode protects
    try:
        with open_workspace(directory, PASSWORD) as ws:
            made = create_backup(ws, tmp_path / "out", now=NOON)
        assert _mode(made / KEY_FILE_NAME) == 0o600
        restore(made, directory, PASSWORD)
    finally:
        os.umask(old_umask)
    assert _mode(directory / KEY_FILE_NAME) == 0o600
    assert _mode(directory / DB_FILE_NAME) == 0o600


def test_restore_with_the_wrong_password_names_the_password_of_the_backups_time(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        made = create_backup(ws, tmp_path / "out", now=NOON)
    with pytest.raises(WrongPassword) as refused:
        restore(made, directory, "today's password")
    text = refused.value.message.render()
    shown = NOON.astimezone().strftime("%Y-%m-%d %H:%M")  # 2026-11-27 04:00 UTC, local time
    assert f"in use when it was made ({shown})" in text
    assert "not necessarily today's" in text
