"""经营虚假: identifiers on head office's blacklist (shipped in the rule pack)."""

from __future__ import annotations

from dataclasses import replace

from domain.case import Guarantor
from domain.enums import Severity
from domain.fraud.base import render_text
from domain.fraud.blacklist import normalise
from domain.fraud.engine import evaluate_fraud
from tests.domain.fraud_support import TODAY, USCC, clean_case, pack


def _with_blacklist(*entries: dict[str, str]):  # type: ignore[no-untyped-def]
    base = pack()
    return replace(base, raw={**base.raw, "blacklist.toml": {"entries": list(entries)}})


def _flags(case, rule_pack):  # type: ignore[no-untyped-def]
    return {f.rule: f for f in evaluate_fraud(case, None, rule_pack, today=TODAY)}


def test_phone_and_account_are_compared_as_digits_and_ids_in_upper_case() -> None:
    assert normalise("phone", "+86 139-1234-5678") == "13912345678"
    assert normalise("bank_account", "6222 0212 3456 7890") == "6222021234567890"
    assert normalise("id_number", " 11010519491231002x ") == "11010519491231002X"


def test_a_blacklisted_guarantor_phone_written_differently_is_a_red_flag() -> None:
    case = clean_case()
    case.guarantors = [Guarantor(name="周强", phone="139 1234 5678")]
    flag = _flags(
        case, _with_blacklist({"kind": "phone", "value": "+8613912345678", "reason": "逾期"})
    )["business.blacklisted"]
    assert flag.severity == Severity.RED
    assert flag.field_paths == ["/guarantors/0/phone"]
    assert "逾期" in render_text(flag.evidence[0].source)


def test_the_applicants_credit_code_on_the_blacklist_is_flagged() -> None:
    flags = _flags(clean_case(), _with_blacklist({"kind": "uscc", "value": USCC.lower()}))
    assert flags["business.blacklisted"].field_paths == ["/applicant/uscc"]


def test_no_flag_without_a_blacklist_or_when_nothing_matches() -> None:
    assert "business.blacklisted" not in _flags(clean_case(), pack())
    other = _with_blacklist({"kind": "id_number", "value": "11010519491231002X"})
    assert "business.blacklisted" not in _flags(clean_case(), other)
