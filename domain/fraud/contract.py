"""合同虚假 false contract: orders the plant cannot make, buyers never seen,
prices unlike the past."""

from __future__ import annotations

from decimal import Decimal

from domain.case import ContractPresented
from domain.enums import FraudCategory, LoanPurpose, MeterKind, Severity
from domain.fraud.adapters import as_decimal, industry_norm, member
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
from domain.fraud.figures import (
    RelatedParty,
    norm_text,
    phone_digits,
    related_parties_of,
    statement_payers,
)
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


def _usage_per_unit(ctx: RuleContext, industry: str) -> Decimal | None:
    params = member(ctx.assessment, "parameters")
    usage = member(params, "usage_per_unit") if params is not None else None
    if usage is not None:
        return as_decimal(member(usage, "value"))
    return as_decimal(industry_norm(ctx.pack, industry, "usage_per_unit"))


def monthly_output_capacity(ctx: RuleContext) -> tuple[Decimal, EvidenceText] | None:
    """Units of output made a month now: average meter use ÷ the use per unit
    (the meter the industry norm names); else the equipment's stated capacity."""
    current = current_output(ctx)
    if current is not None:
        return current
    full = full_capacity(ctx)
    return (full, Message(tr_noop("stated capacity of the equipment"))) if full else None


def current_output(ctx: RuleContext) -> tuple[Decimal, EvidenceText] | None:
    """Units made a month now, from the meters: average use ÷ use per unit."""
    industry = ctx.case.business.industry
    usage = _usage_per_unit(ctx, industry)
    kind = industry_norm(ctx.pack, industry, "utility")
    kind = MeterKind(str(kind)) if kind is not None else MeterKind.ELECTRICITY
    readings = [m.quantity for m in ctx.case.meters if m.kind == kind and m.quantity is not None]
    if usage is None or usage <= 0 or not readings:
        return None
    average = sum(readings, ZERO) / len(readings)
    basis = Message(_CAPACITY_BASIS[kind], {"average": format_money(average), "usage": str(usage)})
    return average / usage, basis


def full_capacity(ctx: RuleContext) -> Decimal | None:
    """Units a month the equipment makes at full load: Σ capacity × quantity."""
    equipment = [
        e.capacity_per_month * (e.quantity or 1)
        for e in ctx.case.business.equipment
        if e.capacity_per_month is not None
    ]
    return sum(equipment, ZERO) if equipment else None


def running_load(ctx: RuleContext) -> Decimal | None:
    """Units a month of the machines seen running: Σ capacity × running."""
    loads = [
        e.capacity_per_month * e.running_observed
        for e in ctx.case.business.equipment
        if e.capacity_per_month is not None and e.running_observed is not None
    ]
    return sum(loads, ZERO) if loads else None


def order_capacity(ctx: RuleContext) -> tuple[Decimal, list[Evidence]] | None:
    """Units a month the contracts can draw on. A loan that finances a new
    order needs the spare capacity: the equipment's full capacity − the load
    it carries now (from the meters, else the machines seen running). The
    contracts of a going business are part of what it makes: they need the
    full capacity (at least today's output). Without a stated full capacity,
    today's output from the meters stands for it. ``None`` when nothing tells."""
    full = full_capacity(ctx)
    current = current_output(ctx)
    if full is None:
        if current is None:
            return None
        return current[0], [
            Evidence(
                tr_noop("Monthly output capacity"), f"{current[0].quantize(_TENTH):,}", current[1]
            )
        ]
    evidence = [
        Evidence(
            tr_noop("Full capacity a month"),
            f"{full.quantize(_TENTH):,}",
            Message(tr_noop("stated capacity of the equipment")),
        )
    ]
    if current is not None:
        load, basis = current
    else:
        running = running_load(ctx)
        load, basis = (
            (running, Message(tr_noop("machines seen running"))) if running else (ZERO, "")
        )
    evidence.append(Evidence(tr_noop("Current load a month"), f"{load.quantize(_TENTH):,}", basis))
    if ctx.case.loan.purpose_kind is not LoanPurpose.ORDER_FINANCING:
        return max(full, load), evidence
    spare = full - load
    evidence.append(
        Evidence(tr_noop("Spare capacity a month"), f"{spare.quantize(_TENTH):,}", "computed")
    )
    return spare, evidence


_TENTH = Decimal("0.1")


@fraud_rule("contract.order_beyond_capacity", CAT)
def order_beyond_capacity(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Quantity ordered per month (quantity ÷ months from signing to delivery)
    ÷ the capacity it can draw on (:func:`order_capacity`: the spare capacity
    for a loan financing the order, the full capacity otherwise); above
    ``amber`` / ``red`` is bad. Quantities are taken to be in the industry's
    unit of output."""
    if not any(c.quantity is not None and c.quantity > 0 for c in ctx.case.contracts):
        return None
    capacity = order_capacity(ctx)
    if capacity is None:
        return None
    room, basis = capacity
    amber, red = s.dec("amber"), s.dec("red")
    evidence: list[Evidence] = []
    paths: list[str] = []
    worst: Severity | None = None
    for i, c in enumerate(ctx.case.contracts):
        if c.quantity is None or c.quantity <= 0:
            continue
        per_month = c.quantity / _months_to_deliver(c)
        sev = grade(per_month / room, amber, red) if room > 0 else Severity.RED
        if sev is None:
            continue
        worst = Severity.RED if sev == Severity.RED or worst == Severity.RED else sev
        shown = (per_month / room).quantize(Decimal("0.01")) if room > 0 else "∞"
        evidence.append(
            Evidence(
                tr_noop("Order per month ÷ capacity"),
                str(shown),
                f"{c.counterparty} {c.quantity:,f} {c.unit}".strip(),  # 80,200 件
                above(amber, red),
            )
        )
        paths.append(f"/contracts/{i}/quantity")
    if worst is None:
        return None
    evidence += basis
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
        [*paths, "/meters", "/business/equipment"],
    )


@fraud_rule("contract.counterparty_related", CAT)
def counterparty_related(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """A contract's counterparty is the applicant's own: its phone (as listed
    among the customers and suppliers) is the owner's, the spouse's, a
    household member's, a member of staff's or a guarantor's, or its name is
    one of theirs. Severity from ``severity``."""
    case = ctx.case
    if not case.contracts:
        return None
    parties = related_parties_of(ctx)
    by_phone = {p.phone: p for p in parties if len(p.phone) >= 7}
    by_name = {p.name_key: p for p in parties if len(p.name_key) >= 2}
    # the customers and suppliers whose phone is a related party's, by name and code
    listed_name: dict[str, RelatedParty] = {}
    listed_code: dict[str, RelatedParty] = {}
    if by_phone:
        for party in (*case.business.customers, *case.business.suppliers):
            related = by_phone.get(phone_digits(party.phone)) if party.phone else None
            if related is not None:
                listed_name.setdefault(norm_text(party.name), related)
                listed_code.setdefault(party.uscc, related)
        listed_name.pop("", None)
        listed_code.pop("", None)
    evidence: list[Evidence] = []
    paths: list[str] = []
    for i, c in enumerate(case.contracts):
        name, code = norm_text(c.counterparty), c.counterparty_uscc.strip()
        hit = by_name.get(name) or listed_name.get(name) or listed_code.get(code)
        if hit is not None:
            evidence.append(Evidence(tr_noop("Counterparty related to"), hit.name, c.counterparty))
            paths += [f"/contracts/{i}/counterparty", hit.path + "/phone"]
    if not evidence:
        return None
    return make_flag(
        "contract.counterparty_related",
        CAT,
        s.severity(),
        Message(
            tr_noop("Contract counterparties are the applicant's own people: {names}."),
            {"names": "、".join(str(e.value) for e in evidence)},
        ),
        evidence,
        paths,
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
