"""Checks of the business's own ratios against industry norms and
observations (DOMAIN.md §4.3): gross margin, inventory counted vs claimed,
days of stock, headcount."""

from __future__ import annotations

from decimal import Decimal

from domain.case import Case
from domain.checks.base import (
    COMPUTED,
    RULE_PACK,
    CheckResult,
    Input,
    missing_result,
    pct,
    qty,
    ratio,
    yuan,
)
from domain.checks.figures import IncomeFigures, inventory_value, total_assets
from domain.enums import Light
from domain.i18n import Message, tr_noop
from domain.money import ZERO, to_money
from domain.rulepack import IndustryNorm, RulePack

MARGIN = tr_noop("Gross margin vs industry band")
INVENTORY = tr_noop("Inventory counted vs claimed")
STOCK_DAYS = tr_noop("Days of stock vs industry band")
HEADCOUNT = tr_noop("Headcount claimed vs evidence")


def _outside(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    """Signed distance outside [low, high]: negative below, positive above, 0 inside."""
    if value < low:
        return value - low
    if value > high:
        return value - high
    return Decimal(0)


def gross_margin_check(
    income: IncomeFigures, norm: IndustryNorm | None, pack: RulePack
) -> CheckResult:
    """Declared gross margin (sales − COGS) / sales against the industry band:
    inside green, up to ``margin.band_tolerance`` outside amber, beyond red.
    ``deviation`` is the signed distance outside the band (fraction points)."""
    name = Message(MARGIN)
    missing = [] if income.gross_margin is not None else list(income.missing or ["income.seasons"])
    if norm is None:
        missing.append("business.industry")
    if missing or income.gross_margin is None or norm is None:
        return missing_result("gross_margin", name, missing)
    margin = income.gross_margin
    outside = _outside(margin, norm.margin_low, norm.margin_high)
    tolerance = pack.thresholds.margin_band_tolerance
    if outside == 0:
        light = Light.GREEN
    elif abs(outside) <= tolerance:
        light = Light.AMBER
    else:
        light = Light.RED
    return CheckResult(
        id="gross_margin",
        name=name,
        inputs=[
            Input(tr_noop("annual sales"), to_money(income.sales or 0), COMPUTED),
            Input(tr_noop("annual cost of goods"), to_money(income.cogs or 0), COMPUTED),
            Input(tr_noop("industry band low"), norm.margin_low, RULE_PACK),
            Input(tr_noop("industry band high"), norm.margin_high, RULE_PACK),
        ],
        estimate=ratio(margin),
        reference=ratio(norm.margin_mid),
        deviation=ratio(outside),
        light=light,
        arithmetic=Message(
            tr_noop("({sales} − {cogs}) ÷ {sales} = {margin}; band {low}–{high}"),
            {
                "sales": yuan(income.sales or ZERO),
                "cogs": yuan(income.cogs or ZERO),
                "margin": pct(margin),
                "low": pct(norm.margin_low),
                "high": pct(norm.margin_high),
            },
        ),
    )


def inventory_gap_check(case: Case, pack: RulePack) -> CheckResult:
    """(claimed − counted) / claimed; green when the gap is below
    ``inventory.ignore_below_assets_share`` of total assets."""
    bs = case.balance_sheet
    name = Message(INVENTORY)
    claimed, counted = bs.inventory_claimed.value, bs.inventory_counted.value
    missing = [
        k
        for k, v in (
            ("balance_sheet.inventory_claimed", claimed),
            ("balance_sheet.inventory_counted", counted),
        )
        if v is None
    ]
    if missing or claimed is None or counted is None or claimed == 0:
        return missing_result("inventory_gap", name, missing or ["balance_sheet.inventory_claimed"])
    gap = (claimed - counted) / claimed
    t = pack.thresholds
    assets = total_assets(bs) or Decimal(0)
    light = t.inventory_gap.light(abs(gap))
    notes = []
    if abs(claimed - counted) < t.inventory_ignore_below_assets_share * assets:
        light = Light.GREEN
        notes.append(
            Message(
                tr_noop("gap below {share} of total assets {assets}: ignored"),
                {"share": pct(t.inventory_ignore_below_assets_share), "assets": yuan(assets)},
            )
        )
    return CheckResult(
        id="inventory_gap",
        name=name,
        inputs=[
            Input(tr_noop("inventory claimed"), claimed, bs.inventory_claimed.source.value),
            Input(tr_noop("inventory counted"), counted, bs.inventory_counted.source.value),
            Input(tr_noop("total assets"), to_money(assets), COMPUTED),
        ],
        estimate=to_money(counted),
        reference=to_money(claimed),
        deviation=ratio(gap),
        light=light,
        arithmetic=Message(
            tr_noop("({claimed} − {counted}) ÷ {claimed} = {gap}"),
            {"claimed": yuan(claimed), "counted": yuan(counted), "gap": pct(gap)},
        ),
        notes=notes,
    )


def stock_days_value(case: Case, income: IncomeFigures, pack: RulePack) -> Decimal | None:
    stock, _ = inventory_value(case.balance_sheet)
    if stock is None or not income.cogs:
        return None
    return stock / income.cogs * pack.thresholds.days_per_year


def stock_days_check(
    case: Case, income: IncomeFigures, norm: IndustryNorm | None, pack: RulePack
) -> CheckResult:
    """Inventory ÷ annual COGS × 365 against the industry band; ``deviation``
    is the share by which it lies outside the nearer band edge (0 inside)."""
    name = Message(STOCK_DAYS)
    stock, source = inventory_value(case.balance_sheet)
    missing = []
    if stock is None:
        missing.append("balance_sheet.inventory_counted")
    if not income.cogs:
        missing.append("income.seasons.cogs")
    if norm is None:
        missing.append("business.industry")
    days = stock_days_value(case, income, pack)
    if missing or days is None or norm is None or stock is None:
        return missing_result("stock_days", name, missing)
    if days > norm.stock_days_high:
        outside = (days - norm.stock_days_high) / norm.stock_days_high
    elif days < norm.stock_days_low and norm.stock_days_low > 0:
        outside = (norm.stock_days_low - days) / norm.stock_days_low
    else:
        outside = Decimal(0)
    return CheckResult(
        id="stock_days",
        name=name,
        inputs=[
            Input(tr_noop("stock at cost"), stock, source),
            Input(tr_noop("annual cost of goods"), to_money(income.cogs or 0), COMPUTED),
            Input(tr_noop("industry band low"), norm.stock_days_low, RULE_PACK, "days"),
            Input(tr_noop("industry band high"), norm.stock_days_high, RULE_PACK, "days"),
        ],
        estimate=days.quantize(Decimal("0.1")),
        reference=norm.stock_days_mid,
        deviation=ratio(outside),
        light=pack.thresholds.stock_days_outside.light(outside),
        arithmetic=Message(
            tr_noop("{stock} ÷ {cogs} × {year} = {days} days; band {low}–{high} days"),
            {
                "stock": yuan(stock),
                "cogs": yuan(income.cogs or ZERO),
                "year": pack.thresholds.days_per_year,
                "days": qty(days.quantize(Decimal("0.1"))),
                "low": qty(norm.stock_days_low),
                "high": qty(norm.stock_days_high),
            },
        ),
    )


_HEADCOUNT_TEXT = {
    (False, False): tr_noop("{claimed} claimed ÷ max({evidence}) = {ratio}"),
    (True, False): tr_noop(
        "{total} claimed − {family} family = {claimed} ÷ max({evidence}) = {ratio}"
    ),
    (False, True): tr_noop(
        "{total} claimed − {seasonal} seasonal = {claimed} ÷ max({evidence}) = {ratio}"
    ),
    (True, True): tr_noop(
        "{total} claimed − {family} family − {seasonal} seasonal = {claimed}"
        " ÷ max({evidence}) = {ratio}"
    ),
}


def headcount_check(case: Case, norm: IndustryNorm | None, pack: RulePack) -> CheckResult:
    """Employees claimed ÷ max(social-insurance count, observed, payroll ÷
    average wage). Family members and seasonal workers among the staff claimed
    are left out (seldom insured or on the payroll; seasonal workers are there
    only in the peak). Fewer insured than ``insured_share_amber`` of the
    employees is an amber note: staff without social insurance."""
    b = case.business
    name = Message(HEADCOUNT)
    if b.staff_claimed is None:
        return missing_result("headcount", name, ["business.staff_claimed"])
    claimed = b.staff_claimed - (b.staff_family or 0) - (b.staff_seasonal or 0)
    evidence: list[tuple[str, Decimal, str]] = []
    if b.staff_social_insurance is not None:
        evidence.append(
            (tr_noop("social insurance count"), Decimal(b.staff_social_insurance), "document")
        )
    if b.staff_observed is not None:
        evidence.append((tr_noop("staff observed"), Decimal(b.staff_observed), "observed"))
    if b.payroll_monthly is not None and norm is not None and norm.monthly_wage > 0:
        evidence.append(
            (tr_noop("payroll ÷ average wage"), b.payroll_monthly / norm.monthly_wage, COMPUTED)
        )
    if not evidence:
        return missing_result(
            "headcount",
            name,
            [
                "business.staff_social_insurance",
                "business.staff_observed",
                "business.payroll_monthly",
            ],
        )
    best = max(v for _, v, _ in evidence)
    inputs = [Input(tr_noop("staff claimed"), str(b.staff_claimed), "declared")]
    if b.staff_family:
        inputs.append(Input(tr_noop("of them family"), str(b.staff_family), "declared"))
    if b.staff_seasonal:
        inputs.append(Input(tr_noop("of them seasonal"), str(b.staff_seasonal), "declared"))
    inputs += [Input(label, ratio(v).normalize(), src) for label, v, src in evidence]
    notes: list[Message] = []
    insured_floor = pack.thresholds.insured_share_amber
    insured = b.staff_social_insurance
    low_insured = (
        insured_floor is not None
        and insured is not None
        and claimed > 0
        and Decimal(insured) / claimed < insured_floor
    )
    if low_insured and insured is not None:
        notes.append(
            Message(
                tr_noop("only {insured} of {claimed} employees have social insurance ({share})"),
                {"insured": insured, "claimed": claimed, "share": pct(Decimal(insured) / claimed)},
            )
        )
    if claimed <= 0:
        return CheckResult(
            "headcount",
            name,
            inputs=inputs,
            light=Light.GREEN,
            arithmetic=Message(tr_noop("every member of staff claimed is family or seasonal")),
        )
    if best <= 0:
        return CheckResult(
            "headcount",
            name,
            inputs=inputs,
            light=Light.RED,
            arithmetic=Message(
                tr_noop("no staff evidenced against {claimed} claimed"),
                {"claimed": claimed},
            ),
            notes=notes,
        )
    r = Decimal(claimed) / best
    light = pack.thresholds.headcount_ratio.light(r)
    if low_insured and light is Light.GREEN:
        light = Light.AMBER
    return CheckResult(
        id="headcount",
        name=name,
        inputs=inputs,
        estimate=ratio(best),
        reference=Decimal(claimed),
        deviation=ratio(r),
        light=light,
        arithmetic=Message(
            _HEADCOUNT_TEXT[(bool(b.staff_family), bool(b.staff_seasonal))],
            {
                "total": b.staff_claimed,
                "family": b.staff_family or 0,
                "seasonal": b.staff_seasonal or 0,
                "claimed": claimed,
                "evidence": ", ".join(qty(v.quantize(Decimal("0.01"))) for _, v, _ in evidence),
                "ratio": qty(r.quantize(Decimal("0.01"))),
            },
        ),
        notes=notes,
    )
