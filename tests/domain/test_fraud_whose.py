"""Rules that ask whose a thing is: the meter and its history, the seal, the
payee and the counterparty, the staff, the business's registration, and the
months of the bank statement's seasons (clean convenience store of
``fraud_support``, one change per test)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.case import (
    BankTransaction,
    Counterparty,
    HouseholdMember,
    Inquiry,
    MeterReading,
    Seal,
    SeasonLine,
    StaffMember,
)
from domain.enums import LoanPurpose, SealParty, Season, Severity, TxCategory
from tests.domain.fraud_support import NAME, clean_case, flags_of, valid_uscc

D = Decimal
LANDLORD = "临海市古城物业管理有限公司"
LANDLORD_CODE = valid_uscc("91331082MA2LLLLL1")


def _landlord(case):  # type: ignore[no-untyped-def]
    case.business.premises.landlord = LANDLORD
    case.business.premises.landlord_uscc = LANDLORD_CODE
    return case


def test_a_meter_in_the_landlords_name_is_no_staged_site() -> None:
    case = _landlord(clean_case())
    for r in case.meters:
        r.account_holder = LANDLORD
    assert "site.utility_holder_not_applicant" not in flags_of(case)


def test_a_stranger_on_the_meter_is_amber_and_red_when_staff_name_him_the_boss() -> None:
    case = clean_case()
    for r in case.meters:
        r.account_holder = "许军"
    assert flags_of(case)["site.utility_holder_not_applicant"].severity is Severity.AMBER
    case.character.inquiries = [
        Inquiry("店员小周", "员工", "老板是许军", date(2026, 10, 28), named_owner="许军")
    ]
    flags = flags_of(case)
    assert flags["site.utility_holder_not_applicant"].severity is Severity.RED
    assert flags["site.owner_named_by_others"].severity is Severity.AMBER


def test_naming_the_owner_or_the_spouse_is_no_signal() -> None:
    case = clean_case()
    case.character.inquiries = [Inquiry("邻居", "邻居", "李秀英在管店", named_owner="李秀英")]
    assert "site.owner_named_by_others" not in flags_of(case)


def test_readings_under_a_previous_tenant_are_not_the_business_history() -> None:
    case = clean_case()
    case.transactions = [t for t in case.transactions if t.on and t.on >= date(2026, 7, 1)]
    for r in case.meters:
        if r.month < "2026-07":
            r.account_holder = "陈国平"
    # own records July → the November application: 4 months < 6, 8 years claimed
    flag = flags_of(case)["business.history_shorter_than_claimed"]
    assert flag.severity is Severity.AMBER
    assert "only 4 months" in flag.message.render()


def test_a_company_carrying_on_an_older_individual_business_counts_its_years() -> None:
    case = clean_case()
    case.applicant.registration_date = date(2026, 3, 1)
    assert flags_of(case)["business.age_vs_registration"].severity is Severity.RED
    case.applicant.predecessor_name = "临海市百佳便利店（个体）"
    case.applicant.predecessor_registration_date = date(2017, 6, 1)
    # 2017-06-01 to 2026-11-01: 9.4 years ≥ 8 claimed
    assert "business.age_vs_registration" not in flags_of(case)


def test_the_landlords_genuine_seal_passes_and_a_forged_one_is_red() -> None:
    case = _landlord(clean_case())
    case.seals.append(Seal(LANDLORD_CODE, LANDLORD, SealParty.LESSOR))
    assert not {"seal.name_mismatch", "seal.code_mismatch"} & set(flags_of(case))
    case.seals[-1] = Seal(LANDLORD_CODE, "临海市古城物业公司", SealParty.LESSOR)
    flag = flags_of(case)["seal.name_mismatch"]
    assert flag.severity is Severity.RED
    assert flag.evidence[0].threshold == LANDLORD  # the lessor's registered name


def test_a_buyers_seal_is_checked_against_the_buyer_not_the_applicant() -> None:
    case = clean_case()
    buyer_code = valid_uscc("91330106MA2BBBBB1")
    case.seals.append(
        Seal(buyer_code, "杭州美嘉服饰贸易有限公司", SealParty.BUYER, "杭州美嘉服饰贸易有限公司",
             buyer_code)
    )  # fmt: skip
    assert not {"seal.name_mismatch", "seal.code_mismatch"} & set(flags_of(case))
    other = valid_uscc("91330106MA2CCCCC1")
    case.seals[-1].code = other
    assert flags_of(case)["seal.code_mismatch"].severity is Severity.RED


def test_a_payee_on_a_staff_members_phone_is_related() -> None:
    case = clean_case()
    case.business.staff_list = [StaffMember("陶建", "13711112222", "调度")]
    case.loan.payee.phone = "+86 137 1111 2222"
    flag = flags_of(case)["purpose.payee_related"]
    assert flag.severity is Severity.RED
    assert "/business/staff_list/0/phone" in flag.field_paths


def test_a_payee_named_after_a_household_member_is_related() -> None:
    case = clean_case()
    case.applicant.household = [HouseholdMember("王小军", "儿子", 24, "个体")]
    case.loan.payee.name = "王小军"
    assert flags_of(case)["purpose.payee_related"].severity is Severity.RED


def test_an_equipment_seller_need_not_have_been_a_supplier() -> None:
    case = clean_case()
    case.loan.payee.name = "宁波海天塑机销售有限公司"
    case.loan.payee.uscc = valid_uscc("91330206MA2HHHHH1")
    assert "purpose.payee_not_past_supplier" in flags_of(case)
    case.loan.purpose_kind = LoanPurpose.EQUIPMENT
    assert "purpose.payee_not_past_supplier" not in flags_of(case)


def test_a_contract_with_a_buyer_on_the_spouses_phone_is_red() -> None:
    from domain.case import ContractPresented

    case = clean_case()
    buyer = "临海市鸿运日用品有限公司"
    case.business.customers = [Counterparty(buyer, phone="139-5760-5678")]  # 李秀英's
    case.contracts = [ContractPresented(buyer, item="日用百货", amount=D(50000))]
    flag = flags_of(case)["contract.counterparty_related"]
    assert flag.severity is Severity.RED
    assert flag.evidence[0].value == "李秀英"


def test_a_contract_buyer_is_matched_by_its_credit_code_and_only_on_a_related_phone() -> None:
    from domain.case import ContractPresented

    case = clean_case()
    code = valid_uscc("91331082MA2BBBBB1")
    case.business.customers = [
        Counterparty("鸿运日用品", uscc=code, phone="139-5760-5678"),  # 李秀英's phone
        Counterparty("临海市东方超市有限公司", phone="0576-8500-1234"),  # nobody's
    ]
    case.contracts = [
        ContractPresented(
            "临海市鸿运日用品有限公司", counterparty_uscc=code, item="日用百货", amount=D(50000)
        ),
        ContractPresented("临海市东方超市有限公司", item="日用百货", amount=D(30000)),
    ]
    flag = flags_of(case)["contract.counterparty_related"]
    assert [e.value for e in flag.evidence] == ["李秀英"]  # the supermarket is no relation
    case.business.customers[0].phone = "0576-8500-9999"
    assert "contract.counterparty_related" not in flags_of(case)


def test_rent_to_a_landlord_every_month_is_no_private_loan() -> None:
    case = clean_case()
    for t in case.transactions:
        if t.description == "房租":
            t.counterparty = "张伟"  # a private landlord, paid the same each month
            t.category = TxCategory.OTHER_OUTFLOW
    assert "wealth.regular_payments_to_individuals" in flags_of(case)
    case.business.premises.landlord = "张伟"
    assert "wealth.regular_payments_to_individuals" not in flags_of(case)


def test_rent_classified_as_an_expense_is_no_private_loan() -> None:
    case = clean_case()
    for t in case.transactions:
        if t.description == "房租":
            t.counterparty = "张伟"  # classified as an expense (房租)
    assert "wealth.regular_payments_to_individuals" not in flags_of(case)


def test_a_peak_season_before_the_application_is_no_inflow_spike() -> None:
    case = clean_case()
    # September and October take 250,000 each instead of about 90,000
    for t in case.transactions:
        if t.on and t.on.month in (9, 10) and t.category is TxCategory.SALES:
            t.amount = D("83333.33")
    assert "income.inflow_spike" in flags_of(case)
    peak = SeasonLine(Season.PEAK, 2)
    peak.sales.value, peak.cogs.value = D(250000), D(187500)
    normal = SeasonLine(Season.NORMAL, 10)
    normal.sales.value, normal.cogs.value = D(90000), D(67500)
    case.income.seasons = [peak, normal]
    case.business.season_of_month = {
        str(m): Season.PEAK if m in (9, 10) else Season.NORMAL for m in range(1, 13)
    }
    assert "income.inflow_spike" not in flags_of(case)


_ = (BankTransaction, MeterReading, NAME)
