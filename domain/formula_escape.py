"""Text that a spreadsheet would run as a formula, made inert (docs/SECURITY.md).

A spreadsheet program treats a cell that begins with ``=``, ``+``, ``-`` or
``@`` as a formula, and a leading tab or carriage return can hide one
(OWASP, "CSV Injection"). Borrower text (a name, a note, an override reason)
is typed by officers and may come from a hostile package, so every text cell
the program writes to a CSV or XLSX goes through this module:

- CSV: :func:`csv_text` puts a single quote before such text; spreadsheet
  programs show the text and never evaluate it.
- XLSX: the cell is written as a *string* cell with the "quote prefix" style
  (``storage/spreadsheet_safety.py``), so the text stays exactly as typed.

Numbers (``Decimal``, ``int``) are never touched: a negative amount stays a
number. The full-width forms (＝＋－＠) are included because a Chinese input
method types them and some spreadsheet programs read them as the ASCII ones.
Plain Python, no I/O.
"""

from __future__ import annotations

#: First characters that start a formula, or can hide one.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def formula_leading(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def csv_text(value: object) -> object:
    """``value`` for a CSV cell: formula-leading text behind a single quote;
    anything that is not text (a number, ``None``) unchanged."""
    if isinstance(value, str) and formula_leading(value):
        return "'" + value
    return value


__all__ = ["FORMULA_TRIGGERS", "csv_text", "formula_leading"]
