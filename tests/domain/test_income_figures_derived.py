"""IncomeFigures: the derived figures, kept after the first read."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

from domain.checks.figures import IncomeFigures


def test_derived_figures_follow_their_formulas_on_every_read() -> None:
    # sales 1,000, COGS 600, opex 100: gross profit 1,000 − 600 = 400,
    # gross margin 400 / 1,000 = 0.4, operating profit 400 − 100 = 300,
    # net margin 300 / 1,000 = 0.3
    figures = IncomeFigures(D("1000"), D("600"), D("100"), 12)
    for _ in range(2):
        assert figures.gross_profit == D("400")
        assert figures.gross_margin == D("0.4")
        assert figures.operating_profit == D("300")
        assert figures.net_margin == D("0.3")


def test_unknown_or_zero_sales_leave_the_margins_unknown() -> None:
    assert IncomeFigures(None, D("600"), D("0"), 12).gross_margin is None
    assert IncomeFigures(D("0"), D("0"), D("0"), 12).net_margin is None


def test_kept_figures_change_neither_equality_nor_printing() -> None:
    read = IncomeFigures(D("1000"), D("600"), D("100"), 12)
    _ = read.net_margin
    fresh = IncomeFigures(D("1000"), D("600"), D("100"), 12)
    assert read == fresh and repr(read) == repr(fresh)
    # a changed copy works its figures out anew
    assert dataclasses.replace(read, cogs=D("700")).gross_margin == D("0.3")
