"""Feedback while the workstation works: a busy cursor, a progress window.

:func:`busy_cursor` wraps anything that may take longer than a moment
(opening a case, printing a memo): the wait cursor shows for its length and
is restored after, even when it fails. :class:`BuildProgress` is the window
shown at once while ``--demo`` builds its workspace, instead of seconds of
nothing (docs/FORMATS.md, "--demo"); :class:`BatchProgress` counts the cases
of a long batch that runs on the GUI thread (a spreadsheet of many cases).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
#: A batch expected to last longer than this shows its progress dialog.
SHOW_AFTER_MS = 500


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor for the block's length; restored after, exception or not."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def while_busy(operation: Callable[[], T]) -> T:
    """Run ``operation`` under :func:`busy_cursor` and return its result."""
    with busy_cursor():
        return operation()


class BatchProgress(QProgressDialog):
    """A batch run on the GUI thread (a spreadsheet of many cases): modal to
    its window, it shows once the batch looks like taking longer than a moment
    (QProgressDialog's estimate) and counts the cases."""

    def __init__(self, title: str, label: Callable[[int, int], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("batchProgress")
        self.setWindowTitle(title)
        self._label = label
        self.setCancelButton(None)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setMinimumWidth(420)
        self.setAutoReset(False)  # the caller closes it when the batch is written
        self.setAutoClose(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` cases are through."""
        self.setRange(0, total)
        self.setLabelText(self._label(done, total))
        self.setValue(done)  # modal: paints and takes events


class BuildProgress(QProgressDialog):
    """ "Preparing the demo workspace…" with a bar: case n of N. No cancel
    button (the window that follows needs the workspace)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buildProgress")
        self.setWindowTitle(self.tr("Field Credit Workstation"))
        self.setLabelText(self.tr("Preparing the demo workspace…"))
        self.setCancelButton(None)
        self.setRange(0, 0)  # busy until the cases start
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.NonModal)

    def start(self) -> None:
        """Show now and paint, before the long work blocks the event loop."""
        self.show()
        self.raise_()
        QCoreApplication.processEvents()

    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` demo cases are stored."""
        self.setRange(0, total)
        self.setValue(done)
        self.setLabelText(
            self.tr("Preparing the demo workspace: case {done} of {total}…").format(
                done=done, total=total
            )
        )
        QCoreApplication.processEvents()
