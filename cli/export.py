"""``main.py export``: case packages for head office, or a spreadsheet.

    main.py export --workspace DIR --case ID [--case ID …] -o OUTDIR
    main.py export --workspace DIR --all -o OUTDIR
    main.py export --workspace DIR (--case ID … | --all) --spreadsheet FILE.xlsx|.csv [--unmasked]

Packages are named ``<case-number>-v<version>.fcwpkg``, signed by this
workstation and encrypted for head office (import its key first with
``keys import-headoffice``). ``--all`` exports the cases ready to send:
status analysed or memo_printed, and returned cases whose every head-office
question is answered. A case with a red fraud flag pending without an
override reason is refused, naming the rules. ``--spreadsheet`` writes the
selected cases (``--all``: every case) instead: XLSX with a ``flags`` sheet,
or CSV plus ``<name>-flags.csv``; personal numbers masked unless
``--unmasked`` (the choice is written to the access log).

Exit 0 done, 2 invalid input or refused, 3 wrong password or busy workspace,
4 some cases of a batch failed (each is listed).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_PARTIAL,
    CommandExit,
    open_cli_workspace,
    say,
)


def register(sub: Any) -> None:
    parser = sub.add_parser("export", help="export case packages for head office, or a spreadsheet")
    parser.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--case", metavar="ID", action="append", help="case UUID or number (repeatable)"
    )
    which.add_argument(
        "--all",
        action="store_true",
        help="packages: every case ready to send (analysed, memo printed, returned and "
        "answered); spreadsheet: every case",
    )
    parser.add_argument("-o", "--output", metavar="OUTDIR", help="folder for the packages")
    parser.add_argument(
        "--spreadsheet", metavar="FILE", help="write a spreadsheet (.xlsx or .csv) instead"
    )
    parser.add_argument(
        "--unmasked", action="store_true", help="spreadsheet: show ID, phone and account numbers"
    )
    parser.set_defaults(handler=run)


def open_workspace_for(command: str, directory: str | None) -> tuple[Any, int]:
    """The unlocked workspace, or ``(None, exit code)`` after saying why."""
    try:
        return open_cli_workspace(directory, command), EXIT_OK
    except CommandExit as stop:
        return None, stop.code


def run(args: argparse.Namespace) -> int:
    if args.spreadsheet is None and not args.output:
        say("export: give -o OUTDIR for packages, or --spreadsheet FILE")
        return EXIT_INVALID
    workspace, code = open_workspace_for("export", getattr(args, "workspace", None))
    if workspace is None:
        return code
    with workspace:
        if args.spreadsheet is not None:
            return _spreadsheet(workspace, args)
        return _packages(workspace, args)


def _spreadsheet(workspace: Any, args: argparse.Namespace) -> int:
    from domain.errors import DomainError
    from storage.spreadsheet import export_spreadsheet

    ids = [u for u, _ in workspace.store.case_ids()] if args.all else args.case
    try:
        written = export_spreadsheet(workspace, ids, Path(args.spreadsheet), unmasked=args.unmasked)
    except KeyError as exc:
        say(f"export: no case {exc.args[0]} in the workspace")
        return EXIT_INVALID
    except DomainError as exc:
        say(f"export: {exc.message.render()}")
        return EXIT_INVALID
    except OSError as exc:
        say(f"export: cannot write {args.spreadsheet}: {exc.strerror or exc}")
        return EXIT_INVALID
    masked = "unmasked" if args.unmasked else "masked"
    say(f"export: {len(ids)} cases ({masked}) → {', '.join(str(p) for p in written)}")
    return EXIT_OK


def _packages(workspace: Any, args: argparse.Namespace) -> int:
    from storage.export import export_cases, ready_case_ids
    from storage.headoffice_keys import HeadOfficeKeyError, require_headoffice

    try:
        require_headoffice(workspace)
    except HeadOfficeKeyError as exc:
        say(f"export: {exc.message.render()}")
        return EXIT_INVALID
    ids = ready_case_ids(workspace) if args.all else args.case
    if not ids:
        say("export: no case is ready to send (analysed, memo printed, or returned and answered)")
        return EXIT_OK
    result = export_cases(workspace, ids, Path(args.output))
    for done in result.done:
        say(f"export: {done.case_number} v{done.version} → {done.path}")
    for case_id, why in result.failed:
        say(f"export: FAILED {case_id}: {why.render()}")
    if not result.failed:
        return EXIT_OK
    if result.done:
        say(f"export: {len(result.failed)} of {len(ids)} cases failed")
        return EXIT_PARTIAL
    return EXIT_INVALID
