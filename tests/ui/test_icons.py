"""Icons: the drawn SVGs, and Qt's standard icons when a file is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QStyle

from ui import icons


def test_every_fallback_names_a_qt_standard_pixmap() -> None:
    for name, pixmap in icons._FALLBACK.items():
        assert isinstance(getattr(QStyle.StandardPixmap, pixmap), QStyle.StandardPixmap), name


def test_a_drawn_icon_comes_from_its_svg_file(qapp: QApplication) -> None:
    assert icons.resource_path("icons", "lock.svg").is_file()
    assert not icons.icon("lock").isNull()


def test_a_missing_icon_file_falls_back_to_a_standard_icon(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(icons, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    for name in ("lock", "no-such-icon"):
        assert not icons.icon(name).isNull(), name
