"""The assessment as a whole: JSON per the contract, the fraud hook,
annualising with season weights, and lights monotone in the measure."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.assessment import Assessment, assess, assessment_to_json
from domain.case import Case, MeterReading, SeasonLine
from domain.checks.figures import annualise
from domain.enums import FraudCategory, Light, Season, Severity
from domain.i18n import Message
from domain.rulepack import Band, RulePack
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, fig, plastics_case

D = Decimal
PACK = load_rule_pack()


@dataclass
class _Flag:
    rule: str
    category: FraudCategory
    severity: Severity
    message: Message
    evidence: list[str]


def test_fraud_rules_plug_in_through_the_hook_and_reach_the_json() -> None:
    seen: list[Assessment] = []

    def rules(case: Case, assessment: Assessment, pack: RulePack) -> list[_Flag]:
        seen.append(assessment)
        return [_Flag("income.s6", FraudCategory.INCOME, Severity.RED, Message("Too much"), ["x"])]

    a = assess(plastics_case(), PACK, today=TODAY, evaluate_flags=rules)
    assert seen and seen[0].check("S6") is not None  # the rules see the finished checks
    flag = assessment_to_json(a)["flags"][0]
    assert flag == {
        "rule": "income.s6",
        "category": "income",
        "category_label": "Inflated income",
        "severity": "red",
        "message": "Too much",
        "evidence": ["x"],
    }


def test_without_the_hook_there_are_no_flags() -> None:
    assert assess(plastics_case(), PACK, today=TODAY).flags == []


def test_json_translates_names_arithmetic_and_notes() -> None:
    a = assess(plastics_case(), PACK, today=TODAY)

    def marked(context: str, text: str) -> str:
        return "译:" + text

    result = assessment_to_json(a, marked)
    s1 = result["checks"][0]
    assert s1["name"] == "译:S1 declared sales (income statement)"
    # the template is translated, then the pre-formatted figures are filled in
    assert s1["arithmetic"] == "译:Σ monthly sales × months: ¥270,000 × 12 = ¥3,240,000"
    assert s1["inputs"][0]["name"] == "译:monthly sales"


def test_json_has_every_check_once_with_string_decimals() -> None:
    result = assessment_to_json(assess(plastics_case(), PACK, today=TODAY))
    ids = [c["id"] for c in result["checks"]]
    assert ids[:8] == ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"]
    assert len(ids) == len(set(ids))
    for c in result["checks"]:
        for key in ("estimate", "reference", "deviation"):
            assert c[key] is None or isinstance(c[key], str)
        assert c["light"] in {"green", "amber", "red", "missing"}
    assert result["equity"]["r1"] == "0.015852"
    # verified sales rest on the case's own records: S3's 2,916,000 alone (S2
    # works on the declared costs, S4 and S6 on the norm's stock days and
    # price); verified profit 2,916,000 × 24% − 360,000 = 339,840
    assert result["verified_sales"] == "2916000.00"
    assert result["verified_profit"] == "339840.00"


def test_meter_readings_of_a_peak_quarter_are_annualised_by_season_weights() -> None:
    case = plastics_case()
    case.income.seasons = [
        SeasonLine(season=Season.PEAK, months=3, sales=fig(400000), cogs=fig(300000)),
        SeasonLine(season=Season.NORMAL, months=9, sales=fig(220000), cogs=fig(170000)),
    ]
    case.business.season_of_month = {
        str(m): Season.PEAK if m in (9, 10, 11) else Season.NORMAL for m in range(1, 13)
    }
    case.meters = [MeterReading(month=f"2026-{m:02d}", quantity=D(20000)) for m in (9, 10, 11)]
    s6 = assess(case, PACK, today=TODAY).check("S6")
    assert s6 is not None
    # year weight 400,000 × 3 + 220,000 × 9 = 3,180,000; Sep–Nov 1,200,000 → × 2.65
    # 60,000 kWh × 2.65 = 159,000 kWh ÷ 0.9 × 13.5 = 2,385,000
    assert s6.estimate == D("2385000.00")
    assert s6.light is not Light.GREEN  # three months: short history, at least amber


def test_twelve_or_more_months_scale_by_twelve_over_m() -> None:
    months = [(2025, m) for m in range(1, 13)] + [(2026, 1), (2026, 2)]
    a = annualise(D(1400), months, None)
    assert a.value == D(1200)  # 1,400 × 12 / 14


_ORDER = [Light.GREEN, Light.AMBER, Light.RED]


@given(
    st.decimals(min_value=0, max_value=5, places=4),
    st.decimals(min_value=0, max_value=5, places=4),
)
def test_band_lights_never_improve_as_the_measure_grows(x: Decimal, y: Decimal) -> None:
    for band in (PACK.thresholds.sales_deviation, PACK.thresholds.equity_r1, Band(D(1), D(1))):
        lo, hi = sorted((x, y))
        assert _ORDER.index(band.light(lo)) <= _ORDER.index(band.light(hi))


def test_arithmetic_figures_are_formatted_for_people() -> None:
    from domain.checks.base import pct, qty, yuan

    assert yuan(D("3240000")) == "¥3,240,000"  # whole yuan without decimals
    assert yuan(D("1409.5")) == "¥1,409.50"
    assert yuan(D("-487742.984")) == "−¥487,742.98"
    assert qty(D("216000")) == "216,000"
    assert qty(D("0.90")) == "0.9"
    assert pct(D("0.125")) == "12.5%"
    assert pct(D("-0.1926258")) == "−19.26%"  # −19.26258 % to two decimals
