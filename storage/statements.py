"""Read bank-statement exports (CSV, XLSX) of Chinese banks into transactions.

Bank exports put account details above the table and totals below it, come in
GB18030, UTF-8 or UTF-16 (read by :mod:`storage.statement_files`) and name
their columns in a handful of ways (``resources/statement_layouts.toml``).
:func:`parse_statement` finds the header row, guesses a :class:`ColumnMapping`
(or takes the officer's), and turns each row into a :class:`BankTransaction`
with a ``Decimal`` amount, positive for money in. Anything it cannot read
raises :class:`StatementError` naming file, row and column.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from domain.case import BankTransaction
from domain.enums import TxCategory
from domain.i18n import Message, tr_noop
from domain.statement_import import (
    MAPPING_FIELDS,
    ColumnMapping,
    ParsedStatement,
    StatementError,
)
from storage.statement_files import RawTable, parse_amount, parse_statement_date, read_table
from storage.statement_layouts import LayoutConfig, load_layouts, normalise_header

__all__ = [
    "ColumnMapping",
    "ParsedStatement",
    "RawTable",
    "StatementError",
    "guess_mapping",
    "parse_amount",
    "parse_statement",
    "parse_statement_date",
    "parse_table",
    "read_table",
    "statement_parser",
]

_ACCOUNT_IN_TITLE = re.compile(r"(?:账号|卡号|账户)\s*[:：]?\s*([0-9][0-9 *]{7,30}[0-9])")


# ----------------------------------------------------------- header and mapping


def _find_header(table: RawTable, config: LayoutConfig) -> int:
    known = config.all_names()
    best_row, best_hits = -1, 0
    for index, row in enumerate(table.rows[: config.header_max_rows]):
        hits = sum(1 for cell in row if normalise_header(cell) in known)
        if hits > best_hits:
            best_row, best_hits = index, hits
    if best_hits < config.header_min_matches:
        raise StatementError(
            Message(
                tr_noop(
                    "{file}: no header row with column names such as 交易日期 or 交易金额 "
                    "in the first {rows} rows."
                ),
                {"file": table.name, "rows": config.header_max_rows},
            )
        )
    return best_row


def guess_mapping(
    columns: list[str], config: LayoutConfig | None = None
) -> tuple[ColumnMapping, str]:
    """Best preset for a header row: the mapping and the layout id ("" if none fits).

    The layout whose names match most header cells wins; fields it lacks are
    filled from the generic names. Amount styles do not mix: with a signed
    amount column no debit/credit pair is used, and the other way round.
    """
    config = config or load_layouts()
    normalised = {normalise_header(c): c for c in columns if c}
    best_id, best_score = "", 0
    for layout_id, layout in config.layouts.items():
        score = sum(1 for names in layout.values() if any(n in normalised for n in names))
        if score > best_score:
            best_id, best_score = layout_id, score
    chosen: dict[str, str | None] = {}
    for field_name, _label in MAPPING_FIELDS:
        candidates = list(config.layouts.get(best_id, {}).get(field_name, []))
        candidates += config.generic.get(field_name, [])
        taken = set(chosen.values())
        chosen[field_name] = next(
            (normalised[n] for n in candidates if n in normalised and normalised[n] not in taken),
            None,
        )
    if chosen["debit"] or chosen["credit"]:
        preset = config.layouts.get(best_id, {})
        if "amount" not in preset or not chosen["amount"]:
            chosen["amount"] = chosen["direction"] = None
        else:
            chosen["debit"] = chosen["credit"] = None
    return ColumnMapping(**chosen), best_id


def _check_mapping(mapping: ColumnMapping, columns: list[str], name: str, layout: str) -> None:
    present = set(columns)
    for field_name, column in mapping.as_dict().items():
        if column is not None and column not in present:
            raise StatementError(
                Message(
                    tr_noop("{file}: there is no column named “{column}” (chosen for {field})."),
                    {"file": name, "column": column, "field": field_name},
                ),
                field=field_name,
                columns=columns,
                layout=layout,
                mapping=mapping,
            )
    if mapping.date is None:
        raise StatementError(
            Message(
                tr_noop("{file}: no column is chosen for the transaction date."), {"file": name}
            ),
            field="date",
            columns=columns,
            layout=layout,
            mapping=mapping,
        )
    if mapping.amount is None and mapping.debit is None and mapping.credit is None:
        raise StatementError(
            Message(
                tr_noop("{file}: no column is chosen for the amount (or for debit and credit)."),
                {"file": name},
            ),
            field="amount",
            columns=columns,
            layout=layout,
            mapping=mapping,
        )


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index]


# --------------------------------------------------------------------- parse


def parse_statement(
    source: Path | str | bytes,
    mapping: ColumnMapping | None = None,
    *,
    name: str = "",
    config: LayoutConfig | None = None,
) -> ParsedStatement:
    """Read a statement export; ``mapping=None`` guesses the columns from the header.

    Raises :class:`StatementError` for an empty or undecodable file, a missing
    header or required column, and any row whose date or amount is not one.
    """
    return parse_table(read_table(source, name), mapping, config=config)


def statement_parser(
    source: Path | str | bytes, *, name: str = "", config: LayoutConfig | None = None
) -> Callable[[ColumnMapping | None], ParsedStatement]:
    """``parse(mapping)`` for one file, reading and decoding its bytes only once.

    This is what ``main.py`` hands to the import dialog, which parses again
    with every change of mapping. A file that cannot be read raises its
    :class:`StatementError` at each call.
    """
    table: RawTable | None = None
    read_error: StatementError | None = None
    try:
        table = read_table(source, name)
    except StatementError as error:
        read_error = error

    def parse(mapping: ColumnMapping | None) -> ParsedStatement:
        if table is None:
            assert read_error is not None
            raise read_error
        return parse_table(table, mapping, config=config)

    return parse


def parse_table(
    table: RawTable, mapping: ColumnMapping | None = None, *, config: LayoutConfig | None = None
) -> ParsedStatement:
    """Turn the raw cells of :func:`read_table` into transactions (see :func:`parse_statement`)."""
    config = config or load_layouts()
    header_index = _find_header(table, config)
    columns = table.rows[header_index]
    guessed, layout = guess_mapping(columns, config)
    mapping = mapping or guessed
    _check_mapping(mapping, columns, table.name, layout)
    index = {c: i for i, c in reversed(list(enumerate(columns))) if c}
    col = {f: (index[c] if c is not None else None) for f, c in mapping.as_dict().items()}
    own_account = _account_in_title(table.rows[:header_index])

    result = ParsedStatement(
        transactions=[],
        mapping=mapping,
        columns=list(columns),
        layout=layout,
        layout_label=config.label(layout),
        account=own_account,
    )
    balances: list[tuple[int, Decimal, Decimal]] = []  # (row, amount, balance)
    body = table.rows[header_index + 1 :]
    # Lines after the last dated row whose date cell is not a digit-led attempt at
    # a date are a footer (共 25 笔, 经办人, 签章 …), not errors.
    last_dated = max(
        (i for i, row in enumerate(body) if parse_statement_date(_cell(row, col["date"]))),
        default=-1,
    )
    for offset, row in enumerate(body):
        row_no = header_index + offset + 2  # 1-based row of the file
        if offset > last_dated and not _cell(row, col["date"])[:1].isdigit():
            if any(row):
                result.rows_skipped += 1
                result.warnings.append(
                    Message(
                        tr_noop("{file}, row {row}: not a transaction (no date), skipped."),
                        {"file": table.name, "row": row_no},
                    )
                )
            continue
        parsed = _parse_row(row, row_no, col, mapping, table.name, config, result)
        if parsed is None:
            continue
        result.transactions.append(
            BankTransaction(
                on=parsed[0],
                amount=parsed[1],
                counterparty=_cell(row, col["counterparty"]),
                counterparty_account=_cell(row, col["counterparty_account"]),
                description=_cell(row, col["description"]),
                account=own_account,
                # Not classified yet (domain.statement_analysis.classify does that).
                category=TxCategory.OTHER_INFLOW if parsed[1] > 0 else TxCategory.OTHER_OUTFLOW,
            )
        )
        result.source_rows.append(row_no)
        if parsed[2] is not None:
            balances.append((row_no, parsed[1], parsed[2]))
    if not result.transactions:
        raise StatementError(
            Message(
                tr_noop("{file}: the table under the header holds no transactions."),
                {"file": table.name},
            ),
            columns=columns,
            layout=layout,
            mapping=mapping,
        )
    result.warnings.extend(_balance_breaks(balances, table.name))
    return result


def _parse_row(
    row: list[str],
    row_no: int,
    col: dict[str, int | None],
    mapping: ColumnMapping,
    name: str,
    config: LayoutConfig,
    result: ParsedStatement,
) -> tuple[date, Decimal, Decimal | None] | None:
    """(date, signed amount, balance) of one row, or ``None`` for a row to skip."""
    if not any(row):
        return None
    date_text = _cell(row, col["date"])
    amount_cells = [_cell(row, col[f]) for f in ("amount", "debit", "credit")]
    if not date_text or any(m in date_text for m in config.skip_markers):
        result.rows_skipped += 1
        result.warnings.append(
            Message(
                tr_noop("{file}, row {row}: not a transaction (no date), skipped."),
                {"file": name, "row": row_no},
            )
        )
        return None
    on = parse_statement_date(date_text)
    if on is None:
        raise StatementError(
            Message(
                tr_noop("{file}, row {row}, column “{column}”: “{value}” is not a date."),
                {"file": name, "row": row_no, "column": mapping.date, "value": date_text},
            ),
            field="date",
            columns=result.columns,
            layout=result.layout,
            mapping=result.mapping,
        )
    amount = _row_amount(row, row_no, col, mapping, name, config, result)
    if amount == 0 and not any(amount_cells):
        result.rows_skipped += 1
        result.warnings.append(
            Message(
                tr_noop("{file}, row {row}: no amount, skipped."), {"file": name, "row": row_no}
            )
        )
        return None
    balance = None
    if col["balance"] is not None and _cell(row, col["balance"]):
        balance = _number(row, row_no, col, "balance", mapping, name, result)
    return on, amount, balance


def _number(
    row: list[str],
    row_no: int,
    col: dict[str, int | None],
    field_name: str,
    mapping: ColumnMapping,
    name: str,
    result: ParsedStatement,
) -> Decimal:
    text = _cell(row, col[field_name])
    value = parse_amount(text)
    if value is None:
        raise StatementError(
            Message(
                tr_noop("{file}, row {row}, column “{column}”: “{value}” is not an amount."),
                {
                    "file": name,
                    "row": row_no,
                    "column": getattr(mapping, field_name),
                    "value": text,
                },
            ),
            field=field_name,
            columns=result.columns,
            layout=result.layout,
            mapping=result.mapping,
        )
    return value


def _row_amount(
    row: list[str],
    row_no: int,
    col: dict[str, int | None],
    mapping: ColumnMapping,
    name: str,
    config: LayoutConfig,
    result: ParsedStatement,
) -> Decimal:
    if mapping.amount is None:
        credit = (
            abs(_number(row, row_no, col, "credit", mapping, name, result))
            if col["credit"] is not None
            else Decimal(0)
        )
        debit = (
            abs(_number(row, row_no, col, "debit", mapping, name, result))
            if col["debit"] is not None
            else Decimal(0)
        )
        return credit - debit
    amount = _number(row, row_no, col, "amount", mapping, name, result)
    if mapping.direction is None:
        return amount
    flag = _cell(row, col["direction"]).strip().upper()
    if flag in config.inflow_flags:
        return abs(amount)
    if flag in config.outflow_flags:
        return -abs(amount)
    raise StatementError(
        Message(
            tr_noop(
                "{file}, row {row}, column “{column}”: “{value}” is neither "
                "debit (借) nor credit (贷)."
            ),
            {"file": name, "row": row_no, "column": mapping.direction, "value": flag},
        ),
        field="direction",
        columns=result.columns,
        layout=result.layout,
        mapping=result.mapping,
    )


def _account_in_title(rows: list[list[str]]) -> str:
    for row in rows:
        for cell in row:
            match = _ACCOUNT_IN_TITLE.search(cell)
            if match:
                return match.group(1).replace(" ", "")
    return ""


def _balance_breaks(balances: list[tuple[int, Decimal, Decimal]], name: str) -> list[Message]:
    """Rows where balance ≠ previous balance + amount (in file order or reversed).

    An export edited by hand rarely keeps its running balance right, so each
    break is a warning the officer should look at.
    """
    if len(balances) < 2:
        return []

    def breaks(seq: list[tuple[int, Decimal, Decimal]]) -> list[int]:
        return [cur[0] for prev, cur in itertools.pairwise(seq) if prev[2] + cur[1] != cur[2]]

    forward = breaks(balances)
    backward = breaks(list(reversed(balances)))
    found = forward if len(forward) <= len(backward) else backward
    return [
        Message(
            tr_noop(
                "{file}, row {row}: the balance does not follow from the previous "
                "balance and the amount."
            ),
            {"file": name, "row": row},
        )
        for row in sorted(found)
    ]
