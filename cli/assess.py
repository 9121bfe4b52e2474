"""``main.py assess CASE.json [--rule-pack DIR] [--today YYYY-MM-DD] [--lang zh_CN|en_US]``.

Validates the case file against ``resources/schema/case.schema.json``, reads
it, runs the cross-verification engine and the fraud rules, and prints the
assessment as one JSON object on standard output (CONTRACTS.md). Labels and
messages (``category_label``, check names …) are in Simplified Chinese, taken
from the application's ``.ts`` translations; ``--lang en_US`` prints English.
Exit codes:
0 done; 2 the file is missing, not JSON, fails the schema (each error printed
with its JSON path and why), has a newer schema version, an unknown industry
or a value outside ``resources/value_bounds.toml`` (docs/FORMATS.md, "Value
bounds"), or the rule pack is invalid.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_OK, say
from domain.errors import CaseFormatError, RulePackError
from domain.paths import resource_path

LANGUAGES = ("zh_CN", "en_US")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "assess",
        help="print the assessment of a case file as JSON",
        description="Cross-verify a case file and print the assessment as JSON on standard output.",
    )
    parser.add_argument("case_file", metavar="CASE.json", help="case file (UTF-8 JSON)")
    parser.add_argument(
        "--rule-pack", metavar="DIR", help="rule pack folder (default: shipped pack)"
    )
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD", help="date of the assessment (default: today)"
    )
    # SUPPRESS: do not overwrite --lang given before the command name.
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of labels and messages (default: zh_CN)",
    )
    parser.set_defaults(handler=run)


def schema_errors(data: Any) -> list[str]:
    """Each schema violation as ``/json/path: why`` (empty when valid)."""
    from jsonschema import Draft202012Validator

    schema = json.loads(resource_path("schema", "case.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    out = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        path = "/" + "/".join(str(p) for p in error.absolute_path)
        why = error.message
        # "x is not valid under any of the given schemas" (a value or null):
        # say what the non-null branch wanted instead
        branches = [
            e for e in error.context or [] if e.validator != "type" or e.validator_value != "null"
        ]
        if branches:
            why = "; ".join(sorted({e.message for e in branches}))
        out.append(f"{path}: {why}")
    return out


def value_problems(data: dict[str, Any], pack: Any, today: date) -> list[str]:
    """What the schema cannot say, as ``/json/path: why``: a schema version newer
    than this program's (refused as ``import`` refuses it), an industry the rule
    pack does not know, and values outside ``resources/value_bounds.toml``
    (a negative amount, a term of 0 months, a birth date in 9999)."""
    from domain.case import SCHEMA_VERSION
    from domain.value_bounds import bound_violations
    from storage.workflow_files import load_value_bounds

    out = []
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        out.append(
            f"/schema_version: the case uses schema version {version}; this program reads "
            f"up to {SCHEMA_VERSION}. Install a version that reads case schema {version}."
        )
    business = data.get("business")
    industry = business.get("industry", "") if isinstance(business, dict) else ""
    if isinstance(industry, str) and industry and pack.industry(industry) is None:
        known = ", ".join(sorted(pack.industries))
        out.append(
            f"/business/industry: unknown industry {industry!r}; the rule pack knows {known}."
        )
    for where, why in bound_violations(data, load_value_bounds(), today):
        out.append(f"/{where}: {why.render()}")
    return out


def _load(path: Path) -> tuple[Any, str | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, f"{path}: file not found"
    except IsADirectoryError:
        return None, f"{path}: is a folder, not a case file"
    except UnicodeDecodeError:
        return None, f"{path}: not UTF-8 text"
    except OSError as exc:
        return None, f"{path}: cannot be read ({exc.strerror})"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"{path}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    except RecursionError:
        return None, f"{path}: nested more than {MAX_DEPTH} levels deep; not a case file"
    if _depth(data) > MAX_DEPTH:
        return None, f"{path}: nested more than {MAX_DEPTH} levels deep; not a case file"
    broken = _lone_surrogates(data)
    if broken:
        where = ", ".join(broken[:5]) + (" …" if len(broken) > 5 else "")
        return None, (
            f"{path}: text at {where} holds a lone surrogate (an escape such as \\ud800 "
            "that is not a character); not valid Unicode"
        )
    return data, None


def _lone_surrogates(value: Any) -> list[str]:
    """JSON paths of the keys and strings that hold a lone surrogate: such text
    cannot be written as UTF-8, so it would break the output."""
    found, stack = [], [(value, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, str):
            if any("\ud800" <= ch <= "\udfff" for ch in node):
                found.append(where or "/")
        elif isinstance(node, dict):
            for key, child in node.items():
                if any("\ud800" <= ch <= "\udfff" for ch in key):
                    found.append(f"{where}/{key!a}")
                stack.append((child, f"{where}/{key}"))
        elif isinstance(node, list):
            stack.extend((child, f"{where}/{i}") for i, child in enumerate(node))
    return sorted(found)


#: A case file is about six levels deep; far deeper is not a case (and would
#: exhaust the recursion of the schema check).
MAX_DEPTH = 32


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value``, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                break
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, level + 1) for child in children)
    return deepest


def run(args: argparse.Namespace) -> int:
    from domain.assessment import assess_with_fraud, assessment_to_json
    from domain.serialization import case_from_dict
    from domain.value_bounds import digit_violations
    from storage.memo_texts import memo_translate
    from storage.rulepack_files import load_rule_pack
    from storage.workflow_files import load_value_bounds

    path = Path(args.case_file)
    data, problem = _load(path)
    if problem is not None:
        say(problem)
        return EXIT_INVALID
    errors = schema_errors(data)
    if errors:
        say(f"{path}: does not follow the case schema ({len(errors)} errors):")
        for line in errors:
            say(f"  {line}")
        return EXIT_INVALID
    try:
        today = date.fromisoformat(args.today) if args.today else date.today()
    except ValueError:
        say(f"--today: not a YYYY-MM-DD date: {args.today!r}")
        return EXIT_INVALID
    try:
        pack = load_rule_pack(args.rule_pack)
    except RulePackError as exc:
        say(str(exc))
        return EXIT_INVALID
    problems = value_problems(data, pack, today)
    if problems:
        say(f"{path}: has values this program cannot assess ({len(problems)}):")
        for line in problems:
            say(f"  {line}")
        return EXIT_INVALID
    try:
        case = case_from_dict(data)
    except CaseFormatError as exc:
        say(f"{path}: {exc}")
        return EXIT_INVALID
    too_long = digit_violations(case, load_value_bounds())
    if too_long:
        say(f"{path}: has numbers this program cannot compute exactly ({len(too_long)}):")
        for where, why in too_long:
            say(f"  /{where}: {why.render()}")
        return EXIT_INVALID
    assessment = assess_with_fraud(case, pack, today=today)
    translate = memo_translate(getattr(args, "lang", None) or "zh_CN")
    # Built whole first: an error can never leave half an object on standard output.
    text = json.dumps(assessment_to_json(assessment, translate), ensure_ascii=False, indent=2)
    sys.stdout.write(text + "\n")
    return EXIT_OK
