"""``main.py export`` and ``main.py import``: the whole trip, exit codes, spreadsheets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import main as main_module
from domain.enums import CaseStatus
from storage.headoffice_keys import (
    generate_headoffice_files,
    import_headoffice_enrolment,
    workstation_enrolment_bytes,
)
from storage.workspace import open_workspace
from tests.storage.export_fixtures import walked_case
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace

PASSPHRASE = "总行 key"


def main(argv: list[str]) -> int:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


class Setup:
    def __init__(self, base: Path) -> None:
        self.ws = base / "ws"
        self.ho = base / "ho"
        self.out = base / "out"
        self.key, enrol, _ = generate_headoffice_files(base / "keys", PASSPHRASE)
        with new_workspace(self.ws) as ws:
            import_headoffice_enrolment(ws, enrol.read_bytes(), PASSWORD)
            self.good = walked_case(ws)
            blocked = walked_case(ws, n=2)
            blocked.dispositions.clear()  # a red flag pending, no override
            ws.store.save(blocked, OFFICER)
            self.blocked = blocked
            self.draft = walked_case(ws, CaseStatus.DRAFT, n=3)
            # what the receiving workspace trusts (docs/SECURITY.md, "Attribution")
            self.ws_enrol = base / "ws.enrol.json"
            self.ws_enrol.write_bytes(workstation_enrolment_bytes(ws))
        new_workspace(self.ho).close()


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Setup:
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", PASSPHRASE)
    return Setup(tmp_path)


def test_a_case_travels_to_head_office_and_imports_once(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    number = setup.good.number
    args = ["export", "--workspace", str(setup.ws), "--case", number, "-o", str(setup.out)]
    assert main(args) == 0
    package = setup.out / f"{number}-v5.fcwpkg"
    assert package.is_file()

    imp = ["import", "--workspace", str(setup.ho), "--key", str(setup.key)]
    imp += ["--trusted-key", str(setup.ws_enrol), str(package)]
    assert main(imp) == 0
    assert "imported" in capsys.readouterr().err
    assert main(imp) == 0
    assert "unchanged" in capsys.readouterr().err
    with open_workspace(setup.ho, PASSWORD) as ho:
        case = ho.store.load(number)
        assert case.version == 5 and ho.store.verify_history(case.uuid).ok
    assert main(["verify", "--key", str(setup.key), str(package)]) == 0


def test_pending_red_flag_is_refused_with_the_reason_and_exit_2(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", "--workspace", str(setup.ws), "--case", setup.blocked.number]
    assert main([*args, "-o", str(setup.out)]) == 2
    assert "Request exceeds loan need" in capsys.readouterr().err  # the rule's title
    assert not list(setup.out.glob("*.fcwpkg"))


def test_batch_with_one_failure_exits_4_and_lists_it(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", "--workspace", str(setup.ws), "-o", str(setup.out)]
    args += ["--case", setup.good.number, "--case", setup.blocked.number]
    assert main(args) == 4
    err = capsys.readouterr().err
    assert f"FAILED {setup.blocked.number}" in err
    assert [p.name for p in setup.out.glob("*.fcwpkg")] == [f"{setup.good.number}-v5.fcwpkg"]


def test_all_exports_only_ready_cases(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    # good and blocked are analysed (ready); the draft is not picked at all.
    assert main(["export", "--workspace", str(setup.ws), "--all", "-o", str(setup.out)]) == 4
    err = capsys.readouterr().err
    assert setup.draft.number not in err
    assert f"FAILED {setup.blocked.uuid}" in err


def test_export_without_head_office_key_says_how_to_import_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    with new_workspace(tmp_path / "ws") as ws:
        number = walked_case(ws).number
    args = ["export", "--workspace", str(tmp_path / "ws"), "--case", number]
    assert main([*args, "-o", str(tmp_path / "out")]) == 2
    assert "keys import-headoffice" in capsys.readouterr().err


def test_import_of_a_damaged_and_a_good_package_exits_4_and_keeps_the_good_one(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    main(
        ["export", "--workspace", str(setup.ws), "--case", setup.good.number, "-o", str(setup.out)]
    )
    good = setup.out / f"{setup.good.number}-v5.fcwpkg"
    bad = setup.out / "bad.fcwpkg"
    bad.write_bytes(good.read_bytes()[:500])
    args = ["import", "--workspace", str(setup.ho), "--key", str(setup.key)]
    args += ["--trusted-key", str(setup.ws_enrol), str(bad), str(good)]
    assert main(args) == 4
    assert "FAILED" in capsys.readouterr().err
    with open_workspace(setup.ho, PASSWORD) as ho:
        assert [n for _, n in ho.store.case_ids()] == [setup.good.number]


def test_import_with_a_wrong_key_passphrase_exits_3(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", "wrong")
    args = ["import", "--workspace", str(setup.ho), "--key", str(setup.key), "x.fcwpkg"]
    assert main(args) == 3


def test_spreadsheet_option_writes_masked_xlsx(setup: Setup, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    args = ["export", "--workspace", str(setup.ws), "--all", "--spreadsheet", str(out)]
    assert main(args) == 0
    import pandas as pd

    sheet = pd.read_excel(out, sheet_name="cases", dtype=str)
    assert len(sheet) == 3  # --all in a spreadsheet: every case
    assert set(sheet["owner_id"]) == {"110105********002X"}
