"""CaseHistoryDialog: audit entries and access log in two tabs, the chain
status, and the access log as CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from domain.i18n import Message
from domain.ports import AuditEntry
from tests.ui.fakes import FakeInteraction
from tests.ui.workspace_actions_fixtures import Calls, Setup, fake_services
from ui.case_history_dialog import CaseHistoryDialog

AT = datetime(2026, 11, 27, 2, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Access:
    at: datetime
    actor: str
    action: str


@dataclass(frozen=True)
class Chain:
    ok: bool
    first_broken_seq: int | None = None
    reason: Message | None = None


def entry(seq: int, field: str, old: str, new: str, reason: str = "") -> AuditEntry:
    return AuditEntry(seq, "u1", AT, "王建国 (330112)", "edit", field, old, new, reason, "", "")


ENTRIES = [
    entry(1, "loan.amount", "300000", "280000", "客户要求"),
    entry(2, "status", "in_field", "analysed"),
]
ACCESSES = [Access(AT, "王建国 (330112)", "open"), Access(AT, "王建国 (330112)", "print")]


def test_the_two_tabs_show_every_entry_and_the_intact_chain(qtbot: QtBot) -> None:
    dialog = CaseHistoryDialog(
        "3301-20261127-0001", ENTRIES, ACCESSES, Chain(True), FakeInteraction()
    )  # type: ignore[arg-type]
    qtbot.addWidget(dialog)

    assert dialog.audit_table.rowCount() == 2 and dialog.access_table.rowCount() == 2
    assert dialog.audit_table.item(0, 3).text() == "loan.amount"
    assert dialog.audit_table.item(0, 4).text() == "300000 → 280000"
    assert dialog.audit_table.item(0, 5).text() == "客户要求"
    assert dialog.access_table.item(1, 2).text() == "memo printed"
    assert dialog.chain_label.text() == "Audit chain intact"
    assert dialog.tabs.tabText(0) == "Changes (2)" and dialog.tabs.tabText(1) == "Access log (2)"


def test_a_broken_chain_names_the_first_broken_entry(qtbot: QtBot) -> None:
    chain = Chain(False, 2, Message("entry 2 does not follow entry 1"))
    dialog = CaseHistoryDialog("N1", ENTRIES, [], chain, FakeInteraction())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)

    assert dialog.chain_label.text() == (
        "Audit chain broken at entry 2. entry 2 does not follow entry 1"
    )


def test_the_access_log_is_exported_as_csv_for_an_inspection(qtbot: QtBot, tmp_path: Path) -> None:
    saved: list[tuple[Path, bytes]] = []
    interaction = FakeInteraction()
    interaction.save_answers = [str(tmp_path / "log.csv")]
    dialog = CaseHistoryDialog(
        "N1",
        ENTRIES,
        ACCESSES,
        Chain(True),
        interaction,
        lambda p, d: saved.append((p, d)),  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)

    dialog.export_access_log()

    ((path, data),) = saved
    assert path == tmp_path / "log.csv"
    stamp = AT.isoformat()  # "2026-11-27T02:30:00+00:00"
    assert data.decode("utf-8-sig").splitlines() == [
        "case,time,who,action",
        f"N1,{stamp},王建国 (330112),open",
        f"N1,{stamp},王建国 (330112),print",
    ]


def test_ctrl_h_opens_the_history_of_the_selected_case_from_the_services(
    qtbot: QtBot, tmp_path: Path
) -> None:
    asked: list[str] = []
    services = fake_services(Calls())
    services.history = lambda uuid: asked.append(uuid) or ENTRIES
    services.access_log = lambda uuid: ACCESSES
    s = Setup(qtbot, tmp_path, services)
    (uuid,) = s.add_cases("甲")
    s.select(uuid)

    s.actions.history_action.trigger()

    dialog = s.actions.history_dialog
    assert dialog is not None and asked == [uuid]
    assert dialog.audit_table.rowCount() == 2
    assert dialog.windowTitle() == f"History of case {s.window.case_number(uuid)}"
    dialog.close()


def test_changes_read_in_words_labels_actions_and_status_names(qtbot: QtBot) -> None:
    entries = [
        entry(1, "loan/amount", "300000", "280000"),
        entry(2, "visits/1/place", "", "路桥区商业街"),
        AuditEntry(
            3, "u1", AT, "王建国 (330112)", "status", "status", "in_field", "analysed", "", "", ""
        ),
    ]
    dialog = CaseHistoryDialog("3301-20261127-0001", entries, [], Chain(True), FakeInteraction())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.audit_table.item(0, 2).text() == "changed"
    assert dialog.audit_table.item(0, 3).text() == "Amount requested"
    assert dialog.audit_table.item(1, 3).text() == "Place"  # any visit's place
    assert dialog.audit_table.item(1, 4).text() == "路桥区商业街"
    assert dialog.audit_table.item(2, 2).text() == "status changed"
    assert dialog.audit_table.item(2, 4).text() == "In field → Analysed"


def test_texts_the_program_wrote_read_in_chinese_and_the_officers_words_stay(
    qtbot: QtBot, chinese: None
) -> None:
    from domain.audit_reasons import MEMO_PRINTED, PURGED_PAYLOAD, audit_text

    entries = [
        AuditEntry(
            1, "u1", AT, "王建国 (330112)", "status", "status", "analysed", "memo_printed",
            audit_text(MEMO_PRINTED, file="3301-20261127-0001.pdf"), "", "",
        ),
        entry(2, "loan/amount", "300000", "280000", "客户要求"),
        AuditEntry(
            3, "u1", AT, "王建国 (330112)", "purge", "payload", "",
            audit_text(PURGED_PAYLOAD, count=2), "", "", "",
        ),
    ]  # fmt: skip
    dialog = CaseHistoryDialog("3301-20261127-0001", entries, [], Chain(True), FakeInteraction())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.audit_table.item(0, 5).text() == "报告已打印为 3301-20261127-0001.pdf"
    assert dialog.audit_table.item(1, 5).text() == "客户要求"
    assert dialog.audit_table.item(2, 2).text() == "清除"
    assert dialog.audit_table.item(2, 3).text() == "案件内容"  # not the path "payload"
    assert dialog.audit_table.item(2, 4).text() == "已清除；删除附件 2 个"


def test_a_chinese_history_names_fields_and_values_in_words_never_paths_or_iso_times(
    qtbot: QtBot, chinese: None
) -> None:
    digest = "6c3e7647bfb904409feffca89e6568820ffe9d66f12173ff09c9282486460bba"
    entries = [
        entry(1, "loan/amount", "300000", "280000"),
        entry(2, "visits/0/officers/1", "", "王小明"),
        entry(3, "visits/0/started_at", "2026-10-30T11:14:00+08:00", "2026-10-30T09:05:00"),
        entry(4, "checklist/0/item", "", "licence"),
        entry(5, "proposal/conditions/2", "", "designated_payment"),
        entry(6, "transactions/12/amount", "", "-561872.31"),
        entry(7, "character/inquiries", "[]", ""),
        AuditEntry(
            8, "u1", AT, "王建国 (330112)", "attach", "attachment/8825d029-0dd7-4efd",
            "", f"门头.jpg sha256:{digest}", "", "", "",
        ),
    ]  # fmt: skip
    names = {"checklist/item": {"licence": "核对营业执照原件"}}
    dialog = CaseHistoryDialog("N1", entries, [], Chain(True), FakeInteraction(), names=names)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    rows = [
        (dialog.audit_table.item(r, 3).text(), dialog.audit_table.item(r, 4).text())
        for r in range(dialog.audit_table.rowCount())
    ]
    assert rows == [
        ("申请金额", "¥300,000.00 → ¥280,000.00"),
        ("两名调查人员第2项", "王小明"),
        ("调查开始时间", "2026-10-30 11:14 → 2026-10-30 09:05"),
        ("客户经理核查清单第1项·项目", "核对营业执照原件"),
        ("附加条件第3项", "受托支付"),
        ("银行流水第13项·金额", "\u2212¥561,872.31"),
        ("侧面打听", "— → 已填写"),
        ("附件", f"门头.jpg（SHA-256：{digest}）"),
    ]


def test_the_access_log_csv_puts_a_quote_before_formula_leading_text(qtbot: QtBot) -> None:
    """Issue 20, defect 3: an actor name beginning with = or @ is not a formula."""
    accesses = [Access(AT, '=HYPERLINK("http://evil.example","x")', "open")]
    dialog = CaseHistoryDialog("N1", ENTRIES, accesses, Chain(True), FakeInteraction())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)

    import csv
    import io

    rows = list(csv.reader(io.StringIO(dialog.access_csv().decode("utf-8-sig"))))
    assert rows[1][2] == '\'=HYPERLINK("http://evil.example","x")'
    assert rows[1][0] == "N1" and rows[1][3] == "open"


def test_erased_values_read_as_erased_with_their_date(qtbot: QtBot) -> None:
    erased_at = datetime(2031, 11, 28, 1, 0, tzinfo=UTC)
    entries = [
        AuditEntry(
            1,
            "u1",
            AT,
            "王建国 (330112)",
            "edit",
            "applicant/owner/phone",
            "",
            "",
            "",
            "",
            "",
            erased_at=erased_at,
        ),
        AuditEntry(
            2, "u1", erased_at, "王建国 (330112)", "erase", "audit_values", "", "1", "", "", ""
        ),
    ]
    dialog = CaseHistoryDialog("N1", entries, [], Chain(True), FakeInteraction())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)

    assert dialog.audit_table.item(0, 4).text() == (
        f"(erased {erased_at.astimezone().date().isoformat()})"
    )
    assert dialog.audit_table.item(1, 2).text() == "personal data erased"
