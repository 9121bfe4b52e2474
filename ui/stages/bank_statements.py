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

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.case import BankTransaction
from domain.enums import Light, TxCategory
from domain.money import format_money
from domain.statement_analysis import classify_for_case
from domain.statement_import import merge_transactions
from domain.statement_patterns import detect_patterns, month_of, months_between
from ui.interaction import Interaction
from ui.stages.base import tr
from ui.stages.fields import tr_label, tr_msg
from ui.statement_import_dialog import StatementImportDialog
from ui.undo import EditContext
from ui.verification_panel import LIGHT_COLOURS

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
PATTERN_NAMES = {
    "same_day_pairs": "Same-day in and out",
    "round_sum_inflows": "Round-sum inflows",
    "inflow_spike": "Inflow spike before applying",
    "private_loan_payments": "Regular payments to one person",
}
TX_COLUMNS = ("Date", "Amount", "Counterparty", "Description", "Category")


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
        self.lines = QTableWidget(0, len(TX_COLUMNS))
        self.lines.setObjectName("transactions")
        self.lines.setHorizontalHeaderLabels([tr(c) for c in TX_COLUMNS])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
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
            name = tr("Inflows: {category}").replace("{category}", tr_label(category))
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
        return tr("missing: {what}").replace("{what}", ", ".join(missing)) if missing else "—"

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
        self._fill_lines()

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
        lines = self.ctx.case.transactions
        self.lines.setRowCount(len(lines))
        for r, t in enumerate(lines):
            cells = (
                t.on.isoformat() if t.on else "",
                format_money(t.amount),
                t.counterparty,
                t.description,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(r, c, item)
            combo = QComboBox()
            combo.setObjectName(f"transactions/{r}/category")
            choices = _INFLOW_CATEGORIES if t.amount > 0 else _OUTFLOW_CATEGORIES
            if t.category not in choices:
                choices = (*choices, t.category)
            for category in choices:
                combo.addItem(tr_label(category), category.value)
            combo.setCurrentIndex(combo.findData(t.category.value))
            combo.currentIndexChanged.connect(
                lambda _i, row=r, box=combo: self.set_category(row, TxCategory(box.currentData()))
            )
            self.lines.setCellWidget(r, 4, combo)
