"""收入虚假 inflated income: declared sales that independent evidence does not
support, or bank flows dressed up before applying."""

from __future__ import annotations

from decimal import Decimal

from domain.enums import FraudCategory, Severity
from domain.fraud.adapters import equity_figures, sales_estimates
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

    Deviation = (S_ref − S_i) / S_ref from the assessment; positive (declared
    above the estimate) is bad. Thresholds ``amber`` / ``red``; the worst
    estimate sets the severity.
    """
    amber, red = s.dec("amber"), s.dec("red")
    hits = [
        (e, sev) for e in sales_estimates(ctx.assessment) if (sev := grade(e.deviation, amber, red))
    ]
    if not hits:
        return None
    severity = Severity.RED if any(sev == Severity.RED for _, sev in hits) else Severity.AMBER
    worst = max(hits, key=lambda h: h[0].deviation)[0]
    return make_flag(
        "income.sales_deviation",
        CAT,
        severity,
        Message(
            tr_noop(
                "Declared sales exceed {count} independent estimates; the largest gap is "
                "{deviation} ({estimate})."
            ),
            {"count": len(hits), "deviation": pct(worst.deviation), "estimate": worst.id},
        ),
        [
            Evidence(
                e.name,
                versus(money_text(e.estimate), money_text(e.reference), pct(e.deviation)),
                e.id,
                above(pct(amber), pct(red)),
            )
            for e, _ in hits
        ],
        ["/income/seasons"],
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
    the earlier monthly average (``statement_patterns.inflow_spike``)."""
    result = pattern(ctx, "inflow_spike")
    severity = severity_of(result)
    if severity is None or result.value is None:
        return None
    f = result.figures
    ratio = result.value.quantize(Decimal("0.01"))
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
        [
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
            Evidence(
                tr_noop("Ratio"),
                str(ratio),
                "computed",
                above(result.amber, result.red),
            ),
        ],
        TX_PATHS,
    )


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
