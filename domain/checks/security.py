"""Security (押品) and borrower checks (DOMAIN.md §4.3): loan-to-value against
the pledge-rate caps, guarantor capacity, borrower age at maturity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.case import Case, Guarantor
from domain.checks.base import (
    COMPUTED,
    RULE_PACK,
    CheckResult,
    Input,
    missing_result,
    pct,
    ratio,
    yuan,
)
from domain.enums import CollateralType, Light
from domain.i18n import Message, tr_noop
from domain.money import ZERO, to_money
from domain.repayment import add_months
from domain.rulepack import RulePack

LTV = tr_noop("Loan-to-value against pledge-rate caps")
GUARANTOR = tr_noop("Guarantor capacity: {name}")
AGE = tr_noop("Borrower age at maturity")


@dataclass(frozen=True)
class CollateralLine:
    kind: CollateralType
    description: str
    appraised_value: Decimal | None
    cap: Decimal
    pledgeable: Decimal  # appraised × cap
    ltv: Decimal | None  # loan ÷ appraised, if this item alone secured the loan


@dataclass(frozen=True)
class SecuritySummary:
    loan: Decimal | None
    total_appraised: Decimal
    total_pledgeable: Decimal
    ltv: Decimal | None  # loan ÷ total appraised
    weighted_cap: Decimal | None  # total pledgeable ÷ total appraised
    items: list[CollateralLine]
    check: CheckResult
    guarantors: list[CheckResult]


def ltv_check(
    case: Case, pack: RulePack, loan: Decimal | None
) -> tuple[list[CollateralLine], CheckResult]:
    """LTV = loan ÷ Σ appraised value, against the value-weighted cap
    Σ(appraised × cap) ÷ Σ appraised. Green at or under the cap, amber up to
    ``security.ltv_over_cap_amber`` (share of the cap) over it, red beyond."""
    lines = []
    for c in case.collateral:
        cap = pack.pledge_rate_caps[c.kind]
        value = c.appraised_value
        lines.append(
            CollateralLine(
                c.kind,
                c.description,
                value,
                cap,
                to_money(value * cap) if value is not None else ZERO,
                ratio(loan / value) if value and loan is not None else None,
            )
        )
    name = Message(LTV)
    valued = [line for line in lines if line.appraised_value]
    if not case.collateral:
        return lines, missing_result("ltv", name, ["collateral"])
    missing = [
        f"collateral[{i}].appraised_value"
        for i, line in enumerate(lines)
        if not line.appraised_value
    ]
    if loan is None:
        missing.append("loan.amount")
    if missing or loan is None or not valued:
        return lines, missing_result("ltv", name, missing)
    total = sum((line.appraised_value or ZERO for line in valued), ZERO)
    if total <= 0:
        return lines, missing_result("ltv", name, ["collateral.appraised_value"])
    pledgeable = sum((line.pledgeable for line in valued), ZERO)
    ltv = loan / total
    cap = pledgeable / total
    over = (ltv - cap) / cap if cap > 0 else Decimal(1)
    if ltv <= cap:
        light = Light.GREEN
    elif over <= pack.thresholds.ltv_over_cap_amber:
        light = Light.AMBER
    else:
        light = Light.RED
    inputs = [Input(tr_noop("loan amount"), to_money(loan), COMPUTED)]
    for line in valued:
        inputs.append(
            Input(tr_noop("appraised value"), line.appraised_value, "document", line.kind.value)
        )
        inputs.append(Input(tr_noop("pledge-rate cap"), line.cap, RULE_PACK, line.kind.value))
    check = CheckResult(
        id="ltv",
        name=name,
        inputs=inputs,
        estimate=ratio(ltv),
        reference=ratio(cap),
        deviation=ratio(over),
        light=light,
        arithmetic=Message(
            tr_noop("{loan} ÷ {total} = {ltv} against cap {cap} (pledgeable {pledgeable})"),
            {
                "loan": yuan(loan),
                "total": yuan(total),
                "ltv": pct(ratio(ltv)),
                "cap": pct(ratio(cap)),
                "pledgeable": yuan(pledgeable),
            },
        ),
    )
    return lines, check


def guarantor_check(index: int, g: Guarantor, pack: RulePack, loan: Decimal | None) -> CheckResult:
    """Net worth ÷ guaranteed amount (the loan when not stated): at least
    ``guarantor.net_worth_cover_green`` green, at least ``…_amber`` amber."""
    name = Message(GUARANTOR, {"name": g.name or str(index + 1)})
    check_id = f"guarantor_{index + 1}"
    guaranteed = g.guaranteed_amount if g.guaranteed_amount is not None else loan
    missing = []
    if g.net_worth is None:
        missing.append(f"guarantors[{index}].net_worth")
    if not guaranteed:
        missing.append(f"guarantors[{index}].guaranteed_amount")
    if missing or g.net_worth is None or not guaranteed:
        return missing_result(check_id, name, missing)
    cover = g.net_worth / guaranteed
    t = pack.thresholds
    if cover >= t.guarantor_cover_green:
        light = Light.GREEN
    elif cover >= t.guarantor_cover_amber:
        light = Light.AMBER
    else:
        light = Light.RED
    inputs = [
        Input(tr_noop("net worth"), g.net_worth, "declared"),
        Input(tr_noop("guaranteed amount"), guaranteed, "declared"),
        Input(tr_noop("monthly disposable income"), g.monthly_disposable_income, "declared"),
    ]
    return CheckResult(
        id=check_id,
        name=name,
        inputs=inputs,
        estimate=to_money(g.net_worth),
        reference=to_money(guaranteed),
        deviation=ratio(cover),
        light=light,
        arithmetic=Message(
            tr_noop("net worth {worth} ÷ guaranteed {guaranteed} = {cover}"),
            {"worth": yuan(g.net_worth), "guaranteed": yuan(guaranteed), "cover": pct(cover)},
        ),
    )


def age_at(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def age_at_maturity_check(
    case: Case, pack: RulePack, start: date, term_months: int | None
) -> CheckResult:
    """Owner's age on the maturity date; above ``borrower.max_age_at_maturity`` amber."""
    name = Message(AGE)
    birth = case.applicant.owner.birth_date
    missing = []
    if birth is None:
        missing.append("applicant.owner.birth_date")
    if term_months is None:
        missing.append("loan.term_months")
    if missing or birth is None or term_months is None:
        return missing_result("age_at_maturity", name, missing)
    if not 0 < term_months <= 1200:
        return missing_result("age_at_maturity", name, ["loan.term_months"])
    maturity = add_months(start, term_months)
    age = age_at(birth, maturity)
    limit = pack.thresholds.max_age_at_maturity
    return CheckResult(
        id="age_at_maturity",
        name=name,
        inputs=[
            Input(tr_noop("birth date"), birth.isoformat(), "document"),
            Input(tr_noop("maturity"), maturity.isoformat(), COMPUTED),
            Input(tr_noop("age limit"), Decimal(limit), RULE_PACK),
        ],
        estimate=Decimal(age),
        reference=Decimal(limit),
        light=Light.AMBER if age > limit else Light.GREEN,
        arithmetic=Message(
            tr_noop("born {birth}, matures {maturity}: age {age} (limit {limit})"),
            {
                "birth": birth.isoformat(),
                "maturity": maturity.isoformat(),
                "age": age,
                "limit": limit,
            },
        ),
    )
