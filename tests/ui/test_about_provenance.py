"""Help → About shows where the program came from (build tool and uv.lock hash)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from domain.version import BuildInfo, build_info, set_build_info
from ui.about_dialog import AboutDialog


@pytest.fixture
def restore_build_info() -> Iterator[None]:
    before = build_info()
    yield
    set_build_info(before)


@pytest.mark.usefixtures("restore_build_info")
def test_about_shows_the_build_tool_date_and_lock_hash_of_a_built_program(qtbot: QtBot) -> None:
    set_build_info(
        BuildInfo(
            lock_sha256="cd" * 32, built_at="2026-11-27T10:00:00Z", builder="PyInstaller 6.22.3"
        )
    )
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.provenance_label.text()
    assert "cd" * 32 in text
    assert "2026-11-27T10:00:00Z" in text
    assert "PyInstaller 6.22.3" in text


@pytest.mark.usefixtures("restore_build_info")
def test_about_says_run_from_source_when_not_built(qtbot: QtBot) -> None:
    set_build_info(BuildInfo.from_source(b"abc"))
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "source" in dialog.provenance_label.text()
    # SHA-256("abc"), the FIPS 180-2 test vector
    assert "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" in (
        dialog.provenance_label.text()
    )
