"""The fraud engine: settings from the pack, JSON form, cross-case matches,
the clean case, and the shipped examples."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest

from domain.assessment import assess_with_fraud, assessment_to_json
from domain.case import Case
from domain.enums import FraudCategory, Severity
from domain.fraud.base import RuleSettings, registered_rules, render_text
from domain.fraud.engine import evaluate_fraud, flags_to_json
from domain.fraud.matching import identity_matches
from domain.fraud.settings import FraudSettings, fraud_settings
from domain.paths import resource_path
from domain.serialization import case_from_dict
from tests.domain.fraud_support import (
    TODAY,
    clean_assessment,
    clean_case,
    flags_of,
    pack,
    valid_uscc,
)


def test_a_clean_realistic_case_fires_no_flag_at_all() -> None:
    assert flags_of(clean_case(), clean_assessment()) == {}


def test_every_registered_rule_is_configured_in_the_shipped_pack_and_documented() -> None:
    settings = fraud_settings(pack(), "retail")
    ids = {r.id for r in registered_rules()}
    assert ids == set(settings.rules)
    assert {r.category for r in registered_rules()} == set(FraudCategory)
    for rule in registered_rules():
        assert rule.id.startswith(rule.category.value + ".")
        assert len(rule.doc) > 40, rule.id


def test_every_category_has_a_checklist_in_chinese_and_english() -> None:
    settings = fraud_settings(pack())
    for category in FraudCategory:
        items = settings.checklist_for(category)
        assert items, category
        assert all(i.zh and i.en for i in items)


def _red_seal_case() -> Case:
    case = clean_case()
    case.seals[0].name = "临海市百佳超市"
    return case


def test_flags_serialise_as_the_contract_says() -> None:
    flags = evaluate_fraud(_red_seal_case(), None, pack(), today=TODAY)
    data = flags_to_json(flags)
    json.dumps(data, ensure_ascii=False)  # plain JSON types only
    assert data[0]["rule"] == "seal.name_mismatch"
    assert data[0]["category"] == "seal"
    assert data[0]["category_label"] == "印章虚假"
    assert data[0]["severity"] == "red"
    assert "临海市百佳超市" in data[0]["message"]
    assert set(data[0]["evidence"][0]) == {"label", "value", "source", "threshold"}


def test_a_rule_turned_off_in_the_pack_does_not_run() -> None:
    base = fraud_settings(pack())
    rules = dict(base.rules)
    rules["seal.name_mismatch"] = replace(rules["seal.name_mismatch"], enabled=False)
    settings = FraudSettings(base.version, rules, base.checklist)
    flags = evaluate_fraud(_red_seal_case(), None, settings, today=TODAY)
    assert "seal.name_mismatch" not in {f.rule for f in flags}


def test_a_missing_threshold_becomes_an_info_flag_naming_the_setting() -> None:
    base = fraud_settings(pack())
    rules = dict(base.rules)
    rules["employee.headcount_ratio"] = RuleSettings(
        "employee.headcount_ratio", True, {"amber": "1.2"}
    )
    settings = FraudSettings(base.version, rules, base.checklist)
    flags = {f.rule: f for f in evaluate_fraud(clean_case(), None, settings, today=TODAY)}
    flag = flags["employee.headcount_ratio"]
    assert flag.severity == Severity.INFO
    assert flag.evidence[0].value == 'fraud.toml: fraud."employee.headcount_ratio".red'


def test_an_industry_override_in_the_pack_changes_a_threshold() -> None:
    # A retail override red = 3 makes a 2.0 headcount ratio amber instead of red.
    real = pack()
    retail = real.industries["retail"]
    overridden = replace(retail, fraud={"employee.headcount_ratio": {"red": "3"}})
    custom = replace(real, industries={**real.industries, "retail": overridden})
    case = clean_case()
    case.business.staff_claimed = 4  # 4 / max(2, 2, 9,600 / 4,800 = 2) = 2.0
    flags = {f.rule: f for f in evaluate_fraud(case, None, custom, today=TODAY)}
    assert flags["employee.headcount_ratio"].severity == Severity.AMBER
    assert flags_of(case)["employee.headcount_ratio"].severity == Severity.RED


def _other_business(**owner: str) -> Case:
    other = Case(number="3301-20260901-0003")
    other.applicant.registered_name = "临海市鑫源五金店"
    other.applicant.uscc = valid_uscc("92331082MA2FFFFF1")
    for key, value in owner.items():
        setattr(other.applicant.owner, key, value)
    return other


def test_the_owners_phone_in_another_applicants_case_is_flagged() -> None:
    other = _other_business(phone="138-5760-1234")
    flag = flags_of(clean_case(), other_cases=(other,))["business.shared_identity"]
    assert flag.field_paths == ["/applicant/owner/phone"]
    assert render_text(flag.evidence[0].source).startswith("3301-20260901-0003 临海市鑫源五金店")


def test_an_earlier_case_of_the_same_applicant_is_not_another_applicant() -> None:
    earlier = clean_case()
    earlier.uuid = "00000000-0000-0000-0000-000000000001"
    assert identity_matches(clean_case(), [earlier]) == []
    assert "business.shared_identity" not in flags_of(clean_case(), other_cases=(earlier,))


def test_different_details_in_another_case_raise_no_match() -> None:
    other = _other_business(phone="13800000000", id_number="330000199001010000")
    assert "business.shared_identity" not in flags_of(clean_case(), other_cases=(other,))


def _examples() -> list[Path]:
    folder = resource_path("examples")
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_every_category_is_fired_by_some_shipped_example() -> None:
    paths = _examples()
    if not paths:
        pytest.skip("resources/examples/ holds no example cases yet")
    fired: set[FraudCategory] = set()
    cases = [case_from_dict(json.loads(p.read_text(encoding="utf-8"))) for p in paths]
    for case in cases:
        others = [c for c in cases if c is not case]
        for flag in evaluate_fraud(case, None, pack(), today=TODAY, other_cases=others):
            if flag.severity != Severity.INFO:
                fired.add(flag.category)
    assert fired == set(FraudCategory), set(FraudCategory) - fired


def test_evidence_values_are_text_and_thresholds_name_the_limits() -> None:
    case = clean_case()
    case.business.staff_claimed = 4
    flag = flags_of(case)["employee.headcount_ratio"]
    assert all(isinstance(e.value, str) for e in flag.evidence)
    # the band is a translatable Message; its English reads as before
    assert render_text(flag.evidence[-1].threshold) == "> 1.2 amber, > 1.5 red"
    assert flag.evidence[-1].to_dict()["threshold"] == "> 1.2 amber, > 1.5 red"
    assert D(flag.evidence[-1].value) == D("2.00")


def test_the_real_assessment_of_the_clean_case_fires_no_flag() -> None:
    assessment = assess_with_fraud(clean_case(), pack(), today=TODAY)
    assert assessment.flags == []


def test_the_real_assessment_feeds_inflated_sales_to_the_income_rule() -> None:
    # Double the declared sales: S_ref 2,400,000 while the bank still sees
    # inflows of 12 × 89,789.60 + 3 × (0 + … + 11) = 1,077,673.20,
    # ÷ (1 − 10%) = 1,197,414.67: (2.4M − 1,197,414.67) / 2.4M = 50.1% > 20%.
    case = clean_case()
    case.income.seasons[0].sales.value = D("200000")
    assessment = assess_with_fraud(case, pack(), today=TODAY)
    flags = {f.rule: f for f in assessment.flags}
    flag = flags["income.sales_deviation"]
    assert flag.severity == Severity.RED
    s5 = next(e for e in flag.evidence if e.source == "S5")
    assert render_text(s5.value) == "¥1,197,414.67 vs ¥2,400,000.00: 50.1%"
    # S6 reads power at the trade's price: norm-built, it is not among the evidence
    assert all(e.source != "S6" for e in flag.evidence)
    as_json = assessment_to_json(assessment)["flags"]
    assert {"rule": "income.sales_deviation", "category_label": "收入虚假"}.items() <= next(
        f for f in as_json if f["rule"] == "income.sales_deviation"
    ).items()


def test_each_demo_fraud_archetype_fires_its_category() -> None:
    demo = pytest.importorskip("domain.demo")
    demo_fraud = pytest.importorskip("domain.demo_fraud")
    for kind, category in demo_fraud.FRAUD_KINDS.items():
        case = demo.demo_case_named(kind)
        flags = assess_with_fraud(case, pack(), today=demo.DEMO_TODAY).flags
        fired = {f.category for f in flags if f.severity != Severity.INFO}
        assert category in fired, (kind, [f.rule for f in flags])
