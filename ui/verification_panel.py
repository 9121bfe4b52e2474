"""交叉检验 panel: a table of checks with lights; a click shows the arithmetic.

The panel takes an ``assess`` function ``case -> result`` (main.py binds the
rule pack and today's date to ``domain.assessment.assess``); the result's
``checks`` are :class:`domain.checks.base.CheckResult`-like objects (``id``,
``name``, ``light``, ``missing``, ``arithmetic``). Without an assess function
the panel lists, for each check of DOMAIN.md §4, the inputs the case still
lacks, so the officer knows what to collect. Above the table of all checks:
the spreading view of S1–S8 (:mod:`ui.spreading_view`) and their chart
(:mod:`ui.sales_chart`), both from the same assessment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.case import Case
from domain.enums import Light
from domain.field_labels import input_label as domain_input_label
from domain.i18n import Message, tr_noop
from domain.workflow import FieldSpec, is_done
from ui.sales_chart import SalesEstimateChart, estimate_bars
from ui.spreading_view import SpreadingView
from ui.stages.fields import tr_label, tr_msg, words_list

AssessFn = Callable[[Case], Any]

LIGHT_COLOURS = {
    "green": "#2e7d32",
    "amber": "#f9a825",
    "red": "#c62828",
    "missing": "#9e9e9e",
}


def tr(text: str) -> str:
    """Translate a source string (empty context, collected by lupdate)."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class PlannedCheck:
    id: str
    name: str  # English source, tr_noop
    needs: tuple[FieldSpec, ...]


def _n(path: str, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(path, label, required=True, **kw)


#: What each check of DOMAIN.md §4 needs before the engine can compute it.
PLANNED: tuple[PlannedCheck, ...] = (
    PlannedCheck(
        "S1", tr_noop("Declared sales"), (_n("income/seasons", tr_noop("income statement")),)
    ),
    PlannedCheck(
        "S2",
        tr_noop("Sales from purchases"),
        (
            _n("income/seasons", tr_noop("cost of goods")),
            _n("business/products", tr_noop("gross margin")),
        ),
    ),
    PlannedCheck("S3", tr_noop("Sales from VAT"), (_n("tax/months", tr_noop("tax records")),)),
    PlannedCheck(
        "S4",
        tr_noop("Sales from stock turn"),
        (
            _n("balance_sheet/inventory_counted/value", tr_noop("counted stock")),
            _n("business/industry", tr_noop("industry norm")),
        ),
    ),
    PlannedCheck(
        "S5",
        tr_noop("Sales from bank statements"),
        (_n("transactions", tr_noop("bank statement import")),),
    ),
    PlannedCheck(
        "S6",
        tr_noop("Sales from utilities"),
        (
            _n("meters", tr_noop("meter readings")),
            _n("business/industry", tr_noop("industry norm")),
        ),
    ),
    PlannedCheck(
        "S7", tr_noop("Sales from customs"), (_n("customs", tr_noop("customs declarations")),)
    ),
    PlannedCheck(
        "S8",
        tr_noop("Sales observed"),
        (
            _n("business/observation/customers_per_day", tr_noop("customers per day")),
            _n("business/observation/average_ticket", tr_noop("average ticket")),
            _n("business/observation/days_open_per_year", tr_noop("days open")),
        ),
    ),
    PlannedCheck(
        "equity",
        tr_noop("Equity reconciliation"),
        (
            _n("equity/equity_start/value", tr_noop("equity at start")),
            _n("balance_sheet/as_of", tr_noop("balance sheet")),
        ),
    ),
    PlannedCheck(
        "inventory",
        tr_noop("Inventory counted vs claimed"),
        (
            _n("balance_sheet/inventory_claimed/value", tr_noop("inventory claimed")),
            _n("balance_sheet/inventory_counted/value", tr_noop("inventory counted")),
        ),
    ),
    PlannedCheck(
        "headcount",
        tr_noop("Headcount"),
        (
            _n("business/staff_claimed", tr_noop("staff claimed")),
            _n("business/staff_observed", tr_noop("staff observed")),
        ),
    ),
    PlannedCheck(
        "repayment",
        tr_noop("Repayment capacity"),
        (
            _n("income/seasons", tr_noop("income statement")),
            _n("income/household_spending/value", tr_noop("household spending")),
            _n("loan/amount", tr_noop("amount requested")),
        ),
    ),
)


def planned_missing(case: Case) -> list[tuple[PlannedCheck, list[str]]]:
    """Each planned check with the English labels of its missing inputs."""
    return [(p, [f.label for f in p.needs if not is_done(case, f)]) for p in PLANNED]


def _text(value: Any) -> str:
    if isinstance(value, Message):
        return tr_msg(value)
    return QCoreApplication.translate("", str(value)) if value is not None else ""


def _percent(value: Any) -> str:
    """A deviation fraction as a signed percent with one decimal (0.123 → +12.3%)."""
    if not isinstance(value, Decimal):
        return ""
    shown = (value * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return "0.0%" if shown == 0 else f"{shown:+}%"


#: Checks whose ``deviation`` is a ratio (claimed ÷ evidence, request ÷ need,
#: cover) rather than a deviation from a reference: shown as "0.96×".
_RATIO_CHECKS = ("headcount", "working_capital", "purpose_need", "running_output", "guarantor_")
#: Checks whose ``deviation`` is a share (instalment ÷ income, loan ÷ value).
_SHARE_CHECKS = ("repayment_capacity", "ltv")


def measure_text(check_id: str, value: Any) -> str:
    """What the check measured, in the unit the officer reads it in."""
    if not isinstance(value, Decimal):
        return ""
    if check_id.startswith(_RATIO_CHECKS):
        return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}×"
    if check_id.startswith(_SHARE_CHECKS):
        return f"{(value * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
    return _percent(value)


def input_label(input_id: str) -> str:
    """A missing input's id (``guarantors[0].net_worth``) as words for the officer
    (one table with the memo: :mod:`domain.field_labels`)."""
    label = domain_input_label(input_id)
    return tr_msg(label) if isinstance(label, Message) else label


def _with_missing_labels(arithmetic: Any, check: Any) -> Any:
    """ "Not computable: missing {missing}" names the inputs by their ids
    (``income.seasons``); show the officer the same words as the table's
    "missing inputs" column instead."""
    missing = list(getattr(check, "missing", None) or [])
    if isinstance(arithmetic, Message) and "missing" in arithmetic.params and missing:
        labels = words_list([input_label(str(m)) for m in missing])
        return Message(arithmetic.msg_id, {**arithmetic.params, "missing": labels})
    return arithmetic


class VerificationPanel(QWidget):
    def __init__(
        self,
        case: Callable[[], Case],
        assess: AssessFn | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._case, self._assess = case, assess
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setObjectName("checks_table")
        self.table.setHorizontalHeaderLabels(
            [tr("Check"), tr("Light"), tr("Deviation / ratio"), tr("Missing inputs")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.arithmetic = QTextBrowser(self)
        self.arithmetic.setObjectName("arithmetic")
        self.arithmetic.setMaximumHeight(120)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.refresh_button = QPushButton(tr("Recompute"), self)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = SalesEstimateChart(self)
        self.chart.setVisible(False)
        # S1–S8 side by side (docs/DOMAIN.md, "The spreading view"), then the chart
        # of the same estimates, then every check of the assessment
        self.spreading = SpreadingView(self)
        self.spreading.setVisible(False)
        self.all_checks = QLabel(tr("All checks"), self)
        self.all_checks.setStyleSheet("font-weight:bold;margin-top:8px;")
        layout.addWidget(self.note)
        layout.addWidget(self.spreading)
        layout.addWidget(self.chart)
        layout.addWidget(self.all_checks)
        layout.addWidget(self.table)
        layout.addWidget(self.arithmetic)
        layout.addWidget(self.refresh_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self._arith: list[str] = []
        self.table.currentCellChanged.connect(lambda r, *_: self._show(r))
        self.refresh()

    def set_assess(self, assess: AssessFn | None) -> None:
        self._assess = assess
        self.refresh()

    def refresh(self) -> None:
        case = self._case()
        rows: list[tuple[str, str, str, str, str]] = []  # name, light, deviation, missing, arith
        if self._assess is not None:
            try:
                result = self._assess(case)
                checks: Sequence[Any] = getattr(result, "checks", result)
                self._update_chart(result, checks)
                self.spreading.set_assessment(result if hasattr(result, "equity") else None)
                self.spreading.setVisible(hasattr(result, "equity"))
                for chk in checks:
                    light = str(getattr(chk, "light", Light.MISSING))
                    missing = words_list([input_label(str(m)) for m in getattr(chk, "missing", [])])
                    rows.append(
                        (
                            _text(chk.name),
                            light,
                            measure_text(
                                str(getattr(chk, "id", "")), getattr(chk, "deviation", None)
                            ),
                            missing,
                            _text(_with_missing_labels(getattr(chk, "arithmetic", ""), chk)),
                        )
                    )
                self.note.setText(tr("Click a check to see its arithmetic."))
            except Exception as exc:  # the engine must not take the editor down
                self.note.setText(
                    tr("The checks could not be computed: {error}").replace("{error}", str(exc))
                )
        if not rows:
            if self._assess is None:
                self.note.setText(
                    tr("The assessment engine is not available; these inputs are still missing.")
                )
            for planned, missing in planned_missing(case):
                light = "missing" if missing else ""
                names = words_list([QCoreApplication.translate("", m) for m in missing])
                rows.append((QCoreApplication.translate("", planned.name), light, "", names, ""))
        self.table.setRowCount(len(rows))
        self._arith = []
        for r, (name, light, deviation, missing, arith) in enumerate(rows):
            name_item = QTableWidgetItem(name)
            name_item.setToolTip(name)  # cut with "…" in a narrow window
            self.table.setItem(r, 0, name_item)
            light_item = QTableWidgetItem("● " + tr_label(light) if light else tr("ready"))
            light_item.setForeground(QBrush(QColor(LIGHT_COLOURS.get(light, "#2e7d32"))))
            self.table.setItem(r, 1, light_item)
            dev_item = QTableWidgetItem(deviation)
            dev_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 2, dev_item)
            missing_item = QTableWidgetItem(missing)
            missing_item.setToolTip(missing)
            self.table.setItem(r, 3, missing_item)
            self._arith.append(arith)
        self._fit_rows()
        # the current row keeps its frame across a refresh: show its arithmetic,
        # not an empty box under a row that looks selected
        self._show(self.table.currentRow())

    def _fit_rows(self) -> None:
        """Every check visible without a second scroll bar inside the page."""
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(max(height + 2, 120))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _update_chart(self, result: Any, checks: Sequence[Any]) -> None:
        """The sales estimates against the reference, with the light bands of the
        rule pack the assessment used (defaults when it does not say)."""
        reference = getattr(result, "reference_sales", None)
        bands = getattr(result, "sales_band", None)
        if not bands:  # nothing to draw the tolerance with: show the table only
            self.chart.setVisible(False)
            return
        green, amber = bands
        caption = tr("Sales estimates against the reference {reference}").replace(
            "{reference}", f"¥{reference:,.0f}" if isinstance(reference, Decimal) else "—"
        )
        self.chart.set_data(estimate_bars(checks), reference, green, amber, caption)

    def _show(self, row: int) -> None:
        self.arithmetic.setPlainText(self._arith[row] if 0 <= row < len(self._arith) else "")
