"""The main window: the officer's list of cases, filters, and the idle lock.

Receives everything it needs (session, interaction seam, settings, the
``open_case`` callback of the case editor) in its constructor; runs no query
itself (the table model asks the store).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from domain.errors import WorkspaceError
from domain.ports import CaseFilter, WorkspaceSession
from ui.busy import busy_cursor
from ui.case_delegates import FlagsDelegate, ProgressDelegate
from ui.case_filter_bar import CaseFilterBar
from ui.case_table_model import (
    COL_AMOUNT,
    COL_APPLICANT,
    COL_FLAGS,
    COL_INDUSTRY,
    COL_NUMBER,
    COL_PROGRESS,
    COL_STATUS,
    COL_UPDATED,
    UUID_ROLE,
    CaseTableModel,
    Debouncer,
)
from ui.icons import icon
from ui.idle_lock import CHECK_INTERVAL_MS, IdleLock
from ui.interaction import Interaction
from ui.lock_screen import LockScreen
from ui.screen_fit import fit_to_screen
from ui.settings import Settings

if TYPE_CHECKING:
    from domain.case import Case

OpenCase = Callable[[str], None]

#: Minutes of inactivity the officer may choose before the window locks.
IDLE_CHOICES = (5, 10, 15, 30)

_COLUMN_WIDTHS = {
    COL_NUMBER: 170,
    COL_APPLICANT: 240,
    COL_INDUSTRY: 150,
    COL_AMOUNT: 140,
    COL_STATUS: 110,
    COL_PROGRESS: 150,
    COL_FLAGS: 90,
}


class MainWindow(QMainWindow):
    """Case list, filter bar, menus, status bar, lock screen.

    ``locked`` / ``unlocked`` tell other windows (the case editor) to hide
    their content while the workstation is locked.
    """

    locked = Signal()
    unlocked = Signal()
    #: The list was queried again: a case may have changed elsewhere.
    cases_refreshed = Signal()

    def __init__(
        self,
        session: WorkspaceSession,
        interaction: Interaction,
        settings: Settings,
        *,
        open_case: OpenCase | None = None,
        industry_names: Mapping[str, str] | None = None,
        now: Callable[[], float] = time.monotonic,
        debouncer: Debouncer | None = None,
        idle_check_ms: int = CHECK_INTERVAL_MS,
        start_idle_timer: bool = True,
        watch_app_events: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.interaction = interaction
        self.settings = settings
        self._open_case = open_case
        self._industry_names = industry_names
        self._open_dialogs: list[QWidget] = []
        self._hidden_windows: list[QWidget] = []
        self.setWindowTitle(self.tr("Field Credit Workstation"))
        self.setWindowIcon(icon("app"))
        fit_to_screen(self, 1280, 800)  # a 1366×768 laptop keeps the status bar in view

        self.model = CaseTableModel(
            session.store, self, debouncer=debouncer, industry_names=industry_names
        )
        #: Opened beside another writer (WorkspaceBusy → "open read-only"): no new cases.
        self.read_only = bool(getattr(session, "read_only", False))
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_content()
        self._build_lock_screen()
        self._build_status_bar()
        if self.read_only:
            self.new_case_action.setEnabled(False)
            self.setWindowTitle(self.tr("Field Credit Workstation (read-only)"))

        self.idle_lock = IdleLock(
            settings.idle_minutes,
            now=now,
            parent=self,
            check_interval_ms=idle_check_ms,
            start_timer=start_idle_timer,
        )
        self.idle_lock.idle.connect(self.lock)
        app = QApplication.instance()
        if watch_app_events and app is not None:
            app.installEventFilter(self.idle_lock)

        self.model.modelReset.connect(self._update_counts)
        self.model.rowsInserted.connect(self._update_counts)
        self._update_counts()
        geometry = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.search_edit.setFocus()

    # -- construction ----------------------------------------------------
    def _action(
        self, text: str, icon_name: str = "", shortcut: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        # "新建案件(&N)…" / "&New case…" → "新建案件" / "New case"
        plain = re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
        else:
            action.setToolTip(plain)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_case_action = self._action(
            self.tr("&New case…"), "new-case", QKeySequence(QKeySequence.StandardKey.New)
        )
        self.new_case_action.triggered.connect(self.new_case)
        self.open_case_action = self._action(self.tr("&Open case"), "open-case")
        self.open_case_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.open_case_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_case_action.triggered.connect(self.open_selected)
        self.lock_action = self._action(self.tr("&Lock"), "lock", QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.refresh_action = self._action(
            self.tr("&Refresh"), "refresh", QKeySequence(QKeySequence.StandardKey.Refresh)
        )
        self.refresh_action.triggered.connect(self.refresh_cases)
        self.find_action = self._action(
            self.tr("&Find"), "search", QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.find_action.triggered.connect(self._focus_search)
        self.quit_action = self._action(self.tr("&Quit"), "quit", QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.about_action = self._action(self.tr("&About"), "about")
        self.about_action.triggered.connect(self.show_about)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, text in (("zh_CN", "中文（简体）"), ("en_US", "English")):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self.idle_group = QActionGroup(self)
        self.idle_actions: dict[int, QAction] = {}
        for minutes in IDLE_CHOICES:
            action = QAction(self.tr("After {n} minutes").format(n=minutes), self)
            action.setCheckable(True)
            action.setChecked(self.settings.idle_minutes == minutes)
            action.triggered.connect(lambda _c=False, m=minutes: self.choose_idle_minutes(m))
            self.idle_group.addAction(action)
            self.idle_actions[minutes] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_case_action)
        file_menu.addAction(self.open_case_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(icon("language"), self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        idle_menu = view_menu.addMenu(icon("lock"), self.tr("Lock &automatically"))
        for action in self.idle_actions.values():
            idle_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.file_menu, self.view_menu, self.help_menu = file_menu, view_menu, help_menu

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_case_action)
        toolbar.addAction(self.open_case_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_content(self) -> None:
        self.filter_bar = CaseFilterBar(self._industry_names)
        bar = self.filter_bar
        self.search_edit = bar.search_edit
        self.status_combo = bar.status_combo
        self.industry_combo = bar.industry_combo
        self.count_label = bar.count_label
        bar.changed.connect(self._filter_changed)

        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(34)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_APPLICANT, QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(COL_UPDATED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self._progress_delegate = ProgressDelegate(table)
        self._flags_delegate = FlagsDelegate(table)
        table.setItemDelegateForColumn(COL_PROGRESS, self._progress_delegate)
        table.setItemDelegateForColumn(COL_FLAGS, self._flags_delegate)
        table.doubleClicked.connect(self._activated)  # Enter: open_case_action
        table.addAction(self.open_case_action)
        state = self.settings.header_state()
        if state is not None:
            header.restoreState(state)
        table.setSortingEnabled(True)
        self.search_edit.returnPressed.connect(self._go_to_results)
        self.table = table

        self.empty_label = QLabel(
            self.tr("No cases yet. Press Ctrl+N to start the first investigation.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setProperty("role", "hint")

        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(bar)
        inner = QVBoxLayout()
        inner.setContentsMargins(12, 12, 12, 12)
        inner.addWidget(table)
        inner.addWidget(self.empty_label)
        outer.addLayout(inner, 1)
        self.content = content
        self.setTabOrder(self.industry_combo, self.table)

    def _build_lock_screen(self) -> None:
        self.lock_screen = LockScreen(self.session.actor, self._check_password)
        self.unlock_panel = self.lock_screen.unlock_panel
        self.unlock_panel.unlocked.connect(self.unlock)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        actor = self.session.actor
        branch = f" · {actor.branch}" if actor.branch else ""
        self.officer_label = QLabel(
            self.tr("Officer: {name} ({staff_no})").format(name=actor.name, staff_no=actor.staff_no)
            + branch
        )
        self.path_label = QLabel(str(self.session.directory))
        self.path_label.setToolTip(self.tr("Workspace folder"))
        self.case_count_label = QLabel()
        self.saved_label = QLabel(self.tr("All changes saved"))
        if self.read_only:
            self.saved_label.setText(self.tr("Read-only: another program writes to this workspace"))
            self.saved_label.setProperty("role", "fieldError")
        bar.addWidget(self.officer_label)
        bar.addWidget(self.path_label, 1)
        bar.addPermanentWidget(self.case_count_label)
        bar.addPermanentWidget(self.saved_label)

    # -- behaviour -------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        return self.filter_bar.current_filter()

    def _filter_changed(self, *_args: object) -> None:
        self.model.set_filter(self.current_filter())

    def _go_to_results(self) -> None:
        """Enter in the search field: filter now and move to the first result."""
        self.model.set_filter_now(self.current_filter())
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _update_counts(self, *_args: object) -> None:
        total = self.model.total
        self.filter_bar.show_count(total)
        self.case_count_label.setText(self.count_label.text())
        filtered = self.model.case_filter != CaseFilter()
        empty = total == 0
        self.empty_label.setText(
            self.tr("No case matches the filter.")
            if filtered
            else self.tr("No cases yet. Press Ctrl+N to start the first investigation.")
        )
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)

    def refresh_cases(self) -> None:
        """Query the list again (after a case was saved elsewhere), keeping the selection."""
        selected = self.selected_uuid()
        self.model.refresh()
        if selected:
            row = self.model.row_of(selected)
            if row >= 0:
                self.table.selectRow(row)
        self.cases_refreshed.emit()

    def set_open_case(self, open_case: OpenCase | None) -> None:
        """Who opens a case (the guided case editor); None shows a read-only view."""
        self._open_case = open_case

    def set_saved_text(self, text: str) -> None:
        """The "saved" indicator of the status bar (the case editor updates it)."""
        self.saved_label.setText(text)

    def selected_uuid(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.data(UUID_ROLE)
        return str(value) if value else None

    def selected_uuids(self) -> list[str]:
        """The selected cases (Ctrl/Shift+click), in list order; else the current one."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        uuids = [self.model.summary(row).uuid for row in rows]
        if not uuids:
            current = self.selected_uuid()
            return [current] if current else []
        return uuids

    def case_number(self, uuid: str) -> str:
        """The case number the list shows for ``uuid`` ("" when not listed)."""
        row = self.model.row_of(uuid)
        return self.model.summary(row).number if row >= 0 else ""

    def _activated(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if uuid:
            self.open_case(str(uuid))

    def open_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.open_case(uuid)

    def open_case(self, uuid: str) -> None:
        if self.is_locked:
            return
        if self._open_case is not None:
            with busy_cursor():  # the first open loads the editor and the rule pack
                self._open_case(uuid)
            return
        try:
            case = self.session.store.load(uuid)
        except KeyError:
            self.interaction.warn(
                self, self.tr("Case not found"), self.tr("The case is no longer in the workspace.")
            )
            self.model.refresh()
            return
        from ui.case_summary_dialog import CaseSummaryDialog  # loaded when first used

        dialog = CaseSummaryDialog(case, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open_dialogs.append(dialog)
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._forget(d))
        dialog.show()

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self._open_dialogs:
            self._open_dialogs.remove(dialog)

    def new_case(self) -> Case | None:
        """Ask for the first facts, create the case, select and open it."""
        if self.is_locked:
            return None
        from ui.new_case_dialog import NewCaseDialog  # loaded when first used

        dialog = NewCaseDialog(self._industry_names, self)
        if dialog.exec() != NewCaseDialog.DialogCode.Accepted:
            return None
        return self.create_case(dialog.build_case())

    def create_case(self, case: Case) -> Case | None:
        actor = self.session.actor
        case.branch = case.branch or actor.branch
        case.officer.name = case.officer.name or actor.name
        case.officer.staff_no = case.officer.staff_no or actor.staff_no
        try:
            created = self.session.store.create(case, actor)
        except WorkspaceError as exc:
            self.interaction.error(
                self, self.tr("Case not created"), exc.message.render(QCoreApplication.translate)
            )
            return None
        self.model.refresh()
        row = self.model.row_of(created.uuid)
        if row >= 0:
            self.table.selectRow(row)
        self.open_case(created.uuid)
        return created

    # -- lock ------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def _check_password(self, password: str) -> bool:
        return self.session.check_password(password)

    def lock(self) -> None:
        """Hide the cases behind the lock screen until the password is typed."""
        if self.is_locked:
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and self._owns(modal):
            modal.reject()  # e.g. a half-filled New case dialog: nothing is saved yet
        # Every other window (case editors, read-only views) hides too; the
        # editors need not know about the lock.
        self._hidden_windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self
            and w.isVisible()
            and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ]
        for window in self._hidden_windows:
            window.hide()
        self.idle_lock.mark_locked()
        self.stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.toolbar.setVisible(False)
        for action in (
            self.new_case_action,
            self.open_case_action,
            self.refresh_action,
            self.find_action,
            self.lock_action,
        ):
            action.setEnabled(False)
        self.unlock_panel.setFocus()
        self.locked.emit()

    def _owns(self, widget: QWidget) -> bool:
        """Whether ``widget`` is one of this window's dialogs (across window bounds)."""
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def unlock(self) -> None:
        self.stack.setCurrentWidget(self.content)
        self.menuBar().setEnabled(True)
        self.toolbar.setVisible(True)
        for action in (
            self.new_case_action,
            self.open_case_action,
            self.refresh_action,
            self.find_action,
            self.lock_action,
        ):
            action.setEnabled(True)
        self.new_case_action.setEnabled(not self.read_only)
        for window in self._hidden_windows:
            window.show()
        self._hidden_windows = []
        self.idle_lock.reset()
        self.table.setFocus()
        self.unlocked.emit()

    # -- preferences -----------------------------------------------------
    def choose_language(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.language = code
        self.interaction.info(
            self,
            self.tr("Language"),
            self.tr("The new language applies the next time the workstation starts."),
        )

    def choose_idle_minutes(self, minutes: int) -> None:
        self.settings.idle_minutes = minutes
        self.idle_lock.set_idle_minutes(minutes)

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog  # loaded when first used

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Quitting closes the case editors first (they save in their own
        # closeEvent); one that refuses keeps the workstation open.
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self
            and (w.isVisible() or w in self._hidden_windows)
            and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ]
        for other in others:
            if not other.close():
                event.ignore()
                return
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_header_state(self.table.horizontalHeader().saveState())
        self.idle_lock.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_lock)
        super().closeEvent(event)
