"""Loading the shipped rule pack and rejecting bad ones with file and key named."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from domain.enums import CollateralType, Light, MeterKind, RiskClass
from domain.errors import RulePackError
from domain.rulepack import INDUSTRY_IDS, Band
from storage.rulepack_files import default_rule_pack_dir, load_rule_pack


@pytest.fixture()
def pack_copy(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(default_rule_pack_dir(), target)
    return target


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_pack_has_id_version_and_the_twelve_industries() -> None:
    pack = load_rule_pack()
    assert pack.id == "default"
    assert pack.version == "2026.11.1"
    assert sorted(pack.industries) == sorted(INDUSTRY_IDS)
    assert len(pack.industries) == 12


def test_shipped_thresholds_are_the_domain_defaults_as_exact_decimals() -> None:
    t = load_rule_pack().thresholds
    assert t.sales_deviation == Band(Decimal("0.10"), Decimal("0.20"))
    assert t.equity_r1 == Band(Decimal("0.05"), Decimal("0.10"))
    assert t.margin_band_tolerance == Decimal("0.05")
    assert t.inventory_gap == Band(Decimal("0.10"), Decimal("0.20"))
    assert t.inventory_ignore_below_assets_share == Decimal("0.02")
    assert t.headcount_ratio == Band(Decimal("1.2"), Decimal("1.5"))
    assert t.instalment_ratio == Band(Decimal("0.50"), Decimal("0.70"))
    assert t.working_capital_request == Band(Decimal("1.2"), Decimal("1.5"))
    assert t.stock_days_outside == Band(Decimal("0.5"), Decimal("1.0"))
    assert t.spike == Band(Decimal("1.5"), Decimal("2"))
    assert t.round_sum == Band(Decimal("0.30"), Decimal("0.50"))
    assert t.same_day == Band(Decimal("0.10"), Decimal("0.20"))
    assert t.same_day_amount_tolerance == Decimal("0.01")
    assert t.same_day_minimum == Decimal("10000")
    assert t.private_loan_months == 3
    assert t.private_loan_amount_tolerance == Decimal("0.05")
    assert t.photo_max_distance_km == Decimal("1")
    assert t.max_age_at_maturity == 65
    assert t.short_history_months == 6
    assert t.days_per_year == 365


def test_shipped_collateral_caps_and_pricing_match_the_domain_guide() -> None:
    pack = load_rule_pack()
    caps = pack.pledge_rate_caps
    assert caps[CollateralType.HOUSING] == Decimal("0.70")
    assert caps[CollateralType.COMMERCIAL_PROPERTY] == Decimal("0.60")
    assert caps[CollateralType.EQUIPMENT] == Decimal("0.50")
    assert caps[CollateralType.DEPOSIT] == Decimal("0.90")
    assert set(caps) == set(CollateralType)
    assert pack.pricing.lpr_one_year == Decimal("0.0300")  # NIFC, 2025-05-20
    assert pack.pricing.lpr_as_of == date(2025, 5, 20)
    assert pack.pricing.lpr_stale_after_months == 6
    assert pack.pricing.risk_weight == Decimal("0.75")
    assert set(pack.pricing.by_risk_class) == set(RiskClass)


def test_plastics_norm_reads_its_meter_and_price() -> None:
    plastics = load_rule_pack().industry("plastics")
    assert plastics is not None
    assert plastics.utility is MeterKind.ELECTRICITY
    assert plastics.usage_per_unit == Decimal("0.9")
    assert plastics.unit_price == Decimal("13.5")
    # midpoint of [0.12, 0.25] = 0.37 / 2 = 0.185
    assert plastics.margin_mid == Decimal("0.185")


def test_band_light_is_green_up_to_amber_then_amber_up_to_red() -> None:
    band = Band(Decimal("0.10"), Decimal("0.20"))
    assert band.light(Decimal("0.10")) is Light.GREEN
    assert band.light(Decimal("0.1001")) is Light.AMBER
    assert band.light(Decimal("0.20")) is Light.AMBER
    assert band.light(Decimal("0.2001")) is Light.RED


def test_reversed_margin_band_names_the_file_and_key(pack_copy: Path) -> None:
    _replace(
        pack_copy / "industries.toml",
        'margin_band = ["0.12", "0.25"]',
        'margin_band = ["0.25", "0.12"]',
    )
    with pytest.raises(RulePackError) as err:
        load_rule_pack(pack_copy, use_cache=False)
    assert str(err.value) == (
        "industries.toml: plastics.margin_band: expected two fractions, low ≤ high"
    )


def test_a_threshold_that_is_not_a_number_names_the_file_and_key(pack_copy: Path) -> None:
    _replace(pack_copy / "thresholds.toml", 'r1_amber = "0.05"', 'r1_amber = "five"')
    with pytest.raises(RulePackError) as err:
        load_rule_pack(pack_copy, use_cache=False)
    assert "thresholds.toml: equity.r1_amber:" in str(err.value)
    assert err.value.field == "thresholds.toml:equity.r1_amber"


def test_a_missing_collateral_cap_names_the_file_and_key(pack_copy: Path) -> None:
    _replace(pack_copy / "collateral.toml", 'vehicle = "0.50"\n', "")
    with pytest.raises(RulePackError) as err:
        load_rule_pack(pack_copy, use_cache=False)
    assert str(err.value) == "collateral.toml: pledge_rate_caps.vehicle: missing"


def test_a_boolean_is_not_accepted_as_a_fraction(pack_copy: Path) -> None:
    _replace(pack_copy / "pricing.toml", 'risk_weight = "0.75"', "risk_weight = true")
    with pytest.raises(RulePackError) as err:
        load_rule_pack(pack_copy, use_cache=False)
    assert "pricing.toml: cost.risk_weight:" in str(err.value)


def test_toml_floats_are_read_through_their_decimal_text(pack_copy: Path) -> None:
    _replace(pack_copy / "thresholds.toml", 'deviation_amber = "0.10"', "deviation_amber = 0.1")
    pack = load_rule_pack(pack_copy, use_cache=False)
    # Decimal(0.1) would be 0.1000000000000000055511151231257827...; str() first gives 0.1
    assert pack.thresholds.sales_deviation.amber == Decimal("0.1")


def test_a_missing_industry_is_refused(pack_copy: Path) -> None:
    path = pack_copy / "industries.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[repair_services]")
    end = text.index("[dyeing]")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_rule_pack(pack_copy, use_cache=False)
    assert str(err.value) == "industries.toml: repair_services: industry missing"


def test_invalid_toml_names_the_file(pack_copy: Path) -> None:
    (pack_copy / "pricing.toml").write_text("[lpr\n", encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_rule_pack(pack_copy, use_cache=False)
    assert str(err.value).startswith("pricing.toml: not valid TOML")


def test_fraud_settings_merge_fraud_toml_with_industry_overrides(pack_copy: Path) -> None:
    (pack_copy / "fraud.toml").write_text(
        '[fraud."site.utility_holder_not_applicant"]\nenabled = false\nseverity = "amber"\n',
        encoding="utf-8",
    )
    pack = load_rule_pack(pack_copy, use_cache=False)
    rule = "site.utility_holder_not_applicant"
    assert pack.fraud_settings(rule) == {"enabled": False, "severity": "amber"}
    # industries.toml [dyeing.fraud."site.utility_holder_not_applicant"] enabled = true wins
    assert pack.fraud_settings(rule, "dyeing") == {
        "enabled": True,
        "severity": "amber",
    }
    assert pack.fraud_settings("no_such_rule") == {}


def test_loading_twice_returns_the_cached_pack() -> None:
    assert load_rule_pack() is load_rule_pack()
