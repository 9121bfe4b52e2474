"""Read the program's build provenance (see :mod:`domain.version`).

A built bundle has ``resources/build_info.json``; a source run has ``uv.lock``
next to ``resources/``. Both are looked up under :func:`domain.paths.app_root`.
"""

from __future__ import annotations

import json
from pathlib import Path

from domain.paths import app_root
from domain.version import BuildInfo

BUILD_INFO_FILE = "build_info.json"
LOCK_FILE = "uv.lock"


def load_build_info(root: Path | None = None) -> BuildInfo:
    """``build_info.json`` when the program was built, else a "source" record."""
    base = app_root() if root is None else root
    info_path = base / "resources" / BUILD_INFO_FILE
    if info_path.is_file():
        try:
            data = json.loads(info_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict):
            return BuildInfo.from_dict(data)
    lock_path = base / LOCK_FILE
    try:
        lock_bytes: bytes | None = lock_path.read_bytes()
    except OSError:
        lock_bytes = None
    return BuildInfo.from_source(lock_bytes)


def write_build_info(info: BuildInfo, resources_dir: Path) -> Path:
    """Write ``build_info.json`` into a bundle's ``resources`` folder (the build does this)."""
    path = resources_dir / BUILD_INFO_FILE
    path.write_text(json.dumps(info.to_dict(), indent=2) + "\n", encoding="utf-8")
    return path
