"""Bank statements inside the 自编报表 stage: import, summary, re-classification.

The officer builds the income statement here and checks its sales against the
bank flows (S5), so the statements sit beside it. The section never reads
files itself: ``parse_statement_file(path)`` (``storage.statements.
statement_parser`` handed down by main.py) returns the ``parse(mapping)``
function of :class:`ui.statement_import_dialog.StatementImportDialog`.
Without it the import button is hidden; the lines already in the case still
show and can be re-classified.

Every change (an import, a new category) is one undoable edit of
``transactions`` through the editor's :class:`ui.undo.EditContext`.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.case import BankTransaction
from domain.enums import Light, TxCategory
from domain.i18n import tr_noop
from domain.money import format_money
from domain.statement_analysis import classify_for_case
from domain.statement_import import merge_transactions
from domain.statement_patterns import detect_patterns, month_of, months_between
from ui.interaction import Interaction
from ui.stages.base import tr
from ui.stages.fields import tr_label, tr_msg, words_list
from ui.statement_import_dialog import StatementImportDialog
from ui.undo import EditContext
from ui.verification_panel import LIGHT_COLOURS, input_label

ParseFn = Callable[[Any], Any]
ParseFileFn = Callable[[str], ParseFn]
RunDialog = Callable[[StatementImportDialog], bool]

_OUTFLOW_CATEGORIES = (
    TxCategory.PURCHASE,
    TxCategory.EXPENSE,
    TxCategory.LOAN_REPAYMENT,
    TxCategory.PERSONAL,
    TxCategory.OTHER_OUTFLOW,
)
_INFLOW_CATEGORIES = tuple(c for c in TxCategory if c not in _OUTFLOW_CATEGORIES)
PATTERN_NAMES = {  # tr_noop: collected for translation, translated where shown
    "same_day_pairs": tr_noop("Same-day in and out"),
    "round_sum_inflows": tr_noop("Round-sum inflows"),
    "inflow_spike": tr_noop("Inflow spike before application"),
    "private_loan_payments": tr_noop("Regular payments to one person"),
}
#: Words for the statement categories (the domain's enum has no labels of its
#: own; without these the officer saw ``loan_drawn`` and ``own_transfer``).
TX_CATEGORY_LABELS: dict[TxCategory, str] = {
    TxCategory.SALES: tr_noop("Sales receipts"),
    TxCategory.LOAN_DRAWN: tr_noop("Loan drawn"),
    TxCategory.OWN_TRANSFER: tr_noop("Transfer between own accounts"),
    TxCategory.CAPITAL_INJECTED: tr_noop("Capital put in"),
    TxCategory.OTHER_INFLOW: tr_noop("Other inflow"),
    TxCategory.PURCHASE: tr_noop("Purchases"),
    TxCategory.EXPENSE: tr_noop("Operating expense"),
    TxCategory.LOAN_REPAYMENT: tr_noop("Loan repayment"),
    TxCategory.PERSONAL: tr_noop("Personal spending"),
    TxCategory.OTHER_OUTFLOW: tr_noop("Other outflow"),
}
TX_COLUMNS = ("Date", "Amount", "Counterparty", "Description", "Category")
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 7


def category_label(category: TxCategory) -> str:
    """The translated name of a statement category."""
    source = TX_CATEGORY_LABELS.get(category)
    return tr(source) if source is not None else tr_label(category)


def _exec(dialog: StatementImportDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def inflows_by_category(lines: list[BankTransaction]) -> dict[TxCategory, Decimal]:
    """Sum of inflows (amount > 0) per category, in the order of :class:`TxCategory`."""
    sums: dict[TxCategory, Decimal] = defaultdict(lambda: Decimal("0"))
    for t in lines:
        if t.amount > 0:
            sums[t.category] += t.amount
    return {c: sums[c] for c in TxCategory if c in sums}


def months_covered(lines: list[BankTransaction]) -> int:
    """Calendar months from the first to the last dated line, partial months whole."""
    dated = [t.on for t in lines if t.on is not None]
    if not dated:
        return 0
    return len(months_between(month_of(min(dated)), month_of(max(dated))))


class BankStatementSection(QWidget):
    """Import button, summary (months, inflows, S5, pattern lights), lines."""

    def __init__(
        self,
        ctx: EditContext,
        *,
        parse_statement_file: ParseFileFn | None = None,
        interaction: Interaction | None = None,
        rule_pack: Callable[[], Any] | None = None,
        assess: Callable[[], Any] | None = None,
        run_dialog: RunDialog = _exec,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parse_statement_file = parse_statement_file
        self.interaction = interaction or Interaction()
        self.rule_pack, self.assess, self.run_dialog = rule_pack, assess, run_dialog
        self.import_button = QPushButton(tr("Import bank statement…"))
        self.import_button.setObjectName("import_statement")
        self.import_button.clicked.connect(self.import_statement)
        self.import_button.setVisible(parse_statement_file is not None)
        self.result_label = QLabel()
        self.result_label.setObjectName("statement_result")
        self.result_label.setWordWrap(True)
        self.summary = QTableWidget(0, 2)
        self.summary.setObjectName("statement_summary")
        self.summary.setHorizontalHeaderLabels([tr("Figure"), tr("Value")])
        self.summary.verticalHeader().setVisible(False)
        self.summary.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary.horizontalHeader().setStretchLastSection(True)
        self.summary.setWordWrap(True)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines = QTableView()
        self.lines.setObjectName("transactions")
        self.lines_model = LinesModel(self.set_category, self)
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.lines.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.SelectedClicked
            | QTableView.EditTrigger.EditKeyPressed
        )
        self.lines.setItemDelegateForColumn(4, CategoryDelegate(self.lines_model, self))
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.lines.setMinimumHeight(260)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # -- actions -----------------------------------------------------------
    def import_statement(self) -> bool:
        """Ask for a file, run the import dialog, classify and merge. True if imported."""
        if self.parse_statement_file is None:
            return False
        path = self.interaction.ask_open_file(
            self,
            tr("Import bank statement"),
            "",
            tr("Statement exports (*.csv *.xlsx *.xls *.txt);;All files (*)"),
        )
        if not path:
            return False
        dialog = StatementImportDialog(
            self.parse_statement_file(path), file_name=PurePath(path).name, parent=self
        )
        try:
            if not self.run_dialog(dialog):
                return False
            new_lines = dialog.transactions()
        finally:
            dialog.deleteLater()
        case = self.ctx.case
        classified = classify_for_case(case, new_lines)
        merged, duplicates = merge_transactions(case.transactions, classified)
        added = len(merged) - len(case.transactions)
        self.ctx.edit("transactions", merged, tr("Import bank statement"), merge=False)
        self.result_label.setText(
            tr("{added} lines imported, {duplicates} already in the case.")
            .replace("{added}", str(added))
            .replace("{duplicates}", str(duplicates))
        )
        return True

    def set_category(self, row: int, category: TxCategory) -> None:
        """Re-classify one line (one undoable step)."""
        lines = copy.deepcopy(self.ctx.case.transactions)
        if not 0 <= row < len(lines) or lines[row].category == category:
            return
        lines[row].category = category
        self.ctx.edit("transactions", lines, tr("Re-classify a statement line"), merge=False)

    # -- display -----------------------------------------------------------
    def _on_changed(self, path: str) -> None:
        if path in ("transactions", "", "loan", "loan/application_date"):
            self.reload()

    def summary_rows(self) -> list[tuple[str, str, str]]:
        """(figure, value, light) rows of the summary table."""
        lines = self.ctx.case.transactions
        rows: list[tuple[str, str, str]] = [
            (tr("Months covered"), str(months_covered(lines)), ""),
            (tr("Lines"), str(len(lines)), ""),
        ]
        for category, total in inflows_by_category(lines).items():
            name = tr("Inflows: {category}").replace("{category}", category_label(category))
            rows.append((name, format_money(total), ""))
        rows.append((tr("S5 sales from bank statements"), self._s5_text(), ""))
        rows.extend(self._pattern_rows())
        return rows

    def _s5_text(self) -> str:
        if self.assess is None:
            return tr("(no assessment engine)")
        try:
            result = self.assess()
        except Exception:  # the engine must not take the editor down
            return tr("(could not be computed)")
        check = getattr(result, "check", None)
        s5 = check("S5") if callable(check) else None
        estimate = getattr(s5, "estimate", None)
        if isinstance(estimate, Decimal):
            return format_money(estimate)
        missing = getattr(s5, "missing", None)
        if not missing:
            return "—"
        return tr("missing: {what}").replace(
            "{what}", words_list([input_label(str(m)) for m in missing])
        )

    def _pattern_rows(self) -> list[tuple[str, str, str]]:
        if self.rule_pack is None:
            return []
        try:
            pack = self.rule_pack()
            results = detect_patterns(
                self.ctx.case.transactions, self.ctx.case.loan.application_date, pack.thresholds
            )
        except Exception:
            return []
        return [
            (tr(PATTERN_NAMES.get(r.pattern, r.pattern)), tr_msg(r.message), str(r.light))
            for r in results
        ]

    def reload(self) -> None:
        self.refresh_summary()
        self._fill_lines()

    def refresh_summary(self) -> None:
        """The summary table (months, inflows, S5, pattern lights), recomputed."""
        rows = self.summary_rows()
        self.summary.setRowCount(len(rows))
        for r, (name, value, light) in enumerate(rows):
            head = QTableWidgetItem(("● " if light else "") + name)
            if light:
                colour = LIGHT_COLOURS.get(light if light != Light.GREEN else "green", "#2e7d32")
                head.setForeground(QBrush(QColor(colour)))
                head.setToolTip(tr_label(light))
            self.summary.setItem(r, 0, head)
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            self.summary.setItem(r, 1, item)
        self._fit_summary()

    def _fit_summary(self) -> None:
        """Show every summary row: the table is as tall as its rows."""
        self.summary.resizeRowsToContents()
        height = self.summary.horizontalHeader().height() + 2 * self.summary.frameWidth()
        height += sum(self.summary.rowHeight(r) for r in range(self.summary.rowCount()))
        self.summary.setFixedHeight(height + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_summary()

    def _fill_lines(self) -> None:
        self.lines_model.reset_lines(self.ctx.case.transactions)


def category_choices(amount: Decimal, current: TxCategory) -> tuple[TxCategory, ...]:
    """Inflow categories for an inflow, outflow ones for an outflow (plus the current)."""
    choices = _INFLOW_CATEGORIES if amount > 0 else _OUTFLOW_CATEGORIES
    return choices if current in choices else (*choices, current)


class LinesModel(QAbstractTableModel):
    """The case's statement lines; the category column is editable.

    A model rather than table items: a statement holds thousands of lines, and
    PySide6 6.12's ``QTableWidget.setItem`` drops a reference to ``None`` on
    every call (the interpreter aborts after a few thousand).
    """

    def __init__(self, on_category: Callable[[int, TxCategory], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._lines: list[BankTransaction] = []
        self._on_category = on_category
        self._pending: tuple[int, TxCategory] | None = None

    def reset_lines(self, lines: list[BankTransaction]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TX_COLUMNS)

    def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section == 1:  # the amount: its unit, as in every money column
                return tr("{header} (¥)").replace("{header}", tr(TX_COLUMNS[section]))
            return tr(TX_COLUMNS[section])
        return None

    def flags(self, index: Any) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 4 else base

    def line(self, row: int) -> BankTransaction:
        return self._lines[row]

    def data(self, index: Any, role: int = 0) -> Any:
        if not index.isValid():
            return None
        t, col = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                t.on.isoformat() if t.on else "",
                format_money(t.amount),
                t.counterparty,
                t.description,
                category_label(t.category) + "  ▾",
            )[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CATEGORY_ROLE:
            return t.category.value
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return tr("Double-click to change the category")
        return None

    def setData(self, index: Any, value: Any, role: int = 0) -> bool:
        if not index.isValid() or index.column() != 4 or not value:
            return False
        self._pending = (index.row(), TxCategory(str(value)))
        return True

    def apply_pending(self) -> None:
        """Hand the chosen category to the case once the editor has closed
        (the edit resets this model, which an open editor must not see)."""
        if self._pending is not None:
            (row, category), self._pending = self._pending, None
            self._on_category(row, category)


class CategoryDelegate(QStyledItemDelegate):
    """A combo of categories in the category column."""

    def __init__(self, model: LinesModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        # Connected after the view's own slot: the editor is closed first.
        self.closeEditor.connect(lambda *_: model.apply_pending())

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("category_editor")
        line = self.model.line(index.row())
        for category in category_choices(line.amount, line.category):
            combo.addItem(category_label(category), category.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(CATEGORY_ROLE)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        if isinstance(editor, QComboBox) and editor.currentData() is not None:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
