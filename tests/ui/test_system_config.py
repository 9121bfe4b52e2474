"""IT's system-wide idle lock: FCW_IDLE_MINUTES or fcw.ini next to the executable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.settings import Settings
from ui.system_config import system_idle_minutes


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FCW_IDLE_MINUTES", raising=False)


def _ini(directory: Path, text: str) -> Path:
    (directory / "fcw.ini").write_text(text, encoding="utf-8")
    return directory


def test_fcw_ini_next_to_the_program_sets_the_idle_minutes(tmp_path: Path) -> None:
    assert system_idle_minutes(_ini(tmp_path, "[security]\nidle_minutes = 5\n")) == 5


def test_the_environment_variable_beats_fcw_ini(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FCW_IDLE_MINUTES", "3")
    assert system_idle_minutes(_ini(tmp_path, "[security]\nidle_minutes = 5\n")) == 3


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[security]\n",
        "[security]\nidle_minutes = 0\n",
        "[security]\nidle_minutes = soon\n",
        "not an ini file",
    ],
)
def test_a_missing_or_invalid_value_sets_nothing(tmp_path: Path, text: str) -> None:
    assert system_idle_minutes(_ini(tmp_path, text)) is None


@pytest.mark.parametrize(
    "encoding",
    ["utf-8-sig", "utf-16"],  # Notepad / Set-Content -Encoding UTF8; PowerShell 5's '>'
)
def test_fcw_ini_written_by_windows_tools_is_read(tmp_path: Path, encoding: str) -> None:
    text = "; 空闲锁定\r\n[security]\r\nidle_minutes = 7\r\n"
    (tmp_path / "fcw.ini").write_bytes(text.encode(encoding))
    assert system_idle_minutes(tmp_path) == 7


def test_without_fcw_ini_nothing_is_enforced(tmp_path: Path) -> None:
    assert system_idle_minutes(tmp_path) is None


def test_an_enforced_value_beats_the_officers_own_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    settings.idle_minutes = 30
    assert settings.idle_minutes == 30
    monkeypatch.setenv("FCW_IDLE_MINUTES", "5")
    assert settings.idle_minutes == 5
