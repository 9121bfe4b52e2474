"""How the assessment takes its fraud flags, and which rules the engine runs."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from domain.assessment import Assessment, assess
from domain.fraud.engine import _enabled_rules
from domain.fraud.settings import FraudSettings, fraud_settings
from tests.domain.fraud_support import TODAY, clean_case, pack


def test_the_fraud_hook_sees_the_assessment_before_its_flags_are_added() -> None:
    seen: list[int] = []

    def hook(case: Any, assessment: Assessment, rule_pack: Any) -> list[str]:
        seen.append(len(assessment.flags))
        return ["flag one", "flag two"]

    result = assess(clean_case(), pack(), today=TODAY, evaluate_flags=hook)
    assert seen == [0]
    assert result.flags == ["flag one", "flag two"]


def test_two_assessments_never_share_a_list_of_flags() -> None:
    def hook(case: Any, assessment: Assessment, rule_pack: Any) -> list[str]:
        return ["flag"]

    one = assess(clean_case(), pack(), today=TODAY, evaluate_flags=hook)
    two = assess(clean_case(), pack(), today=TODAY, evaluate_flags=hook)
    assert one.flags is not two.flags
    assert assess(clean_case(), pack(), today=TODAY).flags == []


def test_the_rules_run_are_those_each_settings_object_turns_on() -> None:
    settings = fraud_settings(pack())
    on = [rule.id for rule, _ in _enabled_rules(settings)]
    assert "income.round_sum_inflows" in on
    rules = dict(settings.rules)
    rules["income.round_sum_inflows"] = replace(rules["income.round_sum_inflows"], enabled=False)
    off = FraudSettings(settings.version, rules, settings.checklist)
    assert [rule.id for rule, _ in _enabled_rules(off)] == [
        r for r in on if r != "income.round_sum_inflows"
    ]
    # each rule runs with its own settings
    assert all(s.rule == rule.id for rule, s in _enabled_rules(settings))


def test_a_rule_the_settings_do_not_name_does_not_run() -> None:
    settings = fraud_settings(pack())
    rules = {k: v for k, v in settings.rules.items() if k != "seal.code_invalid"}
    fewer = FraudSettings(settings.version, rules, settings.checklist)
    assert "seal.code_invalid" not in [rule.id for rule, _ in _enabled_rules(fewer)]
    assert _enabled_rules(FraudSettings()) == []


def test_the_price_follows_the_risk_class_and_the_packs_pricing_inputs() -> None:
    from decimal import Decimal

    from domain.enums import RiskClass
    from domain.pricing import cost_plus_rate

    rule_pack = pack()
    case = clean_case()
    normal = assess(case, rule_pack, today=TODAY).pricing
    assert normal == cost_plus_rate(rule_pack.pricing, case.proposal.risk_class)
    case.proposal.risk_class = RiskClass.SUBSTANDARD
    worse = assess(case, rule_pack, today=TODAY).pricing
    assert worse == cost_plus_rate(rule_pack.pricing, RiskClass.SUBSTANDARD)
    assert worse.rate > normal.rate  # a higher PD × LGD
    # another pack, funding one point dearer: the rate moves with it
    dearer = replace(
        rule_pack,
        pricing=replace(
            rule_pack.pricing, funding_cost=rule_pack.pricing.funding_cost + Decimal("0.01")
        ),
    )
    moved = assess(case, dearer, today=TODAY).pricing
    assert moved == cost_plus_rate(dearer.pricing, RiskClass.SUBSTANDARD)
    assert moved.rate > worse.rate
