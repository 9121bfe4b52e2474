"""A rotating log file with personal data redacted (for headless commands and
tests; the GUI builds its own handler in ``ui/app.py`` and installs the same
filter, :class:`domain.log_filter.PersonalDataFilter`)."""

from __future__ import annotations

import logging
import logging.handlers
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
