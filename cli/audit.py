"""``main.py audit verify --workspace DIR [--case ID]``: check the audit chains.

Each chain is checked entry by entry, against the head the case row
remembers and against the stored case data (the state its last entry
recorded); values erased by ``purge`` are listed with the date of their
erasure (docs/SECURITY.md, "Audit chain and tamper evidence").

The workspace password comes from ``FCW_PASSWORD`` or standard input. Exit 0
when every chain checked holds, 2 when one is broken (naming the case number
and the first broken entry) or the input is wrong, 3 for a wrong password or
a busy workspace.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    open_cli_workspace,
    say,
)


def register(sub: Any) -> None:
    parser = sub.add_parser("audit", help="verify the audit chains of a workspace")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check every case's hash-chained change log")
    # SUPPRESS: do not overwrite a --workspace given before the command name.
    verify.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    verify.add_argument("--case", metavar="ID", help="only this case (UUID or case number)")
    verify.set_defaults(handler=run)


def _notes(result: Any) -> str:
    """What an intact chain's reader should know: erased values (when, how
    many) and whether the stored case data was checked against the log."""
    notes = [
        f"values of {e.count} entries up to entry {e.through} erased on "
        f"{e.at.astimezone().date().isoformat()}"
        for e in result.erasures
    ]
    if not result.state_checked:
        notes.append("case data not covered: the log predates this check")
    return "; " + "; ".join(notes) if notes else ""


def run(args: argparse.Namespace) -> int:

    directory = getattr(args, "workspace", None)
    workspace = open_cli_workspace(directory, "audit verify")
    with workspace:
        store = workspace.store
        cases = store.case_ids()
        if args.case:
            cases = [(u, n) for u, n in cases if args.case in (u, n)]
            if not cases:
                say(f"audit verify: no case {args.case} in {directory}")
                return EXIT_INVALID
        broken = 0
        for case_uuid, number in cases:
            result = store.verify_history(case_uuid)
            if result.ok:
                say(f"{number}: ok ({len(store.history(case_uuid))} entries){_notes(result)}")
            else:
                broken += 1
                why = result.reason.render() if result.reason else ""
                say(f"{number}: BROKEN at entry {result.first_broken_seq}: {why}")
    if broken:
        say(f"{broken} of {len(cases)} audit chains are broken.")
        return EXIT_INVALID
    say(f"All {len(cases)} audit chains hold.")
    return EXIT_OK
