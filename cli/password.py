"""``main.py password change|recover --workspace DIR``: a new workspace password.

``change``: the old password from ``FCW_PASSWORD``, the new one from
``FCW_NEW_PASSWORD`` (or, without them, two lines on standard input: old, then
new). It re-keys the workspace: a new data key, the database re-encrypted
(progress on standard error), so that an old backup's key file and the old
password no longer open it (docs/SECURITY.md); ``--keep-key`` only re-wraps
the key under the new password. The workspace must be closed (exit 3 if open).
``recover --key HO_KEYFILE``: for a lost password, with head office's
private key file (passphrase from ``FCW_KEY_PASSPHRASE``) and the new password
from ``FCW_NEW_PASSWORD`` or standard input (passphrase first when both come
from standard input). Only the key file is rewritten, atomically. Exit 3 for
a wrong password or passphrase, or a workspace without head office's wrap.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import (
    EXIT_INVALID,
    EXIT_LOCKED,
    EXIT_OK,
    key_passphrase,
    read_secret,
    say,
    workspace_password,
)


def register(sub: Any) -> None:
    parser = sub.add_parser("password", help="change or recover the workspace password")
    actions = parser.add_subparsers(dest="password_command", metavar="ACTION", required=True)
    change = actions.add_parser("change", help="change the password (old and new)")
    change.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    change.add_argument(
        "--keep-key",
        action="store_true",
        help="keep the data key (only the password changes; old key files still open the data)",
    )
    change.set_defaults(handler=run_change)
    recover = actions.add_parser("recover", help="set a new password with head office's key")
    recover.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    recover.add_argument("--key", metavar="HO_KEYFILE", type=Path, required=True)
    recover.set_defaults(handler=run_recover)


def _new_password() -> str:
    return read_secret("FCW_NEW_PASSWORD", "New workspace password: ")


class _Percent:
    """Progress of the re-encryption on standard error, one line per 10 %."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        step = percent // 10 * 10
        if step > self.shown:
            self.shown = step
            say(f"Re-encrypting the workspace: {step}%")


def run_change(args: argparse.Namespace) -> int:
    from domain.errors import WorkspaceBusy, WorkspaceError, WrongPassword
    from storage.rekey import rekey_workspace
    from storage.workspace import change_password

    directory = getattr(args, "workspace", None)
    if not directory:
        say("password change: give the workspace folder with --workspace DIR")
        return EXIT_INVALID
    old = workspace_password()
    new = _new_password()
    try:
        if args.keep_key:
            change_password(Path(directory), old, new)
        else:
            rekey_workspace(Path(directory), old, new, progress=_Percent())
    except (WrongPassword, WorkspaceBusy) as exc:
        say(exc.message.render())
        return EXIT_LOCKED
    except WorkspaceError as exc:
        say(exc.message.render())
        return EXIT_INVALID
    if args.keep_key:
        say("The workspace password was changed; the data key was kept.")
    else:
        say(
            "The workspace password was changed and the data re-encrypted under a new key. "
            "Backups made before now open only with the password of their own time."
        )
    return EXIT_OK


def run_recover(args: argparse.Namespace) -> int:
    from domain.errors import WorkspaceError, WrongPassword
    from storage.keys import KeyFileError, load_private_x25519
    from storage.recovery import recover_password

    directory = getattr(args, "workspace", None)
    if not directory:
        say("password recover: give the workspace folder with --workspace DIR")
        return EXIT_INVALID
    try:
        private = load_private_x25519(args.key, key_passphrase)
    except KeyFileError as exc:
        say(exc.message.render())
        return EXIT_LOCKED if "passphrase" in exc.message.msg_id else EXIT_INVALID
    try:
        recover_password(Path(directory), private, _new_password())
    except WrongPassword as exc:
        say(exc.message.render())
        return EXIT_LOCKED
    except WorkspaceError as exc:
        say(exc.message.render())
        return EXIT_INVALID
    say("The workspace has a new password; head office's recovery key still opens it.")
    return EXIT_OK
