"""The fraud rules on bank statements use the one implementation of the
patterns (domain.statement_patterns) and the thresholds of thresholds.toml."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from domain.case import BankTransaction
from domain.enums import Light, Severity, TxCategory
from domain.fraud.engine import evaluate_fraud
from domain.fraud.settings import fraud_settings
from domain.rulepack import Band
from domain.statement_patterns import detect_patterns
from tests.domain.fraud_support import APPLICATION, TODAY, clean_case, flags_of, pack


def _round_case(amount: str):  # type: ignore[no-untyped-def]
    case = clean_case()
    case.transactions.append(
        BankTransaction(date(2026, 1, 8), D(amount), "某客户", "", "", TxCategory.SALES, "6222")
    )
    return case


def test_the_round_sum_flag_follows_the_light_of_detect_patterns() -> None:
    # 470,000 / (1,077,673.20 + 470,000) = 0.3037 > 0.30 amber, ≤ 0.50
    case = _round_case("470000")
    results = {
        r.pattern: r for r in detect_patterns(case.transactions, APPLICATION, pack().thresholds)
    }
    assert results["round_sum_inflows"].light == Light.AMBER
    flag = flags_of(case)["income.round_sum_inflows"]
    assert flag.severity == Severity.AMBER
    assert flag.evidence[0].value == "¥470,000.00"
    assert flag.evidence[1].value == "¥1,547,673.20"  # 1,077,673.20 + 470,000


def test_changing_thresholds_toml_moves_the_fraud_flag() -> None:
    # The same 30.4% share under a band of 0.25 / 0.30 is red: the fraud rule
    # reads the statement thresholds, not fraud.toml.
    real = pack()
    strict = replace(
        real, thresholds=replace(real.thresholds, round_sum=Band(D("0.25"), D("0.30")))
    )
    flags = {f.rule: f for f in evaluate_fraud(_round_case("470000"), None, strict, today=TODAY)}
    assert flags["income.round_sum_inflows"].severity == Severity.RED
    # 0.30 / 0.50 of the shipped pack: under 0.30 is no flag (0.2946, see test_fraud_income).
    assert "income.round_sum_inflows" not in flags_of(_round_case("450000"))


def test_fraud_toml_still_turns_a_statement_rule_off() -> None:
    real = pack()
    base = fraud_settings(real)
    rules = dict(base.rules)
    rules["income.round_sum_inflows"] = replace(rules["income.round_sum_inflows"], enabled=False)
    off = replace(real, raw={**real.raw, "fraud.toml": {"fraud": {
        k: {"enabled": v.enabled, **dict(v.params)} for k, v in rules.items()
    }}})  # fmt: skip
    flags = {f.rule for f in evaluate_fraud(_round_case("1080000"), None, off, today=TODAY)}
    assert "income.round_sum_inflows" not in flags
    assert "income.round_sum_inflows" in flags_of(_round_case("1080000"))


def test_a_pack_without_statement_thresholds_gives_an_info_flag_naming_them() -> None:
    settings = fraud_settings(pack())
    flags = {f.rule: f for f in evaluate_fraud(_round_case("1080000"), None, settings, today=TODAY)}
    flag = flags["income.round_sum_inflows"]
    assert flag.severity == Severity.INFO
    assert flag.evidence[0].value == "thresholds.toml: statement"


def test_the_spike_window_ends_at_the_last_month_with_inflows_before_applying() -> None:
    # Application 1 Nov 2026, statements Nov 2025 … Oct 2026: recent = Sep, Oct
    # (not Oct, Nov with an empty November).
    case = clean_case()
    result = next(
        r
        for r in detect_patterns(case.transactions, APPLICATION, pack().thresholds)
        if r.pattern == "inflow_spike"
    )
    assert result.figures["recent_months"] == ["2026-09", "2026-10"]
    assert len(result.figures["earlier_months"]) == 10
