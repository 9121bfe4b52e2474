"""Keep personal data out of the log files (DOMAIN.md §9).

:class:`PersonalDataFilter` is a ``logging.Filter`` for the file handler. It
renders each record's message once and redacts what looks like a resident ID
(18 characters), a mainland mobile number, or a card or account number (15 to
19 digits, also written in groups); a traceback is redacted the same way.
Arguments that are containers or dataclasses (a case, a payload dict, a row)
are never rendered, and the SQL driver's parameters and rows are withheld:
they hold case payloads. Plain Python: ``logging`` and ``re`` only.

Install it on the *handler* (a filter on a logger does not see records that
propagate from child loggers)::

    handler.addFilter(PersonalDataFilter())
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Mapping

WITHHELD = "<withheld>"

#: 17 digits and a digit or X, not inside a longer run of digits.
_RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
#: Card and account numbers: 15–19 digits, or groups of 4 split by a space or dash.
_ACCOUNT = re.compile(r"(?<!\d)(?:\d{15,19}|(?:\d{4}[ -]){3,4}\d{1,7})(?!\d)")
#: Mainland mobile numbers, optionally after +86 / 86, optionally 3-4-4 grouped.
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")

#: Loggers whose arguments are SQL parameters or result rows (case payloads).
_WITHHOLD_ARGS_FROM = ("sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.orm")


def redact(text: str) -> str:
    """``text`` with resident IDs, account numbers and mobile numbers masked."""
    text = _RESIDENT_ID.sub("<id>", text)
    text = _ACCOUNT.sub("<account>", text)
    return _MOBILE.sub("<phone>", text)


def _safe_arg(value: object) -> object:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str | bytes):
        return value
    if isinstance(value, Mapping | list | tuple | set | frozenset):
        return WITHHELD
    if dataclasses.is_dataclass(value):
        return WITHHELD
    return value


class PersonalDataFilter(logging.Filter):
    """Redacts personal data in every record it passes (it never drops one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            if record.name.startswith(_WITHHOLD_ARGS_FROM):
                args: object = (
                    tuple(WITHHELD for _ in record.args)
                    if isinstance(record.args, tuple)
                    else WITHHELD
                )
            elif isinstance(record.args, Mapping):
                args = {k: _safe_arg(v) for k, v in record.args.items()}
            else:
                args = tuple(_safe_arg(a) for a in record.args)
            record.args = args  # type: ignore[assignment]
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install(handler: logging.Handler) -> logging.Handler:
    """Add a :class:`PersonalDataFilter` to ``handler``; returns the handler."""
    handler.addFilter(PersonalDataFilter())
    return handler
