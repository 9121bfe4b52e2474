"""``main.py init --workspace DIR --name NAME --staff-no NO --branch CODE``:
the first run without a screen, a new empty workspace.

The same as the first-run dialog: the officer's name, staff number and
four-digit branch code, and a password (``FCW_PASSWORD`` or standard input)
of at least 10 characters using three of lower case, upper case, digits and
symbols. A folder that already holds a workspace is refused and left alone.
Exit 0 created, 2 refused (the message says why).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_OK, say, workspace_password


def register(sub: Any) -> None:
    parser = sub.add_parser("init", help="create a new, empty workspace (the first run)")
    parser.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    parser.add_argument("--name", required=True, help="the officer's name")
    parser.add_argument("--staff-no", required=True, help="the officer's staff number")
    parser.add_argument("--branch", required=True, help="the four-digit branch code")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from domain.errors import WorkspaceError
    from domain.passwords import MIN_PASSWORD_LENGTH, password_rule_failures
    from storage.workspace import create_workspace, workspace_exists

    directory = getattr(args, "workspace", None)
    if not directory:
        say("init: give the workspace folder with --workspace DIR")
        return EXIT_INVALID
    if not args.name.strip() or not args.staff_no.strip():
        say("init: give the officer's name and staff number")
        return EXIT_INVALID
    if not re.fullmatch(r"\d{4}", args.branch):
        say(f"init: the branch code has four digits, not {args.branch!r}")
        return EXIT_INVALID
    if workspace_exists(Path(directory)):
        say(f"init: {directory} already holds a workspace; nothing was changed")
        return EXIT_INVALID
    password = workspace_password()
    if password_rule_failures(password):
        say(
            f"init: the password needs at least {MIN_PASSWORD_LENGTH} characters and three of "
            "lower case, upper case, digits and symbols"
        )
        return EXIT_INVALID
    try:
        create_workspace(
            Path(directory), password, args.name.strip(), args.staff_no.strip(), args.branch
        ).close()
    except WorkspaceError as exc:
        say(f"init: {exc.message.render()}")
        return EXIT_INVALID
    say(f"init: workspace for {args.name.strip()} ({args.staff_no.strip()}) in {directory}")
    return EXIT_OK
