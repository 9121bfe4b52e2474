"""Where the shipped resources are, for a source run and for a built program.

Computing a path is not I/O, so both ``storage`` and ``ui`` may use this; the
reading itself happens in ``storage`` (data files) or ``ui`` (icons, fonts,
translations loaded by Qt).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def app_root() -> Path:
    """Folder that holds ``resources/``: the source tree or the built program."""
    override = os.environ.get("FCW_APP_ROOT")
    if override:
        return Path(override)
    frozen_dir = getattr(sys, "_MEIPASS", None)  # PyInstaller
    if frozen_dir:
        return Path(frozen_dir)
    compiled = globals().get("__compiled__")  # Nuitka standalone
    if compiled is not None:
        return Path(compiled.containing_dir)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("fonts", "x.ttf")``."""
    return app_root().joinpath("resources", *parts)
