"""Identities for demo cases: names, IDs, credit codes, phones, cards, patents.

Every number carries a correct check digit (:mod:`domain.validators`), so a
demo case passes input validation unless a fraud archetype breaks it on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from random import Random

from domain.demo_data import FEMALE_NAMES, FIRM_CHARS, MALE_NAMES, PLACES, SURNAMES, Place
from domain.validators import (
    USCC_CHARS,
    id_check_char,
    luhn_check_digit,
    org_code_check_char,
    patent_check_char,
    uscc_check_char,
)

MOBILE_PREFIXES = (
    "138",
    "139",
    "135",
    "137",
    "158",
    "159",
    "186",
    "188",
    "152",
    "157",
    "133",
    "189",
    "177",
    "199",
    "182",
    "151",
)


def person_name(rng: Random, male: bool, surname: str | None = None) -> str:
    given = rng.choice(MALE_NAMES if male else FEMALE_NAMES)
    return (surname or rng.choice(SURNAMES)) + given


def resident_id(rng: Random, region: str, born: date, male: bool) -> str:
    """A resident ID with a correct check digit; the 17th digit is odd for men."""
    seq = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    body = f"{region}{born:%Y%m%d}{seq:03d}"
    return body + id_check_char(body)


def credit_code(rng: Random, region: str, company: bool) -> str:
    """A USCC whose organisation-code part and own check character are both right."""
    org8 = "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(6))
    body = ("91" if company else "92") + region + org8 + org_code_check_char(org8)
    return body + uscc_check_char(body)


def mobile(rng: Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def card_number(rng: Random, bin6: str) -> str:
    """A 19-digit card number that passes the Luhn check."""
    body = bin6 + f"{rng.randrange(10**12):012d}"
    return body + luhn_check_digit(body)


def patent_number(rng: Random, year: int, type_digit: str) -> str:
    digits = f"{year:04d}{type_digit}{rng.randrange(10**7):07d}"
    return f"ZL{digits}.{patent_check_char(digits)}"


def firm_name(rng: Random, kind: str) -> str:
    """``台州市黄岩区鸿泰塑料原料有限公司``: a place, two trade characters, the kind."""
    trade = "".join(rng.sample(FIRM_CHARS, 2))
    return f"{place_prefix(rng.choice(PLACES))}{trade}{kind}"


def born_between(rng: Random, on: date, lo: int, hi: int) -> date:
    """A birth date making the person ``lo``–``hi`` years old on ``on``."""
    return on - timedelta(days=rng.randint(lo * 365 + 10, hi * 365 - 10))


def place_prefix(place: Place) -> str:
    """``台州市路桥区``, or ``义乌市`` for a county-level city."""
    return place.district if place.district.endswith("市") else place.city + place.district


def address(rng: Random, place: Place, home: bool = False) -> str:
    """A street address; a home address names the building and flat, so that
    two demo households rarely share one (the cross-case rules would notice)."""
    street = f"浙江省{place_prefix(place)}{rng.choice(place.streets)}{rng.randint(1, 2999)}号"
    if home:
        street += f"{rng.randint(1, 30)}幢{rng.randint(1, 28)}0{rng.randint(1, 4)}室"
    return street


def shares(rng: Random, names: Iterable[str]) -> list[tuple[str, Decimal]]:
    """Names with uneven shares (two decimals) that add up to exactly 1."""
    listed = list(names)
    weights = [rng.randint(20, 60) for _ in listed]
    total = sum(weights)
    parts = [(Decimal(w) / total).quantize(Decimal("0.01")) for w in weights]
    parts[0] += Decimal(1) - sum(parts, Decimal(0))
    return list(zip(listed, parts, strict=True))
