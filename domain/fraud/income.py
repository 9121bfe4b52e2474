"""收入虚假 inflated income: declared sales that independent evidence does not
support, or bank flows dressed up before applying."""

from __future__ import annotations

from decimal import Decimal

from domain.checks.figures import season_weights
from domain.checks.sales import VERIFIED
from domain.enums import FraudCategory, Severity
from domain.fraud.adapters import equity_figures, sales_estimates, verified_estimate
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
    versus,
)
from domain.fraud.flows import pattern, severity_of, statement_thresholds
from domain.i18n import Message, tr_noop
from domain.money import money_text

CAT = FraudCategory.INCOME
TX_PATHS = ["/transactions"]


@fraud_rule("income.sales_deviation", CAT)
def sales_deviation(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Independent sales estimates S2–S8 below the reference sales.

    Deviation = (S_ref − S_i) / S_ref; positive (declared above the estimate)
    is bad. The verified sales (the median of the estimates resting on the
    case's own records) set the severity against ``amber`` / ``red``; one such
    estimate beyond ``amber`` while the verified figure holds is amber (a
    source to explain). Estimates resting mainly on industry norms never
    outvote the case's own: when only they exist, at most amber.
    """
    amber, red = s.dec("amber"), s.dec("red")
    estimates = sales_estimates(ctx.assessment)
    hits = [e for e in estimates if grade(e.deviation, amber, red) is not None]
    verified = verified_estimate(ctx.assessment)
    direct_hits = [e for e in hits if not e.norm_built]
    if verified is not None:
        severity = grade(verified.deviation, amber, red)
        if verified.norm_built and severity is not None:
            severity = Severity.AMBER
        if severity is None and direct_hits:
            severity = Severity.AMBER
        shown = [e for e in hits if not e.norm_built or verified.norm_built]
    else:  # an assessment without a verified figure: the estimates themselves
        shown = direct_hits or hits
        severity = None
        if hits:
            direct_red = any(grade(e.deviation, amber, red) is Severity.RED for e in direct_hits)
            severity = Severity.RED if direct_red else Severity.AMBER
    if severity is None:
        return None
    evidence = [
        Evidence(
            e.name,
            versus(money_text(e.estimate), money_text(e.reference), pct(e.deviation)),
            Message(tr_noop("{id}, rests on industry norms"), {"id": e.id})
            if e.norm_built
            else e.id,
            above(pct(amber), pct(red)),
        )
        for e in shown
    ]
    if verified is not None:
        evidence.insert(
            0,
            Evidence(
                VERIFIED,
                versus(
                    money_text(verified.estimate),
                    money_text(verified.reference),
                    pct(verified.deviation),
                ),
                "computed",
                above(pct(amber), pct(red)),
            ),
        )
        message = Message(
            tr_noop(
                "Declared sales are {deviation} above the verified sales ({verified});"
                " {count} independent estimates fall short by more than {amber}."
            ),
            {
                "deviation": pct(verified.deviation),
                "verified": money_text(verified.estimate),
                "count": len(shown),
                "amber": pct(amber),
            },
        )
    else:
        worst = max(shown, key=lambda e: e.deviation)
        message = Message(
            tr_noop(
                "Declared sales exceed {count} independent estimates; the largest gap is "
                "{deviation} ({estimate})."
            ),
            {"count": len(shown), "deviation": pct(worst.deviation), "estimate": worst.id},
        )
    return make_flag(
        "income.sales_deviation", CAT, severity, message, evidence, ["/income/seasons"]
    )


@fraud_rule("income.equity_only_with_verified_profit", CAT)
def equity_only_with_verified_profit(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """The equity reconciliation fails with the declared profit (|r1| >
    ``unbalanced``) but balances with the verified profit (|r1| ≤
    ``balanced``): the declared income is inflated."""
    eq = equity_figures(ctx.assessment)
    if eq is None or eq.r1 is None or eq.r1_verified is None:
        return None
    balanced, unbalanced = s.dec("balanced"), s.dec("unbalanced")
    if not (abs(eq.r1) > unbalanced and abs(eq.r1_verified) <= balanced):
        return None
    return make_flag(
        "income.equity_only_with_verified_profit",
        CAT,
        s.severity(),
        Message(
            tr_noop(
                "The books balance only with the verified profit: r1 is {r1} with the declared "
                "profit and {r1v} with the verified profit."
            ),
            {"r1": pct(eq.r1), "r1v": pct(eq.r1_verified)},
        ),
        [
            Evidence(
                tr_noop("r1 with declared profit"), pct(eq.r1), "computed", f"> {pct(unbalanced)}"
            ),
            Evidence(
                tr_noop("r1 with verified profit"),
                pct(eq.r1_verified),
                "computed",
                f"≤ {pct(balanced)}",
            ),
        ],
        ["/equity", "/income/seasons"],
    )


@fraud_rule("income.inflow_spike", CAT)
def inflow_spike_rule(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Average monthly inflow of the last months up to the application against
    the earlier monthly average (``statement_patterns.inflow_spike``). Where
    the case declares its seasons, the ratio is divided by the one the seasons
    themselves expect (the recent months' average season weight over the
    earlier months'): a peak season before the application is no spike."""
    result = pattern(ctx, "inflow_spike")
    if result.value is None or result.red is None or severity_of(result) is None:
        return None
    f = result.figures
    expected = _seasons_expect(ctx, f["recent_months"], f["earlier_months"])
    value = result.value if expected is None else result.value / expected
    severity = grade(value, result.amber, result.red)
    if severity is None:
        return None
    ratio = value.quantize(Decimal("0.01"))
    evidence = [
        Evidence(
            tr_noop("Average monthly inflow, recent months"),
            money_text(f["recent_average"]),
            Message(tr_noop("statement {months}"), {"months": ", ".join(f["recent_months"])}),
        ),
        Evidence(
            tr_noop("Average monthly inflow, earlier months"),
            money_text(f["earlier_average"]),
            Message(
                tr_noop("statement {months}"),
                {"months": f"{f['earlier_months'][0]}–{f['earlier_months'][-1]}"},
            ),
        ),
    ]
    if expected is not None:
        evidence.append(
            Evidence(
                tr_noop("Ratio the declared seasons expect"),
                str(expected.quantize(Decimal("0.01"))),
                "income statement",
            )
        )
    evidence.append(
        Evidence(tr_noop("Ratio"), str(ratio), "computed", above(result.amber, result.red))
    )
    return make_flag(
        "income.inflow_spike",
        CAT,
        severity,
        Message(
            tr_noop(
                "Inflows before the application are {ratio} times the earlier monthly average."
            ),
            {"ratio": ratio},
        ),
        evidence,
        TX_PATHS,
    )


def _seasons_expect(ctx: RuleContext, recent: list[str], earlier: list[str]) -> Decimal | None:
    """Average season weight (declared monthly sales) of the recent months ÷
    that of the earlier months; ``None`` when the seasons are not known."""
    weights = season_weights(ctx.case)
    if weights is None or not recent or not earlier:
        return None

    def average(months: list[str]) -> Decimal:
        return sum((weights[int(m[5:7])] for m in months), Decimal(0)) / len(months)

    base = average(earlier)
    return average(recent) / base if base > 0 else None


@fraud_rule("income.round_sum_inflows", CAT)
def round_sum_inflows(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Share of inflow value in round sums (``statement_patterns.round_sum_inflows``):
    cash deposited to dress the statement."""
    result = pattern(ctx, "round_sum_inflows")
    severity = severity_of(result)
    if severity is None or result.value is None or result.red is None:
        return None
    share, unit = result.value, statement_thresholds(ctx).round_sum_unit
    return make_flag(
        "income.round_sum_inflows",
        CAT,
        severity,
        Message(
            tr_noop("{share} of inflows by value are round sums of {unit}."),
            {"share": pct(share), "unit": money_text(unit)},
        ),
        [
            Evidence(
                tr_noop("Round-sum inflows"), money_text(result.figures["matched"]), "statement"
            ),
            Evidence(tr_noop("All inflows"), money_text(result.figures["total"]), "statement"),
            Evidence(
                tr_noop("Share"),
                pct(share),
                "computed",
                above(pct(result.amber), pct(result.red)),
            ),
        ],
        TX_PATHS,
    )


@fraud_rule("income.same_day_in_out", CAT)
def same_day_in_out(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Inflows that leave again the same day in a matching amount, as a share of
    inflow value (``statement_patterns.same_day_pairs``): money passed through
    to inflate turnover."""
    result = pattern(ctx, "same_day_pairs")
    severity = severity_of(result)
    if severity is None or result.value is None or result.red is None or not result.pairs:
        return None
    share = result.value
    evidence = [
        Evidence(
            tr_noop("Same-day in and out"),
            f"{money_text(i.amount)} / {money_text(o.amount)}",  # in, then out (negative)
            f"{i.on} {i.counterparty} → {o.counterparty}".strip(),
        )
        for i, o in result.pairs[:10]
    ]
    evidence.append(
        Evidence(
            tr_noop("Share of inflows"),
            pct(share),
            "computed",
            above(pct(result.amber), pct(result.red)),
        )
    )
    return make_flag(
        "income.same_day_in_out",
        CAT,
        severity,
        Message(
            tr_noop(
                "{share} of inflows by value left the account again the same day ({count} pairs)."
            ),
            {"share": pct(share), "count": len(result.pairs)},
        ),
        evidence,
        TX_PATHS,
    )
