"""Field Credit Workstation (小微信贷调查工作台): composition root.

``uv run main.py`` opens the workstation; ``uv run main.py --demo`` opens it on
a throw-away demo workspace; ``uv run main.py COMMAND ...`` runs a headless
sub-command (``--help`` lists them). This module parses arguments, builds the
services from ``storage`` and hands them to ``ui``; it is the only module that
wires the two together. Heavy modules are imported only when needed.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from cli import COMMANDS
from cli.common import EXIT_BUG, CommandExit, utf8_output

log = logging.getLogger("fcw")


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Field Credit Workstation (小微信贷调查工作台)",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--demo", action="store_true", help="open the GUI on a throw-away demo workspace"
    )
    parser.add_argument(
        "--workspace", metavar="DIR", help="workspace folder (default: the app-data folder)"
    )
    parser.add_argument("--lang", choices=["zh_CN", "en_US"], help="language of the interface")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = {name for name, _, _ in COMMANDS}
    chosen = next((a for a in argv if a in names), None)
    for name, module_name, help_text in COMMANDS:
        # Each command registers its own arguments; parsing --help for one
        # command imports only that module.
        if name == chosen:
            module = importlib.import_module(module_name)
            module.register(sub)
        else:
            sub.add_parser(name, help=help_text, add_help=False)
    return parser


def version_text() -> str:
    """Version and build provenance (uv.lock hash; "source" when not built)."""
    from domain.version import set_build_info
    from storage.build_info import load_build_info

    info = load_build_info()
    set_build_info(info)
    return info.describe()


def run_workstation(args: argparse.Namespace) -> int:
    """The GUI: build the storage services and hand them to the UI."""

    from domain.version import set_build_info
    from storage.build_info import load_build_info
    from storage.gateway import SqlWorkspaceGateway
    from ui.app import run_gui

    set_build_info(load_build_info())  # shown by Help → About
    # --demo: the demo workspace is built once the GUI is up, behind a progress
    # window shown at once (docs/FORMATS.md, "--demo"); its modules load then too.
    prepare = build_demo_workspace if args.demo else None
    return run_gui(
        args,
        SqlWorkspaceGateway(),
        open_case_factory=case_editor_factory,
        actions_factory=workspace_actions_factory,
        prepare=prepare,
    )


def build_demo_workspace(progress: Callable[[int, int], None]) -> tuple[Any, str]:
    """A throw-away demo workspace in a new temporary folder: the folder and its
    password. ``progress(done, total)`` is told after each demo case is stored."""
    import tempfile
    from pathlib import Path

    from storage.demo_workspace import DEMO_PASSWORD, create_demo_workspace

    directory = Path(tempfile.mkdtemp(prefix="fcw-demo-"))
    create_demo_workspace(directory, progress=progress).close()
    return directory, DEMO_PASSWORD


def case_editor_factory(window: Any, session: Any) -> Callable[[str], None]:
    """``open_case(uuid)`` for the main window: one guided case editor per case,
    assessed with the workspace's rule pack. The editor, the assessment and the
    rule pack are imported and loaded at the first open, so that they (and
    Pillow, which the photo page needs) stay out of start-up. Editors are
    flushed and closed when the workstation locks or quits."""
    from PySide6.QtCore import QCoreApplication

    openers: list[Any] = []

    def opener() -> Any:
        if not openers:
            from datetime import date

            from domain.assessment import assess_with_fraud
            from storage.rulepack_active import load_active_rule_pack
            from storage.rulepack_files import load_rule_pack
            from ui.case_editor import CaseEditorOpener

            # Head office's installed pack when the session is a real workspace.
            pack = (
                load_active_rule_pack(session)
                if hasattr(session, "get_setting")
                else load_rule_pack()
            )

            from pathlib import Path

            from storage.statements import statement_parser

            find_matches = getattr(session.store, "matches_for", None)

            def assess(case: Any) -> Any:
                # Cross-case matches come from the workspace's identifier index.
                matches = find_matches(case) if find_matches is not None else None
                return assess_with_fraud(case, pack, today=date.today(), matches=matches)

            def parse_statement(path: Any) -> Any:
                return statement_parser(Path(path), name=Path(path).name)

            def print_from_editor(case_uuid: str) -> None:
                # The main window's memo printer (absent on demo/test sessions).
                actions = getattr(window, "workspace_actions", None)
                if actions is not None:
                    actions.print_case(case_uuid)

            def export_from_editor(case_uuid: str) -> None:
                # The main window's exporter: a folder is asked, the package written.
                actions = getattr(window, "workspace_actions", None)
                if actions is not None:
                    actions.export([case_uuid])

            openers.append(
                CaseEditorOpener(
                    session.store,
                    session.actor,
                    assess=assess,
                    parent=window,
                    interaction=getattr(window, "interaction", None),
                    parse_statement_file=parse_statement,
                    rule_pack=lambda: pack,
                    print_memo=print_from_editor,
                    export_case=export_from_editor,
                )
            )
            # A case printed, exported, archived or returned elsewhere: its
            # open editor takes the stored case.
            window.cases_refreshed.connect(openers[0].follow_store)
        return openers[0]

    def open_case(case_uuid: str) -> None:
        editor = opener().open(case_uuid)
        autosave = getattr(editor, "autosave", None)
        if autosave is not None and not editor.property("fcw_list_refresh"):
            # Each save of the editor refreshes that row of the main window's list.
            editor.setProperty("fcw_list_refresh", True)
            autosave.saved.connect(lambda _result: window.refresh_cases())
        record = getattr(session.store, "record_access", None)
        if record is not None:
            record(editor.case.uuid, session.actor, "open")

    def close_all() -> bool:
        """Save and close every editor; False if one refused (none open: True)."""
        return bool(openers[0].close_all()) if openers else True

    def show_case_flags(case_uuid: str) -> None:
        """The "memo not printed" dialog's way to the case's fraud flags
        (ui/memo_actions.py): its editor, opened if need be, with the flags' dock."""
        open_case(case_uuid)
        editor = opener().editors.get(case_uuid)
        if editor is not None:
            editor.show_flags()

    window.show_case_flags = show_case_flags
    window.locked.connect(close_all)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(close_all)
    return open_case


def workspace_actions_factory(window: Any, session: Any) -> Any:
    """Install the File/Tools service actions on the main window (a real
    workspace only: the demo and test fakes have no keys or backups)."""
    from ui.workspace_menu import install_workspace_actions

    if not _is_workspace(session):
        return None
    return install_workspace_actions(window, workstation_services(session), window.interaction)


def _is_workspace(session: Any) -> bool:
    """A real workspace (not a demo or test fake), asked without loading the
    full workspace of a quickly opened one (storage.quick_open)."""
    from storage.quick_open import QuickWorkspace

    return isinstance(session, QuickWorkspace) or hasattr(session, "get_setting")


def workstation_services(ws: Any) -> Any:
    """The storage services of workspace ``ws`` as the callables the UI knows."""
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    from storage.retention import load_retention_policy
    from ui.workstation_services import KeyPreview, WorkstationServices

    # Storage modules are imported when a service is first used: a quickly
    # opened workspace (storage.quick_open) paints its list before SQLAlchemy
    # loads, and these all need it.
    policy = load_retention_policy()
    actor = ws.actor

    def now() -> datetime:
        return datetime.now().astimezone()

    def print_memo(case_uuid: str, path: Path, draft: bool = False) -> None:
        from storage.memo_service import print_workspace_memo

        print_workspace_memo(
            ws,
            case_uuid,
            path,
            print_time=now(),
            base_translate=QCoreApplication.translate,
            draft=draft,
        )

    def preview_key(data: bytes) -> KeyPreview:
        from storage import headoffice_keys
        from storage.keys import parse_enrolment

        new = parse_enrolment(data, "enrolment")
        current = headoffice_keys.headoffice_enrolment(ws)
        old = current.signing_fingerprint if current is not None else None
        return KeyPreview(new.name, new.signing_fingerprint, old, old == new.signing_fingerprint)

    def save_bytes(path: Path, data: bytes) -> None:
        path.write_bytes(data)

    def export_case(uuid: str, out: Path) -> Any:
        from storage import export

        return export.export_case(ws, uuid, out)

    def ready_case_ids() -> Any:
        from storage import export

        return export.ready_case_ids(ws)

    def require_headoffice() -> Any:
        from storage import headoffice_keys

        return headoffice_keys.require_headoffice(ws)

    def export_spreadsheet(ids: Any, path: Path, unmasked: bool, progress: Any = None) -> Any:
        from storage import spreadsheet

        return spreadsheet.export_spreadsheet(ws, ids, path, unmasked=unmasked, progress=progress)

    def import_headoffice_key(data: bytes, password: str, replace: bool) -> Any:
        from storage import headoffice_keys

        return headoffice_keys.import_headoffice_enrolment(ws, data, password, replace=replace)

    def workstation_enrolment() -> bytes:
        from storage import headoffice_keys

        return headoffice_keys.workstation_enrolment_bytes(ws)

    def backup_now() -> Any:
        from storage import backup

        return backup.create_backup(ws, now=now())

    def backup_if_due(at: datetime) -> Any:
        from storage import backup

        return backup.backup_if_due(ws, at, policy.backup_every_hours, policy.backup_keep)

    def change_password(old: str, new: str) -> None:
        from storage.workspace import change_password

        change_password(ws.directory, old, new)

    def archive_case(uuid: str, reason: str) -> Any:
        from storage import archive

        return archive.archive_case(ws, uuid, actor, reason)

    def import_reply(path: Path) -> Any:
        from storage.headoffice.replies import import_reply

        return import_reply(ws, path)

    def rule_pack() -> Any:
        from storage.rulepack_active import load_active_rule_pack

        return load_active_rule_pack(ws)

    return WorkstationServices(
        print_memo=print_memo,
        export_case=export_case,
        ready_case_ids=ready_case_ids,
        require_headoffice=require_headoffice,
        export_spreadsheet=export_spreadsheet,
        preview_headoffice_key=preview_key,
        import_headoffice_key=import_headoffice_key,
        workstation_enrolment=workstation_enrolment,
        backup_now=backup_now,
        backup_if_due=backup_if_due,
        backup_every_hours=policy.backup_every_hours,
        change_password=change_password,
        archive_case=archive_case,
        import_reply=import_reply,
        history=lambda *a, **k: ws.store.history(*a, **k),
        rule_pack=rule_pack,
        access_log=lambda *a, **k: ws.store.access_log(*a, **k),
        verify_history=lambda *a, **k: ws.store.verify_history(*a, **k),
        save_bytes=save_bytes,
        read_bytes=lambda path: path.read_bytes(),
    )


def run_headoffice_gui(args: argparse.Namespace) -> int:
    """``headoffice gui --db URL``: the portfolio window on head office's database."""
    from datetime import date

    from cli.headoffice import connect_or_report
    from domain.assessment import assess_with_fraud
    from storage.headoffice.service import PortfolioService
    from storage.rulepack_files import load_rule_pack
    from ui.app import (
        apply_style,
        choose_language,
        create_application,
        install_translator,
        register_font,
    )
    from ui.headoffice.window import PortfolioWindow
    from ui.settings import Settings

    engine, code = connect_or_report("gui", args.db)
    if engine is None:
        return code
    app = create_application()
    install_translator(app, choose_language(getattr(args, "lang", None), Settings()))
    register_font(app)
    apply_style(app)
    service = PortfolioService(engine)

    def assess(case: Any) -> Any:
        return assess_with_fraud(case, load_rule_pack(), today=date.today())

    window = PortfolioWindow(service, assess=assess)
    window.show()
    try:
        return int(app.exec())
    finally:
        service.close()


#: A reader that stopped reading (``assess … | head``): 128 + SIGPIPE, the
#: status a shell gives a program ended by a broken pipe (docs/FORMATS.md).
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    """Run the GUI or a command. No traceback reaches the officer: an
    unexpected error is written, with its trace, to the command line's log
    and the message names that file (docs/FORMATS.md, "Command line: errors
    and the log")."""
    utf8_output()
    args_list = list(sys.argv[1:] if argv is None else argv)
    log_handler: logging.Handler | None = None
    try:
        parser = build_parser(args_list)
        args = parser.parse_args(args_list)
        if args.version:
            print(version_text())
            sys.stdout.flush()
            return 0
        if args.command is None:
            return run_workstation(args)
        log_handler = _open_cli_log()
        if args.command == "headoffice" and getattr(args, "headoffice_command", "") == "gui":
            return run_headoffice_gui(args)
        code: int = args.handler(args)
        sys.stdout.flush()  # a reader that stopped early is found here, not at exit
        return code
    except CommandExit as stop:
        return stop.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_gone()
    except Exception:  # last resort: a bug, logged with its trace, never shown
        log_handler = log_handler or _open_cli_log()
        return _unexpected(args_list, log_handler)
    finally:
        if log_handler is not None:
            logging.getLogger().removeHandler(log_handler)
            log_handler.close()


def _open_cli_log() -> logging.Handler | None:
    from storage.logging_setup import cli_file_handler

    handler = cli_file_handler()
    if handler is not None:
        logging.getLogger().addHandler(handler)
    return handler


def _unexpected(args_list: Sequence[str], handler: logging.Handler | None) -> int:
    names = {name for name, _, _ in COMMANDS}
    command = next((a for a in args_list if a in names), "main.py")
    log.exception("unexpected error in %s", command)
    path = getattr(handler, "baseFilename", None)
    if handler is not None:
        handler.flush()
    if path is None or getattr(handler, "failed", False):
        print(
            f"{command}: unexpected error (a bug); the log could not be written"
            + (f" ({path})." if path else "."),
            file=sys.stderr,
        )
    else:
        print(f"{command}: unexpected error (a bug); the details are in {path}", file=sys.stderr)
    return EXIT_BUG


def _reader_gone() -> int:
    """Standard output's reader has gone: stop quietly. Standard output is
    pointed at the null device so that Python's own flush at exit does not
    complain about the broken pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture): nothing will complain at exit
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
