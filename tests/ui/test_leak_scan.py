"""The leak finders of the leak test find the leaks the journey issue reported,
and let typed text, codes and allowed words through."""

from __future__ import annotations

from domain.case import Case
from tests.ui.leak_scan import chinese_leaks, english_leaks, typed_strings

TYPED = ["潘志远", "叶敏", "Nordic Home Trading AB", "夫妻共同经营，家庭和睦"]


def kinds(texts: list[str]) -> set[tuple[str, str]]:
    return {(leak.kind, leak.token) for leak in chinese_leaks("here", texts, TYPED)}


def test_the_leaks_of_the_journey_issue_are_found_on_a_chinese_screen() -> None:
    found = kinds(
        [
            "案件 3301 的状态为draft：只有已分析的案件才能导出。",
            "1. designated_payment",
            "照片拍摄时间 2025-05-01 08:15（阈值：on a visit day）",
            "撤销 proposal/opinion",
            "visits/0/officers/0",
            "2026-10-30T11:14:00+08:00",
            "300000 → 280000",
            "（需求 -561872.31 元）",
            "contract.order_beyond_capacity",
        ]
    )
    assert {
        ("English", "draft"),
        ("enumeration id", "designated_payment"),
        ("English", "visit"),
        ("case path", "proposal/opinion"),
        ("case path", "visits/0/officers/0"),
        ("ISO timestamp", "2026-10-30T11:14"),
        ("raw amount", "300000"),
        ("raw amount", "-561872.31"),
        ("rule id", "contract.order_beyond_capacity"),
    } <= found


def test_typed_text_codes_units_and_formatted_amounts_pass_on_a_chinese_screen() -> None:
    assert not kinds(
        [
            "买方 Nordic Home Trading AB，合同金额 ¥753,200.00",
            "−¥561,872.31 → ¥280,000.00",
            "1年期LPR 3.85%（2025-10-20），r1 -19.3%，S2",
            "按 Ctrl+Enter 完成本阶段",
            "门头.jpg（SHA-256：6c3e7647bfb904409feffca89e6568820ffe9d66f12173ff09c9282486460bba）",
            "规则包版本 2026.11.1，偏离 -4100.8%",
        ]
    )


def test_chinese_on_an_english_screen_is_found_unless_typed_or_allowed() -> None:
    leaks = english_leaks(
        "here",
        ["Pending · 待处理", "潘志远、叶敏", "Family: 夫妻共同经营，家庭和睦", "2. 人品 Character"],
        TYPED,
        allowed=["人品"],
    )
    assert {leak.token for leak in leaks} == {"待处理", "远、叶"}


def test_coded_fields_are_not_taken_for_typed_text() -> None:
    case = Case()
    case.business.industry = "plastics"
    case.proposal.conditions = ["designated_payment", "配偶共同签字"]
    case.stages_finished = ["visit"]
    case.applicant.owner.name = "曾永康"
    typed = typed_strings(case)
    assert "曾永康" in typed and "配偶共同签字" in typed
    assert not {"plastics", "designated_payment", "visit"} & set(typed)
