"""XLSX cells that hold formula-leading text become inert string cells
(docs/SECURITY.md, "Spreadsheets"; the rule itself is domain/formula_escape.py).

openpyxl, and so pandas' ``to_excel``, stores any text beginning with ``=`` as a
live formula. After the frames are written and before the workbook is saved,
:func:`neutralise_workbook` turns every such cell back into a string cell with
the "quote prefix" style: Excel and WPS show the text as typed and do not
evaluate it, not even after the cell is edited. Number cells are left alone.
"""

from __future__ import annotations

from typing import Any

from domain.formula_escape import formula_leading


def neutralise_workbook(book: Any) -> int:
    """Make every formula-leading text cell of the openpyxl ``book`` a plain
    string cell; returns how many cells were changed."""
    changed = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and formula_leading(value):
                    cell.data_type = "s"
                    cell.quotePrefix = True
                    changed += 1
    return changed


__all__ = ["neutralise_workbook"]
