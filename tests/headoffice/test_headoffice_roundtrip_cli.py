"""The commands end to end: blacklist, pack, rulepack import, review with a
return, import-reply, export; refusals exit 2 with the reason."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from storage.headoffice_keys import generate_headoffice_files
from storage.workspace import open_workspace
from tests.headoffice.pg_fixtures import add_case, needs_pg, pg_url, station
from tests.headoffice.test_headoffice_cli import PASSPHRASE, run
from tests.storage.workspace_fixtures import PASSWORD

pytestmark = needs_pg
__all__ = ["pg_url"]


def test_the_whole_trip_through_the_commands(pg_url: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    key, _, ho_keys = generate_headoffice_files(tmp_path / "keys", PASSPHRASE)
    st = station(tmp_path / "a", headoffice=ho_keys)
    enrol = tmp_path / "a.enrol.json"
    enrol.write_bytes(st.enrolment())
    case = add_case(st)
    package = st.export(case)
    workspace_dir = str(st.ws.directory)
    st.ws.close()
    db = ["--db", pg_url]

    assert run("headoffice", "keys", "add", *db, str(enrol)).returncode == 0
    assert run("headoffice", "import", *db, "--key", str(key), str(package)).returncode == 0
    added = run("headoffice", "blacklist", "add", *db, "--kind", "phone", "13900000000")
    assert added.returncode == 0
    listed = run("headoffice", "blacklist", "list", *db)
    assert listed.stdout.startswith("phone\t13900000000")

    packed = run("headoffice", "pack", *db, "--key", str(key), "--version", "2026.12.1",
                 "-o", str(tmp_path / "packs" / "dec.fcwpack"))  # fmt: skip
    assert packed.returncode == 0, packed.stderr
    (pack_file,) = (tmp_path / "packs").iterdir()
    installed = run("rulepack", "import", "--workspace", workspace_dir, str(pack_file))
    assert installed.returncode == 0, installed.stderr
    shown = run("rulepack", "show", "--workspace", workspace_dir)
    assert "active\theadoffice\t2026.12.1" in shown.stdout

    returned = run("headoffice", "review", *db, "--case", case.number, "--decision", "return",
                   "--comment", "材料不全", "--question", "请补充电费单", "--key", str(key),
                   "-o", str(tmp_path / "replies"))  # fmt: skip
    assert returned.returncode == 0, returned.stderr
    (reply,) = (tmp_path / "replies").iterdir()
    took = run("import-reply", "--workspace", workspace_dir, str(reply))
    assert took.returncode == 0, took.stderr
    with open_workspace(Path(workspace_dir), PASSWORD) as ws:
        back = ws.store.load(case.uuid)
    assert [q.question for q in back.questions] == ["请补充电费单"]
    assert str(back.status) == "returned"

    sheet = tmp_path / "portfolio.xlsx"
    exported = run("headoffice", "export", *db, "-o", str(sheet), "--branch", "3301")
    assert exported.returncode == 0, exported.stderr
    assert list(pd.read_excel(sheet, sheet_name="cases")["number"]) == [case.number]


def test_a_package_from_an_unenrolled_key_exits_2_naming_the_fingerprint(
    pg_url: str, tmp_path: Path
) -> None:
    from storage.keys import parse_enrolment

    key, _, ho_keys = generate_headoffice_files(tmp_path / "keys", PASSPHRASE)
    st = station(tmp_path / "a", headoffice=ho_keys)
    package = st.export(add_case(st))
    fp = parse_enrolment(st.enrolment()).signing_fingerprint
    result = run("headoffice", "import", "--db", pg_url, "--key", str(key), str(package))
    assert result.returncode == 2
    assert fp in result.stderr


def test_a_return_without_a_question_exits_2(pg_url: str, tmp_path: Path) -> None:
    key, _, _ = generate_headoffice_files(tmp_path / "keys", PASSPHRASE)
    result = run("headoffice", "review", "--db", pg_url, "--case", "3301-20261127-0001",
                 "--decision", "return", "--key", str(key))  # fmt: skip
    assert result.returncode == 2
    assert "no case 3301-20261127-0001" in result.stderr or "question" in result.stderr
