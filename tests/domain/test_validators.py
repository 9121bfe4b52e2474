"""Input rules of DOMAIN.md §8: vectors worked by hand, and property tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.enums import PatentType
from domain.validators import (
    USCC_CHARS,
    birth_date_from_id,
    id_check_char,
    luhn_check_digit,
    luhn_ok,
    mask_account,
    mask_id,
    mask_phone,
    org_code_check_char,
    patent_check_char,
    uscc_check_char,
    validate_amount,
    validate_bank_card,
    validate_date,
    validate_mobile,
    validate_patent,
    validate_percentage,
    validate_resident_id,
    validate_uscc,
)

TODAY = date(2026, 11, 27)

# ------------------------------------------------------------------ resident ID


def test_the_documented_valid_resident_id_passes() -> None:
    # digits 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2
    # weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    # 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → "10X98765432"[2] = X
    assert id_check_char("11010519491231002") == "X"
    result = validate_resident_id("11010519491231002X", TODAY)
    assert result.ok
    assert result.value == "11010519491231002X"
    assert result.errors == []


def test_the_documented_invalid_resident_id_fails_naming_the_expected_check_digit() -> None:
    result = validate_resident_id("110105194912310021", TODAY)
    assert not result.ok
    assert result.errors[0].params == {"expected": "X", "actual": "1"}
    assert "check digit" in result.errors[0].msg_id


def test_a_lower_case_x_and_spaces_in_a_resident_id_are_normalised() -> None:
    result = validate_resident_id(" 110105 19491231 002x ", TODAY)
    assert result.ok
    assert result.value == "11010519491231002X"


def test_a_resident_id_of_the_wrong_length_says_how_long_it_is() -> None:
    result = validate_resident_id("1101051949123100", TODAY)
    assert not result.ok
    assert result.errors[0].params == {"length": 16}


def test_an_old_fifteen_digit_id_is_refused_with_its_own_message() -> None:
    result = validate_resident_id("110105491231002", TODAY)
    assert not result.ok
    assert "15-digit" in result.errors[0].msg_id


def test_a_resident_id_with_an_impossible_birth_date_fails() -> None:
    # 1949-02-30 does not exist; check digit recomputed so only the date is wrong
    body = "11010519490230002"
    result = validate_resident_id(body + id_check_char(body), TODAY)
    assert not result.ok
    assert [m.params for m in result.errors] == [{"date": "1949-02-30"}]


def test_a_resident_id_born_after_today_fails() -> None:
    body = "11010520261128002"  # born the day after TODAY
    result = validate_resident_id(body + id_check_char(body), TODAY)
    assert not result.ok
    assert "future" in result.errors[0].msg_id


def test_birth_date_is_read_from_the_resident_id() -> None:
    assert birth_date_from_id("11010519491231002X") == date(1949, 12, 31)
    assert birth_date_from_id("garbage") is None


def test_an_empty_resident_id_asks_for_one_instead_of_crashing() -> None:
    result = validate_resident_id("", TODAY)
    assert not result.ok
    assert result.value is None
    assert result.errors[0].msg_id == "Please enter the ID number."


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    region = draw(st.from_regex(r"[1-8][0-9]{5}", fullmatch=True))
    born = draw(st.dates(min_value=date(1930, 1, 1), max_value=TODAY))
    seq = draw(st.from_regex(r"[0-9]{3}", fullmatch=True))
    body = region + born.strftime("%Y%m%d") + seq
    return body + id_check_char(body)


@given(valid_ids())
def test_every_generated_resident_id_with_a_computed_check_digit_passes(id_number: str) -> None:
    assert validate_resident_id(id_number, TODAY).ok


@given(valid_ids(), st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_character_change_of_a_valid_resident_id_fails(
    id_number: str, position: int, replacement: str
) -> None:
    if id_number[position] == replacement:
        return
    changed = id_number[:position] + replacement + id_number[position + 1 :]
    assert not validate_resident_id(changed, TODAY).ok


# ---------------------------------------------------- unified social credit code


def test_a_hand_computed_unified_social_credit_code_passes() -> None:
    # 91350100M000100Y4 → values 9 1 3 5 0 1 0 0 21(M) 0 0 0 1 0 0 30(Y) 4
    # weights 3^i mod 31: 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
    # 9 + 3 + 27 + 135 + 0 + 26 + 0 + 0 + 420 + 0 + 0 + 0 + 8 + 0 + 0 + 900 + 112 = 1640
    # 1640 mod 31 = 1640 - 52×31 = 28; check = 31 - 28 = 3
    assert uscc_check_char("91350100M000100Y4") == "3"
    result = validate_uscc("91350100M000100Y43")
    assert result.ok
    assert result.warnings == []


def test_the_organisation_code_part_is_checked_by_gb_11714() -> None:
    # M000100Y: M=22, Y=34 (A=10 … Z=35); weights 3 7 9 10 5 8 4 2
    # 66 + 0 + 0 + 0 + 5 + 0 + 0 + 68 = 139; 139 mod 11 = 7; 11 - 7 = 4
    assert org_code_check_char("M000100Y") == "4"


def test_a_check_character_of_31_becomes_zero() -> None:
    # body "1" + sixteen "0": Σ = 1×1 = 1; 31 - 1 = 30 → Y. Body "0"*17: Σ = 0 → 31 → 0.
    assert uscc_check_char("1" + "0" * 16) == "Y"
    assert uscc_check_char("0" * 17) == "0"


def test_a_wrong_uscc_check_character_is_an_error_naming_the_expected_one() -> None:
    result = validate_uscc("91350100M000100Y44")
    assert not result.ok
    assert result.errors[0].params == {"expected": "3", "actual": "4"}


def test_a_bad_organisation_code_part_is_only_a_warning() -> None:
    # change the org-code check char 4 → 5, then recompute the USCC check
    body = "91350100M000100Y5"
    code = body + uscc_check_char(body)
    result = validate_uscc(code)
    assert result.ok
    assert len(result.warnings) == 1
    assert result.warnings[0].params["expected"] == "4"


def test_letters_the_uscc_never_uses_are_named() -> None:
    result = validate_uscc("91350100M000100O43")
    assert not result.ok
    assert result.errors[0].params == {"chars": "O"}


@st.composite
def valid_usccs(draw: st.DrawFn) -> str:
    head = draw(st.sampled_from("123456789ABCDEFGNY")) + draw(st.sampled_from("1239"))
    region = draw(st.from_regex(r"[0-9]{6}", fullmatch=True))
    org = "".join(draw(st.lists(st.sampled_from(USCC_CHARS), min_size=9, max_size=9)))
    body = head + region + org
    return body + uscc_check_char(body)


@given(valid_usccs())
def test_every_generated_uscc_with_a_computed_check_character_passes(code: str) -> None:
    assert validate_uscc(code).ok


@given(valid_usccs(), st.integers(0, 17), st.sampled_from(USCC_CHARS))
def test_any_single_character_change_of_a_valid_uscc_fails(
    code: str, position: int, replacement: str
) -> None:
    if code[position] == replacement:
        return
    changed = code[:position] + replacement + code[position + 1 :]
    assert not validate_uscc(changed).ok


# ------------------------------------------------------------------- bank card


def test_the_luhn_vector_passes() -> None:
    # from the right, double every second digit: 7 9 9 2 7 3 9 8 7 1 3
    # 3 + (1×2=2) + 7 + (8×2=16→7) + 9 + (3×2=6) + 7 + (2×2=4) + 9 + (9×2=18→9) + 7 = 70
    assert luhn_ok("79927398713")
    assert not luhn_ok("79927398710")


@given(st.from_regex(r"[0-9]{14,18}", fullmatch=True), st.data())
def test_any_single_digit_change_of_a_luhn_valid_card_gives_a_warning(
    body: str, data: st.DataObject
) -> None:
    card = body + luhn_check_digit(body)
    assert validate_bank_card(card).warnings == []
    position = data.draw(st.integers(0, len(card) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != card[position]]))
    changed = card[:position] + digit + card[position + 1 :]
    result = validate_bank_card(changed)
    assert result.ok and len(result.warnings) == 1


def test_a_card_failing_luhn_is_accepted_with_a_warning() -> None:
    result = validate_bank_card("6222 0212 3456 1234")
    assert result.ok
    assert result.value == "6222021234561234"
    assert len(result.warnings) == 1


def test_a_card_passing_luhn_has_no_warning() -> None:
    # 4111111111111111 is the classic Luhn-valid test card
    result = validate_bank_card("4111-1111-1111-1111")
    assert result.ok
    assert result.warnings == []


def test_a_card_number_of_the_wrong_length_or_with_letters_fails() -> None:
    assert validate_bank_card("79927398713").errors[0].params == {"length": 11}
    assert not validate_bank_card("62220212345612AB").ok


# ---------------------------------------------------------------------- mobile


def test_mobile_numbers_with_prefix_spaces_and_dashes_are_normalised() -> None:
    for text in ("13812345678", "+86 138 1234 5678", "86-138-1234-5678", "138-1234-5678"):
        assert validate_mobile(text).value == "13812345678", text


def test_mobile_numbers_that_start_with_12_or_have_ten_digits_fail() -> None:
    assert not validate_mobile("12812345678").ok
    assert not validate_mobile("1381234567").ok
    assert not validate_mobile("0576-88123456").ok


# ---------------------------------------------------------------------- patent


def test_the_documented_patent_number_passes_as_a_utility_model() -> None:
    # digits  2 0 1 9 2 0 1 2 3 4 5 6
    # weights 2 3 4 5 6 7 8 9 2 3 4 5
    # 4 + 0 + 4 + 45 + 12 + 0 + 8 + 18 + 6 + 12 + 20 + 30 = 159; 159 mod 11 = 5
    result = validate_patent("ZL201920123456.5")
    assert result.ok
    assert result.value is not None
    assert result.value.number == "201920123456.5"
    assert result.value.patent_type is PatentType.UTILITY_MODEL
    assert result.value.year == 2019


def test_a_patent_number_with_a_wrong_check_character_fails() -> None:
    result = validate_patent("ZL 201920123456.4")
    assert not result.ok
    assert result.errors[0].params == {"expected": "5", "actual": "4"}


def test_a_patent_claimed_as_an_invention_but_numbered_as_a_utility_model_fails() -> None:
    result = validate_patent("CN201920123456.5", claimed=PatentType.INVENTION)
    assert not result.ok
    assert result.errors[0].params == {"actual": "utility_model", "claimed": "invention"}


def test_an_eight_digit_patent_number_uses_the_third_digit_as_type() -> None:
    # 9 3 1 0 1 2 3 4 × 2 3 4 5 6 7 8 9 = 18 + 9 + 4 + 0 + 6 + 14 + 24 + 36 = 111
    # 111 mod 11 = 1 → check 1; type digit "1" → invention; year 1993
    result = validate_patent("93101234.1")
    assert result.ok
    assert result.value is not None
    assert result.value.patent_type is PatentType.INVENTION
    assert result.value.year == 1993


def test_a_check_value_of_ten_is_written_x() -> None:
    # digits  2 0 2 3 3 0 0 0 0 0 0 4
    # weights 2 3 4 5 6 7 8 9 2 3 4 5
    # 4 + 0 + 8 + 15 + 18 + 0 + 0 + 0 + 0 + 0 + 0 + 20 = 65; 65 mod 11 = 10 → X
    # the 5th digit is 3 → design
    result = validate_patent("202330000004.X")
    assert result.ok
    assert result.value is not None
    assert result.value.patent_type is PatentType.DESIGN


@st.composite
def valid_patents(draw: st.DrawFn) -> str:
    year = draw(st.integers(2003, 2026))
    kind = draw(st.sampled_from("12389"))
    serial = draw(st.from_regex(r"[0-9]{7}", fullmatch=True))
    digits = f"{year}{kind}{serial}"
    return f"{digits}.{patent_check_char(digits)}"


@given(valid_patents())
def test_every_generated_patent_number_with_a_computed_check_passes(number: str) -> None:
    assert validate_patent(number, today=TODAY).ok


@given(valid_patents(), st.integers(0, 11), st.sampled_from("0123456789"))
def test_any_single_digit_change_of_a_valid_patent_number_fails(
    number: str, position: int, digit: str
) -> None:
    if number[position] == digit:
        return
    changed = number[:position] + digit + number[position + 1 :]
    assert not validate_patent(changed).ok


def test_a_patent_number_without_dot_or_with_a_bad_type_digit_fails() -> None:
    assert not validate_patent("2019201234565").ok
    # type digit 5 is not a patent type; check recomputed: 159 - 12 + 5×6=30 → 177,
    # 177 mod 11 = 1
    result = validate_patent("201950123456.1")
    assert not result.ok
    assert result.errors[0].params == {"digit": "5"}


# ----------------------------------------------------------------------- dates


def test_dates_in_iso_slash_dot_compact_and_chinese_forms_are_read() -> None:
    for text in ("2026-11-27", "2026/11/27", "2026.11.27", "20261127", "2026年11月27日"):
        assert validate_date(text).value == date(2026, 11, 27), text
    assert validate_date("2026年1月5日").value == date(2026, 1, 5)


def test_an_unreadable_or_impossible_date_fails_with_a_message() -> None:
    assert not validate_date("next Tuesday").ok
    result = validate_date("2026-02-30")
    assert not result.ok
    assert result.errors[0].params == {"date": "2026-02-30"}


def test_a_future_date_fails_only_where_the_field_forbids_it() -> None:
    assert validate_date("2026-11-28", TODAY).ok
    result = validate_date("2026-11-28", TODAY, allow_future=False)
    assert not result.ok
    assert validate_date("2026-11-27", TODAY, allow_future=False).ok


# ------------------------------------------------------------- amounts, ratios


def test_amounts_are_parsed_to_the_fen_with_grouping_and_currency_sign() -> None:
    result = validate_amount("¥1,234.5")
    assert result.ok
    assert result.value == Decimal("1234.50")
    assert str(result.value) == "1234.50"


def test_money_with_more_than_two_decimals_is_refused_but_a_quantity_is_not() -> None:
    assert not validate_amount("12.345").ok
    assert validate_amount("12.345", money=False).value == Decimal("12.345")
    assert validate_amount("12.340").ok


def test_negative_amounts_are_refused_unless_the_field_allows_them() -> None:
    assert not validate_amount("-5").ok
    assert validate_amount("-5", allow_negative=True).value == Decimal("-5.00")


def test_empty_or_non_numeric_amounts_give_messages() -> None:
    assert not validate_amount("").ok
    assert validate_amount("", required=False).ok
    assert validate_amount("", required=False).value is None
    assert validate_amount("abc").errors[0].params == {"text": "abc"}


def test_percentages_are_accepted_with_a_sign_or_as_fractions() -> None:
    # 12.5% = 12.5 / 100 = 0.125
    assert validate_percentage("12.5%").value == Decimal("0.125")
    assert validate_percentage("12.5％").value == Decimal("0.125")
    assert validate_percentage("0.125").value == Decimal("0.125")
    bare = validate_percentage("12.5")
    assert bare.value == Decimal("0.125")
    assert len(bare.warnings) == 1
    assert not validate_percentage("-3%").ok


# --------------------------------------------------------------------- masking


def test_masks_hide_the_middle_of_ids_cards_and_phones() -> None:
    assert mask_id("11010519491231002X") == "110105********002X"
    assert mask_account("6222021234561234") == "6222 **** **** 1234"
    assert mask_account("6222 0212 3456 1234 567") == "6222 **** **** 4567"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 138 1234 5678") == "138****5678"


def test_masks_of_short_values_show_at_most_the_last_four() -> None:
    assert mask_id("12345") == "*2345"
    assert mask_account("123") == "***"
    assert mask_phone("88123456") == "****3456"
