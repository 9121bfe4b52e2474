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
