"""Work several fraud rules share is done once per evaluation."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import domain.fraud.flows as flows
from domain.assessment import assess_with_fraud
from domain.demo import demo_case_named
from domain.fraud.settings import fraud_settings
from storage.rulepack_files import load_rule_pack

TODAY = date(2026, 11, 27)


def test_statement_patterns_are_computed_once_for_the_four_flow_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = flows.detect_patterns

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(flows, "detect_patterns", counting)
    case = demo_case_named("inflated_income")
    result = assess_with_fraud(case, load_rule_pack(), today=TODAY)
    assert len(calls) == 1
    assert any(f.rule.startswith("income.") for f in result.flags)


def test_fraud_settings_of_one_pack_and_industry_are_read_once_and_reused() -> None:
    pack = load_rule_pack()
    first = fraud_settings(pack, "plastics")
    assert fraud_settings(pack, "plastics") is first
    assert fraud_settings(pack, "restaurant") is not first
