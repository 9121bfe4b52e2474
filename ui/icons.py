"""Icons drawn for the workstation (``resources/icons/*.svg``).

Falls back to a Qt standard icon when a file is missing, so a broken install
still shows something sensible.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from domain.paths import resource_path

_FALLBACK: dict[str, QStyle.StandardPixmap] = {
    "new-case": QStyle.StandardPixmap.SP_FileIcon,
    "open-case": QStyle.StandardPixmap.SP_DirOpenIcon,
    "lock": QStyle.StandardPixmap.SP_DialogNoButton,
    "refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "search": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "quit": QStyle.StandardPixmap.SP_DialogCloseButton,
    "language": QStyle.StandardPixmap.SP_ComputerIcon,
    "app": QStyle.StandardPixmap.SP_DesktopIcon,
}


def icon(name: str) -> QIcon:
    """The icon called ``name`` (file stem under ``resources/icons``)."""
    path = resource_path("icons", f"{name}.svg")
    if path.is_file():
        return QIcon(str(path))
    style = QApplication.style()
    standard = _FALLBACK.get(name, QStyle.StandardPixmap.SP_FileIcon)
    return style.standardIcon(standard) if style is not None else QIcon()
