"""A rotating log file with personal data redacted (for headless commands and
tests; the GUI builds its own handler in ``ui/app.py`` and installs the same
filter, :class:`domain.log_filter.PersonalDataFilter`)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from domain.log_filter import install

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redacting_file_handler(path: Path) -> logging.Handler:
    """A rotating UTF-8 file handler (1 MB × 5) whose records are redacted."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    return install(handler)


def setup_file_logging(path: Path, level: int = logging.INFO) -> logging.Handler:
    """Send the root logger to ``path`` through the redacting handler; returns it
    (remove it with ``logging.getLogger().removeHandler``)."""
    handler = redacting_file_handler(path)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return handler


CLI_LOG_FILE = "fcw-cli.log"
APP_FOLDER = ("FieldCreditWorkstation", "FieldCreditWorkstation")  # organisation, application


def cli_log_dir() -> Path:
    """The folder of the command line's log: ``FCW_LOG_DIR`` when set, else the
    ``logs`` folder next to the workstation's own log (docs/FORMATS.md,
    "Command line: errors and the log"), found without Qt: ``%LOCALAPPDATA%``
    on Windows, ``~/Library/Application Support`` on macOS, the XDG data
    folder elsewhere."""
    override = os.environ.get("FCW_LOG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base.joinpath(*APP_FOLDER, "logs")


class _QuietRotatingHandler(logging.handlers.RotatingFileHandler):
    """A log that cannot be written (disk full, file held by another program)
    must not print logging's own traceback on the officer's screen."""

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


def cli_file_handler(directory: Path | None = None) -> logging.Handler | None:
    """The command line's redacting log handler on ``fcw-cli.log`` (its own
    file: two programs rotating one file would fight over it), opened only
    when a record is written. ``None`` when the folder cannot be made."""
    folder = directory or cli_log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _QuietRotatingHandler(
            folder / CLI_LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(logging.WARNING)
    return install(handler)
