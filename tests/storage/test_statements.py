"""Reading bank-statement exports: the three sample files (written by
``tests/data/statements/make_statements.py``) and each way an export can be broken.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.enums import TxCategory
from domain.statement_import import ColumnMapping, StatementError
from storage.statements import parse_amount, parse_statement, parse_statement_date

DATA = Path(__file__).resolve().parent.parent / "data" / "statements"

RURAL_HEADER = "交易日期,交易时间,摘要,借贷标志,交易金额,余额,对方户名,对方账号,附言\n"


def _csv(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


# ------------------------------------------------------------ realistic files


def test_reads_the_gb18030_rural_bank_export_below_its_title_lines() -> None:
    parsed = parse_statement(DATA / "rural_gb18030.csv")

    assert parsed.layout == "rural"
    assert parsed.mapping.amount == "交易金额"
    assert parsed.mapping.direction == "借贷标志"
    # 8 table rows between the header (file row 6) and the 合计 / 以下空白 lines.
    assert len(parsed.transactions) == 8
    assert parsed.rows_skipped == 2
    first = parsed.transactions[0]
    assert first.on == date(2026, 5, 3)
    assert first.amount == Decimal("12500.00")  # "12,500.00" with flag 贷 = money in
    assert first.counterparty == "台州市椒江宏达建材店"
    assert first.counterparty_account == "6228480012345678"
    second = parsed.transactions[1]
    assert second.amount == Decimal("-8000.00")  # flag 借 = money out
    # Unclassified until classify(): "other" in the direction of the money.
    assert first.category == TxCategory.OTHER_INFLOW
    assert second.category == TxCategory.OTHER_OUTFLOW
    assert second.counterparty == "永康市金顺铜业有限公司"
    assert parsed.transactions[3].description == "贷款发放"
    assert parsed.transactions[3].amount == Decimal("200000.00")
    assert parsed.transactions[-1].amount == Decimal("1234.56")
    # The account number in the title, blanks removed: "3301 0012 3456 7890 12".
    assert parsed.account == "330100123456789012"
    assert all(t.account == "330100123456789012" for t in parsed.transactions)
    assert parsed.source_rows[0] == 7  # 5 title/blank lines, the header on row 6
    # Running balance is consistent (50,000 + 12,500 = 62,500 …), so no warning
    # other than the two skipped footer rows.
    assert len(parsed.warnings) == 2


def test_reads_the_icbc_workbook_with_income_and_expense_columns() -> None:
    parsed = parse_statement(DATA / "icbc.xlsx")

    assert parsed.layout == "icbc"
    assert parsed.mapping.credit == "交易金额(收入)"
    assert parsed.mapping.debit == "交易金额(支出)"
    assert [t.on for t in parsed.transactions] == [
        date(2026, 7, 1),
        date(2026, 7, 1),
        date(2026, 7, 16),
        date(2026, 8, 3),
    ]
    amounts = [t.amount for t in parsed.transactions]
    # 30000 in; 29800 out; "1,234.50" out (a text cell); 8765.43 in (a number cell).
    assert amounts == [
        Decimal("30000.00"),
        Decimal("-29800.00"),
        Decimal("-1234.50"),
        Decimal("8765.43"),
    ]
    assert parsed.transactions[1].counterparty == "张伟"
    assert parsed.transactions[0].counterparty_account == "1207021309000012345"
    assert parsed.account == "6222021207000012345"
    assert parsed.rows_skipped == 1  # the 合计 line


def test_reads_the_utf8_bom_export_with_debit_and_credit_columns() -> None:
    parsed = parse_statement(DATA / "boc_utf8_bom.csv")

    assert parsed.layout == "boc"
    assert parsed.mapping.debit == "借方发生额"
    assert parsed.mapping.credit == "贷方发生额"
    assert parsed.mapping.counterparty == "对方账户名称"
    assert len(parsed.transactions) == 4
    # "￥３,０００.００" in full-width digits with a yen sign is 3000.00 in.
    assert parsed.transactions[0].amount == Decimal("3000.00")
    assert parsed.transactions[0].on == date(2026, 9, 1)
    assert parsed.transactions[1].amount == Decimal("-5000.00")
    assert parsed.transactions[1].counterparty == "国网浙江省电力有限公司台州供电公司"
    assert parsed.transactions[3].amount == Decimal("1.23")
    assert parsed.transactions[3].description == "结息"
    assert parsed.rows_skipped == 1  # 本页合计


def test_reads_a_signed_amount_export_from_bytes() -> None:
    data = _csv(
        "交易日期,交易金额,本次余额,对方户名,对方账号,交易用途\n"
        "20260301,+500.00,1500.00,台州客户,123,货款\n"
        "20260302,-200.50,1299.50,供应商,456,进货\n"
    )
    parsed = parse_statement(data, name="abc.csv")
    assert parsed.layout == "abc"
    assert [t.amount for t in parsed.transactions] == [Decimal("500.00"), Decimal("-200.50")]
    assert parsed.transactions[1].on == date(2026, 3, 2)


def test_an_officer_mapping_overrides_the_guess() -> None:
    mapping = ColumnMapping(
        date="交易日期",
        amount="交易金额",
        direction="借贷标志",
        counterparty="对方户名",
        description="附言",
    )
    parsed = parse_statement(DATA / "rural_gb18030.csv", mapping)
    assert parsed.mapping == mapping
    assert parsed.transactions[1].description == "进货款"  # 附言, not 摘要 (转账)
    assert parsed.transactions[0].counterparty_account == ""  # not mapped


def test_warns_about_a_balance_that_does_not_follow_from_the_amounts() -> None:
    # 1000 + 500 = 1500 is right; 1500 − 200 = 1300, but the file says 1400.
    data = _csv(
        RURAL_HEADER + "2026-03-01,,货款,贷,500,1500,甲,,\n"
        "2026-03-02,,货款,贷,300,1800,乙,,\n"
        "2026-03-03,,进货,借,200,1400,丙,,\n"
    )
    parsed = parse_statement(data, name="x.csv")
    assert len(parsed.warnings) == 1
    assert "row 4" in str(parsed.warnings[0])
    assert "balance" in str(parsed.warnings[0])


# ------------------------------------------------------------------ malformed


def _error(data: bytes, mapping: ColumnMapping | None = None) -> StatementError:
    with pytest.raises(StatementError) as info:
        parse_statement(data, mapping, name="bad.csv")
    return info.value


def test_refuses_an_empty_file() -> None:
    assert "empty" in str(_error(b""))
    assert "empty" in str(_error(b"\r\n\r\n"))


def test_refuses_bytes_that_are_neither_utf8_nor_gb18030_and_names_the_row() -> None:
    data = RURAL_HEADER.encode("gb18030") + b"2026-03-01,,\xff\xfe,\xe8\xb4\xb7,1,,,,\n"
    error = _error(data)
    assert "row 2" in str(error)
    assert "GB18030" in str(error)


def test_refuses_a_file_that_mixes_utf8_and_gb18030_lines() -> None:
    data = RURAL_HEADER.encode("utf-8") + "2026-03-01,,货款,贷,1,,甲,,\n".encode("gb18030")
    error = _error(data)
    assert "mixes two text encodings" in str(error)
    assert "row 1 is UTF-8" in str(error)
    assert "row 2" in str(error)


def test_refuses_a_table_without_a_recognisable_header() -> None:
    error = _error(_csv("a,b,c\n1,2,3\n"))
    assert "no header row" in str(error)


def test_refuses_a_header_without_a_date_column_and_points_at_the_date_field() -> None:
    error = _error(_csv("摘要,交易金额,余额,对方户名\n货款,100,100,甲\n"))
    assert "transaction date" in str(error)
    assert error.field == "date"
    assert error.columns == ["摘要", "交易金额", "余额", "对方户名"]


def test_refuses_a_header_without_any_amount_column() -> None:
    error = _error(_csv("交易日期,摘要,余额,对方户名\n2026-03-01,货款,100,甲\n"))
    assert "amount" in str(error)
    assert error.field == "amount"


def test_refuses_a_chosen_column_that_the_file_does_not_have() -> None:
    error = _error(
        _csv(RURAL_HEADER + "2026-03-01,,货款,贷,1,,甲,,\n"),
        ColumnMapping(date="日期", amount="交易金额"),
    )
    assert "“日期”" in str(error)
    assert error.field == "date"


def test_refuses_a_bad_date_and_names_row_and_column() -> None:
    error = _error(
        _csv(RURAL_HEADER + "2026-03-01,,货款,贷,1,,甲,,\n2026-13-45,,货款,贷,1,,甲,,\n")
    )
    assert str(error) == "bad.csv, row 3, column “交易日期”: “2026-13-45” is not a date."
    assert error.field == "date"


def test_refuses_an_amount_that_is_not_a_number_and_names_row_and_column() -> None:
    error = _error(_csv(RURAL_HEADER + '2026-03-01,,货款,贷,"12,5OO.00",,甲,,\n'))
    assert str(error) == "bad.csv, row 2, column “交易金额”: “12,5OO.00” is not an amount."
    assert error.field == "amount"


def test_refuses_a_debit_credit_flag_it_does_not_know() -> None:
    error = _error(_csv(RURAL_HEADER + "2026-03-01,,货款,X,100,,甲,,\n"))
    assert "row 2" in str(error)
    assert "借贷标志" in str(error)
    assert error.field == "direction"


def test_refuses_an_old_binary_xls_workbook() -> None:
    error = _error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    assert ".xls" in str(error)


def test_lines_below_the_last_transaction_are_a_footer_and_skipped() -> None:
    data = _csv(
        RURAL_HEADER + "2026-03-01,,货款,贷,100,,甲,,\n"
        "共 1 笔,,,,,,,,\n"
        "经办人：张三   复核：李四,,,,,,,,\n"
    )
    parsed = parse_statement(data, name="f.csv")
    assert len(parsed.transactions) == 1
    assert parsed.rows_skipped == 2
    assert "row 3: not a transaction" in str(parsed.warnings[0])


def test_refuses_a_header_with_no_transactions_under_it() -> None:
    error = _error(_csv(RURAL_HEADER + "合计,,,,,,,,\n"))
    assert "no transactions" in str(error)


# -------------------------------------------------------------------- cells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234.50", Decimal("1234.50")),
        ("¥1,234.5", Decimal("1234.50")),
        ("１２３", Decimal("123.00")),
        ("(1,000.00)", Decimal("-1000.00")),
        ("-0.005", Decimal("-0.01")),  # half-up to the fen, away from zero
        ("88元", Decimal("88.00")),
        ("", Decimal("0")),
    ],
)
def test_parses_amount_cells_as_banks_write_them(text: str, expected: Decimal) -> None:
    assert parse_amount(text) == expected


def test_an_amount_cell_with_letters_is_not_a_number() -> None:
    assert parse_amount("12a") is None


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-01",
        "2026/3/1",
        "20260301",
        "2026年3月1日",
        "2026-03-01 10:22:33",
        "2026.03.01",
        "46082",
    ],
)
def test_parses_date_cells_as_banks_write_them(text: str) -> None:
    # Excel day 46082 counted from 1899-12-30 is 2026-03-01.
    assert parse_statement_date(text) == date(2026, 3, 1)


def test_an_error_carries_the_header_and_the_mapping_tried_so_the_officer_can_fix_it() -> None:
    error = _error(_csv(RURAL_HEADER + "2026-03-01,,货款,X,100,,甲,,\n"))
    assert error.columns[0] == "交易日期"
    assert error.layout == "rural"
    assert error.mapping is not None
    assert error.mapping.direction == "借贷标志"


def test_reads_a_utf16_tab_separated_export_and_unwraps_excel_text_cells() -> None:
    text = (
        "交易日期\t交易金额\t借贷标志\t对方户名\t对方账号\t摘要\n"
        '2026-04-01\t"1,000.00"\t贷\t甲\t="6228480012345678"\t货款\n'
        "'2026-04-02\t300\t借\t乙\t'6217000011112222\t电费\n"
    )
    parsed = parse_statement(b"\xff\xfe" + text.encode("utf-16-le"), name="u16.xls")
    assert [t.amount for t in parsed.transactions] == [Decimal("1000.00"), Decimal("-300.00")]
    assert parsed.transactions[0].counterparty_account == "6228480012345678"
    assert parsed.transactions[1].counterparty_account == "6217000011112222"
    assert parsed.transactions[1].on == date(2026, 4, 2)


def test_refuses_a_web_page_saved_under_a_spreadsheet_name() -> None:
    error = _error(b"<html><body><table><tr><td>\xe4\xba\xa4</td></tr></table></body></html>")
    assert "web page" in str(error)


def test_the_shipped_classification_words_match_the_domain_defaults() -> None:
    from domain.statement_analysis import DEFAULT_KEYWORDS
    from storage.statement_layouts import load_classifier_keywords

    loaded = load_classifier_keywords()
    assert "贷款发放" in loaded.loan_drawn
    assert "小额贷款" in loaded.lender_words
    assert loaded == DEFAULT_KEYWORDS


def test_a_classification_list_of_the_wrong_kind_is_refused_with_its_key() -> None:
    from storage.statement_layouts import parse_classifier_keywords

    with pytest.raises(StatementError) as info:
        parse_classifier_keywords({"classification": {"capital": "投资款"}})
    assert "classification.capital" in str(info.value)
    assert parse_classifier_keywords({"classification": {"capital": ["入股"]}}).capital == ("入股",)


def test_a_statement_parser_reads_the_file_once_and_parses_with_each_mapping(
    tmp_path: Path,
) -> None:
    from storage.statements import statement_parser

    path = tmp_path / "s.csv"
    path.write_bytes((DATA / "rural_gb18030.csv").read_bytes())
    parse = statement_parser(path)
    path.unlink()  # the bytes were read when the parser was made

    guessed = parse(None)
    assert guessed.transactions[1].description == "转账"
    chosen = parse(ColumnMapping(**{**guessed.mapping.as_dict(), "description": "附言"}))
    assert chosen.transactions[1].description == "进货款"


def test_a_statement_parser_of_an_unreadable_file_raises_at_each_call(tmp_path: Path) -> None:
    from storage.statements import statement_parser

    parse = statement_parser(tmp_path / "missing.csv")
    with pytest.raises(StatementError) as info:
        parse(None)
    assert "missing.csv" in str(info.value)


def test_the_rural_sample_end_to_end_gives_s5_inputs_and_the_private_loan_pattern() -> None:
    from domain.enums import Light, TxCategory
    from domain.statement_analysis import classify, detect_patterns, summarise
    from storage.rulepack_files import load_rule_pack

    parsed = parse_statement(DATA / "rural_gb18030.csv")
    lines = classify(
        parsed.transactions, ["台州市椒江明达五金有限公司"], [parsed.account], ["银行"]
    )
    assert [t.category for t in lines] == [
        TxCategory.SALES,  # 货款 12,500
        TxCategory.PURCHASE,  # to 永康市金顺铜业有限公司
        TxCategory.LOAN_REPAYMENT,  # 利息 to 王建国
        TxCategory.LOAN_DRAWN,  # 贷款发放 200,000
        TxCategory.LOAN_REPAYMENT,
        TxCategory.LOAN_REPAYMENT,
        TxCategory.CAPITAL_INJECTED,  # 投资款 50,000
        TxCategory.SALES,  # 货款 1,234.56
    ]
    summary = summarise(lines, date(2026, 10, 31), {}, short_history_months=6)
    # Inflows 12,500 + 200,000 + 50,000 + 1,234.56 = 263,734.56; net of the loan
    # and the capital: 13,734.56, over May–Sep (5 months): × 12/5 = 32,962.944.
    assert summary.total_inflows == Decimal("263734.56")
    assert summary.net_business_inflows == Decimal("13734.56")
    assert summary.months_covered == 5
    assert summary.annualised_net_business_inflows == Decimal("32962.94")
    assert summary.short_history

    patterns = {
        p.pattern: p
        for p in detect_patterns(lines, date(2026, 10, 31), load_rule_pack().thresholds)
    }
    private = patterns["private_loan_payments"]
    assert private.light == Light.AMBER
    assert private.counterparties == ["王建国"]
    assert [t.on for t in private.transactions] == [
        date(2026, 5, 20),
        date(2026, 6, 20),
        date(2026, 7, 21),
    ]


@settings(max_examples=200)
@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_an_amount_written_with_thousands_separators_reads_back_exactly(value: Decimal) -> None:
    assert parse_amount(f"{value:,.2f}") == value
    assert parse_amount(f"¥{value:.2f}") == value
