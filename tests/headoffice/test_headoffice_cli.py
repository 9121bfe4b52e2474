"""``main.py headoffice keys|import``: two importers at once, exit codes, bad URLs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine, text

from storage.headoffice.db import connect
from storage.headoffice_keys import generate_headoffice_files
from tests.headoffice.pg_fixtures import add_case, needs_pg, pg_url, station

pytestmark = needs_pg
__all__ = ["pg_url"]
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "总行 key"


def run(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FCW_KEY_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=300,
    )


def start(*argv: str) -> subprocess.Popen[str]:
    env = {**os.environ, "FCW_KEY_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _scalar(engine: Engine, sql: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def test_two_importers_at_once_on_overlapping_packages_store_each_case_exactly_once(
    pg_url: str, tmp_path: Path
) -> None:
    key, _, ho_keys = generate_headoffice_files(tmp_path / "keys", PASSPHRASE)
    st = station(tmp_path / "a", headoffice=ho_keys)
    enrol = tmp_path / "a.enrol.json"
    enrol.write_bytes(st.enrolment())
    assert run("headoffice", "keys", "add", "--db", pg_url, str(enrol)).returncode == 0
    packages = [st.export(add_case(st, n)) for n in range(1, 6)]
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    for p in packages[:4]:  # cases 1-4
        (first / p.name).write_bytes(p.read_bytes())
    for p in packages[1:]:  # cases 2-5: three overlap
        (second / p.name).write_bytes(p.read_bytes())

    a = start("headoffice", "import", "--db", pg_url, "--key", str(key), str(first))
    b = start("headoffice", "import", "--db", pg_url, "--key", str(key), str(second))
    out_a, out_b = a.communicate(timeout=300), b.communicate(timeout=300)

    assert (a.returncode, b.returncode) == (0, 0), (out_a, out_b)
    engine = connect(pg_url)
    try:
        assert _scalar(engine, "SELECT count(*) FROM case_row") == 5
        assert _scalar(engine, "SELECT count(*) FROM ho_case_meta") == 5
        # each case's chain stored once: no entry twice
        assert (
            _scalar(
                engine,
                "SELECT count(*) FROM (SELECT case_uuid, seq FROM audit_entry "
                "GROUP BY case_uuid, seq HAVING count(*) > 1) d",
            )
            == 0
        )
        # the three overlapping cases: one importer took each in, the other found it there
        said = out_a[1] + out_b[1]
        assert said.count(" imported") == 5
        assert said.count(" unchanged") == 3
    finally:
        engine.dispose()


def test_an_unreachable_database_exits_3_naming_it_and_a_non_postgresql_url_exits_2(
    tmp_path: Path,
) -> None:
    key, _, _ = generate_headoffice_files(tmp_path / "keys", PASSPHRASE)
    package = tmp_path / "x.fcwpkg"
    package.write_bytes(b"not opened")
    gone = run(
        "headoffice", "import", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none",
        "--key", str(key), str(package),
    )  # fmt: skip
    assert gone.returncode == 3
    assert "cannot be reached" in gone.stderr
    assert "Traceback" not in gone.stderr
    wrong = run("headoffice", "keys", "list", "--db", "sqlite:///x.db")
    assert wrong.returncode == 2
    assert "PostgreSQL" in wrong.stderr


def test_enrolling_a_damaged_file_exits_2_and_enrols_nothing(pg_url: str, tmp_path: Path) -> None:
    st = station(tmp_path / "a")
    enrol = tmp_path / "a.enrol.json"
    enrol.write_bytes(st.enrolment().replace(b"3301", b"3399"))
    result = run("headoffice", "keys", "add", "--db", pg_url, str(enrol))
    assert result.returncode == 2
    assert "self-signature" in result.stderr
    listed = run("headoffice", "keys", "list", "--db", pg_url)
    assert listed.stdout == ""


def test_a_withdrawn_key_is_listed_no_more_and_its_packages_are_refused(
    pg_url: str, tmp_path: Path
) -> None:
    from storage.keys import parse_enrolment

    key, _, ho_keys = generate_headoffice_files(tmp_path / "keys", PASSPHRASE)
    st = station(tmp_path / "a", headoffice=ho_keys)
    enrol = tmp_path / "a.enrol.json"
    enrol.write_bytes(st.enrolment())
    fp = parse_enrolment(st.enrolment()).signing_fingerprint
    package = st.export(add_case(st))
    assert run("headoffice", "keys", "add", "--db", pg_url, str(enrol)).returncode == 0
    assert fp in run("headoffice", "keys", "list", "--db", pg_url).stdout
    assert run("headoffice", "keys", "remove", "--db", pg_url, fp).returncode == 0
    assert run("headoffice", "keys", "list", "--db", pg_url).stdout == ""
    refused = run("headoffice", "import", "--db", pg_url, "--key", str(key), str(package))
    assert refused.returncode == 2
    assert fp in refused.stderr
    assert run("headoffice", "keys", "remove", "--db", pg_url, fp).returncode == 2
