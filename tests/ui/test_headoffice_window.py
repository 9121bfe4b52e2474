"""Head office's portfolio window over a fake service: lazy pages, filters,
totals, charts in proportion, a case opened read-only."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal as D
from typing import Any

import pytest

from domain.case import Case
from ui.headoffice.charts import BarChart
from ui.headoffice.portfolio_model import PAGE_SIZE, PortfolioModel
from ui.headoffice.window import PortfolioWindow


@dataclass(frozen=True)
class Row:
    uuid: str
    number: str
    branch: str = "3301"
    officer: str = "王小明"
    name: str = "临海市百佳便利店"
    industry: str = "retail"
    amount: D | None = D("100000")
    status: str = "exported"
    red: int = 0
    amber: int = 0
    matches: int = 0
    decision: str = ""


@dataclass(frozen=True)
class Group:
    key: str
    cases: int
    amount: D


@dataclass(frozen=True)
class Summary:
    totals: Group
    by_industry: list[Group]
    by_light: list[Group]


@dataclass
class FakeService:
    """100,000 cases; records every page asked for."""

    total: int = 100_000
    pages: list[tuple[int, int, dict[str, str]]] = field(default_factory=list)

    def count(self, **flt: str) -> int:
        return 2 if flt.get("branch") == "3302" else self.total

    def rows(self, offset: int, limit: int, sort: str = "number", descending: bool = False,
             **flt: str) -> list[Row]:  # fmt: skip
        self.pages.append((offset, limit, flt))
        end = min(offset + limit, self.count(**flt))
        return [Row(f"u{i}", f"3301-20261127-{i:05d}") for i in range(offset, end)]

    def totals(self, **flt: str) -> Group:
        return Group("", self.count(**flt), D("123456.78"))

    def groups(self, by: str, **flt: str) -> list[Group]:
        if by == "light":
            return [Group("green", 3, D("300")), Group("red", 1, D("100"))]
        return [Group("retail", 2, D("200")), Group("plastics", 2, D("200"))]

    def summary(self, **flt: str) -> Summary:
        return Summary(
            self.totals(**flt), self.groups("industry", **flt), self.groups("light", **flt)
        )

    def case_detail(self, case_uuid: str) -> Any:
        case = Case(uuid=case_uuid, number="3301-20261127-00007", version=3)
        case.applicant.registered_name = "临海市百佳便利店"
        return Detail(case)


@dataclass
class Detail:
    case: Case
    history: list[Any] = field(default_factory=list)
    matches: list[Any] = field(default_factory=list)
    reviews: list[Any] = field(default_factory=list)


def test_the_model_holds_one_page_of_a_hundred_thousand_cases_until_more_is_wanted(
    qtbot: Any,
) -> None:
    service = FakeService()
    model = PortfolioModel(service)
    assert model.total == 100_000
    assert model.rowCount() == PAGE_SIZE
    assert service.pages == [(0, PAGE_SIZE, {})]
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    assert service.pages[-1][0] == PAGE_SIZE


def test_a_filter_requeries_from_the_first_page(qtbot: Any) -> None:
    service = FakeService()
    model = PortfolioModel(service)
    model.set_filter(branch="3302", industry="")
    assert service.pages[-1] == (0, PAGE_SIZE, {"branch": "3302"})
    assert (model.total, model.rowCount(), model.canFetchMore()) == (2, 2, False)


def test_bars_are_drawn_in_proportion_to_their_values(qtbot: Any) -> None:
    chart = BarChart("by light")
    qtbot.addWidget(chart)
    chart.resize(540, 200)
    chart.set_bars([("green", D(3), "3"), ("red", D(1), "1")])
    green, red = chart.bar_rects()
    # width for bars: 540 − 110 (labels) − the widest figure and its margin − 10; 3 : 1
    room = chart.fontMetrics().horizontalAdvance("3") + 12
    assert green.width() == 540 - 110 - room - 10
    assert red.width() == pytest.approx(green.width() / 3)


def test_the_longest_figure_beside_a_bar_is_never_cut_off(qtbot: Any) -> None:
    chart = BarChart("by industry")
    qtbot.addWidget(chart)
    chart.resize(420, 200)
    text = "8,476 · 3,301,827,000.00"
    chart.set_bars([("retail", D(8476), text), ("food", D(100), "100 · 1.00")])
    widest = chart.bar_rects()[0]
    assert widest.right() + 6 + chart.fontMetrics().horizontalAdvance(text) <= chart.width()


def test_the_window_shows_totals_and_opens_a_case_read_only(qtbot: Any) -> None:
    window = PortfolioWindow(FakeService())
    qtbot.addWidget(window)
    assert "100,000" in window.totals.text()  # grouped like every other count
    assert [b[0] for b in window.by_light.bars] == ["green", "red"]
    # the industry filter offers the industries of the chart, after "all"
    offered = [window.industry.itemData(i) for i in range(window.industry.count())]
    assert offered == ["", "retail", "plastics"]
    dialog = window.open_case(window.model.index(7, 0))
    qtbot.addWidget(dialog)
    assert dialog.browser.isReadOnly()
    assert "3301-20261127-00007" in dialog.browser.toPlainText()
