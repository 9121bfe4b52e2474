"""The labelled corpus holds (every expected red raised at red, no red flag
on a clean case), and it covers what issue 17 asks of it."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from domain.enums import Severity
from domain.serialization import case_from_dict
from storage.rulepack_files import load_rule_pack
from tests.corpus.__main__ import main
from tests.corpus.make import case_text, stories
from tests.corpus.runner import (
    CASES,
    CATEGORIES,
    Label,
    LabelError,
    Outcome,
    false_reds_on_clean,
    holds,
    load_case_json,
    load_labels,
    read_label,
    scores,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_corpus_holds_and_the_command_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main() == 0
    out = capsys.readouterr().out
    assert "false red flags on clean cases: 0" in out
    assert "expected red categories not raised at red: 0" in out


def test_every_case_file_is_valid_against_the_schema_and_has_a_label() -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "resources/schema/case.schema.json").read_text("utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    keys = {p.stem for p in CASES.glob("*.json")}
    assert keys == {label.key for label in load_labels()}
    for key in keys:
        data = load_case_json(key)
        assert [e.message for e in validator.iter_errors(data)] == [], key
        case_from_dict(data)


def test_the_case_files_are_what_the_stories_make() -> None:
    for key in stories():
        assert (CASES / f"{key}.json").read_text("utf-8") == case_text(key), key


def test_the_corpus_covers_industries_purposes_kinds_and_categories() -> None:
    labels = load_labels()
    assert len(labels) >= 40
    cases = {label.key: load_case_json(label.key) for label in labels}
    clean_industries = {
        cases[label.key]["business"]["industry"] for label in labels if label.verdict == "clean"
    }
    assert len(clean_industries) == 12
    purposes = {c["loan"]["purpose_kind"] for c in cases.values()}
    assert purposes == {
        "working_capital", "equipment", "premises", "seasonal_agriculture", "order_financing"
    }  # fmt: skip
    assert {c["applicant"]["kind"] for c in cases.values()} == {"individual_business", "company"}
    industries_of: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        for category in label.red | label.amber:
            industries_of[category].add(cases[label.key]["business"]["industry"])
    assert set(industries_of) == set(CATEGORIES)
    assert all(len(found) >= 3 for found in industries_of.values()), industries_of
    near = [label for label in labels if label.key.startswith("near_")]
    assert any(label.amber for label in near) and any(not label.amber for label in near)
    assert {label.key for label in labels if label.key.startswith("fool_")} == {
        "fool_family_staff", "fool_seasonal_workers", "fool_online_no_cash",
        "fool_leased_shop_landlord_seal", "fool_young_company",
    }  # fmt: skip


def _label(red: set[str], verdict: str = "fraud") -> Label:
    return Label("x", verdict, frozenset(red), frozenset(), date(2026, 11, 27), "why", ("1",))


def _outcome(label: Label, raised: dict[str, str], red_rules: list[str]) -> Outcome:
    return Outcome(label, dict.fromkeys(CATEGORIES, "none") | raised, red_rules)


def test_the_verdict_fails_on_a_missed_red_and_on_a_red_flag_on_a_clean_case() -> None:
    found = _outcome(_label({"income"}), {"income": "red"}, ["income.sales_deviation"])
    missed = _outcome(_label({"income"}), {"income": "amber"}, [])
    clean_red = _outcome(_label(set(), "clean"), {"seal": "red"}, ["seal.name_mismatch"])
    assert holds([found])
    assert not holds([found, missed])
    assert not holds([found, clean_red])
    assert false_reds_on_clean([found, clean_red]) == 1


def test_precision_and_recall_count_amber_and_red_as_raised() -> None:
    outcomes = [
        _outcome(_label({"income"}), {"income": "red"}, ["r"]),  # found
        _outcome(_label({"income"}), {}, []),  # missed
        _outcome(_label(set(), "clean"), {"income": "amber"}, []),  # raised, not expected
    ]
    precision, recall, red_precision, red_recall = scores(outcomes, "income")
    assert (precision, recall) == ("0.50", "0.50")  # 1 of 2 raised, 1 of 2 expected
    assert (red_precision, red_recall) == ("1.00", "0.50")


def test_a_label_must_say_why_and_work_its_figures(tmp_path: Path) -> None:
    bad = tmp_path / "x.label.toml"
    bad.write_text('verdict = "clean"\ntoday = 2026-11-27\nred = ["income"]\n', "utf-8")
    with pytest.raises(LabelError, match="no red"):
        read_label(bad)
    bad.write_text('verdict = "fraud"\ntoday = 2026-11-27\nred = ["income"]\n', "utf-8")
    with pytest.raises(LabelError, match="why"):
        read_label(bad)


def test_the_clean_cases_raise_no_red_flag_at_all() -> None:
    from domain.assessment import assess_with_fraud

    pack = load_rule_pack()
    for label in load_labels():
        if label.verdict != "clean":
            continue
        case = case_from_dict(load_case_json(label.key))
        flags = assess_with_fraud(case, pack, today=label.today).flags
        assert [f.rule for f in flags if f.severity is Severity.RED] == [], label.key
