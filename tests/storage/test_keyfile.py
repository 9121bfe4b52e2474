"""The key file: the data key wrapped by the password, replaced atomically."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

import storage.keyfile as keyfile
from domain.errors import DiskFull, NotAWorkspace, WorkspaceNotWritable, WrongPassword
from storage.keyfile import (
    KEY_FILE_NAME,
    new_data_key,
    read_key_file,
    rewrap,
    unwrap_with_password,
    wrap_with_password,
    write_key_file,
)
from tests.storage.workspace_fixtures import FAST_KDF


def _written(directory: Path, data_key: bytes, password: str = "pw-1") -> None:
    write_key_file(directory, wrap_with_password(data_key, password, "ws-1", FAST_KDF))


def test_the_data_key_comes_back_only_with_the_right_password(tmp_path: Path) -> None:
    data_key = new_data_key()
    _written(tmp_path, data_key)

    assert unwrap_with_password(read_key_file(tmp_path), "pw-1") == data_key
    with pytest.raises(WrongPassword):
        unwrap_with_password(read_key_file(tmp_path), "pw-2")


def test_the_key_file_records_scrypt_parameters_and_never_the_data_key(tmp_path: Path) -> None:
    data_key = new_data_key()
    _written(tmp_path, data_key)
    raw = (tmp_path / KEY_FILE_NAME).read_bytes()
    data = json.loads(raw)

    assert data["kdf"] | {"salt": "?"} == {
        "name": "scrypt",
        "n": 1024,
        "r": 8,
        "p": 1,
        "length": 32,
        "salt": "?",
    }
    assert data["wrap"]["alg"] == "AES-256-GCM"
    assert data_key not in raw and data_key.hex().encode() not in raw


def test_a_key_file_of_another_workspace_does_not_unwrap_under_this_workspace_id(
    tmp_path: Path,
) -> None:
    wrapped = wrap_with_password(new_data_key(), "pw-1", "ws-1", FAST_KDF)
    wrapped.workspace_id = "ws-2"  # the id is authenticated data of the wrap

    with pytest.raises(WrongPassword):
        unwrap_with_password(wrapped, "pw-1")


def test_rewrapping_keeps_the_data_key_and_changes_salt_and_ciphertext(tmp_path: Path) -> None:
    data_key = new_data_key()
    first = wrap_with_password(data_key, "old", "ws-1", FAST_KDF)
    second = rewrap(first, data_key, "new")

    assert unwrap_with_password(second, "new") == data_key
    assert second.salt != first.salt and second.wrapped_key != first.wrapped_key


def test_a_disk_full_during_the_write_keeps_the_old_key_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_key = new_data_key()
    _written(tmp_path, data_key, "old")
    before = (tmp_path / KEY_FILE_NAME).read_bytes()

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keyfile.os, "write", full)
    with pytest.raises(DiskFull):
        _written(tmp_path, data_key, "new")

    assert (tmp_path / KEY_FILE_NAME).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [KEY_FILE_NAME]  # no temp left


def test_a_read_only_folder_reports_not_writable_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_key = new_data_key()
    _written(tmp_path, data_key, "old")
    before = (tmp_path / KEY_FILE_NAME).read_bytes()

    def read_only(src: object, dst: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(keyfile.os, "replace", read_only)
    with pytest.raises(WorkspaceNotWritable):
        _written(tmp_path, data_key, "new")

    assert (tmp_path / KEY_FILE_NAME).read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b'{"format": "fcw-workspace-key", "version": 1}', b"[1, 2]"],
)
def test_a_damaged_key_file_is_not_a_workspace(tmp_path: Path, content: bytes) -> None:
    (tmp_path / KEY_FILE_NAME).write_bytes(content)

    with pytest.raises(NotAWorkspace):
        read_key_file(tmp_path)
