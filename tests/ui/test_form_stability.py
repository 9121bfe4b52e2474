"""Forms that stay still: a field's message appears without moving the fields
below it, and identifiers take only the characters and length they have."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLineEdit

from domain.case import Case
from domain.ports import Actor
from tests.ui.fakes import FakeCaseStore, FakeInteraction, ManualDebouncer
from ui.case_editor import CaseEditor
from ui.stages.fields import FieldLineEdit

NOW = datetime(2026, 11, 27, 10, 15, 2)


def _editor(qtbot) -> CaseEditor:  # type: ignore[no-untyped-def]
    store = FakeCaseStore()
    ed = CaseEditor(
        store.add(Case()),
        store,
        Actor("王芳", "1001", "3301"),
        clock=lambda: NOW,
        timer=ManualDebouncer(),
        interaction=FakeInteraction(),
    )
    qtbot.addWidget(ed)
    ed.resize(1366, 768)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def _where(widget: QLineEdit, ed: CaseEditor) -> tuple[QPoint, int]:
    return widget.mapTo(ed, QPoint(0, 0)), widget.height()


def _type(field: FieldLineEdit, text: str) -> None:
    field.edit.setText(text)
    field.edit.textEdited.emit(text)


def test_an_error_message_does_not_move_the_next_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    page = ed.page("visit")
    term = next(f for f in page.findChildren(FieldLineEdit) if f.path == "loan/term_months")
    purpose = page.findChild(QLineEdit, "loan/purpose")  # the field below the term
    before = _where(purpose, ed)
    _type(term, "twelve")
    qtbot.wait(10)  # the layout settles
    assert term.invalid and term.message.isVisible()
    assert term.message.text() == "Please enter a whole number."
    assert _where(purpose, ed) == before
    # a message longer than the field stays one line; the whole of it is in the tooltip
    _type(term, "-1")
    assert term.message.height() == term.message.fontMetrics().height() + 2
    assert term.message.toolTip() == term.message.text()
    _type(term, "12")
    qtbot.wait(10)
    assert term.message.isHidden() and _where(purpose, ed) == before


def test_identifiers_take_only_their_characters_and_length(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    ident = ed.page("visit").findChild(QLineEdit, "applicant/owner/id_number")
    phone = ed.page("visit").findChild(QLineEdit, "applicant/owner/phone")
    uscc = ed.page("business").findChild(QLineEdit, "business/premises/landlord_uscc")
    assert (ident.maxLength(), phone.maxLength(), uscc.maxLength()) == (18, 14, 18)
    ident.setFocus()
    qtbot.keyClicks(ident, "11010519491231002X99")  # 20 characters: the last two refused
    assert ident.text() == "11010519491231002X"
    ident.clear()
    qtbot.keyClicks(ident, "1101A05")  # a letter inside an ID number is refused
    assert ident.text() == "110105"
    qtbot.keyClicks(phone, "138-abc5761")
    assert phone.text() == "1385761"
    qtbot.keyClicks(uscc, "91331002MA2ABCDEIO")  # I and O are not in the code's alphabet
    assert uscc.text() == "91331002MA2ABCDE"


def test_a_mobile_cell_of_a_table_takes_only_a_mobiles_characters(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.stages.tables import ListTable

    ed = _editor(qtbot)
    ed.show_stage("business")
    staff = next(
        t for t in ed.page("business").findChildren(ListTable) if t.path == "business/staff_list"
    )
    staff.add_row()
    col = [c.attr for c in staff.columns].index("phone")
    staff.table.setCurrentCell(0, col)
    staff.table.editItem(staff.table.item(0, col))
    editor = staff.table.findChild(QLineEdit)  # the open cell editor
    assert editor is not None and editor.maxLength() == 14
    qtbot.keyClicks(editor, "138x5761")
    assert editor.text() == "1385761"
