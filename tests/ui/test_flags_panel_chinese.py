"""The flags panel on a Chinese screen shows no English words of its own."""

from __future__ import annotations

import re

from domain.assessment import assess_with_fraud
from domain.case import Case
from domain.fraud.base import FraudFlag
from storage.rulepack_files import load_rule_pack
from tests.storage.test_memo_chinese_only import PRINT_TIME, WORD, allowed_words, demo_case
from ui.flags_panel import FlagsPanel


def _flags(case: Case) -> list[FraudFlag]:
    assessment = assess_with_fraud(case, load_rule_pack(), today=PRINT_TIME.date())
    return list(assessment.flags)


def test_evidence_thresholds_and_sources_of_the_demo_case_read_in_chinese(
    qtbot: object, chinese: None
) -> None:
    case = demo_case()
    flags = _flags(case)
    assert {"contract.order_beyond_capacity", "contract.price_far_from_history"} <= {
        f.rule for f in flags
    }
    panel = FlagsPanel(flags, case, lambda _c: None, officer="林晓燕", now=lambda: PRINT_TIME)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    allowed = allowed_words(case)
    shown: list[str] = [panel.finalise_label.text(), panel.counts_label.text()]
    for flag in flags:
        panel.select_flag(flag.rule)
        shown.append(panel.evidence.toPlainText())
        shown += [panel.fields_list.item(i).text() for i in range(panel.fields_list.count())]
    text = "\n".join(shown)
    assert set(WORD.findall(text)) - allowed == set()
    # the bug report's figures, now in Chinese
    assert "黄灯 > 1.2，红灯 > 1.5" in text
    assert "月均用电" in text and "千瓦时" in text
    assert "订单超出产能" in panel.finalise_label.text()
    assert re.search(r"黄灯 > \d+\.\d%，红灯 > \d+\.\d%", text)


def test_the_fields_of_a_flag_show_labels_and_go_to_field_still_sends_the_path(
    qtbot: object, chinese: None
) -> None:
    case = demo_case()
    flags = _flags(case)
    panel = FlagsPanel(flags, case, lambda _c: None, officer="林晓燕", now=lambda: PRINT_TIME)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.select_flag("contract.price_far_from_history")
    flag = next(f for f in flags if f.rule == "contract.price_far_from_history")
    assert panel.fields_list.item(0).text() == "合同单价"
    with qtbot.waitSignal(panel.goToField) as blocker:  # type: ignore[attr-defined]
        panel.go_button.click()
    assert blocker.args == [flag.field_paths[0]]
