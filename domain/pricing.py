"""Cost-plus loan pricing (成本加成法, DOMAIN.md §6).

    rate = funding × (1 − k) + operating + PD × LGD + k × target ROC
    k    = capital ratio × risk weight

The capital share k of the loan is funded by equity, which wants its target
return; the rest is funded at the funding cost. The result is shown as the
1-year LPR plus a spread in basis points (1 bp = 0.0001). All figures are
yearly fractions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from domain.enums import RiskClass
from domain.i18n import Message, tr_noop
from domain.rulepack import PricingInputs

BP = Decimal("0.0001")
RATE_PLACES = Decimal("0.000001")


@dataclass(frozen=True)
class PricingResult:
    risk_class: RiskClass
    capital_share: Decimal  # k
    funding_part: Decimal  # funding × (1 − k)
    operating_cost: Decimal
    expected_loss: Decimal  # PD × LGD
    capital_charge: Decimal  # k × target ROC
    rate: Decimal  # sum of the four parts, 6 places
    lpr: Decimal
    lpr_as_of: date
    spread_bp: int  # (rate − LPR) in basis points, half-up
    arithmetic: Message

    @property
    def arithmetic_text(self) -> str:
        return self.arithmetic.render()


_PLACES = {"0.001": Decimal("0.001"), "0.01": Decimal("0.01")}


def _pct(value: Decimal, places: str = "0.001") -> str:
    quantum = _PLACES.get(places) or Decimal(places)
    # rounding passed positionally: Decimal.quantize parses keywords slowly
    return f"{(value * 100).quantize(quantum, ROUND_HALF_UP)}%"


def cost_plus_rate(
    inputs: PricingInputs, risk_class: RiskClass = RiskClass.NORMAL
) -> PricingResult:
    """Price a loan of ``risk_class`` with the pack's cost-plus inputs."""
    k = inputs.capital_ratio * inputs.risk_weight
    pd_lgd = inputs.by_risk_class[risk_class]
    funding_part = inputs.funding_cost * (1 - k)
    expected_loss = pd_lgd.pd * pd_lgd.lgd
    capital_charge = k * inputs.target_return_on_capital
    rate = (funding_part + inputs.operating_cost + expected_loss + capital_charge).quantize(
        RATE_PLACES, rounding=ROUND_HALF_UP
    )
    spread = ((rate - inputs.lpr_one_year) / BP).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    arithmetic = Message(
        tr_noop(
            "funding {funding} × (1 − k {k}) + operating {operating} + PD {pd} × LGD {lgd}"
            " + k {k} × target ROC {roc} = {rate} = LPR {lpr} + {spread} bp"
        ),
        {
            "funding": _pct(inputs.funding_cost),
            "k": _pct(k),
            "operating": _pct(inputs.operating_cost),
            "pd": _pct(pd_lgd.pd),
            "lgd": _pct(pd_lgd.lgd),
            "roc": _pct(inputs.target_return_on_capital),
            "rate": _pct(rate, "0.01"),
            "lpr": _pct(inputs.lpr_one_year, "0.01"),
            "spread": str(int(spread)),
        },
    )
    return PricingResult(
        risk_class=risk_class,
        capital_share=k,
        funding_part=funding_part,
        operating_cost=inputs.operating_cost,
        expected_loss=expected_loss,
        capital_charge=capital_charge,
        rate=rate,
        lpr=inputs.lpr_one_year,
        lpr_as_of=inputs.lpr_as_of,
        spread_bp=int(spread),
        arithmetic=arithmetic,
    )


__all__ = ["PricingResult", "cost_plus_rate"]
