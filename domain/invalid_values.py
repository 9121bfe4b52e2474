"""Values in a case that cannot be right, wherever they came from.

The editor keeps what the officer types, even when a validator refuses it
(a wrong check digit, a ten-digit mobile number): nothing typed is lost, and
saving never stops. What such a value may not do is travel on: a stage that
holds one cannot be finished, the case cannot move to 已分析, and the final
memo is not printed (a draft still is). :func:`invalid_values` is the one list
those gates read (``docs/DOMAIN.md``, "Case lifecycle").

Only values about the people and the visit are checked here. A credit code,
a seal or a patent number that fails its check is evidence the officer
records as found (经营虚假, 印章虚假, 专利虚假 rules flag it); refusing it
would hide the fraud the method is meant to show.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from domain.case import Case, Person
from domain.i18n import Message, tr_noop
from domain.validators import (
    ValidationResult,
    validate_bank_card,
    validate_mobile,
    validate_resident_id,
)
from domain.value_bounds import NO_BOUNDS, ValueBounds, bound_violations, digit_violations


@dataclass(frozen=True)
class InvalidValue:
    """One value that cannot be right: where it is and what is wrong with it."""

    path: str  # e.g. ``applicant/owner/id_number``, as the workflow names fields
    message: Message


def invalid_values(case: Case, today: date, bounds: ValueBounds = NO_BOUNDS) -> list[InvalidValue]:
    """Every value of ``case`` that a validator refuses, in the order of the stages,
    then every value outside ``bounds`` (``resources/value_bounds.toml``: a
    negative amount, a term of 0 months, a birth date in 9999), one per field."""
    found = list(_scan(case, today))
    if bounds is not NO_BOUNDS:
        from domain.serialization import case_to_dict

        seen = {v.path for v in found}
        beyond = bound_violations(case_to_dict(case), bounds, today)
        for path, message in [*digit_violations(case, bounds), *beyond]:
            if path not in seen:
                seen.add(path)
                found.append(InvalidValue(path, message))
    return found


def invalid_values_under(
    case: Case, today: date, paths: tuple[str, ...], bounds: ValueBounds = NO_BOUNDS
) -> list[InvalidValue]:
    """The invalid values at or below any of ``paths`` (a stage's fields)."""
    return [
        v for v in invalid_values(case, today, bounds) if any(_covers(p, v.path) for p in paths)
    ]


def _covers(prefix: str, path: str) -> bool:
    prefix = prefix.strip("/")
    return path == prefix or path.startswith(prefix + "/")


def _scan(case: Case, today: date) -> Iterator[InvalidValue]:
    yield from _person(case.applicant.owner, "applicant/owner", today)
    if case.applicant.spouse is not None:
        yield from _person(case.applicant.spouse, "applicant/spouse", today)
    for i, visit in enumerate(case.visits):
        base = f"visits/{i}"
        started, ended = visit.started_at, visit.ended_at
        if started is not None and started.date() > today:
            yield _future(f"{base}/started_at", started)
        if started and ended and as_aware(ended) < as_aware(started):
            yield InvalidValue(
                f"{base}/ended_at",
                Message(
                    tr_noop("The visit ends before it starts ({start})."),
                    {"start": f"{started:%Y-%m-%d %H:%M}"},
                ),
            )
    for i, inquiry in enumerate(case.character.inquiries):
        if inquiry.on is not None and inquiry.on > today:
            yield _future(f"character/inquiries/{i}/on", inquiry.on)
    report = case.credit_report
    for name, value in (("consent_date", report.consent_date), ("query_date", report.query_date)):
        if value is not None and value > today:
            yield _future(f"credit_report/{name}", value)
    as_of = case.balance_sheet.as_of
    if as_of is not None and as_of > today:
        yield _future("balance_sheet/as_of", as_of)
    for i, guarantor in enumerate(case.guarantors):
        yield from _checked(f"guarantors/{i}/id_number", guarantor.id_number, today, "id")
        yield from _checked(f"guarantors/{i}/phone", guarantor.phone, today, "mobile")


def _person(person: Person, base: str, today: date) -> Iterator[InvalidValue]:
    yield from _checked(f"{base}/id_number", person.id_number, today, "id")
    yield from _checked(f"{base}/phone", person.phone, today, "mobile")
    yield from _checked(f"{base}/bank_account", person.bank_account, today, "card")
    if person.birth_date is not None and person.birth_date > today:
        yield _future(f"{base}/birth_date", person.birth_date)


def _checked(path: str, text: str, today: date, kind: str) -> Iterator[InvalidValue]:
    if not text.strip():
        return  # an empty field is "missing", which the stages count, not "invalid"
    result: ValidationResult[str]
    if kind == "id":
        result = validate_resident_id(text, today)
    elif kind == "mobile":
        result = validate_mobile(text)
    else:
        result = validate_bank_card(text)  # a failed Luhn sum is a warning only
    for error in result.errors:
        yield InvalidValue(path, error)


def _future(path: str, value: date | datetime) -> InvalidValue:
    shown = f"{value:%Y-%m-%d}"
    return InvalidValue(
        path,
        Message(tr_noop("{date} is after today: this cannot have happened yet."), {"date": shown}),
    )


def as_aware(moment: datetime) -> datetime:
    """A time the editor took as typed (naive: the computer's local time) made
    comparable with one from a case file (with its offset)."""
    return moment if moment.tzinfo is not None else moment.astimezone()


__all__ = ["InvalidValue", "invalid_values", "invalid_values_under"]
