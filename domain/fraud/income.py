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
    fraud_rule,
    grade,
    make_flag,
    pct,
)
from domain.fraud.flows import inflow_spike, round_sum_share, same_day_pairs
from domain.i18n import Message, tr_noop
from domain.money import to_money

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
                f"{to_money(e.estimate)} vs {to_money(e.reference)}: {pct(e.deviation)}",
                e.id,
                f"> {pct(amber)} amber, > {pct(red)} red",
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
    """Average monthly inflow of the ``months`` months up to the application
    against the earlier monthly average; a ratio above ``amber`` / ``red`` is bad."""
    spike = inflow_spike(ctx.case.transactions, ctx.application_date, int(s.dec("months")))
    if spike is None:
        return None
    amber, red = s.dec("amber"), s.dec("red")
    severity = grade(spike.ratio, amber, red)
    if severity is None:
        return None
    ratio = spike.ratio.quantize(Decimal("0.01"))
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
                str(to_money(spike.recent_average)),
                "statement " + ", ".join(spike.recent_months),
            ),
            Evidence(
                tr_noop("Average monthly inflow, earlier months"),
                str(to_money(spike.earlier_average)),
                "statement " + f"{spike.earlier_months[0]}–{spike.earlier_months[-1]}",
            ),
            Evidence(tr_noop("Ratio"), str(ratio), "computed", f"> {amber} amber, > {red} red"),
        ],
        TX_PATHS,
    )


@fraud_rule("income.round_sum_inflows", CAT)
def round_sum_inflows(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Share of inflow value in round sums (multiples of ``unit``); above
    ``amber`` / ``red`` is bad (cash deposited to dress the statement)."""
    unit = s.dec("unit")
    rounded, total = round_sum_share(ctx.case.transactions, unit)
    if total <= 0:
        return None
    share = rounded / total
    amber, red = s.dec("amber"), s.dec("red")
    severity = grade(share, amber, red)
    if severity is None:
        return None
    return make_flag(
        "income.round_sum_inflows",
        CAT,
        severity,
        Message(
            tr_noop("{share} of inflows by value are round sums of {unit} yuan."),
            {"share": pct(share), "unit": unit},
        ),
        [
            Evidence(tr_noop("Round-sum inflows"), str(to_money(rounded)), "statement"),
            Evidence(tr_noop("All inflows"), str(to_money(total)), "statement"),
            Evidence(
                tr_noop("Share"), pct(share), "computed", f"> {pct(amber)} amber, > {pct(red)} red"
            ),
        ],
        TX_PATHS,
    )


@fraud_rule("income.same_day_in_out", CAT)
def same_day_in_out(ctx: RuleContext, s: RuleSettings) -> FraudFlag | None:
    """Inflows of at least ``min_amount`` that leave again the same day (an
    outflow within ``tolerance``), as a share of inflow value; above
    ``amber`` / ``red`` is bad (money passed through to inflate turnover)."""
    pairs, total = same_day_pairs(ctx.case.transactions, s.dec("min_amount"), s.dec("tolerance"))
    if total <= 0 or not pairs:
        return None
    paired = sum((i.amount for i, _ in pairs), Decimal("0"))
    share = paired / total
    amber, red = s.dec("amber"), s.dec("red")
    severity = grade(share, amber, red)
    if severity is None:
        return None
    evidence = [
        Evidence(
            tr_noop("Same-day in and out"),
            f"+{to_money(i.amount)} / {to_money(o.amount)}",
            f"{i.on} {i.counterparty} → {o.counterparty}".strip(),
        )
        for i, o in pairs[:10]
    ]
    evidence.append(
        Evidence(
            tr_noop("Share of inflows"),
            pct(share),
            "computed",
            f"> {pct(amber)} amber, > {pct(red)} red",
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
            {"share": pct(share), "count": len(pairs)},
        ),
        evidence,
        TX_PATHS,
    )
