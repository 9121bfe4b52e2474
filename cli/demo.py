"""``main.py demo --workspace DIR [--cases N] [--seed S]``: a demo workspace, no screen.

The password comes from ``FCW_PASSWORD`` (or standard input); when neither
gives one, the demo password is used and printed, since demo data is not
secret.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_LOCKED, EXIT_OK, say


def register(sub: Any) -> None:
    parser = sub.add_parser("demo", help="create a demo workspace without a screen")
    parser.add_argument("--workspace", type=Path, required=True, metavar="DIR")
    parser.add_argument("--cases", type=int, default=60, help="number of demo cases (default 60)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.set_defaults(handler=run)


def _password() -> str | None:
    if "FCW_PASSWORD" in os.environ:
        return os.environ["FCW_PASSWORD"]
    if sys.stdin is not None and not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        return line or None
    return None


def run(args: argparse.Namespace) -> int:
    from domain.errors import WorkspaceError
    from storage.demo_workspace import (
        DEMO_HEADOFFICE_PASSPHRASE,
        DEMO_HEADOFFICE_STEM,
        DEMO_PASSWORD,
        create_demo_workspace,
    )

    if args.cases < 0:
        say("--cases must be zero or more.")
        return EXIT_INVALID
    password = _password()
    shown = password is None
    try:
        workspace = create_demo_workspace(
            args.workspace, password=password or DEMO_PASSWORD, count=args.cases, seed=args.seed
        )
    except WorkspaceError as exc:
        say(exc.message.render())
        return EXIT_LOCKED if exc.__class__.__name__ == "WorkspaceBusy" else EXIT_INVALID
    workspace.close()
    say(f"Demo workspace with {args.cases} cases created in {args.workspace}")
    if shown:
        say(f"Password: {DEMO_PASSWORD}")
    key = Path(args.workspace) / f"{DEMO_HEADOFFICE_STEM}.key"
    say(f"Demo head office key: {key} (passphrase: {DEMO_HEADOFFICE_PASSPHRASE})")
    return EXIT_OK
