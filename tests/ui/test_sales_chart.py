"""The verification stage draws the sales estimates against the reference."""

from __future__ import annotations

from datetime import date

from domain.assessment import assess
from domain.demo import demo_case_named
from storage.rulepack_files import load_rule_pack
from ui.sales_chart import estimate_bars
from ui.verification_panel import VerificationPanel


def test_only_sales_estimates_with_a_figure_become_bars() -> None:
    case = demo_case_named("clean")
    result = assess(case, load_rule_pack(), today=date(2026, 11, 27))
    bars = estimate_bars(result.checks)
    expected = [c.id for c in result.sales_checks if c.estimate is not None]
    assert [b.label for b in bars] == expected
    assert all(b.label.startswith("S") for b in bars)
    assert "equity" not in [b.label for b in bars]


def test_the_chart_uses_the_rule_packs_light_band_and_the_reference(qtbot) -> None:  # type: ignore[no-untyped-def]
    case = demo_case_named("clean")
    pack = load_rule_pack()
    result = assess(case, pack, today=date(2026, 11, 27))
    panel = VerificationPanel(lambda: case, assess=lambda c: result)
    qtbot.addWidget(panel)
    panel.show()
    chart = panel.chart
    assert chart.isVisible()
    assert chart.reference == result.reference_sales
    assert (chart.green_band, chart.amber_band) == (
        pack.thresholds.sales_deviation.amber,
        pack.thresholds.sales_deviation.red,
    )
    assert len(chart.bars) >= 5


def test_no_chart_without_an_engine_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    case = demo_case_named("clean")
    panel = VerificationPanel(lambda: case, assess=None)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.chart.isVisible()
