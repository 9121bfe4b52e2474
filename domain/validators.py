"""Input rules of DOMAIN.md §8: check what an officer typed, never crash.

Every ``validate_*`` function takes the raw text and returns a
:class:`ValidationResult`: ``ok`` is true when there are no errors, ``value``
is the normalised value (or ``None`` when the text cannot be read), and
``errors`` / ``warnings`` are :class:`~domain.i18n.Message` objects whose ids
are English sentences an officer understands (the UI translates them).
Warnings never block saving; errors mean the value is wrong.

Check-digit helpers (``id_check_char``, ``uscc_check_char`` …) are public so
that the demo generator and the fraud rules use the same arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from domain.enums import PatentType
from domain.i18n import Message, tr_noop
from domain.money import parse_decimal

T = TypeVar("T")


@dataclass(frozen=True)
class ValidationResult(Generic[T]):
    """Outcome of one validator: ``ok`` is true exactly when ``errors`` is empty."""

    ok: bool
    value: T | None
    errors: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)


def _result(value: T | None, errors: list[Message], warnings: list[Message]) -> ValidationResult[T]:
    return ValidationResult(ok=not errors, value=value, errors=errors, warnings=warnings)


def _err(msg_id: str, **params: object) -> Message:
    return Message(msg_id, params)


_FULL_WIDTH = str.maketrans(
    "０１２３４５６７８９ＸｘＺＬＣＮｚｌｃｎ．／－＋",
    "0123456789XxZLCNzlcn./-+",
)


def _clean(text: str) -> str:
    """Full-width to half-width, spaces and dashes removed, upper case."""
    return _SPACES_DASHES.sub("", text.translate(_FULL_WIDTH)).upper()


_SPACES_DASHES = re.compile(r"[\s\-\u3000]")


def _empty(sentence: str) -> Message:
    """The message for an empty field: a whole sentence, so it translates whole."""
    return Message(sentence)


# ---------------------------------------------------------------- resident ID

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"


def id_check_char(body17: str) -> str:
    """Check character of a resident ID from its first 17 digits (GB 11643-1999)."""
    total = sum(int(d) * w for d, w in zip(body17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11]


def birth_date_from_id(text: str) -> date | None:
    """Birth date encoded in an 18-character resident ID, or ``None``."""
    s = _clean(text)
    if len(s) != 18 or not s[6:14].isdigit():
        return None
    try:
        return date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return None


def validate_resident_id(text: str, today: date) -> ValidationResult[str]:
    """Resident ID: 18 characters, real birth date not after ``today``, check digit."""
    s = _clean(text)
    if not s:
        return _result(None, [_empty(tr_noop("Please enter the ID number."))], [])
    if len(s) == 15 and s.isdigit():
        return _result(
            None,
            [
                _err(
                    tr_noop(
                        "This is an old 15-digit ID number, no longer valid; "
                        "ask for the 18-digit one."
                    )
                )
            ],
            [],
        )
    if len(s) != 18:
        return _result(
            None,
            [_err(tr_noop("The ID number must have 18 characters, not {length}."), length=len(s))],
            [],
        )
    errors: list[Message] = []
    if not s[:17].isdigit():
        errors.append(_err(tr_noop("The first 17 characters of an ID number must be digits.")))
        return _result(None, errors, [])
    if not (s[17].isdigit() or s[17] == "X"):
        errors.append(_err(tr_noop("The last character of an ID number must be a digit or X.")))
        return _result(None, errors, [])
    born = birth_date_from_id(s)
    shown = f"{s[6:10]}-{s[10:12]}-{s[12:14]}"
    if born is None:
        errors.append(
            _err(tr_noop("The birth date {date} in the ID number is not a real date."), date=shown)
        )
    elif born > today:
        errors.append(
            _err(tr_noop("The birth date {date} in the ID number is in the future."), date=shown)
        )
    elif born.year < 1900:
        errors.append(
            _err(tr_noop("The birth date {date} in the ID number is too early."), date=shown)
        )
    expected = id_check_char(s[:17])
    if s[17] != expected:
        errors.append(
            _err(
                tr_noop("The ID number's check digit should be {expected}, not {actual}."),
                expected=expected,
                actual=s[17],
            )
        )
    return _result(s, errors, [])


# ------------------------------------------------------ unified social credit code

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check_char(body17: str) -> str:
    """Check character of a USCC from its first 17 characters (GB 32100-2015)."""
    value = _USCC_VALUE
    total = 0
    for c, w in zip(body17, USCC_WEIGHTS, strict=True):
        index = value.get(c)
        if index is None:  # what str.index says of a character not in the alphabet
            raise ValueError("substring not found")
        total += index * w
    return USCC_CHARS[(31 - total % 31) % 31]


#: a character of the code → its value (its place in USCC_CHARS)
_USCC_VALUE = {c: i for i, c in enumerate(USCC_CHARS)}
_USCC_SET = frozenset(USCC_CHARS)


def org_code_check_char(body8: str) -> str:
    """Check character of an organisation code from its first 8 characters (GB 11714).

    Letters count as A=10 … Z=35; 10 → ``X``, 11 → ``0``.
    """
    total = sum(int(c, 36) * w for c, w in zip(body8, ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def validate_uscc(text: str) -> ValidationResult[str]:
    """Unified social credit code; a bad organisation-code part is only a warning."""
    s = _clean(text)
    if not s:
        return _result(None, [_empty(tr_noop("Please enter the unified social credit code."))], [])
    if len(s) != 18:
        return _result(
            None,
            [
                _err(
                    tr_noop(
                        "The unified social credit code must have 18 characters, not {length}."
                    ),
                    length=len(s),
                )
            ],
            [],
        )
    bad = [] if _USCC_SET.issuperset(s) else sorted({c for c in s if c not in USCC_CHARS})
    if bad:
        return _result(
            None,
            [
                _err(
                    tr_noop(
                        "The unified social credit code contains {chars}, which it never uses "
                        "(the letters I, O, S, V and Z do not occur)."
                    ),
                    chars=" ".join(bad),
                )
            ],
            [],
        )
    errors: list[Message] = []
    warnings: list[Message] = []
    if not s[2:8].isdigit():
        errors.append(
            _err(tr_noop("Characters 3 to 8 of the unified social credit code must be digits."))
        )
    expected = uscc_check_char(s[:17])
    if s[17] != expected:
        errors.append(
            _err(
                tr_noop(
                    "The unified social credit code's check character should be {expected}, "
                    "not {actual}."
                ),
                expected=expected,
                actual=s[17],
            )
        )
    org_expected = org_code_check_char(s[8:16])
    if s[16] != org_expected:
        warnings.append(
            _err(
                tr_noop(
                    "The organisation-code part {code} of the credit code does not pass its own "
                    "check (expected {expected}); check the licence."
                ),
                code=s[8:17],
                expected=org_expected,
            )
        )
    return _result(s, errors, warnings)


# ------------------------------------------------------------------ bank card


def luhn_ok(digits: str) -> bool:
    """True when a digit string passes the Luhn check (``79927398713`` does)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass the Luhn check."""
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError("unreachable: one digit always completes a Luhn sum")


def validate_bank_card(text: str) -> ValidationResult[str]:
    """Bank card or account number: 15–19 digits; a Luhn failure is only a warning."""
    s = _clean(text)
    if not s:
        return _result(None, [_empty(tr_noop("Please enter the card number."))], [])
    if not s.isdigit():
        return _result(None, [_err(tr_noop("A card number has digits only."))], [])
    if not 15 <= len(s) <= 19:
        return _result(
            None,
            [_err(tr_noop("A card number has 15 to 19 digits, not {length}."), length=len(s))],
            [],
        )
    warnings: list[Message] = []
    if not luhn_ok(s):
        warnings.append(
            _err(tr_noop("The card number fails the usual check; compare it with the card."))
        )
    return _result(s, [], warnings)


# --------------------------------------------------------------------- mobile

_MOBILE = re.compile(r"1[3-9]\d{9}")


def validate_mobile(text: str) -> ValidationResult[str]:
    """Mainland mobile number; ``+86``/``86`` prefix, spaces and dashes tolerated.

    The value is the bare 11 digits.
    """
    s = _clean(text).replace("(", "").replace(")", "")
    if not s:
        return _result(None, [_empty(tr_noop("Please enter the mobile number."))], [])
    for prefix in ("+86", "0086", "86"):
        if s.startswith(prefix) and len(s) == 11 + len(prefix):
            s = s[len(prefix) :]
            break
    if not _MOBILE.fullmatch(s):
        return _result(
            None,
            [
                _err(
                    tr_noop(
                        "A mobile number has 11 digits and starts with 13 to 19; "
                        "{text} does not look like one."
                    ),
                    text=text.strip(),
                )
            ],
            [],
        )
    return _result(s, [], [])


# --------------------------------------------------------------------- patent

_PATENT_TYPES = {
    "1": PatentType.INVENTION,
    "8": PatentType.INVENTION,
    "2": PatentType.UTILITY_MODEL,
    "9": PatentType.UTILITY_MODEL,
    "3": PatentType.DESIGN,
}


@dataclass(frozen=True)
class PatentNumber:
    """A checked patent number: ``number`` like ``201920123456.5``, its type and year."""

    number: str
    patent_type: PatentType
    year: int


def patent_check_char(digits: str) -> str:
    """Check character of a patent application number (weights 2..9, 2, 3, …)."""
    total = sum(int(d) * (2 + i % 8) for i, d in enumerate(digits))
    check = total % 11
    return "X" if check == 10 else str(check)


_PATENT_NUMBER = re.compile(r"(\d{12}|\d{8})\.([0-9X])")


def validate_patent(
    text: str, claimed: PatentType | None = None, today: date | None = None
) -> ValidationResult[PatentNumber]:
    """Patent number (``ZL201920123456.5``, ``CN 93101234.X``).

    Errors: wrong format, wrong check character, unknown type digit, a type
    other than ``claimed`` (when given), a year after ``today`` (when given).
    """
    s = _clean(text)
    if not s:
        return _result(None, [_empty(tr_noop("Please enter the patent number."))], [])
    for prefix in ("ZL", "CN"):
        if s.startswith(prefix):
            s = s[len(prefix) :]
            break
    m = _PATENT_NUMBER.fullmatch(s)
    if not m:
        return _result(
            None,
            [
                _err(
                    tr_noop(
                        "A patent number has 12 digits (8 before 2003), a dot and a check "
                        "character, like ZL201920123456.5; {text} does not."
                    ),
                    text=text.strip(),
                )
            ],
            [],
        )
    digits, check = m.group(1), m.group(2)
    errors: list[Message] = []
    expected = patent_check_char(digits)
    if check != expected:
        errors.append(
            _err(
                tr_noop("The patent number's check character should be {expected}, not {actual}."),
                expected=expected,
                actual=check,
            )
        )
    if len(digits) == 12:
        year, type_digit = int(digits[:4]), digits[4]
        if year < 2003:
            errors.append(
                _err(
                    tr_noop(
                        "A 12-digit patent number starts with a year from 2003 on, not {year}."
                    ),
                    year=year,
                )
            )
    else:
        yy, type_digit = int(digits[:2]), digits[2]
        year = 1900 + yy if yy >= 85 else 2000 + yy
    if today is not None and year > today.year:
        errors.append(_err(tr_noop("The patent number's year {year} is in the future."), year=year))
    patent_type = _PATENT_TYPES.get(type_digit)
    if patent_type is None:
        errors.append(
            _err(
                tr_noop(
                    "The type digit {digit} of the patent number is not 1 or 8 (invention), "
                    "2 or 9 (utility model) or 3 (design)."
                ),
                digit=type_digit,
            )
        )
        return _result(None, errors, [])
    if claimed is not None and patent_type != claimed:
        errors.append(
            _err(
                tr_noop("The patent number says {actual} but the applicant claims {claimed}."),
                actual=patent_type.value,
                claimed=claimed.value,
            )
        )
    return _result(PatentNumber(f"{digits}.{check}", patent_type, year), errors, [])


# ---------------------------------------------------------------------- dates

_DATE_FORMS = (
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})[日号]?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)


def validate_date(
    text: str, today: date | None = None, *, allow_future: bool = True
) -> ValidationResult[date]:
    """A date as ``2026-11-27``, ``2026/11/27``, ``2026.11.27``, ``20261127`` or
    ``2026年11月27日``. With ``allow_future=False`` a date after ``today`` is an error.
    """
    s = re.sub(r"\s", "", text.translate(_FULL_WIDTH))
    if not s:
        return _result(None, [_empty(tr_noop("Please enter the date."))], [])
    for form in _DATE_FORMS:
        m = form.fullmatch(s)
        if m:
            break
    else:
        return _result(
            None,
            [
                _err(
                    tr_noop("{text} cannot be read as a date; write it like 2026-11-27."),
                    text=text.strip(),
                )
            ],
            [],
        )
    y, mo, d = (int(g) for g in m.groups())
    try:
        value = date(y, mo, d)
    except ValueError:
        return _result(
            None,
            [
                _err(
                    tr_noop("{date} is not a real date."),
                    date=f"{y:04d}-{mo:02d}-{d:02d}",
                )
            ],
            [],
        )
    if not allow_future:
        if today is None:
            raise ValueError("allow_future=False needs today")
        if value > today:
            return _result(
                value,
                [_err(tr_noop("The date {date} is in the future."), date=value.isoformat())],
                [],
            )
    return _result(value, [], [])


# -------------------------------------------------------- amounts and ratios


def validate_amount(
    text: str,
    *,
    allow_negative: bool = False,
    money: bool = True,
    required: bool = True,
) -> ValidationResult[Decimal]:
    """An amount typed by the officer (``1,234.50``, ``¥3,000``).

    Money keeps at most two decimals (fen); more is refused rather than
    rounded silently. ``required=False`` turns empty text into ``value=None``.
    """
    if not text.strip():
        if required:
            return _result(None, [_empty(tr_noop("Please enter the amount."))], [])
        return _result(None, [], [])
    value = parse_decimal(text)
    if value is None:
        return _result(None, [_err(tr_noop("{text} is not a number."), text=text.strip())], [])
    errors: list[Message] = []
    if value < 0 and not allow_negative:
        errors.append(_err(tr_noop("This amount cannot be negative.")))
    exponent = value.as_tuple().exponent
    if (
        money
        and isinstance(exponent, int)
        and exponent < -2
        and value != value.quantize(Decimal("0.01"))
    ):
        errors.append(
            _err(
                tr_noop("An amount of money has at most two decimals (fen): {text}."),
                text=text.strip(),
            )
        )
    if money and not errors:
        value = value.quantize(Decimal("0.01"))
    return _result(value, errors, [])


def validate_percentage(
    text: str, *, allow_negative: bool = False, required: bool = True
) -> ValidationResult[Decimal]:
    """A ratio as ``12.5%`` or ``0.125``; the value is the fraction (``0.125``).

    A bare number above 1 (``12.5``) is read as per cent with a warning.
    """
    raw = text.strip().replace("％", "%")
    if not raw:
        if required:
            return _result(None, [_empty(tr_noop("Please enter the percentage."))], [])
        return _result(None, [], [])
    percent = raw.endswith("%")
    number = parse_decimal(raw.rstrip("%"))
    if number is None:
        return _result(None, [_err(tr_noop("{text} is not a percentage."), text=raw)], [])
    warnings: list[Message] = []
    if percent:
        value = number / 100
    elif abs(number) > 1:
        value = number / 100
        warnings.append(
            _err(tr_noop("{text} was read as {text}%; write 0.125 or 12.5%."), text=raw)
        )
    else:
        value = number
    errors: list[Message] = []
    if value < 0 and not allow_negative:
        errors.append(_err(tr_noop("This percentage cannot be negative.")))
    return _result(value, errors, warnings)


# -------------------------------------------------------------------- masking


def mask_id(text: str) -> str:
    """``11010519491231002X`` → ``110105********002X`` (region and last four shown)."""
    s = _clean(text)
    if len(s) <= 10:
        return "*" * max(len(s) - 4, 0) + s[-4:] if len(s) > 4 else "*" * len(s)
    return s[:6] + "*" * (len(s) - 10) + s[-4:]


def mask_account(text: str) -> str:
    """``6222021234561234`` → ``6222 **** **** 1234``; the length is hidden too."""
    s = _clean(text)
    if len(s) < 9:
        return "*" * max(len(s) - 4, 0) + s[-4:] if len(s) > 4 else "*" * len(s)
    return f"{s[:4]} **** **** {s[-4:]}"


def mask_phone(text: str) -> str:
    """``13812345678`` → ``138****5678``; other numbers keep their last four only."""
    checked = validate_mobile(text)
    if checked.value is not None:
        s = checked.value
        return f"{s[:3]}****{s[-4:]}"
    s = _clean(text)
    return "*" * max(len(s) - 4, 0) + s[-4:] if len(s) > 4 else "*" * len(s)
