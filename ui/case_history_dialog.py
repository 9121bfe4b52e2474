"""``CaseHistoryDialog``: a case's audit entries and access log, two tabs.

The dialog runs no query: it is handed the lists (and the chain check) by
service callables. "Export access log…" writes a CSV for an inspection through
the ``save_bytes`` service (the UI writes no file itself).

Each change reads in words: the field by :func:`domain.path_labels.case_path_label`
(调查人员第2项, not ``visits/0/officers/1``), old and new values by
:func:`domain.field_values.value_text` (``¥300,000.00``, a time to the minute,
a choice by its label), program-written reasons by :mod:`domain.audit_reasons`.
Ids whose names live outside the domain (industries, the workflow's documents,
the rule pack's checklist items) are named by :func:`id_names`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.audit_reasons import audit_message
from domain.field_values import Shown, value_text
from domain.formula_escape import csv_text
from domain.i18n import Message
from domain.path_labels import case_path_label
from domain.ports import AuditEntry
from ui.industries import INDUSTRIES
from ui.interaction import Interaction
from ui.locale_format import current_language
from ui.screen_fit import fit_to_screen
from ui.workstation_services import AccessLine, ChainStatus

Names = Mapping[str, Mapping[str, Shown]]


def _when(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(len(headers)):
        if table.columnWidth(c) > 260:
            table.setColumnWidth(c, 260)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _shown(value: Shown) -> str:
    return value.render(QCoreApplication.translate) if isinstance(value, Message) else value


def field_text(path: str) -> str:
    """A changed field's path (``visits/0/officers/1``) in the officer's words
    (调查人员第2项), as the stage page and the memo name it."""
    if path == "payload":  # a purge replaces the whole case (storage.archive)
        return QCoreApplication.translate("CaseHistoryDialog", "Case contents")
    if path.startswith("attachment/"):  # the stored file itself (its id after the slash)
        return QCoreApplication.translate("CaseHistoryDialog", "Attachment")
    return _shown(case_path_label(path))


def id_names(checklist: Mapping[Any, Sequence[Any]] | None = None) -> dict[str, dict[str, Shown]]:
    """Names of the ids the history shows whose words live outside the domain:
    industries, the documents of ``resources/workflow.toml`` and the items of
    the rule pack's ``checklist`` (``FraudSettings.checklist``) when given."""
    from ui.case_editor import load_workflow_texts  # the editor's own reading of the file

    chinese = current_language() != "en_US"
    texts = load_workflow_texts()
    documents = {d.id: d.label for st in texts.stages.values() for d in st.documents}
    items = {
        item.id: item.zh if chinese else item.en
        for category in (checklist or {}).values()
        for item in category
    }
    return {
        "business/industry": {key: Message(source) for key, source in INDUSTRIES.items()},
        "documents/document": documents,
        "checklist/item": items,
    }


def audit_action_text(action: str) -> str:
    """An audit action id (``create``, ``status``…) in the officer's words."""
    names = {
        "create": QCoreApplication.translate("CaseHistoryDialog", "created"),
        "edit": QCoreApplication.translate("CaseHistoryDialog", "changed"),
        "status": QCoreApplication.translate("CaseHistoryDialog", "status changed"),
        "attach": QCoreApplication.translate("CaseHistoryDialog", "attachment added"),
        "import": QCoreApplication.translate("CaseHistoryDialog", "imported"),
        "archive": QCoreApplication.translate("CaseHistoryDialog", "archived"),
        "purge": QCoreApplication.translate("CaseHistoryDialog", "purged"),
        "erase": QCoreApplication.translate("CaseHistoryDialog", "personal data erased"),
        "migrate": QCoreApplication.translate("CaseHistoryDialog", "log format upgraded"),
    }
    return names.get(action, action)


def stored_text(stored: str) -> str:
    """A reason or value the program wrote (``memo printed as …``) in the
    officer's language; the officer's own words as they were typed."""
    message = audit_message(stored)
    return message.render(QCoreApplication.translate) if message is not None else stored


def erased_text(at: datetime) -> str:
    """What stands for values purge erased (docs/SECURITY.md): when they went."""
    return QCoreApplication.translate("CaseHistoryDialog", "(erased {date})").format(
        date=at.astimezone().date().isoformat()
    )


def change_text(field: str, old: str, new: str, names: Names | None = None) -> str:
    """``old → new`` of one audit entry, each value as the officer reads it."""

    def shown(value: str) -> str:
        message = audit_message(value)
        if message is not None:
            return _shown(message)
        return _shown(value_text(field, value, names))

    if old in ("[]", "{}") and not new:  # an empty list got its first items (rows of their own)
        return QCoreApplication.translate("CaseHistoryDialog", "— → filled in")
    old_text, new_text = shown(old), shown(new)
    return f"{old_text} → {new_text}" if old_text else new_text


class CaseHistoryDialog(QDialog):
    """History (audit entries) and access log of one case."""

    def __init__(
        self,
        case_number: str,
        entries: Sequence[AuditEntry],
        accesses: Sequence[AccessLine],
        chain: ChainStatus | None,
        interaction: Interaction,
        save_bytes: Callable[[Path, bytes], None] | None = None,
        parent: QWidget | None = None,
        names: Names | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_number = case_number
        names = id_names() if names is None else names
        self.interaction = interaction
        self._save_bytes = save_bytes
        self.setWindowTitle(self.tr("History of case {number}").format(number=case_number))
        fit_to_screen(self, 980, 560)

        self.chain_label = QLabel(self.chain_text(chain))
        self.chain_label.setProperty("role", "hint" if chain is None or chain.ok else "fieldError")
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.audit_rows = [
            [
                _when(e.at),
                e.actor,
                audit_action_text(e.action),
                field_text(e.field),
                erased_text(e.erased_at)
                if e.erased_at is not None
                else change_text(e.field, e.old, e.new, names),
                stored_text(e.reason),
            ]
            for e in entries
        ]
        self.audit_table = _table(
            [
                self.tr("Time"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Old → new"),
                self.tr("Reason"),
            ],
            self.audit_rows,
        )
        self.access_rows = [[_when(a.at), a.actor, self.action_text(a.action)] for a in accesses]
        self._access_raw = [[a.at.isoformat(), a.actor, a.action] for a in accesses]
        self.access_table = _table(
            [self.tr("Time"), self.tr("Who"), self.tr("Action")], self.access_rows
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.audit_table, self.tr("Changes ({n})").format(n=len(entries)))
        self.tabs.addTab(self.access_table, self.tr("Access log ({n})").format(n=len(accesses)))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export access log…"))
        self.export_button.setEnabled(save_bytes is not None)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_access_log)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def chain_text(self, chain: ChainStatus | None) -> str:
        if chain is None:
            return self.tr("Audit chain not checked.")
        if chain.ok:
            return self.tr("Audit chain intact")
        why = chain.reason.render(QCoreApplication.translate) if chain.reason else ""
        return self.tr("Audit chain broken at entry {seq}. {why}").format(
            seq=chain.first_broken_seq, why=why
        )

    def action_text(self, action: str) -> str:
        names = {
            "open": self.tr("opened"),
            "print": self.tr("memo printed"),
            "export": self.tr("exported"),
        }
        return names.get(action, action)

    def access_csv(self) -> bytes:
        """The access log as CSV (UTF-8 with BOM, so that Excel shows the Chinese)."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["case", "time", "who", "action"])
        for row in self._access_raw:
            # No text runs as a formula in a spreadsheet (docs/SECURITY.md).
            writer.writerow([csv_text(v) for v in (self.case_number, *row)])
        return ("\ufeff" + out.getvalue()).encode("utf-8")

    def export_access_log(self) -> Path | None:
        if self._save_bytes is None:
            return None
        name = self.interaction.ask_save_file(
            self,
            self.tr("Export access log"),
            f"{self.case_number}-access-log.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        try:
            self._save_bytes(path, self.access_csv())
        except OSError as exc:
            self.interaction.error(self, self.tr("Access log not exported"), str(exc))
            return None
        self.interaction.info(
            self, self.tr("Access log exported"), self.tr("Written to {path}.").format(path=path)
        )
        return path
