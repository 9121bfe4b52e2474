"""Which text a spreadsheet would run as a formula, and how a CSV cell hides it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.formula_escape import csv_text, formula_leading


@pytest.mark.parametrize(
    "text", ["=1+1", "+86 138", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1＋1", "＠x"]
)
def test_formula_leading_text_gets_a_quote_in_front(text: str) -> None:
    assert formula_leading(text)
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["", "路桥建国五金店", "a=b", " =1", "3301-20261127-0001"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert csv_text(text) == text


@pytest.mark.parametrize("value", [Decimal("-500.25"), -3, None, 1.5])
def test_numbers_are_never_escaped(value: object) -> None:
    assert csv_text(value) is value
