"""Head office's portfolio window: the table of every case (lazy pages), filters,
totals, charts by industry and by light, and any case opened read-only."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.enums import label
from domain.i18n import CONTEXT
from ui.busy import busy_cursor
from ui.headoffice.case_view import CaseViewDialog
from ui.headoffice.charts import BarChart
from ui.headoffice.portfolio_model import COL_AMBER, COL_MATCHES, COL_RED, PortfolioModel
from ui.industries import industry_label
from ui.locale_format import format_amount, format_number
from ui.screen_fit import fit_to_screen

LIGHTS = ("", "red", "amber", "green")


class PortfolioWindow(QMainWindow):
    """``service``: ``storage.headoffice.service.PortfolioService`` (from main.py);
    ``assess(case)`` gives the assessment shown with an opened case."""

    def __init__(
        self,
        service: Any,
        *,
        assess: Callable[[Any], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.assess = assess
        self.setWindowTitle(self.tr("Head office portfolio"))
        fit_to_screen(self, 1280, 800)
        self.model = PortfolioModel(service, self)

        self.branch = QLineEdit(self)
        self.branch.setPlaceholderText(self.tr("Branch"))
        self.industry = QComboBox(self)
        self.light = QComboBox(self)
        for light in LIGHTS:
            self.light.addItem(light or self.tr("All lights"), light)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Search"))
        apply = QPushButton(self.tr("Filter"), self)
        apply.clicked.connect(self.apply_filter)
        for edit in (self.branch, self.text):
            edit.returnPressed.connect(self.apply_filter)
        bar = QHBoxLayout()
        for w in (self.branch, self.industry, self.light, self.text, apply):
            bar.addWidget(w)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(self.open_case)
        # Case numbers whole, the borrower takes the spare width, counts stay narrow.
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("3301-20261127-0000") + 28)
        # the borrower readable (13 characters) even at 1366 px, where the table
        # scrolls sideways; a stretched column shrank to "临海市百佳便…"
        header.resizeSection(3, metrics.horizontalAdvance("台州市黄岩区李记五金加工厂") + 28)
        header.setStretchLastSection(True)
        for column in (COL_RED, COL_AMBER, COL_MATCHES):
            header.resizeSection(column, metrics.horizontalAdvance("00000") + 36)
        # the short columns as wide as their longest usual content, so that the
        # borrower's name, not the branch code, gets the spare width at 1366 px
        # officer names whole, however long ("欧阳小明 (TZ0417)"): the column
        # follows its contents
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for column, sample in (
            (1, "33010"),
            (4, "建筑材料"),
            (5, "¥9,999,999.00"),
            (6, "报告已打印"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 28)
        self.totals = QLabel(self)

        self.by_industry = BarChart(
            self.tr("Cases and amount by industry"), self, display=industry_label
        )
        self.by_light = BarChart(
            self.tr("Cases and amount by light"),
            self,
            display=lambda light: QCoreApplication.translate(CONTEXT, label(light)),
        )
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.addWidget(self.by_industry)
        charts_layout.addWidget(self.by_light)
        charts_layout.addStretch(1)

        splitter = QSplitter(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.totals)
        splitter.addWidget(left)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        charts.setMinimumWidth(420)  # the charts (bars and their totals) never collapse
        splitter.setCollapsible(1, False)
        splitter.setSizes([980, 440])
        self.setCentralWidget(splitter)
        self.dialogs: list[CaseViewDialog] = []
        # Unfiltered at open: the industries of the chart are all the portfolio's.
        self._fill_industries([g.key for g in self.refresh_summary().by_industry])

    def _fill_industries(self, keys: list[str]) -> None:
        self.industry.clear()
        self.industry.addItem(self.tr("All industries"), "")
        for key in keys:
            self.industry.addItem(key, key)

    def current_filter(self) -> dict[str, str]:
        return {
            "branch": self.branch.text().strip(),
            "industry": str(self.industry.currentData() or ""),
            "light": str(self.light.currentData() or ""),
            "text": self.text.text().strip(),
        }

    def apply_filter(self) -> None:
        self.model.set_filter(**self.current_filter())
        self.refresh_summary()

    def refresh_summary(self) -> Any:
        """Totals and both charts for the current filter (one query); returns
        the service's summary."""
        summary = self.service.summary(**self.model.case_filter)
        total = summary.totals
        self.totals.setText(
            self.tr("{count} cases, total {amount}").format(
                count=format_number(total.cases), amount=format_amount(total.amount)
            )
        )
        for chart, groups in (
            (self.by_industry, summary.by_industry),
            (self.by_light, summary.by_light),
        ):
            chart.set_bars(
                [
                    (
                        g.key,
                        Decimal(g.cases),
                        f"{format_number(g.cases)} · {format_amount(g.amount)}",
                    )
                    for g in groups
                ]
            )
        return summary

    def open_case(self, index: QModelIndex) -> CaseViewDialog:
        with busy_cursor():  # a query and an assessment
            detail = self.service.case_detail(self.model.uuid_at(index.row()))
            dialog = CaseViewDialog(detail, self.assess, self)
        self.dialogs.append(dialog)
        dialog.show()
        return dialog
