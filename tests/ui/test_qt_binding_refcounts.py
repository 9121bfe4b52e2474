"""Guard against the PySide6 6.12.0 bug that dropped a reference to ``None`` on
every ``setItem``: after a few thousand table edits Python aborts with
"deallocating None". The pin in pyproject.toml keeps the good version."""

from __future__ import annotations

import gc
import sys

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def test_filling_tables_does_not_drop_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableWidget(10, 10)
    qtbot.addWidget(table)
    model = QStandardItemModel(10, 10)
    # garbage of earlier tests collected during the loop releases its own
    # references to None and made this fail in a full run: collect first, and
    # keep the collector out of the measurement
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for i in range(2000):
            table.setItem(i % 10, i % 7, QTableWidgetItem(str(i)))
            model.setItem(i % 10, i % 7, QStandardItem(str(i)))
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after - before > -100
