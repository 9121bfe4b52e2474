"""``main.py purge --workspace DIR --older-than-days N``: purge old archived cases.

Explicit and logged: removes the payload and attachments of cases archived N
days ago or more (N may not be shorter than the retention period, 5 years by
default), leaving a stub and a ``purge`` tombstone in each case's audit chain
so that ``audit verify`` still holds. ``--dry-run`` only lists them.
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
    parser = sub.add_parser("purge", help="purge archived cases past the retention period")
    parser.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    parser.add_argument("--older-than-days", type=int, required=True, metavar="N")
    parser.add_argument("--dry-run", action="store_true", help="list, do not purge")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import logging
    from datetime import datetime

    from domain.errors import WorkspaceError
    from storage.archive import purge_archived, purgeable

    if args.older_than_days < 0:
        say("purge: --older-than-days must be zero or more")
        return EXIT_INVALID
    workspace = open_cli_workspace(getattr(args, "workspace", None), "purge")
    now = datetime.now().astimezone()
    with workspace:
        try:
            if args.dry_run:
                found = purgeable(workspace, now, args.older_than_days)
            else:
                found = purge_archived(workspace, now, args.older_than_days, workspace.actor)
        except WorkspaceError as exc:
            say(exc.message.render())
            return EXIT_INVALID
    verb = "would be purged" if args.dry_run else "purged"
    for item in found:
        say(f"{item.number} (archived {item.archived_at.date()}) {verb}")
    say(f"{len(found)} archived cases {verb}.")
    logging.getLogger("fcw.cli.purge").info("purge: %d cases %s", len(found), verb)
    return EXIT_OK
