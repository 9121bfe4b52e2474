"""The officer's whole journey through the real windows, from nothing.

An empty folder, the first-run dialog, a real SQLCipher workspace, the main
window and the case editor as ``main.py`` composes them (its editor factory
and its File/Tools actions), and a real PostgreSQL for head office. The case
is created in the app and every stage is filled through the widgets; no
status is seeded and no case object is built by hand. Head office imports the
package, returns it with a question; the officer imports the reply, answers
and exports again; head office sees the second version and the exchange.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

import main
from domain.enums import CaseStatus, Severity
from storage.gateway import SqlWorkspaceGateway
from storage.headoffice.officers import enrol_officer
from storage.headoffice.portfolio import import_into_portfolio
from storage.headoffice.review import record_review
from storage.headoffice.service import PortfolioService
from tests.headoffice.pg_fixtures import REVIEWER, engine, needs_pg, pg_url
from tests.journey.officer import Officer
from tests.storage.export_fixtures import HEAD_OFFICE, headoffice_enrolment
from tests.ui.fakes import FakeInteraction
from tests.ui.test_main_window import when_dialog_opens
from ui.app import build_main_window, open_session
from ui.case_editor import CaseEditor
from ui.first_run_dialog import FirstRunDialog
from ui.headoffice.case_view import case_html
from ui.main_window import MainWindow
from ui.new_case_dialog import NewCaseDialog
from ui.settings import Settings

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]

PASSWORD = "Taizhou-2026!field"
VISIT_DAY = date.today() - timedelta(days=1)
LAT, LON = (28, 34, Fraction(4836, 100)), (121, 22, Fraction(3576, 100))  # 28.5801, 121.3766
QUESTION = "请补充店面租赁合同的到期日，并说明续租安排。"
ANSWER = "租约至2028年6月30日，房东已书面同意续租三年。"


def site_photo(path: Path) -> Path:
    """A JPEG taken at the shop on the visit day (EXIF time and GPS)."""
    image = Image.new("RGB", (64, 48), (180, 120, 60))
    exif = Image.Exif()
    exif[0x0132] = f"{VISIT_DAY:%Y:%m:%d} 10:05:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: LAT, 3: "E", 4: LON})
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    path.write_bytes(out.getvalue())
    return path


@pytest.fixture
def interaction() -> FakeInteraction:
    return FakeInteraction()


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, interaction: FakeInteraction, chinese: None
) -> Iterator[MainWindow]:
    """First run in an empty folder, then the main window as main.py builds it."""

    def first_run(dialog: FirstRunDialog) -> None:
        dialog.name_edit.setText("王建国")
        dialog.staff_edit.setText("TZ0423")
        dialog.branch_edit.setText("3301")
        dialog.password_edit.setText(PASSWORD)
        dialog.repeat_edit.setText(PASSWORD)
        dialog.ok_button.click()

    when_dialog_opens(FirstRunDialog, first_run)
    session = open_session(SqlWorkspaceGateway(), tmp_path / "workspace", interaction)
    assert session is not None and (tmp_path / "workspace" / "workspace.db").exists()
    win = build_main_window(
        session,
        interaction,
        Settings(),
        open_case_factory=main.case_editor_factory,
        actions_factory=main.workspace_actions_factory,
        start_idle_timer=False,
    )
    qtbot.addWidget(win)
    win.show()
    opened: list[QUrl] = []
    win.workspace_actions.memo_printer.open_url = opened.append  # type: ignore[attr-defined]
    yield win
    for editor in QApplication.topLevelWidgets():
        if isinstance(editor, CaseEditor):
            editor.close()
    session.close()


def editor_of(case_uuid: str) -> CaseEditor:
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CaseEditor) and w.case.uuid == case_uuid and w.isVisible()
    )


def fill_every_stage(o: Officer, tmp_path: Path) -> None:
    day = f"{VISIT_DAY:%Y-%m-%d}"
    months = [(VISIT_DAY.replace(day=1) - timedelta(days=28 * k)) for k in range(1, 7)]

    o.stage("visit")
    o.type("applicant/owner/name", "张建华")
    o.type("applicant/owner/id_number", "11010519491231002X")
    o.type("applicant/owner/phone", "1385761234")  # ten digits: a slip
    o.choose("business/industry", "零售")
    o.type("loan/term_months", "24")
    o.type("loan/purpose", "进货备货")
    o.type("visits/0/started_at", f"{day} 09:30")
    o.type("visits/0/ended_at", f"{day} 11:00")
    o.type("visits/0/place", "台州市路桥区银安街88号 店铺")
    o.type("visits/0/latitude", "28.5801")
    o.type("visits/0/longitude", "121.3766")
    o.type("visits/0/officers", "王建国、李明")
    o.type("visits/0/persons_met", "张建华")
    o.attach_photo(site_photo(tmp_path / "门头.jpg"))
    # the wrong mobile number blocks the stage, and says where
    o.qtbot.mouseClick(o.editor.finish_button, Qt.MouseButton.LeftButton)
    assert "visit" not in o.editor.case.stages_finished
    assert "手机" in o.editor.missing_label.text() or "mobile" in o.editor.missing_label.text()
    o.type("applicant/owner/phone", "13857612345")
    o.finish_stage()
    assert o.editor.case.status == CaseStatus.IN_FIELD  # the first finished stage starts it

    o.stage("character")
    for path in ("character/willing_to_work", "character/able_to_work", "character/no_bad_habits"):
        o.tick(path)
    o.add_row(
        "character/inquiries",
        {"who": "王阿姨", "relation": "隔壁店主", "said": "为人老实，生意稳定", "on": day},
    )
    o.tick("credit_report/consent_signed")
    o.type("credit_report/consent_date", day)
    o.type("credit_report/overdues_24m", "0")
    o.type("credit_report/inquiries_6m", "1")
    o.finish_stage()

    o.stage("business")
    o.add_row(
        "business/products",
        {"name": "五金工具", "share_of_sales": "60%", "unit": "件", "unit_price": "35",
         "gross_margin": "28%"},
    )  # fmt: skip
    o.add_row(
        "business/suppliers",
        {"name": "永康市恒达工具厂", "share": "45%", "terms": "月结30天", "years": "6"},
    )
    o.add_row("business/customers", {"name": "周边装修散户", "share": "70%", "terms": "现结"})
    o.type("business/staff_claimed", "6")  # three more than anyone saw: a red 员工 flag
    o.type("business/staff_observed", "3")
    o.type("business/staff_social_insurance", "3")
    o.finish_stage()

    o.stage("security")
    o.finish_stage()

    o.stage("meters")
    for first_day in months:
        o.add_row(
            "meters",
            {"kind": "电", "month": f"{first_day:%Y-%m}", "quantity": "600",
             "amount_paid": "420", "account_holder": "张建华"},
        )  # fmt: skip
    o.finish_stage()

    o.stage("statements")
    o.income(
        {
            "months": ("4", "5", "3"),
            "sales": ("60000", "75000", "95000"),
            "cogs": ("43200", "54000", "68400"),
            "rent": ("5000", "5000", "5000"),
            "wages": ("7000", "7000", "7000"),
            "utilities": ("600", "600", "600"),
            "other": ("400", "400", "400"),
        }
    )
    o.type("income/household_spending/value", "3000")
    o.type("balance_sheet/as_of", day)
    o.balance(
        {
            "cash": "20000",
            "deposits": "60000",
            "inventory_counted": "140000",
            "inventory_claimed": "150000",
            "fixed_assets": "30000",
            "payables": "40000",
        }
    )
    o.finish_stage()

    o.stage("verification")
    o.finish_stage()

    o.stage("conclusion")
    o.choose("proposal/recommendation", "同意")
    o.type("proposal/amount", "50000")
    o.type("proposal/term_months", "24")
    o.type("proposal/annual_rate", "5.5%")
    o.type("proposal/opinion", "经营真实稳定，电量与申报销售吻合，建议按申请金额发放。")


def settle_red_flags(o: Officer) -> int:
    """Every red flag decided in the flags panel: dismissed with the reason found."""
    o.stage("verification")
    panel = o.editor.flags_panel
    reds = [f for f in o.editor.flags if f.severity == Severity.RED]
    for flag in reds:
        panel.select_flag(flag.rule)
        panel.reason_edit.setPlainText("另3名为送货员，已查看劳务合同和工资发放记录。")
        o.qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    return len(reds)


def wait_export(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.workspace_actions.export_dialog  # type: ignore[attr-defined]
    assert dialog is not None
    if dialog.running:
        with qtbot.waitSignal(dialog.completed, timeout=60000):
            pass


def test_journey_from_first_run_through_the_gui_to_head_office_and_back(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    interaction: FakeInteraction,
    engine: Engine,
) -> None:
    actions = window.workspace_actions  # type: ignore[attr-defined]
    # Tools → Import head office key… (once per workstation)
    key_file = tmp_path / "headoffice.enrol.json"
    key_file.write_bytes(headoffice_enrolment(HEAD_OFFICE))
    interaction.open_answers.append(str(key_file))
    interaction.confirm_answers.append(True)
    interaction.text_answers.append(PASSWORD)
    actions.import_key_action.trigger()

    # 2. a new case from the main window (Ctrl+N)
    def new_case(dialog: NewCaseDialog) -> None:
        dialog.name_edit.setText("路桥区建华五金店")
        dialog.industry_combo.setCurrentIndex(dialog.industry_combo.findData("retail"))
        dialog.amount_edit.setText("5万")
        dialog.ok_button.click()

    when_dialog_opens(NewCaseDialog, new_case)
    created = window.new_case()
    assert created is not None and created.status == CaseStatus.DRAFT
    editor = editor_of(created.uuid)
    o = Officer(qtbot, editor)

    # 3.–4. every stage through the widgets, with the site photo
    fill_every_stage(o, tmp_path)
    assert editor.case.attachments[0].exif_latitude is not None

    # 5. the flags: a red one blocks 完成调查 until it is decided
    editor.assess_now()
    assert not editor.next_step.move_button.isEnabled()
    assert any(b.rule for b in editor.next_step.blockers)
    assert settle_red_flags(o) >= 1
    assert editor.flag_count("red") == 0  # the list's badge counts what is still open

    # 6. the last stage finished: every stage is done
    o.stage("conclusion")
    o.finish_stage()
    assert sorted(editor.case.stages_finished) == sorted(s.id for s in editor.stages)

    # 完成调查 → 已分析: the case is now read, not edited
    o.next_step()
    assert editor.case.status == CaseStatus.ANALYSED
    assert not editor.page("visit").widget().isEnabled()

    # 7. print the memo → 报告已打印
    o.next_step()
    assert editor.case.status == CaseStatus.MEMO_PRINTED
    store = window.session.store
    assert "print" in [r.action for r in store.access_log(created.uuid)]

    # 8. export → 已导出
    out = tmp_path / "to-head-office"
    interaction.directory_answers.append(str(out))
    o.next_step()
    wait_export(qtbot, window)
    (package,) = out.glob("*.fcwpkg")
    editor.reload_from_store()
    assert editor.case.status == CaseStatus.EXPORTED
    first_version = int(package.stem.rsplit("-v", 1)[1])

    # 9. head office imports it and returns it with a question
    enrolment = tmp_path / "me.enrol.json"
    interaction.save_answers.append(str(enrolment))
    actions.enrolment_action.trigger()
    enrol_officer(engine, enrolment.read_bytes())
    imported = import_into_portfolio(engine, package, HEAD_OFFICE, REVIEWER)
    assert imported.result.outcome == "imported"
    review = record_review(
        engine, created.uuid, "return", "材料不全", REVIEWER,
        questions=(QUESTION,), keys=HEAD_OFFICE, out_dir=tmp_path / "replies",
    )  # fmt: skip
    assert review.reply is not None

    # 10. File → Import head office reply…: the open editor takes the returned case
    interaction.open_answers.append(str(review.reply))
    actions.import_reply_action.trigger()
    assert editor.case.status == CaseStatus.RETURNED
    assert editor.page("conclusion").widget().isEnabled()
    o.stage("conclusion")
    assert editor.page("conclusion").questions.isVisible()
    assert not editor.next_step.move_button.isEnabled()  # the question is still open
    o.type("questions/0/answer", ANSWER)
    editor.autosave.flush()
    out2 = tmp_path / "again"
    interaction.directory_answers.append(str(out2))
    o.next_step()
    wait_export(qtbot, window)
    (package2,) = out2.glob("*.fcwpkg")

    # 11. head office sees the second version and the exchange
    again = import_into_portfolio(engine, package2, HEAD_OFFICE, REVIEWER)
    assert again.result.outcome == "replaced"
    service = PortfolioService(engine)
    try:
        detail = service.case_detail(created.uuid)
    finally:
        service.close()
    assert detail.case.version > first_version
    # the package holds the case as it was sent: returned, every question answered
    assert detail.case.status == CaseStatus.RETURNED
    (q,) = detail.case.questions
    assert (q.question, q.answer) == (QUESTION, ANSWER)
    assert q.answered_at is not None
    assert [r.decision for r in detail.reviews] == ["return"]
    page = case_html(detail, None)
    assert QUESTION in page and ANSWER in page
    # nothing in the journey was refused or went wrong on the way
    assert [s for s in interaction.shown if s.kind in ("warn", "error")] == []
