"""Conventions shared by the sub-commands: exit codes, secrets, messages."""

from __future__ import annotations

import getpass
import os
import sys

EXIT_OK = 0
EXIT_BUG = 1
EXIT_INVALID = 2
EXIT_LOCKED = 3
EXIT_PARTIAL = 4


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
