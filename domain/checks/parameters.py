"""The parameters of the sales estimates, each from the best source the case
has (DOMAIN.md §4.1): the officer's override with a reason, else the case's
own figure (its products, its income statement, what the officer recorded
about the business), else the industry norm of the rule pack.

Every parameter carries its source, and the arithmetic of the checks names
it, so that an estimate resting on norms reads as such. An estimate whose
behavioural parameters come from the norm (the margin, the cash share, the
unit price, the days of stock) is weaker evidence than one resting on the
case's own records (:func:`norm_built`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from domain.case import Case, Product
from domain.checks.base import RULE_PACK
from domain.checks.figures import IncomeFigures
from domain.enums import Parameter
from domain.i18n import Message, tr_noop
from domain.rulepack import IndustryNorm

OFFICER = "officer"
PRODUCTS = "products"
INCOME_STATEMENT = "income_statement"
CASE = "case"

_SOURCE_TEXT = {
    PRODUCTS: tr_noop("the case's products"),
    INCOME_STATEMENT: tr_noop("the case's income statement"),
    CASE: tr_noop("the case's own figure"),
    RULE_PACK: tr_noop("industry norm"),
}
_ZERO = Decimal(0)
_SIX = Decimal("0.000001")
_FOUR = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter: its value, where it comes from, and the officer's reason
    when the officer set it."""

    value: Decimal
    source: str  # officer / products / income_statement / case / rule_pack
    reason: str = ""

    @property
    def from_norm(self) -> bool:
        return self.source == RULE_PACK

    @property
    def source_text(self) -> Message:
        """Where the value comes from, in words (translated by the reader)."""
        if self.source == OFFICER:
            return Message(tr_noop("set by the officer: {reason}"), {"reason": self.reason})
        return Message(_SOURCE_TEXT[self.source])


@dataclass(frozen=True, slots=True)
class Parameters:
    """The parameters of one case; ``None`` where no source has one."""

    margin: Param | None
    cash_share: Param | None
    unit_price: Param | None
    usage_per_unit: Param | None
    stock_days: Param | None
    export_share: Param | None


def _overrides(case: Case) -> dict[Parameter, Param]:
    out: dict[Parameter, Param] = {}
    for o in case.proposal.parameter_overrides:
        if o.value is not None and o.value >= 0:
            out[o.parameter] = Param(o.value, OFFICER, o.reason)
    return out


def products_margin(products: list[Product]) -> Decimal | None:
    """Σ share × margin ÷ Σ share over the products that state both (the gross
    profit per yuan of their sales); ``None`` without such products."""
    total = weighted = _ZERO
    for p in products:
        if p.share_of_sales is not None and p.gross_margin is not None and p.share_of_sales > 0:
            total += p.share_of_sales
            weighted += p.share_of_sales * p.gross_margin
    return (weighted / total).quantize(_SIX, ROUND_HALF_UP) if total > 0 else None


def products_unit_price(products: list[Product], norm: IndustryNorm) -> Decimal | None:
    """The average selling price per unit of the industry's output, from the
    products sold in that unit: Σ share ÷ Σ (share ÷ price) (shares are of
    sales value, so units sold are share ÷ price)."""
    units = {norm.output_unit_zh.strip().lower(), norm.output_unit_en.strip().lower()}
    shares = units_sold = _ZERO
    for p in products:
        if (
            p.unit.strip().lower() in units
            and p.unit_price is not None
            and p.unit_price > 0
            and p.share_of_sales is not None
            and p.share_of_sales > 0
        ):
            shares += p.share_of_sales
            units_sold += p.share_of_sales / p.unit_price
    return (shares / units_sold).quantize(_FOUR, ROUND_HALF_UP) if units_sold > 0 else None


def resolve(case: Case, income: IncomeFigures, norm: IndustryNorm | None) -> Parameters:
    """Each parameter from the officer, the case, or the norm, in that order."""
    over = _overrides(case)
    b = case.business

    def pick(key: Parameter, *candidates: tuple[Decimal | None, str]) -> Param | None:
        if key in over:
            return over[key]
        for value, source in candidates:
            if value is not None:
                return Param(value, source)
        return None

    margin = pick(
        Parameter.GROSS_MARGIN,
        (products_margin(b.products), PRODUCTS),
        (income.gross_margin, INCOME_STATEMENT),
        (norm.margin_mid if norm else None, RULE_PACK),
    )
    cash = pick(
        Parameter.CASH_SHARE, (b.cash_share, CASE), (norm.cash_share if norm else None, RULE_PACK)
    )
    price = pick(
        Parameter.UNIT_PRICE,
        (products_unit_price(b.products, norm) if norm else None, PRODUCTS),
        (norm.unit_price if norm else None, RULE_PACK),
    )
    usage = pick(Parameter.USAGE_PER_UNIT, (norm.usage_per_unit if norm else None, RULE_PACK))
    days = pick(
        Parameter.STOCK_DAYS,
        (b.stock_days, CASE),
        (norm.stock_days_mid if norm else None, RULE_PACK),
    )
    export = Param(b.export_share, CASE) if b.export_share is not None else None
    return Parameters(margin, cash, price, usage, days, export)


__all__ = [
    "CASE",
    "INCOME_STATEMENT",
    "OFFICER",
    "PRODUCTS",
    "Param",
    "Parameters",
    "products_margin",
    "products_unit_price",
    "resolve",
]
