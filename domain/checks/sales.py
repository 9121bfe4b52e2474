"""Sales from independent sources, S1–S8 (DOMAIN.md §4.1).

Each estimate is compared with the reference S_ref (the officer's working
figure: ``proposal.reference_sales_override``, else the declared S1):
``deviation = (S_ref − S_i) / S_ref``; positive means the source sees *less*
than the reference (the bad direction for inflated income). Lights on
|deviation| from ``thresholds.toml [sales]``. Data covering fewer than
``short_history_months`` months is at least amber with a "short history" note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from domain.case import Case
from domain.checks.base import (
    COMPUTED,
    RULE_PACK,
    STATEMENT,
    CheckResult,
    Input,
    missing_result,
    pct,
    qty,
    ratio,
    worst,
    yuan,
)
from domain.checks.figures import (
    Annualised,
    IncomeFigures,
    annualise,
    inventory_value,
    month_key,
    month_span,
    parse_month,
)
from domain.enums import Light, MeterKind, TaxpayerType, TxCategory
from domain.fast_init import fast_frozen_init
from domain.i18n import Message, tr_noop
from domain.money import ZERO, to_money
from domain.rulepack import IndustryNorm, RulePack
from domain.statement_analysis import sales_estimate_s5, summarise, summary_of
from domain.statement_scan import StatementScan

NAMES = {
    "S1": tr_noop("S1 declared sales (income statement)"),
    "S2": tr_noop("S2 sales from purchases"),
    "S3": tr_noop("S3 sales from VAT"),
    "S4": tr_noop("S4 sales from stock turn"),
    "S5": tr_noop("S5 sales from bank statements"),
    "S6": tr_noop("S6 sales from utility meters"),
    "S7": tr_noop("S7 sales from customs declarations"),
    "S8": tr_noop("S8 sales from site observation"),
}


@fast_frozen_init
@dataclass(frozen=True)
class SalesContext:
    case: Case
    pack: RulePack
    income: IncomeFigures
    reference: Decimal | None
    reference_source: str
    weights: dict[int, Decimal] | None
    norm: IndustryNorm | None
    #: the one pass over the statement lines (for the case's application
    #: date), when the assessment made it; the checks walk the lines otherwise
    scan: StatementScan | None = None


def _name(check_id: str) -> Message:
    return Message(NAMES[check_id])


def _short_history_note(months: int, ctx: SalesContext) -> Message | None:
    if months < ctx.pack.thresholds.short_history_months:
        return Message(
            tr_noop("short history: {months} months of data, annualised"), {"months": months}
        )
    return None


def _finish(
    check_id: str,
    ctx: SalesContext,
    inputs: list[Input],
    estimate: Decimal,
    arithmetic: Message,
    *,
    months: int | None = None,
) -> CheckResult:
    notes: list[Message] = []
    inputs = [*inputs, Input(tr_noop("reference sales S_ref"), ctx.reference, ctx.reference_source)]
    if ctx.reference is None or ctx.reference <= 0:
        return CheckResult(
            id=check_id,
            name=_name(check_id),
            inputs=inputs,
            estimate=to_money(estimate),
            light=Light.MISSING,
            missing=["reference_sales"],
            arithmetic=arithmetic,
        )
    deviation = (ctx.reference - estimate) / ctx.reference
    light = ctx.pack.thresholds.sales_deviation.light(abs(deviation))
    if months is not None:
        note = _short_history_note(months, ctx)
        if note is not None:
            notes.append(note)
            light = worst(light, Light.AMBER)
    return CheckResult(
        id=check_id,
        name=_name(check_id),
        inputs=inputs,
        estimate=to_money(estimate),
        reference=to_money(ctx.reference),
        deviation=ratio(deviation),
        light=light,
        arithmetic=arithmetic,
        notes=notes,
    )


def _annualised_text(a: Annualised) -> Message:
    return Message(
        tr_noop("× {factor} ({months} months)"), {"factor": qty(a.factor), "months": a.months}
    )


def s1_declared(ctx: SalesContext) -> CheckResult:
    """S1: Σ season monthly sales × months of the income statement."""
    if ctx.income.sales is None:
        return missing_result("S1", _name("S1"), ctx.income.missing or ["income.seasons"])
    lines = [s for s in ctx.case.income.seasons if s.months > 0 and s.sales.value is not None]
    terms = " + ".join(f"{yuan(s.sales.value or ZERO)} × {s.months}" for s in lines)
    inputs = [
        Input(
            tr_noop("monthly sales"),
            s.sales.value,
            s.sales.source.value,
            f"{s.season.value} × {s.months}",
        )
        for s in lines
    ]
    arithmetic = Message(
        tr_noop("Σ monthly sales × months: {terms} = {estimate}"),
        {"terms": terms, "estimate": yuan(ctx.income.sales)},
    )
    return _finish("S1", ctx, inputs, ctx.income.sales, arithmetic)


def _statement_months(ctx: SalesContext) -> list[tuple[int, int]]:
    # month_span runs from the first month to the last: the earliest and the
    # latest date decide it, so the lines need not each become a month key
    scan = ctx.scan
    if scan is not None:
        first, last = scan.lines.first_date, scan.last_date
        if first is None or last is None:
            return []
        return month_span((month_key(first), month_key(last)))
    dates = [t.on for t in ctx.case.transactions if t.on is not None]
    if not dates:
        return []
    return month_span((month_key(min(dates)), month_key(max(dates))))


def s2_purchases(ctx: SalesContext) -> CheckResult:
    """S2: annual purchases ÷ (1 − gross margin). Purchases from the bank
    statements when imported (annualised), else the declared cost of goods;
    margin from the industry norm (mid-band), else the declared margin when
    purchases come from statements."""
    purchase = TxCategory.PURCHASE
    purchases_tx = (
        ctx.scan.purchases
        if ctx.scan is not None
        else [t for t in ctx.case.transactions if t.category is purchase and t.on is not None]
    )
    months: int | None = None
    if purchases_tx:
        a = annualise(
            sum((abs(t.amount) for t in purchases_tx), ZERO), _statement_months(ctx), ctx.weights
        )
        purchases, source, months = a.value, STATEMENT, a.months
    elif ctx.income.cogs is not None and ctx.norm is not None:
        purchases, source = ctx.income.cogs, COMPUTED
    else:
        return missing_result("S2", _name("S2"), ["transactions (purchases)", "business.industry"])
    if ctx.norm is not None:
        margin, margin_source = ctx.norm.margin_mid, RULE_PACK
    elif ctx.income.gross_margin is not None:
        margin, margin_source = ctx.income.gross_margin, COMPUTED
    else:
        return missing_result("S2", _name("S2"), ["business.industry"])
    if margin >= 1:
        return missing_result("S2", _name("S2"), ["gross margin below 100%"])
    estimate = purchases / (1 - margin)
    inputs = [
        Input(tr_noop("annual purchases"), to_money(purchases), source),
        Input(tr_noop("gross margin"), ratio(margin), margin_source),
    ]
    arithmetic = Message(
        tr_noop("purchases {purchases} ÷ (1 − margin {margin}) = {estimate}"),
        {"purchases": yuan(purchases), "margin": pct(margin), "estimate": yuan(estimate)},
    )
    return _finish("S2", ctx, inputs, estimate, arithmetic, months=months)


def s3_vat(ctx: SalesContext) -> CheckResult:
    """S3: output VAT ÷ VAT rate (general taxpayer) or VAT paid ÷ levy rate
    (small-scale), annualised × 12 / months of the tax record; VAT-exempt
    businesses have no estimate."""
    tax = ctx.case.tax
    if tax.taxpayer_type is TaxpayerType.EXEMPT:
        return missing_result(
            "S3",
            _name("S3"),
            ["tax (VAT exempt)"],
            notes=[Message(tr_noop("VAT-exempt: no estimate from VAT"))],
        )
    if tax.taxpayer_type is TaxpayerType.GENERAL:
        vat, vat_key = tax.output_vat, "tax.output_vat"
        rate = (
            tax.vat_rate if tax.vat_rate is not None else (ctx.norm.vat_rate if ctx.norm else None)
        )
        rate_key, vat_label = "tax.vat_rate", tr_noop("output VAT")
    else:
        vat, vat_key = tax.vat_paid, "tax.vat_paid"
        rate = (
            tax.levy_rate
            if tax.levy_rate is not None
            else (ctx.norm.vat_levy_rate if ctx.norm else None)
        )
        rate_key, vat_label = "tax.levy_rate", tr_noop("VAT paid")
    missing = [k for k, v in ((vat_key, vat), (rate_key, rate)) if v is None or v == 0]
    if missing or vat is None or rate is None:
        return missing_result("S3", _name("S3"), missing)
    months = tax.months or 12
    factor = Decimal(12) / Decimal(months)
    estimate = vat / rate * factor
    own_rate = tax.vat_rate if tax.taxpayer_type is TaxpayerType.GENERAL else tax.levy_rate
    rate_source = "document" if own_rate is not None else RULE_PACK
    inputs = [
        Input(vat_label, vat, "document"),
        Input(tr_noop("VAT rate"), rate, rate_source),
        Input(tr_noop("months of tax records"), str(months), "document"),
    ]
    arithmetic = Message(
        tr_noop("{vat_label} {vat} ÷ rate {rate} × 12/{months} = {estimate}"),
        {
            "vat_label": Message(vat_label),
            "vat": yuan(vat),
            "rate": pct(rate),
            "months": months,
            "estimate": yuan(estimate),
        },
    )
    return _finish("S3", ctx, inputs, estimate, arithmetic, months=months)


def s4_stock_turn(ctx: SalesContext) -> CheckResult:
    """S4: stock at cost × 365 ÷ days of stock (industry mid-band) ÷ (1 − margin)."""
    stock, stock_source = inventory_value(ctx.case.balance_sheet)
    missing = []
    if stock is None:
        missing.append("balance_sheet.inventory_counted")
    if ctx.norm is None:
        missing.append("business.industry")
    if missing or stock is None or ctx.norm is None:
        return missing_result("S4", _name("S4"), missing)
    days = ctx.norm.stock_days_mid
    margin = ctx.income.gross_margin if ctx.income.gross_margin is not None else ctx.norm.margin_mid
    if days <= 0 or margin >= 1:
        return missing_result("S4", _name("S4"), ["industry stock days"])
    year = ctx.pack.thresholds.days_per_year
    estimate = stock * year / days / (1 - margin)
    inputs = [
        Input(tr_noop("stock at cost"), stock, stock_source),
        Input(tr_noop("industry days of stock"), days, RULE_PACK, "days"),
        Input(
            tr_noop("gross margin"),
            ratio(margin),
            COMPUTED if ctx.income.gross_margin is not None else RULE_PACK,
        ),
    ]
    arithmetic = Message(
        tr_noop("stock {stock} × {year} ÷ {days} days ÷ (1 − margin {margin}) = {estimate}"),
        {
            "stock": yuan(stock),
            "year": year,
            "days": qty(days),
            "margin": pct(margin),
            "estimate": yuan(estimate),
        },
    )
    return _finish("S4", ctx, inputs, estimate, arithmetic)


def s5_statements(ctx: SalesContext) -> CheckResult:
    """S5: (business inflows − loans drawn − own transfers − capital injected)
    ÷ (1 − cash share of sales), annualised over the months the statements
    cover (lines after the application date left out); the flows come from
    :func:`domain.statement_analysis.summarise`."""
    scan = ctx.scan
    if scan is not None and scan.application_date != ctx.case.loan.application_date:
        scan = None  # made for another date: not the summary S5 reads
    dated = (
        scan.lines.first_date is not None
        if scan is not None
        else any(t.on is not None for t in ctx.case.transactions)
    )
    if not dated:
        return missing_result("S5", _name("S5"), ["transactions"])
    if ctx.norm is None:
        return missing_result("S5", _name("S5"), ["business.industry"])
    season_sales = {
        line.season: line.sales.value
        for line in ctx.case.income.seasons
        if line.months > 0 and line.sales.value is not None
    }
    if scan is not None:
        summary = summary_of(
            scan.sums,
            ctx.case.business.season_of_month,
            short_history_months=ctx.pack.thresholds.short_history_months,
            season_sales=season_sales or None,
        )
    else:
        summary = summarise(
            ctx.case.transactions,
            ctx.case.loan.application_date,
            ctx.case.business.season_of_month,
            short_history_months=ctx.pack.thresholds.short_history_months,
            season_sales=season_sales or None,
        )
    cash = ctx.norm.cash_share
    estimate = sales_estimate_s5(summary, cash)
    if estimate is None:
        return missing_result("S5", _name("S5"), ["transactions"])
    a = Annualised(estimate, summary.months_covered, summary.annualisation, False)
    inputs = [
        Input(tr_noop("inflows"), to_money(summary.total_inflows), STATEMENT),
        Input(tr_noop("loans drawn"), to_money(summary.loans_drawn), STATEMENT),
        Input(tr_noop("own transfers"), to_money(summary.own_transfers_in), STATEMENT),
        Input(tr_noop("capital injected"), to_money(summary.capital_injected), STATEMENT),
        Input(tr_noop("cash share of sales"), cash, RULE_PACK),
        Input(tr_noop("months of statements"), str(a.months), STATEMENT),
    ]
    arithmetic = Message(
        tr_noop(
            "(inflows {inflows} − loans {loans} − own transfers {own} − capital {capital})"
            " {annualised} ÷ (1 − cash share {cash}) = {estimate}"
        ),
        {
            "inflows": yuan(summary.total_inflows),
            "loans": yuan(summary.loans_drawn),
            "own": yuan(summary.own_transfers_in),
            "capital": yuan(summary.capital_injected),
            "cash": pct(cash),
            "annualised": _annualised_text(a),
            "estimate": yuan(estimate),
        },
    )
    return _finish("S5", ctx, inputs, estimate, arithmetic, months=a.months)


_METER_UNIT = {MeterKind.ELECTRICITY: "kWh", MeterKind.WATER: "m³"}
#: the meter units as words in the arithmetic (m³ reads the same in Chinese)
_METER_UNIT_TEXT: dict[MeterKind, Message | str] = {
    MeterKind.ELECTRICITY: Message(tr_noop("kWh")),
    MeterKind.WATER: "m³",
}
#: the units of output of the shipped industry norms (industries.toml
#: output_unit_en), marked so that the arithmetic reads in the reader's
#: language; a unit a later rule pack adds is shown in English
_OUTPUT_UNITS = (
    tr_noop("piece"),
    tr_noop("kg"),
    tr_noop("kg of fabric"),
    tr_noop("meal"),
    tr_noop("job"),
    tr_noop("thousand yuan of sales"),
    tr_noop("thousand yuan of freight"),
)
_METER_LABEL = {MeterKind.ELECTRICITY: tr_noop("electricity"), MeterKind.WATER: tr_noop("water")}


def s6_utilities(ctx: SalesContext) -> CheckResult:
    """S6: meter quantity (annualised) ÷ usage per unit of output × unit price,
    for the meter kind the industry norm names."""
    if ctx.norm is None:
        return missing_result("S6", _name("S6"), ["business.industry"])
    kind = ctx.norm.utility
    readings = [
        (key, r.quantity)
        for r in ctx.case.meters
        if r.kind is kind and r.quantity is not None and (key := parse_month(r.month)) is not None
    ]
    if not readings:
        return missing_result("S6", _name("S6"), [f"meters ({kind.value})"])
    total = sum((q for _, q in readings), ZERO)
    months = sorted({k for k, _ in readings})
    a = annualise(total, months, ctx.weights)
    norm = ctx.norm
    estimate = a.value / norm.usage_per_unit * norm.unit_price
    unit = _METER_UNIT[kind]
    inputs = [
        Input(tr_noop("meter quantity"), total, "document", unit),
        Input(tr_noop("months of readings"), str(a.months), "document"),
        Input(
            tr_noop("usage per unit of output"),
            norm.usage_per_unit,
            RULE_PACK,
            f"{unit}/{norm.output_unit_en}",
        ),
        Input(tr_noop("unit price"), norm.unit_price, RULE_PACK, f"yuan/{norm.output_unit_en}"),
    ]
    params = {
        "meter": Message(_METER_LABEL[kind]),
        "quantity": qty(total),
        "unit": _METER_UNIT_TEXT[kind],
        "usage": qty(norm.usage_per_unit),
        "out": Message(norm.output_unit_en),
        "price": f"¥{qty(norm.unit_price)}",
        "estimate": yuan(estimate),
        "annualised": _annualised_text(a),
    }
    if a.factor == 1:
        template = tr_noop(
            "{meter} {quantity} {unit} ÷ {usage} {unit}/{out} × {price}/{out} = {estimate}"
        )
    else:
        template = tr_noop(
            "{meter} {quantity} {unit} {annualised} ÷ {usage} {unit}/{out}"
            " × {price}/{out} = {estimate}"
        )
    return _finish("S6", ctx, inputs, estimate, Message(template, params), months=a.months)


def s7_customs(ctx: SalesContext) -> CheckResult:
    """S7: Σ FOB × FX rate of the export declarations, annualised."""
    decls = [d for d in ctx.case.customs if d.fob_value is not None]
    if not decls:
        return missing_result("S7", _name("S7"), ["customs"])
    no_fx = [d.declaration_no or d.month for d in decls if d.fx_rate is None]
    if no_fx:
        return missing_result("S7", _name("S7"), [f"customs.fx_rate ({', '.join(no_fx)})"])
    total = sum(((d.fob_value or ZERO) * (d.fx_rate or ZERO) for d in decls), ZERO)
    months = month_span(k for d in decls if (k := parse_month(d.month)) is not None)
    if not months:
        return missing_result("S7", _name("S7"), ["customs.month"])
    a = annualise(total, months, ctx.weights)
    inputs = [
        Input(tr_noop("FOB value in yuan"), to_money(total), "document"),
        Input(tr_noop("declarations"), str(len(decls)), "document"),
        Input(tr_noop("months of declarations"), str(a.months), "document"),
    ]
    arithmetic = Message(
        tr_noop("Σ FOB × FX of {count} declarations {total} {annualised} = {estimate}"),
        {
            "count": len(decls),
            "total": yuan(total),
            "annualised": _annualised_text(a),
            "estimate": yuan(a.value),
        },
    )
    return _finish("S7", ctx, inputs, a.value, arithmetic, months=a.months)


def s8_observed(ctx: SalesContext) -> CheckResult:
    """S8: customers per day × average ticket × days open a year (observed)."""
    obs = ctx.case.business.observation
    fields = (
        ("business.observation.customers_per_day", obs.customers_per_day),
        ("business.observation.average_ticket", obs.average_ticket),
        ("business.observation.days_open_per_year", obs.days_open_per_year),
    )
    missing = [k for k, v in fields if v is None]
    if (
        missing
        or obs.customers_per_day is None
        or obs.average_ticket is None
        or obs.days_open_per_year is None
    ):
        return missing_result("S8", _name("S8"), missing)
    estimate = obs.customers_per_day * obs.average_ticket * obs.days_open_per_year
    inputs = [
        Input(tr_noop("customers per day"), obs.customers_per_day, "observed"),
        Input(tr_noop("average ticket"), obs.average_ticket, "observed"),
        Input(tr_noop("days open per year"), str(obs.days_open_per_year), "observed"),
    ]
    arithmetic = Message(
        tr_noop("{customers} customers/day × {ticket} × {days} days = {estimate}"),
        {
            "customers": qty(obs.customers_per_day),
            "ticket": yuan(obs.average_ticket),
            "days": obs.days_open_per_year,
            "estimate": yuan(estimate),
        },
    )
    return _finish("S8", ctx, inputs, estimate, arithmetic)


SALES_CHECKS: tuple[Callable[[SalesContext], CheckResult], ...] = (
    s1_declared,
    s2_purchases,
    s3_vat,
    s4_stock_turn,
    s5_statements,
    s6_utilities,
    s7_customs,
    s8_observed,
)


def median(values: list[Decimal]) -> Decimal | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


@fast_frozen_init
@dataclass(frozen=True)
class VerifiedFigures:
    sales: Decimal | None
    sales_source: str  # "override" or "median"
    estimates_used: list[str]
    profit: Decimal | None  # verified sales × declared gross margin − annual opex


def verified_figures(
    case: Case, income: IncomeFigures, sales: list[CheckResult]
) -> VerifiedFigures:
    """Verified sales: the officer's override, else the median of the S2–S8
    estimates available. Verified profit = verified sales × declared gross
    margin − annual operating expenses."""
    used = [c for c in sales if c.id != "S1" and c.estimate is not None]
    if case.proposal.verified_sales_override is not None:
        value: Decimal | None = case.proposal.verified_sales_override
        source = "override"
    else:
        value = median([c.estimate for c in used if c.estimate is not None])
        source = "median"
    profit = None
    if value is not None and income.gross_margin is not None:
        profit = to_money(value * income.gross_margin - income.opex)
    return VerifiedFigures(
        None if value is None else to_money(value),
        source,
        [c.id for c in used] if source == "median" else [],
        profit,
    )
