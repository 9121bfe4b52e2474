"""Thresholds read from a rule's settings are parsed once and stay equal to a
fresh parse; the adapters read mappings and objects alike."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

import pytest

from domain.errors import RulePackError
from domain.fraud.adapters import member
from domain.fraud.base import RuleSettings


def test_a_threshold_read_twice_equals_a_fresh_parse_of_the_toml_value() -> None:
    s = RuleSettings("income.sales_deviation", params={"amber": 0.3, "red": "0.5", "n": 3})
    first = s.dec("amber")
    assert first == Decimal("0.3")  # through str: 0.3, not the binary float
    assert s.dec("amber") is first  # parsed once
    assert s.dec("red") == Decimal("0.5")
    assert s.dec("n") == Decimal(3)
    # what was read is not part of the settings' identity
    fresh = RuleSettings("income.sales_deviation", params={"amber": 0.3, "red": "0.5", "n": 3})
    assert fresh == s
    assert "_decimals" not in repr(s)


def test_a_missing_or_non_numeric_threshold_fails_every_time() -> None:
    s = RuleSettings("r", params={"flag": True})
    for _ in range(2):
        with pytest.raises(RulePackError):
            s.dec("absent")
        with pytest.raises(RulePackError):
            s.dec("flag")


@dataclass
class _Check:
    id: str
    deviation: Decimal | None = None


def test_member_reads_keys_of_mappings_and_attributes_of_objects() -> None:
    as_dict = {"id": "S2", "deviation": None, "ratio": Decimal("0.1")}
    proxy = MappingProxyType(as_dict)
    obj = _Check("S2")
    for _ in range(2):  # the second time the type's kind is remembered
        assert member(as_dict, "deviation", "ratio") == Decimal("0.1")
        assert member(proxy, "deviation", "ratio") == Decimal("0.1")
        assert member(obj, "deviation", "id") == "S2"
        assert member(None, "id") is None
