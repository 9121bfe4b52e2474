"""收入虚假 from the evidence of the business's operations: meters whose
sales per unit swing, machines standing idle under declared output, exports
that fell while the declared year did not. The arithmetic is the checks' of
:mod:`domain.checks.evidence`; a red check becomes a flag of the rule's
``severity`` (a question to ask: each has honest explanations too)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from domain.checks.base import CheckResult
from domain.checks.evidence import export_halves
from domain.enums import FraudCategory, Light
from domain.fraud.adapters import as_decimal, member
from domain.fraud.base import (
    Evidence,
    FraudFlag,
    RuleContext,
    RuleSettings,
    fraud_rule,
    make_flag,
    pct,
)
from domain.i18n import Message, tr_noop
from domain.money import to_money

CAT = FraudCategory.INCOME
_UTILITY_RATIOS = ("utility_ratio_electricity", "utility_ratio_water")


def _checks(ctx: RuleContext, *ids: str) -> list[Any]:
    """The assessment's checks of these ids (indexed once per evaluation:
    three rules look)."""
    by_id = ctx.memo.get("checks_by_id")
    if by_id is None:
        checks = member(ctx.assessment, "checks")
        by_id = ctx.memo["checks_by_id"] = {
            c.id if type(c) is CheckResult else str(member(c, "id") or ""): c
            for c in (checks if isinstance(checks, Iterable) else ())
        }
    return [by_id[i] for i in ids if i in by_id]


def _red(check: Any) -> bool:
    return str(member(check, "light") or "") == Light.RED.value


def _arithmetic(check: Any) -> Message | str:
    value = member(check, "arithmetic")
    return value if isinstance(value, Message) else str(value or "")


@fraud_rule("income.sales_per_unit_unstable", CAT)
def sales_per_unit_unstable(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Declared sales per kWh (or m³) month by month swing by more than the
    red spread (``thresholds.toml [utilities]``) on some meter: the declared
    seasons or a month before the application do not follow the meters."""
    red = [c for c in _checks(ctx, *_UTILITY_RATIOS) if _red(c)]
    if not red:
        return None
    return make_flag(
        "income.sales_per_unit_unstable",
        CAT,
        s.severity(),
        Message(tr_noop("Declared sales per unit of the meters swing from month to month.")),
        [
            Evidence(
                tr_noop("Spread of sales per unit"),
                pct(as_decimal(member(c, "deviation")) or Decimal(0)),
                _arithmetic(c),
            )
            for c in red
        ],
        ["/meters", "/income/seasons"],
    )


@fraud_rule("income.output_beyond_running_machines", CAT)
def output_beyond_running_machines(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The declared monthly output exceeds what the machines seen running make
    by more than the red ratio (``thresholds.toml [equipment]``)."""
    red = [c for c in _checks(ctx, "running_output") if _red(c)]
    if not red:
        return None
    ratio = as_decimal(member(red[0], "deviation"))
    return make_flag(
        "income.output_beyond_running_machines",
        CAT,
        s.severity(),
        Message(
            tr_noop("The declared output is {ratio} times what the machines seen running make."),
            {"ratio": "—" if ratio is None else ratio.quantize(Decimal("0.01"))},
        ),
        [
            Evidence(
                tr_noop("Declared output ÷ running machines"),
                "—" if ratio is None else str(ratio.quantize(Decimal("0.01"))),
                _arithmetic(red[0]),
            )
        ],
        ["/business/equipment", "/income/seasons"],
    )


@fraud_rule("income.exports_fallen", CAT)
def exports_fallen(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Exports fell by more than the red share (``thresholds.toml [customs]``)
    and the reference sales exceed the recent exports' year (recent half × 2,
    ÷ the export share) by more than the sales amber band: the declared year
    rests on the earlier level."""
    red = [c for c in _checks(ctx, "exports_trend") if _red(c)]
    if not red:
        return None
    halves = export_halves(ctx.case)
    reference = as_decimal(member(ctx.assessment, "reference_sales"))
    share = ctx.case.business.export_share or Decimal(1)
    band = getattr(getattr(ctx.pack, "thresholds", None), "sales_deviation", None)
    if halves is None or reference is None or reference <= 0 or band is None or share <= 0:
        return None
    _, recent_months, _, recent = halves
    run_rate = recent * 12 / len(recent_months) / share
    gap = (reference - run_rate) / reference
    if gap <= band.amber:
        return None
    return make_flag(
        "income.exports_fallen",
        CAT,
        s.severity(),
        Message(
            tr_noop(
                "Exports fell by {fall}; at the recent level the year is {run_rate} yuan,"
                " {gap} below the declared sales."
            ),
            {
                "fall": pct(as_decimal(member(red[0], "deviation")) or Decimal(0)),
                "run_rate": to_money(run_rate),
                "gap": pct(gap),
            },
        ),
        [
            Evidence(
                tr_noop("Exports, recent against earlier"),
                pct(as_decimal(member(red[0], "deviation")) or Decimal(0)),
                _arithmetic(red[0]),
            )
        ],
        ["/customs", "/income/seasons"],
    )
