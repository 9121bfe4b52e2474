"""The review, export, blacklist, pack and gui actions of ``main.py headoffice``
(kept apart from :mod:`cli.headoffice` to keep each module small)."""

from __future__ import annotations

from typing import Any


def register(actions: Any) -> None:
    pass
