"""Baseline process: an empty QMainWindow with PySide6, reporting its first paint.

``python -m tests.bench.harness_empty`` prints one JSON line when the window
has painted (or the event loop has turned once after ``show``), then exits.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from tests.bench.paint import report_first_paint


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    report_first_paint(window, {})
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
