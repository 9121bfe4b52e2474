"""Values that cannot be right block the case's next step; evidence does not."""

from __future__ import annotations

from datetime import date, datetime

from domain.case import Case, Guarantor, Visit
from domain.invalid_values import invalid_values, invalid_values_under

TODAY = date(2026, 12, 7)


def paths(case: Case) -> list[str]:
    return [v.path for v in invalid_values(case, TODAY)]


def test_an_empty_case_has_nothing_invalid_only_missing() -> None:
    assert invalid_values(Case(), TODAY) == []


def test_the_valid_id_of_domain_md_passes_and_the_wrong_check_digit_does_not() -> None:
    case = Case()
    case.applicant.owner.id_number = "11010519491231002X"
    assert paths(case) == []
    case.applicant.owner.id_number = "110105194912310021"
    assert paths(case) == ["applicant/owner/id_number"]


def test_a_mobile_number_of_ten_digits_is_invalid_and_one_with_plus_86_is_not() -> None:
    case = Case()
    case.applicant.owner.phone = "+86 138 0013 8000"
    assert paths(case) == []
    case.applicant.owner.phone = "1380013800"
    assert paths(case) == ["applicant/owner/phone"]


def test_a_card_failing_only_the_luhn_sum_is_kept_but_a_short_one_is_invalid() -> None:
    case = Case()
    case.applicant.owner.bank_account = "6222020200112233445"  # 19 digits, Luhn fails
    assert paths(case) == []
    case.applicant.owner.bank_account = "62220202"
    assert paths(case) == ["applicant/owner/bank_account"]


def test_dates_of_things_that_already_happened_cannot_lie_after_today() -> None:
    case = Case()
    case.credit_report.consent_date = date(2026, 12, 8)
    case.balance_sheet.as_of = date(2026, 12, 7)  # today is fine
    assert paths(case) == ["credit_report/consent_date"]


def test_a_visit_that_ends_before_it_starts_is_invalid_at_its_end() -> None:
    case = Case()
    case.visits.append(Visit())
    case.visits[0].started_at = datetime(2026, 12, 1, 14, 0)
    case.visits[0].ended_at = datetime(2026, 12, 1, 13, 59)
    assert paths(case) == ["visits/0/ended_at"]
    case.visits[0].ended_at = datetime(2026, 12, 1, 14, 0)
    assert paths(case) == []


def test_guarantors_ids_are_checked_and_named_by_their_row() -> None:
    case = Case()
    case.guarantors += [Guarantor(id_number="11010519491231002X"), Guarantor(id_number="123")]
    assert paths(case) == ["guarantors/1/id_number"]


def test_the_values_of_one_stage_are_picked_by_its_field_paths() -> None:
    case = Case()
    case.applicant.owner.phone = "1380013800"
    case.credit_report.consent_date = date(2027, 1, 1)
    found = invalid_values_under(case, TODAY, ("applicant/owner/phone", "visits/0/started_at"))
    assert [v.path for v in found] == ["applicant/owner/phone"]


def test_a_credit_code_failing_its_check_is_evidence_not_an_input_error() -> None:
    case = Case()
    case.applicant.uscc = "91330100MA2XXXXXX0"  # the 经营虚假 rule judges it
    assert paths(case) == []


def test_a_typed_end_before_a_start_from_a_case_file_is_found_across_time_zones() -> None:
    from datetime import timedelta, timezone

    case = Case()
    case.visits.append(Visit())
    beijing = timezone(timedelta(hours=8))
    case.visits[0].started_at = datetime(2026, 12, 1, 14, 0, tzinfo=beijing)
    # typed in the editor: local wall-clock time, no offset; an hour before the start
    start_local = case.visits[0].started_at.astimezone().replace(tzinfo=None)
    case.visits[0].ended_at = start_local - timedelta(hours=1)
    assert paths(case) == ["visits/0/ended_at"]
    case.visits[0].ended_at = start_local + timedelta(hours=1)
    assert paths(case) == []
