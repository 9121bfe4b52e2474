"""The bank's retention and backup policy (``resources/retention.toml``):
a light module, read at start-up for the backup timer."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from domain.paths import resource_path


@dataclass(frozen=True)
class RetentionPolicy:
    retention_days: int
    backup_every_hours: float
    backup_keep: int


def load_retention_policy() -> RetentionPolicy:
    """The shipped defaults from ``resources/retention.toml``."""
    data = tomllib.loads(resource_path("retention.toml").read_text("utf-8"))
    return RetentionPolicy(
        retention_days=int(data["retention_days"]),
        backup_every_hours=float(data["backup_every_hours"]),
        backup_keep=int(data["backup_keep"]),
    )


__all__ = ["RetentionPolicy", "load_retention_policy"]
