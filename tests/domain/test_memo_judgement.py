"""What the memo says about the judgement: each estimate parameter with its
source, the need test of the loan's purpose, the suggested decision, and the
justification an approval over a decline reason needs (corpus cases, real
assessment, the memo read in English)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from domain.assessment import Assessment, assess_with_fraud
from domain.case import Case, FlagDisposition
from domain.enums import DispositionStatus, Recommendation
from domain.memo import MemoBlocked, build_memo
from domain.serialization import case_from_dict
from storage.rulepack_files import load_rule_pack
from tests.corpus.runner import CASES
from tests.domain.test_memo_content import META, kv, memo_text, section

PACK = load_rule_pack()
TODAY = date(2026, 11, 27)


def _case(key: str) -> Case:
    return case_from_dict(json.loads((CASES / f"{key}.json").read_text("utf-8")))


def _assess(case: Case) -> Assessment:
    return assess_with_fraud(case, PACK, today=TODAY)


def test_the_cross_verification_names_each_parameter_and_where_it_comes_from() -> None:
    # the restaurant's two dishes both at 58% margin: 0.6 × 58% + 0.4 × 58% = 58%;
    # no cash share or stock days of its own, its dishes priced per 份 (not the
    # norm's 份餐/meal): the restaurant norm's 15%, ¥45, 0.025 m³ and 9 days
    case = _case("clean_restaurant_renovation")
    a = _assess(case)
    sec = section(build_memo(case, META, assessment=a, flags=a.flags), 3)
    assert kv(sec, "Gross margin") == "58% (the case's products)"
    assert kv(sec, "Cash share of sales") == "15% (industry norm)"
    assert kv(sec, "Unit price") == "¥45.00 (industry norm)"
    assert kv(sec, "Usage per unit of output") == "0.025 (industry norm)"
    assert kv(sec, "Days of stock") == "9 (industry norm)"


def test_an_officers_parameter_prints_with_the_reason() -> None:
    from domain.case import ParameterOverride
    from domain.enums import Parameter

    case = _case("clean_restaurant_renovation")
    case.proposal.parameter_overrides = [
        ParameterOverride(Parameter.CASH_SHARE, Decimal("0.3"), "收银台现金日记账三个月")
    ]
    a = _assess(case)
    sec = section(build_memo(case, META, assessment=a, flags=a.flags), 3)
    assert kv(sec, "Cash share of sales") == "30% (set by the officer: 收银台现金日记账三个月)"


def test_a_premises_loan_prints_its_budget_own_funds_and_need() -> None:
    case = _case("fraud_renovation_overstated_restaurant")  # its red flag still pending
    text = memo_text(_draft_memo(case, _assess(case)))
    assert "Need of the loan's purpose" in text
    assert "What the loan pays for\nPremises or renovation" in text
    assert "Documented cost\n¥150,000.00" in text
    assert "Own funds put in\n¥30,000.00" in text
    # budget 150,000 − own funds 30,000 = 120,000; 300,000 requested: 2.50 times
    assert (
        "contract or budget ¥150,000 (装修预算书) − own funds ¥30,000 = need ¥120,000;"
        " request ¥300,000 ÷ ¥120,000 = 2.5" in text
    )


def _draft_memo(case: Case, a: Assessment):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return build_memo(case, replace(META, draft=True), assessment=a, flags=a.flags)


def test_the_conclusion_prints_the_suggestion_with_its_reasons() -> None:
    case = _case("fraud_renovation_overstated_restaurant")  # its red flag still pending
    text = memo_text(_draft_memo(case, _assess(case)))
    assert "Suggested by the assessment\nEscalate to the credit committee\n" in text
    assert "· red flag still to decide: Request exceeds loan need" in text


def _approved_over_a_confirmed_red(key: str) -> Case:
    case = _case(key)
    case.dispositions = [
        FlagDisposition(
            "purpose.request_exceeds_need", DispositionStatus.CONFIRMED, "预算书只有十二万"
        )
    ]
    case.proposal.recommendation = Recommendation.APPROVE
    return case


def test_approval_over_a_confirmed_red_flag_prints_only_with_a_justification() -> None:
    case = _approved_over_a_confirmed_red("fraud_renovation_overstated_restaurant")
    a = _assess(case)
    assert a.suggestion is not None and a.suggestion.decision is Recommendation.DECLINE
    with pytest.raises(MemoBlocked) as info:
        build_memo(case, META, assessment=a, flags=a.flags)
    assert "needs a written justification" in str(info.value)
    draft = memo_text(_draft_memo(case, a))
    assert "Justification of approving" in draft
    assert "No justification has been written." in draft

    case.proposal.justification = "业主另有店面出租收入，已核实租赁合同"
    a = _assess(case)
    text = memo_text(build_memo(case, META, assessment=a, flags=a.flags))
    assert "· confirmed red flag: Request exceeds loan need" in text
    assert "业主另有店面出租收入，已核实租赁合同" in text
    assert "No justification has been written." not in text
