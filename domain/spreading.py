"""The spreading view of 交叉检验: the sales estimates S1–S8 side by side
(docs/DOMAIN.md, "The spreading view").

Each row holds the estimate, the reference it is compared with, the deviation
with its direction in words ("estimate below the declared figure": the sign of
``(S_ref − S_i) / S_ref`` alone misleads), the light, and every input with its
value and where it came from (the case's records, the rule pack's norm, the
officer's override with the officer's reason). Beside the rows: the verified
sales and profit, and the equity reconciliation with the declared and with
the verified profit.

Plain Python; the screen (``ui/spreading_view.py``) translates the messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from domain.checks.base import RULE_PACK, CheckResult, Input, pct, qty, yuan
from domain.checks.parameters import CASE, INCOME_STATEMENT, OFFICER, PRODUCTS
from domain.checks.sales import NAMES
from domain.fraud.base import source_text
from domain.i18n import Message, tr_noop

SALES_IDS = tuple(NAMES)  # S1 … S8

#: the input labels that carry a parameter of :mod:`domain.checks.parameters`
PARAMETER_OF_INPUT = {
    "gross margin": "margin",
    "cash share of sales": "cash_share",
    "unit price": "unit_price",
    "usage per unit of output": "usage_per_unit",
    "days of stock": "stock_days",
    "export share of sales": "export_share",
}
_SHARE_INPUTS = ("gross margin", "cash share of sales", "export share of sales", "VAT rate")
_PARAM_SOURCES = {
    PRODUCTS: tr_noop("the case's products"),
    INCOME_STATEMENT: tr_noop("the case's income statement"),
    CASE: tr_noop("the case's own figure"),
    RULE_PACK: tr_noop("industry norm"),
}
_TENTH = Decimal("0.1")

ABOVE_DECLARED = tr_noop("estimate above the declared figure")
BELOW_DECLARED = tr_noop("estimate below the declared figure")
SAME_DECLARED = tr_noop("estimate matches the declared figure")
ABOVE_REFERENCE = tr_noop("estimate above the reference")
BELOW_REFERENCE = tr_noop("estimate below the reference")
SAME_REFERENCE = tr_noop("estimate matches the reference")


@dataclass(frozen=True)
class SpreadInput:
    label: str  # English source (tr_noop), translated by the reader
    value: str  # shown form: ¥175,166.67, 58.33%, 967
    unit: str  # as the check gives it (m³, yuan/meal); may be empty
    source: Message | str  # where the value came from, in words
    from_norm: bool
    by_officer: bool


@dataclass(frozen=True)
class SpreadRow:
    check_id: str
    name: Message
    estimate: Decimal | None
    reference: Decimal | None
    deviation: Decimal | None  # (S_ref − S_i) / S_ref
    light: str
    inputs: tuple[SpreadInput, ...]
    arithmetic: Message
    notes: tuple[Message, ...]
    missing: tuple[str, ...]
    reference_declared: bool  # the reference is the declared S1 (no override)

    @property
    def negative(self) -> bool:
        return self.estimate is not None and self.estimate < 0

    def direction(self) -> Message | None:
        """The deviation's direction in words (None without a deviation)."""
        if self.deviation is None:
            return None
        shown = (abs(self.deviation) * 100).quantize(_TENTH, ROUND_HALF_UP)
        if shown == 0:
            words = SAME_DECLARED if self.reference_declared else SAME_REFERENCE
        elif self.deviation > 0:  # the reference is larger: the estimate sees less
            words = BELOW_DECLARED if self.reference_declared else BELOW_REFERENCE
        else:
            words = ABOVE_DECLARED if self.reference_declared else ABOVE_REFERENCE
        return Message(words)

    def deviation_text(self) -> str:
        """The size of the deviation without a sign (the words give the direction)."""
        if self.deviation is None:
            return ""
        return f"{(abs(self.deviation) * 100).quantize(_TENTH, ROUND_HALF_UP)}%"


def _value_text(i: Input) -> str:
    v = i.value
    if v is None:
        return "—"
    if isinstance(v, str):
        return v
    if i.name in _SHARE_INPUTS:
        return pct(v)
    if v.as_tuple().exponent == -2 and (not i.unit or "×" in i.unit):  # amounts carry fen
        return yuan(v)
    return qty(v)


def _source(i: Input, parameters: Any) -> Message | str:
    if i.source == OFFICER:
        name = PARAMETER_OF_INPUT.get(i.name, "")
        param = getattr(parameters, name, None) if parameters is not None and name else None
        reason = getattr(param, "reason", "") if param is not None else ""
        return Message(tr_noop("set by the officer: {reason}"), {"reason": reason})
    if i.source in _PARAM_SOURCES:
        return Message(_PARAM_SOURCES[i.source])
    return source_text(i.source)


def spread_row(check: CheckResult, parameters: Any = None) -> SpreadRow:
    reference_input = next((i for i in check.inputs if i.name == "reference sales S_ref"), None)
    declared = reference_input is None or reference_input.source == "declared"
    inputs = tuple(
        SpreadInput(
            i.name,
            _value_text(i),
            i.unit,
            _source(i, parameters),
            i.source == RULE_PACK,
            i.source == OFFICER,
        )
        for i in check.inputs
        if i is not reference_input
    )
    return SpreadRow(
        check_id=check.id,
        name=check.name,
        estimate=check.estimate,
        reference=check.reference,
        deviation=check.deviation,
        light=str(check.light),
        inputs=inputs,
        arithmetic=check.arithmetic,
        notes=tuple(check.notes),
        missing=tuple(check.missing),
        reference_declared=declared,
    )


def spread_rows(assessment: Any) -> list[SpreadRow]:
    """S1–S8 of ``assessment`` in order, one row each (a check the
    assessment lacks is left out)."""
    checks = {c.id: c for c in getattr(assessment, "checks", [])}
    params = getattr(assessment, "parameters", None)
    return [spread_row(checks[i], params) for i in SALES_IDS if i in checks]


@dataclass(frozen=True)
class Figure:
    label: str  # English source (tr_noop)
    value: str  # shown form
    light: str = ""  # green / amber / red / missing, or "" for a plain figure
    note: Message | None = None


_VERIFIED_SOURCE = {
    "override": tr_noop("the officer's figure"),
    "median": tr_noop("median of the estimates from the case's own records"),
    "norm_built": tr_noop("median of norm-built estimates only (weak)"),
}


def _money(value: Decimal | None) -> str:
    return "—" if value is None else yuan(value)


def _ratio(value: Decimal | None) -> str:
    return "—" if value is None else pct(value)


def verified_figures(assessment: Any) -> list[Figure]:
    """The reference, the verified sales (with where it came from) and the
    verified profit."""
    source = _VERIFIED_SOURCE.get(getattr(assessment, "verified_sales_source", ""))
    return [
        Figure(tr_noop("Reference sales S_ref"), _money(assessment.reference_sales)),
        Figure(
            tr_noop("Verified sales"),
            _money(assessment.verified_sales),
            note=Message(source) if source else None,
        ),
        Figure(tr_noop("Verified profit"), _money(assessment.verified_profit)),
    ]


def equity_figures(assessment: Any) -> list[Figure]:
    """The equity reconciliation, with the declared and with the verified profit."""
    e = assessment.equity
    rows = [
        Figure(tr_noop("Equity today (assets − liabilities)"), _money(e.e_actual)),
        Figure(tr_noop("Expected equity, declared profit"), _money(e.e_expected)),
        Figure(tr_noop("Gap r1, declared profit"), _ratio(e.r1), str(e.light)),
        Figure(tr_noop("Expected equity, verified profit"), _money(e.e_expected_verified)),
        Figure(tr_noop("Gap r1, verified profit"), _ratio(e.r1_verified), str(e.light_verified)),
    ]
    if e.balances_only_with_verified:
        rows.append(
            Figure(
                tr_noop("Balances only with the verified profit"),
                "",
                "red",
                Message(tr_noop("the declared profit is likely inflated")),
            )
        )
    if e.not_computable is not None:
        rows.append(Figure(tr_noop("Not computable"), "", "missing", e.not_computable))
    return rows


__all__ = [
    "SALES_IDS",
    "Figure",
    "SpreadInput",
    "SpreadRow",
    "equity_figures",
    "spread_row",
    "spread_rows",
    "verified_figures",
]
