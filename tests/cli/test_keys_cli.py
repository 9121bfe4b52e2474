"""``main.py keys``: enrolment export, head office's key imported once, key generation."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import main as main_module
from storage.headoffice_keys import enrolment_log, headoffice_enrolment
from storage.keyfile import read_key_file
from storage.keys import load_private_keys, read_enrolment
from storage.workspace import open_workspace, open_workspace_with_recovery
from tests.storage.export_fixtures import headoffice_enrolment as ho_enrolment_bytes
from tests.storage.workspace_fixtures import PASSWORD, new_workspace

PASSPHRASE = "总行密钥 passphrase"


def main(argv: list[str]) -> int:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


@pytest.fixture
def ws_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "ws"
    new_workspace(directory).close()
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", PASSPHRASE)
    return directory


def test_keys_export_writes_the_workstations_self_signed_enrolment(
    ws_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "me.enrol.json"
    assert main(["keys", "export", "--workspace", str(ws_dir), "-o", str(out)]) == 0
    enrolment = read_enrolment(out)  # checks the self-signature
    assert enrolment.role == "workstation"
    assert enrolment.branch == "3301"
    with open_workspace(ws_dir, PASSWORD) as ws:
        assert (enrolment.signing_public, enrolment.encryption_public) == ws.public_keys()


def test_generate_headoffice_writes_a_private_key_and_its_enrolment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", PASSPHRASE)
    assert main(["keys", "generate-headoffice", "-o", str(tmp_path / "ho")]) == 0
    keys = load_private_keys(tmp_path / "ho" / "headoffice.key", lambda: PASSPHRASE)
    enrolment = read_enrolment(tmp_path / "ho" / "headoffice.enrol.json")
    assert enrolment.role == "headoffice"
    assert enrolment.encryption_public == keys.encryption_public
    assert PASSPHRASE not in (tmp_path / "ho" / "headoffice.key").read_text()
    # A second run does not overwrite head office's key.
    assert main(["keys", "generate-headoffice", "-o", str(tmp_path / "ho")]) == 2


def test_import_headoffice_stores_the_key_and_lets_head_office_recover_the_workspace(
    ws_dir: Path, tmp_path: Path
) -> None:
    from storage.keys import KeyPairs

    keys = KeyPairs.generate()
    file = tmp_path / "ho.enrol.json"
    file.write_bytes(ho_enrolment_bytes(keys))
    assert main(["keys", "import-headoffice", "--workspace", str(ws_dir), str(file)]) == 0
    assert len(read_key_file(ws_dir).recovery) == 1
    with open_workspace_with_recovery(ws_dir, keys.encryption) as ws:
        stored = headoffice_enrolment(ws)
        assert stored is not None and stored.encryption_public == keys.encryption_public
    # Importing the same file again changes nothing.
    assert main(["keys", "import-headoffice", "--workspace", str(ws_dir), str(file)]) == 0
    with open_workspace(ws_dir, PASSWORD) as ws:
        assert [e["action"] for e in enrolment_log(ws)] == ["import"]


def test_a_different_headoffice_key_is_refused_unless_replace_and_then_logged(
    ws_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from storage.keys import KeyPairs

    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_bytes(ho_enrolment_bytes(KeyPairs.generate()))
    new_keys = KeyPairs.generate()
    second.write_bytes(ho_enrolment_bytes(new_keys))
    args = ["keys", "import-headoffice", "--workspace", str(ws_dir)]
    assert main([*args, str(first)]) == 0
    assert main([*args, str(second)]) == 2
    assert "--replace" in capsys.readouterr().err
    assert main([*args, "--replace", str(second)]) == 0
    with open_workspace(ws_dir, PASSWORD) as ws:
        stored = headoffice_enrolment(ws)
        assert stored is not None and stored.signing_public == new_keys.signing_public
        log = enrolment_log(ws)
        assert [e["action"] for e in log] == ["import", "replace"]
        assert log[1]["new"] == stored.signing_fingerprint


def test_an_edited_enrolment_file_is_refused(ws_dir: Path, tmp_path: Path) -> None:
    from storage.keys import KeyPairs

    body = json.loads(ho_enrolment_bytes(KeyPairs.generate()))
    body["name"] = "冒充的总行"
    file = tmp_path / "edited.json"
    file.write_text(json.dumps(body), "utf-8")
    assert main(["keys", "import-headoffice", "--workspace", str(ws_dir), str(file)]) == 2
    with open_workspace(ws_dir, PASSWORD) as ws:
        assert headoffice_enrolment(ws) is None
    assert read_key_file(ws_dir).recovery == []


def test_wrong_password_exits_3(
    ws_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FCW_PASSWORD", "wrong")
    out = tmp_path / "me.json"
    assert main(["keys", "export", "--workspace", str(ws_dir), "-o", str(out)]) == 3
    assert not out.exists()


def test_demo_workspace_comes_with_a_demo_head_office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from storage.demo_workspace import DEMO_HEADOFFICE_PASSPHRASE, DEMO_PASSWORD

    monkeypatch.delenv("FCW_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", None)
    directory = tmp_path / "demo"
    assert main(["demo", "--workspace", str(directory), "--cases", "2"]) == 0
    assert f"passphrase: {DEMO_HEADOFFICE_PASSPHRASE}" in capsys.readouterr().err
    keys = load_private_keys(directory / "demo-headoffice.key", lambda: DEMO_HEADOFFICE_PASSPHRASE)
    assert read_enrolment(directory / "demo-headoffice.enrol.json").role == "headoffice"
    with open_workspace(directory, DEMO_PASSWORD) as ws:
        stored = headoffice_enrolment(ws)
        assert stored is not None and stored.encryption_public == keys.encryption_public
    assert len(read_key_file(directory).recovery) == 1
