"""The portfolio as a lazily fetched table model (like ``ui.case_table_model``).

The model asks its source (``storage.headoffice.service.PortfolioService``,
handed in by main.py) for pages of :data:`PAGE_SIZE` rows, so that 100,000
cases open at once; sorting and filtering re-query the source.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from domain.enums import label
from domain.i18n import CONTEXT
from ui.industries import industry_label
from ui.locale_format import format_amount

PAGE_SIZE = 500

COLUMNS: list[tuple[str, str]] = [
    ("number", QT_TRANSLATE_NOOP("PortfolioModel", "Case")),
    ("branch", QT_TRANSLATE_NOOP("PortfolioModel", "Branch")),
    ("officer", QT_TRANSLATE_NOOP("PortfolioModel", "Officer")),
    ("name", QT_TRANSLATE_NOOP("PortfolioModel", "Borrower")),
    ("industry", QT_TRANSLATE_NOOP("PortfolioModel", "Industry")),
    ("amount", QT_TRANSLATE_NOOP("PortfolioModel", "Amount")),
    ("status", QT_TRANSLATE_NOOP("PortfolioModel", "Status")),
    ("red", QT_TRANSLATE_NOOP("PortfolioModel", "Red")),
    ("amber", QT_TRANSLATE_NOOP("PortfolioModel", "Amber")),
    ("matches", QT_TRANSLATE_NOOP("PortfolioModel", "Matches")),
    ("decision", QT_TRANSLATE_NOOP("PortfolioModel", "Decision")),
]
COL_AMOUNT = 5
COL_RED = 7
COL_AMBER = 8
COL_MATCHES = 9
UUID_ROLE = Qt.ItemDataRole.UserRole + 1

IndexLike = QModelIndex | QPersistentModelIndex


class PortfolioSource(Protocol):
    def count(self, **flt: str) -> int: ...
    def rows(
        self, offset: int, limit: int, sort: str = ..., descending: bool = ..., **flt: str
    ) -> list[Any]: ...


class PortfolioModel(QAbstractTableModel):
    def __init__(self, source: PortfolioSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter: dict[str, str] = {}
        self._sort = "number"
        self._descending = False
        self._rows: list[Any] = []
        self._total = 0
        self.refresh()

    @property
    def total(self) -> int:
        return self._total

    @property
    def case_filter(self) -> dict[str, str]:
        return dict(self._filter)

    def refresh(self) -> None:
        self.beginResetModel()
        self._total = self._source.count(**self._filter)
        self._rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[Any]:
        return self._source.rows(offset, PAGE_SIZE, self._sort, self._descending, **self._filter)

    def set_filter(self, **flt: str) -> None:
        self._filter = {k: v for k, v in flt.items() if v}
        self.refresh()

    def uuid_at(self, row: int) -> str:
        return str(self._rows[row].uuid)

    def rowCount(self, parent: IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: IndexLike = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: IndexLike = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PortfolioModel", COLUMNS[section][1])
        return None

    def data(self, index: IndexLike, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == UUID_ROLE:
            return row.uuid
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if key == "amount":
                return format_amount(value)  # ¥ and thousands, as in the officer's list
            if key == "industry":
                return industry_label(str(value))
            if key in ("status", "decision") and value:
                # enumeration ids (exported, approved …) shown by their label
                return QCoreApplication.translate(CONTEXT, label(str(value)))
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_AMOUNT,):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == COL_RED and row.red:
                return QBrush(QColor("#c0392b"))
            if index.column() == COL_AMBER and row.amber:
                return QBrush(QColor("#d68910"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
