"""File → New case: the few facts a case starts with."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.case import Case
from domain.enums import ApplicantKind, label
from domain.i18n import CONTEXT
from domain.money import format_money, parse_decimal, to_money
from ui.industries import INDUSTRIES, industry_label
from ui.style import repolish


def parse_amount(text: str) -> Decimal | None:
    """An amount as officers type it: ``300000``, ``300,000.00`` or ``30万`` (ten thousands)."""
    cleaned = text.strip().removesuffix("元").strip()
    if cleaned.endswith("万"):
        value = parse_decimal(cleaned[:-1])
        return None if value is None else value * 10000
    return parse_decimal(cleaned)


class NewCaseDialog(QDialog):
    """Applicant name, kind, industry and requested amount; :meth:`build_case`."""

    def __init__(
        self, industry_names: Mapping[str, str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Registered name or owner's name"))
        self.kind_combo = QComboBox()
        for kind in ApplicantKind:
            self.kind_combo.addItem(QCoreApplication.translate(CONTEXT, label(kind)), kind)
        self.industry_combo = QComboBox()
        # no industry picked for the officer: the first of the list (餐饮) was
        # taken silently, and the stages asked for the wrong meters and norms
        self.industry_combo.addItem(self.tr("— choose later —"), "")
        ids = list(industry_names) if industry_names else list(INDUSTRIES)
        for industry_id in ids:
            self.industry_combo.addItem(industry_label(industry_id, industry_names), industry_id)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 300000 or 30万"))
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_error = QLabel()
        self.amount_error.setProperty("role", "fieldError")

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Applicant:"), self.name_edit)
        form.addRow(self.tr("Applicant kind:"), self.kind_combo)
        form.addRow(self.tr("Industry:"), self.industry_combo)
        form.addRow(self.tr("Amount requested (¥):"), self.amount_edit)
        form.addRow("", self.amount_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create case"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.amount_edit.textChanged.connect(self._update)
        self._update()

    def amount_valid(self) -> bool:
        text = self.amount_edit.text().strip()
        return not text or self.amount() is not None

    def amount(self) -> Decimal | None:
        """The amount typed, rounded to the fen; None when empty or not a number."""
        value = parse_amount(self.amount_edit.text())
        if value is None or value <= 0:
            return None
        return to_money(value)

    def _update(self) -> None:
        valid = self.amount_valid()
        amount = self.amount() if valid else None
        if not valid:
            self.amount_error.setText(self.tr("Enter a positive amount in yuan, e.g. 300000."))
        else:  # what was understood, so that 30万 can be checked at a glance
            self.amount_error.setText("" if amount is None else f"= ¥{format_money(amount)}")
        self.amount_error.setProperty("role", "fieldError" if not valid else "fieldOk")
        repolish(self.amount_error)
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()) and valid)

    def _accept_if_valid(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def build_case(self) -> Case:
        case = Case()
        kind = ApplicantKind(self.kind_combo.currentData())
        case.applicant.kind = kind
        case.applicant.registered_name = self.name_edit.text().strip()
        case.business.industry = str(self.industry_combo.currentData() or "")
        case.loan.amount = self.amount()
        return case
