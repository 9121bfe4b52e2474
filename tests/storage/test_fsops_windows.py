"""Replace, rename, folder fsync, file modes and long paths on Windows, played on
Linux (tests/storage/winsim.py), and the same operations on POSIX for contrast."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.case import Case
from domain.errors import WorkspaceBusy, WorkspaceNotWritable, WrongPassword
from storage import fsops
from storage.backup import create_backup, restore
from storage.keyfile import KEY_FILE_NAME
from storage.workspace import change_password, open_workspace
from tests.storage.winsim import Windows, simulate_windows
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace

NOON = datetime(2026, 11, 27, 4, 0, 0, tzinfo=UTC)
NEW_PASSWORD = "Another-passw0rd"
posix_only = pytest.mark.skipif(os.name != "posix", reason="the POSIX behaviour, for contrast")


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Windows:
    monkeypatch.setattr(fsops, "REPLACE_DELAYS", (0.0, 0.0, 0.0))  # no real waiting
    return simulate_windows(monkeypatch)


def _workspace(directory: Path, name: str = "陈立") -> str:
    with new_workspace(directory) as ws:
        case = Case()
        case.applicant.owner.name = name
        return ws.store.create(case, OFFICER).uuid


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    target, new = tmp_path / "cases.xlsx", tmp_path / ".cases.xlsx.part"
    target.write_bytes(b"old")
    new.write_bytes(b"new")
    return target, new


# -- replace while the target is open ---------------------------------------


def test_on_windows_a_replace_waits_until_another_program_lets_go_of_the_target(
    windows: Windows, tmp_path: Path
) -> None:
    target, new = _pair(tmp_path)
    windows.hold(target, attempts=2)  # e.g. a virus scanner, briefly
    waits: list[float] = []
    fsops.replace(new, target, sleep=waits.append)
    assert target.read_bytes() == b"new" and not new.exists()
    assert len(waits) == 2 and len(windows.refused) == 2


def test_on_windows_a_target_kept_open_fails_naming_it_and_leaves_both_files(
    windows: Windows, tmp_path: Path
) -> None:
    target, new = _pair(tmp_path)
    windows.hold(target)  # e.g. Excel showing the previous export
    with pytest.raises(fsops.FileInUse) as refused:
        fsops.replace(new, target, sleep=lambda _s: None)
    assert refused.value.filename == str(target)
    assert "open in another program" in str(refused.value)
    assert target.read_bytes() == b"old" and new.read_bytes() == b"new"
    assert len(windows.refused) == len(fsops.REPLACE_DELAYS) + 1


def test_on_windows_a_spreadsheet_export_over_one_open_in_excel_is_refused_in_words(
    windows: Windows, tmp_path: Path
) -> None:
    import pandas as pd

    from storage.spreadsheet import write_frames

    target = tmp_path / "cases.xlsx"
    frame = pd.DataFrame([{"case_number": "3301-20261127-0001"}])
    write_frames(target, frame, frame)
    before = target.read_bytes()
    windows.hold(target)  # Excel keeps the file open
    with pytest.raises(WorkspaceNotWritable) as refused:
        write_frames(target, frame, frame)
    text = refused.value.message.render()
    assert str(target) in text and "nothing was changed" in text
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.xlsx"]  # no .part left


@posix_only
def test_on_posix_a_replace_over_an_open_file_just_happens(tmp_path: Path) -> None:
    target, new = _pair(tmp_path)
    with target.open("rb"):
        fsops.replace(new, target, sleep=lambda _s: pytest.fail("no waiting on POSIX"))
    assert target.read_bytes() == b"new"


def test_on_windows_a_password_change_while_the_key_file_is_open_elsewhere_changes_nothing(
    windows: Windows, tmp_path: Path
) -> None:
    directory = tmp_path / "ws"
    _workspace(directory)
    before = (directory / KEY_FILE_NAME).read_bytes()
    windows.hold(directory / KEY_FILE_NAME)
    with pytest.raises(WorkspaceNotWritable) as refused:
        change_password(directory, PASSWORD, NEW_PASSWORD)
    text = refused.value.message.render()
    assert str(directory / KEY_FILE_NAME) in text and "open in another program" in text
    assert (directory / KEY_FILE_NAME).read_bytes() == before
    assert sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp")) == []
    windows.held.clear()
    with open_workspace(directory, PASSWORD):
        pass  # the old password still opens it


def test_on_windows_a_password_change_works_without_a_folder_fsync(
    windows: Windows, tmp_path: Path
) -> None:
    # Windows cannot flush a folder (the simulation refuses it like Windows).
    directory = tmp_path / "ws"
    _workspace(directory)
    change_password(directory, PASSWORD, NEW_PASSWORD)
    with pytest.raises(WrongPassword):
        open_workspace(directory, PASSWORD)
    with open_workspace(directory, NEW_PASSWORD):
        pass


@posix_only
def test_on_posix_a_password_change_fsyncs_the_folder_after_the_rename(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    directory = tmp_path / "ws"
    _workspace(directory)
    synced: list[bool] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    change_password(directory, PASSWORD, NEW_PASSWORD)
    assert synced == [False, True]  # the new key file, then its folder


# -- backups: modes and renames ----------------------------------------------


@posix_only
def test_on_posix_a_backup_and_its_key_file_are_readable_by_the_owner_only(
    tmp_path: Path,
) -> None:
    _workspace(tmp_path / "ws")
    with open_workspace(tmp_path / "ws", PASSWORD) as ws:
        made = create_backup(ws, tmp_path / "out", now=NOON)
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert stat.S_IMODE((made / KEY_FILE_NAME).stat().st_mode) == 0o600


def test_on_windows_a_backup_is_made_while_the_workspace_is_open_and_sets_no_modes(
    windows: Windows, tmp_path: Path
) -> None:
    _workspace(tmp_path / "ws")
    with open_workspace(tmp_path / "ws", PASSWORD) as ws:
        made = create_backup(ws, now=NOON)  # renamed into place while the workspace is open
    assert (made / KEY_FILE_NAME).is_file()
    assert windows.chmods == []  # the profile's ACL protects it, not a mode


def test_on_windows_restore_lets_go_of_the_lock_before_renaming_the_workspace_folder(
    windows: Windows, tmp_path: Path
) -> None:
    directory = tmp_path / "ws"
    kept = _workspace(directory, "陈立")
    with open_workspace(directory, PASSWORD) as ws:
        made = create_backup(ws, tmp_path / "out", now=NOON)
        ws.store.create(Case(), OFFICER)
    # Windows refuses to rename a folder with an open file inside, the lock file included.
    result = restore(made, directory, PASSWORD)
    assert result.replaced is not None and result.replaced.is_dir()
    with open_workspace(directory, PASSWORD) as ws:
        assert [u for u, _ in ws.store.case_ids()] == [kept]


def test_on_windows_restore_into_a_workspace_with_a_file_open_elsewhere_changes_nothing(
    windows: Windows, tmp_path: Path
) -> None:
    directory = tmp_path / "ws"
    _workspace(directory)
    with open_workspace(directory, PASSWORD) as ws:
        made = create_backup(ws, tmp_path / "out", now=NOON)
        ws.store.create(Case(), OFFICER)
    windows.hold(directory / "workspace.db")  # e.g. a sync client or a scanner
    with pytest.raises(WorkspaceBusy) as busy:
        restore(made, directory, PASSWORD)
    assert "open in another program" in busy.value.message.render()
    windows.held.clear()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "ws"]  # no staging left
    with open_workspace(directory, PASSWORD) as ws:
        assert len(ws.store.case_ids()) == 2


# -- long paths --------------------------------------------------------------


def test_on_windows_a_path_that_could_pass_260_characters_gets_the_long_path_prefix(
    windows: Windows,
) -> None:
    short = "C:\\Users\\li\\AppData\\Local\\FieldCreditWorkstation\\workspace"
    deep = "C:\\Users\\li\\Documents\\" + "\\".join(["客户资料二〇二六年"] * 16) + "\\workspace"
    assert len(deep) + fsops.ROOM >= fsops.MAX_PATH > len(short) + fsops.ROOM
    assert str(fsops.long_path(short)) == short
    assert str(fsops.long_path(deep)) == "\\\\?\\" + deep
    assert str(fsops.long_path("\\\\?\\" + deep)) == "\\\\?\\" + deep  # not twice
    unc = "\\\\fileserver\\branch3301\\" + "x" * 200
    assert str(fsops.long_path(unc)) == "\\\\?\\UNC\\fileserver\\branch3301\\" + "x" * 200
    # normalised first: the prefix turns off Windows' own clean-up of the path
    messy = "C:/Users/li/" + "b" * 170 + "/tmp/../workspace"
    clean = "C:\\Users\\li\\" + "b" * 170 + "\\workspace"
    assert str(fsops.long_path(messy)) == "\\\\?\\" + clean


@posix_only
def test_on_posix_long_paths_are_left_alone_and_a_workspace_works_deep_down(
    tmp_path: Path,
) -> None:
    # Over 260 characters, under SQLite's own limit on Linux (512 bytes of UTF-8).
    deep = tmp_path.joinpath(*(["branch-3301-customer-files-客户"] * 8), "ws")
    assert len(str(deep)) > 300 and len(os.fsencode(deep)) < 480
    assert fsops.long_path(deep) == deep
    uuid = _workspace(deep)
    with open_workspace(deep, PASSWORD) as ws:
        made = create_backup(ws, now=NOON)
    change_password(deep, PASSWORD, NEW_PASSWORD)
    result = restore(made, deep, PASSWORD)
    with open_workspace(result.directory, PASSWORD) as ws:
        assert ws.store.load(uuid).applicant.owner.name == "陈立"


def test_every_entry_to_a_workspace_folder_goes_through_long_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from storage.quick_open import open_workspace_quickly

    seen: list[str] = []
    real = fsops.long_path

    def recording(path: str | os.PathLike[str]) -> Path:
        seen.append(os.fspath(path))
        return real(path)

    monkeypatch.setattr(fsops, "long_path", recording)
    directory = tmp_path / "ws"
    _workspace(directory)
    with open_workspace(directory, PASSWORD) as ws:
        made = create_backup(ws, tmp_path / "out", now=NOON)
    open_workspace_quickly(directory, PASSWORD).close()
    change_password(directory, PASSWORD, NEW_PASSWORD)
    restore(made, directory, PASSWORD)
    assert seen.count(str(directory)) == 5  # create, open, quick open, password, restore
    assert str(tmp_path / "out") in seen and str(made) in seen
