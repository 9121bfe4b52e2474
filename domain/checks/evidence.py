"""Evidence the sales estimates leave unused (DOMAIN.md §4.1, §4.3):

* every meter the case has, month by month: the declared sales per kWh (or
  m³) should be steady across the seasons; a restaurant's electricity counts
  as much as the water meter its industry norm names;
* the machines seen running: the declared output must be within what they
  make (idle machines make nothing);
* the customs declarations over time: exports that fell by half are not the
  year the declared sales describe.

Thresholds from ``thresholds.toml`` ``[utilities]``, ``[equipment]``,
``[customs]``; a pack without them leaves the check ``missing``.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from domain.case import Case
from domain.checks.base import (
    COMPUTED,
    CheckResult,
    Input,
    missing_result,
    pct,
    qty,
    ratio,
    yuan,
)
from domain.checks.figures import parse_month as _parse_month
from domain.checks.parameters import Param
from domain.enums import MeterKind, Season
from domain.i18n import Message, tr_noop
from domain.money import ZERO, to_money
from domain.rulepack import RulePack

_RATIO_NAME = {
    MeterKind.ELECTRICITY: tr_noop("Declared sales per kWh, month by month"),
    MeterKind.WATER: tr_noop("Declared sales per m³ of water, month by month"),
}
RUNNING = tr_noop("Declared output vs the machines seen running")
EXPORTS = tr_noop("Exports, recent months against the earlier")
_MIN_MONTHS = 6


@lru_cache(maxsize=4096)
def parse_month(text: str) -> tuple[int, int] | None:
    """:func:`domain.checks.figures.parse_month`, remembered (the months of
    a workspace's readings are few and repeat in every case)."""
    return _parse_month(text)


def _monthly_sales(case: Case) -> dict[int, Decimal] | None:
    """Declared sales of each calendar month (its season's monthly figure)."""
    lines = {s.season: s.sales.value for s in case.income.seasons if s.months > 0}
    if len(lines) == 1:
        (only,) = lines.values()
        return None if only is None else dict.fromkeys(range(1, 13), only)
    mapping = case.business.season_of_month
    out: dict[int, Decimal] = {}
    for month in range(1, 13):
        season = mapping.get(str(month), Season.NORMAL)
        value = lines.get(season)
        if value is None:
            return None
        out[month] = value
    return out


def utility_ratio_checks(case: Case, pack: RulePack) -> list[CheckResult]:
    """One check per meter kind with at least six monthly readings."""
    band = pack.thresholds.utility_ratio_spread
    out: list[CheckResult] = []
    sales = None
    by_kind: dict[MeterKind, list[tuple[tuple[int, int], Decimal]]] = {
        MeterKind.ELECTRICITY: [],
        MeterKind.WATER: [],
    }
    for r in case.meters:
        q = r.quantity
        if q is None or q <= ZERO:
            continue
        key = parse_month(r.month)
        if key is not None:
            by_kind[r.kind].append((key, q))
    for kind, readings in by_kind.items():
        if len(readings) < _MIN_MONTHS:
            continue
        check_id, name = f"utility_ratio_{kind.value}", Message(_RATIO_NAME[kind])
        if sales is None:
            sales = _monthly_sales(case)
        if sales is None:
            out.append(missing_result(check_id, name, ["income.seasons"]))
            continue
        if band is None:
            out.append(missing_result(check_id, name, ["thresholds.toml [utilities]"]))
            continue
        # (sales per unit, month), lowest first; the earliest month wins a tie
        ordered = sorted([(sales[key[1]] / q, key) for key, q in readings])
        low, top = ordered[0], len(ordered) - 1
        while top > 0 and ordered[top - 1][0] == ordered[top][0]:
            top -= 1
        high = ordered[top]
        mid_at = len(ordered) // 2
        mid = (
            ordered[mid_at][0]
            if len(ordered) % 2
            else (ordered[mid_at - 1][0] + ordered[mid_at][0]) / 2
        )
        spread = (high[0] - low[0]) / mid if mid > 0 else ZERO
        unit = "kWh" if kind is MeterKind.ELECTRICITY else "m³"
        out.append(
            CheckResult(
                id=check_id,
                name=name,
                inputs=[
                    Input(tr_noop("months of readings"), str(len(readings)), "document"),
                    Input(tr_noop("median sales per unit"), to_money(mid), COMPUTED, unit),
                ],
                estimate=to_money(high[0]),
                reference=to_money(mid),
                deviation=ratio(spread),
                light=band.light(spread),
                arithmetic=Message(
                    tr_noop(
                        "sales per {unit}: lowest {low} ({low_month}), median {mid},"
                        " highest {high} ({high_month}); (highest − lowest) ÷ median = {spread}"
                    ),
                    {
                        "unit": Message(tr_noop("kWh")) if unit == "kWh" else unit,
                        "low": yuan(low[0]),
                        "low_month": f"{low[1][0]}-{low[1][1]:02d}",
                        "mid": yuan(mid),
                        "high": yuan(high[0]),
                        "high_month": f"{high[1][0]}-{high[1][1]:02d}",
                        "spread": pct(spread),
                    },
                ),
            )
        )
    return out


def running_output_check(
    case: Case, annual_sales: Decimal | None, price: Param | None, pack: RulePack
) -> CheckResult:
    """Declared monthly output (annual sales ÷ 12 ÷ unit price) ÷ the output
    of the machines seen running (Σ capacity a month × machines running)."""
    name = Message(RUNNING)
    machines = [e for e in case.business.equipment if e.capacity_per_month is not None]
    if not machines:
        return missing_result("running_output", name, ["business.equipment (capacity)"])
    band = pack.thresholds.running_output
    missing = []
    if annual_sales is None:
        missing.append("income.seasons")
    if price is None or price.value <= 0:
        missing.append("unit price")
    if band is None:
        missing.append("thresholds.toml [equipment]")
    if missing or annual_sales is None or price is None or band is None:
        return missing_result("running_output", name, missing)
    full = sum(((e.capacity_per_month or ZERO) * (e.quantity or 1) for e in machines), ZERO)
    running = sum(
        (
            (e.capacity_per_month or ZERO)
            * (e.running_observed if e.running_observed is not None else (e.quantity or 1))
            for e in machines
        ),
        ZERO,
    )
    output = annual_sales / 12 / price.value
    if running <= 0:
        return CheckResult(
            "running_output",
            name,
            estimate=to_money(output),
            light=band.light(band.red + 1),
            arithmetic=Message(tr_noop("no machine was running at the visit")),
        )
    r = output / running
    idle = 1 - running / full if full > 0 else ZERO
    return CheckResult(
        id="running_output",
        name=name,
        inputs=[
            Input(
                tr_noop("declared output a month"), qty(output.quantize(Decimal("0.1"))), COMPUTED
            ),
            Input(tr_noop("unit price"), price.value, price.source),
            Input(tr_noop("output of the machines running"), qty(running), "observed"),
            Input(tr_noop("share of capacity idle"), ratio(idle), "observed"),
        ],
        estimate=output.quantize(Decimal("0.1")),
        reference=running,
        deviation=ratio(r),
        light=band.light(r),
        arithmetic=Message(
            tr_noop(
                "{sales} ÷ 12 ÷ {price} ({price_source}) = {output} a month;"
                " machines running make {running} of {full} ({idle} idle); {output} ÷ {running}"
                " = {ratio}"
            ),
            {
                "sales": yuan(annual_sales),
                "price": yuan(price.value),
                "price_source": price.source_text,
                "output": qty(output.quantize(Decimal("0.1"))),
                "running": qty(running),
                "full": qty(full),
                "idle": pct(idle),
                "ratio": qty(r.quantize(Decimal("0.01"))),
            },
        ),
    )


Month = tuple[int, int]


def export_halves(case: Case) -> tuple[list[Month], list[Month], Decimal, Decimal] | None:
    """The months of declarations split in two (the middle one left out when
    their count is odd) and Σ FOB × FX of each half; ``None`` with fewer than
    six months."""
    by_month: dict[Month, Decimal] = {}
    for d in case.customs:
        key = parse_month(d.month)
        if key is None or d.fob_value is None or d.fx_rate is None:
            continue
        by_month[key] = by_month.get(key, ZERO) + d.fob_value * d.fx_rate
    months = sorted(by_month)
    if len(months) < _MIN_MONTHS:
        return None
    half = len(months) // 2
    earlier, recent = months[:half], months[-half:]
    before = sum((by_month[k] for k in earlier), ZERO)
    after = sum((by_month[k] for k in recent), ZERO)
    return earlier, recent, before, after


def exports_trend_check(case: Case, pack: RulePack) -> CheckResult:
    """(earlier half − recent half) ÷ earlier half of the monthly exports
    (:func:`export_halves`). Positive = exports fell."""
    name = Message(EXPORTS)
    halves = export_halves(case)
    if halves is None:
        return missing_result("exports_trend", name, ["customs (six months or more)"])
    band = pack.thresholds.exports_fall
    if band is None:
        return missing_result("exports_trend", name, ["thresholds.toml [customs]"])
    earlier, recent, before, after = halves
    fall = (before - after) / before if before > 0 else ZERO
    return CheckResult(
        id="exports_trend",
        name=name,
        inputs=[
            Input(tr_noop("exports, earlier months"), to_money(before), "document"),
            Input(tr_noop("exports, recent months"), to_money(after), "document"),
        ],
        estimate=to_money(after),
        reference=to_money(before),
        deviation=ratio(fall),
        light=band.light(fall),
        arithmetic=Message(
            tr_noop(
                "exports {first}–{mid} {before}, {start}–{last} {after};"
                " ({before} − {after}) ÷ {before} = {fall}"
            ),
            {
                "first": f"{earlier[0][0]}-{earlier[0][1]:02d}",
                "mid": f"{earlier[-1][0]}-{earlier[-1][1]:02d}",
                "start": f"{recent[0][0]}-{recent[0][1]:02d}",
                "last": f"{recent[-1][0]}-{recent[-1][1]:02d}",
                "before": yuan(before),
                "after": yuan(after),
                "fall": pct(fall),
            },
        ),
    )


__all__ = [
    "export_halves",
    "exports_trend_check",
    "running_output_check",
    "utility_ratio_checks",
]
