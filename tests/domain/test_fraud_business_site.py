"""经营虚假 and 现场虚假 rules: each fires on one side of its threshold only."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

from domain.enums import Severity
from tests.domain.fraud_support import CST, clean_case, flags_of


def _registered_two_years_ago(claimed: int):
    case = clean_case()
    # 2024-11-01 → 2026-11-01: 365 + 365 = 730 days = 2.0 years registered.
    case.applicant.registration_date = date(2024, 11, 1)
    case.business.years_operating_claimed = claimed
    return case


def test_claiming_eight_years_with_two_registered_is_red() -> None:
    # excess 8 − 2.0 = 6.0 > red_years 2
    flag = flags_of(_registered_two_years_ago(8))["business.age_vs_registration"]
    assert flag.severity == Severity.RED
    assert "/applicant/registration_date" in flag.field_paths


def test_claiming_four_years_with_two_registered_is_amber() -> None:
    # excess 4 − 2.0 = 2.0: above amber 1, not above red 2
    flag = flags_of(_registered_two_years_ago(4))["business.age_vs_registration"]
    assert flag.severity == Severity.AMBER


def test_claiming_three_years_with_two_registered_is_within_tolerance() -> None:
    # excess 3 − 2.0 = 1.0, not above amber 1
    assert "business.age_vs_registration" not in flags_of(_registered_two_years_ago(3))


def test_flags_a_credit_code_with_a_wrong_check_character() -> None:
    case = clean_case()
    good = case.applicant.uscc
    case.applicant.uscc = good[:17] + ("0" if good[17] != "0" else "1")
    flag = flags_of(case)["business.uscc_invalid"]
    assert flag.severity == Severity.RED
    assert flag.field_paths == ["/applicant/uscc"]


def test_accepts_the_valid_credit_code() -> None:
    assert "business.uscc_invalid" not in flags_of(clean_case())


def test_flags_a_utility_account_held_by_someone_else() -> None:
    case = clean_case()
    case.meters[3].account_holder = "赵大海"
    flag = flags_of(case)["site.utility_holder_not_applicant"]
    assert flag.evidence[0].value == "赵大海"
    assert flag.field_paths == ["/meters/3/account_holder"]


def test_accepts_a_utility_account_held_by_the_owners_spouse() -> None:
    case = clean_case()
    case.meters[3].account_holder = "李秀英"
    assert "site.utility_holder_not_applicant" not in flags_of(case)


def test_flags_a_photo_taken_the_day_before_the_visit() -> None:
    case = clean_case()
    case.attachments[0].exif_time = datetime(2026, 10, 27, 23, 59)
    flag = flags_of(case)["site.photo_time_outside_visit"]
    assert flag.field_paths == ["/attachments/0/exif_time"]


def test_accepts_a_photo_taken_late_on_the_visit_day() -> None:
    case = clean_case()
    case.attachments[0].exif_time = datetime(2026, 10, 28, 23, 59)
    assert "site.photo_time_outside_visit" not in flags_of(case)


def test_compares_a_zoned_photo_time_with_the_visit_day() -> None:
    case = clean_case()
    case.attachments[0].exif_time = datetime(2026, 10, 29, 0, 30, tzinfo=CST)
    assert "site.photo_time_outside_visit" in flags_of(case)


def test_flags_a_photo_taken_two_kilometres_away_as_amber() -> None:
    # 0.018° of latitude ≈ 0.018 × 111.2 km ≈ 2.0 km: above 1 km, below 5 km
    case = clean_case()
    case.attachments[0].exif_latitude = D("28.8760")
    case.attachments[0].exif_longitude = D("121.1450")
    flag = flags_of(case)["site.photo_far_from_visit"]
    assert flag.severity == Severity.AMBER
    assert D("1.9") < D(flag.evidence[0].value) < D("2.1")


def test_flags_a_photo_taken_in_another_city_as_red() -> None:
    # 0.1° of latitude ≈ 11.1 km > 5 km
    case = clean_case()
    case.attachments[0].exif_latitude = D("28.9580")
    case.attachments[0].exif_longitude = D("121.1450")
    assert flags_of(case)["site.photo_far_from_visit"].severity == Severity.RED


def test_accepts_a_photo_taken_half_a_kilometre_away() -> None:
    # 0.0045° ≈ 0.50 km ≤ 1 km
    case = clean_case()
    case.attachments[0].exif_latitude = D("28.8625")
    case.attachments[0].exif_longitude = D("121.1450")
    assert "site.photo_far_from_visit" not in flags_of(case)


def _history_from(first_month: int):
    """Meters and bank lines from 2026-<first_month> on; application 2026-11-01."""
    case = clean_case()
    case.meters = [r for r in case.meters if r.month >= f"2026-{first_month:02d}"]
    case.transactions = [
        t
        for t in case.transactions
        if t.on is not None and t.on.month >= first_month and t.on.year == 2026
    ]
    return case


def test_records_starting_five_months_before_applying_are_short_for_eight_years() -> None:
    # 2026-06 → 2026-11: 11 − 6 = 5 months < 6
    flag = flags_of(_history_from(6))["business.history_shorter_than_claimed"]
    assert flag.severity == Severity.AMBER
    assert flag.evidence[1].value == "5"


def test_records_starting_six_months_before_applying_are_enough() -> None:
    # 2026-05 → 2026-11: 6 months, not fewer than 6
    assert "business.history_shorter_than_claimed" not in flags_of(_history_from(5))


def test_short_records_of_a_business_claimed_to_be_new_are_not_flagged() -> None:
    case = _history_from(9)  # 2 months of records
    case.business.years_operating_claimed = 0
    assert "business.history_shorter_than_claimed" not in flags_of(case)
