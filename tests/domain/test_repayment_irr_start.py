"""The IRR search may start from the contract's monthly rate: it finds the same
rate as from the flat-rate start (the root is unique), in fewer steps."""

from __future__ import annotations

from decimal import Decimal, localcontext

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.repayment import irr_monthly

D = Decimal


def test_two_level_payments_give_the_rate_solved_by_hand_from_any_start() -> None:
    # 1000 = 507.51 v + 507.51 v², v = 1 / (1 + i):
    # v = (−507.51 + √(507.51² + 4 × 507.51 × 1000)) / (2 × 507.51), i = 1/v − 1
    with localcontext() as ctx:
        ctx.prec = 40
        p = D("507.51")
        v = (-p + (p * p + 4 * p * 1000).sqrt()) / (2 * p)
        by_hand = (1 / v - 1).quantize(D("1e-12"))
    payments = [p, p]
    # a shade under 1 %: the exact payment 507.5124 was rounded down by 0.0024 a
    # month; 2 × 0.0024 ÷ (Σ t·p·v^(t+1) ≈ 1,500) ≈ 0.0000032 less a month
    assert by_hand == D("0.009996760302")
    assert irr_monthly(D("1000"), payments) == by_hand
    assert irr_monthly(D("1000"), payments, guess=D("0.01")) == by_hand
    assert irr_monthly(D("1000"), payments, guess=D("0.5")) == by_hand


def test_a_start_outside_zero_to_one_is_ignored() -> None:
    payments = [D("412.00"), D("408.00"), D("404.00")]  # 1200 at 1 % a month, equal principal
    assert irr_monthly(D("1200"), payments, guess=D("0")) == D("0.010000000000")
    assert irr_monthly(D("1200"), payments, guess=D("2")) == D("0.010000000000")


@settings(max_examples=60, deadline=None)
@given(
    principal=st.integers(min_value=1_000, max_value=3_000_000),
    payment_share=st.integers(min_value=1, max_value=400),  # ‰ of the principal a month
    months=st.integers(min_value=1, max_value=120),
    guess_bp=st.integers(min_value=1, max_value=500),
)
def test_the_rate_is_the_same_from_the_contract_rate_as_from_the_flat_rate(
    principal: int, payment_share: int, months: int, guess_bp: int
) -> None:
    payment = (D(principal) * payment_share / 1000).quantize(D("0.01"))
    payments = [payment] * months
    flat = irr_monthly(D(principal), payments)
    assert irr_monthly(D(principal), payments, guess=D(guess_bp) / 10000) == flat
