"""``main.py audit verify --workspace DIR [--case ID]``: check the audit chains.

The workspace password comes from ``FCW_PASSWORD`` or standard input. Exit 0
when every chain checked holds, 2 when one is broken (naming the case number
and the first broken entry) or the input is wrong, 3 for a wrong password or
a busy workspace.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_LOCKED, EXIT_OK, say, workspace_password


def register(sub: Any) -> None:
    parser = sub.add_parser("audit", help="verify the audit chains of a workspace")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check every case's hash-chained change log")
    # SUPPRESS: do not overwrite a --workspace given before the command name.
    verify.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    verify.add_argument("--case", metavar="ID", help="only this case (UUID or case number)")
    verify.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from domain.errors import WorkspaceBusy, WorkspaceError, WrongPassword
    from storage.workspace import open_workspace

    directory = getattr(args, "workspace", None)
    if not directory:
        say("audit verify: give the workspace folder with --workspace DIR")
        return EXIT_INVALID
    try:
        workspace = open_workspace(Path(directory), workspace_password())
    except (WrongPassword, WorkspaceBusy) as exc:
        say(exc.message.render())
        return EXIT_LOCKED
    except WorkspaceError as exc:
        say(exc.message.render())
        return EXIT_INVALID
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
