"""What a form field says about its value, without moving the form.

:class:`FieldMessage` is the one line under a field where its validator's
message appears. The line's height is reserved whether or not there is a
message, so a message appearing never pushes the fields below it down (the
next click lands where the officer aimed). A message longer than the field is
cut at the field's edge; the whole text is in the tooltip. See docs/DOMAIN.md
("Forms").

:func:`limit_input` gives identifier fields their length and the characters
they may hold (ID number, mobile, USCC, bank card), so that a 19th character
or a letter in a phone number cannot be typed at all.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#a15c00"

#: Longest text of each identifier kind, and the characters it may hold while
#: being typed (the validators of domain/validators.py judge the whole value).
#: A resident ID: 17 digits and a check digit or X. A mobile: 11 digits, with
#: +86 in front when copied from a contact. A USCC: 18 characters of the code's
#: alphabet (no I, O, Z, S, V). A bank card: 15 to 19 digits, in groups of four
#: when copied from the card (19 digits and 4 spaces).
LIMITS: dict[str, tuple[int, str]] = {
    "id": (18, r"[0-9]{0,17}[0-9Xx]?"),
    "mobile": (14, r"(\+?8?6?)?[0-9]{0,11}"),
    "uscc": (18, r"[0-9A-HJ-NP-RT-UW-Ya-hj-np-rt-uw-y]{0,18}"),
    "card": (23, r"[0-9 ]{0,23}"),
}


def limit_input(edit: QLineEdit, kind: str) -> None:
    """Give ``edit`` the length limit and allowed characters of ``kind`` (if any)."""
    if kind not in LIMITS:
        return
    length, pattern = LIMITS[kind]
    edit.setMaxLength(length)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))


class FieldMessage(QLabel):
    """One line of reserved height under a field: its error (red) or warning
    (amber). Hidden when there is nothing to say, but its space stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.setWordWrap(False)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)  # the space is kept when there is no message
        self.setSizePolicy(policy)
        self.setFixedHeight(self.fontMetrics().height() + 2)
        self.hide()

    def show_texts(self, texts: list[str], error: bool) -> None:
        """Show ``texts`` (red when ``error``, else amber); none: hide, keep the space."""
        text = " ".join(texts)
        self.setText(text)
        self.setToolTip(text)
        self.setStyleSheet(f"color: {ERROR_COLOUR if error else WARNING_COLOUR};")
        self.setVisible(bool(texts))
