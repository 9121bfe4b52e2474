"""Issue 20, defect 9: values outside resources/value_bounds.toml are invalid
values at their field, and so block the stage and the next step."""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal

import pytest

from domain import lifecycle
from domain.case import Case
from domain.invalid_values import invalid_values
from domain.paths import resource_path
from domain.value_bounds import (
    ValueBounds,
    ValueBoundsError,
    bound_violations,
    digit_violations,
    value_bounds_from_dict,
)
from domain.workflow import Applicability

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def bounds() -> ValueBounds:
    with resource_path("value_bounds.toml").open("rb") as fh:
        return value_bounds_from_dict(tomllib.load(fh))


def _paths(case: Case, bounds: ValueBounds) -> list[str]:
    return [v.path for v in invalid_values(case, TODAY, bounds)]


def test_an_empty_case_is_within_bounds(bounds: ValueBounds) -> None:
    assert _paths(Case(), bounds) == []


def _owner_born(day: date) -> object:
    return lambda c: setattr(c.applicant.owner, "birth_date", day)


@pytest.mark.parametrize(
    ("path", "setter"),
    [
        ("loan/amount", lambda c: setattr(c.loan, "amount", Decimal("-1"))),
        ("loan/term_months", lambda c: setattr(c.loan, "term_months", 0)),
        ("loan/term_months", lambda c: setattr(c.loan, "term_months", 10**30)),
        ("applicant/owner/birth_date", _owner_born(date(9999, 12, 31))),
        ("applicant/owner/birth_date", _owner_born(date(1890, 1, 1))),
        ("business/premises/area_m2", lambda c: setattr(c.business.premises, "area_m2", -3)),
        ("loan/application_date", lambda c: setattr(c.loan, "application_date", date(1800, 1, 1))),
    ],
)  # fmt: skip
def test_an_implausible_value_is_an_invalid_value_at_its_field(
    bounds: ValueBounds, path: str, setter: object
) -> None:
    case = Case()
    setter(case)  # type: ignore[operator]
    assert _paths(case, bounds) == [path]


def test_bounds_at_the_edges_are_inclusive(bounds: ValueBounds) -> None:
    case = Case()
    case.loan.term_months = 360
    case.loan.amount = Decimal("0")
    case.applicant.owner.birth_date = TODAY
    assert _paths(case, bounds) == []
    case.loan.term_months = 361
    (value,) = invalid_values(case, TODAY, bounds)
    assert value.message.render() == "361 is more than 360, the largest plausible value."


def test_without_bounds_nothing_is_checked_beyond_the_validators() -> None:
    case = Case()
    case.loan.term_months = 0
    assert invalid_values(case, TODAY) == []


def test_a_star_stands_for_a_list_position_or_a_key(bounds: ValueBounds) -> None:
    data = {
        "balance_sheet": {"cash": {"value": "-1"}},
        "contracts": [{"amount": "5"}, {"amount": "-5"}],
        "transactions": [{"amount": "-100"}],  # an outflow: negative is meaningful
    }
    assert [p for p, _ in bound_violations(data, bounds, TODAY)] == [
        "balance_sheet/cash/value",
        "contracts/1/amount",
    ]


def test_the_lifecycle_blocks_completion_naming_the_field(bounds: ValueBounds) -> None:
    case = Case()
    case.loan.term_months = 0
    facts = lifecycle.Facts(today=TODAY, rules=Applicability(bounds=bounds))
    with pytest.raises(lifecycle.MoveRefused) as refused:
        lifecycle.complete(case, facts)
    assert "loan/term_months" in [b.path for b in refused.value.blockers]


def test_a_malformed_bounds_file_is_refused_with_its_table() -> None:
    with pytest.raises(ValueBoundsError, match=r"numbers\[0\]\.min"):
        value_bounds_from_dict({"numbers": [{"paths": ["loan/amount"], "min": "x"}]})


def test_numbers_with_too_many_digits_are_invalid_but_identifiers_are_text(
    bounds: ValueBounds,
) -> None:
    case = Case()
    case.applicant.owner.id_number = "11010519491231002X"
    case.applicant.owner.bank_account = "6222020200112233445"  # 19 digits, but text
    case.equity.withdrawals.value = Decimal("9" * 13)  # 13 digits before the point
    case.income.seasons = []
    assert [p for p, _ in digit_violations(case, bounds)] == ["equity/withdrawals/value"]
    case.equity.withdrawals.value = Decimal("0.0000001")  # 7 decimals
    ((_path, why),) = digit_violations(case, bounds)
    assert why.render() == "0.0000001 has more than 6 decimals."
    assert "equity/withdrawals/value" in _paths(case, bounds)
