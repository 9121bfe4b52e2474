"""The case window: the stages of the field method beside the stage page.

``CaseEditor(case, store, actor, assess=..., clock=...)`` shows the stages
that :func:`domain.workflow.stages_for` returns, in that order, each with its
completeness; saves every edit through ``store.save`` after a short pause
(:mod:`ui.autosave`); undoes and redoes field edits (:mod:`ui.undo`). The
"finish stage" button lists what is missing instead of finishing; nothing
ever blocks saving.

Keys: Ctrl+PgDown / Alt+Right next stage, Ctrl+PgUp / Alt+Left previous,
Ctrl+Z undo, Ctrl+Shift+Z (or Ctrl+Y) redo, Ctrl+S save now, Ctrl+Enter finish stage.
"""

from __future__ import annotations

import inspect
import tomllib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.case import Case
from domain.paths import resource_path
from domain.ports import Actor, CaseStore, SaveResult
from domain.workflow import (
    Stage,
    WorkflowTexts,
    completeness,
    missing_labels,
    progress_percent,
    stages_for,
    workflow_texts_from_dict,
)
from ui.autosave import Autosave, Debouncer
from ui.interaction import Interaction
from ui.photos import PhotoPanel
from ui.stages import PAGES
from ui.stages.base import StagePage, tr_domain
from ui.stages.verification import VerificationPage
from ui.stages.visit import VisitPage
from ui.undo import EditContext
from ui.verification_panel import AssessFn


def tr(text: str) -> str:
    """Translate a source string (empty context, collected by lupdate)."""
    return QCoreApplication.translate("", text)


def load_workflow_texts() -> WorkflowTexts:
    """The shipped ``resources/workflow.toml`` (help, 三看三不看, checklists)."""
    with resource_path("workflow.toml").open("rb") as fh:
        return workflow_texts_from_dict(tomllib.load(fh))


_FIELD_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QAbstractItemView)


class _UndoKeysToEditor(QObject):
    """Line and text edits keep Ctrl+Z for their own undo; send it to the case's stack."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = event.keyCombination().toCombined()
            for std in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
                if any(seq[0].toCombined() == combo for seq in QKeySequence.keyBindings(std)):
                    return True  # not accepted: the window's shortcut fires
            if combo == QKeySequence("Ctrl+Shift+Z")[0].toCombined():
                return True
        return False


class CaseEditor(QMainWindow):
    """One case, edited stage by stage. See the module docstring."""

    stage_changed = Signal(str)

    def __init__(
        self,
        case: Case,
        store: CaseStore,
        actor: Actor,
        *,
        assess: AssessFn | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
        interaction: Interaction | None = None,
        texts: WorkflowTexts | None = None,
        timer: Debouncer | None = None,
        delay_s: float = 1.5,
    ) -> None:
        super().__init__(parent)
        self.case, self.store, self.actor = case, store, actor
        self._store_takes_progress = "progress" in inspect.signature(store.save).parameters
        self.clock: Callable[[], datetime] = clock or datetime.now
        self.interaction = interaction or Interaction()
        self.texts = texts or load_workflow_texts()
        self.rules = self.texts.applicability
        self.undo_stack = QUndoStack(self)
        self.ctx = EditContext(
            case, self.undo_stack, today=lambda: self.clock().date(), parent=self
        )
        self.autosave = Autosave(
            self._save, timer=timer, delay_s=delay_s, clock=self.clock, parent=self
        )
        self.setWindowTitle(self._title())
        self.resize(1280, 860)

        self.stages: list[Stage] = stages_for(case, self.rules)
        self.stepper = QListWidget()
        self.stepper.setObjectName("stepper")
        self.stepper.setMinimumWidth(230)
        self.stepper.setMaximumWidth(320)
        self.stepper.setWordWrap(True)
        self.stepper.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stepper.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages = QStackedWidget()
        self.page_by_id: dict[str, StagePage] = {}
        self._undo_filter = _UndoKeysToEditor(self)
        for stage in self.stages:
            page = PAGES[stage.id](self.ctx, stage, self.texts.for_stage(stage.id), self.rules)
            self.page_by_id[stage.id] = page
            self.pages.addWidget(page)
            self.stepper.addItem("")
        self._attach_extras(assess)
        for widget in self.pages.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.installEventFilter(self._undo_filter)

        self.finish_button = QPushButton(tr("Finish stage"))
        self.finish_button.setObjectName("finish_stage")
        self.finish_button.clicked.connect(self.finish_current_stage)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color:#8a4b00;")
        self.progress_label = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.finish_button)
        bottom.addWidget(self.missing_label, 1)
        bottom.addWidget(self.progress_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pages, 1)
        right_layout.addLayout(bottom)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.stepper, 1)
        looks = QLabel("\n".join(self.texts.three_looks))
        looks.setObjectName("three_looks")
        looks.setStyleSheet("color:#55606e;padding:6px;")
        left_layout.addWidget(looks)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.save_label = QLabel()
        self.save_label.setObjectName("save_status")
        self.save_label.setText(tr("All changes saved"))
        self.statusBar().addPermanentWidget(self.save_label)
        self.autosave.status_changed.connect(self.save_label.setText)
        self.autosave.failed.connect(
            lambda text: self.statusBar().showMessage(
                tr("Not saved: {error}").replace("{error}", text)
            )
        )
        self._build_actions()
        self.ctx.changed.connect(self._on_changed)
        self.stepper.currentRowChanged.connect(self._on_stepper)
        self.stepper.setCurrentRow(0)
        self._refresh_stepper()

    # -- construction ----------------------------------------------------
    def _attach_extras(self, assess: AssessFn | None) -> None:
        visit = self.page_by_id.get("visit")
        if isinstance(visit, VisitPage):
            self.photos = PhotoPanel(self.ctx, self.store, self.actor, self.interaction, self.clock)
            visit.photos_form.addRow(self.photos)
        verification = self.page_by_id.get("verification")
        if isinstance(verification, VerificationPage):
            verification.set_assess(assess)

    def _build_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, tr("Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.undo_stack.createRedoAction(self, tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        finish = QAction(tr("Finish stage"), self)
        finish.setShortcut(QKeySequence("Ctrl+Return"))
        finish.triggered.connect(self.finish_current_stage)
        save = QAction(tr("Save now"), self)
        save.setShortcut(QKeySequence("Ctrl+S"))
        save.triggered.connect(self.autosave.flush)
        menu = self.menuBar().addMenu(tr("Edit"))
        for action in (undo, redo, save, finish):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            menu.addAction(action)
        self.undo_action, self.redo_action = undo, redo
        for keys, step in (
            ("Ctrl+PgDown", 1),
            ("Alt+Right", 1),
            ("Ctrl+PgUp", -1),
            ("Alt+Left", -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self.go(s))

    # -- saving ----------------------------------------------------------
    def _save(self) -> SaveResult:
        # The workspace store also keeps the case list's progress column up to
        # date when given it; the CaseStore protocol does not require that.
        if self._store_takes_progress:
            save: Any = self.store.save
            result: SaveResult = save(
                self.case, self.actor, progress=progress_percent(self.case, self.rules)
            )
        else:
            result = self.store.save(self.case, self.actor)
        self.case.version = result.version
        return result

    def _title(self) -> str:
        name = self.case.display_name or tr("New case")
        return f"{self.case.number}  {name}".strip()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.autosave.flush():
            keep_open = not self.interaction.confirm(
                self,
                tr("Not saved"),
                tr("The last changes could not be saved. Close anyway and lose them?"),
                tr("Close"),
            )
            if keep_open:
                event.ignore()
                return
        event.accept()

    # -- stages ----------------------------------------------------------
    def current_stage(self) -> Stage:
        return self.stages[self.pages.currentIndex()]

    def go(self, step: int) -> None:
        row = self.stepper.currentRow() + step
        if 0 <= row < self.stepper.count():
            self.stepper.setCurrentRow(row)

    def show_stage(self, stage_id: str) -> None:
        ids = [s.id for s in self.stages]
        self.stepper.setCurrentRow(ids.index(stage_id))

    def _on_stepper(self, row: int) -> None:
        if row < 0:
            return
        self.autosave.flush()
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        on_shown = getattr(page, "on_shown", None)
        if callable(on_shown):
            on_shown()
        self.missing_label.clear()
        self._focus_first(page)
        self.stage_changed.emit(self.stages[row].id)

    def _focus_first(self, page: QWidget) -> None:
        for widget in page.findChildren(QWidget):
            if (
                isinstance(widget, _FIELD_TYPES)
                and widget.isVisibleTo(page)
                and (widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            ):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def finish_current_stage(self) -> bool:
        """Finish the stage shown, or list what it still needs. True when finished."""
        stage = self.current_stage()
        missing = missing_labels(self.case, stage.id, self.rules)
        if missing:
            names = "、".join(tr_domain(m) for m in missing)
            self.missing_label.setText(
                tr("To finish this stage, fill in: {fields}").replace("{fields}", names)
            )
            return False
        self.missing_label.setText(tr("Stage finished."))
        if stage.id not in self.case.stages_finished:
            self.ctx.edit(
                "stages_finished",
                [*self.case.stages_finished, stage.id],
                tr("Finish stage"),
                merge=False,
            )
        return True

    def _on_changed(self, path: str) -> None:
        self.autosave.touch()
        if path in ("business/exporter", "business/industry", "business"):
            self.stages = stages_for(self.case, self.rules)
            for stage in self.stages:
                page = self.page_by_id[stage.id]
                page.stage = stage
                page.refresh_applicability()
        self._refresh_stepper()
        self.setWindowTitle(self._title())

    def _refresh_stepper(self) -> None:
        status = completeness(self.case, self.rules)
        for row, stage in enumerate(self.stages):
            st = status[stage.id]
            total = len(st.done_fields) + len(st.missing_fields)
            finished = stage.id in self.case.stages_finished and st.complete
            mark = "✔" if finished else ("●" if st.complete else "○")
            counts = f"{len(st.done_fields)}/{total}" if total else ""
            title = tr_domain(stage.title)
            name = stage.short if title == stage.short else f"{stage.short}  {title}"
            text = f"{mark} {row + 1}. {name}  {counts}"
            self.stepper.item(row).setText(text)
        self.progress_label.setText(
            tr("Progress {percent}%").replace(
                "{percent}", str(progress_percent(self.case, self.rules))
            )
        )

    # -- for tests and the main window ----------------------------------
    def page(self, stage_id: str) -> Any:
        return self.page_by_id[stage_id]


class CaseEditorOpener:
    """The main window's ``open_case(uuid)``: one editor window per case.

    Keeps the windows alive, brings an already open case to the front instead
    of opening it twice, and flushes every open editor on :meth:`close_all`
    (the idle lock and quitting call it).
    """

    def __init__(
        self,
        store: CaseStore,
        actor: Actor,
        *,
        assess: AssessFn | None = None,
        clock: Callable[[], datetime] | None = None,
        interaction: Interaction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.store, self.actor = store, actor
        self.assess, self.clock, self.interaction, self.parent = assess, clock, interaction, parent
        self.editors: dict[str, CaseEditor] = {}

    def __call__(self, case_id: str) -> None:
        self.open(case_id)

    def open(self, case_id: str) -> CaseEditor:
        case = self.store.load(case_id)
        editor = self.editors.get(case.uuid)
        if editor is None or not editor.isVisible():
            editor = CaseEditor(
                case,
                self.store,
                self.actor,
                assess=self.assess,
                clock=self.clock,
                parent=self.parent,
                interaction=self.interaction,
            )
            if self.parent is not None:
                editor.setWindowFlag(Qt.WindowType.Window, True)
            self.editors[case.uuid] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def close_all(self) -> bool:
        """Save and close every editor; False if one refused (unsaved changes kept)."""
        closed = True
        for uuid, editor in list(self.editors.items()):
            if editor.isVisible() and not editor.close():
                closed = False
                continue
            self.editors.pop(uuid, None)
        return closed
