"""Norms proposed from the portfolio: median margin, days of stock, usage per unit."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import Engine

from domain.case import Case, Figure, MeterReading, SeasonLine
from domain.enums import MeterKind, Season
from storage.case_store import SqlCaseStore
from storage.headoffice.proposals import case_figures, propose_norms
from storage.rulepack_files import load_rule_pack
from tests.headoffice.pg_fixtures import PG_URL, REVIEWER, engine, pg_url

__all__ = ["engine", "pg_url"]


def retail_case(monthly_sales: str, monthly_cogs: str, stock: str, kwh: str) -> Case:
    case = Case()
    case.business.industry = "retail"
    case.income.seasons = [
        SeasonLine(Season.NORMAL, 12, sales=Figure(D(monthly_sales)), cogs=Figure(D(monthly_cogs)))
    ]
    case.balance_sheet.inventory_counted = Figure(D(stock))
    case.meters = [
        MeterReading(MeterKind.ELECTRICITY, f"2026-{m:02d}", D(kwh)) for m in range(1, 7)
    ]
    return case


def test_one_cases_margin_stock_days_and_kwh_per_thousand_yuan() -> None:
    # sales 100,000 × 12 = 1,200,000; COGS 75,000 × 12 = 900,000
    # margin (1,200,000 − 900,000) ÷ 1,200,000 = 0.25
    # stock days 150,000 ÷ 900,000 × 365 = 60.833…
    # kWh: 6 readings of 800 → 4,800 × 12 ÷ 6 = 9,600 a year;
    # units = 1,200,000 ÷ 1,000 (retail unit price) = 1,200 → 9,600 ÷ 1,200 = 8
    margin, days, usage = case_figures(
        retail_case("100000", "75000", "150000", "800"), load_rule_pack()
    )
    assert margin == D("0.25")
    assert days is not None and days.quantize(D("0.001")) == D("60.833")
    assert usage == D(8)


def test_a_case_without_an_income_statement_proposes_nothing() -> None:
    assert case_figures(Case(), load_rule_pack()) == (None, None, None)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="FCW_TEST_PG_URL is not set")
def test_the_portfolio_proposal_is_the_median_per_industry(engine: Engine) -> None:
    store = SqlCaseStore(engine, default_branch="3301")
    # margins: (100−75)/100 = 0.25, (100−80)/100 = 0.20, (100−70)/100 = 0.30 → median 0.25
    for cogs in ("75000", "80000", "70000"):
        store.create(retail_case("100000", cogs, "150000", "800"), REVIEWER)
    (retail,) = propose_norms(engine, load_rule_pack())
    assert (retail.industry, retail.cases, retail.margin) == ("retail", 3, D("0.25"))
    assert retail.usage_per_unit == D(8)
