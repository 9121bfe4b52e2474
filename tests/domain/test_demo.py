"""Demo cases: deterministic, valid identities, consistent clean figures, and
each fraud archetype carrying the signal the report describes.

The independent estimates are recomputed here with DOMAIN.md §4.1 written out,
not with the generator's helpers.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from domain.case import Case
from domain.demo import (
    DEMO_TODAY,
    FRAUD_KINDS,
    NAMED_KINDS,
    demo_case,
    demo_case_named,
    demo_cases,
    planned_frauds,
)
from domain.demo_data import PROFILES
from domain.enums import Season, TxCategory
from domain.serialization import case_from_dict, case_to_dict, fingerprint
from domain.validators import (
    birth_date_from_id,
    validate_bank_card,
    validate_mobile,
    validate_patent,
    validate_resident_id,
    validate_uscc,
)

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 27)
INDUSTRIES = {
    "restaurant", "retail", "wholesale_market", "garments", "plastics", "food_processing",
    "building_materials", "logistics", "farming", "export_manufacturing", "repair_services",
    "dyeing",
}  # fmt: skip
SEASON_WEIGHT = {Season.SLACK: D("0.85"), Season.NORMAL: D("1"), Season.PEAK: D("1.15")}


@pytest.fixture(scope="module")
def batch() -> list[Case]:
    return demo_cases(7, 60, TODAY)


def clean_cases(batch: list[Case]) -> list[Case]:
    return [c for i, c in enumerate(batch) if not planned_frauds(7, i)]


# ------------------------------------------------------------- helpers (by hand)


def declared_sales(case: Case) -> D:
    """S1 = Σ season monthly sales × months."""
    return sum((s.sales.value or D(0)) * s.months for s in case.income.seasons)


def weight(case: Case, month: int) -> D:
    season = case.business.season_of_month.get(str(month), Season.NORMAL)
    return SEASON_WEIGHT[season]


def annualise(case: Case, total: D, months: list[int]) -> D:
    """Scale a total over some months to a year by season weights (12 weights sum to 12)."""
    return total * 12 / sum(weight(case, m) for m in months)


def deviation(reference: D, estimate: D) -> D:
    return (reference - estimate) / reference


def meter_estimate(case: Case) -> D:
    """S6 = kWh (or m³) ÷ usage per unit × unit price, annualised; the price is
    the business's own where its products are sold in the industry's unit
    (Σ share ÷ Σ share ÷ price), else the norm's."""
    norm = PROFILES[case.business.industry]
    readings = [r for r in case.meters if r.kind is norm.utility]
    used = sum((r.quantity or D(0)) for r in readings)
    yearly = annualise(case, used, [int(r.month[5:]) for r in readings])
    own = [p for p in case.business.products if p.unit == norm.output_unit and p.unit_price]
    shares = sum((p.share_of_sales or D(0)) for p in own)
    units = sum((p.share_of_sales or D(0)) / (p.unit_price or D(1)) for p in own)
    price = shares / units if units else norm.unit_price
    return yearly / norm.usage_per_unit * price


def bank_estimate(case: Case) -> D:
    """S5 = sales inflows ÷ (1 − cash share), annualised."""
    norm = PROFILES[case.business.industry]
    sales = [t for t in case.transactions if t.category is TxCategory.SALES and t.amount > 0]
    months = sorted({(t.on.year, t.on.month) for t in case.transactions if t.on})
    inflow = sum(t.amount for t in sales)
    return annualise(case, inflow, [m for _, m in months]) / (1 - norm.cash_share)


def vat_estimate(case: Case) -> D | None:
    """S3 = output VAT ÷ VAT rate (general) or VAT paid ÷ levy rate (small scale);
    none for a VAT-exempt farmer."""
    t = case.tax
    exports = t.export_sales or D(0)  # zero-rated: the return states them apart
    if t.output_vat is not None and t.vat_rate:
        return t.output_vat / t.vat_rate + exports
    if t.vat_paid is not None and t.levy_rate:
        return t.vat_paid / t.levy_rate + exports
    return None


def working_capital_loan_need(case: Case) -> D:
    """DOMAIN.md §4.3: sales × (1 − net margin) × (1 + growth) ÷ turns − own working
    capital (without short-term loans) − short-term loans − other financing."""
    sales = declared_sales(case)
    cogs = sum((s.cogs.value or D(0)) * s.months for s in case.income.seasons)
    opex = sum(
        (getattr(s, f).value or D(0)) * s.months
        for s in case.income.seasons
        for f in ("rent", "wages", "utilities", "transport", "tax", "other")
    )
    net_margin = (sales - cogs - opex) / sales
    bs, b = case.balance_sheet, case.business
    stock_days = (bs.inventory_counted.value or D(0)) / cogs * 365
    cycle = (
        stock_days
        + (b.receivable_days or 0)
        - (b.payable_days or 0)
        + (b.prepayment_days or 0)
        - (b.advance_receipt_days or 0)
    )
    need = sales * (1 - net_margin) * (1 + (case.loan.expected_growth or 0)) * cycle / 365
    current = sum(
        getattr(bs, f).value or D(0)
        for f in ("cash", "deposits", "receivables", "prepayments", "inventory_counted")
    )
    current_debts = sum(
        getattr(bs, f).value or D(0)
        for f in ("payables", "advances_received", "credit_cards", "private_loans",
                  "other_liabilities")
    )  # fmt: skip
    return (
        need
        - (current - current_debts)
        - (bs.short_term_loans.value or 0)
        - (case.loan.other_financing or 0)
    )


# ------------------------------------------------------------------ determinism


def test_the_same_seed_gives_the_same_cases_and_another_seed_other_cases() -> None:
    first = [fingerprint(c) for c in demo_cases(42, 5, TODAY)]
    again = [fingerprint(c) for c in demo_cases(42, 5, TODAY)]
    other = [fingerprint(c) for c in demo_cases(43, 5, TODAY)]
    assert first == again
    assert not set(first) & set(other)


def test_case_i_does_not_depend_on_how_many_cases_are_made() -> None:
    assert fingerprint(demo_cases(42, 3, TODAY)[2]) == fingerprint(demo_cases(42, 6, TODAY)[2])


def test_about_a_third_of_demo_cases_carry_fraud_chosen_from_the_seed() -> None:
    plans = [planned_frauds(1, i) for i in range(600)]
    share = D(sum(1 for p in plans if p)) / 600
    assert D("0.25") < share < D("0.45")
    assert plans == [planned_frauds(1, i) for i in range(600)]
    assert {k for p in plans for k in p} == set(FRAUD_KINDS)


def test_case_numbers_and_uuids_are_unique_in_a_batch(batch: list[Case]) -> None:
    assert len({c.uuid for c in batch}) == len(batch)
    assert len({c.number for c in batch}) == len(batch)


def test_the_demo_spans_all_twelve_industries() -> None:
    assert {c.business.industry for c in demo_cases(3, 120, TODAY, light=True)} == INDUSTRIES


# --------------------------------------------------------------- round trip


def test_every_demo_case_round_trips_through_case_to_dict_and_back_unchanged(
    batch: list[Case],
) -> None:
    named = [demo_case_named(kind) for kind in NAMED_KINDS]
    for case in batch + named:
        data = case_to_dict(case)
        text = json.dumps(data, ensure_ascii=False)
        back = case_from_dict(json.loads(text))
        assert back == case
        assert case_to_dict(back) == data


# --------------------------------------------------------------- identities


def test_demo_ids_credit_codes_phones_and_cards_pass_the_validators(batch: list[Case]) -> None:
    for i, case in enumerate(batch):
        a = case.applicant
        people = [a.owner] + ([a.spouse] if a.spouse else [])
        for person in people:
            assert validate_resident_id(person.id_number, TODAY).ok, person.id_number
            assert birth_date_from_id(person.id_number) == person.birth_date
            assert validate_mobile(person.phone).ok, person.phone
        for g in case.guarantors:
            assert validate_resident_id(g.id_number, TODAY).ok
            assert validate_mobile(g.phone).ok
        codes = [a.uscc, case.loan.payee.uscc] + [
            c.uscc for c in case.business.suppliers + case.business.customers if c.uscc
        ]
        for code in codes:
            result = validate_uscc(code)
            assert result.ok and not result.warnings, code
        for card in (a.owner.bank_account, case.loan.payee.bank_account):
            result = validate_bank_card(card)
            assert result.ok and not result.warnings, card
        if "fake_patent" not in planned_frauds(7, i):
            for patent in case.patents:
                assert validate_patent(patent.number, patent.claimed_type).ok


# ------------------------------------------------------------ clean figures


def test_clean_cases_have_independent_sales_estimates_within_ten_percent(
    batch: list[Case],
) -> None:
    cases = [*clean_cases(batch), demo_case_named("clean"), demo_case_named("clean_exporter")]
    for case in cases:
        s1 = declared_sales(case)
        estimates = {"S5": bank_estimate(case), "S6": meter_estimate(case)}
        vat = vat_estimate(case)
        if vat is not None:
            estimates["S3"] = vat
        if case.customs:  # S7 = Σ FOB × rate
            estimates["S7"] = sum((d.fob_value or 0) * (d.fx_rate or 0) for d in case.customs)
        o = case.business.observation
        if o.customers_per_day and o.average_ticket and o.days_open_per_year:
            estimates["S8"] = o.customers_per_day * o.average_ticket * o.days_open_per_year
        for name, estimate in estimates.items():
            assert abs(deviation(s1, estimate)) <= D("0.10"), (case.business.industry, name)
    assert any(c.customs for c in cases)


def test_clean_cases_reconcile_equity_within_five_percent(batch: list[Case]) -> None:
    for case in clean_cases(batch):
        eq, bs, inc = case.equity, case.balance_sheet, case.income
        months = D(eq.period_months or 0)
        sales = declared_sales(case)
        costs = sum(
            (getattr(s, f).value or D(0)) * s.months
            for s in inc.seasons
            for f in ("cogs", "rent", "wages", "utilities", "transport", "tax", "other")
        )
        # E_expected = E_start + profit × m/12 + injected + other income × m − withdrawals
        #              − depreciation + revaluation
        expected = (
            (eq.equity_start.value or 0)
            + (sales - costs) * months / 12
            + (eq.capital_injected.value or 0)
            + (inc.other_household_income.value or 0) * months
            - (eq.withdrawals.value or 0)
            - (eq.depreciation.value or 0)
            + (eq.revaluation.value or 0)
        )
        assets = sum(
            getattr(bs, f).value or D(0)
            for f in ("cash", "deposits", "receivables", "prepayments", "inventory_counted",
                      "fixed_assets", "prepaid_rent", "other_business_assets",
                      "household_assets")
        )  # fmt: skip
        debts = sum(
            getattr(bs, f).value or D(0)
            for f in ("payables", "advances_received", "credit_cards", "short_term_loans",
                      "long_term_loans", "private_loans", "other_liabilities")
        )  # fmt: skip
        assert expected > 0
        assert abs((assets - debts - expected) / expected) <= D("0.05")


def test_clean_cases_ask_no_more_than_their_need_and_can_pay_the_instalment(
    batch: list[Case],
) -> None:
    for case in clean_cases(batch):
        amount = case.loan.amount or D(0)
        assert amount <= D("1.2") * working_capital_loan_need(case)
        # equal instalment A = P × r × (1 + r)^n / ((1 + r)^n − 1), r = annual rate / 12
        r = (case.proposal.annual_rate or D(0)) / 12
        n = case.loan.term_months or 1
        instalment = amount * r * (1 + r) ** n / ((1 + r) ** n - 1)
        inc = case.income
        sales = declared_sales(case)
        costs = sum(
            (getattr(s, f).value or D(0)) * s.months
            for s in inc.seasons
            for f in ("cogs", "rent", "wages", "utilities", "transport", "tax", "other")
        )
        disposable = (
            (sales - costs)
            + 12 * (inc.other_household_income.value or 0)
            - 12 * (inc.household_spending.value or 0)
            - 12 * (inc.existing_instalments_business.value or 0)
            - 12 * (inc.existing_instalments_personal.value or 0)
        ) / 12
        assert instalment <= D("0.5") * disposable


def test_clean_cases_have_plausible_staff_stock_and_margins(batch: list[Case]) -> None:
    for case in clean_cases(batch):
        b, bs = case.business, case.balance_sheet
        norm = PROFILES[b.industry]
        payroll_heads = (b.payroll_monthly or D(0)) / norm.monthly_wage
        evidence = max(D(b.staff_social_insurance or 0), D(b.staff_observed or 0), payroll_heads)
        assert D(b.staff_claimed or 0) / evidence <= D("1.2")
        claimed, counted = bs.inventory_claimed.value or D(0), bs.inventory_counted.value or D(0)
        assert (claimed - counted) / claimed <= D("0.10")
        sales = declared_sales(case)
        cogs = sum((s.cogs.value or D(0)) * s.months for s in case.income.seasons)
        low, high = norm.margin_band
        assert low <= (sales - cogs) / sales <= high
        assert validate_uscc(case.seals[0].code).ok
        assert case.seals[0].name == case.applicant.registered_name
        holders = {r.account_holder for r in case.meters}
        assert holders <= {case.applicant.registered_name, case.applicant.owner.name}


def test_clean_cases_have_visits_with_two_officers_consent_and_a_proposal(
    batch: list[Case],
) -> None:
    for case in clean_cases(batch):
        visit = case.visits[0]
        assert len(visit.officers) == 2 and visit.latitude and visit.longitude
        assert case.credit_report.consent_signed
        assert case.proposal.recommendation is not None
        assert 6 <= len({r.month for r in case.meters}) <= 12
        assert case.guarantors and case.business.suppliers and case.business.customers
        assert sum(c.share or 0 for c in case.business.suppliers) == 1
        assert len(case.transactions) > 100


def test_light_cases_keep_far_fewer_bank_lines() -> None:
    full = demo_case(5, 0, TODAY, industry="plastics")
    light = demo_case(5, 0, TODAY, industry="plastics", light=True)
    assert len(full.transactions) > 150
    assert len(light.transactions) < 80


# ------------------------------------------------------------ fraud archetypes


def test_inflated_income_declares_far_more_than_the_meters_show() -> None:
    case = demo_case_named("inflated_income")
    assert deviation(declared_sales(case), meter_estimate(case)) > D("0.20")
    vat = vat_estimate(case)
    assert vat is not None and deviation(declared_sales(case), vat) > D("0.20")


def test_window_dressing_brings_round_sums_and_a_spike_before_the_application() -> None:
    case = demo_case_named("window_dressing")
    inflows = [t for t in case.transactions if t.amount > 0]
    total = sum(t.amount for t in inflows)
    round_sums = sum(t.amount for t in inflows if t.amount % 10000 == 0)
    assert round_sums / total > D("0.50")
    months = sorted({(t.on.year, t.on.month) for t in inflows if t.on})
    per_month = {m: sum(t.amount for t in inflows if t.on and (t.on.year, t.on.month) == m)
                 for m in months}  # fmt: skip
    recent = (per_month[months[-1]] + per_month[months[-2]]) / 2
    earlier = sum(per_month[m] for m in months[:-2]) / len(months[:-2])
    assert recent / earlier > 2


def test_inflated_stock_claims_far_more_than_was_counted() -> None:
    bs = demo_case_named("inflated_stock").balance_sheet
    claimed, counted = bs.inventory_claimed.value or D(0), bs.inventory_counted.value or D(0)
    assert (claimed - counted) / claimed > D("0.20")


def test_hidden_debt_shows_monthly_interest_to_one_person_and_undeclared_loans() -> None:
    case = demo_case_named("hidden_debt")
    by_person: dict[str, list[D]] = {}
    for t in case.transactions:
        if t.amount < 0 and t.category is TxCategory.OTHER_OUTFLOW:
            by_person.setdefault(t.counterparty, []).append(-t.amount)
    regular = [a for a in by_person.values() if len(a) >= 3 and max(a) <= min(a) * D("1.05")]
    assert regular
    bs = case.balance_sheet
    declared = sum(
        getattr(bs, f).value or D(0)
        for f in ("credit_cards", "short_term_loans", "long_term_loans", "private_loans")
    )
    reported = sum(d.balance or D(0) for d in case.credit_report.debts)
    assert reported - declared >= 300000


def test_false_purpose_pays_a_company_registered_20_days_before_the_application() -> None:
    case = demo_case_named("false_purpose")
    payee = case.loan.payee
    assert case.loan.application_date is not None and payee.registration_date is not None
    assert (case.loan.application_date - payee.registration_date).days == 20
    assert payee.name not in {s.name for s in case.business.suppliers}
    assert (case.loan.amount or 0) > D("1.5") * working_capital_loan_need(case)


def test_false_contract_orders_more_than_the_meters_allow_from_an_unknown_buyer() -> None:
    case = demo_case_named("false_contract")
    norm = PROFILES[case.business.industry]
    contract = case.contracts[-1]
    known = {c.name for c in case.business.customers} | {t.counterparty for t in case.transactions}
    assert contract.counterparty not in known
    kwh = [r.quantity or D(0) for r in case.meters if r.kind is norm.utility]
    monthly_output = sum(kwh) / len(kwh) / norm.usage_per_unit
    assert contract.signed_on and contract.delivery_by
    months = D((contract.delivery_by - contract.signed_on).days) / 30
    assert (contract.quantity or 0) / months / monthly_output > D("1.5")


def test_ghost_staff_claims_three_times_the_insured_staff() -> None:
    b = demo_case_named("ghost_staff").business
    assert b.staff_claimed == 3 * (b.staff_social_insurance or 0)


def test_fake_patent_number_fails_its_check_character() -> None:
    case = demo_case_named("fake_patent")
    results = [validate_patent(p.number) for p in case.patents]
    assert any("check character" in e.msg_id for r in results for e in r.errors)


def test_forged_seal_differs_from_the_registered_name() -> None:
    case = demo_case_named("forged_seal")
    assert case.seals[0].name != case.applicant.registered_name


def test_staged_site_bills_are_in_someone_elses_name() -> None:
    case = demo_case_named("staged_site")
    a = case.applicant
    own = {a.registered_name, a.owner.name} | ({a.spouse.name} if a.spouse else set())
    assert case.meters and all(r.account_holder not in own for r in case.meters)


def test_fake_business_claims_more_years_than_it_has_been_registered() -> None:
    case = demo_case_named("fake_business")
    registered = case.applicant.registration_date
    assert registered is not None and case.loan.application_date is not None
    years = D((case.loan.application_date - registered).days) / 365
    assert D(case.business.years_operating_claimed or 0) - years > 2


def test_unknown_kinds_and_industries_are_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="inflated_income"):
        demo_case_named("nonsense")
    with pytest.raises(ValueError, match="plastics"):
        demo_case(1, 0, TODAY, industry="mining")
    with pytest.raises(ValueError, match="ghost_staff"):
        demo_case(1, 0, TODAY, frauds=["bogus"])


# ------------------------------------------------------------ norms, examples


def test_built_in_norms_match_the_default_rule_pack() -> None:
    data = tomllib.loads((ROOT / "resources/rulepack/industries.toml").read_text("utf-8"))
    for industry, p in PROFILES.items():
        row = data[industry]
        assert p.margin_band == tuple(D(x) for x in row["margin_band"]), industry
        assert p.stock_days_band == tuple(D(x) for x in row["stock_days_band"]), industry
        assert p.utility.value == row["utility"]
        assert p.usage_per_unit == D(row["usage_per_unit"])
        assert p.unit_price == D(row["unit_price"])
        assert p.monthly_wage == D(row["monthly_wage"])
        assert p.cash_share == D(row["cash_share"])
        assert p.seasonal == row["seasonal"]
        assert p.vat_levy_rate == D(row["vat_levy_rate"])
        assert p.vat_rate == D(row["vat_rate"])


def test_norms_passed_in_shape_the_meters() -> None:
    from domain.rulepack import IndustryNorm

    p = PROFILES["plastics"]
    norm = IndustryNorm(
        "plastics", "塑料制品", "Plastic products", *p.margin_band, *p.stock_days_band,
        p.utility, D("1.8"), "千克", "kg", p.unit_price, p.monthly_wage, p.cash_share,
        p.seasonal, p.vat_levy_rate, p.vat_rate,
    )  # fmt: skip
    default = demo_case(9, 0, TODAY, industry="plastics")
    doubled = demo_case(9, 0, TODAY, industry="plastics", norms={"plastics": norm})
    # twice the kWh per kg → twice the kWh for the same sales (±3 % noise per month)
    used = sum(r.quantity or D(0) for r in default.meters if r.kind is p.utility)
    used_doubled = sum(r.quantity or D(0) for r in doubled.meters if r.kind is p.utility)
    assert declared_sales(default) == declared_sales(doubled)
    assert D("1.9") < used_doubled / used < D("2.1")
    replaced = replace(p, usage_per_unit=D("1.8"))
    assert replaced.usage_per_unit == norm.usage_per_unit


def test_example_files_are_what_the_script_makes_and_load() -> None:
    from tests.tools.make_examples import EXAMPLES, example_text

    folder = ROOT / "resources" / "examples"
    for stem in EXAMPLES:
        text = (folder / f"{stem}.json").read_text("utf-8")
        assert text == example_text(stem), stem
        case_from_dict(json.loads(text))
    assert len(EXAMPLES) >= 5


def test_named_cases_use_the_fixed_demo_date() -> None:
    case = demo_case_named("clean")
    assert case.loan.application_date is not None
    assert case.loan.application_date < DEMO_TODAY
    assert case.business.industry == "restaurant"


# ------------------------------------------------- through the assessment engine


def test_clean_demo_cases_raise_no_flag_and_no_amber_or_red_check(batch: list[Case]) -> None:
    from domain.assessment import assess_with_fraud, assessment_to_json
    from storage.rulepack_files import load_rule_pack

    pack = load_rule_pack()
    cases = [*clean_cases(batch)[:12], demo_case_named("clean"), demo_case_named("clean_exporter")]
    for case in cases:
        result = assessment_to_json(assess_with_fraud(case, pack, today=TODAY))
        assert [f["rule"] for f in result["flags"] if f["severity"] != "info"] == [], case.number
        lights = {c["id"]: c["light"] for c in result["checks"]}
        assert set(lights.values()) <= {"green", "missing"}, (case.business.industry, lights)


def test_the_example_files_together_raise_all_ten_fraud_categories() -> None:
    from domain.assessment import assess_with_fraud
    from storage.rulepack_files import load_rule_pack
    from tests.tools.make_examples import EXAMPLES

    pack = load_rule_pack()
    fired: set[str] = set()
    folder = ROOT / "resources" / "examples"
    for stem in EXAMPLES:
        case = case_from_dict(json.loads((folder / f"{stem}.json").read_text("utf-8")))
        flags = assess_with_fraud(case, pack, today=DEMO_TODAY).flags
        fired |= {f.category.value for f in flags if f.severity.value in ("amber", "red")}
        if stem.startswith("clean"):
            assert not fired, stem
    assert fired == {
        "business", "site", "income", "inventory", "wealth",
        "purpose", "contract", "employee", "patent", "seal",
    }  # fmt: skip


def test_iterating_gives_the_same_cases_as_the_list() -> None:
    from domain.demo import iter_demo_cases

    listed = [fingerprint(c) for c in demo_cases(4, 4, TODAY, light=True)]
    assert [fingerprint(c) for c in iter_demo_cases(4, 4, TODAY, light=True)] == listed


def test_the_shipped_packs_norms_give_the_same_cases_as_the_built_in_copy() -> None:
    from storage.rulepack_files import load_rule_pack

    norms = load_rule_pack().industries
    with_pack = [fingerprint(c) for c in demo_cases(8, 24, TODAY, light=True, norms=norms)]
    assert with_pack == [fingerprint(c) for c in demo_cases(8, 24, TODAY, light=True)]


def test_demo_cases_follow_the_case_json_schema(batch: list[Case]) -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "resources/schema/case.schema.json").read_text("utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for case in [*batch[:10], *(demo_case_named(k) for k in NAMED_KINDS)]:
        errors = [e.message for e in validator.iter_errors(case_to_dict(case))]
        assert errors == [], (case.number, errors[:3])
