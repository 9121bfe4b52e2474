"""The bar above the case list: search text, status and industry, and the count."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget

from domain.enums import CaseStatus, label
from domain.i18n import CONTEXT
from domain.ports import CaseFilter
from ui.icons import icon
from ui.industries import INDUSTRIES, industry_label


class CaseFilterBar(QFrame):
    """Emits ``changed`` whenever the officer alters a filter field."""

    changed = Signal()

    def __init__(
        self, industry_names: Mapping[str, str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search case number or applicant (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(320)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.status_combo.addItem(QCoreApplication.translate(CONTEXT, label(status)), status)
        self.industry_combo = QComboBox()
        self.industry_combo.addItem(self.tr("All industries"), None)
        ids = list(industry_names) if industry_names else list(INDUSTRIES)
        for industry_id in ids:
            self.industry_combo.addItem(industry_label(industry_id, industry_names), industry_id)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")

        status_label = QLabel(self.tr("Status:"))
        status_label.setBuddy(self.status_combo)
        industry_label_widget = QLabel(self.tr("Industry:"))
        industry_label_widget.setBuddy(self.industry_combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(8)
        row.addWidget(self.search_edit, 2)
        row.addWidget(status_label)
        row.addWidget(self.status_combo)
        row.addWidget(industry_label_widget)
        row.addWidget(self.industry_combo)
        row.addStretch(1)
        row.addWidget(self.count_label)
        self.setTabOrder(self.search_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.industry_combo)

        self.search_edit.textChanged.connect(self.changed)
        self.status_combo.currentIndexChanged.connect(self.changed)
        self.industry_combo.currentIndexChanged.connect(self.changed)

    def current_filter(self) -> CaseFilter:
        status = self.status_combo.currentData()
        industry = self.industry_combo.currentData()
        chosen = CaseStatus(status) if status else None
        return CaseFilter(
            text=self.search_edit.text().strip(),
            status=chosen,
            industry=str(industry) if industry else None,
            # archived cases stay out of the list unless asked for by status
            include_archived=chosen == CaseStatus.ARCHIVED,
        )

    def show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("{n} cases").format(n=total))
