"""Small readers of the assessment and rule-pack objects other modules build.

The fraud rules need a few results of the cross-verification engine (sales
estimates, equity r1, working-capital need) and a few industry norms. These
readers accept attribute or mapping access so that the rules do not depend on
the exact classes, and fall back to ``None`` (the rule then stays silent)
when a figure is absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.checks.base import CheckResult
from domain.checks.equity import EquityResult
from domain.checks.sales import VERIFIED
from domain.rulepack import RulePack

_SALES_ID = re.compile(r"^[Ss]([2-8])\b")


def _is_mapping(obj: Any) -> bool:
    """``isinstance(obj, Mapping)``, remembered per type: the ABC check costs
    several times a dict lookup and the adapters ask it for every figure."""
    kind = type(obj)
    known = _MAPPING_TYPES.get(kind)
    if known is None:
        known = _MAPPING_TYPES[kind] = isinstance(obj, Mapping)
    return known


_MAPPING_TYPES: dict[type, bool] = {}


def member(obj: Any, *names: str) -> Any:
    """The first of ``names`` present on ``obj`` (attribute or key), else ``None``."""
    if obj is None:
        return None
    is_mapping = _is_mapping(obj)
    for name in names:
        if is_mapping:
            if name in obj and obj[name] is not None:
                return obj[name]
        else:
            value = getattr(obj, name, None)
            if value is not None:
                return value() if callable(value) and not isinstance(value, type) else value
    return None


def as_decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


@dataclass(frozen=True)
class SalesEstimate:
    id: str  # S2 … S8
    name: str
    estimate: Decimal
    reference: Decimal
    deviation: Decimal  # (S_ref − S_i) / S_ref
    norm_built: bool = False  # rests mainly on industry norms (weak evidence)


def sales_estimates(assessment: Any) -> list[SalesEstimate]:
    """Independent sales estimates S2–S8 that have a deviation."""
    checks = member(assessment, "checks", "sales_checks")
    if not isinstance(checks, Iterable):
        return []
    out: list[SalesEstimate] = []
    for check in checks:
        if type(check) is CheckResult:  # the assessment's own results: read directly
            estimate_of = _sales_estimate(check)
            if estimate_of is not None:
                out.append(estimate_of)
            continue
        check_id = str(member(check, "id") or "")
        m = _SALES_ID.match(check_id)
        if not m:
            continue
        deviation = as_decimal(member(check, "deviation"))
        estimate = as_decimal(member(check, "estimate"))
        reference = as_decimal(member(check, "reference"))
        if deviation is None or estimate is None or reference is None:
            continue
        raw_name = member(check, "name")
        # a Message (the assessment's check names) keeps its translatable id
        name = str(getattr(raw_name, "msg_id", raw_name) or check_id)
        norm_built = bool(member(check, "norm_built"))
        out.append(
            SalesEstimate(f"S{m.group(1)}", name, estimate, reference, deviation, norm_built)
        )
    return out


def _sales_estimate(check: CheckResult) -> SalesEstimate | None:
    """What the generic reading above makes of a :class:`CheckResult`, read
    from its fields (none of them is callable)."""
    check_id = check.id or ""
    if check_id[:1] not in ("S", "s"):  # what the pattern's first letter rules out
        return None
    m = _SALES_ID.match(check_id)
    if not m:
        return None
    deviation, estimate, reference = check.deviation, check.estimate, check.reference
    if (
        deviation is None
        or estimate is None
        or reference is None
        or not deviation.is_finite()
        or not estimate.is_finite()
        or not reference.is_finite()
    ):
        return None
    raw_name = check.name
    name = str(getattr(raw_name, "msg_id", raw_name) or check.id)
    return SalesEstimate(f"S{m.group(1)}", name, estimate, reference, deviation, check.norm_built)


def verified_estimate(assessment: Any) -> SalesEstimate | None:
    """The verified sales against the reference (the assessment's ``verified``
    check), when it has a deviation."""
    finder = getattr(assessment, "check", None)
    if callable(finder):  # the assessment's own: one look-up by id
        found = finder("verified")
        checks: Any = [] if found is None else [found]
    else:
        checks = member(assessment, "checks")
    if not isinstance(checks, Iterable):
        return None
    for check in checks:
        if member(check, "id") != "verified":
            continue
        deviation = as_decimal(member(check, "deviation"))
        estimate = as_decimal(member(check, "estimate"))
        reference = as_decimal(member(check, "reference"))
        if deviation is None or estimate is None or reference is None:
            return None
        norm_built = bool(member(check, "norm_built"))
        return SalesEstimate("verified", VERIFIED, estimate, reference, deviation, norm_built)
    return None


@dataclass(frozen=True)
class EquityFigures:
    r1: Decimal | None
    r1_verified: Decimal | None  # r1 recomputed with the verified profit
    expected: Decimal | None
    actual: Decimal | None


def equity_figures(assessment: Any) -> EquityFigures | None:
    """r1 with declared and with verified profit, from the assessment's equity check."""
    equity = member(assessment, "equity")
    if equity is None:
        return None
    if type(equity) is EquityResult:
        # the assessment's own result: its fields are the first names the
        # generic reading below finds (the other names it has not)
        r1, r1_verified = as_decimal(equity.r1), as_decimal(equity.r1_verified)
        if r1 is None and r1_verified is None:
            return None
        return EquityFigures(
            r1, r1_verified, as_decimal(equity.e_expected), as_decimal(equity.e_actual)
        )
    r1 = as_decimal(member(equity, "r1", "ratio", "deviation"))
    verified = member(equity, "verified", "with_verified_profit", "recomputed")
    r1_verified = as_decimal(member(verified, "r1", "ratio", "deviation")) if verified else None
    if r1_verified is None:
        r1_verified = as_decimal(member(equity, "r1_verified", "r1_with_verified_profit"))
    expected = as_decimal(member(equity, "expected", "e_expected"))
    actual = as_decimal(member(equity, "actual", "e_actual"))
    if r1 is None and r1_verified is None:
        return None
    return EquityFigures(r1, r1_verified, expected, actual)


def loan_need(assessment: Any) -> Decimal | None:
    """Working-capital loan need (流动资金贷款测算) from the assessment."""
    wc = member(assessment, "working_capital", "loan_need_check")
    value = as_decimal(member(wc, "loan_need", "need")) if wc is not None else None
    if value is None:
        value = as_decimal(member(assessment, "loan_need"))
    return value


def industry_norm(pack: Any, industry: str, *keys: str) -> Any:
    """A norm of ``industry`` from the rule pack (``industries[industry][key]``).

    Read once per loaded :class:`RulePack` (frozen; several rules ask for the
    same norms for every case); other pack objects are read every time."""
    if pack is None or not industry:
        return None
    if type(pack) is not RulePack:
        return _industry_norm(pack, industry, keys)
    cache_key = (id(pack), industry, keys)
    hit = _NORMS.get(cache_key)
    if hit is not None and hit[0] is pack:
        return hit[1]
    value = _industry_norm(pack, industry, keys)
    if len(_NORMS) > 4096:
        _NORMS.clear()
    _NORMS[cache_key] = (pack, value)
    return value


#: (id of a rule pack, industry, keys) → (that pack, the norm)
_NORMS: dict[tuple[int, str, tuple[str, ...]], tuple[Any, Any]] = {}


def _industry_norm(pack: Any, industry: str, keys: tuple[str, ...]) -> Any:
    getter = getattr(pack, "industry", None)
    norms: Any = None
    if callable(getter):
        try:
            norms = getter(industry)
        except (KeyError, LookupError, ValueError):
            norms = None
    if norms is None:
        industries = member(pack, "industries")
        if isinstance(industries, Mapping):
            norms = industries.get(industry)
    if norms is None:
        return None
    return member(norms, *keys)


def industry_band(pack: Any, industry: str, name: str) -> tuple[Decimal, Decimal] | None:
    """A ``(low, high)`` band norm: ``name = [lo, hi]`` or ``name_min`` / ``name_max``."""
    raw = industry_norm(pack, industry, name)
    if isinstance(raw, list | tuple) and len(raw) == 2:
        lo, hi = as_decimal(raw[0]), as_decimal(raw[1])
    else:
        low = member(raw, "low", "min", "lo") if raw is not None else None
        high = member(raw, "high", "max", "hi") if raw is not None else None
        if low is None:
            low = industry_norm(pack, industry, f"{name}_min", f"{name}_low")
            high = industry_norm(pack, industry, f"{name}_max", f"{name}_high")
        lo, hi = as_decimal(low), as_decimal(high)
    if lo is None or hi is None:
        return None
    return (lo, hi)
