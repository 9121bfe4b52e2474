"""The shape of a cross-verification result and the helpers every check uses.

A :class:`CheckResult` carries its inputs with their provenance, the
estimate, the reference it is compared with, the deviation, a light, the
inputs that were missing, and the arithmetic as an English-source template
with pre-formatted parameters (so it can be translated; ``arithmetic_text``
renders it untranslated).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from domain.case import Figure
from domain.enums import Light
from domain.field_labels import input_label
from domain.i18n import Message, Translate, identity_translate, listing, tr_noop
from domain.money import FEN, to_money

#: provenance of a norm or threshold that comes from the rule pack
RULE_PACK = "rule_pack"
#: provenance of a figure derived from imported bank statements
STATEMENT = "statement"
COMPUTED = "computed"

RATIO_PLACES = Decimal("0.000001")
_QTY_PLACES = Decimal("0.0001")
_PCT_PLACES = Decimal("0.01")
_ZERO = Decimal(0)


@dataclass(frozen=True)
class Input:
    """One input of a check: an English-source label, its value and source."""

    name: str
    value: Decimal | str | None
    source: str
    unit: str = ""


@dataclass(frozen=True)
class CheckResult:
    id: str
    name: Message
    inputs: list[Input] = field(default_factory=list)
    estimate: Decimal | None = None
    reference: Decimal | None = None
    deviation: Decimal | None = None  # fraction; sign per the check's docstring
    light: Light = Light.MISSING
    missing: list[str] = field(default_factory=list)
    arithmetic: Message = field(default_factory=lambda: Message(""))
    notes: list[Message] = field(default_factory=list)
    #: a sales estimate resting mainly on industry norms rather than the case's
    #: own records: weaker evidence, never outvoting the case's own
    norm_built: bool = False

    def arithmetic_text(self, translate: Translate = identity_translate) -> str:
        return self.arithmetic.render(translate)


def missing_result(
    check_id: str,
    name: Message,
    missing: list[str],
    inputs: list[Input] | None = None,
    notes: list[Message] | None = None,
) -> CheckResult:
    """A check that cannot run: light ``missing`` and the absent inputs named."""
    return CheckResult(
        id=check_id,
        name=name,
        inputs=inputs or [],
        light=Light.MISSING,
        missing=missing,
        arithmetic=Message(
            tr_noop("not computable: missing {missing}"), {"missing": missing_inputs(missing)}
        ),
        notes=notes or [],
    )


def missing_inputs(missing: list[str]) -> Message | str:
    """The missing inputs' ids in words (``domain.field_labels``), as one list."""
    return listing([input_label(m) for m in missing])


def value_of(figure: Figure) -> Decimal | None:
    return figure.value


def source_of(figure: Figure) -> str:
    return figure.source.value


def ratio(value: Decimal) -> Decimal:
    """A fraction kept to six places (half-up) for display and JSON."""
    # rounding passed positionally: Decimal.quantize parses keywords slowly
    return value.quantize(RATIO_PLACES, ROUND_HALF_UP)


def worst(*lights: Light) -> Light:
    order = [Light.GREEN, Light.MISSING, Light.AMBER, Light.RED]
    return max(lights, key=order.index) if lights else Light.MISSING


def yuan(value: Decimal) -> str:
    """``¥3,240,000`` or ``¥1,409.50``: whole yuan without decimals."""
    # to_money, inlined for the Decimals every caller passes
    amount = value.quantize(FEN, ROUND_HALF_UP) if type(value) is Decimal else to_money(value)
    if amount < _ZERO:
        text = format(-amount, ",.2f")  # exactly the fen: two places
        return "−¥" + (text[:-3] if text.endswith(".00") else text)
    text = format(abs(amount), ",.2f")  # abs: a negative zero prints as 0
    return "¥" + (text[:-3] if text.endswith(".00") else text)


def qty(value: Decimal) -> str:
    """A quantity with thousands separators and no trailing zeros: ``216,000``, ``0.9``."""
    sign = "−" if value < 0 else ""
    value = abs(value)
    if value == value.to_integral_value():
        return f"{sign}{value:,.0f}"  # a whole number: no rounding happens
    text = f"{value.quantize(_QTY_PLACES, ROUND_HALF_UP):,f}"
    return sign + text.rstrip("0").rstrip(".")


def pct(value: Decimal) -> str:
    """A fraction as a percentage with up to two decimals: ``0.125`` → ``12.5%``,
    ``−0.1926258`` → ``−19.26%``."""
    return qty((value * 100).quantize(_PCT_PLACES, ROUND_HALF_UP)) + "%"


__all__ = [
    "COMPUTED",
    "FEN",
    "RULE_PACK",
    "STATEMENT",
    "CheckResult",
    "Input",
    "missing_result",
    "pct",
    "qty",
    "ratio",
    "worst",
    "yuan",
]
