"""Icons drawn for the workstation (``resources/icons/*.svg``).

Falls back to a Qt standard icon when a file is missing, so a broken install
still shows something sensible.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from domain.paths import resource_path

#: Qt standard pixmaps by name (``QStyle.StandardPixmap``), looked up only when
#: an icon file is missing: creating that enum costs start-up time for nothing.
_FALLBACK = {
    "new-case": "SP_FileIcon",
    "open-case": "SP_DirOpenIcon",
    "lock": "SP_DialogNoButton",
    "refresh": "SP_BrowserReload",
    "search": "SP_FileDialogContentsView",
    "about": "SP_MessageBoxInformation",
    "quit": "SP_DialogCloseButton",
    "language": "SP_ComputerIcon",
    "app": "SP_DesktopIcon",
}


def icon(name: str) -> QIcon:
    """The icon called ``name`` (file stem under ``resources/icons``)."""
    path = resource_path("icons", f"{name}.svg")
    if path.is_file():
        return QIcon(str(path))
    style = QApplication.style()
    standard = getattr(QStyle.StandardPixmap, _FALLBACK.get(name, "SP_FileIcon"))
    return style.standardIcon(standard) if style is not None else QIcon()
