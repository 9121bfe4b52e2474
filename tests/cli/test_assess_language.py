"""``main.py assess`` prints its labels in Chinese by default, English with --lang en_US."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

import main as main_module
from domain.paths import resource_path

PLASTICS = resource_path("examples", "inflated_income_plastics.json")


def _assess(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        code = main_module.main()
    finally:
        sys.argv = saved
    out, _ = capsys.readouterr()
    assert code == 0
    result: dict[str, Any] = json.loads(out)
    return result


def test_assess_prints_the_fraud_category_label_in_chinese_by_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = _assess(capsys, "assess", "--today", "2026-11-27", str(PLASTICS))
    income = [f for f in result["flags"] if f["category"] == "income"]
    assert income, "the inflated-income example raises income flags"
    # CONTRACTS.md: "category": "income", "category_label": "收入虚假"
    assert {f["category_label"] for f in income} == {"收入虚假"}
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in f["message"]) for f in income)


def test_assess_prints_check_names_and_lights_in_chinese_by_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = _assess(capsys, "assess", "--today", "2026-11-27", str(PLASTICS))
    s1 = next(c for c in result["checks"] if c["id"] == "S1")
    assert s1["name"] == "S1 申报销售额（损益表）"
    assert s1["light_label"] in {"绿灯", "黄灯", "红灯", "缺少数据"}


@pytest.mark.parametrize("where", ["after", "before"])
def test_assess_with_lang_en_us_prints_english_names_and_messages(
    capsys: pytest.CaptureFixture[str], where: str
) -> None:
    args = ["--today", "2026-11-27", str(PLASTICS)]
    argv = (
        ["assess", "--lang", "en_US", *args]
        if where == "after"
        else ["--lang", "en_US", "assess", *args]
    )
    result = _assess(capsys, *argv)
    income = [f for f in result["flags"] if f["category"] == "income"]
    # the contract's category_label is the Chinese name in every language
    assert {f["category_label"] for f in income} == {"收入虚假"}
    # English words and figures (¥1,234.56, −¥…), no Chinese
    assert not any("\u3400" <= ch <= "\u9fff" for f in income for ch in f["message"])
    s1 = next(c for c in result["checks"] if c["id"] == "S1")
    assert s1["name"].startswith("S1 ") and all(ord(ch) < 128 for ch in s1["name"])
    assert s1["light_label"] in {"Green", "Amber", "Red", "Missing inputs"}
