"""CaseTableModel over a fake store, without a window."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from domain.enums import CaseStatus
from domain.ports import CaseFilter
from tests.ui.fakes import NO_FILTER, FakeCaseStore, ManualDebouncer, make_case
from ui.case_table_model import (
    COL_AMOUNT,
    COL_APPLICANT,
    COL_FLAGS,
    COL_NUMBER,
    COL_PROGRESS,
    COLUMN_COUNT,
    FLAGS_ROLE,
    SORT_ROLE,
    UUID_ROLE,
    CaseTableModel,
)


@pytest.fixture
def store() -> FakeCaseStore:
    return FakeCaseStore(branch="3301")


def test_shows_number_applicant_and_amount_with_two_decimals_right_aligned(
    qapp: object, store: FakeCaseStore
) -> None:
    case = store.add(make_case("杭州味源餐饮店", amount="1234.5"))
    model = CaseTableModel(store, debouncer=ManualDebouncer())
    assert model.rowCount() == 1 and model.columnCount() == COLUMN_COUNT
    assert model.data(model.index(0, COL_NUMBER)) == case.number
    assert model.data(model.index(0, COL_APPLICANT)) == "杭州味源餐饮店"
    # 1234.5 → two decimals, thousands separator, yuan sign
    assert model.data(model.index(0, COL_AMOUNT)) == "¥1,234.50"
    align = model.data(model.index(0, COL_AMOUNT), Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(0, COL_AMOUNT), SORT_ROLE) == Decimal("1234.5")
    assert model.data(model.index(0, 0), UUID_ROLE) == case.uuid


def test_progress_and_flag_counts_come_from_the_summary(qapp: object, store: FakeCaseStore) -> None:
    case = store.add(make_case("义乌小商品摊位", stages=2))
    store.flags[case.uuid] = (2, 3)
    model = CaseTableModel(store, debouncer=ManualDebouncer())
    # 2 of 8 stages finished: 2 × 100 ÷ 8 = 25 %
    assert model.data(model.index(0, COL_PROGRESS)) == "25%"
    assert model.data(model.index(0, COL_PROGRESS), SORT_ROLE) == 25
    assert model.data(model.index(0, COL_FLAGS), FLAGS_ROLE) == (2, 3)


def test_fetches_lazily_in_pages_and_counts_the_total(qapp: object, store: FakeCaseStore) -> None:
    for i in range(1203):
        store.add(make_case(f"商户{i:04d}"))
    model = CaseTableModel(store, debouncer=ManualDebouncer())
    # first page only: 500 of 1203
    assert model.rowCount() == 500
    assert model.total == 1203
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    model.fetchMore(QModelIndex())
    # 1203 − 1000 = 203 in the last page
    assert model.rowCount() == 1203
    assert not model.canFetchMore(QModelIndex())
    assert [c["offset"] for c in store.summary_calls] == [0, 500, 1000]
    assert all(c["limit"] == 500 for c in store.summary_calls)


def test_filter_requeries_only_when_the_debounce_timer_fires(
    qapp: object, store: FakeCaseStore
) -> None:
    store.add(make_case("温州鞋材批发部", industry="wholesale_market"))
    store.add(make_case("台州塑料制品厂", industry="plastics"))
    debouncer = ManualDebouncer()
    model = CaseTableModel(store, debouncer=debouncer)
    calls_before = len(store.summary_calls)
    model.set_filter(CaseFilter(text="塑"))
    model.set_filter(CaseFilter(text="塑料"))
    assert len(store.summary_calls) == calls_before  # typing does not query
    assert model.rowCount() == 2
    debouncer.fire()
    assert len(store.summary_calls) == calls_before + 1  # two keystrokes, one query
    assert model.rowCount() == 1
    assert model.data(model.index(0, COL_APPLICANT)) == "台州塑料制品厂"


def test_filters_by_status_and_industry(qapp: object, store: FakeCaseStore) -> None:
    store.add(make_case("甲", industry="retail", status=CaseStatus.IN_FIELD))
    store.add(make_case("乙", industry="retail", status=CaseStatus.DRAFT))
    store.add(make_case("丙", industry="farming", status=CaseStatus.IN_FIELD))
    model = CaseTableModel(store, debouncer=ManualDebouncer())
    model.set_filter_now(CaseFilter(status=CaseStatus.IN_FIELD, industry="retail"))
    assert model.total == 1
    assert model.data(model.index(0, COL_APPLICANT)) == "甲"


def test_sorting_asks_the_store_for_another_order(qapp: object, store: FakeCaseStore) -> None:
    store.add(make_case("小", amount="50000"))
    store.add(make_case("大", amount="800000"))
    store.add(make_case("中", amount="200000"))
    model = CaseTableModel(store, debouncer=ManualDebouncer())
    model.sort(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    assert store.summary_calls[-1]["order_by"] == "amount"
    assert store.summary_calls[-1]["descending"] is False
    names = [model.data(model.index(r, COL_APPLICANT)) for r in range(3)]
    assert names == ["小", "中", "大"]  # 50,000 < 200,000 < 800,000
    model.sort(COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(r, COL_APPLICANT)) for r in range(3)]
    assert names == ["大", "中", "小"]


def test_a_case_without_amount_shows_an_empty_cell(qapp: object, store: FakeCaseStore) -> None:
    store.add(make_case("未填金额", amount=None))
    model = CaseTableModel(store, debouncer=ManualDebouncer())
    assert model.data(model.index(0, COL_AMOUNT)) == ""


class HundredThousandStore(FakeCaseStore):
    """Answers like a store of 100,000 cases without holding them."""

    TOTAL = 100_000

    def count(self, flt: CaseFilter = NO_FILTER) -> int:
        self.count_calls += 1
        return self.TOTAL

    def summaries(
        self,
        flt: CaseFilter = NO_FILTER,
        offset: int = 0,
        limit: int = 500,
        order_by: str = "updated_at",
        descending: bool = True,
    ) -> list:  # type: ignore[type-arg]
        from domain.ports import CaseSummary

        self.summary_calls.append({"offset": offset, "limit": limit})
        end = min(offset + limit, self.TOTAL)
        return [
            CaseSummary(
                str(i),
                f"3301-20261127-{i:06d}",
                f"商户{i}",
                "retail",
                CaseStatus.DRAFT,
                Decimal("1000"),
                0,
                0,
                0,
                None,
                1,
            )
            for i in range(offset, end)
        ]


def test_a_workspace_of_100000_cases_loads_only_the_first_page(qapp: object) -> None:
    from PySide6.QtWidgets import QTableView

    store = HundredThousandStore()
    model = CaseTableModel(store, debouncer=ManualDebouncer())
    view = QTableView()
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qapp.processEvents()  # type: ignore[attr-defined]
    assert model.total == 100_000
    assert model.rowCount() == 500  # one page, not 100,000 rows
    assert all(c["limit"] == 500 for c in store.summary_calls)
    view.scrollToBottom()
    qapp.processEvents()  # type: ignore[attr-defined]
    # scrolling to the end of the fetched rows asks for the next page only
    assert 500 < model.rowCount() <= 1500
    view.close()


def test_sorting_by_the_current_order_does_not_query_again(
    qapp: object, store: FakeCaseStore
) -> None:
    model = CaseTableModel(store, debouncer=ManualDebouncer())
    calls = len(store.summary_calls)
    model.sort(7, Qt.SortOrder.DescendingOrder)  # updated_at, descending: the default
    assert len(store.summary_calls) == calls
