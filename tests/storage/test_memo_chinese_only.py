"""A Chinese memo holds no English words except what the officer typed.

Every run of four or more ASCII letters left in the printed text must come
from the case's own free-text fields (a buyer such as "Nordic Home Trading
AB", a credit code), the fingerprint or the rule pack's id. Coded fields
(marital status, industry key) are not free text: their values must be
printed as labels, so they do not join the allow-list.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from domain.case import Case
from domain.demo import demo_cases
from domain.fraud.dispositions import can_finalise
from domain.paths import resource_path
from domain.serialization import case_from_dict
from storage.memo_service import assess_case, print_case_memo
from storage.rulepack_files import load_rule_pack

PRINT_TIME = datetime(2026, 11, 27, 10, 30)
WORD = re.compile(r"[A-Za-z]{4,}")
#: case fields holding a code, not words the officer typed
CODED_FIELDS = {"marital_status", "industry"}


def _typed_strings(obj: Any, name: str = "") -> Iterator[str]:
    if isinstance(obj, Enum) or name in CODED_FIELDS:
        return
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from _typed_strings(getattr(obj, f.name), f.name)
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _typed_strings(value, name)
    elif isinstance(obj, list | tuple):
        for value in obj:
            yield from _typed_strings(value, name)


def allowed_words(case: Case, *extra: str) -> set[str]:
    return {w for s in (*_typed_strings(case), *extra) for w in WORD.findall(s)}


def memo_text(case: Case, language: str = "zh_CN") -> tuple[str, str]:
    """The printed text of the case's memo (a draft when red flags are pending)
    and its fingerprint."""
    pack = load_rule_pack()
    assessment = assess_case(case, pack, PRINT_TIME.date())
    finalisable, _ = can_finalise(case, list(getattr(assessment, "flags", [])))
    buffer = io.BytesIO()
    result = print_case_memo(
        case, buffer, print_time=PRINT_TIME, language=language, draft=not finalisable
    )
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return "\n".join(page.extract_text() or "" for page in reader.pages), result.fingerprint


def demo_case() -> Case:
    pack = load_rule_pack()
    cases = demo_cases(2026, 60, date(2026, 11, 27), norms=pack.industries)
    return next(c for c in cases if c.number == "3311-20261101-0005")


def english_left(case: Case) -> set[str]:
    pack = load_rule_pack()
    text, fingerprint = memo_text(case)
    allowed = allowed_words(case, fingerprint, str(pack.id), str(pack.version))
    return set(WORD.findall(text)) - allowed


def test_the_chinese_memo_of_the_flagged_demo_case_has_no_english_words() -> None:
    case = demo_case()
    text, _ = memo_text(case)
    # the case the bug report printed: two red contract flags pending, married owner
    assert "订单超出产能" in text and "合同价格偏离历史价格" in text
    assert "已婚" in text
    assert english_left(case) == set()


EXAMPLES = sorted(resource_path("examples").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_chinese_memo_of_each_example_case_has_no_english_words(path: Path) -> None:
    case = case_from_dict(json.loads(path.read_text(encoding="utf-8")))
    assert english_left(case) == set()


def test_the_allow_list_holds_typed_names_but_not_coded_values() -> None:
    case = demo_case()
    allowed = allowed_words(case)
    assert case.applicant.marital_status == "married"
    assert "married" not in allowed
    assert {"Nordic", "Home", "Trading"} <= allowed


def test_the_english_memo_of_the_demo_case_reads_in_english() -> None:
    text, _ = memo_text(demo_case(), language="en_US")
    flat = re.sub(r"\s+", " ", text)
    assert "Order beyond capacity" in flat
    assert "Married" in flat
    assert "> 1.2 amber, > 1.5 red" in flat
    assert "output VAT" in flat
    assert "kWh" in flat
    assert "黄灯" not in flat and "阈值" not in flat
