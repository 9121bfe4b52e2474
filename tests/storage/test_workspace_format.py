"""One workspace format on every system (issue 23).

Linux runs ``sqlcipher3-binary`` (SQLCipher 4.12), Windows and macOS
``sqlcipher3`` (SQLCipher 4.19). What is proven here, and how:

- A workspace written by ``sqlcipher3`` 0.6.4 (committed fixture: built from
  its sdist on Linux, i.e. the SQLCipher 4.19.0 amalgamation of its Windows and
  macOS wheels, against the system's OpenSSL) opens with this system's binding,
  case, rare characters and audit chain intact, and takes new edits.
- That fixture and a workspace this binding writes now are both, page by page,
  the SQLCipher 4 format, checked by an implementation of the format written
  here from SQLCipher's documentation (not by either binding): 4096-byte pages,
  a 16-byte salt, AES-256-CBC under the raw 32-byte data key (no key
  derivation: the password's scrypt is in the key file), an 80-byte reserve of
  IV and HMAC-SHA512 over each page and its number, keyed by
  PBKDF2-HMAC-SHA512(data key, salt XOR 0x3a, 2 iterations).
- The binding's own defaults do not matter: with the library's defaults set to
  SQLCipher 3, a new workspace is still SQLCipher 4 (``cipher_compatibility``).
- Both bindings live (write here, open there, and back) when
  ``FCW_OTHER_SQLCIPHER`` names a folder holding the other binding's
  ``sqlcipher3`` package; skipped otherwise (docs/WINDOWS.md says how to build it).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from domain.case import Case
from storage.keyfile import read_key_file, unwrap_with_password
from storage.sqlcipher_conn import connect_raw
from storage.workspace import open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace
from tests.tools.make_workspace_fixture import APPLICANT, OWNER

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "data" / "workspace_sqlcipher3_0.6.4"

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64  # SHA-512
RESERVE = IV_SIZE + HMAC_SIZE  # 80, already a multiple of the AES block


def _data_key(directory: Path) -> bytes:
    return unwrap_with_password(read_key_file(directory), PASSWORD)


def sqlcipher4_header(db: Path, key: bytes) -> bytes:
    """Check every page's HMAC the SQLCipher 4 way and return page 1's decrypted
    SQLite header from byte 16 on (the salt takes bytes 0-15 on disk)."""
    data = db.read_bytes()
    assert data and len(data) % PAGE_SIZE == 0, "not whole 4096-byte pages"
    salt = data[:SALT_SIZE]
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    body_end = PAGE_SIZE - RESERVE
    for index in range(len(data) // PAGE_SIZE):
        page = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        start = SALT_SIZE if index == 0 else 0
        signed = page[start : body_end + IV_SIZE] + (index + 1).to_bytes(4, "little")
        expected = hmac.new(hmac_key, signed, "sha512").digest()
        assert hmac.compare_digest(expected, page[body_end + IV_SIZE :]), f"page {index + 1}"
    first = data[:PAGE_SIZE]
    iv = first[body_end : body_end + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(first[SALT_SIZE:body_end]) + decryptor.finalize()


def assert_sqlcipher4(db: Path, key: bytes) -> None:
    header = sqlcipher4_header(db, key)
    # SQLite's header from offset 16: page size (big-endian), write and read
    # versions, bytes reserved per page, then the fixed payload fractions 64, 32, 32.
    assert int.from_bytes(header[0:2], "big") == PAGE_SIZE
    assert header[4] == RESERVE
    assert tuple(header[5:8]) == (64, 32, 32)


def _copy_fixture(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    target = tmp_path / "from-sqlcipher3"
    shutil.copytree(FIXTURE, target)
    info = json.loads((target / "fixture.json").read_text(encoding="utf-8"))
    return target, info


def test_a_workspace_written_by_the_windows_and_macos_binding_opens_here_and_takes_edits(
    tmp_path: Path,
) -> None:
    directory, info = _copy_fixture(tmp_path)
    assert info["sqlcipher"].startswith("4.19.")
    with open_workspace(directory, PASSWORD) as ws:
        case = ws.store.load(info["case_uuid"])
        assert case.applicant.registered_name == "龑䶮𠮷记小吃店" == APPLICANT
        assert case.applicant.owner.name == "𠮷䶮" == OWNER
        assert ws.store.verify_history(case.uuid).ok
        case.applicant.owner.name = "𠮷䶮改"
        ws.store.save(case, OFFICER, reason="edited on the other system")
    with open_workspace(directory, PASSWORD) as ws:
        assert ws.store.load(info["case_uuid"]).applicant.owner.name == "𠮷䶮改"
        assert ws.store.verify_history(info["case_uuid"]).ok


def test_the_committed_fixture_is_the_sqlcipher_4_page_format(tmp_path: Path) -> None:
    directory, _ = _copy_fixture(tmp_path)
    assert_sqlcipher4(directory / "workspace.db", _data_key(directory))


def test_a_workspace_written_here_is_the_same_sqlcipher_4_page_format(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        case = Case()
        case.applicant.registered_name = APPLICANT
        ws.store.create(case, OFFICER)
    assert_sqlcipher4(tmp_path / "ws" / "workspace.db", _data_key(tmp_path / "ws"))


def test_the_format_check_refuses_a_wrong_key_or_a_changed_byte(tmp_path: Path) -> None:
    directory, _ = _copy_fixture(tmp_path)
    key = _data_key(directory)
    with pytest.raises(AssertionError, match="page 1"):
        assert_sqlcipher4(directory / "workspace.db", bytes(32))
    db = directory / "workspace.db"
    data = bytearray(db.read_bytes())
    data[PAGE_SIZE * 2 + 100] ^= 1
    db.write_bytes(bytes(data))
    with pytest.raises(AssertionError, match="page 3"):
        assert_sqlcipher4(db, key)


def test_a_binding_whose_defaults_are_sqlcipher_3_still_writes_sqlcipher_4(
    tmp_path: Path,
) -> None:
    probe = connect_raw(tmp_path / "probe.db", bytes(32))
    try:
        # Process-wide: new connections of this library default to SQLCipher 3
        # (1024-byte pages, HMAC-SHA1), as an old or differently built binding would.
        probe.execute("PRAGMA cipher_default_compatibility = 3")
        with new_workspace(tmp_path / "ws") as ws:
            ws.store.create(Case(), OFFICER)
    finally:
        probe.execute("PRAGMA cipher_default_compatibility = 4")
        probe.close()
    assert_sqlcipher4(tmp_path / "ws" / "workspace.db", _data_key(tmp_path / "ws"))


_OPEN_AND_EDIT = """
import sys
from pathlib import Path
from storage.workspace import open_workspace
from storage.sqlcipher_conn import driver
from tests.storage.workspace_fixtures import OFFICER, PASSWORD
with open_workspace(Path(sys.argv[1]), PASSWORD) as ws:
    case = ws.store.load(sys.argv[2])
    assert ws.store.verify_history(case.uuid).ok
    case.applicant.owner.name += "乙"
    ws.store.save(case, OFFICER, reason="other binding")
    raw = ws.engine.raw_connection()
    print(raw.driver_connection.execute("PRAGMA cipher_version").fetchone()[0], driver.__file__)
    raw.close()
"""


def test_both_bindings_read_and_write_each_others_workspace_when_both_are_here(
    tmp_path: Path,
) -> None:
    other = os.environ.get("FCW_OTHER_SQLCIPHER")
    if not other:
        pytest.skip(
            "FCW_OTHER_SQLCIPHER is not set: the live check needs the other binding's "
            "sqlcipher3 package (docs/WINDOWS.md); the committed fixture covers one direction"
        )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([other, str(ROOT)]))
    with new_workspace(tmp_path / "ws") as ws:
        case = Case()
        case.applicant.owner.name = "甲"
        uuid = ws.store.create(case, OFFICER).uuid
    there = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_EDIT, str(tmp_path / "ws"), uuid],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    assert there.stdout.split()[-1].startswith(str(Path(other).resolve()))  # really the other
    with open_workspace(tmp_path / "ws", PASSWORD) as ws:
        case = ws.store.load(uuid)
        assert case.applicant.owner.name == "甲乙"
        case.applicant.owner.name += "丙"
        ws.store.save(case, OFFICER, reason="back here")
    subprocess.run(
        [sys.executable, "-c", _OPEN_AND_EDIT, str(tmp_path / "ws"), uuid],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", check=True,
    )  # fmt: skip
    with open_workspace(tmp_path / "ws", PASSWORD) as ws:
        assert ws.store.load(uuid).applicant.owner.name == "甲乙丙乙"
    assert_sqlcipher4(tmp_path / "ws" / "workspace.db", _data_key(tmp_path / "ws"))
