"""Helpers for the workspace tests: cheap scrypt, a clock that ticks, folder hashes."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from domain.ports import Actor
from storage.keyfile import ScryptParams
from storage.workspace import Workspace, create_workspace

#: scrypt at n=2**10 keeps each unlock around a millisecond in tests.
FAST_KDF = ScryptParams(n=2**10, r=8, p=1)
PASSWORD = "correct horse 电池 staple"
BEIJING = timezone(timedelta(hours=8))
OFFICER = Actor(name="王小明", staff_no="S0421", branch="3301")


class StepClock:
    """Starts at 2026-11-27 10:00 Beijing time and moves one second per reading."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 27, 10, 0, 0, tzinfo=BEIJING)

    def __call__(self) -> datetime:
        current = self.now
        self.now = current + timedelta(seconds=1)
        return current


def new_workspace(directory: Path, clock: StepClock | None = None, **kwargs: str) -> Workspace:
    return create_workspace(
        directory,
        PASSWORD,
        OFFICER.name,
        OFFICER.staff_no,
        OFFICER.branch,
        kdf=FAST_KDF,
        clock=clock or StepClock(),
        **kwargs,
    )


def folder_digest(directory: Path) -> dict[str, str]:
    """Name → SHA-256 of every file in the folder: equal before and after = untouched."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
        if p.is_file()
    }
