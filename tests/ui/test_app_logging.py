"""The GUI's log file never holds ID, phone or account numbers; where it and
the workspace live."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from ui.app import app_data_dir, default_workspace_dir, setup_logging


def test_the_gui_log_file_redacts_id_phone_and_account_numbers(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    root = logging.getLogger()
    try:
        logging.getLogger("fcw.test").warning(
            "saving case of 11010519491231002X phone 13812345678 card 6222021234567890123"
        )
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "") == str(path):
                handler.close()
                root.removeHandler(handler)
    text = path.read_text(encoding="utf-8")
    assert "saving case of" in text
    assert "11010519491231002X" not in text
    assert "13812345678" not in text
    assert "6222021234567890123" not in text


def test_the_workspace_and_logs_live_in_the_local_not_the_roaming_app_data_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # On Windows these differ: %LOCALAPPDATA% stays on the laptop, %APPDATA% may
    # be copied at every log-on or redirected to a network share (issue 23).
    where = {
        QStandardPaths.StandardLocation.AppDataLocation: "/roaming/FCW/FieldCreditWorkstation",
        QStandardPaths.StandardLocation.AppLocalDataLocation: "/local/FCW/FieldCreditWorkstation",
    }
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: where[location])
    assert app_data_dir() == Path("/local/FCW/FieldCreditWorkstation")
    assert default_workspace_dir() == Path("/local/FCW/FieldCreditWorkstation/workspace")
