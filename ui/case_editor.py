"""The case window: the stages of the field method beside the stage page.

``CaseEditor(case, store, actor, assess=..., clock=...)`` shows the stages
that :func:`domain.workflow.stages_for` returns, in that order, each with its
completeness; saves every edit through ``store.save`` after a short pause
(:mod:`ui.autosave`); undoes and redoes field edits (:mod:`ui.undo`). The
"finish stage" button lists what is missing instead of finishing; nothing
ever blocks saving.

The 交叉检验 stage shows the checks and the fraud flags of one assessment;
the header shows the red and amber flag counts, which each save hands the
store (when its ``save`` takes ``red=``/``amber=``) for the case list's
badges. Finishing the 结论 stage is refused while a red flag is pending
without an override (:func:`domain.fraud.dispositions.can_finalise`); a
print or export action asks :meth:`CaseEditor.finalise_check` first. The
自编报表 stage imports bank statements when ``parse_statement_file`` is given.
A flag's "go to field" opens the stage holding the field and focuses it. The
flags live in a dock reachable from every stage (:mod:`ui.flags_dock`,
:meth:`CaseEditor.show_flags`, Ctrl+Shift+F); an evidence link to an estimate
shows its row in the spreading view (:meth:`CaseEditor.go_to_check`).

Keys (listed in the Stage menu): Ctrl+PgDown / Alt+Right next stage,
Ctrl+PgUp / Alt+Left previous, Alt+1 … Alt+8 a stage by its number,
Ctrl+Z undo, Ctrl+Shift+Z (or Ctrl+Y) redo, Ctrl+S save now, Ctrl+Enter finish stage.
"""

from __future__ import annotations

import contextlib
import dataclasses
import tomllib
from collections.abc import Callable
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
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

from domain import lifecycle
from domain.case import Case
from domain.enums import CaseStatus
from domain.fraud.dispositions import can_finalise, open_flag_counts
from domain.fraud.settings import fraud_settings
from domain.invalid_values import invalid_values
from domain.paths import resource_path
from domain.ports import Actor, CaseStore, SaveResult
from domain.value_bounds import value_bounds_from_dict
from domain.workflow import (
    Stage,
    WorkflowTexts,
    completeness,
    field_key,
    missing_labels,
    progress_percent,
    stages_for,
    workflow_texts_from_dict,
)
from ui.autosave import Autosave, Debouncer
from ui.flags_dock import install_flags_dock
from ui.interaction import Interaction
from ui.locale_format import current_language
from ui.next_step import NextStepBar
from ui.photos import PhotoPanel
from ui.screen_fit import fit_to_screen
from ui.site_plot import SitePlotView
from ui.stages.bank_statements import BankStatementSection, ParseFileFn
from ui.stages.base import StagePage, stage_heading, tr_domain
from ui.stages.conclusion import ConclusionPage
from ui.stages.fields import tr_msg, words_list
from ui.stages.pages import PAGES
from ui.stages.statements import StatementsPage
from ui.stages.verification import VerificationPage
from ui.stages.visit import VisitPage
from ui.undo import EditContext
from ui.verification_panel import AssessFn


def tr(text: str) -> str:
    """Translate a source string (empty context, collected by lupdate)."""
    return QCoreApplication.translate("", text)


def load_workflow_texts() -> WorkflowTexts:
    """The shipped ``resources/workflow.toml`` (help, 三看三不看, checklists),
    with the value bounds of ``resources/value_bounds.toml``."""
    with resource_path("value_bounds.toml").open("rb") as fh:
        bounds = value_bounds_from_dict(tomllib.load(fh))
    with resource_path("workflow.toml").open("rb") as fh:
        return workflow_texts_from_dict(tomllib.load(fh), current_language(), bounds)


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
        parse_statement_file: ParseFileFn | None = None,
        rule_pack: Callable[[], Any] | None = None,
        print_memo: Callable[[str], None] | None = None,
        export_case: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.case, self.store, self.actor = case, store, actor
        self._print_memo = print_memo
        self._export_case = export_case
        self._assess = assess
        self.rule_pack = rule_pack
        self.flags: list[Any] = []
        self.assessment: Any = None  # the last assessment (its flags, what it asks for)
        self.clock: Callable[[], datetime] = clock or datetime.now
        self.interaction = interaction or Interaction()
        self.texts = texts or load_workflow_texts()
        self.rules = self.texts.applicability
        self.undo_stack = QUndoStack(self)
        self.ctx = EditContext(
            case,
            self.undo_stack,
            today=lambda: self.clock().date(),
            parent=self,
            now=lambda: self.clock().astimezone(),
        )
        self.autosave = Autosave(
            self._save, timer=timer, delay_s=delay_s, clock=self.clock, parent=self
        )
        self.setWindowTitle(self._title())
        fit_to_screen(self, 1280, 860)

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
        self._attach_extras(assess, parse_statement_file)
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
        self.flag_counts = QLabel()
        self.flag_counts.setObjectName("flag_counts")
        self.flag_counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.flag_counts.setContentsMargins(8, 4, 16, 4)
        self.flag_counts.setToolTip(tr("Fraud flags of the last assessment (交叉检验)"))
        self.next_step = NextStepBar()
        self.next_step.moveRequested.connect(self.make_move)
        self.next_step.reopenRequested.connect(self.reopen)
        self.next_step.blockerActivated.connect(self.go_to_blocker)
        right_layout.addWidget(self.next_step)
        header = QHBoxLayout()
        header.addWidget(self.flag_counts, 1)
        self.flags_button = QPushButton(tr("Show the fraud flags"))
        self.flags_button.setObjectName("header_show_flags")
        self.flags_button.clicked.connect(self.show_flags)
        self.flags_button.setVisible(assess is not None)
        header.addWidget(self.flags_button)
        right_layout.addLayout(header)
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
        if self._assess is not None:
            self._refresh_flags_quietly()  # the header's counts from the start
        self._apply_editability()
        self._refresh_next_step()

    # -- construction ----------------------------------------------------
    def _attach_extras(self, assess: AssessFn | None, parse_file: ParseFileFn | None) -> None:
        visit = self.page_by_id.get("visit")
        if isinstance(visit, VisitPage):
            self.photos = PhotoPanel(self.ctx, self.store, self.actor, self.interaction, self.clock)
            visit.photos_form.addRow(self.photos)
            visit.photos_form.addRow(SitePlotView(self.ctx))  # where they were taken
        statements = self.page_by_id.get("statements")
        if isinstance(statements, StatementsPage):
            self.bank_statements = BankStatementSection(
                self.ctx,
                parse_statement_file=parse_file,
                interaction=self.interaction,
                rule_pack=self.rule_pack,
                assess=(lambda: self.assess_now()) if assess is not None else None,
            )
            statements.bank_form.addRow(self.bank_statements)
        verification = self.page_by_id.get("verification")
        if isinstance(verification, VerificationPage):
            verification.set_assess(self._assess_case if assess is not None else None)
            self.flags_panel = verification.attach_flags(
                officer=self.actor.name, now=self.clock, checklist=self._checklist()
            )
            self.flags_panel.goToField.connect(self.go_to_field)
            self.flags_panel.goToCheck.connect(self.go_to_check)
            self.flags_dock = install_flags_dock(self, self.flags_panel)
            verification.show_flags_button.clicked.connect(self.show_flags)
        conclusion = self.page_by_id.get("conclusion")
        if isinstance(conclusion, ConclusionPage):
            conclusion.set_assess((lambda: self.assess_now()) if assess is not None else None)

    def _checklist(self) -> Any:
        if self.rule_pack is None:
            return None
        try:
            return fraud_settings(self.rule_pack(), self.case.business.industry).checklist
        except Exception:  # a broken pack must not stop the editor
            return None

    # -- assessment and flags ---------------------------------------------
    def _assess_case(self, case: Case) -> Any:
        """Run the engine, keep its flags, update the header counts."""
        assert self._assess is not None
        result = self._assess(case)
        self.assessment = result
        self.flags = list(getattr(result, "flags", None) or [])
        self._show_flag_counts()
        return result

    def assess_now(self) -> Any:
        """The current assessment of the case (``None`` without an engine)."""
        if self._assess is None:
            return None
        verification = self.page_by_id.get("verification")
        if isinstance(verification, VerificationPage):
            result = verification._assess_and_keep(self.case)
            return result
        return self._assess_case(self.case)

    def _refresh_flags_quietly(self) -> None:
        with contextlib.suppress(Exception):  # the engine must not stop saving
            self.assess_now()

    def flag_count(self, severity: str) -> int:
        """Flags of ``severity`` the officer has not dismissed (pending or confirmed)."""
        red, amber = open_flag_counts(self.case, ((f.rule, f.severity) for f in self.flags))
        return red if severity == "red" else amber if severity == "amber" else 0

    def _show_flag_counts(self) -> None:
        red, amber = self.flag_count("red"), self.flag_count("amber")
        self.flag_counts.setText(
            tr(
                "Fraud flags: <b style='color:#c62828'>● red {red}</b> · "
                "<b style='color:#b07800'>● amber {amber}</b>"
            )
            .replace("{red}", str(red))
            .replace("{amber}", str(amber))
        )

    def finalise_check(self) -> tuple[bool, str]:
        """Whether the memo may be printed or the case exported, and why not.

        Re-assesses the case; a red flag pending without an override refuses.
        """
        if self._assess is None:
            return True, ""
        try:
            self.assess_now()
        except Exception as exc:
            return False, tr("The checks could not be computed: {error}").replace(
                "{error}", str(exc)
            )
        ok, why = can_finalise(self.case, self.flags)
        return ok, tr_msg(why)

    # -- go to field -------------------------------------------------------
    def stage_of_path(self, path: str) -> str | None:
        """The stage whose fields hold ``path`` (a flag's ``/a/b`` or ``a/b``)."""
        p = path.strip("/")
        for exact in (True, False):
            for stage in self.stages:
                for f in stage.fields:
                    if p == f.path or (
                        not exact and (p.startswith(f.path + "/") or f.path.startswith(p + "/"))
                    ):
                        return stage.id
        widget = self._widget_for(p)
        if widget is not None:
            for stage_id, page in self.page_by_id.items():
                if page.isAncestorOf(widget):
                    return stage_id
        return None

    def _widget_for(self, p: str, page: QWidget | None = None) -> QWidget | None:
        roots = [page] if page is not None else list(self.page_by_id.values())
        best: QWidget | None = None
        best_len = -1
        for root in roots:
            for widget in root.findChildren(QWidget):
                name = widget.objectName()
                if not name or "#" in name:
                    continue
                hit = name == p or p.startswith(name + "/") or name.startswith(p + "/")
                if hit and name == p:
                    return widget
                if hit and len(name) > best_len and p.startswith(name):
                    best, best_len = widget, len(name)
                elif hit and best is None:
                    best = widget
        return best

    def go_to_field(self, path: str) -> bool:
        """Open the stage holding ``path`` and focus its widget (best effort)."""
        stage_id = self.stage_of_path(path)
        if stage_id is None:
            self.statusBar().showMessage(
                tr("No field of the editor shows {path}.").replace("{path}", path)
            )
            return False
        self.show_stage(stage_id)
        page = self.page_by_id[stage_id]
        p = path.strip("/")
        widget = self._widget_for(p, page)
        if widget is None:
            return True
        page.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QAbstractItemView):
            rest = p[len(widget.objectName()) :].strip("/").split("/")
            if rest and rest[0].isdigit():
                model = widget.model()
                row = int(rest[0])
                if 0 <= row < model.rowCount():
                    widget.setCurrentIndex(model.index(row, 0))
        return True

    def show_flags(self) -> bool:
        """Open the fraud flags' dock over whatever stage is shown."""
        dock = getattr(self, "flags_dock", None)
        if dock is None:
            return False
        dock.open()
        dock.panel.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def go_to_check(self, check_id: str) -> None:
        """Show a check of 交叉检验 in its spreading view (an evidence link)."""
        self.show_stage("verification")
        page = self.page_by_id["verification"]
        spreading = page.panel.spreading
        if spreading.select_check(check_id):
            page.ensureWidgetVisible(spreading.table)
            spreading.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, tr("Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.undo_stack.createRedoAction(self, tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        finish = QAction(tr("Finish stage"), self)
        finish.setShortcut(QKeySequence("Ctrl+Return"))
        finish.triggered.connect(self.finish_current_stage)
        self.finish_action = finish
        save = QAction(tr("Save now"), self)
        save.setShortcut(QKeySequence("Ctrl+S"))
        save.triggered.connect(self.autosave.flush)
        actions = [undo, redo, save, finish]
        if self._print_memo is not None:
            print_memo = QAction(tr("Print memo…"), self)
            print_memo.setShortcut(QKeySequence("Ctrl+P"))
            print_memo.triggered.connect(self.print_memo)
            actions.append(print_memo)
        menu = self.menuBar().addMenu(tr("Edit"))
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            menu.addAction(action)
        self.undo_action, self.redo_action = undo, redo
        # the stage keys in a menu of their own, so that the officer can find them
        stages = self.menuBar().addMenu(tr("Stage"))
        for text, keys, step in (
            (tr("Next stage"), ("Ctrl+PgDown", "Alt+Right"), 1),
            (tr("Previous stage"), ("Ctrl+PgUp", "Alt+Left"), -1),
        ):
            move = QAction(text, self)
            move.setShortcuts([QKeySequence(k) for k in keys])
            move.triggered.connect(lambda _checked=False, s=step: self.go(s))
            self.addAction(move)
            stages.addAction(move)
        dock = getattr(self, "flags_dock", None)
        if dock is not None and dock.toggle_action is not None:
            stages.addAction(dock.toggle_action)
        stages.addSeparator()
        self.stage_actions: list[QAction] = []
        for row, stage in enumerate(self.stages):
            jump = QAction(f"{row + 1}. {stage_heading(stage.short, tr_domain(stage.title))}", self)
            if row < 9:
                jump.setShortcut(QKeySequence(f"Alt+{row + 1}"))
            jump.triggered.connect(lambda _checked=False, r=row: self.stepper.setCurrentRow(r))
            self.addAction(jump)
            stages.addAction(jump)
            self.stage_actions.append(jump)

    def print_memo(self) -> bool:
        """Save, then hand the case to the memo printer, which prints the final
        memo when the lifecycle allows it and offers a draft otherwise. True
        when handed over."""
        if self._print_memo is None:
            return False
        self.autosave.flush()
        self._print_memo(self.case.uuid)
        self.reload_from_store()
        return True

    # -- lifecycle -------------------------------------------------------
    def facts(self) -> lifecycle.Facts:
        """What the lifecycle's guards need: the last assessment's flags, today."""
        return lifecycle.Facts(
            flags=self.flags,
            today=self.clock().date(),
            rules=self.rules,
            assessment=self.assessment,
        )

    def editable(self) -> bool:
        return self.case.status in lifecycle.EDITABLE

    def _refresh_next_step(self) -> None:
        move = lifecycle.next_move(self.case)
        found = lifecycle.blockers(self.case, move, self.facts()) if move is not None else []
        self.next_step.show_state(self.case.status, move, found)

    def _apply_editability(self) -> None:
        """Fields take input only while the case is being investigated (or was
        returned); an analysed, printed, exported or archived case is read."""
        editable = self.editable()
        for stage_id, page in self.page_by_id.items():
            if stage_id == "verification":
                panel = getattr(self, "flags_panel", None)
                if panel is not None:
                    panel.set_read_only(not editable)
            else:
                page.widget().setEnabled(editable)
        for action in (self.undo_action, self.redo_action, self.finish_action):
            action.setEnabled(editable)
        if not editable:
            self.undo_stack.clear()
        self.finish_button.setEnabled(editable)

    def make_move(self, move: str) -> bool:
        """The next-step bar's button: complete, print or export. True when done
        (print and export: handed to the main window's printer or exporter)."""
        chosen = lifecycle.Move(move)
        if chosen == lifecycle.Move.COMPLETE:
            return self.complete_investigation()
        if chosen == lifecycle.Move.PRINT:
            return self.print_memo()
        if chosen == lifecycle.Move.EXPORT and self._export_case is not None:
            self.autosave.flush()
            self._export_case(self.case.uuid)
            self.reload_from_store()
            return True
        return False

    def complete_investigation(self) -> bool:
        """完成调查: 调查中 → 已分析 when nothing blocks it (the bar lists what does)."""
        self.autosave.flush()
        self._refresh_flags_quietly()
        try:
            change = lifecycle.complete(self.case, self.facts())
        except lifecycle.MoveRefused:
            self._refresh_next_step()
            return False
        self._save_move(change)
        return True

    def reopen(self) -> bool:
        """Back to 调查中 to change an analysed or printed case (a reason is asked)."""
        reason = self.interaction.ask_text(
            self,
            tr("Reopen the case"),
            tr("Why is the case reopened? The memo must be printed again afterwards."),
        )
        if reason is None:
            return False
        self.autosave.flush()
        try:
            change = lifecycle.reopen(self.case, reason)
        except lifecycle.MoveRefused as refused:
            self.interaction.warn(self, tr("Reopen the case"), tr_msg(refused.message))
            return False
        self._save_move(change)
        return True

    def _save_move(self, change: lifecycle.StatusChange) -> None:
        """Save a status change at once, with its reason (one audit entry). The
        caller flushed the edits before the move, so that they are not saved
        under the move's reason."""
        result = self._save(reason=change.reason)
        self.autosave.saved.emit(result)
        self._apply_editability()
        self._refresh_stepper()
        self._refresh_next_step()

    def go_to_blocker(self, index: int) -> None:
        """Open the place a blocker of the next step names: a field, a flag or a stage."""
        blocker = self.next_step.blockers[index]
        if blocker.path and self.go_to_field(blocker.path):
            return
        if blocker.rule:
            panel = getattr(self, "flags_panel", None)
            if panel is not None:
                self.show_flags()
                panel.set_category_filter(None)
                panel.select_flag(blocker.rule)
            return
        if blocker.stage:
            self.show_stage(blocker.stage)

    def reload_from_store(self) -> bool:
        """Take the stored case when it moved on elsewhere (printed, exported,
        returned by head office): every field reloads. True when it changed."""
        if self.autosave.dirty:
            self.autosave.flush()
        try:
            stored = self.store.load(self.case.uuid)
        except KeyError:
            return False
        if stored.version <= self.case.version:
            return False
        for f in dataclasses.fields(Case):
            setattr(self.case, f.name, getattr(stored, f.name))
        self.undo_stack.clear()
        for f in dataclasses.fields(Case):
            self.ctx.changed.emit(f.name)
        self._refresh_flags_quietly()
        self._apply_editability()
        self._refresh_stepper()
        self._refresh_next_step()
        self.setWindowTitle(self._title())
        return True

    # -- saving ----------------------------------------------------------
    def _save(self, reason: str = "") -> SaveResult:
        # The store keeps the case list's progress column and flag badges
        # with the case (domain.ports.CaseStore.save).
        extra: dict[str, Any] = {"reason": reason} if reason else {}
        extra["progress"] = progress_percent(self.case, self.rules)
        if self._assess is not None:
            self._refresh_flags_quietly()
            extra["red"], extra["amber"] = self.flag_count("red"), self.flag_count("amber")
        result = self.store.save(self.case, self.actor, **extra)
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
        """Finish the stage shown, or list what it still needs or what is
        wrong in it. True when finished."""
        if not self.editable():
            return False
        stage = self.current_stage()
        missing = missing_labels(self.case, stage.id, self.rules)
        if missing:
            names = words_list([tr_domain(m) for m in missing])
            self.missing_label.setText(
                tr("To finish this stage, fill in: {fields}").replace("{fields}", names)
            )
            return False
        wrong = [
            v
            for v in invalid_values(self.case, self.clock().date(), self.rules.bounds)
            if lifecycle.stage_of(self.case, v.path, self.rules) == stage.id
        ]
        if wrong:
            problems = "；".join(tr_msg(lifecycle.invalid_message(v)) for v in wrong)
            self.missing_label.setText(
                tr("To finish this stage, correct: {problems}").replace("{problems}", problems)
            )
            self.go_to_field(wrong[0].path)
            return False
        if stage.id == "conclusion":
            ok, why = self.finalise_check()
            if not ok:
                self.missing_label.setText(why)
                return False
        self.missing_label.setText(tr("Stage finished."))
        if stage.id not in self.case.stages_finished:
            self.ctx.edit(
                "stages_finished",
                [*self.case.stages_finished, stage.id],
                tr("Finish stage"),
                merge=False,
            )
        if self.case.status == CaseStatus.DRAFT:  # the first finished stage: 草稿 → 调查中
            self.autosave.flush()
            started = lifecycle.start(self.case)
            if started is not None:
                self._save_move(started)
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
        self._refresh_next_step()
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
            name = stage_heading(stage.short, title, "  ")
            text = f"{mark} {row + 1}. {name}  {counts}"
            self.stepper.item(row).setText(text)
            self.stepper.item(row).setToolTip(self._stage_tip(stage, st.missing_fields, finished))
        self.progress_label.setText(
            tr("Progress {percent}%").replace(
                "{percent}", str(progress_percent(self.case, self.rules))
            )
        )

    def _stage_tip(self, stage: Stage, missing: tuple[str, ...], finished: bool) -> str:
        """What the stepper's mark means for this stage (✔ ● ○ are not obvious)."""
        if finished:
            return tr("✔ Finished.")
        if not missing:
            return tr("● Everything required is filled in: press Finish stage (Ctrl+Enter).")
        by_key = {field_key(spec): spec for spec in stage.fields}  # missing lists field keys
        names = words_list(
            [
                tr_domain(spec.label) if (spec := by_key.get(key)) is not None else key
                for key in missing
            ]
        )
        return tr("○ Still to fill in: {fields}").replace("{fields}", names)

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
        parse_statement_file: ParseFileFn | None = None,
        rule_pack: Callable[[], Any] | None = None,
        print_memo: Callable[[str], None] | None = None,
        export_case: Callable[[str], None] | None = None,
    ) -> None:
        self.store, self.actor = store, actor
        self.print_memo = print_memo
        self.export_case = export_case
        self.assess, self.clock, self.interaction, self.parent = assess, clock, interaction, parent
        self.parse_statement_file, self.rule_pack = parse_statement_file, rule_pack
        self.editors: dict[str, CaseEditor] = {}

    def __call__(self, case_id: str) -> None:
        self.open(case_id)

    def open(self, case_id: str) -> CaseEditor:
        case = self.store.load(case_id)
        editor = self.editors.get(case.uuid)
        if editor is None or not shiboken6.isValid(editor) or not editor.isVisible():
            editor = CaseEditor(
                case,
                self.store,
                self.actor,
                assess=self.assess,
                clock=self.clock,
                parent=self.parent,
                interaction=self.interaction,
                parse_statement_file=self.parse_statement_file,
                rule_pack=self.rule_pack,
                print_memo=self.print_memo,
                export_case=self.export_case,
            )
            if self.parent is not None:
                editor.setWindowFlag(Qt.WindowType.Window, True)
            self.editors[case.uuid] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def follow_store(self) -> None:
        """Every open editor takes its case from the store when it moved on
        there (printed, exported, archived, returned by head office)."""
        for editor in list(self.editors.values()):
            if shiboken6.isValid(editor) and editor.isVisible():
                editor.reload_from_store()

    def close_all(self) -> bool:
        """Save and close every editor; False if one refused (unsaved changes kept)."""
        closed = True
        for uuid, editor in list(self.editors.items()):
            if not shiboken6.isValid(editor):  # its window was already destroyed
                self.editors.pop(uuid, None)
                continue
            if editor.isVisible() and not editor.close():
                closed = False
                continue
            self.editors.pop(uuid, None)
        return closed
