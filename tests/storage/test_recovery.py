"""Password change and head-office recovery: cases intact; recovery and
``--keep-key`` rewrite only the key file, a plain change re-keys the data."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import main as main_module
from domain.case import Case
from domain.errors import WrongPassword
from storage.db import DB_FILE_NAME
from storage.keyfile import KEY_FILE_NAME
from storage.keys import KeyPairs, private_key_bytes
from storage.recovery import recover_password
from storage.workspace import add_recovery_wrap, open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, folder_digest, new_workspace

HO_PASSPHRASE = "总行 recovery 2026"
NEW_PASSWORD = "新的口令 after-recovery"


def _main(argv: list[str]) -> int:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


def _workspace_with_case(directory: Path) -> str:
    with new_workspace(directory) as ws:
        case = Case()
        case.applicant.owner.name = "陈立"
        return ws.store.create(case, OFFICER).uuid


def _head_office_key(tmp_path: Path) -> tuple[KeyPairs, Path]:
    keys = KeyPairs.generate()
    path = tmp_path / "ho.key"
    path.write_bytes(private_key_bytes(keys, HO_PASSPHRASE, label="总行"))
    return keys, path


def test_a_forgotten_password_is_recovered_with_head_offices_key_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "ws"
    case_uuid = _workspace_with_case(directory)
    keys, key_path = _head_office_key(tmp_path)
    add_recovery_wrap(directory, PASSWORD, keys.encryption_public)
    db_before = folder_digest(directory)[DB_FILE_NAME]
    # The officer forgets PASSWORD; head office sets a new one.
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", HO_PASSPHRASE)
    monkeypatch.setenv("FCW_NEW_PASSWORD", NEW_PASSWORD)
    code = _main(["password", "recover", "--workspace", str(directory), "--key", str(key_path)])
    assert code == 0
    assert folder_digest(directory)[DB_FILE_NAME] == db_before  # database untouched
    with pytest.raises(WrongPassword):
        open_workspace(directory, PASSWORD)
    with open_workspace(directory, NEW_PASSWORD) as ws:
        assert ws.store.load(case_uuid).applicant.owner.name == "陈立"
    # The recovery wrap survives: head office can recover again later.
    recover_password(directory, keys.encryption, "third password")
    open_workspace(directory, "third password").close()


def test_recovery_with_a_key_head_office_never_wrapped_for_leaves_the_key_file(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    _workspace_with_case(directory)
    add_recovery_wrap(directory, PASSWORD, KeyPairs.generate().encryption_public)
    before = folder_digest(directory)
    with pytest.raises(WrongPassword):
        recover_password(directory, KeyPairs.generate().encryption, NEW_PASSWORD)
    assert folder_digest(directory) == before


def test_recover_with_the_wrong_key_passphrase_exits_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "ws"
    _workspace_with_case(directory)
    keys, key_path = _head_office_key(tmp_path)
    add_recovery_wrap(directory, PASSWORD, keys.encryption_public)
    before = folder_digest(directory)[KEY_FILE_NAME]
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", "not it")
    monkeypatch.setenv("FCW_NEW_PASSWORD", NEW_PASSWORD)
    code = _main(["password", "recover", "--workspace", str(directory), "--key", str(key_path)])
    assert code == 3
    assert folder_digest(directory)[KEY_FILE_NAME] == before


def test_password_change_reads_old_then_new_from_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "ws"
    case_uuid = _workspace_with_case(directory)
    db_before = folder_digest(directory)[DB_FILE_NAME]
    monkeypatch.delenv("FCW_PASSWORD", raising=False)
    monkeypatch.delenv("FCW_NEW_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSWORD}\n{NEW_PASSWORD}\n"))
    assert _main(["password", "change", "--workspace", str(directory)]) == 0
    # re-keyed: the database is re-encrypted under a new data key (issue 20)
    assert folder_digest(directory)[DB_FILE_NAME] != db_before
    with open_workspace(directory, NEW_PASSWORD) as ws:
        assert ws.store.load(case_uuid).applicant.owner.name == "陈立"


def test_password_change_with_keep_key_touches_only_the_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "ws"
    case_uuid = _workspace_with_case(directory)
    db_before = folder_digest(directory)[DB_FILE_NAME]
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    monkeypatch.setenv("FCW_NEW_PASSWORD", NEW_PASSWORD)
    assert _main(["password", "change", "--keep-key", "--workspace", str(directory)]) == 0
    assert folder_digest(directory)[DB_FILE_NAME] == db_before
    with open_workspace(directory, NEW_PASSWORD) as ws:
        assert ws.store.load(case_uuid).applicant.owner.name == "陈立"


def test_password_change_with_the_wrong_old_password_exits_3_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "ws"
    _workspace_with_case(directory)
    before = folder_digest(directory)
    monkeypatch.setenv("FCW_PASSWORD", "wrong")
    monkeypatch.setenv("FCW_NEW_PASSWORD", NEW_PASSWORD)
    assert _main(["password", "change", "--workspace", str(directory)]) == 3
    assert folder_digest(directory) == before
