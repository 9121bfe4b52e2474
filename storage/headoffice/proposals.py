"""Norms head office can derive from its portfolio, to propose for the next
rule pack (``headoffice pack --propose``), per industry:

* gross margin = (annual sales − annual COGS) ÷ annual sales, from each case's
  officer-built seasonal income statement (Σ monthly figure × months);
* days of stock = inventory (counted, else claimed) ÷ annual COGS × 365;
* usage per unit of output = annual meter quantity of the industry's meter
  (kWh or m³, the last 12 readings scaled to 12 months) ÷ units of output,
  units = annual sales ÷ the pack's unit price.

Each is the median over the industry's cases that have the figures; cases
missing one are left out of that median only. Figures are Decimal.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from statistics import median

from sqlalchemy import Engine, select
from sqlmodel import Session

from domain.case import Case
from domain.rulepack import RulePack
from domain.serialization import case_from_dict
from storage.tables import CaseRow

DAYS = Decimal(365)


@dataclass(frozen=True)
class ProposedNorm:
    industry: str
    cases: int
    margin: Decimal | None
    stock_days: Decimal | None
    usage_per_unit: Decimal | None


def _annual(case: Case) -> tuple[Decimal, Decimal] | None:
    sales = cogs = Decimal(0)
    for s in case.income.seasons:
        if s.sales.value is None or s.cogs.value is None:
            return None
        sales += s.sales.value * s.months
        cogs += s.cogs.value * s.months
    return (sales, cogs) if sales > 0 else None


def case_figures(
    case: Case, pack: RulePack
) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """(gross margin, days of stock, usage per unit of output) of one case."""
    annual = _annual(case)
    if annual is None:
        return None, None, None
    sales, cogs = annual
    margin = (sales - cogs) / sales
    bs = case.balance_sheet
    stock = bs.inventory_counted.value
    if stock is None:
        stock = bs.inventory_claimed.value
    days = stock / cogs * DAYS if stock is not None and cogs > 0 else None
    usage = None
    norm = pack.industry(case.business.industry)
    if norm is not None and norm.unit_price > 0:
        readings = [m.quantity for m in case.meters if m.kind == norm.utility and m.quantity]
        readings = readings[-12:]
        if readings:
            annual_use = sum(readings, Decimal(0)) * 12 / len(readings)
            units = sales / norm.unit_price
            usage = annual_use / units if units > 0 else None
    return margin, days, usage


def _median(values: list[Decimal]) -> Decimal | None:
    return median(values) if values else None


def propose_norms(engine: Engine, pack: RulePack) -> list[ProposedNorm]:
    """One proposal per industry present in the portfolio (archived cases too)."""
    per: dict[str, list[tuple[Decimal | None, Decimal | None, Decimal | None]]] = defaultdict(list)
    with Session(engine) as session:
        for payload, industry in session.execute(select(CaseRow.payload, CaseRow.industry)):  # type: ignore[call-overload]
            case = case_from_dict(json.loads(payload))
            per[str(industry)].append(case_figures(case, pack))
    out = []
    for industry in sorted(per):
        rows = per[industry]
        out.append(
            ProposedNorm(
                industry,
                len(rows),
                _median([r[0] for r in rows if r[0] is not None]),
                _median([r[1] for r in rows if r[1] is not None]),
                _median([r[2] for r in rows if r[2] is not None]),
            )
        )
    return out
