"""合同虚假 false contract: orders the plant cannot make, buyers never seen,
prices unlike the past."""

from __future__ import annotations

from decimal import Decimal

from domain.case import ContractPresented
from domain.enums import FraudCategory, MeterKind, Severity
from domain.fraud.adapters import as_decimal, industry_norm
from domain.fraud.base import (
    Evidence,
    EvidenceText,
    FraudFlag,
    RuleContext,
    RuleSettings,
    above,
    fraud_rule,
    grade,
    make_flag,
    pct,
    versus,
)
from domain.fraud.figures import norm_text, statement_payers
from domain.i18n import Message, listing, tr_noop
from domain.money import format_money, money_text

CAT = FraudCategory.CONTRACT
ZERO = Decimal("0")


def _months_to_deliver(c: ContractPresented) -> Decimal:
    """Months between signing and delivery, at least one (365-day years)."""
    if c.signed_on is None or c.delivery_by is None:
        return Decimal(1)
    months = Decimal((c.delivery_by - c.signed_on).days) * 12 / 365
    return max(months, Decimal(1))


_CAPACITY_BASIS = {
    MeterKind.ELECTRICITY: tr_noop("electricity {average} kWh a month ÷ {usage} kWh per unit"),
    MeterKind.WATER: tr_noop("water {average} m³ a month ÷ {usage} m³ per unit"),
}


def monthly_output_capacity(ctx: RuleContext) -> tuple[Decimal, EvidenceText] | None:
    """Units of output a month: average meter use ÷ the industry's use per unit
    (the meter the industry norm names); else the equipment's stated capacity."""
    industry = ctx.case.business.industry
    usage = as_decimal(industry_norm(ctx.pack, industry, "usage_per_unit"))
    kind = industry_norm(ctx.pack, industry, "utility")
    kind = MeterKind(str(kind)) if kind is not None else MeterKind.ELECTRICITY
    readings = [m.quantity for m in ctx.case.meters if m.kind == kind and m.quantity is not None]
    if usage is not None and usage > 0 and readings:
        average = sum(readings, ZERO) / len(readings)
        basis = Message(
            _CAPACITY_BASIS[kind], {"average": format_money(average), "usage": str(usage)}
        )
        return average / usage, basis
    equipment = [
        e.capacity_per_month * (e.quantity or 1)
        for e in ctx.case.business.equipment
        if e.capacity_per_month is not None
    ]
    if equipment:
        return sum(equipment, ZERO), Message(tr_noop("stated capacity of the equipment"))
    return None


@fraud_rule("contract.order_beyond_capacity", CAT)
def order_beyond_capacity(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Quantity ordered per month (quantity ÷ months from signing to delivery)
    ÷ monthly output implied by the meter readings and the industry's use per
    unit; above ``amber`` / ``red`` is bad. Quantities are taken to be in the
    industry's unit of output."""
    capacity = monthly_output_capacity(ctx)
    if capacity is None or capacity[0] <= 0:
        return None
    output, basis = capacity
    amber, red = s.dec("amber"), s.dec("red")
    evidence: list[Evidence] = []
    paths: list[str] = []
    worst: Severity | None = None
    for i, c in enumerate(ctx.case.contracts):
        if c.quantity is None or c.quantity <= 0:
            continue
        ratio = c.quantity / _months_to_deliver(c) / output
        sev = grade(ratio, amber, red)
        if sev is None:
            continue
        worst = Severity.RED if sev == Severity.RED or worst == Severity.RED else sev
        evidence.append(
            Evidence(
                tr_noop("Order per month ÷ capacity"),
                str(ratio.quantize(Decimal("0.01"))),
                f"{c.counterparty} {c.quantity:,f} {c.unit}".strip(),  # 80,200 件
                above(amber, red),
            )
        )
        paths.append(f"/contracts/{i}/quantity")
    if worst is None:
        return None
    evidence.append(
        Evidence(tr_noop("Monthly output capacity"), f"{output.quantize(Decimal('0.1')):,}", basis)
    )
    return make_flag(
        "contract.order_beyond_capacity",
        CAT,
        worst,
        Message(
            tr_noop(
                "{count} contracts order more than the plant can make, judging by its power use."
            ),
            {"count": len(paths)},
        ),
        evidence,
        [*paths, "/meters"],
    )


@fraud_rule("contract.buyer_unknown", CAT)
def buyer_unknown(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """A contract's counterparty appears neither among the customs buyers nor
    among the payers of the bank statements (only when either history exists)."""
    case = ctx.case
    if not case.contracts:  # no buyer to look for
        return None
    known = {norm_text(d.buyer) for d in case.customs if d.buyer.strip()}
    known |= statement_payers(ctx)
    if not known:
        return None
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, c in enumerate(case.contracts):
        name = norm_text(c.counterparty)
        if name and name not in known:
            evidence.append(
                Evidence(
                    tr_noop("Buyer not in customs or bank history"), c.counterparty, "contract"
                )
            )
            paths.append(f"/contracts/{i}/counterparty")
    if not evidence:
        return None
    return make_flag(
        "contract.buyer_unknown",
        CAT,
        s.severity(),
        Message(
            tr_noop("Contract buyers never seen in customs or bank records: {names}."),
            {"names": listing([str(e.value) for e in evidence])},
        ),
        evidence,
        paths,
    )


def _historical_price(
    ctx: RuleContext, c: ContractPresented
) -> tuple[Decimal, EvidenceText] | None:
    item = norm_text(c.item)
    if item:
        for p in ctx.case.business.products:
            name = norm_text(p.name)
            if name and p.unit_price is not None and (name in item or item in name):
                return p.unit_price, Message(tr_noop("product {name}"), {"name": p.name})
    norm = as_decimal(industry_norm(ctx.pack, ctx.case.business.industry, "unit_price"))
    return (norm, Message(tr_noop("industry norm"))) if norm is not None else None


@fraud_rule("contract.price_far_from_history", CAT)
def price_far_from_history(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """|contract unit price − historical price| ÷ historical price above
    ``amber`` / ``red``; historical price = the applicant's product of the
    same name, else the industry's average unit price."""
    amber, red = s.dec("amber"), s.dec("red")
    evidence: list[Evidence] = []
    paths: list[str] = []
    worst: Severity | None = None
    for i, c in enumerate(ctx.case.contracts):
        price = c.unit_price
        if price is None and c.amount is not None and c.quantity:
            price = c.amount / c.quantity
        history = _historical_price(ctx, c)
        if price is None or history is None or history[0] <= 0:
            continue
        dev = abs(price - history[0]) / history[0]
        sev = grade(dev, amber, red)
        if sev is None:
            continue
        worst = Severity.RED if sev == Severity.RED or worst == Severity.RED else sev
        evidence.append(
            Evidence(
                tr_noop("Contract price vs history"),
                versus(money_text(price), money_text(history[0]), pct(dev)),
                Message(
                    tr_noop("{counterparty}; {basis}"),
                    {"counterparty": c.counterparty, "basis": history[1]},
                ),
                above(pct(amber), pct(red)),
            )
        )
        paths.append(f"/contracts/{i}/unit_price")
    if worst is None:
        return None
    return make_flag(
        "contract.price_far_from_history",
        CAT,
        worst,
        Message(
            tr_noop("{count} contract prices are far from the usual price."), {"count": len(paths)}
        ),
        evidence,
        paths,
    )
