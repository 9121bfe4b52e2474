"""The case list sorts as the officer reads it: names in 拼音 order, the
status in the order of the method, industries by the label shown."""

from __future__ import annotations

from pathlib import Path

from domain.case import Case
from domain.enums import CaseStatus
from domain.lifecycle import seed_status
from domain.ports import CaseFilter
from storage.quick_open import open_workspace_quickly
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace

ALL = CaseFilter(include_archived=True)


def _case(name: str, industry: str = "retail", status: CaseStatus = CaseStatus.DRAFT) -> Case:
    case = Case()
    case.applicant.registered_name = name
    case.business.industry = industry
    seed_status(case, status)
    return case


def test_names_sort_by_pinyin_not_by_code_point(tmp_path: Path) -> None:
    # 安 an, 北 bei, 慈 ci, 德 de; by code point 北 (U+5317) < 安 (U+5B89) < 德 < 慈
    with new_workspace(tmp_path / "ws") as ws:
        for name in ("德清县某某五金店", "北仑区港城超市", "慈溪市三北小吃", "安吉县竹制品厂"):
            ws.store.create(_case(name), OFFICER)
        names = [s.name[:2] for s in ws.store.summaries(order_by="name", descending=False)]
        assert names == ["安吉", "北仑", "慈溪", "德清"]
        backwards = [s.name[:2] for s in ws.store.summaries(order_by="name", descending=True)]
        assert backwards == ["德清", "慈溪", "北仑", "安吉"]


def test_the_status_sorts_in_the_order_of_the_method(tmp_path: Path) -> None:
    statuses = [
        CaseStatus.RETURNED,
        CaseStatus.DRAFT,
        CaseStatus.EXPORTED,
        CaseStatus.ANALYSED,
        CaseStatus.IN_FIELD,
        CaseStatus.MEMO_PRINTED,
    ]
    with new_workspace(tmp_path / "ws") as ws:
        for i, status in enumerate(statuses):
            ws.store.create(_case(f"案件{i}", status=status), OFFICER)
        got = [s.status for s in ws.store.summaries(order_by="status", descending=False)]
    # by id it would be analysed, draft, exported, in_field, memo_printed, returned
    assert got == [
        CaseStatus.DRAFT,
        CaseStatus.IN_FIELD,
        CaseStatus.ANALYSED,
        CaseStatus.MEMO_PRINTED,
        CaseStatus.EXPORTED,
        CaseStatus.RETURNED,
    ]


def test_industries_sort_in_the_label_order_given_and_unknown_ones_last(tmp_path: Path) -> None:
    # 餐饮 can, 服装 fu, 零售 ling: by id garments < restaurant < retail < zoo
    with new_workspace(tmp_path / "ws") as ws:
        for industry in ("zoo", "retail", "garments", "restaurant"):
            ws.store.create(_case(industry, industry=industry), OFFICER)
        order = ["restaurant", "garments", "retail"]
        rows = ws.store.summaries(ALL, order_by="industry", descending=False, label_order=order)
        assert [s.industry for s in rows] == ["restaurant", "garments", "retail", "zoo"]


def test_the_quick_start_list_sorts_the_same_way(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        for name in ("北仑区港城超市", "安吉县竹制品厂"):
            ws.store.create(_case(name), OFFICER)
    quick = open_workspace_quickly(tmp_path / "ws", PASSWORD)
    try:
        names = [s.name[:2] for s in quick.store.summaries(order_by="name", descending=False)]
    finally:
        quick.close()
    assert names == ["安吉", "北仑"]
