"""``main.py backup --workspace DIR [-o DIR]``: an encrypted backup now.

The backup is a folder ``fcw-backup-<UTC time>`` (database copy keyed as the
workspace, key file, manifest) in ``DIR/backups`` or the folder given with
``-o``. The workspace is opened read-only, so this works while the
workstation has it open. Password from ``FCW_PASSWORD`` or standard input.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    open_cli_workspace,
    say,
)


def register(sub: Any) -> None:
    parser = sub.add_parser("backup", help="write an encrypted backup of a workspace")
    parser.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    parser.add_argument("-o", "--output", metavar="DIR", type=Path, help="backup folder")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from domain.errors import WorkspaceError
    from storage.backup import create_backup

    workspace = open_cli_workspace(getattr(args, "workspace", None), "backup", read_only=True)
    try:
        with workspace:
            made = create_backup(workspace, args.output, now=datetime.now(UTC))
    except WorkspaceError as exc:
        say(exc.message.render())
        return EXIT_INVALID
    say(f"Backup written to {made}")
    print(made)
    return EXIT_OK
