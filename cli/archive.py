"""``main.py archive --workspace DIR --case ID [--reason TEXT]``: archive a case.

Cases are never deleted: archiving is an audited status change, and a case
never exported to head office needs ``--reason``. Purging old archived cases
is the separate command ``purge`` (``cli/purge.py``). Password from
``FCW_PASSWORD`` or standard input.
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
    parser = sub.add_parser("archive", help="archive a case (never deleted)")
    parser.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    parser.add_argument("--case", metavar="ID", required=True, help="UUID or case number")
    parser.add_argument("--reason", default="", help="why (required if never exported)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from domain.errors import WorkspaceError
    from storage.archive import archive_case

    directory = getattr(args, "workspace", None)
    workspace = open_cli_workspace(directory, "archive")
    with workspace:
        try:
            archive_case(workspace, args.case, workspace.actor, args.reason)
        except KeyError:
            say(f"archive: no case {args.case} in {directory}")
            return EXIT_INVALID
        except WorkspaceError as exc:
            say(exc.message.render())
            return EXIT_INVALID
    say(f"Case {args.case} archived.")
    return EXIT_OK
