"""The need test of the loan's purpose (DOMAIN.md §4.3): the amount requested
against what the purpose costs. The working-capital formula serves
working-capital loans only (:mod:`domain.checks.capacity`); the others:

* equipment or term investment: the quote or invoice − own funds;
* premises or renovation: the contract or budget − own funds;
* seasonal agriculture: the season's input costs − own funds;
* order financing: order value × cost share (1 − the case's gross margin)
  − own funds; the order value is the documented cost, else the sum of the
  contracts presented.

Request ÷ need above ``thresholds.toml [working_capital] request_*`` is the
用途虚假 signal for every purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from domain.case import Case
from domain.checks.base import COMPUTED, CheckResult, Input, missing_result, pct, qty, ratio, yuan
from domain.checks.parameters import Param
from domain.enums import Light, LoanPurpose
from domain.i18n import Message, tr_noop
from domain.money import ZERO, to_money
from domain.rulepack import RulePack

NAME = tr_noop("Amount requested vs the purpose's need")
CHECK_ID = "purpose_need"

_COST_LABEL = {
    LoanPurpose.EQUIPMENT: tr_noop("quote or invoice"),
    LoanPurpose.PREMISES: tr_noop("contract or budget"),
    LoanPurpose.SEASONAL_AGRICULTURE: tr_noop("season's input costs"),
    LoanPurpose.ORDER_FINANCING: tr_noop("order value"),
}


@dataclass(frozen=True, slots=True)
class NeedResult:
    """The need test of one case: the loan need (``None`` when it cannot be
    worked out), the amount requested and the check with its arithmetic."""

    purpose: LoanPurpose | None
    loan_need: Decimal | None
    requested: Decimal | None
    check: CheckResult


def _order_value(case: Case) -> tuple[Decimal | None, str]:
    if case.loan.purpose_cost is not None:
        return case.loan.purpose_cost, "declared"
    amounts = [c.amount for c in case.contracts if c.amount is not None]
    return (sum(amounts, ZERO), "document") if amounts else (None, "")


def purpose_need(
    case: Case,
    purpose: LoanPurpose,
    margin: Param | None,
    requested: Decimal | None,
    pack: RulePack,
) -> NeedResult:
    """The need test of a purpose other than working capital."""
    loan = case.loan
    name = Message(NAME)
    label = _COST_LABEL[purpose]
    if purpose is LoanPurpose.ORDER_FINANCING:
        cost, cost_source = _order_value(case)
    else:
        cost, cost_source = loan.purpose_cost, "document"
    missing = []
    if cost is None:
        missing.append("loan.purpose_cost")
    if purpose is LoanPurpose.ORDER_FINANCING and (margin is None or margin.value >= 1):
        missing.append("gross margin")
    if missing or cost is None:
        return NeedResult(purpose, None, requested, missing_result(CHECK_ID, name, missing))
    own = loan.own_funds if loan.own_funds is not None else ZERO
    document = loan.purpose_document.strip() or Message(label)
    inputs = [
        Input(label, cost, cost_source),
        Input(tr_noop("own funds"), own, "declared"),
    ]
    params: dict[str, object] = {
        "label": Message(label),
        "cost": yuan(cost),
        "document": document,
        "own": yuan(own),
    }
    if purpose is LoanPurpose.ORDER_FINANCING and margin is not None:
        share = 1 - margin.value
        need = cost * share - own
        inputs.append(Input(tr_noop("cost share of the order"), ratio(share), margin.source))
        params |= {
            "share": pct(share),
            "margin": pct(margin.value),
            "margin_source": margin.source_text,
        }
        text = tr_noop(
            "{label} {cost} ({document}) × cost share {share} (1 − margin {margin},"
            " {margin_source}) − own funds {own} = need {need}"
        )
    else:
        need = cost - own
        text = tr_noop("{label} {cost} ({document}) − own funds {own} = need {need}")
    params["need"] = yuan(need)
    base = Message(text, params)
    if requested is None:
        check = CheckResult(
            CHECK_ID, name, inputs, to_money(need), light=Light.MISSING,
            missing=["loan.amount"], arithmetic=base,
        )  # fmt: skip
    elif need <= 0:
        check = CheckResult(
            CHECK_ID, name, inputs, to_money(need), to_money(requested), light=Light.RED,
            arithmetic=base,
            notes=[Message(tr_noop("own funds cover the whole cost, yet {requested} is requested"),
                           {"requested": yuan(requested)})],
        )  # fmt: skip
    else:
        r = requested / need
        check = CheckResult(
            id=CHECK_ID,
            name=name,
            inputs=[*inputs, Input(tr_noop("amount requested"), requested, "declared")],
            estimate=to_money(need),
            reference=to_money(requested),
            deviation=ratio(r),
            light=pack.thresholds.working_capital_request.light(r),
            arithmetic=Message(
                tr_noop("{base}; request {requested} ÷ {need} = {ratio}"),
                {
                    "base": base,
                    "requested": yuan(requested),
                    "need": yuan(need),
                    "ratio": qty(r.quantize(Decimal("0.01"))),
                },
            ),
        )
    return NeedResult(purpose, to_money(need), requested, check)


def unknown_purpose(requested: Decimal | None) -> NeedResult:
    """No purpose kind: no need test (the officer names the purpose)."""
    return NeedResult(
        None, None, requested, missing_result(CHECK_ID, Message(NAME), ["loan.purpose_kind"])
    )


__all__ = ["CHECK_ID", "NeedResult", "purpose_need", "unknown_purpose"]

_ = COMPUTED
