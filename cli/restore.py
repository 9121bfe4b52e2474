"""``main.py restore --workspace DIR BACKUP``: replace a workspace by a checked backup.

The backup is checked first (hashes, key, integrity, schema, audit chains);
a damaged one is refused (exit 2) and the workspace is left as it was. The
password is the one current when the backup was taken (``FCW_PASSWORD`` or
standard input). The replaced workspace is kept beside it as
``DIR.replaced-<time>``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_LOCKED, EXIT_OK, say, workspace_password


def register(sub: Any) -> None:
    parser = sub.add_parser("restore", help="restore a workspace from a backup")
    parser.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    parser.add_argument("backup", metavar="BACKUP", type=Path, help="a backup folder")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from domain.errors import WorkspaceBusy, WorkspaceError, WrongPassword
    from storage.backup import restore

    directory = getattr(args, "workspace", None)
    if not directory:
        say("restore: give the workspace folder with --workspace DIR")
        return EXIT_INVALID
    if not args.backup.is_dir():
        say(f"restore: {args.backup} is not a backup folder")
        return EXIT_INVALID
    try:
        result = restore(args.backup, Path(directory), workspace_password())
    except (WrongPassword, WorkspaceBusy) as exc:
        say(exc.message.render())
        return EXIT_LOCKED
    except WorkspaceError as exc:
        say(exc.message.render())
        return EXIT_INVALID
    say(f"Restored {result.cases} cases into {result.directory}.")
    if result.replaced is not None:
        say(f"The replaced workspace was kept in {result.replaced}.")
    return EXIT_OK
