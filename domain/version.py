"""The application version, stamped into memos and packages, and its build provenance.

``APP_VERSION`` is the one version every stamp uses (memos, packages, backups,
the workspace lock). :class:`BuildInfo` says where the running program came
from: a built bundle carries ``resources/build_info.json`` (written by
``tools/build.py``: version, SHA-256 of ``uv.lock``, build time, build tool);
a source run hashes ``uv.lock`` itself and is labelled "source". Reading the
files is ``storage.build_info``'s job; this module only shapes the data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

APP_NAME = "Field Credit Workstation"
APP_VERSION = "0.1.0"

#: ``BuildInfo.builder`` of a program run from the source tree.
SOURCE_BUILDER = "source"
#: Lock hash shown when neither build_info.json nor uv.lock is available.
UNKNOWN = "unknown"


def version_string() -> str:
    return f"{APP_NAME} {APP_VERSION}"


def lock_hash(lock_bytes: bytes) -> str:
    """SHA-256 (hex) of the contents of ``uv.lock``."""
    return hashlib.sha256(lock_bytes).hexdigest()


@dataclass(frozen=True)
class BuildInfo:
    """Provenance of the running program."""

    version: str = APP_VERSION
    lock_sha256: str = UNKNOWN
    built_at: str = ""
    builder: str = SOURCE_BUILDER

    @property
    def is_source(self) -> bool:
        return self.builder == SOURCE_BUILDER

    @classmethod
    def from_source(cls, lock_bytes: bytes | None) -> BuildInfo:
        """A source run: the lock hash is computed from ``uv.lock`` when present."""
        digest = lock_hash(lock_bytes) if lock_bytes is not None else UNKNOWN
        return cls(version=APP_VERSION, lock_sha256=digest, builder=SOURCE_BUILDER)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> BuildInfo:
        """From the parsed ``build_info.json``; missing keys fall back to the defaults."""
        return cls(
            version=str(data.get("version") or APP_VERSION),
            lock_sha256=str(data.get("lock_sha256") or UNKNOWN),
            built_at=str(data.get("built_at") or ""),
            builder=str(data.get("builder") or UNKNOWN),
        )

    def to_dict(self) -> dict[str, str]:
        return {
            "app_name": APP_NAME,
            "version": self.version,
            "lock_sha256": self.lock_sha256,
            "built_at": self.built_at,
            "builder": self.builder,
        }

    def describe(self) -> str:
        """One line for ``--version`` and the About dialog (technical, not translated)."""
        if self.is_source:
            origin = "source"
        else:
            origin = f"built {self.built_at} with {self.builder}".replace("built  ", "built ")
        return f"{APP_NAME} {self.version} ({origin}; uv.lock sha256 {self.lock_sha256})"


_current = BuildInfo()


def set_build_info(info: BuildInfo) -> None:
    """Called once at start-up by ``main.py`` with what ``storage.build_info`` read."""
    global _current
    _current = info


def build_info() -> BuildInfo:
    """Provenance of this process (version only until ``main.py`` has set it)."""
    return _current
