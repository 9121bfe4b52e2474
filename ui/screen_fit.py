"""Window sizes that fit the officer's screen.

Bank laptops are often 1366×768: a window opened at 1280×860 puts its bottom
row (the "finish stage" button, the status bar with the save state) below the
screen edge, out of reach. :func:`fit_to_screen` resizes a top-level window to
the size it wants, clipped to the available area of its screen (taskbar left
out) with a margin for the window frame. :class:`TextButton` is a push button
that a narrow layout cannot cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

#: Room left for the window manager's frame and title bar (pixels).
FRAME_MARGIN = (16, 48)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or less so that it fits its screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    room_w = max(area.width() - FRAME_MARGIN[0], 320)
    room_h = max(area.height() - FRAME_MARGIN[1], 240)
    window.resize(min(width, room_w), min(height, room_h))


class TextButton(QPushButton):
    """A push button never squeezed below its text. The stylesheet's ``min-width``
    becomes an explicit minimum size, which a layout honours instead of the size
    hint: in a narrow form "Remove row" lost its last characters."""

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (
            QEvent.Type.Polish,
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.Show,
        ):
            self.setMinimumWidth(self.sizeHint().width())
        return handled
