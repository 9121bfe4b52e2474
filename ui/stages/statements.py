"""自编报表: the seasonal income statement and the balance sheet, live totals.

Income statement: one column per season (淡季/一般/旺季) holding monthly
figures, an annual column = Σ months × monthly figure, and a provenance column
per line. Balance sheet: amount, provenance and document per item, with total
assets, total liabilities and equity = assets − liabilities recomputed as the
officer types.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from domain.case import ASSET_FIELDS, LIABILITY_FIELDS, OPEX_FIELDS, Figure, SeasonLine
from domain.enums import Provenance, Season
from domain.i18n import tr_noop
from domain.money import format_money
from ui.stages.base import StagePage, tr
from ui.stages.fields import FieldLineEdit, ProvenanceCombo, format_value, parse, tr_label, tr_msg
from ui.stages.statement_extras import add_equity_bridge, add_tax
from ui.undo import EditContext

SEASONS = (Season.SLACK, Season.NORMAL, Season.PEAK)
FIGURE_LINES = ("sales", "cogs", *OPEX_FIELDS)
INCOME_ROWS: tuple[tuple[str, str], ...] = (
    ("months", tr_noop("Months")),
    ("sales", tr_noop("Sales")),
    ("cogs", tr_noop("Cost of goods")),
    ("gross", tr_noop("Gross profit")),
    ("rent", tr_noop("Rent")),
    ("wages", tr_noop("Wages")),
    ("utilities", tr_noop("Utilities")),
    ("transport", tr_noop("Transport")),
    ("tax", tr_noop("Tax")),
    ("other", tr_noop("Other expenses")),
    ("operating", tr_noop("Operating profit")),
)
COMPUTED = {"gross", "operating"}
BALANCE_LABELS = {
    "cash": tr_noop("Cash"),
    "deposits": tr_noop("Bank deposits"),
    "receivables": tr_noop("Receivables"),
    "prepayments": tr_noop("Prepayments"),
    "inventory_counted": tr_noop("Inventory (counted)"),
    "fixed_assets": tr_noop("Fixed assets"),
    "prepaid_rent": tr_noop("Prepaid rent and deposits"),
    "other_business_assets": tr_noop("Other business assets"),
    "household_assets": tr_noop("Household assets"),
    "inventory_claimed": tr_noop("Inventory (claimed, not in total)"),
    "payables": tr_noop("Payables"),
    "advances_received": tr_noop("Advances received"),
    "credit_cards": tr_noop("Credit cards"),
    "short_term_loans": tr_noop("Short-term loans"),
    "long_term_loans": tr_noop("Long-term loans"),
    "private_loans": tr_noop("Private loans"),
    "other_liabilities": tr_noop("Other liabilities"),
    "guarantees_given": tr_noop("Guarantees given (contingent)"),
    "off_balance": tr_noop("Off-balance items"),
}
BALANCE_ROWS: tuple[str, ...] = (
    *ASSET_FIELDS,
    "total_assets",
    "inventory_claimed",
    *LIABILITY_FIELDS,
    "total_liabilities",
    "equity",
    "guarantees_given",
    "off_balance",
)
TOTALS = {
    "total_assets": tr_noop("Total assets"),
    "total_liabilities": tr_noop("Total liabilities"),
    "equity": tr_noop("Equity (assets − liabilities)"),
}


def _sum(values: list[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), Decimal(0))


def season_figures(line: SeasonLine) -> dict[str, Decimal | None]:
    """Monthly figures of a season plus its gross and operating profit."""
    out: dict[str, Decimal | None] = {k: getattr(line, k).value for k in FIGURE_LINES}
    sales, cogs = out["sales"] or Decimal(0), out["cogs"] or Decimal(0)
    out["gross"] = sales - cogs
    out["operating"] = sales - cogs - _sum([out[k] for k in OPEX_FIELDS])
    return out


def _computed_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setBackground(QBrush(QColor("#eef2f6")))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    font = QFont()
    font.setBold(True)
    item.setFont(font)
    return item


class _AllRowsTable(QTableWidget):
    """A table as tall as all its rows: inside the scrolling page, a second
    scroll bar hid the last rows of the balance sheet (表外项目, 对外担保)."""

    def fit_rows(self) -> None:
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height + 2)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.fit_rows()


class IncomeTable(_AllRowsTable):
    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(len(INCOME_ROWS), 5, parent)
        self.ctx = ctx
        self.setObjectName("income_table")
        self.setTabKeyNavigation(False)
        self.setHorizontalHeaderLabels(
            [*(tr_label(s) for s in SEASONS), tr("Annual"), tr("Source")]
        )
        self.setVerticalHeaderLabels([tr(label) for _, label in INCOME_ROWS])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fit_rows()
        self._loading = False
        self.sources: dict[str, QComboBox] = {}
        for r, (key, _) in enumerate(INCOME_ROWS):
            if key in FIGURE_LINES:
                combo = QComboBox()
                for p in Provenance:
                    combo.addItem(tr_label(p))
                combo.activated.connect(lambda i, k=key: self._set_source(k, list(Provenance)[i]))
                self.setCellWidget(r, 4, combo)
                self.sources[key] = combo
        self.itemChanged.connect(self._on_item)
        ctx.changed.connect(lambda path: self.reload() if path.startswith("income") else None)
        self.reload()

    def _season_index(self, season: Season) -> int | None:
        for i, line in enumerate(self.ctx.case.income.seasons):
            if line.season == season:
                return i
        return None

    def _ensure_season(self, season: Season) -> int:
        index = self._season_index(season)
        if index is None:
            seasons = [*self.ctx.case.income.seasons, SeasonLine(season=season)]
            self.ctx.edit("income/seasons", seasons, tr("Add season"), merge=False)
            index = len(seasons) - 1
        return index

    def _on_item(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() > 2:
            return
        key = INCOME_ROWS[item.row()][0]
        season = SEASONS[item.column()]
        kind = "int" if key == "months" else "money"
        result = parse(kind, item.text(), self.ctx.today())
        self._loading = True
        item.setToolTip("\n".join(tr_msg(m) for m in result.errors))
        item.setBackground(QBrush(QColor("#fde7ea")) if not result.ok else QBrush())
        self._loading = False
        if not result.ok:
            return
        stack = self.ctx.stack
        stack.beginMacro(tr(INCOME_ROWS[item.row()][1]))
        index = self._ensure_season(season)
        if key == "months":
            self.ctx.edit(f"income/seasons/{index}/months", result.value or 0, merge=False)
        else:
            self.ctx.edit(f"income/seasons/{index}/{key}/value", result.value, merge=False)
        stack.endMacro()

    def _set_source(self, key: str, source: Provenance) -> None:
        self.ctx.stack.beginMacro(tr("Source"))
        for i, _ in enumerate(self.ctx.case.income.seasons):
            self.ctx.edit(f"income/seasons/{i}/{key}/source", source, merge=False)
        self.ctx.stack.endMacro()

    def annual(self, key: str) -> Decimal:
        """Σ months × monthly figure over the seasons (months for the months row)."""
        total = Decimal(0)
        for line in self.ctx.case.income.seasons:
            if key == "months":
                total += line.months
            else:
                value = season_figures(line)[key]
                total += (value or Decimal(0)) * line.months
        return total

    def reload(self) -> None:
        self._loading = True
        for r, (key, _) in enumerate(INCOME_ROWS):
            for c, season in enumerate(SEASONS):
                index = self._season_index(season)
                line = self.ctx.case.income.seasons[index] if index is not None else None
                if key == "months":
                    text = str(line.months) if line and line.months else ""
                elif line is None:
                    text = ""
                else:
                    text = format_money(season_figures(line)[key])
                if key in COMPUTED:
                    self.setItem(r, c, _computed_item(text))
                    continue
                current = self.item(r, c)
                if current is not None and current.text() == text:
                    continue
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
            total = self.annual(key)
            self.setItem(
                r, 3, _computed_item(str(total) if key == "months" else format_money(total))
            )
            if key in self.sources and self.ctx.case.income.seasons:
                src = getattr(self.ctx.case.income.seasons[0], key).source
                self.sources[key].setCurrentIndex(list(Provenance).index(src))
        self._loading = False


class BalanceTable(_AllRowsTable):
    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(len(BALANCE_ROWS), 3, parent)
        self.ctx = ctx
        self.setObjectName("balance_table")
        self.setTabKeyNavigation(False)
        self.setHorizontalHeaderLabels([tr("Amount"), tr("Source"), tr("Document")])
        self.setVerticalHeaderLabels([tr(BALANCE_LABELS.get(k) or TOTALS[k]) for k in BALANCE_ROWS])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fit_rows()
        self._loading = False
        for r, key in enumerate(BALANCE_ROWS):
            if key not in TOTALS:
                self.setCellWidget(r, 1, ProvenanceCombo(ctx, f"balance_sheet/{key}"))
        self.itemChanged.connect(self._on_item)
        ctx.changed.connect(
            lambda path: self.reload() if path.startswith("balance_sheet") else None
        )
        self.reload()

    def figure(self, key: str) -> Figure:
        fig: Figure = getattr(self.ctx.case.balance_sheet, key)
        return fig

    def totals(self) -> dict[str, Decimal]:
        assets = _sum([self.figure(k).value for k in ASSET_FIELDS])
        liabilities = _sum([self.figure(k).value for k in LIABILITY_FIELDS])
        return {
            "total_assets": assets,
            "total_liabilities": liabilities,
            "equity": assets - liabilities,
        }

    def _on_item(self, item: QTableWidgetItem) -> None:
        key = BALANCE_ROWS[item.row()]
        if self._loading or key in TOTALS:
            return
        base = f"balance_sheet/{key}"
        if item.column() == 2:
            self.ctx.edit(base + "/document", item.text(), merge=False)
            return
        result = parse("money", item.text(), self.ctx.today())
        self._loading = True
        item.setToolTip("\n".join(tr_msg(m) for m in result.errors))
        item.setBackground(QBrush(QColor("#fde7ea")) if not result.ok else QBrush())
        self._loading = False
        if result.ok:
            self.ctx.edit(base + "/value", result.value, merge=False)

    def reload(self) -> None:
        self._loading = True
        totals = self.totals()
        for r, key in enumerate(BALANCE_ROWS):
            if key in TOTALS:
                self.setItem(r, 0, _computed_item(format_money(totals[key])))
                continue
            fig = self.figure(key)
            for c, text in ((0, format_value("money", fig.value)), (2, fig.document)):
                current = self.item(r, c)
                if current is not None and current.text() == text:
                    continue
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(r, c, item)
        self._loading = False


class StatementsPage(StagePage):
    def on_shown(self) -> None:
        """S5 and the pattern lights are computed when the page is looked at: when
        the page is built, the editor's assessment is not wired up yet, and the
        summary said S5 "could not be computed" on every case just opened."""
        from ui.stages.bank_statements import BankStatementSection

        for section in self.findChildren(BankStatementSection):
            section.refresh_summary()

    def build(self) -> None:
        c = self.ctx
        income = self.section(tr("Income statement, monthly figures by season"))
        self.income_table = IncomeTable(c)
        income.addRow(self.income_table)
        for path in (
            "income/household_spending",
            "income/other_household_income",
            "income/existing_instalments_business",
            "income/existing_instalments_personal",
        ):
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(FieldLineEdit(c, path + "/value", "money"), 3)
            h.addWidget(ProvenanceCombo(c, path), 1)
            fallback = {
                "income/existing_instalments_business": tr(
                    "Existing business instalments (monthly)"
                ),
                "income/existing_instalments_personal": tr(
                    "Existing personal instalments (monthly)"
                ),
            }.get(path, "")
            income.addRow(self.label(path + "/value", fallback), row)
        # The case editor puts its BankStatementSection here (it needs services).
        self.bank_form = self.section(tr("Bank statements"))
        balance = self.section(tr("Balance sheet"))
        self.add(
            balance, "balance_sheet/as_of", FieldLineEdit(c, "balance_sheet/as_of", "past_date")
        )
        self.balance_table = BalanceTable(c)
        balance.addRow(self.balance_table)
        add_tax(self)
        add_equity_bridge(self)
