"""Bytes of a bank-statement export → rows of text cells (CSV, XLSX).

Decodes GB18030, UTF-8 (with or without BOM) and UTF-16 exports and refuses a
file that mixes encodings; reads the first sheet of a workbook; every cell is
text (``dtype=str``), so no amount ever passes through a float. Also the cell
readers for dates and amounts as Chinese banks write them.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from domain.i18n import Message, tr_noop
from domain.money import parse_decimal, to_money
from domain.statement_import import StatementError

_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old binary .xls
_UTF8_BOM = b"\xef\xbb\xbf"
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d", "%Y年%m月%d日")
_DATE_HEAD = re.compile(r"^\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{8})")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－＋（）", "0123456789.-+()")


@dataclass
class RawTable:
    """The raw cells of a statement, all text, with the file name for messages."""

    name: str
    rows: list[list[str]]


# ---------------------------------------------------------------- reading bytes


def _fail(msg_id: str, **params: Any) -> StatementError:
    return StatementError(Message(msg_id, params))


def _decode(data: bytes, name: str) -> str:
    """Text of a CSV export: UTF-8 (BOM or not) or GB18030, never a mixture."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM (some "xls" exports)
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc.start, name, "UTF-16") from exc
    if data.startswith(_UTF8_BOM):
        try:
            return data[len(_UTF8_BOM) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc.start, name, "UTF-8") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_line = gb_line = 0
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_line = utf8_line or number
        except UnicodeDecodeError:
            gb_line = gb_line or number
    if utf8_line and gb_line:
        raise _fail(
            tr_noop(
                "{file}: the file mixes two text encodings (row {utf8_row} is UTF-8, "
                "row {gb_row} is not); export the statement again from the bank."
            ),
            file=name,
            utf8_row=utf8_line,
            gb_row=gb_line,
        )
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise _undecodable(data, exc.start, name, "GB18030") from exc


def _undecodable(data: bytes, offset: int, name: str, encoding: str) -> StatementError:
    row = data.count(b"\n", 0, offset) + 1
    return _fail(
        tr_noop("{file}, row {row}: bytes that are not valid {encoding} text (byte {offset})."),
        file=name,
        row=row,
        encoding=encoding,
        offset=offset,
    )


_EXCEL_TEXT = re.compile(r'^="(.*)"$')  # ="6222…": a number kept as text for Excel


def _clean_cell(cell: object) -> str:
    text = str(cell).strip()
    match = _EXCEL_TEXT.match(text)
    if match:
        return match.group(1).strip()
    return text[1:].strip() if text.startswith("'") else text


def _frame_rows(frame: pd.DataFrame) -> list[list[str]]:
    frame = frame.fillna("")
    return [[_clean_cell(cell) for cell in row] for row in frame.itertuples(index=False)]


def _read_csv(data: bytes, name: str) -> list[list[str]]:
    text = _decode(data, name)
    if not text.strip():
        raise _fail(tr_noop("{file}: the file is empty."), file=name)
    sample = text.splitlines()[:30]
    delimiter = (
        "\t" if sum(s.count("\t") for s in sample) > sum(s.count(",") for s in sample) else ","
    )
    width = max((len(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)), default=1)
    frame = pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        header=None,
        names=list(range(max(width, 1))),
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
        engine="python",
    )
    return _frame_rows(frame)


def _read_xlsx(data: bytes, name: str) -> list[list[str]]:
    try:
        frame = pd.read_excel(
            io.BytesIO(data), header=None, dtype=str, keep_default_na=False, engine="openpyxl"
        )
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise _fail(
            tr_noop("{file}: the workbook cannot be opened ({reason})."), file=name, reason=str(exc)
        ) from exc
    return _frame_rows(frame)


def read_table(source: Path | str | bytes, name: str = "") -> RawTable:
    """The raw text cells of a CSV or XLSX statement (first sheet)."""
    if isinstance(source, bytes):
        data, name = source, name or tr_noop("statement")
    else:
        path = Path(source)
        name = name or path.name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _fail(
                tr_noop("{file}: the file cannot be read ({reason})."),
                file=name,
                reason=exc.strerror,
            ) from exc
    if not data.strip():
        raise _fail(tr_noop("{file}: the file is empty."), file=name)
    if data.startswith(_OLE_MAGIC):
        raise _fail(
            tr_noop("{file}: old .xls workbooks are not supported; save it as .xlsx or .csv."),
            file=name,
        )
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and (b"<table" in head or b"<html" in head):
        raise _fail(
            tr_noop(
                "{file}: this is a web page saved with a spreadsheet name; open it in "
                "Excel or WPS and save it as .xlsx or .csv."
            ),
            file=name,
        )
    rows = _read_xlsx(data, name) if data.startswith(_XLSX_MAGIC) else _read_csv(data, name)
    if not any(any(cell for cell in row) for row in rows):
        raise _fail(tr_noop("{file}: the file is empty."), file=name)
    return RawTable(name=name, rows=rows)


# --------------------------------------------------------------------- cells


def parse_statement_date(text: str) -> date | None:
    """A date cell as banks write it (2026-03-01, 2026/3/1, 20260301, 2026年3月1日,
    with or without a time after it, or an Excel day number); ``None`` if not a date."""
    text = text.strip().translate(_FULL_WIDTH)
    if re.fullmatch(r"\d{5}(\.0+)?", text):  # Excel serial day number
        return _EXCEL_EPOCH + timedelta(days=int(text.split(".")[0]))
    match = _DATE_HEAD.match(text)
    if not match:
        return None
    head = match.group(1)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    return None


def parse_amount(text: str) -> Decimal | None:
    """An amount cell: ``¥1,234.50``, ``-300.00``, ``(300.00)``, full-width digits,
    ``1234.5元``. Empty or ``-`` is zero; ``None`` when the text is not a number."""
    cleaned = text.strip().translate(_FULL_WIDTH).replace("元", "").replace("RMB", "")
    cleaned = cleaned.replace("CNY", "").strip()
    if cleaned in ("", "-", "--", "—"):
        return Decimal("0")
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    value = parse_decimal(cleaned)
    if value is None:
        return None
    return to_money(-value if negative else value)
