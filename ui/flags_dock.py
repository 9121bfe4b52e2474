"""The fraud flags at hand: a dock of the case editor, reachable from every
stage (docs/DOMAIN.md, "Flags at hand").

:func:`install_flags_dock` puts the editor's one :class:`ui.flags_panel.FlagsPanel`
in a :class:`FlagsDock` on the right of the case window, hidden until asked
for. Its title counts the flags by light; the Stage menu's "Fraud flags"
(Ctrl+Shift+F), the header's button and the 交叉检验 stage open it, and so
does the "memo not printed" dialog. The evidence of a flag links to the field
it came from (the editor's :meth:`ui.case_editor.CaseEditor.go_to_field`) or
to its row in the spreading view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

from domain.enums import Severity

if TYPE_CHECKING:
    from ui.flags_panel import FlagsPanel


class FlagsDock(QDockWidget):
    """The flags panel in a dock whose title counts the flags by light."""

    def __init__(self, panel: FlagsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags_dock")
        self.panel = panel
        self._placed = False
        self.window_: QMainWindow | None = None  # the window it docks into when opened
        self.toggle_action: QAction | None = None
        # one scroll area, the dock's own: in a short window the evidence and
        # the decision keep their height instead of being squashed
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(panel)
        self.setWidget(scroll)
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        # a narrow dock reads the list above the evidence, not beside it
        self.dockLocationChanged.connect(self._orient)
        panel.changed.connect(self.refresh_title)
        panel.flagsChanged.connect(self.refresh_title)
        self.refresh_title()

    def open(self) -> None:
        """Show the dock on the right of its window (joining the layout the first time)."""
        window = self.window_
        if not self._placed and window is not None:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
            self._orient(Qt.DockWidgetArea.RightDockWidgetArea)
            window.resizeDocks([self], [460], Qt.Orientation.Horizontal)
            self._placed = True
        self.show()
        self.raise_()

    def refresh_title(self) -> None:
        counts = self.panel.counts()
        self.setWindowTitle(
            self.tr("Fraud flags: red {red} · amber {amber} · info {info}")
            .replace("{red}", str(counts[Severity.RED]))
            .replace("{amber}", str(counts[Severity.AMBER]))
            .replace("{info}", str(counts[Severity.INFO]))
        )

    def _orient(self, area: Qt.DockWidgetArea) -> None:
        vertical = area != Qt.DockWidgetArea.BottomDockWidgetArea
        self.panel.splitter.setOrientation(
            Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
        )
        # the list of flags above, the evidence and decisions (the longer part) below
        self.panel.splitter.setSizes([220, 480] if vertical else [500, 500])


def install_flags_dock(window: QMainWindow, panel: FlagsPanel) -> FlagsDock:
    """The dock of ``window``, hidden; ``dock.toggle_action`` (Ctrl+Shift+F)
    opens and closes it. The dock joins the window's layout when first opened:
    a hidden dock in the layout would stop the window from growing to the
    minimum its stages need."""
    panel.setMinimumHeight(640)
    panel.evidence.setMinimumHeight(150)
    dock = FlagsDock(panel)  # no parent yet: see the docstring
    dock.window_ = window
    window.destroyed.connect(dock.deleteLater)
    dock.setMinimumWidth(380)
    toggle = QAction(QCoreApplication.translate("FlagsDock", "Fraud flags"), window)
    toggle.setCheckable(True)
    toggle.setShortcut(QKeySequence("Ctrl+Shift+F"))
    toggle.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    toggle.triggered.connect(lambda checked: dock.open() if checked else dock.hide())
    dock.visibilityChanged.connect(lambda _visible: toggle.setChecked(dock.isVisible()))
    window.addAction(toggle)
    dock.toggle_action = toggle
    return dock
