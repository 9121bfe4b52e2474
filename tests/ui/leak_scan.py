"""What a screen or a printed memo shows, and what in it leaked.

:func:`shown_texts` reads every text a widget tree shows (labels, buttons,
group titles, line and text edits, combo items, table and list cells with
their headers and tool tips, tab titles, window titles, menus). The leak
finders look for what must never reach an officer:

* on a Chinese screen: internal ids (case paths such as ``visits/0/officers/0``,
  ``snake_case`` enumeration ids, dotted rule ids), ISO timestamps, raw
  amounts (``-561872.31``, ``300000``) and English words;
* on an English screen: Chinese where a translation exists.

What the officer typed (names, addresses, notes) is data and may be in
either language; so are the allow-listed units, codes and names below. The
typed text of a case is read from the case itself (:func:`typed_strings`),
leaving out the fields that hold codes (an industry id, a condition id), so
that an id printed instead of its label is still found.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from domain.case import Case
from domain.enums import label

# ---- reading what is shown ------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    """Rich text as read on screen (tags dropped, entities decoded)."""
    return html.unescape(_TAG.sub(" ", text)) if "<" in text else text


def _count(model: QAbstractItemModel, parent: QModelIndex, rows: bool) -> int:
    """Rows or columns under ``parent``, probed through ``index`` (some of Qt's
    own models, such as the list widget's, keep ``columnCount`` private)."""
    n = 0
    while (model.index(n, 0, parent) if rows else model.index(0, n, parent)).isValid():
        n += 1
    return n


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    root = QModelIndex()
    columns = _count(model, root, rows=False)
    for section in range(columns):
        for role in roles:
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if value is not None:
                yield str(value)

    def walk(parent: QModelIndex) -> Iterator[str]:
        for row in range(_count(model, parent, rows=True)):
            for col in range(_count(model, parent, rows=False)):
                index = model.index(row, col, parent)
                for role in roles:
                    value = index.data(role)
                    if value is not None and not isinstance(value, bool):
                        yield str(value)
                if col == 0 and model.index(0, 0, index).isValid():
                    yield from walk(index)

    yield from walk(root)


def _menu_texts(menu: QMenu | QMenuBar) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        yield action.toolTip()
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_texts(sub)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """The texts one widget shows itself (not its children)."""
    yield widget.toolTip()
    yield widget.whatsThis()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
    elif isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText()
        yield widget.placeholderText()
    elif isinstance(widget, QTextEdit):
        yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QMenuBar | QMenu):
        yield from _menu_texts(widget)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())


def shown_texts(root: QWidget, leave_out: Iterable[QWidget] = ()) -> list[str]:
    """Every non-empty text ``root`` and its children show, as plain text;
    ``leave_out`` widgets and their children are skipped."""
    skipped = list(leave_out)
    widgets = [
        w
        for w in [root, *root.findChildren(QWidget)]
        if not any(w is s or s.isAncestorOf(w) for s in skipped)
    ]
    texts = (_plain(t) for w in widgets for t in widget_texts(w))
    return [t for t in texts if t and t.strip()]


# ---- what the officer typed ---------------------------------------------------------

#: Case fields holding codes or program data, by (class, attribute), not words
#: the officer typed: an id shown instead of its label must still count as a leak.
CODED_FIELDS = frozenset(
    {
        ("Case", "uuid"),
        ("Case", "status"),
        ("Case", "stages_finished"),
        ("Business", "industry"),
        ("DocumentCheck", "stage"),
        ("DocumentCheck", "document"),
        ("FlagDisposition", "rule"),
        ("ChecklistTick", "item"),
        ("Attachment", "id"),
        ("Attachment", "kind"),
        ("Attachment", "mime"),
        ("Attachment", "sha256"),
    }
)
#: Fields that hold either a known id or the officer's own words.
IDS_OR_WORDS = frozenset({("Proposal", "conditions"), ("Applicant", "marital_status")})


def typed_strings(case: Case) -> list[str]:
    """Every text of ``case`` that the officer (or a document) wrote."""
    out: list[str] = []

    def walk(obj: Any, owner: str, name: str) -> None:
        key = (owner, name)
        if isinstance(obj, Enum) or key in CODED_FIELDS:
            return
        if isinstance(obj, str):
            known_id = key in IDS_OR_WORDS and label(obj.strip().lower()) != obj.strip().lower()
            if obj.strip() and not known_id:
                out.append(obj)
        elif dataclasses.is_dataclass(obj):
            for f in dataclasses.fields(obj):
                walk(getattr(obj, f.name), type(obj).__name__, f.name)
        elif isinstance(obj, dict):
            for value in obj.values():
                walk(value, owner, name)
        elif isinstance(obj, list | tuple):
            for value in obj:
                walk(value, owner, name)

    walk(case, "", "")
    return out


# ---- finding leaks ------------------------------------------------------------------

#: Latin words a Chinese screen or memo may show: units, codes, abbreviations
#: the method itself uses, names of standards and file types.
ALLOWED_LATIN = frozenset(
    {
        "LPR",  # loan prime rate, written so in Chinese banking
        "IRR",
        "PD",
        "LGD",
        "SHA",  # SHA-256 of the case fingerprint
        "PDF",
        "CSV",
        "EXIF",
        "GPS",
        "ID",
        "USD",
        "CNY",
        "EUR",
        "FOB",
        "kWh",
        # key names of shortcuts (Ctrl+Enter)
        "Ctrl",
        "Shift",
        "Alt",
        "Enter",
        "PgUp",
        "PgDown",
    }
)

_CASE_ROOTS = "|".join(f.name for f in dataclasses.fields(Case))
_PATH = re.compile(rf"\b(?:{_CASE_ROOTS})(?:/[A-Za-z0-9_.]+)+")
_SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
_RULE_ID = re.compile(r"\b[a-z]+\.[a-z]+(?:_[a-z0-9]+)+\b")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
#: an amount without grouping: ``-561872.31``, or a whole number of five
#: digits or more next to a currency word or in an ``old → new`` change
_RAW_AMOUNT = re.compile(
    r"(?<![\d,.\w*])[-−]?\d{4,}\.\d{1,2}(?!\d|\.\d|\s*%)"
    r"|(?<![\d,.\w*])[-−]?\d{5,}(?=\s*(?:元|yuan|→))"
    r"|(?:¥|→\s*)[-−]?\d{5,}(?![\d,])"
)
#: a whole number of five digits or more without grouping (300000): a raw
#: amount where nothing is edited (a field being typed in shows what was typed)
_RAW_WHOLE = re.compile(r"(?<![\d,.\w*/:\-−])[-−]?\d{5,}(?![\d,.\w*/:\-])")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
#: a run of Chinese characters, or one Chinese punctuation mark (、，（ …)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[\u3001-\u303f\uff01-\uff5e]")


@dataclass(frozen=True)
class Leak:
    where: str
    kind: str
    token: str
    text: str

    def __str__(self) -> str:
        context = self.text if len(self.text) < 160 else self.text[:157] + "…"
        return f"{self.where}: {self.kind} {self.token!r} in {context!r}"


def _in_typed(token: str, typed: Iterable[str]) -> bool:
    return any(token in s for s in typed)


#: Codes a screen may show as they are: UUIDs, SHA-256 digests, MIME types,
#: file names (a printed memo, a package, a photo).
_CODES = re.compile(
    r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"
    r"|\b[0-9a-f]{16,}\b"
    r"|\b(?:sha256|SHA-256)\b"
    r"|\b(?:image|application|text)/[\w.+-]+"
    r"|[^\s/\\：:（()）]+\.(?:pdf|fcwpkg|jpe?g|png|csv|xlsx)\b"
)


def without_codes(text: str) -> str:
    return _CODES.sub(" ", text)


def _id_leaks(where: str, text: str, typed: list[str], read_only: bool) -> Iterator[Leak]:
    """Internal ids, ISO times and raw amounts in one shown text."""
    patterns = [
        ("case path", _PATH),
        ("rule id", _RULE_ID),
        ("enumeration id", _SNAKE),
        ("ISO timestamp", _ISO_TIME),
        ("raw amount", _RAW_AMOUNT),
    ]
    if read_only:
        patterns.append(("raw amount", _RAW_WHOLE))
    for kind, pattern in patterns:
        for m in pattern.finditer(text):
            if not _in_typed(m.group(), typed):
                yield Leak(where, kind, m.group(), text)


def chinese_leaks(
    where: str, texts: Iterable[str], typed: Iterable[str], *, read_only: bool = True
) -> list[Leak]:
    """What a Chinese screen shows that is not Chinese, a typed text or allowed.
    ``read_only``: nothing on it is being typed in (the history, the memo), so a
    long ungrouped number is a raw amount too."""
    typed = list(typed)
    leaks: list[Leak] = []
    for text in map(without_codes, texts):
        leaks += _id_leaks(where, text, typed, read_only)
        for m in _LATIN_WORD.finditer(text):
            word = m.group()
            if len(word) < 2 or word in ALLOWED_LATIN or _in_typed(word, typed):
                continue
            leaks.append(Leak(where, "English", word, text))
    return leaks


def _neighbours(text: str, at: int) -> tuple[str, str]:
    """The characters before and after ``text[at]``, line breaks skipped (a
    memo's table cell wraps anywhere)."""
    before = text[:at].rstrip()[-1:]
    after = text[at + 1 :].lstrip()[:1]
    return before, after


def english_leaks(
    where: str,
    texts: Iterable[str],
    typed: Iterable[str],
    allowed: Iterable[str] = (),
    *,
    read_only: bool = True,
) -> list[Leak]:
    """What an English screen shows in Chinese that is neither typed nor
    allowed, and any internal id, ISO time or raw amount."""
    typed = [*typed, *allowed]
    leaks: list[Leak] = []
    for text in map(without_codes, texts):
        for m in _CJK.finditer(text):
            token = m.group()
            if len(token) == 1 and not "\u3400" <= token <= "\ufaff":
                # a mark counts with a neighbour: 、 inside a typed note is the
                # officer's, 、 between two typed names is a leak
                before, after = _neighbours(text, m.start())
                if _in_typed(before + token, typed) or _in_typed(token + after, typed):
                    continue
                token = before + token + after
            if not _in_typed(token, typed):
                leaks.append(Leak(where, "Chinese", token, text))
        leaks += _id_leaks(where, text, typed, read_only)
    return leaks
