"""The case editor driven with the keyboard through every stage of the method."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from domain.case import Case
from domain.enums import MeterKind, Provenance, Recommendation, Season
from domain.ports import Actor
from tests.ui.fakes import FakeCaseStore, FakeInteraction, ManualDebouncer
from ui.case_editor import CaseEditor
from ui.stages.fields import FieldLineEdit

ACTOR = Actor("王芳", "1001", "3301")
NOW = datetime(2026, 11, 27, 10, 15, 2)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_(text: str) -> None:
    """Type into whatever has focus, one key at a time, as a person would.

    QTest only knows Latin-1 keys; a Chinese character arrives as a key event
    carrying its text, as an input method commits it.
    """
    for ch in text:
        if ord(ch) < 128:
            QTest.keyClick(focus(), ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(focus(), event)


def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focus(), k, mod)
    # Item delegates commit on Return through a queued call: let it run.
    QApplication.processEvents()


def tab() -> None:
    key(Qt.Key.Key_Tab)


def tab_to(name: str, limit: int = 80) -> None:
    """Press Tab until the widget named ``name`` has focus (fails otherwise)."""
    for _ in range(limit):
        if focus().objectName() == name:
            return
        tab()
    raise AssertionError(
        f"Tab never reached {name}; stuck at {focus().objectName()!r} {type(focus())} "
        f"{focus().parent().objectName()!r}"
    )


def fill(name: str, text: str) -> None:
    tab_to(name)
    type_(text)


def add_row(list_path: str, cells: list[str]) -> None:
    """Tab to the table's "Add row" button, press Space, type the cells with Tab."""
    tab_to(list_path + "#add")
    key(Qt.Key.Key_Space)
    for i, cell in enumerate(cells):
        if cell:
            type_(cell)
        if i < len(cells) - 1:
            tab()
    key(Qt.Key.Key_Return)


@pytest.fixture
def editor(qtbot) -> tuple[CaseEditor, FakeCaseStore, ManualDebouncer]:  # type: ignore[no-untyped-def]
    store = FakeCaseStore()
    case = store.add(Case())
    timer = ManualDebouncer()
    ed = CaseEditor(
        case, store, ACTOR, clock=lambda: NOW, timer=timer, interaction=FakeInteraction()
    )
    qtbot.addWidget(ed)
    ed.show()
    ed.activateWindow()
    qtbot.waitExposed(ed)
    return ed, store, timer


def _jpeg_with_exif(path: Path) -> None:
    img = Image.new("RGB", (64, 48), (200, 120, 40))
    exif = Image.Exif()
    exif[0x0132] = "2026:11:27 09:40:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (28.0, 34.0, 30.0)  # 28° 34' 30" = 28.575
    gps[3] = "E"
    gps[4] = (121.0, 22.0, 0.0)  # 121° 22' = 121.366667
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    path.write_bytes(buf.getvalue())


def test_a_whole_case_is_entered_with_the_keyboard_and_lands_in_the_store(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer], tmp_path: Path
) -> None:
    ed, store, timer = editor
    # ---- 1 下户调查
    assert ed.current_stage().id == "visit"
    assert focus().objectName() == "applicant/registered_name"
    type_("路桥区螺洋小吃店")
    tab()
    type_("陈建国")
    tab()
    type_("11010519491231002X")
    tab()
    type_("13812345678")
    tab()
    assert focus().objectName() == "business/industry"
    key(Qt.Key.Key_Down)  # — → restaurant (餐饮: water meter required)
    tab()
    key(Qt.Key.Key_Space)  # exporter: no, tick and untick
    key(Qt.Key.Key_Space)
    tab()
    type_("300000")
    tab()
    type_("12")
    tab()
    type_("购买食材")
    # the date-time pickers take the digits section by section (year, month, day, hour, minute)
    fill("visits/0/started_at", "202611270930")
    fill("visits/0/ended_at", "202611271100")
    fill("visits/0/place", "螺洋街道118号")
    fill("visits/0/latitude", "28.5750")
    fill("visits/0/longitude", "121.3667")
    fill("visits/0/officers", "王芳、李强")
    fill("visits/0/persons_met", "陈建国、店员小刘")
    tab_to("visits/0/unannounced")
    key(Qt.Key.Key_Space)
    fill("visits/0/notes", "店面约60平方米，午市客满。")
    photo = tmp_path / "shop.jpg"
    _jpeg_with_exif(photo)
    ed.photos.add_file(photo)  # the file dialog is the one step not typed
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # finish stage
    assert "visit" in ed.case.stages_finished, ed.missing_label.text()

    # ---- 2 人品
    key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ed.current_stage().id == "character"
    for name in ("character/willing_to_work", "character/able_to_work", "character/no_bad_habits"):
        tab_to(name)
        key(Qt.Key.Key_Space)
    fill("character/family_notes", "夫妻共同经营，女儿读高中。")
    add_row("character/inquiries", ["隔壁五金店老板", "邻居", "为人老实，从不赊账", "2026-11-27"])
    tab_to("credit_report/consent_signed")
    key(Qt.Key.Key_Space)
    fill("credit_report/consent_date", "2026-11-26")
    fill("credit_report/overdues_24m", "0")
    fill("credit_report/inquiries_6m", "2")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "character" in ed.case.stages_finished, ed.missing_label.text()

    # ---- 3 产品
    key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert ed.current_stage().id == "business"
    add_row("business/products", ["小吃套餐", "80%", "份", "25", "55%"])
    add_row("business/suppliers", ["台州农贸批发", "60%", "月结30天", "5"])
    add_row("business/customers", ["散客", "90%", "现金", ""])
    fill("business/staff_claimed", "6")
    fill("business/staff_observed", "5")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "business" in ed.case.stages_finished, ed.missing_label.text()

    # ---- 4 押品: nothing required (a credit loan is allowed)
    key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ed.current_stage().id == "security"
    add_row("guarantors", ["陈建军", "兄弟"])
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # ---- 5 三表: a restaurant needs six months of electricity and of water
    key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ed.current_stage().id == "meters"
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "meters" not in ed.case.stages_finished
    assert "Water readings" in ed.missing_label.text()
    for m in range(5, 11):
        # the meter column is a drop-down (electricity by default); typing starts at the month
        add_row("meters", [f"2026-{m:02d}", str(1000 + m), "", "陈建国"])
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Water readings" in ed.missing_label.text()

    # ---- 6 自编报表, 7 交叉检验, 8 结论
    key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ed.current_stage().id == "statements"
    fill("income/household_spending/value", "6000")
    fill("balance_sheet/as_of", "2026-11-27")
    key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ed.current_stage().id == "verification"
    key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ed.current_stage().id == "conclusion"
    assert focus().objectName() == "proposal/recommendation"
    key(Qt.Key.Key_Down)  # — → approve
    fill("proposal/amount", "250000")
    fill("proposal/term_months", "12")
    fill("proposal/annual_rate", "5.2%")
    tab_to("condition_designated_payment")
    key(Qt.Key.Key_Space)
    fill("proposal/opinion", "经营稳定，建议受托支付。")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "conclusion" in ed.case.stages_finished, ed.missing_label.text()

    # ---- autosave: one debounced save writes everything typed
    assert timer.pending
    timer.fire()
    assert ed.save_label.text() == "Saved 10:15:02"
    stored = store.load(ed.case.uuid)
    assert stored.applicant.registered_name == "路桥区螺洋小吃店"
    assert stored.applicant.owner.id_number == "11010519491231002X"
    assert stored.business.industry == "restaurant"
    assert stored.business.exporter is False
    assert stored.loan.amount == Decimal("300000.00")
    assert stored.loan.term_months == 12
    visit = stored.visits[0]
    assert visit.started_at == datetime(2026, 11, 27, 9, 30)
    assert visit.latitude == Decimal("28.5750")
    assert visit.officers == ["王芳", "李强"]
    assert visit.persons_met == ["陈建国", "店员小刘"]
    assert visit.unannounced is True
    assert visit.notes == "店面约60平方米，午市客满。"
    photo_att = stored.attachments[0]
    assert photo_att.exif_time == datetime(2026, 11, 27, 9, 40)
    assert photo_att.exif_latitude == Decimal("28.575000")  # 28 + 34/60 + 30/3600
    assert stored.character.willing_to_work is True
    assert stored.character.inquiries[0].who == "隔壁五金店老板"
    assert stored.character.inquiries[0].on == date(2026, 11, 27)
    assert stored.credit_report.consent_signed is True
    assert stored.credit_report.inquiries_6m == 2
    product = stored.business.products[0]
    assert product.share_of_sales == Decimal("0.8")  # 80% = 80/100
    assert product.unit_price == Decimal("25.00")
    assert product.gross_margin == Decimal("0.55")
    assert stored.business.suppliers[0].terms == "月结30天"
    assert stored.business.staff_claimed == 6
    assert stored.guarantors[0].relation == "兄弟"
    assert [r.quantity for r in stored.meters] == [Decimal(1000 + m) for m in range(5, 11)]
    assert {r.kind for r in stored.meters} == {MeterKind.ELECTRICITY}
    assert stored.income.household_spending.value == Decimal("6000.00")
    assert stored.balance_sheet.as_of == date(2026, 11, 27)
    assert stored.proposal.recommendation == Recommendation.APPROVE
    assert stored.proposal.annual_rate == Decimal("0.052")  # 5.2 / 100
    assert stored.proposal.conditions == ["designated_payment"]
    assert stored.stages_finished == ["visit", "character", "business", "security", "conclusion"]


def test_invalid_id_number_shows_the_message_and_keeps_the_text_as_typed(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, _, _ = editor
    tab_to("applicant/owner/id_number")
    type_("110105194912310021")  # check digit should be X
    field = focus().parent()
    assert isinstance(field, FieldLineEdit)
    assert field.invalid
    assert "check digit should be X" in field.message.text()
    assert ed.case.applicant.owner.id_number == "110105194912310021"  # text field: kept raw


def test_an_invalid_amount_stays_typed_but_the_case_keeps_the_last_valid_value(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, _, _ = editor
    fill("loan/amount", "5000")
    type_("x")
    field = focus().parent()
    assert isinstance(field, FieldLineEdit)
    assert field.text() == "5000x"
    assert field.invalid and "is not a number" in field.message.text()
    assert ed.case.loan.amount == Decimal("5000.00")


def test_undo_and_redo_restore_a_typed_field_and_the_widget(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, _, _ = editor
    type_("张记")
    tab()  # leaving the field closes the undo step
    type_("张三")
    assert ed.case.applicant.owner.name == "张三"
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ed.case.applicant.owner.name == ""
    assert ed.case.applicant.registered_name == "张记"
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ed.case.applicant.registered_name == ""
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ed.case.applicant.registered_name == "张记"
    assert ed.page("visit").findChild(QWidget, "applicant/registered_name").text() == "张记"


def test_finishing_a_stage_lists_what_is_missing_and_saving_still_happens(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, store, timer = editor
    type_("小吃店")
    assert ed.finish_current_stage() is False
    assert "Owner ID number" in ed.missing_label.text()
    assert "visit" not in ed.case.stages_finished
    timer.fire()
    assert store.load(ed.case.uuid).applicant.registered_name == "小吃店"


def test_autosave_is_debounced_and_shows_saving_until_the_timer_fires(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, store, timer = editor
    version = store.load(ed.case.uuid).version
    type_("abc")
    assert ed.save_label.text() == "Saving…"
    assert timer.starts == 3  # each keystroke restarts the countdown
    assert store.load(ed.case.uuid).version == version
    timer.fire()
    assert store.load(ed.case.uuid).version == version + 1  # one save for three keys
    assert ed.case.version == version + 1


def test_exporter_shows_the_customs_section_and_requires_declarations(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, _, _ = editor
    customs = ed.page("meters").findChild(QWidget, "customs")
    assert not customs.isVisibleTo(ed.page("meters"))
    tab_to("business/exporter")
    key(Qt.Key.Key_Space)
    assert ed.case.business.exporter is True
    assert customs.isVisibleTo(ed.page("meters"))
    ed.show_stage("meters")
    ed.finish_current_stage()
    assert "Customs declarations" in ed.missing_label.text()


def test_statements_show_live_annual_totals_and_equity(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, _, _ = editor
    ed.show_stage("statements")
    page = ed.page("statements")
    income = page.income_table
    # peak season: 4 months of ¥50,000 sales, ¥30,000 cost of goods
    income.item(0, 2).setText("4")
    income.item(1, 2).setText("50000")
    income.item(2, 2).setText("30000")
    # normal season: 8 months of ¥20,000 sales
    income.item(0, 1).setText("8")
    income.item(1, 1).setText("20000")
    # annual sales = 4 × 50,000 + 8 × 20,000 = 200,000 + 160,000 = 360,000
    assert income.item(1, 3).text() == "360,000.00"
    # peak gross profit per month = 50,000 − 30,000 = 20,000
    assert income.item(3, 2).text() == "20,000.00"
    seasons = {s.season: s for s in ed.case.income.seasons}
    assert seasons[Season.PEAK].months == 4
    balance = page.balance_table
    balance.item(0, 0).setText("12000")  # cash
    balance.item(4, 0).setText("88000")  # inventory counted
    payables_row = 11  # 9 assets, total, claimed inventory, then payables
    balance.item(payables_row, 0).setText("30000")
    # total assets = 12,000 + 88,000 = 100,000; equity = 100,000 − 30,000 = 70,000
    assert balance.item(9, 0).text() == "100,000.00"
    equity_row = 19  # 9 assets, total, claimed inventory, 7 liabilities, total, equity
    assert balance.item(equity_row, 0).text() == "70,000.00"
    page.findChild(QWidget, "balance_sheet/cash/source").activated.emit(1)  # observed
    assert ed.case.balance_sheet.cash.source == Provenance.OBSERVED


def test_a_non_image_and_a_too_large_file_are_refused_with_a_message(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer], tmp_path: Path
) -> None:
    ed, _, _ = editor
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture")
    big = tmp_path / "huge.jpg"
    with big.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)
    assert ed.photos.add_file(text) is None
    assert ed.photos.add_file(big) is None
    shown = [s.text for s in ed.interaction.shown]  # type: ignore[attr-defined]
    assert any("notes.jpg is not a picture" in t for t in shown)
    assert any("huge.jpg is larger than 20 MB" in t for t in shown)
    assert ed.case.attachments == []


def test_the_verification_stage_lists_missing_inputs_without_an_engine(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, _, _ = editor
    ed.show_stage("verification")
    table = ed.page("verification").panel.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    row = names.index("Inventory counted vs claimed")
    assert "inventory claimed" in table.item(row, 3).text()


def test_the_verification_stage_shows_the_engines_lights_and_arithmetic(qtbot) -> None:  # type: ignore[no-untyped-def]
    from domain.checks.base import CheckResult
    from domain.enums import Light
    from domain.i18n import Message

    def assess(case: Case) -> list[CheckResult]:
        return [
            CheckResult(
                "S2",
                Message("Sales from purchases"),
                light=Light.AMBER,
                arithmetic=Message("240,000 ÷ (1 − 0.40) = 400,000"),
            )
        ]

    store = FakeCaseStore()
    ed = CaseEditor(store.add(Case()), store, ACTOR, assess=assess, timer=ManualDebouncer())
    qtbot.addWidget(ed)
    ed.show_stage("verification")
    panel = ed.page("verification").panel
    assert "Amber" in panel.table.item(0, 1).text()
    panel.table.setCurrentCell(0, 0)
    assert panel.arithmetic.toPlainText() == "240,000 ÷ (1 − 0.40) = 400,000"


def test_observed_figures_and_tax_records_are_typed_into_the_case(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, _, _ = editor
    ed.show_stage("business")
    fill("business/observation/customers_per_day", "120")
    fill("business/observation/average_ticket", "35.5")
    ed.show_stage("statements")
    fill("tax/vat_rate", "13%")
    fill("equity/period_months", "12")
    assert ed.case.business.observation.customers_per_day == Decimal("120")
    assert ed.case.business.observation.average_ticket == Decimal("35.50")
    assert ed.case.tax.vat_rate == Decimal("0.13")  # 13 / 100
    assert ed.case.equity.period_months == 12


def test_the_opener_shows_one_window_per_case_and_saves_on_close_all(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.case_editor import CaseEditorOpener

    store = FakeCaseStore()
    case = store.add(Case())
    opener = CaseEditorOpener(store, ACTOR, interaction=FakeInteraction())
    first = opener.open(case.number)  # by case number or UUID
    qtbot.addWidget(first)
    assert opener.open(case.uuid) is first
    first.ctx.edit("applicant/registered_name", "螺洋小吃店")
    assert opener.close_all() is True
    assert store.load(case.uuid).applicant.registered_name == "螺洋小吃店"
    assert opener.editors == {}


def test_the_opener_forgets_an_editor_whose_window_was_destroyed(qtbot) -> None:  # type: ignore[no-untyped-def]
    import shiboken6

    from ui.case_editor import CaseEditorOpener

    store = FakeCaseStore()
    case = store.add(Case())
    opener = CaseEditorOpener(store, ACTOR, interaction=FakeInteraction())
    first = opener.open(case.uuid)
    shiboken6.delete(first)  # e.g. destroyed with its parent at shutdown
    assert opener.close_all() is True  # no "C++ object already deleted"
    again = opener.open(case.uuid)
    qtbot.addWidget(again)
    assert shiboken6.isValid(again)
    assert opener.close_all() is True


def test_a_photo_dropped_on_the_panel_is_attached_with_its_exif(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer], tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    ed, store, _ = editor
    photo = tmp_path / "dropped.jpg"
    _jpeg_with_exif(photo)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    ed.photos.dropEvent(event)
    (att,) = ed.case.attachments
    assert att.filename == "dropped.jpg" and att.kind == "photo"
    assert att.exif_longitude == Decimal("121.366667")  # 121 + 22/60, 6 places
    assert store.attachment_bytes(ed.case.uuid, att.id) == photo.read_bytes()
    assert ed.photos.list.count() == 1
    assert "2026-11-27 09:40" in ed.photos.list.item(0).text()


def test_undo_of_a_table_cell_restores_the_cell(
    editor: tuple[CaseEditor, FakeCaseStore, ManualDebouncer],
) -> None:
    ed, _, _ = editor
    ed.show_stage("character")
    add_row("character/inquiries", ["邻居", "街坊"])
    assert ed.case.character.inquiries[0].relation == "街坊"
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ed.case.character.inquiries[0].relation == ""
    table = ed.page("character").findChild(QWidget, "character/inquiries")
    assert table.item(0, 1).text() == ""
    assert table.item(0, 0).text() == "邻居"


def test_print_memo_from_the_editor_saves_first_and_hands_over_the_case(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.case_editor import CaseEditor

    store = FakeCaseStore()
    case = store.add(Case())
    printed: list[str] = []
    ed = CaseEditor(
        store.load(case.uuid),
        store,
        ACTOR,
        interaction=FakeInteraction(),
        print_memo=printed.append,
    )
    qtbot.addWidget(ed)
    ed.ctx.edit("applicant/registered_name", "螺洋小吃店")
    assert ed.print_memo() is True
    assert printed == [case.uuid]
    assert store.load(case.uuid).applicant.registered_name == "螺洋小吃店"  # saved before printing
