"""库存虚假 inflated stock: more stock claimed than counted or than the trade holds."""

from __future__ import annotations

from decimal import Decimal

from domain.enums import FraudCategory
from domain.fraud.adapters import industry_band
from domain.fraud.base import (
    Evidence,
    FraudFlag,
    RuleContext,
    RuleSettings,
    above,
    fraud_rule,
    grade,
    make_flag,
    pct,
)
from domain.fraud.figures import annual_cogs, inventory, total_assets
from domain.i18n import Message, tr_noop
from domain.money import money_text

CAT = FraudCategory.INVENTORY


@fraud_rule("inventory.counted_vs_claimed", CAT)
def counted_vs_claimed(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Gap = (claimed − counted) / claimed stock; above ``amber`` / ``red`` is
    bad. Ignored when the gap in yuan is below ``ignore_below`` × total assets."""
    bs = ctx.case.balance_sheet
    claimed, counted = bs.inventory_claimed.value, bs.inventory_counted.value
    if claimed is None or counted is None or claimed <= 0:
        return None
    gap = claimed - counted
    ratio = gap / claimed
    amber, red = s.dec("amber"), s.dec("red")
    severity = grade(ratio, amber, red)
    if severity is None:
        return None
    assets = total_assets(ctx.case)
    floor = s.dec("ignore_below")
    if assets is not None and assets > 0 and gap < floor * assets:
        return None
    return make_flag(
        "inventory.counted_vs_claimed",
        CAT,
        severity,
        Message(
            tr_noop("Stock counted on site is {gap} below the stock claimed."),
            {"gap": pct(ratio)},
        ),
        [
            Evidence(
                tr_noop("Stock claimed"), money_text(claimed), bs.inventory_claimed.source.value
            ),
            Evidence(
                tr_noop("Stock counted"), money_text(counted), bs.inventory_counted.source.value
            ),
            Evidence(tr_noop("Gap"), pct(ratio), "computed", above(pct(amber), pct(red))),
        ],
        ["/balance_sheet/inventory_claimed", "/balance_sheet/inventory_counted"],
    )


@fraud_rule("inventory.stock_days_vs_norm", CAT)
def stock_days_vs_norm(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Days of stock = stock ÷ annual COGS × 365 above the industry band's high
    end by more than ``amber`` / ``red`` (as a fraction of the high end).
    Only the high side is a sign of inflated stock."""
    stock, cogs = inventory(ctx.case), annual_cogs(ctx.case)
    band = industry_band(ctx.pack, ctx.case.business.industry, "stock_days")
    if stock is None or cogs is None or cogs <= 0 or band is None or band[1] <= 0:
        return None
    days = stock / cogs * 365
    high = band[1]
    excess = (days - high) / high
    amber, red = s.dec("amber"), s.dec("red")
    severity = grade(excess, amber, red)
    if severity is None:
        return None
    shown = days.quantize(Decimal("0.1"))
    return make_flag(
        "inventory.stock_days_vs_norm",
        CAT,
        severity,
        Message(
            tr_noop(
                "Stock covers {days} days of sales at cost; the trade norm is {low}–{high} days."
            ),
            {"days": shown, "low": band[0], "high": high},
        ),
        [
            Evidence(tr_noop("Stock at cost"), money_text(stock), "balance sheet"),
            Evidence(tr_noop("Annual cost of goods"), money_text(cogs), "income statement"),
            Evidence(
                tr_noop("Days of stock"),
                str(shown),
                "computed",
                Message(
                    tr_noop("{low}–{high}; > {amber} above amber, > {red} red"),
                    {"low": str(band[0]), "high": str(high), "amber": pct(amber), "red": pct(red)},
                ),
            ),
        ],
        ["/balance_sheet/inventory_counted", "/income/seasons"],
    )
