"""Conventions shared by the sub-commands: exit codes, secrets, messages."""

from __future__ import annotations

import getpass
import io
import os
import sys
from typing import Any

EXIT_OK = 0
EXIT_BUG = 1
EXIT_INVALID = 2
EXIT_LOCKED = 3
EXIT_PARTIAL = 4


def utf8_output() -> None:
    """Standard output and error in UTF-8 whatever the console's code page.

    Machine output is UTF-8 (CONTRACTS.md). On Windows a redirected stream
    otherwise takes the ANSI code page, 936 on Chinese Windows, whose GBK has
    neither ¥ nor 𠮷: printing a case would fail. A real Windows console is
    UTF-8 already (Python writes it as UTF-16), a windowed program has no
    streams; both are left as they are. The error handler is kept.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not _is_utf8(stream.encoding):
            stream.reconfigure(encoding="utf-8", errors=stream.errors)


def _is_utf8(encoding: str | None) -> bool:
    return (encoding or "").lower().replace("-", "").replace("_", "") == "utf8"


def say(text: str) -> None:
    """Output for people goes to standard error."""
    print(text, file=sys.stderr)


def read_secret(env_var: str, prompt: str) -> str:
    """A secret from the environment or standard input, never from arguments."""
    value = os.environ.get(env_var)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def workspace_password() -> str:
    return read_secret("FCW_PASSWORD", "Workspace password: ")


def key_passphrase() -> str:
    return read_secret("FCW_KEY_PASSPHRASE", "Key passphrase: ")


class CommandExit(Exception):
    """Stop a command with an exit code; what went wrong was already said."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def open_cli_workspace(
    directory: object,
    command: str,
    *,
    password: str | None = None,
    read_only: bool = False,
) -> Any:
    """The unlocked workspace for a command, or :class:`CommandExit` after saying why:
    exit 3 for a wrong password or a workspace held by another program, 2 for
    anything else the officer must fix (no folder given, not a workspace …)."""
    from pathlib import Path

    from domain.errors import WorkspaceBusy, WorkspaceError, WrongPassword
    from storage.workspace import open_workspace

    if not directory:
        say(f"{command}: give the workspace folder with --workspace DIR")
        raise CommandExit(EXIT_INVALID)
    secret = workspace_password() if password is None else password
    try:
        if read_only:
            return open_workspace(Path(str(directory)), secret, read_only=True)
        return open_workspace(Path(str(directory)), secret)
    except (WrongPassword, WorkspaceBusy) as exc:
        say(exc.message.render())
        raise CommandExit(EXIT_LOCKED) from exc
    except WorkspaceError as exc:
        say(exc.message.render())
        raise CommandExit(EXIT_INVALID) from exc
