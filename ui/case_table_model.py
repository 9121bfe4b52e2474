"""The case list as a Qt table model over ``CaseStore.summaries`` (Vorta style).

Rows arrive lazily in pages of :data:`PAGE_SIZE` (``canFetchMore`` /
``fetchMore``) so that a workspace with 100,000 cases opens at once; the view
never runs a query itself. Filtering re-queries the store after a short
debounce (the timer is injectable so tests fire it by hand); sorting asks the
store for another ``order_by``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from domain.enums import label
from domain.i18n import CONTEXT
from domain.ports import CaseFilter, CaseStore, CaseSummary
from ui.industries import industries_in_label_order, industry_label
from ui.locale_format import format_amount, format_datetime

PAGE_SIZE = 500
DEBOUNCE_MS = 150

COL_NUMBER = 0
COL_APPLICANT = 1
COL_INDUSTRY = 2
COL_AMOUNT = 3
COL_STATUS = 4
COL_PROGRESS = 5
COL_FLAGS = 6
COL_UPDATED = 7
COLUMN_COUNT = 8

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The case UUID of a row (str)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts naturally (Decimal amount, int progress, datetime …)."""
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3
"""The whole ``CaseSummary`` of the row."""
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 4
"""``(red, amber)`` counts, for the badge delegate."""

#: Column → ``order_by`` field of ``CaseStore.summaries``.
ORDER_FIELDS: dict[int, str] = {
    COL_NUMBER: "number",
    COL_APPLICANT: "name",
    COL_INDUSTRY: "industry",
    COL_AMOUNT: "amount",
    COL_STATUS: "status",
    COL_PROGRESS: "progress",
    COL_FLAGS: "red",
    COL_UPDATED: "updated_at",
}

_HEADERS = (
    QT_TRANSLATE_NOOP("CaseTableModel", "Case number"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Applicant"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Industry"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Amount (¥)"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Progress"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Flags"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Last change"),
)

IndexLike = QModelIndex | QPersistentModelIndex


class Debouncer(Protocol):
    """What the model needs of its filter timer (a QTimer, or a fake in tests)."""

    def connect(self, callback: Callable[[], None]) -> None: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...


class TimerDebouncer:
    """A single-shot QTimer: each ``start`` restarts the wait."""

    def __init__(self, interval_ms: int = DEBOUNCE_MS, parent: QObject | None = None) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)

    def connect(self, callback: Callable[[], None]) -> None:
        self._timer.timeout.connect(callback)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


def format_updated(value: datetime | None) -> str:
    return format_datetime(value)


class CaseTableModel(QAbstractTableModel):
    """Rows of ``CaseSummary`` fetched page by page from a ``CaseStore``."""

    def __init__(
        self,
        store: CaseStore,
        parent: QObject | None = None,
        *,
        debouncer: Debouncer | None = None,
        industry_names: Mapping[str, str] | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._filter = CaseFilter()
        self._pending_filter: CaseFilter | None = None
        self._order_by = "updated_at"
        self._descending = True
        self._page_size = page_size
        self._industry_names = industry_names
        self._debouncer: Debouncer = debouncer or TimerDebouncer(parent=self)
        self._debouncer.connect(self.apply_pending_filter)
        self.refresh()

    # -- what the window asks --------------------------------------------
    @property
    def total(self) -> int:
        """Number of cases matching the filter (all pages, fetched or not)."""
        return self._total

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def refresh(self) -> None:
        """Query the store again from the first page (after a save or a filter)."""
        self.beginResetModel()
        self._total = self._store.count(self._filter)
        self._rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[CaseSummary]:
        """One page in the current order; industries sort by the label shown."""
        if self._order_by == "industry":
            order = industries_in_label_order(self._industry_names)
            return self._store.summaries(
                self._filter, offset, self._page_size, self._order_by, self._descending, order
            )
        return self._store.summaries(
            self._filter, offset, self._page_size, self._order_by, self._descending
        )

    def set_filter(self, flt: CaseFilter) -> None:
        """Filter after the debounce pause, so typing does not query per key."""
        self._pending_filter = flt
        self._debouncer.start()

    def apply_pending_filter(self) -> None:
        if self._pending_filter is None:
            return
        flt, self._pending_filter = self._pending_filter, None
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def set_filter_now(self, flt: CaseFilter) -> None:
        self._debouncer.stop()
        self._pending_filter = flt
        self.apply_pending_filter()

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        """Row of a fetched case, or -1."""
        for i, s in enumerate(self._rows):
            if s.uuid == uuid:
                return i
        return -1

    # -- Qt model --------------------------------------------------------
    def rowCount(self, parent: IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: IndexLike = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: IndexLike = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: IndexLike = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._page(len(self._rows))
        if not page:
            self._total = len(self._rows)  # the store shrank under us
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = ORDER_FIELDS.get(column)
        if field is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (field, descending) == (self._order_by, self._descending):
            return  # the view re-announces the current order: no new query
        self._order_by = field
        self._descending = descending
        self.refresh()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseTableModel", str(_HEADERS[section]))
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: IndexLike) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: IndexLike, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, col)
        if role == UUID_ROLE:
            return s.uuid
        if role == SUMMARY_ROLE:
            return s
        if role == SORT_ROLE:
            return self._sort_value(s, col)
        if role == FLAGS_ROLE:
            return (s.red, s.amber)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == COL_AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_FLAGS:
            return QCoreApplication.translate(
                "CaseTableModel", "{red} red and {amber} amber flags"
            ).format(red=s.red, amber=s.amber)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return QBrush(QColor(_STATUS_COLOURS.get(str(s.status), "#333333")))
        return None

    def _display(self, s: CaseSummary, col: int) -> Any:
        if col == COL_NUMBER:
            return s.number
        if col == COL_APPLICANT:
            return s.name
        if col == COL_INDUSTRY:
            return industry_label(s.industry, self._industry_names)
        if col == COL_AMOUNT:
            return format_amount(s.amount)
        if col == COL_STATUS:
            return QCoreApplication.translate(CONTEXT, label(s.status))
        if col == COL_PROGRESS:
            return f"{s.progress}%"
        if col == COL_FLAGS:
            return f"{s.red} / {s.amber}"
        if col == COL_UPDATED:
            return format_updated(s.updated_at)
        return None

    @staticmethod
    def _sort_value(s: CaseSummary, col: int) -> Any:
        if col == COL_AMOUNT:
            return s.amount if s.amount is not None else Decimal("-1")
        if col == COL_PROGRESS:
            return s.progress
        if col == COL_FLAGS:
            return (s.red, s.amber)
        if col == COL_UPDATED:
            return s.updated_at
        return getattr(s, ORDER_FIELDS[col]) if col in ORDER_FIELDS else None


_STATUS_COLOURS = {
    "draft": "#5f6b7a",
    "in_field": "#1f5fbf",
    "analysed": "#0b7a75",
    "memo_printed": "#2e7d32",
    "exported": "#2e7d32",
    "returned": "#b26a00",
    "archived": "#8a8f98",
}
