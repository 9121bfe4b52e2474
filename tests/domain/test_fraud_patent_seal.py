"""专利虚假 and 印章虚假 rules."""

from __future__ import annotations

from domain.case import Patent, Seal
from domain.enums import PatentType, Severity
from domain.validators import patent_check_char
from tests.domain.fraud_support import NAME, USCC, clean_case, flags_of, valid_uscc


def _patent(number: str, claimed: PatentType):
    case = clean_case()
    case.patents = [Patent(number, "货架", claimed, NAME)]
    return case


def test_the_example_number_has_check_character_5() -> None:
    # digits 2,0,1,9,2,0,1,2,3,4,5,6 × weights 2,3,4,5,6,7,8,9,2,3,4,5:
    # 4+0+4+45+12+0+8+18+6+12+20+30 = 159; 159 mod 11 = 5
    assert patent_check_char("201920123456") == "5"


def test_a_patent_number_with_a_wrong_check_character_is_red() -> None:
    flag = flags_of(_patent("ZL201920123456.4", PatentType.UTILITY_MODEL))["patent.number_invalid"]
    assert flag.severity == Severity.RED
    assert flag.field_paths == ["/patents/0/number"]


def test_a_patent_number_without_its_check_character_is_invalid() -> None:
    assert "patent.number_invalid" in flags_of(_patent("ZL201920123456", PatentType.UTILITY_MODEL))


def test_a_correct_patent_number_is_accepted() -> None:
    assert "patent.number_invalid" not in flags_of(
        _patent("ZL201920123456.5", PatentType.UTILITY_MODEL)
    )


def test_an_invention_number_claimed_as_utility_model_is_a_type_mismatch() -> None:
    # 5th digit 1 = invention; check: 159 − 1 × 6 (the 5th digit's weight) = 153;
    # 153 mod 11 = 10 → X
    number = "ZL201910123456." + patent_check_char("201910123456")
    flag = flags_of(_patent(number, PatentType.UTILITY_MODEL))["patent.type_mismatch"]
    assert flag.evidence[0].value == "invention"


def test_an_invention_number_claimed_as_invention_matches() -> None:
    number = "ZL201910123456." + patent_check_char("201910123456")
    assert "patent.type_mismatch" not in flags_of(_patent(number, PatentType.INVENTION))


def test_a_seal_code_failing_the_checksum_is_red() -> None:
    case = clean_case()
    bad = USCC[:17] + ("0" if USCC[17] != "0" else "1")
    case.seals = [Seal(bad, NAME)]
    flags = flags_of(case)
    assert flags["seal.code_invalid"].severity == Severity.RED
    assert "seal.code_mismatch" not in flags


def test_a_valid_code_of_another_business_on_the_seal_is_a_mismatch() -> None:
    case = clean_case()
    case.seals = [Seal(valid_uscc("92331082MA2EEEEE1"), NAME)]
    flags = flags_of(case)
    assert "seal.code_mismatch" in flags
    assert "seal.code_invalid" not in flags


def test_a_seal_name_with_an_extra_word_is_flagged() -> None:
    case = clean_case()
    case.seals = [Seal(USCC, NAME + "（分店）")]
    assert flags_of(case)["seal.name_mismatch"].field_paths[0] == "/seals/0/name"


def test_a_seal_name_differing_only_in_spacing_is_accepted() -> None:
    case = clean_case()
    case.seals = [Seal(USCC, "临海市 百佳便利店")]
    assert "seal.name_mismatch" not in flags_of(case)
