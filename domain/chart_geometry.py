"""The geometry of the sales cross-check chart, shared by the screen and the memo.

Both renderers (``ui/sales_chart.py`` on screen, ``storage/memo_chart.py`` in
the PDF) draw from one :class:`ChartGeometry`, so that they cannot tell
different stories (docs/DOMAIN.md, "The sales chart"):

* the value axis starts at zero, so a bar's length is proportional to its
  value (an estimate at 61 % of the reference is 61 % as tall);
* the axis ends at a round number above the highest bar and the amber band,
  with round ticks (1, 2, 2.5 or 5 × 10ⁿ);
* each bar carries its value; a negative estimate has no bar but keeps its
  value, marked negative;
* the reference line and the two tolerance bands carry labels.

Positions are fractions of the plot's height (0 = the zero line, 1 = the
top of the axis); each renderer maps them to its own pixels or points.
Plain Python: no Qt, no reportlab.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from domain.money import MINUS

_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))
_HEADROOM = Decimal("1.05")
_ZERO = Decimal(0)


@dataclass(frozen=True)
class GeoBar:
    label: str  # "S2"
    value: Decimal
    light: str  # green / amber / red / missing
    height: float  # fraction of the plot height; 0 for a negative value
    value_text: str  # "¥2,065,176" (whole yuan), "−¥86,000" for a negative value

    @property
    def negative(self) -> bool:
        return self.value < 0


@dataclass(frozen=True)
class GeoBand:
    share: Decimal  # the band's half-width as a fraction of the reference (0.10)
    low: float  # fraction of the plot height
    high: float
    label: str  # "±10%"


@dataclass(frozen=True)
class Tick:
    value: Decimal
    at: float  # fraction of the plot height
    label: str  # "500,000"


@dataclass(frozen=True)
class ChartGeometry:
    axis_min: Decimal  # always zero
    axis_max: Decimal
    step: Decimal
    ticks: tuple[Tick, ...]
    bars: tuple[GeoBar, ...]
    reference: Decimal
    reference_at: float
    reference_text: str  # "¥2,102,000"
    bands: tuple[GeoBand, ...]  # the wider (amber) band first, then the green one

    def at(self, value: Decimal) -> float:
        """Where ``value`` sits on the axis, as a fraction (clamped to 0…1)."""
        return _fraction(value, self.axis_max)


def nice_step(top: Decimal, ticks: int = 5) -> Decimal:
    """A round tick step (1, 2, 2.5 or 5 × 10ⁿ) giving about ``ticks`` ticks up to ``top``."""
    raw = top / ticks
    scale = Decimal(10) ** raw.adjusted()
    for s in _STEPS:
        if s * scale >= raw:
            return s * scale
    return 10 * scale


def whole(value: Decimal) -> str:
    """An axis figure: whole yuan, grouped (``1,500,000``)."""
    return f"{value.quantize(Decimal(1), ROUND_HALF_UP):,}"


def bar_value_text(value: Decimal) -> str:
    """A bar's value in whole yuan: ``¥2,065,176``, ``−¥86,000``."""
    amount = value.quantize(Decimal(1), ROUND_HALF_UP)
    return f"{MINUS}¥{-amount:,}" if amount < 0 else f"¥{abs(amount):,}"


def _fraction(value: Decimal, axis_max: Decimal) -> float:
    if axis_max <= 0:
        return 0.0
    return min(max(float(value / axis_max), 0.0), 1.0)


def sales_chart_geometry(
    bars: Sequence[tuple[str, Decimal, str]],
    reference: Decimal,
    green_band: Decimal,
    amber_band: Decimal,
) -> ChartGeometry:
    """The chart of ``bars`` (label, value, light) against ``reference`` with
    tolerance bands of ±``green_band`` and ±``amber_band`` (fractions)."""
    wide, narrow = max(green_band, amber_band), min(green_band, amber_band)
    highest = max([v for _, v, _ in bars] + [reference * (1 + wide), Decimal(1)])
    step = nice_step(highest * _HEADROOM)
    axis_max = step * (highest * _HEADROOM / step).to_integral_value(rounding=ROUND_CEILING)
    ticks = []
    tick = _ZERO
    while tick <= axis_max:
        ticks.append(Tick(tick, _fraction(tick, axis_max), whole(tick)))
        tick += step
    geo_bars = tuple(
        GeoBar(label, value, light, _fraction(value, axis_max), bar_value_text(value))
        for label, value, light in bars
    )
    bands = tuple(
        GeoBand(
            share,
            _fraction(max(reference * (1 - share), _ZERO), axis_max),
            _fraction(reference * (1 + share), axis_max),
            f"±{(share * 100).normalize():f}%",
        )
        for share in (wide, narrow)
    )
    return ChartGeometry(
        axis_min=_ZERO,
        axis_max=axis_max,
        step=step,
        ticks=tuple(ticks),
        bars=geo_bars,
        reference=reference,
        reference_at=_fraction(reference, axis_max),
        reference_text=bar_value_text(reference),
        bands=bands,
    )


__all__ = [
    "ChartGeometry",
    "GeoBand",
    "GeoBar",
    "Tick",
    "bar_value_text",
    "nice_step",
    "sales_chart_geometry",
    "whole",
]
