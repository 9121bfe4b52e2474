"""The window's totals and both charts from one query (PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal as D

from sqlalchemy import Engine

from storage.headoffice.queries import PortfolioFilter, summary
from tests.headoffice.pg_fixtures import engine, needs_pg, pg_url
from tests.headoffice.test_portfolio_queries import _seed

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]


def test_one_summary_gives_the_totals_and_the_groups_by_industry_and_by_light(
    engine: Engine,
) -> None:
    # 3301 retail 300,000.50 red; 3301 plastics 200,000 amber; 3302 retail 100,000 green
    _seed(engine)
    s = summary(engine)
    # 300,000.50 + 200,000 + 100,000 = 600,000.50
    assert (s.totals.cases, s.totals.amount) == (3, D("600000.50"))
    # retail: 300,000.50 + 100,000 = 400,000.50
    assert [(g.key, g.cases, g.amount) for g in s.by_industry] == [
        ("plastics", 1, D("200000")),
        ("retail", 2, D("400000.50")),
    ]
    assert [(g.key, g.cases, g.amount) for g in s.by_light] == [
        ("amber", 1, D("200000")),
        ("green", 1, D("100000")),
        ("red", 1, D("300000.50")),
    ]


def test_the_summary_follows_the_filter(engine: Engine) -> None:
    _seed(engine)
    s = summary(engine, PortfolioFilter(branch="3301"))
    # 300,000.50 + 200,000 = 500,000.50
    assert (s.totals.cases, s.totals.amount) == (2, D("500000.50"))
    assert [g.key for g in s.by_light] == ["amber", "red"]
    empty = summary(engine, PortfolioFilter(branch="9999"))
    assert (empty.totals.cases, empty.totals.amount, empty.by_industry) == (0, D(0), [])
