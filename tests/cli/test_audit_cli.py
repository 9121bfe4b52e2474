"""`main.py audit verify`: 0 when the chains hold, 2 naming a broken one, 3 for a wrong password."""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

import main as main_module
from domain.case import Case
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace


def main(argv: list[str]) -> int:
    """Run ``main.py`` as the shell would (it registers a command by ``sys.argv``)."""
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        for name in ("陈立", "周芳"):
            case = Case()
            case.applicant.owner.name = name
            ws.store.create(case, OFFICER)
            case.notes = "visited"
            ws.store.save(case, OFFICER)
    return directory


def _tamper(directory: Path, number: str, seq: int) -> None:
    from storage.workspace import open_workspace

    with open_workspace(directory, PASSWORD) as ws, ws.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE audit_entry SET new = 'forged' WHERE seq = :seq AND case_uuid = "
                "(SELECT uuid FROM case_row WHERE number = :number)"
            ),
            {"seq": seq, "number": number},
        )


def test_intact_chains_exit_0(
    workspace_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)

    code = main(["audit", "verify", "--workspace", str(workspace_dir)])

    err = capsys.readouterr().err
    assert code == 0
    assert "3301-20261127-0001: ok (2 entries)" in err
    assert "All 2 audit chains hold." in err


def test_a_broken_chain_exits_2_naming_the_case_number_and_the_first_broken_seq(
    workspace_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _tamper(workspace_dir, "3301-20261127-0002", seq=2)
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)

    code = main(["audit", "verify", "--workspace", str(workspace_dir)])

    err = capsys.readouterr().err
    assert code == 2
    assert "3301-20261127-0002: BROKEN at entry 2" in err
    assert "3301-20261127-0001: ok" in err


def test_case_option_checks_only_that_case(
    workspace_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _tamper(workspace_dir, "3301-20261127-0002", seq=1)
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)

    assert (
        main(["audit", "verify", "--workspace", str(workspace_dir), "--case", "3301-20261127-0001"])
        == 0
    )
    assert (
        main(["audit", "verify", "--workspace", str(workspace_dir), "--case", "3301-20261127-0002"])
        == 2
    )
    assert main(["audit", "verify", "--workspace", str(workspace_dir), "--case", "nope"]) == 2
    capsys.readouterr()


def test_a_wrong_password_from_standard_input_exits_3(
    workspace_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("FCW_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO("not the password\n"))

    code = main(["audit", "verify", "--workspace", str(workspace_dir)])

    assert code == 3
    assert "password is not correct" in capsys.readouterr().err


def test_a_folder_without_a_workspace_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)

    assert main(["audit", "verify", "--workspace", str(tmp_path)]) == 2
    capsys.readouterr()


def test_an_amount_edited_in_the_stored_case_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from decimal import Decimal

    from storage.workspace import open_workspace

    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        case = Case()
        case.applicant.owner.name = "陈立"
        ws.store.create(case, OFFICER)
        case.loan.amount = Decimal("130000")
        ws.store.save(case, OFFICER)
    with open_workspace(directory, PASSWORD) as ws, ws.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE case_row SET payload = "
                'replace(payload, \'"amount":"130000"\', \'"amount":"9130000"\')'
            )
        )
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)

    code = main(["audit", "verify", "--workspace", str(directory)])

    err = capsys.readouterr().err
    assert code == 2
    assert "3301-20261127-0001: BROKEN at entry 2: The case data differs" in err


def test_a_purged_case_verifies_and_shows_what_was_erased_and_when(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        case = Case()
        case.applicant.owner.name = "陈立"
        ws.store.create(case, OFFICER)
        ws.set_setting("retention_days", "0")
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    base = ["--workspace", str(directory)]
    assert main(["archive", *base, "--case", case.number, "--reason", "撤回"]) == 0
    assert main(["purge", *base, "--older-than-days", "0"]) == 0
    capsys.readouterr()

    code = main(["audit", "verify", *base])

    err = capsys.readouterr().err
    today = datetime.now().astimezone().date().isoformat()
    assert code == 0
    # create and archive erased; the erase record and the purge tombstone follow
    assert (
        f"{case.number}: ok (4 entries); values of 2 entries up to entry 2 erased on {today}"
    ) in err
