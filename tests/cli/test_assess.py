"""``main.py assess``: schema validation, exit codes and the JSON it prints."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import main as main_module
from cli.assess import schema_errors
from domain.case import Case
from domain.paths import resource_path
from domain.serialization import case_to_dict
from tests.cli.case_schema_gen import case_schema
from tests.domain.checks_fixtures import plastics_case

EXAMPLES = sorted(resource_path("examples").glob("*.json"))


def _write(tmp_path: Path, data: Any, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``main.py assess`` as the shell would (main registers a command by sys.argv)."""
    saved = sys.argv
    sys.argv = ["main.py", "assess", *argv]
    try:
        code = main_module.main()
    finally:
        sys.argv = saved
    out, err = capsys.readouterr()
    return code, out, err


def test_the_shipped_schema_is_the_one_generated_from_the_case_model() -> None:
    shipped = json.loads(resource_path("schema", "case.schema.json").read_text(encoding="utf-8"))
    assert shipped == case_schema(), "regenerate: uv run python -m tests.cli.case_schema_gen"


def test_a_default_case_and_the_plastics_case_follow_the_schema() -> None:
    assert schema_errors(case_to_dict(Case())) == []
    assert schema_errors(case_to_dict(plastics_case())) == []


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_shipped_example_follows_the_schema(example: Path) -> None:
    assert schema_errors(json.loads(example.read_text(encoding="utf-8"))) == []


def test_schema_errors_name_the_json_path_and_why() -> None:
    data = case_to_dict(Case())
    data["loan"]["amount"] = 1.5  # a float where a decimal string belongs
    data["tax"]["taxpayer_type"] = "weird"
    data["balance_sheet"]["as_of"] = "2026-02-30x"
    errors = schema_errors(data)
    assert any(e.startswith("/loan/amount: ") and "string" in e for e in errors)
    assert any(e.startswith("/tax/taxpayer_type: ") and "weird" in e for e in errors)
    assert any(e.startswith("/balance_sheet/as_of: ") for e in errors)


def test_assess_prints_the_contract_json_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = plastics_case()
    code, out, _ = _run(capsys, str(_write(tmp_path, case_to_dict(case))), "--today", "2026-11-27")
    assert code == 0
    result = json.loads(out)
    assert result["case"] == {"uuid": case.uuid, "number": "3301-20261127-0001", "version": 3}
    assert result["rule_pack"] == {"id": "default", "version": "2026.11.1"}
    for key in ("checks", "equity", "repayment", "pricing", "security", "flags"):
        assert key in result
    s6 = next(c for c in result["checks"] if c["id"] == "S6")
    assert set(s6) >= {
        "id", "name", "inputs", "estimate", "reference", "deviation", "light", "missing",
        "arithmetic",
    }  # fmt: skip
    assert s6["estimate"] == "3240000.00"  # a string, never a float
    # Chinese output, words included: 216,000 ÷ 0.9 = 240,000 kg × ¥13.5 = ¥3,240,000
    # every parameter names its source: here both are the industry's norm
    assert s6["arithmetic"] == (
        "用电量 216,000 千瓦时 ÷ 0.9 千瓦时/千克（行业标准）× ¥13.50/千克（行业标准）= ¥3,240,000"
    )
    assert s6["norm_built"] is True
    assert result["repayment"]["total_interest"] == "15000.00"
    # 240,000 equal principal over 24 months at 6 %: interest 1,200 falling by 50 a month:
    # Σ = 24 × (1,200 + 50) / 2 = 15,000
    assert len(result["repayment"]["rows"]) == 24
    # cost-plus 5.9245 % (tests/domain/test_pricing.py) − LPR 3.00 % = 292.45 → 292 bp
    assert result["pricing"]["spread_bp"] == 292


def test_assess_uses_no_binary_floats_in_its_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, str(_write(tmp_path, case_to_dict(plastics_case()))))
    assert code == 0

    def walk(node: Any) -> None:
        assert not isinstance(node, float)
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(json.loads(out, parse_float=lambda s: float(s)))
    # S3's 2,916,000, the one estimate on the case's own records (the others use
    # the declared costs or the norm's stock days and price)
    assert Decimal(json.loads(out)["verified_sales"]) == Decimal("2916000.00")


def test_a_file_that_breaks_the_schema_exits_2_with_each_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = case_to_dict(Case())
    data["loan"]["amount"] = 300000  # a number where a decimal string belongs
    data["business"]["season_of_month"] = {"13": "peak"}
    code, out, err = _run(capsys, str(_write(tmp_path, data)))
    assert code == 2
    assert out == ""
    assert "/loan/amount:" in err
    assert "/business/season_of_month:" in err


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, str(tmp_path / "nope.json"))
    assert code == 2
    assert "file not found" in err


def test_a_file_that_is_not_json_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.json"
    path.write_text("{not json", encoding="utf-8")
    code, _, err = _run(capsys, str(path))
    assert code == 2
    assert "not JSON" in err


def test_a_bad_today_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, case_to_dict(Case()))
    code, _, err = _run(capsys, str(path), "--today", "27/11/2026")
    assert code == 2
    assert "--today" in err


def test_an_invalid_rule_pack_exits_2_naming_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    for src in resource_path("rulepack").glob("*.toml"):
        (pack / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    text = (pack / "collateral.toml").read_text(encoding="utf-8")
    (pack / "collateral.toml").write_text(text.replace('housing = "0.70"', 'housing = "1.7"'))
    path = _write(tmp_path, case_to_dict(Case()))
    code, _, err = _run(capsys, str(path), "--rule-pack", str(pack))
    assert code == 2
    assert "collateral.toml: pledge_rate_caps.housing:" in err


def test_an_empty_default_case_still_assesses_with_missing_lights(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys, str(_write(tmp_path, case_to_dict(Case()))), "--today", "2026-11-27"
    )
    assert code == 0
    result = json.loads(out)
    assert all(c["light"] == "missing" for c in result["checks"])
    assert result["repayment"] is None


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_shipped_example_assesses_with_exit_0(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, str(example), "--today", "2026-11-27")
    assert code == 0
    result = json.loads(out)
    assert [c["id"] for c in result["checks"]][:8] == [f"S{i}" for i in range(1, 9)]


# Issue 20, defect 9 (and issue 17's case input bounds): values the schema lets
# through but that mean nothing are refused with their path and a sentence.
def _mutated(key_path: str, value: Any) -> dict[str, Any]:
    data = json.loads(resource_path("examples", "clean_restaurant.json").read_text("utf-8"))
    *parents, last = key_path.split("/")
    node = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    node[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(
    ("key_path", "value", "said"),
    [
        ("loan/amount", "-140000", "/loan/amount: -140000 is less than 0"),
        ("loan/term_months", 0, "/loan/term_months: 0 is less than 1"),
        # too many digits: the schema (tests/cli/case_schema_gen.py) refuses them first
        ("loan/term_months", 10**30, "/loan/term_months: " + "1" + "0" * 30 + " is greater than"),
        ("equity/withdrawals/value", "9" * 40, "/equity/withdrawals/value: '" + "9" * 40 + "'"),
        ("transactions/0/amount", "-" + "9" * 40, "/transactions/0/amount: '-" + "9" * 40 + "'"),
        ("income/seasons/0/sales/value", "0." + "0" * 39 + "1", "/sales/value: '0." + "0" * 39),
        ("proposal/annual_rate", "5.41", "/proposal/annual_rate: 5.41 is more than 0.36"),
        ("applicant/owner/birth_date", "9999-12-31", "birth_date: 9999-12-31 is after today"),
        ("applicant/owner/birth_date", "1850-01-01", "birth_date: A birth date of 1850-01-01"),
        ("business/industry", "spaceships", "/business/industry: unknown industry 'spaceships'"),
        ("schema_version", 99, "/schema_version: the case uses schema version 99; this program"),
    ],
)  # fmt: skip
def test_implausible_values_exit_2_with_the_path_and_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key_path: str, value: Any, said: str
) -> None:
    path = _write(tmp_path, _mutated(key_path, value))
    code, out, err = _run(capsys, str(path), "--today", "2026-11-27")
    assert (code, out) == (2, "")
    assert said in err
    assert "Traceback" not in err


def test_a_lone_surrogate_in_any_text_exits_2_naming_the_path_with_nothing_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 20, defect 8: a guarantor's name ending in \\ud800 used to crash
    the output half-way (exit 1, half a JSON object printed)."""
    data = json.loads(resource_path("examples", "clean_restaurant.json").read_text("utf-8"))
    data["applicant"]["owner"]["name"] += "\ud800"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")  # "\\ud800" in the file
    code, out, err = _run(capsys, str(path), "--today", "2026-11-27")
    assert (code, out) == (2, "")
    assert "/applicant/owner/name holds a lone surrogate" in err
