"""Creating, opening and unlocking the encrypted workspace folder."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from domain.case import Case
from domain.errors import (
    NotAWorkspace,
    WorkspaceError,
    WorkspaceNotWritable,
    WorkspaceTooNew,
    WrongPassword,
)
from storage.db import DB_FILE_NAME, connect_raw
from storage.keyfile import KEY_FILE_NAME, read_key_file, unwrap_with_password
from storage.workspace import (
    SqlWorkspaceGateway,
    add_recovery_wrap,
    change_password,
    default_workspace_dir,
    open_workspace,
    open_workspace_with_recovery,
    workspace_exists,
)
from tests.storage.workspace_fixtures import (
    FAST_KDF,
    OFFICER,
    PASSWORD,
    folder_digest,
    new_workspace,
)


def _workspace_with_one_case(directory: Path) -> str:
    with new_workspace(directory) as ws:
        case = Case()
        case.applicant.owner.name = "陈立"
        return ws.store.create(case, OFFICER).uuid


def test_a_created_workspace_reopens_with_its_officer_and_cases(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    case_uuid = _workspace_with_one_case(directory)

    assert workspace_exists(directory)
    assert {KEY_FILE_NAME, DB_FILE_NAME} <= set(folder_digest(directory))
    with open_workspace(directory, PASSWORD) as ws:
        assert ws.actor == OFFICER
        assert ws.store.load(case_uuid).applicant.owner.name == "陈立"


def test_a_new_workspace_holds_its_own_signing_and_encryption_key_pairs(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        ed_public, x_public = ws.public_keys()
        signature = ws.signing_key().sign(b"envelope")
        ws.signing_key().public_key().verify(signature, b"envelope")  # raises when wrong
        own_x = ws.encryption_key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert len(ed_public) == 32 and own_x == x_public


def test_a_wrong_password_is_refused_and_changes_no_file(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _workspace_with_one_case(directory)
    before = folder_digest(directory)

    with pytest.raises(WrongPassword):
        open_workspace(directory, "not the password")

    assert folder_digest(directory) == before


def test_a_folder_without_key_file_is_not_a_workspace(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _workspace_with_one_case(directory)
    (directory / KEY_FILE_NAME).unlink()

    with pytest.raises(NotAWorkspace):
        open_workspace(directory, PASSWORD)
    assert not workspace_exists(directory)


def test_a_corrupt_database_file_is_not_a_workspace_and_stays_as_it_was(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _workspace_with_one_case(directory)
    db = directory / DB_FILE_NAME
    db.write_bytes(b"\x13" * db.stat().st_size)
    before = folder_digest(directory)

    with pytest.raises(NotAWorkspace):
        open_workspace(directory, PASSWORD)

    assert folder_digest(directory) == before


def test_a_plain_unencrypted_sqlite_file_is_not_a_workspace_and_stays_as_it_was(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    _workspace_with_one_case(directory)
    db = directory / DB_FILE_NAME
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE case_row (uuid TEXT)")
    plain.commit()
    plain.close()
    before = folder_digest(directory)

    with pytest.raises(NotAWorkspace):
        open_workspace(directory, PASSWORD)

    assert folder_digest(directory) == before


def test_a_corrupt_key_file_is_not_a_workspace(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _workspace_with_one_case(directory)
    (directory / KEY_FILE_NAME).write_text('{"format": "something else"}', encoding="utf-8")

    with pytest.raises(NotAWorkspace):
        open_workspace(directory, PASSWORD)


def test_a_schema_written_by_a_newer_app_is_refused_and_the_file_left_alone(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    _workspace_with_one_case(directory)
    data_key = unwrap_with_password(read_key_file(directory), PASSWORD)
    conn = connect_raw(directory / DB_FILE_NAME, data_key)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = folder_digest(directory)

    with pytest.raises(WorkspaceTooNew) as caught:
        open_workspace(directory, PASSWORD)

    assert "9999_from_the_future" in caught.value.message.render()
    assert folder_digest(directory) == before


def test_after_a_password_change_the_new_password_opens_and_the_old_one_fails(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    case_uuid = _workspace_with_one_case(directory)
    db_before = folder_digest(directory)[DB_FILE_NAME]

    change_password(directory, PASSWORD, "新密码 2026")

    assert folder_digest(directory)[DB_FILE_NAME] == db_before  # only the key file changed
    with pytest.raises(WrongPassword):
        open_workspace(directory, PASSWORD)
    with open_workspace(directory, "新密码 2026") as ws:
        assert ws.store.load(case_uuid).applicant.owner.name == "陈立"


def test_a_password_change_with_the_wrong_old_password_changes_nothing(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _workspace_with_one_case(directory)
    before = folder_digest(directory)

    with pytest.raises(WrongPassword):
        change_password(directory, "guess", "anything")

    assert folder_digest(directory) == before


def test_check_password_accepts_only_the_workspace_password(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        assert ws.check_password(PASSWORD)
        assert not ws.check_password(PASSWORD + "x")


def test_creating_over_an_existing_workspace_is_refused(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _workspace_with_one_case(directory)
    before = folder_digest(directory)

    with pytest.raises(WorkspaceError):
        new_workspace(directory)

    assert folder_digest(directory) == before


def test_a_folder_that_cannot_be_created_reports_not_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)

    with pytest.raises(WorkspaceNotWritable):
        new_workspace(tmp_path / "ws")


def test_a_failed_key_file_write_during_creation_leaves_no_half_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.keyfile as keyfile_module

    def refuse_rename(src: object, dst: object) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(keyfile_module.os, "replace", refuse_rename)
    directory = tmp_path / "ws"

    with pytest.raises(WorkspaceNotWritable):
        new_workspace(directory)

    assert folder_digest(directory) == {}


def test_head_office_recovery_opens_the_workspace_without_the_password(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    case_uuid = _workspace_with_one_case(directory)
    head_office = X25519PrivateKey.generate()
    public = head_office.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    add_recovery_wrap(directory, PASSWORD, public)
    change_password(directory, PASSWORD, "forgotten")  # the recovery wrap survives

    with open_workspace_with_recovery(directory, head_office) as ws:
        assert ws.store.load(case_uuid).applicant.owner.name == "陈立"
    with pytest.raises(WrongPassword):
        open_workspace_with_recovery(directory, X25519PrivateKey.generate())


def test_the_gateway_creates_and_opens_like_the_functions(tmp_path: Path) -> None:
    gateway = SqlWorkspaceGateway(kdf=FAST_KDF)
    directory = default_workspace_dir(tmp_path / "AppData")

    assert directory == tmp_path / "AppData" / "workspace"
    assert not gateway.exists(directory)
    gateway.create(directory, PASSWORD, "王小明", "S0421", "3301").close()
    assert gateway.exists(directory)
    with gateway.open(directory, PASSWORD) as ws:
        assert ws.actor.staff_no == "S0421"
        assert ws.directory == directory


def test_settings_are_kept_in_the_workspace(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        assert ws.get_setting("language", "zh_CN") == "zh_CN"
        ws.set_setting("language", "en_US")
    with open_workspace(directory, PASSWORD) as ws:
        assert ws.get_setting("language") == "en_US"


def test_the_key_pairs_match_the_stored_public_keys(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        pairs = ws.key_pairs()
        assert (pairs.signing_public, pairs.encryption_public) == ws.public_keys()
