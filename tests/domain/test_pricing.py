"""Cost-plus pricing, hand-computed (DOMAIN.md §6)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.enums import RiskClass
from domain.pricing import cost_plus_rate
from domain.rulepack import PdLgd, PricingInputs

D = Decimal


def _inputs() -> PricingInputs:
    return PricingInputs(
        lpr_one_year=D("0.0385"),
        lpr_as_of=date(2020, 7, 20),
        lpr_source="test",
        funding_cost=D("0.028"),
        operating_cost=D("0.015"),
        capital_ratio=D("0.105"),
        risk_weight=D("0.75"),
        target_return_on_capital=D("0.12"),
        by_risk_class={
            RiskClass.NORMAL: PdLgd(D("0.02"), D("0.45")),
            RiskClass.SPECIAL_MENTION: PdLgd(D("0.08"), D("0.45")),
            RiskClass.SUBSTANDARD: PdLgd(D("0.30"), D("0.50")),
            RiskClass.DOUBTFUL: PdLgd(D("0.60"), D("0.60")),
            RiskClass.LOSS: PdLgd(D("1"), D("0.9")),
        },
    )


def test_cost_plus_rate_for_a_normal_small_business_loan() -> None:
    p = cost_plus_rate(_inputs(), RiskClass.NORMAL)
    assert p.capital_share == D("0.07875")  # k = 0.105 × 0.75
    assert p.funding_part == D("0.025795")  # 0.028 × (1 − 0.07875) = 0.028 × 0.92125
    assert p.expected_loss == D("0.009")  # 0.02 × 0.45
    assert p.capital_charge == D("0.00945")  # 0.07875 × 0.12
    # 0.025795 + 0.015 + 0.009 + 0.00945 = 0.059245
    assert p.rate == D("0.059245")
    # (0.059245 − 0.0385) / 0.0001 = 207.45 → 207 bp
    assert p.spread_bp == 207
    text = p.arithmetic_text
    assert "= 5.92%" in text and "LPR 3.85% + 207 bp" in text


def test_a_riskier_class_adds_its_expected_loss() -> None:
    p = cost_plus_rate(_inputs(), RiskClass.SPECIAL_MENTION)
    # expected loss 0.08 × 0.45 = 0.036; rate = 0.059245 − 0.009 + 0.036 = 0.086245
    assert p.rate == D("0.086245")
    # (0.086245 − 0.0385) / 0.0001 = 477.45 → 477 bp
    assert p.spread_bp == 477
