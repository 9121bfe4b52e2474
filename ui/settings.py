"""Preferences, declared once with their types and defaults (Picard's options.py).

QSettings underneath; window state is kept apart from preferences. Tests pass
their own ``QSettings`` (an INI file in a temporary folder) so nothing reads
or writes the officer's real settings.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

from ui.system_config import system_idle_minutes

DEFAULT_ORG = "FieldCreditWorkstation"
APP_NAME = "FieldCreditWorkstation"

LANGUAGES = ("zh_CN", "en_US")
DEFAULT_LANGUAGE = "zh_CN"
DEFAULT_IDLE_MINUTES = 10


def settings_org() -> str:
    """Organisation name of QSettings; ``FCW_SETTINGS_ORG`` overrides it (tests)."""
    return os.environ.get("FCW_SETTINGS_ORG") or DEFAULT_ORG


class Settings:
    """Typed access to the officer's preferences."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings(settings_org(), APP_NAME)

    # -- preferences -----------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._q.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._q.setValue("ui/language", value)
        self._q.sync()

    @property
    def idle_minutes(self) -> int:
        """Minutes without keyboard or mouse activity before the window locks
        (IT's ``FCW_IDLE_MINUTES`` / ``fcw.ini`` beats the officer's choice)."""
        enforced = system_idle_minutes()
        if enforced is not None:
            return enforced
        raw = self._q.value("security/idle_minutes", DEFAULT_IDLE_MINUTES)
        try:
            minutes = int(str(raw))
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return minutes if minutes > 0 else DEFAULT_IDLE_MINUTES

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._q.setValue("security/idle_minutes", int(value))
        self._q.sync()

    # -- window state ----------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)

    def header_state(self) -> QByteArray | None:
        value = self._q.value("window/case_table_header")
        return value if isinstance(value, QByteArray) else None

    def set_header_state(self, state: QByteArray) -> None:
        self._q.setValue("window/case_table_header", state)
