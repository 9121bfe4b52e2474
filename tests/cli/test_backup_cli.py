"""`main.py backup` and `main.py restore`: a backup beside an open workstation, restore."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import main as main_module
from domain.case import Case
from storage.backup import BACKUP_FOLDER, list_backups
from storage.db import DB_FILE_NAME
from storage.workspace import open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace


def _main(argv: list[str]) -> int:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


def test_backup_while_the_workspace_is_open_then_restore_brings_the_cases_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        case = Case()
        case.applicant.owner.name = "陈立"
        kept = ws.store.create(case, OFFICER).uuid
        # The workstation holds the workspace; the backup opens it read-only.
        assert _main(["backup", "--workspace", str(directory)]) == 0
        ws.store.create(Case(), OFFICER)
    (made,) = list_backups(directory / BACKUP_FOLDER)
    assert _main(["restore", "--workspace", str(directory), str(made)]) == 0
    with open_workspace(directory, PASSWORD) as ws:
        assert [u for u, _ in ws.store.case_ids()] == [kept]
    # The backups stay with the workspace, not with the replaced copy.
    assert [p.name for p in list_backups(directory / BACKUP_FOLDER)] == [made.name]


def test_restore_of_a_damaged_backup_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    directory = tmp_path / "ws"
    new_workspace(directory).close()
    out = tmp_path / "out"
    assert _main(["backup", "--workspace", str(directory), "-o", str(out)]) == 0
    (made,) = list_backups(out)
    db = made / DB_FILE_NAME
    data = bytearray(db.read_bytes())
    data[100] ^= 0xFF
    db.write_bytes(bytes(data))
    assert _main(["restore", "--workspace", str(directory), str(made)]) == 2
