"""The sales chart's geometry, shared by the screen and the memo: the axis
starts at zero and every bar's height is proportional to its value."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.chart_geometry import bar_value_text, nice_step, sales_chart_geometry

D = Decimal


def test_the_axis_starts_at_zero_even_when_every_bar_is_high() -> None:
    # the case: estimates far above zero, once drawn from ¥1,328,400
    geo = sales_chart_geometry(
        [("S1", D("2180000"), "green"), ("S2", D("1328400"), "red")],
        D("2180000"),
        D("0.1"),
        D("0.2"),
    )
    assert geo.axis_min == 0
    assert geo.ticks[0].value == 0 and geo.ticks[0].at == 0.0
    # highest mark: the amber band's top, 2,180,000 × 1.2 = 2,616,000; × 1.05 headroom
    # = 2,746,800; a fifth of it 549,360 → step 1,000,000 (5 × 10⁵ is smaller);
    # the axis ends at the next step above 2,746,800: 3,000,000
    assert geo.step == D("1000000")
    assert geo.axis_max == D("3000000")
    assert [t.label for t in geo.ticks] == ["0", "1,000,000", "2,000,000", "3,000,000"]


def test_bar_heights_are_proportional_to_the_values() -> None:
    geo = sales_chart_geometry(
        [("S1", D("1000000"), "green"), ("S2", D("610000"), "red"), ("S5", D("-20000"), "red")],
        D("1000000"),
        D("0.1"),
        D("0.2"),
    )
    s1, s2, s5 = geo.bars
    # an estimate at 61 % of the reference is 61 % as tall
    assert s2.height / s1.height == pytest.approx(0.61)
    # 1,000,000 × 1.2 × 1.05 = 1,260,000; a fifth of it is 252,000 → step 500,000;
    # the axis ends at 1,500,000
    assert geo.axis_max == D("1500000")
    assert s1.height == pytest.approx(1000000 / 1500000)
    # a negative estimate has no bar but keeps its value, marked negative
    assert s5.height == 0.0 and s5.negative
    assert s5.value_text == "−¥20,000"


def test_the_reference_and_the_bands_sit_where_their_values_are_and_are_labelled() -> None:
    geo = sales_chart_geometry([("S1", D("800"), "green")], D("1000"), D("0.10"), D("0.20"))
    # axis: 1000 × 1.2 × 1.05 = 1260; step for 252 is 500; the axis ends at 1500
    assert geo.axis_max == D("1500")
    assert geo.reference_at == pytest.approx(1000 / 1500)
    assert geo.reference_text == "¥1,000"
    amber, green = geo.bands
    assert (amber.label, green.label) == ("±20%", "±10%")
    assert (amber.low, amber.high) == (pytest.approx(800 / 1500), pytest.approx(1200 / 1500))
    assert (green.low, green.high) == (pytest.approx(900 / 1500), pytest.approx(1100 / 1500))


def test_round_steps_and_whole_yuan_values() -> None:
    assert nice_step(D("1000")) == D("200")
    assert nice_step(D("1100")) == D("250")
    assert nice_step(D("2400")) == D("500")
    assert nice_step(D("4000")) == D("1000")
    assert bar_value_text(D("2065176.48")) == "¥2,065,176"
    assert bar_value_text(D("0.4")) == "¥0"
