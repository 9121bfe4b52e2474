"""First-run, unlock, new-case and about dialogs, driven like an officer would."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from domain.enums import ApplicantKind
from domain.errors import WorkspaceNotWritable
from domain.i18n import Message
from domain.version import APP_VERSION
from tests.ui.fakes import FakeInteraction, FakeWorkspaceGateway
from ui.about_dialog import AboutDialog
from ui.first_run_dialog import (
    RULE_CLASSES,
    RULE_LENGTH,
    FirstRunDialog,
    password_rule_failures,
)
from ui.new_case_dialog import NewCaseDialog
from ui.unlock_dialog import UnlockDialog

WS = Path("/tmp/fcw-test-workspace")


@pytest.mark.parametrize(
    ("password", "failures"),
    [
        ("Abc1!", [RULE_LENGTH]),  # 5 chars < 10, four classes
        ("abcdefghij", [RULE_CLASSES]),  # 10 chars, lower case only: 1 class
        ("abcdefgh12", [RULE_CLASSES]),  # lower + digit: 2 classes
        ("abcdefgH12", []),  # lower + upper + digit: 3 classes, 10 chars
        ("abcdefgh1!", []),  # lower + digit + symbol: 3 classes
        ("短密码", [RULE_LENGTH, RULE_CLASSES]),  # 3 chars, no class but "symbol"
    ],
)
def test_password_rule_needs_ten_characters_and_three_classes(
    password: str, failures: list[str]
) -> None:
    assert password_rule_failures(password) == failures


def fill_first_run(qtbot: QtBot, dialog: FirstRunDialog, password: str, repeat: str) -> None:
    dialog.name_edit.setText("王建国")  # QTest cannot type CJK: the IME would
    qtbot.keyClicks(dialog.staff_edit, "330112")
    qtbot.keyClicks(dialog.branch_edit, "3301")
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.repeat_edit, repeat)


def test_first_run_names_the_failing_password_rule_live(qtbot: QtBot) -> None:
    dialog = FirstRunDialog(FakeWorkspaceGateway(), WS, FakeInteraction())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password_edit, "abc")
    assert "10" in dialog.password_rule.text() and "3" in dialog.password_rule.text()
    qtbot.keyClicks(dialog.password_edit, "defghij")  # now 10 lower-case letters
    assert "lower case, upper case, digit, symbol" in dialog.password_rule.text()
    assert not dialog.ok_button.isEnabled()


def test_first_run_refuses_differing_passwords_and_bad_branch(qtbot: QtBot) -> None:
    dialog = FirstRunDialog(FakeWorkspaceGateway(), WS, FakeInteraction())
    qtbot.addWidget(dialog)
    fill_first_run(qtbot, dialog, "Sichuan-2026", "Sichuan-2027")
    assert dialog.repeat_error.text() == "The two passwords differ."
    assert "repeat" in dialog.problems()
    assert not dialog.ok_button.isEnabled()
    dialog.branch_edit.clear()
    qtbot.keyClicks(dialog.branch_edit, "33x1")  # the validator drops the letter
    assert dialog.branch_edit.text() == "331"
    assert "branch" in dialog.problems()


def test_first_run_creates_the_workspace_with_the_officer(qtbot: QtBot) -> None:
    gateway = FakeWorkspaceGateway()
    dialog = FirstRunDialog(gateway, WS, FakeInteraction())
    qtbot.addWidget(dialog)
    fill_first_run(qtbot, dialog, "Sichuan-2026", "Sichuan-2026")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.session is not None
    assert dialog.session.actor.name == "王建国"
    assert dialog.session.actor.branch == "3301"
    assert gateway.exists(WS)
    assert dialog.password_edit.text() == ""  # the password is not kept in the form


def test_first_run_shows_the_storage_error_and_stays_open(qtbot: QtBot) -> None:
    class FailingGateway(FakeWorkspaceGateway):
        def create(self, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            raise WorkspaceNotWritable(
                Message("The folder {path} cannot be written.", {"path": "/ro"})
            )

    interaction = FakeInteraction()
    dialog = FirstRunDialog(FailingGateway(), WS, interaction)
    qtbot.addWidget(dialog)
    fill_first_run(qtbot, dialog, "Sichuan-2026", "Sichuan-2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.session is None
    assert interaction.shown[-1].kind == "error"
    assert interaction.shown[-1].text == "The folder /ro cannot be written."


def make_workspace() -> FakeWorkspaceGateway:
    gateway = FakeWorkspaceGateway()
    gateway.create(WS, "Sichuan-2026", "王建国", "330112", "3301")
    return gateway


def test_unlock_counts_wrong_passwords_at_the_field(qtbot: QtBot) -> None:
    dialog = UnlockDialog(make_workspace(), WS)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    qtbot.keyClicks(panel.password_edit, "wrong-one")
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    assert panel.failed_attempts == 1
    assert "attempt 1" in panel.error_label.text()
    panel.password_edit.setText("wrong-two")
    panel.try_unlock()
    assert panel.failed_attempts == 2
    assert "attempt 2" in panel.error_label.text()
    assert dialog.session is None


def test_unlock_opens_the_session_with_the_right_password(qtbot: QtBot) -> None:
    dialog = UnlockDialog(make_workspace(), WS)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.panel.password_edit, "Sichuan-2026")
    qtbot.keyClick(dialog.panel.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.session is not None and dialog.session.actor.staff_no == "330112"


def test_unlock_shows_a_busy_workspace_message(qtbot: QtBot) -> None:
    gateway = make_workspace()
    gateway.busy.add(WS)
    dialog = UnlockDialog(gateway, WS)
    qtbot.addWidget(dialog)
    dialog.panel.password_edit.setText("Sichuan-2026")
    assert not dialog.panel.try_unlock()
    assert dialog.panel.error_label.text() == "The workspace is open in another window."
    assert dialog.panel.failed_attempts == 0  # not a wrong password


def test_demo_mode_shows_the_demo_password(qtbot: QtBot) -> None:
    dialog = UnlockDialog(make_workspace(), WS, demo_password="Demo-2026-Field")
    qtbot.addWidget(dialog)
    assert not dialog.panel.demo_label.isHidden()
    assert "Demo-2026-Field" in dialog.panel.demo_label.text()
    plain = UnlockDialog(make_workspace(), WS)
    qtbot.addWidget(plain)
    assert plain.panel.demo_label.isHidden()


def test_new_case_dialog_builds_the_case_with_the_amount_to_the_fen(qtbot: QtBot) -> None:
    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # no name yet
    dialog.name_edit.setText("台州黄岩精工塑料制品厂")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ApplicantKind.COMPANY))
    dialog.industry_combo.setCurrentIndex(dialog.industry_combo.findData("plastics"))
    qtbot.keyClicks(dialog.amount_edit, "1,200,000.005")
    case = dialog.build_case()
    assert case.applicant.registered_name == "台州黄岩精工塑料制品厂"
    assert case.applicant.kind == ApplicantKind.COMPANY
    assert case.business.industry == "plastics"
    # 1,200,000.005 rounds half-up to the fen: 1,200,000.01
    assert case.loan.amount == Decimal("1200000.01")


def test_new_case_dialog_refuses_an_amount_that_is_not_a_number(qtbot: QtBot) -> None:
    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("萧山便民超市")
    dialog.amount_edit.setText("三十万")
    assert dialog.amount_error.text() != ""
    assert not dialog.ok_button.isEnabled()


def test_about_shows_the_version(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert APP_VERSION in dialog.version_label.text()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("30万", Decimal("300000.00")),  # 30 × 10,000
        ("1.5万", Decimal("15000.00")),  # 1.5 × 10,000
        ("２０万元", Decimal("200000.00")),  # full-width digits, 20 × 10,000, 元 dropped
        ("300,000", Decimal("300000.00")),
    ],
)
def test_new_case_amount_accepts_ten_thousands(qtbot: QtBot, typed: str, expected: Decimal) -> None:
    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("萧山便民超市")
    dialog.amount_edit.setText(typed)
    assert dialog.ok_button.isEnabled()
    assert dialog.build_case().loan.amount == expected


def test_after_five_wrong_passwords_the_officer_must_wait(qtbot: QtBot) -> None:
    from ui.unlock_dialog import FREE_ATTEMPTS

    gateway = make_workspace()
    dialog = UnlockDialog(gateway, WS)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    for i in range(FREE_ATTEMPTS):
        panel.password_edit.setText(f"guess-{i}")
        panel.try_unlock()
    assert panel.failed_attempts == 5
    assert panel.waiting
    assert not panel.unlock_button.isEnabled()
    assert "Wait 30 seconds" in panel.error_label.text()
    attempts = gateway.open_attempts
    panel.password_edit.setText("Sichuan-2026")
    assert not panel.try_unlock()  # refused without asking the gateway
    assert gateway.open_attempts == attempts
    panel.end_wait()  # the timer's slot, called instead of waiting 30 s
    assert panel.try_unlock()
    assert dialog.session is not None


def test_a_busy_workspace_can_be_opened_read_only(qtbot: QtBot) -> None:
    gateway = make_workspace()
    gateway.busy.add(WS)
    interaction = FakeInteraction()
    interaction.confirm_answers = [True]
    dialog = UnlockDialog(gateway, WS, interaction=interaction)
    qtbot.addWidget(dialog)
    dialog.panel.password_edit.setText("Sichuan-2026")
    assert dialog.panel.try_unlock()
    assert dialog.read_only
    assert dialog.session is not None and dialog.session.read_only  # type: ignore[attr-defined]
    assert "another window" in interaction.shown[-1].text


def test_declining_read_only_shows_the_busy_message(qtbot: QtBot) -> None:
    gateway = make_workspace()
    gateway.busy.add(WS)
    interaction = FakeInteraction()
    interaction.confirm_answers = [False]
    dialog = UnlockDialog(gateway, WS, interaction=interaction)
    qtbot.addWidget(dialog)
    dialog.panel.password_edit.setText("Sichuan-2026")
    assert not dialog.panel.try_unlock()
    assert dialog.session is None
    assert dialog.panel.error_label.text() == "The workspace is open in another window."
