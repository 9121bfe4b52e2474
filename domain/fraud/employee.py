"""员工虚假 false headcount."""

from __future__ import annotations

from decimal import Decimal

from domain.enums import FraudCategory
from domain.fraud.adapters import as_decimal, industry_norm
from domain.fraud.base import (
    Evidence,
    FraudFlag,
    RuleContext,
    RuleSettings,
    above,
    fraud_rule,
    grade,
    make_flag,
)
from domain.i18n import Message, tr_noop
from domain.money import money_text

CAT = FraudCategory.EMPLOYEE


def employees_claimed(claimed: int, family: int | None, seasonal: int | None) -> int:
    """Staff claimed less the family members and seasonal workers among them."""
    return claimed - (family or 0) - (seasonal or 0)


@fraud_rule("employee.headcount_ratio", CAT)
def headcount_ratio(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Employees claimed ÷ max(social-insurance count, observed on site,
    monthly payroll ÷ the industry's average monthly wage); above ``amber`` /
    ``red`` is bad. Family members and seasonal workers among the staff
    claimed are left out: family are seldom insured or on the payroll, and
    seasonal workers are there only in the peak."""
    b = ctx.case.business
    if b.staff_claimed is None or b.staff_claimed <= 0:
        return None
    claimed = employees_claimed(b.staff_claimed, b.staff_family, b.staff_seasonal)
    if claimed <= 0:
        return None
    evidence: list[Evidence] = [
        Evidence(tr_noop("Staff claimed"), str(b.staff_claimed), "declared")
    ]
    if b.staff_family:
        evidence.append(Evidence(tr_noop("of them family"), str(b.staff_family), "declared"))
    if b.staff_seasonal:
        evidence.append(Evidence(tr_noop("of them seasonal"), str(b.staff_seasonal), "declared"))
    counts: list[Decimal] = []
    if b.staff_social_insurance is not None:
        counts.append(Decimal(b.staff_social_insurance))
        evidence.append(
            Evidence(tr_noop("Staff insured"), str(b.staff_social_insurance), "document")
        )
    if b.staff_observed is not None:
        counts.append(Decimal(b.staff_observed))
        evidence.append(Evidence(tr_noop("Staff seen on site"), str(b.staff_observed), "observed"))
    wage = as_decimal(industry_norm(ctx.pack, b.industry, "monthly_wage"))
    if b.payroll_monthly is not None and wage is not None and wage > 0:
        implied = b.payroll_monthly / wage
        counts.append(implied)
        evidence.append(
            Evidence(
                tr_noop("Staff implied by payroll"),
                str(implied.quantize(Decimal("0.1"))),
                f"{money_text(b.payroll_monthly)} ÷ {money_text(wage)}",  # payroll ÷ monthly wage
            )
        )
    if not counts:
        return None
    best = max(counts)
    amber, red = s.dec("amber"), s.dec("red")
    ratio = Decimal(claimed) / best if best > 0 else red + 1
    severity = grade(ratio, amber, red)
    if severity is None:
        return None
    shown = ratio.quantize(Decimal("0.01"))
    evidence.append(Evidence(tr_noop("Ratio"), str(shown), "computed", above(amber, red)))
    return make_flag(
        "employee.headcount_ratio",
        CAT,
        severity,
        Message(
            tr_noop(
                "The applicant claims {claimed} staff, {ratio} times the most any evidence shows."
            ),
            {"claimed": claimed, "ratio": shown},
        ),
        evidence,
        [
            "/business/staff_claimed",
            "/business/staff_social_insurance",
            "/business/staff_observed",
            "/business/payroll_monthly",
        ],
    )
