"""One palette and one stylesheet: white and grey with a single blue accent."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from domain.paths import resource_path

ACCENT = "#1f5fbf"
ACCENT_DARK = "#184c99"
ACCENT_LIGHT = "#e8f0fb"
TEXT = "#1f2933"
MUTED = "#5f6b7a"
BORDER = "#d5dae1"
WINDOW = "#f4f6f8"
BASE = "#ffffff"
ALT_BASE = "#f9fafb"
RED = "#c62828"
AMBER = "#c77700"
GREEN = "#2e7d32"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QToolBar {{ background: {BASE}; border: none; border-bottom: 1px solid {BORDER};
           padding: 4px; spacing: 6px; }}
QToolBar QToolButton {{ padding: 4px 8px; border-radius: 4px; color: {TEXT}; }}
QToolBar QToolButton:hover {{ background: {ACCENT_LIGHT}; }}
QStatusBar {{ background: {BASE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit {{
    background: {BASE}; border: 1px solid {BORDER}; border-radius: 4px;
    padding: 4px 6px; min-height: 20px; selection-background-color: {ACCENT}; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 1px solid {ACCENT}; }}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
                        width: 22px; border: none; }}
QComboBox::down-arrow {{ image: url(@CHEVRON@); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ background: {BASE}; border: 1px solid {BORDER};
                               selection-background-color: {ACCENT_LIGHT};
                               selection-color: {TEXT}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLineEdit[invalid="true"] {{ border: 1px solid {RED}; }}
QPushButton {{ background: {BASE}; border: 1px solid {BORDER}; border-radius: 4px;
               padding: 5px 16px; min-width: 72px; color: {TEXT}; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:default {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton:default:hover {{ background: {ACCENT_DARK}; }}
QPushButton:disabled {{ color: #9aa5b1; background: {ALT_BASE}; }}
QTableView {{ background: {BASE}; alternate-background-color: {ALT_BASE};
              border: 1px solid {BORDER}; gridline-color: #edf0f3;
              selection-background-color: {ACCENT_LIGHT}; selection-color: {TEXT}; }}
QHeaderView::section {{ background: {WINDOW}; color: {MUTED}; border: none;
                        border-bottom: 1px solid {BORDER}; border-right: 1px solid #e6e9ed;
                        padding: 6px 8px; font-weight: 600; }}
QLabel[role="fieldError"] {{ color: {RED}; }}
QLabel[role="fieldOk"] {{ color: {GREEN}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="title"] {{ font-size: 18px; font-weight: 600; color: {TEXT}; }}
QLabel[role="demo"] {{ background: #fff8e1; border: 1px solid #f0d68a; border-radius: 4px;
                       padding: 6px; color: #6b4e00; }}
QFrame#filterBar {{ background: {BASE}; border-bottom: 1px solid {BORDER}; }}
QFrame#lockScreen {{ background: {WINDOW}; }}
QFrame#card {{ background: {BASE}; border: 1px solid {BORDER}; border-radius: 8px; }}
"""


def apply_style(app: QApplication) -> None:
    """Install the Fusion style, the palette and the stylesheet on ``app``."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor(BASE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(ALT_BASE))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor(BASE))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(BASE))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa5b1"))
    app.setPalette(palette)
    chevron = resource_path("icons", "chevron-down.svg").as_posix()
    app.setStyleSheet(STYLESHEET.replace("@CHEVRON@", chevron))


def repolish(widget: object) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    from PySide6.QtWidgets import QWidget

    if isinstance(widget, QWidget):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
