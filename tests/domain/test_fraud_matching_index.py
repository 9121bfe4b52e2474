"""Cross-case matches from the identifier index give what the scan of whole
cases gives, and the engine takes them instead of other cases."""

from __future__ import annotations

from domain.case import Case, Guarantor
from domain.fraud.engine import evaluate_fraud
from domain.fraud.matching import (
    IndexedPoint,
    applicant_key,
    identity_matches,
    index_points,
    matches_from_index,
    payee_matches,
)
from tests.domain.fraud_support import TODAY, clean_case, pack, valid_uscc


def _other(number: str, name: str, uscc_body: str, **owner: str) -> Case:
    other = Case(number=number)
    other.applicant.registered_name = name
    other.applicant.uscc = valid_uscc(uscc_body)
    for key, value in owner.items():
        setattr(other.applicant.owner, key, value)
    return other


def _index(*cases: Case) -> tuple[list[IndexedPoint], dict[str, tuple[str, str, str]]]:
    rows = [
        IndexedPoint(k, v, p, c.uuid, c.number, c.display_name)
        for c in cases
        for k, v, p in index_points(c)
    ]
    return rows, {c.uuid: applicant_key(c) for c in cases}


def test_index_matches_equal_the_scan_of_whole_cases() -> None:
    case = clean_case()
    phone_twin = _other(
        "3301-20260901-0003", "临海市鑫源五金店", "92331082MA2FFFFF1", phone="138-5760-1234"
    )
    payee_twin = _other("3301-20260902-0004", case.loan.payee.name or "某公司", "92331082MA2GGGGG1")
    payee_twin.applicant.uscc = case.loan.payee.uscc or payee_twin.applicant.uscc
    stranger = _other(
        "3301-20260903-0005", "临海市远方茶庄", "92331082MA2HHHHH1", phone="13900000000"
    )
    others = [phone_twin, payee_twin, stranger]
    rows, keys = _index(case, *others)
    from_index = matches_from_index(case, rows, keys)
    scanned = identity_matches(case, others) + payee_matches(case, others)
    assert sorted(from_index, key=repr) == sorted(scanned, key=repr)
    # The owner's phone in 0003 (identity), the payee's name and USCC as 0004's
    # applicant (payee); nothing from 0005.
    assert {(m.other_number, m.here) for m in from_index} == {
        ("3301-20260901-0003", "/applicant/owner/phone"),
        ("3301-20260902-0004", "/loan/payee/name"),
        ("3301-20260902-0004", "/loan/payee/uscc"),
    }
    assert all(m.other_uuid != case.uuid for m in from_index)


def test_an_earlier_case_of_the_same_applicant_in_the_index_is_skipped() -> None:
    earlier = clean_case()
    earlier.uuid = "00000000-0000-0000-0000-000000000001"
    rows, keys = _index(earlier)
    assert matches_from_index(clean_case(), rows, keys) == []


def test_a_guarantor_who_is_another_applicants_owner_is_a_match() -> None:
    case = clean_case()
    case.guarantors = [Guarantor(name="陈伟", id_number="33108219800101123X", phone="")]
    other = _other("3301-20260904-0006", "临海市陈记面馆", "92331082MA2JJJJJ1")
    other.applicant.owner.id_number = "33108219800101123X"
    rows, keys = _index(other)
    [match] = [m for m in matches_from_index(case, rows, keys) if m.here.startswith("/guar")]
    assert (match.kind, match.here, match.there) == (
        "id_number",
        "/guarantors/0/id_number",
        "/applicant/owner/id_number",
    )


def test_the_engine_flags_precomputed_matches_without_other_cases() -> None:
    case = clean_case()
    other = _other(
        "3301-20260901-0003", "临海市鑫源五金店", "92331082MA2FFFFF1", phone="138-5760-1234"
    )
    rows, keys = _index(other)
    matches = matches_from_index(case, rows, keys)
    flags = {f.rule: f for f in evaluate_fraud(case, None, pack(), today=TODAY, matches=matches)}
    flag = flags["business.shared_identity"]
    assert flag.field_paths == ["/applicant/owner/phone"]
    # An empty list of matches means "none found", not "scan other cases".
    quiet = evaluate_fraud(case, None, pack(), today=TODAY, other_cases=[other], matches=[])
    assert "business.shared_identity" not in {f.rule for f in quiet}
