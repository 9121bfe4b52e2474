"""The rule pack: thresholds, industry norms, collateral caps, pricing inputs
and fraud-rule settings, with an id and version (CONTRACTS.md, "Rule packs").

Built from plain dicts (the parsed TOML files, keyed by file name) by
:func:`rule_pack_from_files`; reading the files is storage's job
(:func:`storage.rulepack_files.load_rule_pack`). Every value is validated
here, and a bad one raises :class:`RulePackError` naming the file and the key,
e.g. ``industries.toml: plastics.margin_band: expected two fractions, low ≤ high``.

Numbers: ratios are fractions (0.10 = 10 %). The files write decimals as
strings (``"0.10"``) so they are read exactly; TOML floats are accepted and
converted through ``Decimal(str(x))``; booleans are never numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any

from domain.enums import CollateralType, Light, MeterKind, RiskClass
from domain.errors import RulePackError
from domain.i18n import Message, tr_noop

PACK_FILE = "pack.toml"
THRESHOLDS_FILE = "thresholds.toml"
COLLATERAL_FILE = "collateral.toml"
PRICING_FILE = "pricing.toml"
INDUSTRIES_FILE = "industries.toml"
FRAUD_FILE = "fraud.toml"  # written by the fraud rules' owner; optional here
REQUIRED_FILES = (PACK_FILE, THRESHOLDS_FILE, COLLATERAL_FILE, PRICING_FILE, INDUSTRIES_FILE)

INDUSTRY_IDS = (
    "restaurant",
    "retail",
    "wholesale_market",
    "garments",
    "plastics",
    "food_processing",
    "building_materials",
    "logistics",
    "farming",
    "export_manufacturing",
    "repair_services",
    "dyeing",
)


@dataclass(frozen=True)
class Band:
    """Two limits on a measure where bigger is worse: ≤ amber green, ≤ red amber."""

    amber: Decimal
    red: Decimal

    def light(self, measure: Decimal) -> Light:
        """Light of ``measure`` (compared as given: pass a magnitude)."""
        if measure <= self.amber:
            return Light.GREEN
        if measure <= self.red:
            return Light.AMBER
        return Light.RED


@dataclass(frozen=True)
class Thresholds:
    """DOMAIN.md §4 defaults; see ``resources/rulepack/thresholds.toml``."""

    days_per_year: int
    sales_deviation: Band
    short_history_months: int
    equity_r1: Band
    margin_band_tolerance: Decimal
    inventory_gap: Band
    inventory_ignore_below_assets_share: Decimal
    stock_days_outside: Band
    headcount_ratio: Band
    instalment_ratio: Band
    working_capital_request: Band
    ltv_over_cap_amber: Decimal
    guarantor_cover_green: Decimal
    guarantor_cover_amber: Decimal
    max_age_at_maturity: int
    spike_months: int
    spike: Band
    round_sum_unit: Decimal
    round_sum: Band
    same_day_amount_tolerance: Decimal
    same_day_minimum: Decimal
    same_day: Band
    private_loan_months: int
    private_loan_amount_tolerance: Decimal
    photo_max_distance_km: Decimal
    # Sections a pack of an earlier version may lack: the checks that read
    # them then say which thresholds are missing instead of guessing.
    #: (max − min) ÷ median of declared sales per unit of a meter, by month
    utility_ratio_spread: Band | None = None
    #: declared monthly output ÷ output of the machines seen running
    running_output: Band | None = None
    #: fall of exports, recent half of the declarations against the earlier
    exports_fall: Band | None = None
    #: insured ÷ employees claimed below this: an amber note on the headcount
    insured_share_amber: Decimal | None = None
    #: the suggested decision (``[decision]``)
    decision: DecisionThresholds | None = None


@dataclass(frozen=True)
class DecisionThresholds:
    """``thresholds.toml [decision]``: when the assessment suggests what."""

    #: instalment ÷ monthly disposable above this: decline
    decline_instalment_ratio: Decimal
    #: amber signals up to this many: approve with conditions; more: escalate
    max_ambers_with_conditions: int


@dataclass(frozen=True)
class IndustryNorm:
    """Norms of one industry (``industries.toml``)."""

    id: str
    name_zh: str
    name_en: str
    margin_low: Decimal
    margin_high: Decimal
    stock_days_low: Decimal
    stock_days_high: Decimal
    utility: MeterKind
    usage_per_unit: Decimal  # kWh or m³ per unit of output
    output_unit_zh: str
    output_unit_en: str
    unit_price: Decimal  # yuan per unit of output
    monthly_wage: Decimal
    cash_share: Decimal
    seasonal: bool
    vat_levy_rate: Decimal
    vat_rate: Decimal
    fraud: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    # worked out once per loaded pack (frozen), read by several checks per case
    @cached_property
    def margin_mid(self) -> Decimal:
        return (self.margin_low + self.margin_high) / 2

    @cached_property
    def stock_days_mid(self) -> Decimal:
        return (self.stock_days_low + self.stock_days_high) / 2


@dataclass(frozen=True)
class PdLgd:
    pd: Decimal
    lgd: Decimal


@dataclass(frozen=True)
class PricingInputs:
    """Cost-plus inputs (``pricing.toml``), fractions per year."""

    lpr_one_year: Decimal
    lpr_as_of: date
    lpr_source: str
    funding_cost: Decimal
    operating_cost: Decimal
    capital_ratio: Decimal
    risk_weight: Decimal
    target_return_on_capital: Decimal
    by_risk_class: Mapping[RiskClass, PdLgd]
    # the memo warns when the LPR is older than this at print time
    lpr_stale_after_months: int = 6


@dataclass(frozen=True)
class RulePack:
    id: str
    version: str
    description: str
    thresholds: Thresholds
    industries: Mapping[str, IndustryNorm]
    pledge_rate_caps: Mapping[CollateralType, Decimal]
    pricing: PricingInputs
    #: every parsed file by name ("fraud.toml" → dict), for sections this
    #: module does not type (the fraud rules read theirs through fraud_settings)
    raw: Mapping[str, Mapping[str, Any]]

    def industry(self, industry_id: str) -> IndustryNorm | None:
        return self.industries.get(industry_id)

    def fraud_settings(self, rule_id: str, industry: str = "") -> dict[str, Any]:
        """Settings of one fraud rule: ``fraud.toml`` ``[<rule_id>]`` (or
        ``[fraud.<rule_id>]``), overridden by ``industries.toml``
        ``[<industry>.fraud.<rule_id>]``. Empty when the pack says nothing."""
        fraud_file = self.raw.get(FRAUD_FILE, {})
        section = fraud_file.get("fraud", fraud_file)
        merged: dict[str, Any] = {}
        base = section.get(rule_id) if isinstance(section, Mapping) else None
        if isinstance(base, Mapping):
            merged.update(base)
        norm = self.industries.get(industry)
        if norm is not None and isinstance(norm.fraud.get(rule_id), Mapping):
            merged.update(norm.fraud[rule_id])
        return merged


def _error(file: str, key: str, why: str) -> RulePackError:
    return RulePackError(
        Message(tr_noop("{file}: {key}: {why}"), {"file": file, "key": key, "why": why}),
        field=f"{file}:{key}",
    )


class _Reader:
    """Typed access to one parsed file; errors name the file and dotted key."""

    def __init__(self, file: str, data: Mapping[str, Any]) -> None:
        self.file = file
        self.data = data

    def raw(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise _error(self.file, key, "missing")
            node = node[part]
        return node

    def table(self, key: str) -> Mapping[str, Any]:
        value = self.raw(key)
        if not isinstance(value, Mapping):
            raise _error(self.file, key, "expected a table")
        return value

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str) or not value.strip():
            raise _error(self.file, key, "expected non-empty text")
        return value

    def boolean(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            raise _error(self.file, key, "expected true or false")
        return value

    def integer(self, key: str, *, minimum: int = 0) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise _error(self.file, key, f"expected a whole number ≥ {minimum}")
        return value

    def decimal(self, key: str, *, minimum: Decimal = Decimal(0)) -> Decimal:
        value = _to_decimal(self.raw(key))
        if value is None or value < minimum:
            raise _error(self.file, key, f"expected a decimal ≥ {minimum}")
        return value

    def fraction(self, key: str) -> Decimal:
        value = _to_decimal(self.raw(key))
        if value is None or not Decimal(0) <= value <= Decimal(1):
            raise _error(self.file, key, "expected a fraction between 0 and 1")
        return value

    def band(self, section: str, stem: str) -> Band:
        amber = self.decimal(f"{section}.{stem}_amber")
        red = self.decimal(f"{section}.{stem}_red")
        if red < amber:
            raise _error(self.file, f"{section}.{stem}_red", "expected red ≥ amber")
        return Band(amber, red)

    def pair(self, key: str, *, fractions: bool) -> tuple[Decimal, Decimal]:
        value = self.raw(key)
        what = "two fractions" if fractions else "two decimals ≥ 0"
        why = f"expected {what}, low ≤ high"
        if not isinstance(value, list | tuple) or len(value) != 2:
            raise _error(self.file, key, why)
        low, high = _to_decimal(value[0]), _to_decimal(value[1])
        if low is None or high is None or low < 0 or low > high:
            raise _error(self.file, key, why)
        if fractions and high > 1:
            raise _error(self.file, key, why)
        return low, high


def _to_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = str(value)  # shortest repr: 0.1 → "0.1", not the binary expansion
    if not isinstance(value, str | int):
        return None
    try:
        result = Decimal(value)
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


def _thresholds(r: _Reader) -> Thresholds:
    return Thresholds(
        days_per_year=r.integer("general.days_per_year", minimum=1),
        sales_deviation=r.band("sales", "deviation"),
        short_history_months=r.integer("sales.short_history_months", minimum=1),
        equity_r1=r.band("equity", "r1"),
        margin_band_tolerance=r.fraction("margin.band_tolerance"),
        inventory_gap=r.band("inventory", "gap"),
        inventory_ignore_below_assets_share=r.fraction("inventory.ignore_below_assets_share"),
        stock_days_outside=r.band("inventory", "stock_days_outside"),
        headcount_ratio=r.band("headcount", "ratio"),
        instalment_ratio=r.band("capacity", "instalment_ratio"),
        working_capital_request=r.band("working_capital", "request"),
        ltv_over_cap_amber=r.fraction("security.ltv_over_cap_amber"),
        guarantor_cover_green=r.decimal("guarantor.net_worth_cover_green"),
        guarantor_cover_amber=r.decimal("guarantor.net_worth_cover_amber"),
        max_age_at_maturity=r.integer("borrower.max_age_at_maturity", minimum=18),
        spike_months=r.integer("statement.spike_months", minimum=1),
        spike=r.band("statement", "spike"),
        round_sum_unit=r.decimal("statement.round_sum_unit", minimum=Decimal(1)),
        round_sum=r.band("statement", "round_sum"),
        same_day_amount_tolerance=r.fraction("statement.same_day_amount_tolerance"),
        same_day_minimum=r.decimal("statement.same_day_minimum"),
        same_day=r.band("statement", "same_day"),
        private_loan_months=r.integer("statement.private_loan_months", minimum=2),
        private_loan_amount_tolerance=r.fraction("statement.private_loan_amount_tolerance"),
        photo_max_distance_km=r.decimal("site.photo_max_distance_km"),
        utility_ratio_spread=r.band("utilities", "ratio_spread") if "utilities" in r.data else None,
        running_output=r.band("equipment", "running_output") if "equipment" in r.data else None,
        exports_fall=r.band("customs", "fall") if "customs" in r.data else None,
        insured_share_amber=(
            r.fraction("headcount.insured_share_amber")
            if "insured_share_amber" in r.table("headcount")
            else None
        ),
        decision=(
            DecisionThresholds(
                r.decimal("decision.decline_instalment_ratio"),
                r.integer("decision.max_ambers_with_conditions"),
            )
            if "decision" in r.data
            else None
        ),
    )


def _industry(r: _Reader, key: str) -> IndustryNorm:
    margin_low, margin_high = r.pair(f"{key}.margin_band", fractions=True)
    days_low, days_high = r.pair(f"{key}.stock_days_band", fractions=False)
    utility_text = r.text(f"{key}.utility")
    try:
        utility = MeterKind(utility_text)
    except ValueError:
        raise _error(r.file, f"{key}.utility", "expected electricity or water") from None
    fraud: Mapping[str, Any] = {}
    if "fraud" in r.table(key):
        fraud = r.table(f"{key}.fraud")
    usage = r.decimal(f"{key}.usage_per_unit")
    if usage == 0:
        raise _error(r.file, f"{key}.usage_per_unit", "expected a decimal > 0")
    return IndustryNorm(
        id=key,
        name_zh=r.text(f"{key}.name_zh"),
        name_en=r.text(f"{key}.name_en"),
        margin_low=margin_low,
        margin_high=margin_high,
        stock_days_low=days_low,
        stock_days_high=days_high,
        utility=utility,
        usage_per_unit=usage,
        output_unit_zh=r.text(f"{key}.output_unit_zh"),
        output_unit_en=r.text(f"{key}.output_unit_en"),
        unit_price=r.decimal(f"{key}.unit_price"),
        monthly_wage=r.decimal(f"{key}.monthly_wage"),
        cash_share=r.fraction(f"{key}.cash_share"),
        seasonal=r.boolean(f"{key}.seasonal"),
        vat_levy_rate=r.fraction(f"{key}.vat_levy_rate"),
        vat_rate=r.fraction(f"{key}.vat_rate"),
        fraud=fraud,
    )


def _pricing(r: _Reader) -> PricingInputs:
    as_of_text = r.raw("lpr.as_of")
    if isinstance(as_of_text, date):  # TOML has a native date type
        as_of = as_of_text
    else:
        try:
            as_of = date.fromisoformat(str(as_of_text))
        except ValueError:
            raise _error(r.file, "lpr.as_of", "expected a YYYY-MM-DD date") from None
    by_class = {
        rc: PdLgd(r.fraction(f"risk_class.{rc.value}.pd"), r.fraction(f"risk_class.{rc.value}.lgd"))
        for rc in RiskClass
    }
    return PricingInputs(
        lpr_one_year=r.fraction("lpr.one_year"),
        lpr_as_of=as_of,
        lpr_source=r.text("lpr.source"),
        funding_cost=r.fraction("cost.funding_cost"),
        operating_cost=r.fraction("cost.operating_cost"),
        capital_ratio=r.fraction("cost.capital_ratio"),
        risk_weight=r.decimal("cost.risk_weight"),
        target_return_on_capital=r.fraction("cost.target_return_on_capital"),
        by_risk_class=by_class,
        lpr_stale_after_months=(
            r.integer("lpr.stale_after_months", minimum=1)
            if "stale_after_months" in r.table("lpr")
            else 6  # packs made before the key existed
        ),
    )


def rule_pack_from_files(files: Mapping[str, Mapping[str, Any]]) -> RulePack:
    """Build and validate a pack from parsed files keyed by file name."""
    for name in REQUIRED_FILES:
        if name not in files:
            raise _error(name, "-", "file missing from the rule pack")
    pack = _Reader(PACK_FILE, files[PACK_FILE])
    thresholds = _thresholds(_Reader(THRESHOLDS_FILE, files[THRESHOLDS_FILE]))
    if thresholds.guarantor_cover_amber > thresholds.guarantor_cover_green:
        raise _error(THRESHOLDS_FILE, "guarantor.net_worth_cover_amber", "expected amber ≤ green")
    ind = _Reader(INDUSTRIES_FILE, files[INDUSTRIES_FILE])
    industries = {key: _industry(ind, key) for key in ind.data}
    for required in INDUSTRY_IDS:
        if required not in industries:
            raise _error(INDUSTRIES_FILE, required, "industry missing")
    col = _Reader(COLLATERAL_FILE, files[COLLATERAL_FILE])
    caps = {ct: col.fraction(f"pledge_rate_caps.{ct.value}") for ct in CollateralType}
    return RulePack(
        id=pack.text("id"),
        version=pack.text("version"),
        description=str(files[PACK_FILE].get("description", "")),
        thresholds=thresholds,
        industries=industries,
        pledge_rate_caps=caps,
        pricing=_pricing(_Reader(PRICING_FILE, files[PRICING_FILE])),
        raw=dict(files),
    )


__all__ = [
    "INDUSTRY_IDS",
    "Band",
    "DecisionThresholds",
    "IndustryNorm",
    "PdLgd",
    "PricingInputs",
    "RulePack",
    "RulePackError",
    "Thresholds",
    "rule_pack_from_files",
]
