"""`main.py verify`: exit 0 for a good package, 2 for a bad one; with --key it decrypts."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from storage import ecies, package
from storage.keys import KeyPairs, private_key_bytes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("verify")
    sender, recipient = KeyPairs.generate(), KeyPairs.generate()
    good = base / "good.fcwpkg"
    package.write_package_file(
        good,
        header={"kind": "case", "case_number": "3301-20261127-0001"},
        members={"case.json": b'{"a": 1}'},
        signing_key=sender.signing,
        recipient_public=recipient.encryption_public,
    )
    data = bytearray(good.read_bytes())
    src = zipfile.ZipFile(io.BytesIO(bytes(data)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == package.PAYLOAD:
                body = body[:-1] + bytes([body[-1] ^ 1])
            zf.writestr(info.filename, body)
    bad = base / "bad.fcwpkg"
    bad.write_bytes(out.getvalue())
    key = base / "ho.key"
    key.write_bytes(private_key_bytes(recipient, "s3cret pass"))
    return {"good": good, "bad": bad, "key": key}


def run(*args: str, passphrase: str = "s3cret pass") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FCW_KEY_PASSPHRASE": passphrase}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "verify", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_good_package_verifies_with_exit_0(material: dict[str, Path]) -> None:
    result = run(str(material["good"]), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["checked"] == ["format", "signature", "payload_sha256"]
    assert report["envelope"]["case_number"] == "3301-20261127-0001"


def test_altered_package_fails_with_exit_2_and_says_why(material: dict[str, Path]) -> None:
    result = run(str(material["bad"]))
    assert result.returncode == 2
    assert "hash" in result.stderr


def test_with_the_recipient_key_members_are_decrypted_and_checked(
    material: dict[str, Path],
) -> None:
    result = run(str(material["good"]), "--key", str(material["key"]), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["members"] == ["case.json"]


def test_wrong_passphrase_is_invalid_input(material: dict[str, Path]) -> None:
    result = run(str(material["good"]), "--key", str(material["key"]), passphrase="nope")
    assert result.returncode == 2
    assert "passphrase" in result.stderr.lower()


def test_missing_file_is_invalid_input(tmp_path: Path) -> None:
    assert run(str(tmp_path / "absent.fcwpkg")).returncode == 2


def test_fingerprints_name_keys_by_sha256_of_the_raw_public_key() -> None:
    keys = KeyPairs.generate()
    import hashlib

    assert ecies.fingerprint(keys.signing_public) == hashlib.sha256(keys.signing_public).hexdigest()
