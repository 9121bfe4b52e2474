"""用途虚假 rules: request vs need and the designated payee."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from domain.case import Case
from domain.enums import Severity
from domain.fraud.base import render_text
from tests.domain.fraud_support import (
    FakeAssessment,
    FakeWorkingCapital,
    clean_case,
    flags_of,
    valid_uscc,
)


def _need(value: str) -> FakeAssessment:
    return FakeAssessment(working_capital=FakeWorkingCapital(D(value)))


def test_a_request_sixty_percent_above_need_is_red() -> None:
    # 80,000 / 50,000 = 1.60 > 1.5
    flag = flags_of(clean_case(), _need("50000"))["purpose.request_exceeds_need"]
    assert flag.severity == Severity.RED
    assert flag.evidence[2].value == "1.60"


def test_a_request_a_quarter_above_need_is_amber() -> None:
    # 80,000 / 64,000 = 1.25
    assert flags_of(clean_case(), _need("64000"))["purpose.request_exceeds_need"].severity == (
        Severity.AMBER
    )


def test_a_request_just_within_one_point_two_times_need_is_not_flagged() -> None:
    # 80,000 / 66,667 = 1.19999 ≤ 1.2
    assert "purpose.request_exceeds_need" not in flags_of(clean_case(), _need("66667"))


def test_a_request_with_no_need_at_all_is_red() -> None:
    assert (
        flags_of(clean_case(), _need("0"))["purpose.request_exceeds_need"].severity == Severity.RED
    )


def test_a_negative_need_is_explained_in_words_not_as_an_infinite_ratio() -> None:
    flag = flags_of(clean_case(), _need("-25000"))["purpose.request_exceeds_need"]
    text = flag.message.render()
    assert "the loan is not needed" in text
    assert "(need \u2212¥25,000.00)" in text and "¥80,000.00 is requested" in text
    assert "∞" not in text


def _payee_registered(on: date):
    case = clean_case()
    case.loan.payee.registration_date = on
    return case


def test_a_payee_registered_153_days_before_applying_is_red() -> None:
    # 2026-06-01 → 2026-11-01: 30 + 31 + 31 + 30 + 31 = 153 days < 180
    flag = flags_of(_payee_registered(date(2026, 6, 1)))["purpose.payee_newly_registered"]
    assert flag.severity == Severity.RED
    assert flag.evidence[1].value == "153"


def test_a_payee_registered_245_days_before_is_amber() -> None:
    # 2026-03-01 → 2026-11-01: 31+30+31+30+31+31+30+31 = 245 days: < 365, ≥ 180
    flag = flags_of(_payee_registered(date(2026, 3, 1)))["purpose.payee_newly_registered"]
    assert flag.severity == Severity.AMBER


def test_a_payee_registered_a_full_year_before_is_not_flagged() -> None:
    # 2025-11-01 → 2026-11-01: 365 days, not fewer than 365
    assert "purpose.payee_newly_registered" not in flags_of(_payee_registered(date(2025, 11, 1)))


def test_a_payee_in_real_estate_for_a_grocery_loan_is_unrelated() -> None:
    case = clean_case()
    case.loan.payee.business_scope = (
        "房地产中介服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    )
    flag = flags_of(case)["purpose.payee_scope_unrelated"]
    assert flag.field_paths[0] == "/loan/payee/business_scope"


def test_a_payee_selling_groceries_is_related() -> None:
    case = clean_case()
    case.loan.payee.business_scope = (
        "预包装食品批发（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    )
    assert "purpose.payee_scope_unrelated" not in flags_of(case)


def test_a_payee_never_named_or_paid_before_is_flagged() -> None:
    case = clean_case()
    case.loan.payee.name = "临海市新开贸易有限公司"
    case.loan.payee.uscc = valid_uscc("91331082MA2CCCCC1")
    assert "purpose.payee_not_past_supplier" in flags_of(case)


def test_a_payee_paid_before_though_not_named_as_supplier_is_accepted() -> None:
    case = clean_case()
    case.business.suppliers = []
    assert "purpose.payee_not_past_supplier" not in flags_of(case)


def test_a_payee_with_the_spouses_phone_is_red() -> None:
    case = clean_case()
    case.loan.payee.phone = "+86 139 5760 5678"
    flag = flags_of(case)["purpose.payee_related"]
    assert flag.severity == Severity.RED
    assert "/applicant/spouse/phone" in flag.field_paths


def test_a_payee_paid_into_the_applicants_own_account_is_red() -> None:
    case = clean_case()
    case.loan.payee.bank_account = "6222021234"
    assert "purpose.payee_related" in flags_of(case)


def test_a_payee_phone_one_digit_off_is_not_related() -> None:
    case = clean_case()
    case.loan.payee.phone = "13957605679"
    assert "purpose.payee_related" not in flags_of(case)


def _other_applicant(name: str, account: str) -> Case:
    other = Case(number="3301-20261020-0007")
    other.applicant.registered_name = name
    other.applicant.uscc = valid_uscc("92331082MA2DDDDD1")
    other.applicant.owner.bank_account = account
    return other


def test_a_payee_that_is_another_applicants_business_is_flagged() -> None:
    case = clean_case()
    other = _other_applicant("台州市华润批发有限公司", "")
    flag = flags_of(case, other_cases=(other,))["purpose.payee_in_other_case"]
    assert render_text(flag.evidence[0].source).startswith("3301-20261020-0007")


def test_a_payee_account_owned_by_another_applicant_is_flagged() -> None:
    case = clean_case()
    other = _other_applicant("临海市某五金店", "3300 1234 5678 90")
    assert "purpose.payee_in_other_case" in flags_of(case, other_cases=(other,))


def test_an_unrelated_other_case_raises_no_payee_match() -> None:
    other = _other_applicant("临海市某五金店", "6228480000000001")
    assert "purpose.payee_in_other_case" not in flags_of(clean_case(), other_cases=(other,))
