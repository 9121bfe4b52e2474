"""A stored value of the case history reads as the officer typed it: amounts
with ¥, fractions as percentages, times to the minute, choices by their labels."""

from __future__ import annotations

import dataclasses
import typing
from decimal import Decimal

from domain import case as case_module
from domain.field_values import FRACTIONS, MONEY, QUANTITIES, value_text
from domain.i18n import Message
from domain.money import money_text


def shown(path: str, stored: str, names: dict[str, dict[str, str]] | None = None) -> str:
    value = value_text(path, stored, names)
    return value.render() if isinstance(value, Message) else value


def test_an_amount_reads_with_the_yuan_sign_and_thousands() -> None:
    assert shown("loan/amount", "300000") == "¥300,000.00"
    assert shown("balance_sheet/cash/value", "57700.5") == "¥57,700.50"
    # an outflow: a minus sign (U+2212), not a hyphen
    assert shown("transactions/4/amount", "-561872.31") == "\u2212¥561,872.31"


def test_money_text_rounds_half_up_to_the_fen_and_marks_negatives() -> None:
    assert money_text(Decimal("1234.565")) == "¥1,234.57"
    assert money_text(Decimal("-0.001")) == "¥0.00"  # no negative zero
    assert money_text(Decimal("-561872.314")) == "\u2212¥561,872.31"


def test_a_fraction_reads_as_a_percentage_and_a_quantity_as_a_number() -> None:
    assert shown("proposal/annual_rate", "0.0674") == "6.74%"
    assert shown("business/products/0/gross_margin", "0.185") == "18.5%"
    assert shown("meters/0/quantity", "41000") == "41,000"
    assert shown("visits/0/latitude", "28.57500") == "28.575"


def test_times_read_to_the_minute_and_dates_as_dates() -> None:
    assert shown("visits/0/started_at", "2026-10-30T11:14:00+08:00") == "2026-10-30 11:14"
    assert shown("credit_report/consent_date", "2026-11-26") == "2026-11-26"


def test_choices_and_yes_no_read_by_their_labels() -> None:
    assert shown("status", "in_field") == "In field"
    assert shown("proposal/recommendation", "approve_with_changes") == "Approve with changes"
    assert shown("proposal/risk_class", "normal") == "Normal"  # not the season's label
    assert shown("visits/0/unannounced", "true") == "Yes"
    assert shown("character/willing_to_work", "false") == "No"


def test_ids_read_by_their_names_and_typed_text_stays() -> None:
    assert shown("stages_finished/0", "character") == "Character"
    assert shown("dispositions/2/rule", "contract.order_beyond_capacity") == (
        "Order beyond capacity"
    )
    assert shown("proposal/conditions/0", "designated_payment") == "Designated payment (受托支付)"
    assert shown("proposal/conditions/1", "配偶共同签字") == "配偶共同签字"
    assert shown("applicant/marital_status", "married") == "Married"
    names = {"checklist/item": {"licence": "核对营业执照原件"}}
    assert shown("checklist/0/item", "licence", names) == "核对营业执照原件"
    assert shown("visits/0/place", "路桥区商业街") == "路桥区商业街"


def test_an_emptied_list_reads_as_a_dash_and_an_unknown_path_as_stored() -> None:
    assert shown("visits/0/officers", "[]") == "—"
    assert shown("loan/amount", "") == ""
    assert shown("attachment/abc", "门头.jpg") == "门头.jpg"


def test_every_decimal_of_the_case_model_says_whether_it_is_money_a_fraction_or_a_quantity() -> (
    None
):
    decimals = {
        f.name
        for cls in vars(case_module).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls)
        for f in dataclasses.fields(cls)
        if Decimal
        in (
            typing.get_type_hints(cls)[f.name],
            *typing.get_args(typing.get_type_hints(cls)[f.name]),
        )
    }
    kinds = [MONEY, FRACTIONS, QUANTITIES]
    assert {name for name in decimals if sum(name in k for k in kinds) != 1} == set()
