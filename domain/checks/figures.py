"""Figures derived from the officer-built statements (DOMAIN.md §3) that
several checks share: annual sales, cost of goods, operating expenses and
profit from the seasonal income statement; totals of the balance sheet; and
annualising partial-year data with season weights (§4.1).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property

from domain.case import (
    ASSET_FIELDS,
    LIABILITY_FIELDS,
    OPEX_FIELDS,
    BalanceSheet,
    Case,
    Figure,
)
from domain.money import ZERO


@dataclass(frozen=True)
class IncomeFigures:
    """Annual figures of the seasonal income statement (month-weighted sums).

    The derived figures (gross profit, margins, operating profit) are worked
    out on first use and kept: the object is frozen, and the checks of one
    assessment read them some twenty times."""

    sales: Decimal | None  # S1
    cogs: Decimal | None
    opex: Decimal  # absent lines count as zero
    months: int
    missing: list[str] = field(default_factory=list)

    @cached_property
    def gross_profit(self) -> Decimal | None:
        if self.sales is None or self.cogs is None:
            return None
        return self.sales - self.cogs

    @cached_property
    def gross_margin(self) -> Decimal | None:
        """(sales − COGS) / sales, a fraction; None when sales are zero or unknown."""
        gp = self.gross_profit
        if gp is None or self.sales is None or self.sales == 0:
            return None
        return gp / self.sales

    @cached_property
    def operating_profit(self) -> Decimal | None:
        gp = self.gross_profit
        return None if gp is None else gp - self.opex

    @cached_property
    def net_margin(self) -> Decimal | None:
        op = self.operating_profit
        if op is None or not self.sales:
            return None
        return op / self.sales


def income_figures(case: Case) -> IncomeFigures:
    seasons = [s for s in case.income.seasons if s.months > 0]
    if not seasons:
        return IncomeFigures(None, None, ZERO, 0, ["income.seasons"])
    missing: list[str] = []
    sales = ZERO
    cogs = ZERO
    opex = ZERO
    for line in seasons:
        if line.sales.value is None:
            missing.append(f"income.seasons[{line.season.value}].sales")
        else:
            sales += line.sales.value * line.months
        if line.cogs.value is None:
            missing.append(f"income.seasons[{line.season.value}].cogs")
        else:
            cogs += line.cogs.value * line.months
        for name in OPEX_FIELDS:
            v = getattr(line, name).value
            if v is not None:
                opex += v * line.months
    months = sum(s.months for s in seasons)
    has_sales = not any(m.endswith(".sales") for m in missing)
    has_cogs = not any(m.endswith(".cogs") for m in missing)
    return IncomeFigures(
        sales if has_sales else None,
        cogs if has_cogs else None,
        opex,
        months,
        missing,
    )


def monthly(figure: Figure) -> Decimal:
    return figure.value if figure.value is not None else ZERO


def inventory_value(bs: BalanceSheet) -> tuple[Decimal | None, str]:
    """Stock at cost: counted when the officer counted it, else as claimed."""
    if bs.inventory_counted.value is not None:
        return bs.inventory_counted.value, bs.inventory_counted.source.value
    if bs.inventory_claimed.value is not None:
        return bs.inventory_claimed.value, bs.inventory_claimed.source.value
    return None, ""


def _sum(bs: BalanceSheet, names: Iterable[str]) -> tuple[Decimal, bool]:
    total = ZERO
    any_known = False
    for name in names:
        v = getattr(bs, name).value
        if name == "inventory_counted" and v is None:
            v = bs.inventory_claimed.value
        if v is not None:
            total += v
            any_known = True
    return total, any_known


def total_assets(bs: BalanceSheet) -> Decimal | None:
    total, known = _sum(bs, ASSET_FIELDS)
    return total if known else None


def total_liabilities(bs: BalanceSheet) -> Decimal:
    return _sum(bs, LIABILITY_FIELDS)[0]


def equity_actual(bs: BalanceSheet) -> Decimal | None:
    assets = total_assets(bs)
    return None if assets is None else assets - total_liabilities(bs)


CURRENT_ASSETS = ("cash", "deposits", "receivables", "prepayments", "inventory_counted")
# short-term loans are left out: the working-capital formula subtracts
# existing working-capital loans separately
CURRENT_LIABILITIES_EX_LOANS = (
    "payables",
    "advances_received",
    "credit_cards",
    "private_loans",
    "other_liabilities",
)


def own_working_capital(bs: BalanceSheet) -> Decimal:
    return _sum(bs, CURRENT_ASSETS)[0] - _sum(bs, CURRENT_LIABILITIES_EX_LOANS)[0]


# --- annualising ---------------------------------------------------------


def season_weights(case: Case) -> dict[int, Decimal] | None:
    """Month (1..12) → weight: the declared monthly sales of its season.

    None when the seasons are not known (no month mapping, or a mapped
    season without declared sales)."""
    mapping = case.business.season_of_month
    if not mapping:
        return None
    per_season = {
        line.season: line.sales.value
        for line in case.income.seasons
        if line.months > 0 and line.sales.value is not None
    }
    weights: dict[int, Decimal] = {}
    for month in range(1, 13):
        season = mapping.get(str(month))
        if season is None or per_season.get(season) is None:
            return None
        weights[month] = per_season[season] or ZERO
    if sum(weights.values(), ZERO) <= 0:
        return None
    return weights


@dataclass(frozen=True)
class Annualised:
    value: Decimal
    months: int  # months of data
    factor: Decimal  # annual = total × factor
    seasonal: bool  # the factor used season weights


def month_key(on: date) -> tuple[int, int]:
    return on.year, on.month


def month_span(keys: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every month from the first to the last key, inclusive."""
    ordered = sorted(set(keys))
    if not ordered:
        return []
    (y, m), last = ordered[0], ordered[-1]
    out = []
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def parse_month(text: str) -> tuple[int, int] | None:
    """``2026-03`` → (2026, 3); None when not a YYYY-MM month."""
    try:
        year, month = text.strip().split("-")[:2]
        key = int(year), int(month)
    except ValueError:
        return None
    return key if 1 <= key[1] <= 12 else None


def annualise(
    total: Decimal, months: list[tuple[int, int]], weights: dict[int, Decimal] | None
) -> Annualised:
    """Scale a total over ``months`` (year, month) to a year (DOMAIN.md §4.1).

    Twelve months or more: × 12 / m. Fewer: by season weights when known
    (annual weight ÷ weight of the months covered), else × 12 / m."""
    m = len(months)
    if m == 0:
        return Annualised(ZERO, 0, ZERO, False)
    if m < 12 and weights is not None:
        covered = sum((weights[mo] for _, mo in months), ZERO)
        if covered > 0:
            factor = sum(weights.values(), ZERO) / covered
            return Annualised(total * factor, m, factor, True)
    factor = Decimal(12) / Decimal(m)
    return Annualised(total * factor, m, factor, False)
