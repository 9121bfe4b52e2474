"""What every stage page shares: help text, labelled form sections, documents.

A page is built from a :class:`domain.workflow.Stage` (its field labels and
which are required) and the stage's texts from ``resources/workflow.toml``.
Required fields carry a ``*`` after their label.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.case import Case, DocumentCheck
from domain.i18n import CONTEXT
from domain.workflow import Applicability, Stage, StageTexts, applies
from ui.undo import EditContext


def tr(text: str) -> str:
    """Translate a source string of the stage pages."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_domain(text: str) -> str:
    """Translate an English label marked with ``tr_noop`` in the domain."""
    return QCoreApplication.translate(CONTEXT, text)


def stage_heading(short: str, title: str, sep: str = "　") -> str:
    """The method's Chinese step name, plus the translated title when that adds
    something: 人品 in Chinese (the translation would repeat it in other words,
    下户调查 实地调查), "人品　Character" in English."""
    if title == short or any("\u4e00" <= ch <= "\u9fff" for ch in title):
        return short
    return f"{short}{sep}{title}"


class StagePage(QScrollArea):
    """A scrollable page: help, sections (QFormLayout), document checklist."""

    def __init__(
        self,
        ctx: EditContext,
        stage: Stage,
        texts: StageTexts,
        rules: Applicability,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.stage, self.texts, self.rules = ctx, stage, texts, rules
        self.setWidgetResizable(True)
        # Tab goes from field to field; the page itself is no stop of its own
        # (it scrolls to the focused field by itself)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName(f"stage_{stage.id}")
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = stage_heading(stage.short, tr_domain(stage.title))
        title = QLabel(f"<h2>{heading}</h2>")
        self.body.addWidget(title)
        if texts.help:
            help_label = QLabel(texts.help)
            help_label.setWordWrap(True)
            help_label.setObjectName("stageHelp")
            help_label.setStyleSheet(
                "background:#f3f6fa;border:1px solid #d5dde8;padding:6px;color:#334;"
            )
            self.body.addWidget(help_label)
        self._conditional: list[tuple[QWidget, str]] = []
        self.setWidget(body)
        self.build()
        if texts.documents:
            self.body.addWidget(DocumentChecklist(ctx, stage.id, texts))
        self.body.addStretch(1)
        self.refresh_applicability()

    @property
    def case(self) -> Case:
        return self.ctx.case

    def build(self) -> None:
        """Subclasses add their sections here."""

    def section(self, title: str, when: str = "") -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.body.addWidget(box)
        if when:
            self._conditional.append((box, when))
        return form

    def label(self, path: str, fallback: str = "") -> str:
        """Translated label of a field of this stage; ``*`` when required."""
        spec = self.stage.field(path)
        if spec is None:
            return fallback or path
        text = tr_domain(spec.label)
        return f"{text} *" if spec.required else text

    def add(self, form: QFormLayout, path: str, widget: QWidget, fallback: str = "") -> Any:
        form.addRow(self.label(path, fallback), widget)
        return widget

    def refresh_applicability(self) -> None:
        """Show sections that apply to the case's business (exporter, water …)."""
        for widget, when in self._conditional:
            widget.setVisible(applies(self.case, when, self.rules))


class DocumentChecklist(QGroupBox):
    """Documents of a stage: received and original seen (case.documents)."""

    def __init__(self, ctx: EditContext, stage_id: str, texts: StageTexts) -> None:
        super().__init__(tr("Documents"))
        self.ctx, self.stage_id = ctx, stage_id
        grid = QGridLayout(self)
        grid.addWidget(QLabel(tr("Received")), 0, 1)
        grid.addWidget(QLabel(tr("Original seen")), 0, 2)
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        for row, doc in enumerate(texts.documents, start=1):
            grid.addWidget(QLabel(doc.label), row, 0)
            for col, attr in ((1, "received"), (2, "original_seen")):
                box = QCheckBox()
                box.setObjectName(f"doc_{stage_id}_{doc.id}_{attr}")
                box.clicked.connect(
                    lambda checked, d=doc.id, a=attr: self._tick(d, a, bool(checked))
                )
                grid.addWidget(box, row, col)
                self.boxes[(doc.id, attr)] = box
        grid.setColumnMinimumWidth(0, 260)
        grid.setColumnStretch(3, 1)
        ctx.changed.connect(self._on_changed)
        self.load()

    def _tick(self, doc_id: str, attr: str, checked: bool) -> None:
        docs = copy.deepcopy(self.ctx.case.documents)
        entry = next((d for d in docs if d.stage == self.stage_id and d.document == doc_id), None)
        if entry is None:
            entry = DocumentCheck(self.stage_id, doc_id)
            docs.append(entry)
        setattr(entry, attr, checked)
        self.ctx.edit("documents", docs, tr("Documents"), merge=False)

    def _on_changed(self, path: str) -> None:
        if path == "documents":
            self.load()

    def load(self) -> None:
        for (doc_id, attr), box in self.boxes.items():
            entry = next(
                (
                    d
                    for d in self.ctx.case.documents
                    if d.stage == self.stage_id and d.document == doc_id
                ),
                None,
            )
            box.setChecked(bool(entry and getattr(entry, attr)))
