"""Settings IT sets for every user of a computer (issue 12, README "For IT").

``FCW_IDLE_MINUTES`` in the environment, or ``fcw.ini`` next to the executable
(the application folder of a built program; the source tree in a source run)::

    [security]
    idle_minutes = 5

A value given here is enforced: it beats the officer's own choice in
:class:`ui.settings.Settings`. Missing, empty or invalid values are ignored.
``fcw.ini`` may be UTF-8 with or without a byte-order mark (Notepad,
``Set-Content -Encoding UTF8``) or UTF-16 (Windows PowerShell 5's ``>``).
"""

from __future__ import annotations

import codecs
import configparser
import os
import sys
from pathlib import Path

from domain.paths import app_root

CONFIG_FILE = "fcw.ini"
IDLE_ENV = "FCW_IDLE_MINUTES"


def config_dir() -> Path:
    """Folder of ``fcw.ini``: next to the executable when built, else the source tree."""
    if getattr(sys, "frozen", False) or "__compiled__" in globals():
        return Path(sys.executable).resolve().parent
    return app_root()


def _minutes(raw: str | None) -> int | None:
    try:
        value = int(str(raw).strip())
    except (TypeError, ValueError):
        return None
    return value if value > 0 else None


def system_idle_minutes(directory: Path | None = None) -> int | None:
    """Idle-lock minutes IT enforces for all users, or None when none are set."""
    from_env = _minutes(os.environ.get(IDLE_ENV))
    if from_env is not None:
        return from_env
    path = (directory if directory is not None else config_dir()) / CONFIG_FILE
    parser = configparser.ConfigParser()
    try:
        raw = path.read_bytes()
        utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        parser.read_string(raw.decode("utf-16" if utf16 else "utf-8-sig"))
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    return _minutes(parser.get("security", "idle_minutes", fallback=None))
