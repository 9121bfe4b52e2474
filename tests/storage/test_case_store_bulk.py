"""The case list over 10,000 cases: counts and filters (behaviour, not timing)."""

from __future__ import annotations

from pathlib import Path

from domain.case import Case
from domain.enums import CaseStatus
from domain.ports import CaseFilter
from tests.storage.workspace_fixtures import OFFICER, new_workspace

STATUSES = [CaseStatus.DRAFT, CaseStatus.IN_FIELD, CaseStatus.ANALYSED, CaseStatus.ARCHIVED]


def test_ten_thousand_cases_count_filter_and_page(tmp_path: Path) -> None:
    cases = []
    for i in range(10_000):
        case = Case(status=STATUSES[i % 4])
        case.applicant.owner.name = f"商户{i:05d}"
        case.business.industry = "restaurant" if i % 2 else "wholesale"
        cases.append(case)
    with new_workspace(tmp_path / "ws") as ws:
        ws.store.create_many(cases, OFFICER)

        # i % 4 == 3 is archived: 2,500 of 10,000, hidden by default
        assert ws.store.count() == 7_500
        assert ws.store.count(CaseFilter(include_archived=True)) == 10_000
        # drafts are i % 4 == 0, all even, so all wholesale: 2,500
        assert ws.store.count(CaseFilter(status=CaseStatus.DRAFT, industry="wholesale")) == 2_500
        # "商户0012" matches 00120..00129: ten names, of which i % 4 == 3 are
        # 00123 and 00127, archived: eight visible
        assert ws.store.count(CaseFilter(text="商户0012")) == 8
        page = ws.store.summaries(order_by="name", descending=False, offset=100, limit=50)
        # visible i in name order: 0,1,2, 4,5,6, 8,… (three of every four), so
        # position p is i = 4 * (p // 3) + p % 3; p = 100 → 4 * 33 + 1 = 133
        assert len(page) == 50 and page[0].name == "商户00133"
