"""Application shell: QApplication set-up, workspace unlock, main window.

``main.py`` calls :func:`run_gui` with the parsed arguments and the storage
gateway; everything else (font, translator, logging, last-resort exception
handler, first-run or unlock dialog, main window) happens here.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from domain.errors import WorkspaceError
from domain.log_filter import PersonalDataFilter
from domain.paths import resource_path
from domain.ports import WorkspaceGateway, WorkspaceSession
from domain.version import APP_VERSION
from ui.icons import icon
from ui.interaction import Interaction
from ui.main_window import MainWindow, OpenCase
from ui.settings import APP_NAME, LANGUAGES, Settings, settings_org
from ui.style import apply_style
from ui.unlock_dialog import UnlockDialog

log = logging.getLogger("fcw.ui")

FONT_FILE = ("fonts", "DroidSansFallbackFull.ttf")
LOG_FILE = "fcw.log"

#: ``industry_names(language) -> {industry id: display name}``, from the rule pack.
IndustryNames = Callable[[str], Mapping[str, str]]
#: ``open_case_factory(window, session) -> open_case(uuid)``: the case editor.
OpenCaseFactory = Callable[[MainWindow, WorkspaceSession], OpenCase]
#: ``actions_factory(window, session)``: installs the service menus (print, export, tools).
ActionsFactory = Callable[[MainWindow, WorkspaceSession], object]


def app_data_dir() -> Path:
    """The per-user application data folder (needs the app and org names set).

    The *local* one: on Windows ``%LOCALAPPDATA%``, not the roaming
    ``%APPDATA%``, which a domain may copy at every log-on and off or redirect
    to a network share (no place for an SQLite database). Elsewhere both are the
    same folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) if location else Path.home() / ".fcw"


def default_workspace_dir() -> Path:
    return app_data_dir() / "workspace"


def setup_logging(directory: Path) -> Path:
    """Log to a rotating file in ``directory``; messages never hold personal data."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # On the handler, so that records of every logger (SQLAlchemy's too) pass it.
    handler.addFilter(PersonalDataFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def register_font(app: QApplication) -> str | None:
    """Register the bundled CJK font and make it the fallback of the app font."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    if font_id < 0:
        log.warning("bundled font could not be loaded")
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    family = families[0]
    font = QFont(app.font())
    # The system's Latin face first where it has one; every CJK glyph (and
    # everything on a machine without fonts) from the bundled face.
    font.setFamilies([*font.families(), family] if font.families() else [family])
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    return family


def choose_language(args_lang: str | None, settings: Settings) -> str:
    if args_lang in LANGUAGES:
        return str(args_lang)
    return settings.language


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install ``resources/i18n/fcw_<language>.qm``; English is the source text."""
    if language == "en_US":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return None
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    # Qt's own texts (context menus, standard buttons) first, ours on top.
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
    translator = QTranslator(app)
    if not translator.load(str(resource_path("i18n", f"fcw_{language}.qm"))):
        log.warning("translation %s not found; showing English", language)
        return None
    app.installTranslator(translator)
    return translator


class ExceptionHandler:
    """Last resort for errors nobody caught: log with the trace, tell the
    officer, keep the application running."""

    def __init__(self, interaction: Interaction, parent: Callable[[], QWidget | None]) -> None:
        self._interaction = interaction
        self._parent = parent
        self._showing = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unhandled error", exc_info=(exc_type, exc, tb))
        if self._showing:  # an error inside the error dialog: log only
            return
        self._showing = True
        try:
            details = "".join(traceback.format_exception_only(exc_type, exc)).strip()
            self._interaction.error(
                self._parent(),
                QCoreApplication.translate("ExceptionHandler", "Unexpected error"),
                QCoreApplication.translate(
                    "ExceptionHandler",
                    "Something went wrong that the workstation did not expect. "
                    "Your saved work is safe; the error has been written to the log.",
                ),
                details,
            )
        finally:
            self._showing = False


def log_thread_exception(args: threading.ExceptHookArgs) -> None:
    thread = args.thread.name if args.thread is not None else "?"
    log.error(
        "unhandled error in thread %s",
        thread,
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def open_session(
    gateway: WorkspaceGateway,
    directory: Path,
    interaction: Interaction,
    *,
    demo_password: str | None = None,
    parent: QWidget | None = None,
) -> WorkspaceSession | None:
    """First-run dialog when there is no workspace yet, else the unlock dialog."""
    dialog: QDialog
    if not gateway.exists(directory):
        from ui.first_run_dialog import FirstRunDialog  # only on the first run

        dialog = FirstRunDialog(gateway, directory, interaction, parent)
    else:
        dialog = UnlockDialog(
            gateway,
            directory,
            demo_password=demo_password,
            interaction=interaction,
            parent=parent,
        )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.session


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(settings_org())
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(APP_VERSION)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(icon("app"))
    return app


def build_main_window(
    session: WorkspaceSession,
    interaction: Interaction,
    settings: Settings,
    *,
    industry_names: Any = None,
    open_case_factory: OpenCaseFactory | None = None,
    actions_factory: ActionsFactory | None = None,
    **window_options: Any,
) -> MainWindow:
    """The main window on an unlocked ``session``, with the case editor and
    the workspace's File/Tools actions installed (not shown yet)."""
    main = MainWindow(
        session, interaction, settings, industry_names=industry_names, **window_options
    )
    if open_case_factory is not None:
        main.set_open_case(open_case_factory(main, session))
    if actions_factory is not None:
        actions_factory(main, session)
    return main


#: After the first paint, the full workspace's modules load in the background
#: (storage.quick_open): the first case opened does not wait for them.
PRELOAD_DELAY_MS = 300


def preload_later(session: Any, delay_ms: int = PRELOAD_DELAY_MS) -> None:
    preload = getattr(type(session), "preload", None)
    if preload is not None:
        QTimer.singleShot(delay_ms, lambda: preload(session))


def run_gui(
    args: argparse.Namespace,
    gateway: WorkspaceGateway,
    *,
    default_dir: Path | None = None,
    demo_password: str | None = None,
    industry_names: IndustryNames | None = None,
    open_case_factory: OpenCaseFactory | None = None,
    actions_factory: ActionsFactory | None = None,
    prepare: Callable[[Callable[[int, int], None]], tuple[Path, str]] | None = None,
) -> int:
    """Run the workstation until the officer quits; returns the exit code.

    ``args.workspace`` (if set) beats ``default_dir``, which beats the
    app-data folder. ``demo_password`` is shown in the unlock dialog.
    ``prepare(progress)`` builds the workspace first (``--demo``) and returns
    its folder and password, while a progress window shows at once
    (ui.busy.BuildProgress).
    """
    app = create_application()
    log_path = setup_logging(app_data_dir() / "logs")
    settings = Settings()
    language = choose_language(getattr(args, "lang", None), settings)
    install_translator(app, language)
    register_font(app)
    apply_style(app)
    interaction = Interaction()
    window: list[MainWindow] = []
    sys.excepthook = ExceptionHandler(interaction, lambda: window[0] if window else None)
    # Off the GUI thread no dialog may open: log, and the job's own error path reports.
    threading.excepthook = log_thread_exception
    log.info("started %s, log at %s", APP_VERSION, log_path)

    if prepare is not None:
        from ui.busy import BuildProgress

        progress = BuildProgress()
        progress.start()
        try:
            built, demo_password = prepare(progress.step)
            args.workspace = str(built)
        finally:
            progress.close()
            progress.deleteLater()
    workspace = getattr(args, "workspace", None)
    directory = Path(workspace) if workspace else (default_dir or default_workspace_dir())
    try:
        session = open_session(gateway, directory, interaction, demo_password=demo_password)
    except WorkspaceError as exc:
        interaction.error(
            None,
            QCoreApplication.translate("ExceptionHandler", "Workspace not opened"),
            exc.message.render(QCoreApplication.translate),
        )
        return 3
    if session is None:
        return 0
    names = industry_names(language) if industry_names else None
    main = build_main_window(
        session,
        interaction,
        settings,
        industry_names=names,
        open_case_factory=open_case_factory,
        actions_factory=actions_factory,
    )
    window.append(main)
    main.show()
    preload_later(session)
    try:
        code = app.exec()
    finally:
        session.close()
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__
        log.info("closed")
    return int(code)
