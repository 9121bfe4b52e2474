"""Plausible values of a case: ranges of numbers and dates, read from
``resources/value_bounds.toml`` (docs/FORMATS.md, "Value bounds").

The bounds are data, not code: :func:`value_bounds_from_dict` turns the parsed
TOML into :class:`ValueBounds` (the reading itself is in ``storage`` and in
the editor's loader, next to the workflow texts), and :func:`bound_violations`
lists every value of a case's JSON form that lies outside them, each with its
path and a sentence. ``domain/invalid_values.py`` reports them with the other
invalid values (the editor shows them at the field), and ``assess`` refuses a
case file that has any. Plain Python, no I/O.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from domain.i18n import Message, tr_noop


class ValueBoundsError(ValueError):
    """``value_bounds.toml`` is malformed (a programming or packaging error)."""


@dataclass(frozen=True)
class NumberBound:
    """Inclusive range of the numbers at ``paths`` (``*``: any list position)."""

    paths: tuple[str, ...]
    minimum: Decimal | None = None
    maximum: Decimal | None = None


@dataclass(frozen=True)
class ValueBounds:
    earliest: date | None = None  # no date before this
    years_ahead: int | None = None  # no date later than today + this many years
    birth_paths: tuple[str, ...] = ()
    max_age_years: int | None = None
    numbers: tuple[NumberBound, ...] = ()
    max_integer_digits: int | None = None  # for every number in the case
    max_decimals: int | None = None


#: Checks nothing: what a caller without the resource file gets.
NO_BOUNDS = ValueBounds()

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")


def _decimal(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueBoundsError(f"value_bounds.toml: {where}: not a number: {value!r}") from exc


def value_bounds_from_dict(data: Mapping[str, Any]) -> ValueBounds:
    """The bounds of the parsed ``value_bounds.toml``; :class:`ValueBoundsError`
    names the table that is wrong."""
    try:
        dates = data.get("dates", {})
        birth = data.get("birth_dates", {})
        anywhere = data.get("any_number", {})
        earliest = dates.get("earliest")
        numbers = tuple(
            NumberBound(
                tuple(str(p) for p in entry["paths"]),
                _decimal(entry.get("min"), f"numbers[{i}].min"),
                _decimal(entry.get("max"), f"numbers[{i}].max"),
            )
            for i, entry in enumerate(data.get("numbers", []))
        )
        return ValueBounds(
            earliest=date.fromisoformat(earliest) if earliest else None,
            years_ahead=int(dates["years_ahead"]) if "years_ahead" in dates else None,
            birth_paths=tuple(str(p) for p in birth.get("paths", [])),
            max_age_years=int(birth["max_age_years"]) if "max_age_years" in birth else None,
            numbers=numbers,
            max_integer_digits=_whole(anywhere.get("max_integer_digits")),
            max_decimals=_whole(anywhere.get("max_decimals")),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, ValueBoundsError):
            raise
        raise ValueBoundsError(f"value_bounds.toml: {exc}") from exc


def _whole(value: Any) -> int | None:
    return None if value is None else int(value)


def _digits_problem(number: Decimal, value: Any, bounds: ValueBounds) -> Message | None:
    """Too many digits before or after the point for exact arithmetic."""
    _sign, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int):
        return None
    decimals = max(-exponent, 0)
    whole = max(len(digits) + exponent, 0)
    if bounds.max_integer_digits is not None and whole > bounds.max_integer_digits:
        return Message(
            tr_noop("{value} has more than {digits} digits before the point."),
            {"value": _short(value), "digits": str(bounds.max_integer_digits)},
        )
    if bounds.max_decimals is not None and decimals > bounds.max_decimals:
        return Message(
            tr_noop("{value} has more than {digits} decimals."),
            {"value": _short(value), "digits": str(bounds.max_decimals)},
        )
    return None


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 24 else text[:20] + "…"


def digit_violations(case: Any, bounds: ValueBounds) -> list[tuple[str, Message]]:
    """``(path, why)`` for each number of the case *object* (its ``Decimal`` and
    ``int`` fields, so that an ID or account number, which is text, is never
    taken for one) with more digits than exact arithmetic allows."""
    if bounds.max_integer_digits is None and bounds.max_decimals is None:
        return []
    out: list[tuple[str, Message]] = []
    stack: list[tuple[Any, str]] = [(case, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, bool) or node is None or isinstance(node, str | date):
            continue
        if isinstance(node, int | Decimal):
            number = Decimal(node)
            shown = format(number, "f") if isinstance(node, Decimal) else node
            problem = _digits_problem(number, shown, bounds) if number.is_finite() else None
            if problem is not None:
                out.append((where.lstrip("/"), problem))
        elif dataclasses.is_dataclass(node):
            for f in dataclasses.fields(node):
                stack.append((getattr(node, f.name), f"{where}/{f.name}"))
        elif isinstance(node, list | tuple):
            stack.extend((child, f"{where}/{i}") for i, child in enumerate(node))
        elif isinstance(node, Mapping):
            stack.extend((child, f"{where}/{key}") for key, child in node.items())
    return sorted(out, key=lambda item: item[0])


def _leaves(value: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _leaves(item, (*path, str(key)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, str(i)))
    else:
        yield path, value


def _matches(pattern: tuple[str, ...], path: tuple[str, ...]) -> bool:
    """``*`` stands for one segment: a list position or a key (``balance_sheet/*/value``)."""
    return len(pattern) == len(path) and all(
        p in ("*", s) for p, s in zip(pattern, path, strict=True)
    )


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, str):
        try:
            number = Decimal(value)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    match = _DATE.match(value)
    if match is None:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def bound_violations(
    data: Mapping[str, Any], bounds: ValueBounds, today: date
) -> list[tuple[str, Message]]:
    """``(path, why)`` for each value of the case JSON ``data`` outside ``bounds``."""
    numbers = [(tuple(p.split("/")), rule) for rule in bounds.numbers for p in rule.paths]
    births = {tuple(p.split("/")) for p in bounds.birth_paths}
    latest = _years_after(today, bounds.years_ahead) if bounds.years_ahead is not None else None
    out: list[tuple[str, Message]] = []
    for path, value in _leaves(data, ()):
        where = "/".join(path)
        day = _date(value)
        if day is not None:
            problem = _date_problem(day, path in births, bounds, today, latest)
            if problem is not None:
                out.append((where, problem))
            continue
        rule = next((r for pattern, r in numbers if _matches(pattern, path)), None)
        number = _number(value) if rule is not None else None
        if rule is None or number is None:
            continue
        if rule.minimum is not None and number < rule.minimum:
            out.append(
                (
                    where,
                    Message(
                        tr_noop("{value} is less than {minimum}, the smallest plausible value."),
                        {"value": _short(value), "minimum": str(rule.minimum)},
                    ),
                )
            )
        elif rule.maximum is not None and number > rule.maximum:
            out.append(
                (
                    where,
                    Message(
                        tr_noop("{value} is more than {maximum}, the largest plausible value."),
                        {"value": _short(value), "maximum": str(rule.maximum)},
                    ),
                )
            )
    return out


def _date_problem(
    day: date, birth: bool, bounds: ValueBounds, today: date, latest: date | None
) -> Message | None:
    shown = f"{day:%Y-%m-%d}"
    if birth and day > today:
        return Message(
            tr_noop("{date} is after today: this cannot have happened yet."), {"date": shown}
        )
    if birth and bounds.max_age_years is not None:
        oldest = _years_after(today, -bounds.max_age_years)
        if day < oldest:
            return Message(
                tr_noop("A birth date of {date} would make the person older than {years}."),
                {"date": shown, "years": str(bounds.max_age_years)},
            )
    if bounds.earliest is not None and day < bounds.earliest:
        return Message(
            tr_noop("{date} is before {earliest}: not a plausible date."),
            {"date": shown, "earliest": f"{bounds.earliest:%Y-%m-%d}"},
        )
    if latest is not None and day > latest:
        return Message(
            tr_noop("{date} is more than {years} years from today: not a plausible date."),
            {"date": shown, "years": str(bounds.years_ahead)},
        )
    return None


__all__ = [
    "NO_BOUNDS",
    "NumberBound",
    "ValueBounds",
    "ValueBoundsError",
    "bound_violations",
    "digit_violations",
    "value_bounds_from_dict",
]
