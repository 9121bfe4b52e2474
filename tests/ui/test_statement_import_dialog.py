"""The statement import dialog with an injected fake reader (no files, no storage)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from pytestqt.qtbot import QtBot

from domain.case import BankTransaction
from domain.i18n import Message
from domain.statement_import import ColumnMapping, ParsedStatement, StatementError
from ui.statement_import_dialog import PREVIEW_ROWS, StatementImportDialog

COLUMNS = ["交易日期", "交易金额", "借贷标志", "对方户名", "对方账号", "摘要", "附言", "余额"]
GUESS = ColumnMapping(
    date="交易日期",
    amount="交易金额",
    direction="借贷标志",
    counterparty="对方户名",
    counterparty_account="对方账号",
    description="摘要",
    balance="余额",
)


class FakeReader:
    """Returns 25 lines whose description comes from the chosen column; refuses
    a mapping without an amount, as the real reader does."""

    def __init__(self, fail_first: bool = False) -> None:
        self.calls: list[ColumnMapping | None] = []
        self.fail_first = fail_first

    def __call__(self, mapping: ColumnMapping | None) -> ParsedStatement:
        self.calls.append(mapping)
        if self.fail_first and mapping is None:
            raise StatementError(
                Message("{file}: no column is chosen for the transaction date.", {"file": "a.csv"}),
                field="date",
                columns=COLUMNS,
                mapping=ColumnMapping(amount="交易金额"),
            )
        used = mapping or GUESS
        if used.amount is None:
            raise StatementError(
                Message("{file}: no column is chosen for the amount.", {"file": "a.csv"}),
                field="amount",
                columns=COLUMNS,
                layout="rural",
            )
        lines = [
            BankTransaction(
                on=date(2026, 5, 1) + timedelta(days=i),
                amount=Decimal(1000 + i),
                counterparty=f"客户{i}",
                counterparty_account="6228480012345678",
                description=f"{used.description}-{i}",
            )
            for i in range(25)
        ]
        return ParsedStatement(
            transactions=lines,
            mapping=used,
            warnings=[
                Message("{file}, row {row}: no amount, skipped.", {"file": "a.csv", "row": 30})
            ],
            rows_skipped=1,
            columns=COLUMNS,
            layout="rural",
            account="330100123456789012",
            layout_label="农商行格式：交易金额加借贷标志",
        )


def _dialog(qtbot: QtBot, reader: FakeReader) -> StatementImportDialog:
    dialog = StatementImportDialog(reader, file_name="a.csv")
    qtbot.addWidget(dialog)
    return dialog


def test_shows_the_detected_layout_the_guessed_columns_and_a_preview_of_twenty_rows(
    qtbot: QtBot,
) -> None:
    reader = FakeReader()
    dialog = _dialog(qtbot, reader)

    assert reader.calls == [None]
    assert "农商行" in dialog.layout_label.text()
    assert dialog.combos["date"].currentText() == "交易日期"
    assert dialog.combos["direction"].currentText() == "借贷标志"
    assert dialog.combos["debit"].currentData() is None
    assert dialog.mapping() == GUESS
    assert dialog.preview.rowCount() == PREVIEW_ROWS == 20
    assert dialog.preview.item(0, 0).text() == "2026-05-01"
    assert dialog.preview.item(0, 1).text() == "1,000.00"
    assert dialog.preview.item(19, 2).text() == "客户19"
    # Account numbers are masked on screen: first four and last four digits.
    assert dialog.preview.item(0, 3).text() == "6228 **** **** 5678"
    assert "3301 **** **** 9012" in dialog.layout_label.text()
    assert "330100123456789012" not in dialog.layout_label.text()
    assert "25" in dialog.summary_label.text()
    assert "row 30" in dialog.warnings_label.text()
    assert dialog.ok_button_enabled()


def test_choosing_another_column_parses_again_with_the_officers_mapping(qtbot: QtBot) -> None:
    reader = FakeReader()
    dialog = _dialog(qtbot, reader)

    dialog.combos["description"].setCurrentIndex(dialog.combos["description"].findData("附言"))

    assert reader.calls[-1] == ColumnMapping(**{**GUESS.as_dict(), "description": "附言"})
    assert dialog.preview.item(0, 4).text() == "附言-0"


def test_an_error_is_shown_under_its_selector_and_blocks_ok_until_fixed(qtbot: QtBot) -> None:
    reader = FakeReader()
    dialog = _dialog(qtbot, reader)

    dialog.combos["amount"].setCurrentIndex(0)  # (none)

    error = dialog.field_errors["amount"]
    assert not error.isHidden()
    assert "no column is chosen for the amount" in error.text()
    assert dialog.field_errors["date"].isHidden()
    assert not dialog.ok_button_enabled()
    assert dialog.preview.rowCount() == 0
    assert dialog.transactions() == []

    dialog.combos["amount"].setCurrentIndex(dialog.combos["amount"].findData("交易金额"))
    assert error.isHidden()
    assert dialog.ok_button_enabled()


def test_a_first_guess_that_fails_still_offers_the_columns_to_choose_from(qtbot: QtBot) -> None:
    reader = FakeReader(fail_first=True)
    dialog = _dialog(qtbot, reader)

    assert not dialog.field_errors["date"].isHidden()
    assert "transaction date" in dialog.field_errors["date"].text()
    assert dialog.combos["amount"].currentText() == "交易金额"
    assert dialog.combos["date"].count() == len(COLUMNS) + 1  # (none) + each column
    assert not dialog.ok_button_enabled()

    dialog.combos["date"].setCurrentIndex(dialog.combos["date"].findData("交易日期"))
    assert dialog.ok_button_enabled()
    assert reader.calls[-1] == ColumnMapping(date="交易日期", amount="交易金额")


def test_accepting_returns_all_parsed_transactions_not_only_the_preview(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, FakeReader())
    dialog.buttons.accepted.emit()

    assert dialog.result() == StatementImportDialog.DialogCode.Accepted
    lines = dialog.transactions()
    assert len(lines) == 25
    assert lines[-1].amount == Decimal("1024")
