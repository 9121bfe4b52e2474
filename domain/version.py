"""The application version, stamped into memos and packages."""

from __future__ import annotations

APP_NAME = "Field Credit Workstation"
APP_VERSION = "0.1.0"


def version_string() -> str:
    return f"{APP_NAME} {APP_VERSION}"
