"""Importing a bank statement: which column is which, with a preview.

The dialog never reads the file itself: ``main.py`` hands it a parse function
(``storage.statements.parse_statement`` bound to the chosen file), which it
calls with ``None`` first (let the reader guess the columns) and then with the
officer's :class:`ColumnMapping` each time a selector changes. A
:class:`StatementError` is shown under the selector it concerns (or above the
preview when it concerns no single field), and OK stays disabled until the
statement reads cleanly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.case import BankTransaction
from domain.i18n import CONTEXT, Message
from domain.money import format_money
from domain.statement_import import MAPPING_FIELDS, ColumnMapping, ParsedStatement, StatementError
from domain.validators import mask_account
from ui.screen_fit import fit_to_screen

#: ``parse(mapping) -> ParsedStatement``; ``mapping=None`` lets the reader guess.
ParseFn = Callable[[ColumnMapping | None], ParsedStatement]

PREVIEW_ROWS = 20


def _tr_message(message: Message) -> str:
    return message.render(QCoreApplication.translate)


class StatementImportDialog(QDialog):
    """Column selectors per mapping field, the detected layout and a preview."""

    def __init__(
        self, parse: ParseFn, *, file_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self._parsed: ParsedStatement | None = None
        self._columns: list[str] = []
        self._populating = False
        title = self.tr("Import bank statement")
        self.setWindowTitle(f"{title} – {file_name}" if file_name else title)

        self.layout_label = QLabel()
        self.layout_label.setObjectName("layout_label")
        self.layout_label.setWordWrap(True)

        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.field_errors: dict[str, QLabel] = {}
        for name, label in MAPPING_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"combo_{name}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.setVisible(False)
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(combo)
            box.addWidget(error)
            form.addRow(QCoreApplication.translate(CONTEXT, label), holder)
            self.combos[name] = combo
            self.field_errors[name] = error

        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setVisible(False)

        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("preview_table")
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Amount"),
                self.tr("Counterparty"),
                self.tr("Counterparty account"),
                self.tr("Description"),
            ]
        )
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.layout_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 820, 720)

        self._run(None)

    # ------------------------------------------------------------ public

    def transactions(self) -> list[BankTransaction]:
        """The parsed lines (all of them, not only the preview); empty if none."""
        return list(self._parsed.transactions) if self._parsed else []

    def parsed(self) -> ParsedStatement | None:
        return self._parsed

    def mapping(self) -> ColumnMapping:
        """The mapping the selectors show now."""
        values: dict[str, str | None] = {}
        for name, combo in self.combos.items():
            column = combo.currentData()
            values[name] = column if isinstance(column, str) else None
        return ColumnMapping(**values)

    def ok_button_enabled(self) -> bool:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return bool(button and button.isEnabled())

    # ---------------------------------------------------------- internal

    def _mapping_changed(self) -> None:
        if not self._populating:
            self._run(self.mapping())

    def _run(self, mapping: ColumnMapping | None) -> None:
        self._clear_errors()
        try:
            parsed = self._parse(mapping)
        except StatementError as error:
            self._parsed = None
            if error.columns:
                self._fill_combos(error.columns, mapping or error.mapping)
            self._show_layout(error.layout, "")
            self._show_error(error)
            self._show_preview([])
            self.summary_label.setText("")
            self.warnings_label.setVisible(False)
        else:
            self._parsed = parsed
            self._fill_combos(parsed.columns, parsed.mapping)
            self._show_layout(parsed.layout, parsed.layout_label, parsed.account)
            self._show_preview(parsed.transactions[:PREVIEW_ROWS])
            self.summary_label.setText(
                self.tr("%n transaction(s) read", "", len(parsed.transactions))
                + self.tr("; ", "separator of the summary's parts")
                + self.tr("%n row(s) skipped", "", parsed.rows_skipped)
                + (
                    self.tr(" (preview shows the first %n)", "", PREVIEW_ROWS)
                    if len(parsed.transactions) > PREVIEW_ROWS
                    else ""
                )
            )
            self._show_warnings(parsed.warnings)
        self._set_ok(self._parsed is not None)

    def _fill_combos(self, columns: list[str], mapping: ColumnMapping | None) -> None:
        current = mapping.as_dict() if mapping else {}
        self._populating = True
        try:
            for name, combo in self.combos.items():
                if columns != self._columns:
                    combo.clear()
                    combo.addItem(self.tr("(none)"), None)
                    for column in columns:
                        if column:
                            combo.addItem(column, column)
                wanted = current.get(name)
                index = combo.findData(wanted) if wanted else 0
                combo.setCurrentIndex(max(index, 0))
            self._columns = list(columns)
        finally:
            self._populating = False

    def _show_layout(self, layout_id: str, label: str, account: str = "") -> None:
        if layout_id and label:
            text = self.tr("Detected layout: %1").replace(
                "%1", QCoreApplication.translate(CONTEXT, label)
            )
        else:
            text = self.tr("No known layout: choose which column holds which field.")
        if account:
            # Account numbers are sensitive (DOMAIN.md §9): masked on screen.
            text += "\n" + self.tr("Statement account: %1").replace("%1", mask_account(account))
        self.layout_label.setText(text)

    def _show_error(self, error: StatementError) -> None:
        text = _tr_message(error.message)
        label = self.field_errors.get(error.field, self.error_label)
        label.setText(text)
        label.setVisible(True)

    def _clear_errors(self) -> None:
        for label in [*self.field_errors.values(), self.error_label]:
            label.setText("")
            label.setVisible(False)

    def _show_warnings(self, warnings: list[Message]) -> None:
        if not warnings:
            self.warnings_label.setVisible(False)
            return
        shown = [_tr_message(w) for w in warnings[:5]]
        if len(warnings) > 5:
            shown.append(self.tr("… and %n more", "", len(warnings) - 5))
        self.warnings_label.setText("\n".join(shown))
        self.warnings_label.setVisible(True)

    def _show_preview(self, lines: list[BankTransaction]) -> None:
        self.preview.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = [
                line.on.isoformat() if line.on else "",
                format_money(line.amount),
                line.counterparty,
                mask_account(line.counterparty_account) if line.counterparty_account else "",
                line.description,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()

    def _set_ok(self, enabled: bool) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(enabled)
