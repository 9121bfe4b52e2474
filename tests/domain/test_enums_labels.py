"""Enumeration labels: each value has its own English source label."""

from __future__ import annotations

from domain.enums import RiskClass, Season, label


def test_risk_class_normal_is_not_labelled_as_a_season() -> None:
    assert label(Season.NORMAL) == "Normal season"
    assert label(RiskClass.NORMAL) == "Normal"
    assert label(RiskClass.SUBSTANDARD) == "Substandard"
