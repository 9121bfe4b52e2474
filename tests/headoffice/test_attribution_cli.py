"""``main.py headoffice import`` refuses another key's case per package, and
``headoffice transfer`` hands a case over, audited (issue 20, defect 2)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import text

import main as main_module
from storage.headoffice.db import connect
from storage.keys import private_key_bytes
from tests.headoffice.pg_fixtures import add_case, needs_pg, pg_url, station
from tests.headoffice.test_attribution import fingerprint, resent
from tests.storage.export_fixtures import HEAD_OFFICE

pytestmark = needs_pg
__all__ = ["pg_url"]
PASSPHRASE = "总行 key"


def main(argv: list[str]) -> int:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


def test_a_hijack_fails_alone_in_its_batch_until_head_office_records_a_transfer(
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", PASSPHRASE)
    key = tmp_path / "ho.key"  # the fixtures' head office, which resent() uses
    key.write_bytes(private_key_bytes(HEAD_OFFICE, PASSPHRASE))
    a = station(tmp_path / "a")
    b = station(tmp_path / "b", name="赵敏", staff_no="S0777")
    for name, st in (("a", a), ("b", b)):
        (tmp_path / f"{name}.enrol.json").write_bytes(st.enrolment())
        assert (
            main(
                ["headoffice", "keys", "add", "--db", pg_url, str(tmp_path / f"{name}.enrol.json")]
            )
            == 0
        )
    first = a.export(add_case(a))
    hijack = tmp_path / "hijack.fcwpkg"
    hijack.write_bytes(resent(a, b))
    other = b.export(add_case(b, 2))
    imp = ["headoffice", "import", "--db", pg_url, "--key", str(key), "--jobs", "1"]
    assert main([*imp, str(first)]) == 0
    capsys.readouterr()

    assert main([*imp, str(hijack), str(other)]) == 4  # one refused, the other imported
    err = capsys.readouterr().err
    assert f"FAILED {hijack}" in err and f"belongs to key {fingerprint(a)}" in err
    assert "imported" in err

    case = a.cases[0].uuid
    transfer = ["headoffice", "transfer", "--db", pg_url, case]
    assert main([*transfer, "--to", fingerprint(b)]) == 2  # no reason
    assert main([*transfer, "--to", "f" * 64, "--reason", "移交"]) == 2  # not enrolled
    assert "not enrolled" in capsys.readouterr().err
    args = [*transfer, "--to", fingerprint(b), "--reason", "调岗移交", "--by", "李审批"]
    assert main(args) == 0
    assert main([*transfer, "--list"]) == 0
    out = capsys.readouterr().out
    assert f"\t{fingerprint(a)}\t{fingerprint(b)}\t李审批\t调岗移交" in out

    assert main([*imp, str(hijack)]) == 0  # B owns it now
    engine = connect(pg_url)
    try:
        with engine.connect() as conn:
            amount = conn.execute(
                text("SELECT amount_fen FROM case_row WHERE uuid = :u"), {"u": case}
            ).scalar_one()
            transfers = conn.execute(text("SELECT count(*) FROM ho_case_transfer")).scalar_one()
    finally:
        engine.dispose()
    assert (amount, transfers) == (913_000_000, 1)
