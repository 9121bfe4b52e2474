"""The fraud adapters read the assessment's own CheckResult objects directly;
what they read is what the generic (attribute or mapping) reading gives."""

from __future__ import annotations

from decimal import Decimal as D
from types import SimpleNamespace

from domain.checks.base import CheckResult
from domain.fraud.adapters import sales_estimates
from domain.i18n import Message


def _checks() -> list[CheckResult]:
    return [
        CheckResult(
            "S1", Message("S1 declared"), estimate=D("100"), reference=D("100"), deviation=D("0")
        ),
        CheckResult(
            "S2", Message("S2 purchases"), estimate=D("80"), reference=D("100"), deviation=D("0.2")
        ),
        CheckResult("S3", Message("S3 VAT")),  # missing: no estimate
        CheckResult(
            "S5", Message("S5 statements"), estimate=D("70"), reference=D("100"), deviation=D("0.3")
        ),
        CheckResult(
            "S6", Message("S6 meters"), estimate=D("NaN"), reference=D("100"), deviation=D("0.1")
        ),
        CheckResult(
            "S8 site", Message(""), estimate=D("90"), reference=D("100"), deviation=D("0.1")
        ),
        CheckResult("E1", Message("equity"), estimate=D("1"), reference=D("1"), deviation=D("0")),
    ]


def test_sales_estimates_of_check_results_are_those_of_the_generic_reading() -> None:
    direct = sales_estimates(SimpleNamespace(checks=_checks()))
    # the same checks as plain dictionaries go through member() / as_decimal()
    generic = sales_estimates(
        {
            "checks": [
                {k: getattr(c, k) for k in ("id", "name", "estimate", "reference", "deviation")}
                for c in _checks()
            ]
        }
    )
    assert direct == generic
    # S2 (deviation (100 − 80) / 100 = 0.2), S5 and S8; S1 is not independent,
    # S3 has no estimate, S6's NaN is not a figure, E1 is not a sales check
    assert [e.id for e in direct] == ["S2", "S5", "S8"]
    assert direct[0].name == "S2 purchases" and direct[0].deviation == D("0.2")
    assert direct[2].name == "S8 site"  # an empty name falls back to the check id


def test_equity_figures_of_the_assessment_are_those_of_the_generic_reading() -> None:
    from dataclasses import replace

    from domain.assessment import assess
    from domain.fraud.adapters import equity_figures
    from tests.domain.fraud_support import TODAY, clean_case, pack

    equity = assess(clean_case(), pack(), today=TODAY).equity
    for e in (equity, replace(equity, r1=None), replace(equity, r1=None, r1_verified=None)):
        keys = ("r1", "r1_verified", "e_expected", "e_actual")
        generic = equity_figures({"equity": {k: getattr(e, k) for k in keys}})
        assert equity_figures(SimpleNamespace(equity=e)) == generic
    direct = equity_figures(SimpleNamespace(equity=equity))
    assert direct is not None and direct.r1 == equity.r1 and direct.actual == equity.e_actual
    assert (
        equity_figures(SimpleNamespace(equity=replace(equity, r1=None, r1_verified=None))) is None
    )
