"""Fraud rules have titles for people; ids stay for machines."""

from __future__ import annotations

from domain.fraud.base import registered_rules
from domain.fraud.titles import RULE_TITLES, rule_title, rule_titles
from domain.i18n import Message


def test_every_registered_rule_has_a_title() -> None:
    missing = [r.id for r in registered_rules() if r.id not in RULE_TITLES]
    assert missing == []


def test_a_rule_title_is_translatable_and_an_unknown_rule_shows_its_id() -> None:
    assert rule_title("contract.order_beyond_capacity") == Message("Order beyond capacity")
    assert rule_title("custom.rule") == "custom.rule"


def test_several_titles_read_as_one_list_in_either_language() -> None:
    listed = rule_titles(["contract.order_beyond_capacity", "contract.price_far_from_history"])
    assert isinstance(listed, Message)
    assert listed.render() == "Order beyond capacity, Contract price far from history"
    zh = {
        "{first}, {rest}": "{first}、{rest}",
        "Order beyond capacity": "订单超产能",
        "Contract price far from history": "合同价格偏离历史",
    }
    assert listed.render(lambda _c, s: zh.get(s, s)) == "订单超产能、合同价格偏离历史"
