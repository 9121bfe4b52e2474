"""Field widgets bound to a path of the case, editing through the undo stack.

Each widget reads its value with ``ctx.value(path)``, writes with
``ctx.edit(path, value)`` and reloads when ``ctx.changed`` names its path
(undo, redo). Typed text is checked by the validators of
:mod:`domain.validators`; a message appears in the line reserved under the
field (:class:`ui.field_feedback.FieldMessage`: nothing below moves) and the
text stays as typed. Text fields store the raw text even when invalid; numeric and date
fields keep the last valid value in the case and mark themselves invalid.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.enums import Provenance, label
from domain.geo import validate_latitude, validate_longitude
from domain.i18n import CONTEXT, Message, listing, tr_noop
from domain.money import format_money, parse_decimal
from domain.validators import (
    ValidationResult,
    validate_amount,
    validate_bank_card,
    validate_date,
    validate_mobile,
    validate_percentage,
    validate_resident_id,
    validate_uscc,
)
from ui.field_feedback import FieldMessage, limit_input
from ui.undo import EditContext

TEXT_KINDS = {"text", "id", "mobile", "uscc", "card"}  # stored as typed, even when invalid
Parser = Callable[[str, date], ValidationResult[Any]]


def tr_msg(message: Message) -> str:
    return message.render(QCoreApplication.translate)


def words_list(parts: Sequence[str]) -> str:
    """Shown words as one list: 甲、乙 in Chinese, "a, b" in English."""
    shown = listing(list(parts))
    return tr_msg(shown) if isinstance(shown, Message) else shown


def tr_label(value: StrEnum | str) -> str:
    return QCoreApplication.translate(CONTEXT, label(value))


def _ok(value: Any) -> ValidationResult[Any]:
    return ValidationResult(True, value)


def _fail(text: str) -> ValidationResult[Any]:
    return ValidationResult(False, None, [Message(text)])


def _parse_int(text: str, today: date) -> ValidationResult[Any]:
    """A count (months, staff, machines, overdues): a whole number, never negative."""
    s = text.strip()
    if not s:
        return _ok(None)
    number = parse_decimal(s)
    if number is None or number != number.to_integral_value():
        return _fail(tr_noop("Please enter a whole number."))
    if number < 0:
        return _fail(tr_noop("Please enter a whole number, 0 or more."))
    return _ok(int(number))


def _parse_decimal(text: str, today: date) -> ValidationResult[Any]:
    if not text.strip():
        return _ok(None)
    number = parse_decimal(text)
    return _ok(number) if number is not None else _fail(tr_noop("Please enter a number."))


def _parse_quantity(text: str, today: date) -> ValidationResult[Any]:
    """A measured quantity (kWh, m³, capacity, a rate): a number, never negative."""
    result = _parse_decimal(text, today)
    if result.ok and result.value is not None and result.value < 0:
        return _fail(tr_noop("Please enter a number, 0 or more."))
    return result


def _parse_percent(text: str, today: date) -> ValidationResult[Any]:
    """A share, margin or rate; above 100 % it is kept but pointed out (a VAT
    rate of 130 %, a product making 150 % of the sales)."""
    result = validate_percentage(text, required=False)
    if result.ok and isinstance(result.value, Decimal) and result.value > 1:
        return ValidationResult(
            True,
            result.value,
            [],
            [*result.warnings, Message(tr_noop("This is more than 100%; check it."))],
        )
    return result


_MONTH = re.compile(r"(\d{4})[-/.年](\d{1,2})月?")


def _parse_month(text: str, today: date) -> ValidationResult[Any]:
    """A calendar month, stored as ``YYYY-MM`` text; a month after today is a warning."""
    s = text.strip()
    if not s:
        return _ok("")
    m = _MONTH.fullmatch(s)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return _fail(tr_noop("Write the month like 2026-03."))
    month = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    if month > f"{today:%Y-%m}":
        return ValidationResult(
            True, month, warnings=[Message(tr_noop("This month is still to come."))]
        )
    return _ok(month)


def _parse_date(text: str, today: date) -> ValidationResult[Any]:
    return validate_date(text) if text.strip() else _ok(None)


def _parse_past_date(text: str, today: date) -> ValidationResult[Any]:
    """A date that has already happened (a signature, a query, an inquiry): a date
    after today is kept but flagged, as it is most likely a typing slip."""
    result = _parse_date(text, today)
    if result.ok and result.value is not None and result.value > today:
        return ValidationResult(
            True, result.value, warnings=[Message(tr_noop("This date is after today; check it."))]
        )
    return result


_DT = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T]+(\d{1,2})[:：](\d{2})")


def _parse_datetime(text: str, today: date) -> ValidationResult[Any]:
    s = text.strip()
    if not s:
        return _ok(None)
    m = _DT.fullmatch(s)
    if not m:
        return _fail(tr_noop("Write the time like 2026-11-27 09:30."))
    try:
        value = datetime(*(int(g) for g in m.groups()))
    except ValueError:
        return _fail(tr_noop("Write the time like 2026-11-27 09:30."))
    if value.date() > today:
        return ValidationResult(
            True, value, warnings=[Message(tr_noop("This date is after today; check it."))]
        )
    return _ok(value)


def _parse_list(text: str, today: date) -> ValidationResult[Any]:
    return _ok([p.strip() for p in re.split(r"[,，、;；]", text) if p.strip()])


def _parse_months(text: str, today: date) -> ValidationResult[Any]:
    """Calendar months, 1 to 12, as whole numbers: ``1、7`` → [1, 7]."""
    parts = [p.strip().removesuffix("月") for p in re.split(r"[,，、;；\s]+", text) if p.strip()]
    if not all(p.isdigit() and 1 <= int(p) <= 12 for p in parts):
        return _fail(tr_noop("Write the months as numbers from 1 to 12, like 1、7."))
    return _ok(sorted({int(p) for p in parts}))


PARSERS: dict[str, Parser] = {
    "text": lambda t, d: _ok(t),
    "id": lambda t, d: validate_resident_id(t, d) if t.strip() else _ok(t),
    "mobile": lambda t, d: validate_mobile(t) if t.strip() else _ok(t),
    "uscc": lambda t, d: validate_uscc(t) if t.strip() else _ok(t),
    "card": lambda t, d: validate_bank_card(t) if t.strip() else _ok(t),
    "latitude": lambda t, d: validate_latitude(t),
    "longitude": lambda t, d: validate_longitude(t),
    "money": lambda t, d: validate_amount(t, required=False),
    "decimal": _parse_decimal,
    "quantity": _parse_quantity,
    "month": _parse_month,
    "int": _parse_int,
    "percent": lambda t, d: _parse_percent(t, d),
    "date": _parse_date,
    "past_date": _parse_past_date,
    "datetime": _parse_datetime,
    "list": _parse_list,
    "months": _parse_months,
}


def format_value(kind: str, value: Any) -> str:
    """How a stored value is shown in a field of ``kind``."""
    if value is None:
        return ""
    if kind == "money":
        return format_money(value)
    if kind == "percent":
        return f"{(Decimal(value) * 100).normalize():f}%"
    if kind == "datetime":
        return f"{value:%Y-%m-%d %H:%M}"
    if kind in ("date", "past_date"):
        return str(value.isoformat())
    if kind in ("latitude", "longitude"):
        return f"{value:f}"
    if kind in ("list", "months"):  # 甲、乙 in Chinese, "a, b" in English (either is read back)
        shown = listing([str(v) for v in value])
        return tr_msg(shown) if isinstance(shown, Message) else shown
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def parse(kind: str, text: str, today: date) -> ValidationResult[Any]:
    return PARSERS[kind](text, today)


def _covers(path: str, changed: str) -> bool:
    return path == changed or path.startswith(changed + "/")


class FieldLineEdit(QWidget):
    """A line edit with the validator's message in the reserved line under it;
    keeps invalid text."""

    def __init__(
        self,
        ctx: EditContext,
        path: str,
        kind: str = "text",
        label_text: str = "",
        placeholder: str = "",
        parent: QWidget | None = None,
        check: Callable[[Any], Message | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.kind, self.label_text = ctx, path, kind, label_text
        self.check = check  # a warning about a valid value in context (end before start)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(path)
        self.edit.setPlaceholderText(placeholder)
        limit_input(self.edit, kind)  # an identifier takes no more characters than it has
        # the red frame of an invalid value must not change the field's height
        self.edit.setFixedHeight(self.edit.sizeHint().height())
        if kind in ("latitude", "longitude"):  # degrees to six places, not a line of text
            self.edit.setMaximumWidth(
                self.edit.fontMetrics().horizontalAdvance("-180.0000000") + 24
            )
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if kind == "money":  # amounts read as money: ¥ in front, figures to the right
            self.currency = QLabel("¥", self)
            self.currency.setObjectName("currency")
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(self.currency)
            row.addWidget(self.edit, 1)
            row.addStretch(1)  # an amount field as wide as an amount, not the page
            self.edit.setMaximumWidth(260)
            layout.addLayout(row)
        else:
            layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.invalid = False
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)
        ctx.changed.connect(self._on_changed)
        self.load()

    def text(self) -> str:
        return self.edit.text()

    def _checked(self, result: ValidationResult[Any]) -> ValidationResult[Any]:
        if not result.ok or result.value is None or self.check is None:
            return result
        warning = self.check(result.value)
        if warning is None:
            return result
        return ValidationResult(True, result.value, [], [*result.warnings, warning])

    def revalidate(self) -> None:
        """Check the value again (the field it is compared with has changed)."""
        self._show(self._checked(parse(self.kind, self.edit.text(), self.ctx.today())))

    def _on_edited(self, text: str) -> None:
        result = self._checked(parse(self.kind, text, self.ctx.today()))
        self._show(result)
        if self.kind in TEXT_KINDS:
            self.ctx.edit(self.path, text, self.label_text)
        elif result.ok:
            self.ctx.edit(self.path, result.value, self.label_text)

    def _on_finished(self) -> None:
        self.ctx.end_merge()
        if self.kind == "money" and not self.invalid:
            shown = format_value(self.kind, self.ctx.value(self.path))
            if shown != self.edit.text():
                self.edit.setText(shown)

    def _show(self, result: ValidationResult[Any]) -> None:
        self.invalid = not result.ok
        texts = [tr_msg(m) for m in (*result.errors, *result.warnings)]
        self.message.show_texts(texts, bool(result.errors))
        self.edit.setProperty("invalid", self.invalid)
        self.edit.setStyleSheet("border: 1px solid #b00020;" if self.invalid else "")

    def _on_changed(self, changed: str) -> None:
        if _covers(self.path, changed):
            self.load()

    def load(self) -> None:
        value = self.ctx.value(self.path)
        current = parse(self.kind, self.edit.text(), self.ctx.today())
        if self.kind in TEXT_KINDS:
            if self.edit.text() == (value or ""):
                return
            self.edit.setText(value or "")
            self._show(parse(self.kind, value or "", self.ctx.today()))
            return
        if current.ok and current.value == value and self.edit.text():
            return
        if not current.ok and value is None:
            return  # keep the invalid text as typed
        self.edit.setText(format_value(self.kind, value))
        self._show(self._checked(_ok(value)))


class FieldTextEdit(QPlainTextEdit):
    """Free text over several lines; Tab moves on to the next field."""

    def __init__(
        self, ctx: EditContext, path: str, label_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.label_text = ctx, path, label_text
        self.setObjectName(path)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(80)
        self._loading = False
        self.textChanged.connect(self._on_changed_text)
        ctx.changed.connect(self._on_changed)
        self.load()

    def _on_changed_text(self) -> None:
        if not self._loading:
            self.ctx.edit(self.path, self.toPlainText(), self.label_text)

    def focusOutEvent(self, event: Any) -> None:
        self.ctx.end_merge()
        super().focusOutEvent(event)

    def _on_changed(self, changed: str) -> None:
        if _covers(self.path, changed):
            self.load()

    def load(self) -> None:
        value = self.ctx.value(self.path) or ""
        if value != self.toPlainText():
            self._loading = True
            self.setPlainText(value)
            self._loading = False


class FieldCheck(QCheckBox):
    """A yes/no field. ``None`` (never answered) shows unticked."""

    def __init__(
        self, ctx: EditContext, path: str, text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.ctx, self.path = ctx, path
        self.setObjectName(path)
        self.clicked.connect(lambda checked: ctx.edit(path, bool(checked), text, merge=False))
        ctx.changed.connect(self._on_changed)
        self.load()

    def _on_changed(self, changed: str) -> None:
        if _covers(self.path, changed):
            self.load()

    def load(self) -> None:
        self.setChecked(bool(self.ctx.value(self.path)))


class FieldCombo(QComboBox):
    """A choice among enumeration values (with "—" for none when optional)."""

    def __init__(
        self,
        ctx: EditContext,
        path: str,
        values: Sequence[StrEnum | str],
        *,
        optional: bool = False,
        label_text: str = "",
        labels: Callable[[Any], str] = tr_label,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.setObjectName(path)
        self._values: list[Any] = ([None] if optional else []) + list(values)
        for v in self._values:
            self.addItem("—" if v is None else labels(v))
        self.activated.connect(lambda i: ctx.edit(path, self._values[i], label_text, merge=False))
        ctx.changed.connect(self._on_changed)
        self.load()

    def _on_changed(self, changed: str) -> None:
        if _covers(self.path, changed):
            self.load()

    def load(self) -> None:
        value = self.ctx.value(self.path)
        if value in self._values:
            self.setCurrentIndex(self._values.index(value))


class ProvenanceCombo(FieldCombo):
    """Where a figure comes from: declared, observed, document, computed."""

    def __init__(self, ctx: EditContext, figure_path: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, figure_path + "/source", list(Provenance), parent=parent)
