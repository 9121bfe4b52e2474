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
from domain.checks.parameters import Param, Parameters
from domain.enums import Light, MeterKind, TaxpayerType, TxCategory
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


@dataclass(frozen=True)
class SalesContext:
    case: Case
    pack: RulePack
    income: IncomeFigures
    reference: Decimal | None
    reference_source: str
    weights: dict[int, Decimal] | None
    norm: IndustryNorm | None
    #: the estimates' parameters, each from the officer, the case or the norm
    params: Parameters
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


NORM_BUILT_NOTE = tr_noop(
    "rests mainly on industry norms: weak evidence that does not outvote the case's own records"
)


def _finish(
    check_id: str,
    ctx: SalesContext,
    inputs: list[Input],
    estimate: Decimal,
    arithmetic: Message,
    *,
    months: int | None = None,
    norm_built: bool = False,
) -> CheckResult:
    """The estimate against the reference. A norm-built estimate is at most
    amber: a gap between the trade's norms and this business proves nothing."""
    notes: list[Message] = [Message(NORM_BUILT_NOTE)] if norm_built else []
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
            notes=notes,
            norm_built=norm_built,
        )
    deviation = (ctx.reference - estimate) / ctx.reference
    light = ctx.pack.thresholds.sales_deviation.light(abs(deviation))
    if norm_built and light is Light.RED:
        light = Light.AMBER
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
        norm_built=norm_built,
    )


def _param_input(label: str, p: Param, unit: str = "") -> Input:
    return Input(label, p.value, p.source, unit)


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
    statements (annualised) at the case's margin; without statements the
    declared cost of goods at the industry's margin, which tests the declared
    margin rather than the sales (norm-built)."""
    purchase = TxCategory.PURCHASE
    purchases_tx = (
        ctx.scan.purchases
        if ctx.scan is not None
        else [t for t in ctx.case.transactions if t.category is purchase and t.on is not None]
    )
    months: int | None = None
    margin = ctx.params.margin
    if purchases_tx:
        a = annualise(
            sum((abs(t.amount) for t in purchases_tx), ZERO), _statement_months(ctx), ctx.weights
        )
        purchases, source, months = a.value, STATEMENT, a.months
    elif ctx.income.cogs is not None and ctx.norm is not None:
        purchases, source = ctx.income.cogs, COMPUTED
        margin = Param(ctx.norm.margin_mid, RULE_PACK)
    else:
        return missing_result("S2", _name("S2"), ["transactions (purchases)", "business.industry"])
    if margin is None:
        return missing_result("S2", _name("S2"), ["business.industry"])
    if margin.value >= 1:
        return missing_result("S2", _name("S2"), ["gross margin below 100%"])
    estimate = purchases / (1 - margin.value)
    inputs = [
        Input(tr_noop("annual purchases"), to_money(purchases), source),
        Input(tr_noop("gross margin"), ratio(margin.value), margin.source),
    ]
    arithmetic = Message(
        tr_noop("purchases {purchases} ÷ (1 − margin {margin} ({margin_source})) = {estimate}"),
        {
            "purchases": yuan(purchases),
            "margin": pct(margin.value),
            "margin_source": margin.source_text,
            "estimate": yuan(estimate),
        },
    )
    return _finish(
        "S2",
        ctx,
        inputs,
        estimate,
        arithmetic,
        months=months,
        norm_built=source != STATEMENT or margin.from_norm,
    )


def _exports(ctx: SalesContext) -> bool:
    return ctx.case.business.exporter or any(d.fob_value is not None for d in ctx.case.customs)


def s3_vat(ctx: SalesContext) -> CheckResult:
    """S3: output VAT ÷ VAT rate (general taxpayer) or VAT paid ÷ levy rate
    (small-scale), annualised × 12 / months of the tax record; VAT-exempt
    businesses have no estimate. Exports are zero-rated: an exporter's
    estimate adds the export sales its VAT return states, or else scales the
    home sales up by its export share."""
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
    home = vat / rate * factor
    own_rate = tax.vat_rate if tax.taxpayer_type is TaxpayerType.GENERAL else tax.levy_rate
    rate_source = "document" if own_rate is not None else RULE_PACK
    inputs = [
        Input(vat_label, vat, "document"),
        Input(tr_noop("VAT rate"), rate, rate_source),
        Input(tr_noop("months of tax records"), str(months), "document"),
    ]
    params: dict[str, object] = {
        "vat_label": Message(vat_label),
        "vat": yuan(vat),
        "rate": pct(rate),
        "months": months,
        "estimate": yuan(home),
    }
    template = tr_noop("{vat_label} {vat} ÷ rate {rate} × 12/{months} = {estimate}")
    estimate = home
    share = ctx.params.export_share
    if tax.export_sales is not None:
        exports = tax.export_sales * factor
        estimate = home + exports
        inputs.append(Input(tr_noop("zero-rated export sales"), tax.export_sales, "document"))
        params |= {"home": yuan(home), "exports": yuan(exports), "estimate": yuan(estimate)}
        template = tr_noop(
            "{vat_label} {vat} ÷ rate {rate} × 12/{months} = home sales {home};"
            " + zero-rated export sales {exports} (VAT return) = {estimate}"
        )
    elif _exports(ctx):
        if share is None or share.value >= 1:
            return missing_result(
                "S3",
                _name("S3"),
                ["tax.export_sales"],
                inputs,
                notes=[Message(tr_noop("exports are zero-rated: VAT shows the home sales only"))],
            )
        estimate = home / (1 - share.value)
        inputs.append(_param_input(tr_noop("export share of sales"), share))
        params |= {
            "home": yuan(home),
            "share": pct(share.value),
            "share_source": share.source_text,
            "estimate": yuan(estimate),
        }
        template = tr_noop(
            "{vat_label} {vat} ÷ rate {rate} × 12/{months} = home sales {home};"
            " ÷ (1 − export share {share} ({share_source})) = {estimate}"
        )
    return _finish("S3", ctx, inputs, estimate, Message(template, params), months=months)


def s4_stock_turn(ctx: SalesContext) -> CheckResult:
    """S4: stock at cost × 365 ÷ days of stock ÷ (1 − margin). Days of stock
    from the case's stock records, else the industry's mid-band (then the
    estimate is norm-built: a point-in-time stock says little about a year's
    turn, least of all in a seasonal business)."""
    stock, stock_source = inventory_value(ctx.case.balance_sheet)
    missing = []
    if stock is None:
        missing.append("balance_sheet.inventory_counted")
    days, margin = ctx.params.stock_days, ctx.params.margin
    if days is None or margin is None:
        missing.append("business.industry")
    if missing or stock is None or days is None or margin is None:
        return missing_result("S4", _name("S4"), missing)
    if stock <= 0:
        return missing_result(
            "S4",
            _name("S4"),
            ["stock"],
            notes=[Message(tr_noop("no stock: the stock turn says nothing about the sales"))],
        )
    if days.value <= 0 or margin.value >= 1:
        return missing_result("S4", _name("S4"), ["industry stock days"])
    year = ctx.pack.thresholds.days_per_year
    estimate = stock * year / days.value / (1 - margin.value)
    inputs = [
        Input(tr_noop("stock at cost"), stock, stock_source),
        _param_input(tr_noop("days of stock"), days, "days"),
        Input(tr_noop("gross margin"), ratio(margin.value), margin.source),
    ]
    arithmetic = Message(
        tr_noop(
            "stock {stock} × {year} ÷ {days} days ({days_source})"
            " ÷ (1 − margin {margin} ({margin_source})) = {estimate}"
        ),
        {
            "stock": yuan(stock),
            "year": year,
            "days": qty(days.value),
            "days_source": days.source_text,
            "margin": pct(margin.value),
            "margin_source": margin.source_text,
            "estimate": yuan(estimate),
        },
    )
    return _finish("S4", ctx, inputs, estimate, arithmetic, norm_built=days.from_norm)


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
    cash = ctx.params.cash_share or Param(ctx.norm.cash_share, RULE_PACK)
    estimate = sales_estimate_s5(summary, cash.value)
    if estimate is None:
        return missing_result("S5", _name("S5"), ["transactions"])
    a = Annualised(estimate, summary.months_covered, summary.annualisation, False)
    inputs = [
        Input(tr_noop("inflows"), to_money(summary.total_inflows), STATEMENT),
        Input(tr_noop("loans drawn"), to_money(summary.loans_drawn), STATEMENT),
        Input(tr_noop("own transfers"), to_money(summary.own_transfers_in), STATEMENT),
        Input(tr_noop("capital injected"), to_money(summary.capital_injected), STATEMENT),
        _param_input(tr_noop("cash share of sales"), cash),
        Input(tr_noop("months of statements"), str(a.months), STATEMENT),
    ]
    arithmetic = Message(
        tr_noop(
            "(inflows {inflows} − loans {loans} − own transfers {own} − capital {capital})"
            " {annualised} ÷ (1 − cash share {cash} ({cash_source})) = {estimate}"
        ),
        {
            "inflows": yuan(summary.total_inflows),
            "loans": yuan(summary.loans_drawn),
            "own": yuan(summary.own_transfers_in),
            "capital": yuan(summary.capital_injected),
            "cash": pct(cash.value),
            "cash_source": cash.source_text,
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
    """S6: meter quantity (annualised) ÷ usage per unit of output × unit
    price, for the meter kind the industry norm names. The usage per unit is
    the trade's physical constant; the price is the case's own (its products
    sold in the norm's unit) where it has one, else the norm's, and then the
    estimate is norm-built."""
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
    usage = ctx.params.usage_per_unit or Param(ctx.norm.usage_per_unit, RULE_PACK)
    price = ctx.params.unit_price or Param(ctx.norm.unit_price, RULE_PACK)
    if usage.value <= 0:
        return missing_result("S6", _name("S6"), ["usage per unit of output"])
    total = sum((q for _, q in readings), ZERO)
    months = sorted({k for k, _ in readings})
    a = annualise(total, months, ctx.weights)
    norm = ctx.norm
    estimate = a.value / usage.value * price.value
    unit = _METER_UNIT[kind]
    inputs = [
        Input(tr_noop("meter quantity"), total, "document", unit),
        Input(tr_noop("months of readings"), str(a.months), "document"),
        _param_input(tr_noop("usage per unit of output"), usage, f"{unit}/{norm.output_unit_en}"),
        _param_input(tr_noop("unit price"), price, f"yuan/{norm.output_unit_en}"),
    ]
    params = {
        "meter": Message(_METER_LABEL[kind]),
        "quantity": qty(total),
        "unit": _METER_UNIT_TEXT[kind],
        "usage": qty(usage.value),
        "usage_source": usage.source_text,
        "out": Message(norm.output_unit_en),
        "price": yuan(price.value),
        "price_source": price.source_text,
        "estimate": yuan(estimate),
        "annualised": _annualised_text(a),
    }
    if a.factor == 1:
        template = tr_noop(
            "{meter} {quantity} {unit} ÷ {usage} {unit}/{out} ({usage_source})"
            " × {price}/{out} ({price_source}) = {estimate}"
        )
    else:
        template = tr_noop(
            "{meter} {quantity} {unit} {annualised} ÷ {usage} {unit}/{out} ({usage_source})"
            " × {price}/{out} ({price_source}) = {estimate}"
        )
    return _finish(
        "S6",
        ctx,
        inputs,
        estimate,
        Message(template, params),
        months=a.months,
        norm_built=price.from_norm,
    )


def s7_customs(ctx: SalesContext) -> CheckResult:
    """S7: Σ FOB × FX rate of the export declarations, annualised, ÷ the
    case's export share (all sales when it states none)."""
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
    params: dict[str, object] = {
        "count": len(decls),
        "total": yuan(total),
        "annualised": _annualised_text(a),
        "estimate": yuan(a.value),
    }
    template = tr_noop("Σ FOB × FX of {count} declarations {total} {annualised} = {estimate}")
    estimate = a.value
    share = ctx.params.export_share
    if share is not None and 0 < share.value < 1:
        estimate = a.value / share.value
        inputs.append(_param_input(tr_noop("export share of sales"), share))
        params |= {
            "exports": yuan(a.value),
            "share": pct(share.value),
            "share_source": share.source_text,
            "estimate": yuan(estimate),
        }
        template = tr_noop(
            "Σ FOB × FX of {count} declarations {total} {annualised} = exports {exports};"
            " ÷ export share {share} ({share_source}) = {estimate}"
        )
    return _finish("S7", ctx, inputs, estimate, Message(template, params), months=a.months)


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


@dataclass(frozen=True, slots=True)
class VerifiedFigures:
    sales: Decimal | None
    #: "override" (the officer's figure), "median" (of the estimates resting on
    #: the case's own records) or "norm_built" (only norm-built estimates exist)
    sales_source: str
    estimates_used: list[str]
    profit: Decimal | None  # verified sales × the case's margin − operating costs
    operating_costs: Decimal  # the operating costs the profit deducts (annual)
    check: CheckResult  # "verified": both figures with their arithmetic


VERIFIED = tr_noop("Verified sales and profit")


def verified_opex(case: Case, income: IncomeFigures) -> tuple[Decimal, Message | None]:
    """Annual operating costs of the income statement, with the rent at least
    what the lease says (12 × monthly rent of rented premises)."""
    premises = case.business.premises
    lease = premises.monthly_rent
    if premises.owned is True or lease is None or lease <= 0:
        return income.opex, None
    declared_rent = sum(
        ((line.rent.value or ZERO) * line.months for line in case.income.seasons if line.months),
        ZERO,
    )
    if declared_rent >= lease * 12:
        return income.opex, None
    opex = income.opex - declared_rent + lease * 12
    return opex, Message(tr_noop("rent raised to the lease's {lease} × 12"), {"lease": yuan(lease)})


def verified_figures(
    case: Case,
    income: IncomeFigures,
    sales: list[CheckResult],
    params: Parameters,
    reference: Decimal | None,
    pack: RulePack,
) -> VerifiedFigures:
    """Verified sales: the officer's override, else the median of the
    estimates S2–S8 resting on the case's own records; only when there are
    none, the median of the norm-built ones (marked as such). Verified profit
    = verified sales × the case's margin − the operating costs."""
    available = [c for c in sales if c.id != "S1" and c.estimate is not None]
    direct = [c for c in available if not c.norm_built]
    used: list[CheckResult] = []
    value: Decimal | None
    if case.proposal.verified_sales_override is not None:
        value, source = case.proposal.verified_sales_override, "override"
    else:
        used = direct or available
        source = "median" if direct else "norm_built"
        value = median([c.estimate for c in used if c.estimate is not None])
    margin = params.margin
    opex, opex_note = verified_opex(case, income)
    profit = None
    if value is not None and margin is not None:
        profit = to_money(value * margin.value - opex)
    check = _verified_check(value, source, used, margin, opex, opex_note, profit, reference, pack)
    return VerifiedFigures(
        None if value is None else to_money(value),
        source,
        [c.id for c in used],
        profit,
        to_money(opex),
        check,
    )


def _verified_check(
    value: Decimal | None,
    source: str,
    used: list[CheckResult],
    margin: Param | None,
    opex: Decimal,
    opex_note: Message | None,
    profit: Decimal | None,
    reference: Decimal | None,
    pack: RulePack,
) -> CheckResult:
    name = Message(VERIFIED)
    if value is None:
        return missing_result("verified", name, ["sales estimates S2–S8"])
    if source == "override":
        sales_text = Message(tr_noop("set by the officer: {value}"), {"value": yuan(value)})
    else:
        template = (
            tr_noop("median of {estimates} = {value}")
            if source == "median"
            else tr_noop("median of the norm-built estimates {estimates} = {value}")
        )
        terms = ", ".join(
            f"{c.id} {c.arithmetic.params.get('estimate') or yuan(c.estimate)}"
            for c in used
            if c.estimate is not None
        )
        sales_text = Message(template, {"estimates": terms, "value": yuan(value)})
    parts: list[Message] = [sales_text]
    if profit is not None and margin is not None:
        parts.append(
            Message(
                tr_noop(
                    "profit {value} × margin {margin} ({margin_source})"
                    " − operating costs {opex} = {profit}"
                ),
                {
                    "value": yuan(value),
                    "margin": pct(margin.value),
                    "margin_source": margin.source_text,
                    "opex": yuan(opex),
                    "profit": yuan(profit),
                },
            )
        )
    inputs = [Input(c.name.msg_id, c.estimate, c.id) for c in used]
    if margin is not None:
        inputs.append(Input(tr_noop("gross margin"), ratio(margin.value), margin.source))
    inputs.append(Input(tr_noop("operating costs"), to_money(opex), COMPUTED))
    notes = [opex_note] if opex_note is not None else []
    if source == "norm_built":
        notes.append(Message(NORM_BUILT_NOTE))
    arithmetic = (
        Message(tr_noop("{sales}; {profit}"), {"sales": parts[0], "profit": parts[1]})
        if len(parts) == 2
        else parts[0]
    )
    if reference is None or reference <= 0:
        return CheckResult(
            "verified", name, inputs, to_money(value), light=Light.MISSING,
            missing=["reference_sales"], arithmetic=arithmetic, notes=notes,
            norm_built=source == "norm_built",
        )  # fmt: skip
    deviation = (reference - value) / reference
    light = pack.thresholds.sales_deviation.light(abs(deviation))
    if source == "norm_built" and light is Light.RED:
        light = Light.AMBER
    return CheckResult(
        id="verified",
        name=name,
        inputs=inputs,
        estimate=to_money(value),
        reference=to_money(reference),
        deviation=ratio(deviation),
        light=light,
        arithmetic=arithmetic,
        notes=notes,
        norm_built=source == "norm_built",
    )
