"""The head office's page for one case reads in words, not in stored ids."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime
from types import SimpleNamespace

from domain.assessment import assess_with_fraud
from domain.audit_reasons import EXPORTED, audit_text
from domain.enums import CaseStatus
from domain.ports import AuditEntry
from storage.rulepack_files import load_rule_pack
from tests.storage.test_memo_chinese_only import PRINT_TIME, demo_case
from ui.headoffice.case_view import case_html

AT = datetime(2026, 11, 27, 2, 30, tzinfo=UTC)


def _page() -> tuple[str, str]:
    case = demo_case()  # 3311-20261101-0005: red contract flags pending
    case.status = CaseStatus.EXPORTED
    assessment = assess_with_fraud(case, load_rule_pack(), today=PRINT_TIME.date())
    match = SimpleNamespace(
        kind="phone",
        value="138****5678",
        other_number="3302-20261120-0003",
        other_branch="3302",
        other_officer="陈立",
    )
    review = SimpleNamespace(
        at=AT, reviewer="总行 李审", decision="return", comment="补充三个月流水", questions=[]
    )
    exported = AuditEntry(
        1, case.uuid, AT, "林晓燕 (TZ0417)", "status", "status", "memo_printed", "exported",
        audit_text(EXPORTED, file=f"{case.number}.fcwpkg"), "", "",
    )  # fmt: skip
    detail = SimpleNamespace(case=case, matches=[match], reviews=[review], history=[exported])
    return case_html(detail, assessment), case.business.industry


def _cells(page: str) -> list[str]:
    """The text of every table cell (header or data), tags removed, in order."""
    found = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", page, flags=re.S)
    return [re.sub(r"<[^>]+>", "", c).replace("&nbsp;", " ").strip() for c in found]


def _after(cells: list[str], label: str) -> str:
    return cells[cells.index(label) + 1]


def test_statuses_lights_flags_matches_decisions_and_history_read_in_chinese(
    chinese: None,
) -> None:
    page, industry_id = _page()
    cells = _cells(page)
    assert _after(cells, "状态") == "已导出"
    assert _after(cells, "支行") == "3311"
    assert _after(cells, "金额") == "¥240,000.00"  # the loan amount of 3311-20261101-0005
    assert "手机号" in cells and "138****5678" in cells
    assert "退回客户经理" in cells
    assert "状态变更" in cells and "已导出报送总行，文件 3311-20261101-0005.fcwpkg" in cells
    assert "订单超出产能" in cells  # a fraud rule by its title, not its id
    local = AT.astimezone()  # times in this computer's zone, to the minute
    when = f"{local:%Y-%m-%d %H:%M}"
    assert any(a == when and b == "林晓燕 (TZ0417)" for a, b in itertools.pairwise(cells))
    assert "T02:30" not in page
    # no stored id is left in the text: enumerations, match kinds, rule ids
    text = re.sub(r"<[^>]+>", " ", page)
    for raw in ("exported", "return", "phone", "[green]", "[red]", "[amber]", industry_id):
        assert raw not in text, raw


def test_lights_are_coloured_dots_in_tables_not_bracketed_words(chinese: None) -> None:
    page, _ = _page()
    text = re.sub(r"<[^>]+>", " ", page)
    assert "[绿灯]" not in text and "[红灯]" not in text and "[" not in text
    # each check's light: a dot in the light's colour, then its name in the same colour
    assert "<span style='color:#1b8a3a;font-size:large'>●</span>" in page
    assert "<span style='color:#c62828'>红灯</span>" in page  # the pending red contract flags
    assert page.count("<table") >= 5  # facts, checks, flags, matches, decisions, history


def test_officer_names_in_the_matches_table_are_never_broken(chinese: None) -> None:
    page, _ = _page()
    # the other officer's name sits in a cell that may not wrap inside the name
    assert "<td valign='top'><span style='white-space:nowrap'>陈立</span></td>" in page
