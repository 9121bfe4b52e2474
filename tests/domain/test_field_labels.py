"""Missing inputs are named by field labels, the same in the panel and the memo."""

from __future__ import annotations

from domain.field_labels import input_label
from domain.i18n import Message, listing
from domain.memo_inputs import missing_text


def test_a_known_input_id_is_a_translatable_label() -> None:
    assert input_label("business.observation.customers_per_day") == Message(
        "customers per day (observed)"
    )
    assert input_label("guarantors[0].net_worth") == Message("guarantor's net worth")


def test_a_case_path_the_table_lacks_takes_the_workflow_field_label() -> None:
    # domain/workflow.py: _r("business/staff_observed", tr_noop("Staff observed"))
    assert input_label("business.staff_observed") == Message("Staff observed")


def test_an_input_with_a_detail_keeps_the_detail_and_an_unknown_id_stays_as_typed() -> None:
    shown = input_label("customs.fx_rate (D1, D2)")
    assert isinstance(shown, Message)
    assert shown.render() == "exchange rate of the declarations (D1, D2)"
    assert input_label("something.unknown") == "something.unknown"


def test_the_memo_lists_missing_inputs_by_label_in_the_readers_language() -> None:
    text = missing_text(["collateral", "business.observation.average_ticket"])
    assert text == listing([Message("collateral"), Message("average ticket (observed)")])
    assert isinstance(text, Message)
    assert text.render() == "collateral, average ticket (observed)"
    zh = {
        "{first}, {rest}": "{first}、{rest}",
        "collateral": "抵质押物",
        "average ticket (observed)": "客单价（观察）",
    }
    assert text.render(lambda _c, s: zh.get(s, s)) == "抵质押物、客单价（观察）"
