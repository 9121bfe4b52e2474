"""The fraud-flags panel: filter, evidence, go-to-field, dispositions, checklist."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from domain.case import Case
from domain.enums import DispositionStatus, FraudCategory, Severity
from domain.fraud.base import Evidence, make_flag
from domain.fraud.dispositions import can_finalise
from domain.fraud.settings import ChecklistItem
from domain.i18n import Message
from ui.flags_panel import FlagsPanel

CST = timezone(timedelta(hours=8))
T0 = datetime(2026, 11, 2, 10, 30, tzinfo=CST)

RED = make_flag(
    "seal.name_mismatch",
    FraudCategory.SEAL,
    Severity.RED,
    Message(
        "The seal reads {name}, not the registered name {registered}.",
        {"name": "百佳超市", "registered": "百佳便利店"},
    ),
    [Evidence("Name on the seal", "百佳超市", "seal", "百佳便利店")],
    ["/seals/0/name", "/applicant/registered_name"],
)
AMBER = make_flag(
    "site.photo_far_from_visit",
    FraudCategory.SITE,
    Severity.AMBER,
    Message(
        "{count} photos were taken more than {km} km from the visit position.",
        {"count": 1, "km": 1},
    ),
    [Evidence("Distance of photo from the visit (km)", "2.001", "shop.jpg", "> 1 amber")],
    ["/attachments/0/exif_latitude"],
)
CHECKLIST = {
    FraudCategory.SEAL: [
        ChecklistItem(
            FraudCategory.SEAL,
            "registered_seal",
            "与备案印章比对",
            "Compare with the registered seal",
        )
    ]
}


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _panel(qtbot, case: Case, saved: list[Case], clock: Clock) -> FlagsPanel:
    panel = FlagsPanel(
        [RED, AMBER], case, saved.append, officer="张敏", now=clock, checklist=CHECKLIST
    )
    qtbot.addWidget(panel)
    return panel


def test_counts_flags_by_severity_and_filters_by_category(qtbot) -> None:
    panel = _panel(qtbot, Case(), [], Clock())
    assert "1" in panel.counts_label.text()
    assert panel.visible_rules() == ["seal.name_mismatch", "site.photo_far_from_visit"]
    panel.set_category_filter(FraudCategory.SITE)
    assert panel.visible_rules() == ["site.photo_far_from_visit"]
    panel.set_category_filter(None)
    assert len(panel.visible_rules()) == 2


def test_selecting_a_flag_shows_its_evidence_and_go_to_field_emits_the_path(qtbot) -> None:
    panel = _panel(qtbot, Case(), [], Clock())
    panel.select_flag("seal.name_mismatch")
    assert "百佳超市" in panel.evidence.toPlainText()
    assert panel.fields_list.count() == 2
    with qtbot.waitSignal(panel.goToField) as blocker:
        qtbot.mouseClick(panel.go_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["/seals/0/name"]


def test_dismissing_with_a_reason_records_who_when_and_why(qtbot) -> None:
    case, saved, clock = Case(), [], Clock()
    panel = _panel(qtbot, case, saved, clock)
    panel.select_flag("site.photo_far_from_visit")
    panel.reason_edit.setPlainText("照片为客户仓库，距门店2公里，已实地核实")
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    (d,) = case.dispositions
    assert d.rule == "site.photo_far_from_visit"
    assert d.status == DispositionStatus.DISMISSED
    assert d.by == "张敏"
    assert d.at == T0
    assert d.reason == "照片为客户仓库，距门店2公里，已实地核实"
    assert saved == [case]
    assert "张敏" in panel.decision_label.text()


def test_dismissing_without_a_reason_records_nothing_and_says_why(qtbot) -> None:
    case, saved = Case(), []
    panel = _panel(qtbot, case, saved, Clock())
    panel.select_flag("seal.name_mismatch")
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert case.dispositions == []
    assert saved == []
    assert panel.error_label.text()


def test_an_override_reason_on_a_pending_red_flag_allows_finalising(qtbot) -> None:
    case, saved = Case(), []
    panel = _panel(qtbot, case, saved, Clock())
    assert not can_finalise(case, [RED, AMBER])[0]
    assert "Seal name differs from the licence" in panel.finalise_label.text()
    panel.select_flag("site.photo_far_from_visit")
    assert not panel.override_button.isEnabled()  # only red flags are overridden
    panel.select_flag("seal.name_mismatch")
    assert panel.override_button.isEnabled()
    panel.reason_edit.setPlainText("分行行长同意先行上报，印章原件待补")
    qtbot.mouseClick(panel.override_button, Qt.MouseButton.LeftButton)
    (d,) = case.dispositions
    assert d.status == DispositionStatus.PENDING
    assert d.override_reason == "分行行长同意先行上报，印章原件待补"
    assert (d.by, d.at) == ("张敏", T0)
    assert can_finalise(case, [RED, AMBER])[0]
    assert "seal.name_mismatch" not in panel.finalise_label.text()
    assert saved == [case]


def test_ticking_a_checklist_item_records_who_and_when(qtbot) -> None:
    case, saved, clock = Case(), [], Clock()
    panel = _panel(qtbot, case, saved, clock)
    panel.select_flag("seal.name_mismatch")
    assert panel.checklist_table.rowCount() == 1
    assert panel.checklist_table.item(0, 0).text() == "与备案印章比对"
    clock.now = T0 + timedelta(minutes=5)
    panel.checklist_table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    (tick,) = case.checklist
    assert (tick.category, tick.item, tick.checked, tick.by, tick.at) == (
        FraudCategory.SEAL,
        "registered_seal",
        True,
        "张敏",
        T0 + timedelta(minutes=5),
    )
    assert panel.checklist_table.item(0, 2).text() == "2026-11-02 10:35"
    assert saved == [case]


def test_an_english_officer_reads_the_checklist_in_english_and_fields_by_their_labels(
    qtbot,
) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    panel = _panel(qtbot, Case(), [], Clock())
    panel.select_flag("seal.name_mismatch")
    assert panel.checklist_table.item(0, 0).text() == "Compare with the registered seal"
    panel.select_flag("site.photo_far_from_visit")
    item = panel.fields_list.item(0)
    assert item.text() == "Photo position"
    assert item.toolTip() == ""  # the path stays behind the label, for "go to field"
