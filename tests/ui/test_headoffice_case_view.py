"""The head office's page for one case reads in words, not in stored ids."""

from __future__ import annotations

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


def test_statuses_lights_flags_matches_decisions_and_history_read_in_chinese(
    chinese: None,
) -> None:
    page, industry_id = _page()
    assert "状态：已导出" in page  # the Chinese colon after a label
    assert "支行：3311 · 客户经理：" in page
    assert "金额：¥240,000.00" in page  # the loan amount of 3311-20261101-0005
    assert "手机号 138****5678" in page
    assert "退回客户经理" in page
    assert "状态变更" in page and "已导出报送总行，文件 3311-20261101-0005.fcwpkg" in page
    assert "订单超出产能" in page  # a fraud rule by its title, not its id
    local = AT.astimezone()  # times in this computer's zone, to the minute
    assert f"{local:%Y-%m-%d %H:%M} 林晓燕 (TZ0417)" in page
    assert "T02:30" not in page
    # no stored id is left in the text: enumerations, match kinds, rule ids
    text = re.sub(r"<[^>]+>", " ", page)
    for raw in ("exported", "return", "phone", "[green]", "[red]", "[amber]", industry_id):
        assert raw not in text, raw
