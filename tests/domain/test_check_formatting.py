"""The figures in check arithmetic and evidence: whole yuan without decimals,
quantities without trailing zeros, percentages to two places, all half-up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.checks.base import pct, qty, ratio, yuan
from domain.money import to_money

D = Decimal


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D("3240000"), "¥3,240,000"),
        (D("1409.5"), "¥1,409.50"),
        (D("1409.499"), "¥1,409.50"),  # half-up to the fen: 1409.499 → 1409.50
        (D("-1234.005"), "−¥1,234.01"),  # half-up away from zero, minus sign U+2212
        (D("-0.001"), "¥0"),  # rounds to −0.00: no sign on nothing
        (D("1E+3"), "¥1,000"),
        (3, "¥3"),
        ("12.345", "¥12.35"),
    ],
)
def test_yuan_shows_whole_yuan_without_decimals_and_others_to_the_fen(
    value: Decimal | int | str, text: str
) -> None:
    assert yuan(value) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D("216000.00"), "216,000"),
        (D("1E+3"), "1,000"),
        (D("0.9"), "0.9"),
        (D("0.99995"), "1"),  # four places half-up: 1.0000, trailing zeros dropped
        (D("1234.56789"), "1,234.5679"),
        (D("-2.50"), "−2.5"),
        (D("-0"), "0"),
    ],
)
def test_qty_groups_thousands_and_drops_trailing_zeros(value: Decimal, text: str) -> None:
    assert qty(value) == text


def test_pct_and_ratio_round_half_up() -> None:
    assert pct(D("0.125")) == "12.5%"
    assert pct(D("-0.1926258")) == "−19.26%"  # −19.26258 % → −19.26 %
    assert pct(D("0.00005")) == "0.01%"  # 0.005 % rounds up to 0.01 %
    assert ratio(D("0.1234565")) == D("0.123457")
    assert ratio(D("-0.1234565")) == D("-0.123457")


def test_to_money_rounds_decimals_integers_and_text_half_up_to_the_fen() -> None:
    assert to_money(D("2.675")) == D("2.68")
    assert to_money(D("-2.675")) == D("-2.68")
    assert to_money(7) == D("7.00")
    assert str(to_money("1.005")) == "1.01"
