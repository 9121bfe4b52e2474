"""The undo menu names each step by the field's words, never by its path."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from domain.case import Case, Product
from ui.undo import EditContext


@pytest.fixture
def ctx(qapp: QCoreApplication) -> Iterator[EditContext]:
    context = EditContext(Case(), QUndoStack())
    yield context


def test_a_step_without_a_label_is_named_by_the_fields_words(ctx: EditContext) -> None:
    ctx.edit("proposal/opinion", "同意")
    assert ctx.stack.undoText() == "Opinion"
    ctx.edit("visits/0/officers", ["王芳", "李强"])
    assert ctx.stack.undoText() == "Both officers"
    ctx.edit("transactions", [])  # nothing changes: no step
    assert ctx.stack.undoText() == "Both officers"


def test_a_step_in_a_list_row_names_the_row_and_the_column(ctx: EditContext) -> None:
    ctx.edit("business/products", [Product()])
    ctx.edit("business/products/0/unit_price", Decimal("25"))
    assert ctx.stack.undoText() == "Products no. 1 · Unit price"


def test_a_chinese_undo_menu_reads_in_chinese(ctx: EditContext, chinese: None) -> None:
    ctx.edit("proposal/opinion", "同意")
    assert ctx.stack.undoText() == "意见"
