"""Help → About: name, version, what the program is for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from domain.version import APP_VERSION, UNKNOWN, build_info
from ui.icons import icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = QLabel(self.tr("Field Credit Workstation"))
        name.setProperty("role", "title")
        self.version_label = QLabel(self.tr("Version {version}").format(version=APP_VERSION))
        text = QLabel(
            self.tr(
                "Guided on-site credit investigation for micro and small business "
                "loans: see for yourself, cross-check the figures, write the memo. "
                "Works offline; every case is encrypted on this computer."
            )
        )
        text.setWordWrap(True)
        text.setProperty("role", "hint")
        info = build_info()
        origin = (
            self.tr("Run from source")
            if info.is_source
            else self.tr("Built {date} with {tool}").format(date=info.built_at, tool=info.builder)
        )
        self.provenance_label = QLabel(
            self.tr("{origin}; dependency lock (uv.lock) SHA-256:").format(origin=origin)
            + "\n"
            + (info.lock_sha256 if info.lock_sha256 != UNKNOWN else self.tr("unknown"))
        )
        self.provenance_label.setWordWrap(True)
        self.provenance_label.setProperty("role", "hint")
        self.provenance_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        column.addWidget(name)
        column.addWidget(self.version_label)
        column.addWidget(text)
        column.addWidget(self.provenance_label)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addSpacing(12)
        row.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
