"""The GUI's log file never holds ID, phone or account numbers."""

from __future__ import annotations

import logging
from pathlib import Path

from ui.app import setup_logging


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
