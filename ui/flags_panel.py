"""欺诈风险 panel: the fraud flags of a case, their evidence and the officer's
decisions (DOMAIN.md §5).

Shows counts by severity, filters by category, and for the selected flag its
message, evidence and the fields it concerns (``goToField(path)`` asks the
case editor to open a field). The officer confirms a flag, dismisses it with
a written reason, or records an override reason for a red flag that stays
pending (so that the memo may be printed). The checklist of the shown
category records who ticked what and when.

The panel changes ``case.dispositions`` / ``case.checklist`` through
:mod:`domain.fraud.dispositions` and then calls ``record(case)`` so that the
caller saves the case. Who and when come from ``officer`` and ``now``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.case import Case
from domain.enums import DispositionStatus, FraudCategory, Severity
from domain.errors import ValidationError
from domain.field_labels import path_label
from domain.fraud.base import Evidence, FraudFlag, render_text, source_text
from domain.fraud.dispositions import (
    can_finalise,
    disposition_of,
    record_disposition,
    record_override,
    tick_checklist,
    tick_of,
)
from domain.fraud.evidence_paths import Target, evidence_targets
from domain.fraud.settings import ChecklistItem
from domain.i18n import CONTEXT as DOMAIN_CONTEXT
from domain.i18n import Message
from ui.locale_format import current_language, format_datetime
from ui.screen_fit import TextButton
from ui.stages.fields import tr_label, tr_msg

SEVERITY_COLOURS = {"red": "#c62828", "amber": "#f9a825", "info": "#607d8b"}
COL_SEVERITY, COL_CATEGORY, COL_MESSAGE, COL_STATUS = range(4)
RULE_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2


def _when(at: datetime | None) -> str:
    return format_datetime(at, to_local=False)  # as recorded


def _path_of(item: QListWidgetItem) -> str:
    """The case path behind a field shown by its label."""
    return str(item.data(PATH_ROLE) or item.text())


def _evidence_row(e: Evidence, target: Target | None = None) -> str:
    """One row of the evidence table; its label links to where it came from
    (``field:/a/b`` or ``check:S2``, docs/DOMAIN.md "Flags at hand")."""
    tr = QCoreApplication.translate
    label = escape(tr(DOMAIN_CONTEXT, e.label))
    if target is not None:
        href = f"field:{target.path}" if target.path else f"check:{target.check}"
        label = f"<a href='{escape(href)}'>{label}</a>"
    cells = (
        label,
        f"<b>{escape(render_text(e.value, tr))}</b>",
        escape(render_text(source_text(e.source), tr)),
        escape(render_text(e.threshold, tr)),
    )
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


class FlagsPanel(QWidget):
    """Fraud flags with evidence, dispositions and the category checklists."""

    goToField = Signal(str)
    goToCheck = Signal(str)  # a check of 交叉检验 (S2) an evidence came from
    changed = Signal()
    flagsChanged = Signal()  # a new assessment's flags

    def __init__(
        self,
        flags: Sequence[FraudFlag],
        case: Case,
        record: Callable[[Case], None],
        *,
        officer: str,
        now: Callable[[], datetime],
        checklist: Mapping[FraudCategory, Sequence[ChecklistItem]] | None = None,
        chinese: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._flags = list(flags)
        self._case = case
        self._record = record
        self._officer = officer
        self._now = now
        self._checklist = dict(checklist or {})
        # the checklist's words in the officer's language (the rule pack has both)
        self._chinese = current_language() != "en_US" if chinese is None else chinese
        self._filling = False
        self._read_only = False

        self.counts_label = QLabel()
        self.finalise_label = QLabel()
        self.finalise_label.setWordWrap(True)
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("All categories"), None)
        for cat in FraudCategory:
            self.category_combo.addItem(tr_label(cat), cat.value)
        self.category_combo.currentIndexChanged.connect(self._refill)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Severity"), self.tr("Category"), self.tr("Flag"), self.tr("Decision")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in (COL_SEVERITY, COL_CATEGORY, COL_STATUS):  # short words: as wide as they are
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        # every message whole, in any language: wrapped, never cut with "…"
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # a scroll bar appearing after the rows were fitted would narrow them again
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.evidence = QTextBrowser()
        self.evidence.setOpenLinks(False)
        self.evidence.anchorClicked.connect(self._follow)
        self.fields_list = QListWidget()
        self.fields_list.setMaximumHeight(80)
        self.fields_list.itemActivated.connect(lambda item: self.goToField.emit(_path_of(item)))
        self.go_button = TextButton(self.tr("Go to field"))
        self.go_button.clicked.connect(self._go)
        self.decision_label = QLabel()
        self.decision_label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("Reason (required to dismiss or override)"))
        self.reason_edit.setMaximumHeight(70)
        self.confirm_button = TextButton(self.tr("Confirm"))
        self.dismiss_button = TextButton(self.tr("Dismiss"))
        self.override_button = TextButton(self.tr("Override for printing"))
        self.confirm_button.clicked.connect(self.confirm)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.override_button.clicked.connect(self.override)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c62828")
        self.error_label.setWordWrap(True)

        self.checklist_table = QTableWidget(0, 3)
        self.checklist_table.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("By"), self.tr("When")]
        )
        self.checklist_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.checklist_table.verticalHeader().setVisible(False)
        self.checklist_table.itemChanged.connect(self._checklist_changed)

        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(QLabel(self.tr("Category:")))
        top.addWidget(self.category_combo)

        buttons = QHBoxLayout()
        for b in (self.confirm_button, self.dismiss_button, self.override_button):
            buttons.addWidget(b)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.evidence, 2)
        fields_row = QHBoxLayout()
        fields_row.addWidget(self.fields_list, 1)
        fields_row.addWidget(self.go_button)
        dl.addLayout(fields_row)
        dl.addWidget(self.decision_label)
        dl.addWidget(self.reason_edit)
        dl.addLayout(buttons)
        dl.addWidget(self.error_label)
        dl.addWidget(QLabel(self.tr("Officer checklist")))
        dl.addWidget(self.checklist_table, 1)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        # the list reads the flags' messages: half the width, not what is left over
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.finalise_label)
        layout.addWidget(splitter, 1)

        self._refill()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # wrapped messages stay whole at any width

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def set_read_only(self, read_only: bool) -> None:
        """An analysed, exported or archived case: its flags are read, not decided."""
        self._read_only = read_only
        self.reason_edit.setEnabled(not read_only)
        self._show_selected()

    # ------------------------------------------------------------ queries
    def category_filter(self) -> FraudCategory | None:
        value = self.category_combo.currentData()
        return FraudCategory(value) if value else None

    def set_category_filter(self, category: FraudCategory | None) -> None:
        index = self.category_combo.findData(category.value if category else None)
        self.category_combo.setCurrentIndex(max(index, 0))

    def visible_rules(self) -> list[str]:
        return [
            self.table.item(r, COL_SEVERITY).data(RULE_ROLE) for r in range(self.table.rowCount())
        ]

    def selected_flag(self) -> FraudFlag | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        rule = self.table.item(rows[0].row(), COL_SEVERITY).data(RULE_ROLE)
        return next((f for f in self._flags if f.rule == rule), None)

    def select_flag(self, rule: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, COL_SEVERITY).data(RULE_ROLE) == rule:
                self.table.selectRow(r)
                return

    def set_case(self, case: Case) -> None:
        """The case changed under the panel (undo, redo): show its decisions."""
        self._case = case
        self._refill()

    def set_flags(self, flags: Sequence[FraudFlag]) -> None:
        """New flags after a re-assessment; decisions stay on the case."""
        self._flags = list(flags)
        self._refill()
        self.flagsChanged.emit()

    # ------------------------------------------------------------ actions
    def confirm(self) -> None:
        self._decide(DispositionStatus.CONFIRMED)

    def dismiss(self) -> None:
        self._decide(DispositionStatus.DISMISSED)

    def override(self) -> None:
        flag = self.selected_flag()
        if flag is None:
            return
        try:
            record_override(
                self._case,
                flag.rule,
                reason=self.reason_edit.toPlainText(),
                by=self._officer,
                at=self._now(),
            )
        except ValidationError as exc:
            self.error_label.setText(tr_msg(exc.message))
            return
        self._after_change(flag.rule)

    def _decide(self, status: DispositionStatus) -> None:
        flag = self.selected_flag()
        if flag is None:
            return
        try:
            record_disposition(
                self._case,
                flag.rule,
                status,
                by=self._officer,
                at=self._now(),
                reason=self.reason_edit.toPlainText(),
            )
        except ValidationError as exc:
            self.error_label.setText(tr_msg(exc.message))
            return
        self._after_change(flag.rule)

    def _after_change(self, rule: str) -> None:
        self.error_label.clear()
        self.reason_edit.clear()
        self._record(self._case)
        self.changed.emit()
        self._refill()
        self.select_flag(rule)

    def _follow(self, url: QUrl) -> None:
        """An evidence link: the field it came from, or its check."""
        kind, _, where = url.toString().partition(":")
        if kind == "field" and where:
            self.goToField.emit(where)
        elif kind == "check" and where:
            self.goToCheck.emit(where)

    def evidence_links(self) -> list[str]:
        """The targets the shown evidence links to (``field:/a/b``, ``check:S2``)."""
        flag = self.selected_flag()
        if flag is None:
            return []
        return [
            f"field:{t.path}" if t.path else f"check:{t.check}"
            for t in evidence_targets(flag)
            if t is not None
        ]

    def counts(self) -> dict[Severity, int]:
        return {s: sum(1 for f in self._flags if f.severity == s) for s in Severity}

    def _go(self) -> None:
        item = self.fields_list.currentItem() or self.fields_list.item(0)
        if item is not None:
            self.goToField.emit(_path_of(item))

    # ------------------------------------------------------------ filling
    def _status_text(self, flag: FraudFlag) -> str:
        d = disposition_of(self._case, flag.rule)
        if d is None:
            return tr_label(DispositionStatus.PENDING)
        text = tr_label(d.status)
        if d.status == DispositionStatus.PENDING and d.override_reason:
            text += " · " + self.tr("override")
        return text

    def _refill(self) -> None:
        current = self.selected_flag()
        cat = self.category_filter()
        shown = [f for f in self._flags if cat is None or f.category == cat]
        counts = self.counts()
        self.counts_label.setText(
            self.tr("Red {red} · Amber {amber} · Info {info}").format(
                red=counts[Severity.RED], amber=counts[Severity.AMBER], info=counts[Severity.INFO]
            )
        )
        ok, why = can_finalise(self._case, self._flags)
        self.finalise_label.setText(tr_msg(why))
        self.finalise_label.setStyleSheet("" if ok else "color: #c62828")
        self.table.blockSignals(True)
        self.table.setRowCount(len(shown))
        for row, flag in enumerate(shown):
            sev = QTableWidgetItem(tr_label(flag.severity))
            sev.setData(RULE_ROLE, flag.rule)
            sev.setForeground(QBrush(QColor(SEVERITY_COLOURS[flag.severity.value])))
            self.table.setItem(row, COL_SEVERITY, sev)
            self.table.setItem(row, COL_CATEGORY, QTableWidgetItem(tr_label(flag.category)))
            message = QTableWidgetItem(tr_msg(flag.message))
            message.setToolTip(message.text())  # the whole message when the column cuts it
            self.table.setItem(row, COL_MESSAGE, message)
            self.table.setItem(row, COL_STATUS, QTableWidgetItem(self._status_text(flag)))
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        if current is not None and current in shown:
            self.select_flag(current.rule)
        elif shown:
            self.table.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        flag = self.selected_flag()
        self.fields_list.clear()
        for b in (self.confirm_button, self.dismiss_button, self.override_button):
            b.setEnabled(flag is not None and not self._read_only)
        self.go_button.setEnabled(flag is not None)
        self.evidence.setPlaceholderText(
            self.tr("Select a flag to see its evidence.")
            if self._flags
            else self.tr("No fraud flags in the last assessment.")
        )
        if flag is None:
            self.evidence.clear()
            self.decision_label.clear()
            self._fill_checklist(self.category_filter())
            return
        rows = "".join(
            _evidence_row(e, t) for e, t in zip(flag.evidence, evidence_targets(flag), strict=True)
        )
        head = "<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
            self.tr("Evidence"), self.tr("Value"), self.tr("Source"), self.tr("Threshold")
        )
        self.evidence.setHtml(
            f"<p><b>{tr_label(flag.category)}</b> · {tr_label(flag.severity)}</p>"
            f"<p>{escape(tr_msg(flag.message))}</p><table cellpadding='3'>{head}{rows}</table>"
        )
        for path in flag.field_paths:
            shown = path_label(path)
            item = QListWidgetItem(tr_msg(shown) if isinstance(shown, Message) else shown)
            item.setData(PATH_ROLE, path)  # for "go to field"; the officer sees the label
            self.fields_list.addItem(item)
        self.go_button.setEnabled(bool(flag.field_paths))
        self.override_button.setEnabled(flag.severity == Severity.RED and not self._read_only)
        d = disposition_of(self._case, flag.rule)
        if d is None:
            self.decision_label.setText(self.tr("Pending: no decision yet."))
        else:
            text = self.tr("{status} by {by} at {at}").format(
                status=tr_label(d.status), by=d.by, at=_when(d.at)
            )
            if d.reason:
                text += "\n" + self.tr("Reason: {reason}").format(reason=d.reason)
            if d.override_reason:
                text += "\n" + self.tr("Override: {reason}").format(reason=d.override_reason)
            self.decision_label.setText(text)
        self._fill_checklist(self.category_filter() or flag.category)

    def _fill_checklist(self, category: FraudCategory | None) -> None:
        items = list(self._checklist.get(category, [])) if category else []
        self._filling = True
        self.checklist_table.setRowCount(len(items))
        for row, item in enumerate(items):
            tick = tick_of(self._case, item.category, item.id)
            cell = QTableWidgetItem(item.zh if self._chinese else item.en)
            checkable = (
                Qt.ItemFlag.NoItemFlags if self._read_only else Qt.ItemFlag.ItemIsUserCheckable
            )
            cell.setFlags(checkable | Qt.ItemFlag.ItemIsEnabled)
            cell.setCheckState(
                Qt.CheckState.Checked if tick and tick.checked else Qt.CheckState.Unchecked
            )
            cell.setData(RULE_ROLE, (item.category.value, item.id))
            self.checklist_table.setItem(row, 0, cell)
            for col, text in ((1, tick.by if tick else ""), (2, _when(tick.at) if tick else "")):
                other = QTableWidgetItem(text)
                other.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.checklist_table.setItem(row, col, other)
        self._filling = False

    def _checklist_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() != 0:
            return
        category, item_id = cell.data(RULE_ROLE)
        tick = tick_checklist(
            self._case,
            FraudCategory(category),
            item_id,
            cell.checkState() == Qt.CheckState.Checked,
            by=self._officer,
            at=self._now(),
        )
        self._filling = True
        self.checklist_table.item(cell.row(), 1).setText(tick.by)
        self.checklist_table.item(cell.row(), 2).setText(_when(tick.at))
        self._filling = False
        self._record(self._case)
        self.changed.emit()
