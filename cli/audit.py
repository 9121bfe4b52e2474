"""``main.py audit verify --workspace DIR [--case ID]``: check the audit chains.

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
                say(f"{number}: ok ({len(store.history(case_uuid))} entries)")
            else:
                broken += 1
                why = result.reason.render() if result.reason else ""
                say(f"{number}: BROKEN at entry {result.first_broken_seq}: {why}")
    if broken:
        say(f"{broken} of {len(cases)} audit chains are broken.")
        return EXIT_INVALID
    say(f"All {len(cases)} audit chains hold.")
    return EXIT_OK
