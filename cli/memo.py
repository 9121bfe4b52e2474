"""``main.py memo``: print the credit memo (授信调查报告) of a case as PDF.

    main.py memo CASE.json -o memo.pdf [--print-time ISO] [--lang zh_CN|en_US]
    main.py memo --workspace DIR --case ID -o memo.pdf [--print-time ISO] [--lang …]

A memo for approval is refused (exit 2, naming the rules) while a red fraud
flag is pending without an override reason; ``--draft`` prints it anyway,
marked DRAFT on the cover and in the watermark. From a workspace the final
memo also needs an analysed case with no invalid value
(:mod:`domain.lifecycle`), and printing it moves the case to 报告已打印.

The same case, rule pack and print time give a byte-identical PDF. The
workspace password comes from ``FCW_PASSWORD`` or standard input; printing
from a workspace is written to the case's access log. Exit 0 done, 2 invalid
input (the message says what), 3 wrong password or busy workspace.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    open_cli_workspace,
    say,
)

LANGUAGES = ("zh_CN", "en_US")


def register(sub: Any) -> None:
    parser = sub.add_parser("memo", help="print the credit memo of a case as PDF")
    parser.add_argument("case_file", nargs="?", metavar="CASE.json", help="a case file")
    # SUPPRESS: do not overwrite --workspace / --lang given before the command name.
    parser.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    parser.add_argument("--case", metavar="ID", help="case UUID or case number (with --workspace)")
    parser.add_argument("-o", "--output", metavar="PDF", required=True, help="PDF file to write")
    parser.add_argument(
        "--print-time",
        metavar="ISO",
        help="print time, e.g. 2026-11-27T10:30:00+08:00 (default: now)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
    parser.add_argument(
        "--draft",
        action="store_true",
        help="print even with red flags pending (the memo is marked DRAFT)",
    )
    parser.set_defaults(handler=run)


def parse_print_time(text: str | None) -> datetime:
    """The print time: ISO 8601; without an offset it is local time."""
    if not text:
        return datetime.now().astimezone().replace(microsecond=0)
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.astimezone()


def run(args: argparse.Namespace) -> int:
    from domain.errors import CaseFormatError, RulePackError
    from domain.memo import MemoBlocked

    try:
        print_time = parse_print_time(args.print_time)
    except ValueError:
        say(f"memo: --print-time {args.print_time!r} is not an ISO 8601 time")
        return EXIT_INVALID
    language = getattr(args, "lang", None) or "zh_CN"
    workspace = getattr(args, "workspace", None)
    output = Path(args.output)
    if args.case_file and workspace:
        say("memo: give either CASE.json or --workspace DIR --case ID, not both")
        return EXIT_INVALID
    try:
        if args.case_file:
            return _from_file(Path(args.case_file), output, print_time, language, args.draft)
        if workspace and args.case:
            return _from_workspace(
                Path(workspace), args.case, output, print_time, language, args.draft
            )
    except MemoBlocked as exc:
        say(f"memo: {exc.message.render()} (--draft prints a draft marked as such)")
        return EXIT_INVALID
    except (CaseFormatError, RulePackError) as exc:
        say(f"memo: {exc.message.render()}")
        return EXIT_INVALID
    say("memo: give a case file, or --workspace DIR --case ID")
    return EXIT_INVALID


def _write(
    case: Any,
    output: Path,
    print_time: datetime,
    language: str,
    draft: bool,
    by: str = "",
    pack: Any = None,
) -> int:
    from storage.memo_service import write_memo_file

    try:
        write_memo_file(
            case,
            output,
            print_time=print_time,
            language=language,
            printed_by=by,
            draft=draft,
            pack=pack,
        )
    except OSError as exc:
        say(f"memo: cannot write {output}: {exc.strerror or exc}")
        return EXIT_INVALID
    say(f"memo: {case.number or case.uuid} → {output}")
    return EXIT_OK


def _from_file(path: Path, output: Path, print_time: datetime, language: str, draft: bool) -> int:
    from domain.serialization import case_from_dict

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        say(f"memo: cannot read {path}: {exc.strerror or exc}")
        return EXIT_INVALID
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        say(f"memo: {path} is not a UTF-8 JSON case file: {exc}")
        return EXIT_INVALID
    return _write(case_from_dict(data), output, print_time, language, draft)


def _from_workspace(
    directory: Path,
    case_id: str,
    output: Path,
    print_time: datetime,
    language: str,
    draft: bool,
) -> int:
    """The final memo of an analysed (or later) case moves it to 报告已打印;
    ``--draft`` prints at any stage and moves nothing."""
    from storage.memo_service import print_workspace_memo

    workspace = open_cli_workspace(directory, "memo")
    with workspace:
        try:
            case = workspace.store.load(case_id)
        except KeyError:
            say(f"memo: no case {case_id} in {directory}")
            return EXIT_INVALID
        try:
            print_workspace_memo(
                workspace, case.uuid, output, print_time=print_time, language=language, draft=draft
            )
        except OSError as exc:
            say(f"memo: cannot write {output}: {exc.strerror or exc}")
            return EXIT_INVALID
    say(f"memo: {case.number or case.uuid} → {output}")
    return EXIT_OK
