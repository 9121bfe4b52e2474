"""The workstation's service menus: print, history, export, keys, backups,
password and archiving, installed on the main window.

``install_workspace_actions(window, services, interaction)`` adds the actions
to the File menu and a Tools menu. Everything reaches storage through the
``WorkstationServices`` callables main.py provides; an action whose service is
missing is not shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.i18n import Message
from ui.busy import BatchProgress, busy_cursor
from ui.interaction import Interaction
from ui.main_window import MainWindow
from ui.memo_actions import MemoPrinter
from ui.workstation_services import WorkstationServices

if TYPE_CHECKING:  # the dialogs load when first opened: not on the start-up path
    from ui.case_history_dialog import CaseHistoryDialog
    from ui.export_dialog import ExportDialog

#: How often the automatic backup looks whether one is due.
BACKUP_CHECK_MS = 10 * 60 * 1000

Clock = Callable[[], datetime]
AskUnmasked = Callable[[QWidget], bool | None]
AskPassword = Callable[[QWidget], tuple[str, str] | None]


def _local_now() -> datetime:
    return datetime.now().astimezone()


def ask_unmasked(parent: QWidget) -> bool | None:
    """The spreadsheet option: full ID/phone/account numbers? None: cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("WorkspaceActions", "Export spreadsheet"))
    box = QCheckBox(
        QCoreApplication.translate("WorkspaceActions", "Show full ID/phone/account numbers")
    )
    note = QLabel(
        QCoreApplication.translate(
            "WorkspaceActions", "Off: the numbers are masked. The choice is logged."
        )
    )
    note.setProperty("role", "hint")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (box, note, buttons):
        layout.addWidget(widget)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return box.isChecked()


def ask_new_password(parent: QWidget) -> tuple[str, str] | None:
    from ui.change_password_dialog import ChangePasswordDialog

    dialog = ChangePasswordDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.old_password, dialog.new_password


class WorkspaceActions(QObject):
    """The menu actions of the workstation's services on ``window``."""

    def __init__(
        self,
        window: MainWindow,
        services: WorkstationServices,
        interaction: Interaction,
        *,
        clock: Clock = _local_now,
        ask_unmasked: AskUnmasked = ask_unmasked,
        ask_password: AskPassword = ask_new_password,
        open_url: Any = None,
        backup_check_ms: int = BACKUP_CHECK_MS,
        start_backup_timer: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.interaction = interaction
        self.clock = clock
        self._ask_unmasked = ask_unmasked
        self._ask_password = ask_password
        self.export_dialog: ExportDialog | None = None
        self.history_dialog: CaseHistoryDialog | None = None
        memo_kwargs: dict[str, Any] = {"number_of": window.case_number, "after": self._after}
        if open_url is not None:
            memo_kwargs["open_url"] = open_url
        self.memo_printer = (
            MemoPrinter(window, services.print_memo, interaction, **memo_kwargs)
            if services.print_memo is not None
            else None
        )
        if self.memo_printer is not None:
            self.memo_printer.set_busy = self._set_window_busy
        self._build_actions()
        self._build_menus()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(backup_check_ms)
        self.backup_timer.timeout.connect(self.backup_if_due)
        if start_backup_timer and services.backup_if_due is not None:
            self.backup_timer.start()
        window.locked.connect(lambda: self._set_enabled(False))
        window.unlocked.connect(lambda: self._set_enabled(True))

    def tr(self, text: str) -> str:  # type: ignore[override]
        return QCoreApplication.translate("WorkspaceActions", text)

    # -- construction ----------------------------------------------------
    def _action(self, text: str, slot: Callable[[], Any], shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        s = self.services
        self.print_action = self._action(self.tr("&Print memo…"), self.print_memo, "Ctrl+P")
        self.history_action = self._action(self.tr("Case &history…"), self.show_history, "Ctrl+H")
        self.export_selected_action = self._action(
            self.tr("&Export selected to head office…"), self.export_selected
        )
        self.export_ready_action = self._action(
            self.tr("Export all &ready to head office…"), self.export_ready
        )
        self.spreadsheet_action = self._action(
            self.tr("Export &spreadsheet…"), self.export_spreadsheet
        )
        self.import_reply_action = self._action(
            self.tr("Import head office &reply…"), self.import_reply
        )
        self.import_key_action = self._action(
            self.tr("&Import head office key…"), self.import_headoffice_key
        )
        self.enrolment_action = self._action(
            self.tr("E&xport this workstation's enrolment file…"), self.export_enrolment
        )
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now)
        self.password_action = self._action(self.tr("Change &password…"), self.change_password)
        self.archive_action = self._action(self.tr("&Archive case…"), self.archive_selected)
        needs = {
            self.print_action: s.print_memo,
            self.history_action: s.history,
            self.export_selected_action: s.export_case,
            self.export_ready_action: s.export_case and s.ready_case_ids,
            self.spreadsheet_action: s.export_spreadsheet,
            self.import_reply_action: s.import_reply,
            self.import_key_action: s.import_headoffice_key and s.read_bytes,
            self.enrolment_action: s.workstation_enrolment and s.save_bytes,
            self.backup_action: s.backup_now,
            self.password_action: s.change_password,
            self.archive_action: s.archive_case,
        }
        self.actions = [a for a, service in needs.items() if service is not None]
        for action, service in needs.items():
            action.setVisible(service is not None)
        #: Actions that write to the workspace (status, access log, keys, password).
        self.writing_actions = {
            self.print_action,
            self.export_selected_action,
            self.export_ready_action,
            self.spreadsheet_action,
            self.import_reply_action,
            self.import_key_action,
            self.password_action,
            self.archive_action,
        }
        self._set_enabled(True)  # a read-only workspace: nothing that writes

    def _build_menus(self) -> None:
        file_menu = self.window.file_menu
        before = self.window.lock_action
        for action in (self.print_action, self.history_action):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        for action in (
            self.export_selected_action,
            self.export_ready_action,
            self.spreadsheet_action,
        ):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        file_menu.insertAction(before, self.import_reply_action)
        file_menu.insertSeparator(before)
        self.tools_menu = QMenu(self.tr("&Tools"), self.window)
        for action in (self.import_key_action, self.enrolment_action):
            self.tools_menu.addAction(action)
        self.tools_menu.addSeparator()
        for action in (self.backup_action, self.password_action):
            self.tools_menu.addAction(action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.archive_action)
        bar = self.window.menuBar()
        bar.insertMenu(self.window.help_menu.menuAction(), self.tools_menu)

    def _set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            writes = action in self.writing_actions
            action.setEnabled(enabled and not (self.window.read_only and writes))

    # -- helpers ---------------------------------------------------------
    def _after(self) -> None:
        self.window.refresh_cases()

    def _render(self, message: Message) -> str:
        return message.render(QCoreApplication.translate)

    def _refused(self, title: str, exc: DomainError | OSError) -> None:
        text = self._render(exc.message) if isinstance(exc, DomainError) else str(exc)
        self.interaction.warn(self.window, title, text)

    def _selected(self, title: str) -> list[str]:
        uuids = self.window.selected_uuids()
        if not uuids:
            self.interaction.info(self.window, title, self.tr("Select a case in the list first."))
        return uuids

    # -- memo and history ------------------------------------------------
    def print_memo(self) -> None:
        if self.memo_printer is None or self.window.is_locked:
            return
        uuids = self._selected(self.tr("Print memo"))
        if uuids:
            self.memo_printer.print_cases(uuids)

    def print_case(self, case_uuid: str) -> None:
        """The case editor's hook: print the memo of the case it shows."""
        if self.memo_printer is not None and not self.window.is_locked:
            self.memo_printer.print_cases([case_uuid])

    def show_history(self) -> CaseHistoryDialog | None:
        s = self.services
        uuid = self.window.selected_uuid()
        if s.history is None or self.window.is_locked:
            return None
        if not uuid:
            self._selected(self.tr("Case history"))
            return None
        from ui.case_history_dialog import CaseHistoryDialog, id_names

        dialog = CaseHistoryDialog(
            self.window.case_number(uuid) or uuid,
            s.history(uuid),
            s.access_log(uuid) if s.access_log else [],
            s.verify_history(uuid) if s.verify_history else None,
            self.interaction,
            s.save_bytes,
            self.window,
            names=id_names(self._checklist()),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.show()
        return dialog

    def _checklist(self) -> Any:
        """The checklist items of the rule pack in force, or None without one."""
        if self.services.rule_pack is None:
            return None
        from domain.fraud.settings import fraud_settings

        try:
            return fraud_settings(self.services.rule_pack()).checklist
        except Exception:  # a broken pack must not keep the history shut
            return None

    # -- export ----------------------------------------------------------
    def export_selected(self) -> ExportDialog | None:
        uuids = self._selected(self.tr("Export to head office"))
        return self.export(uuids) if uuids else None

    def export_ready(self) -> ExportDialog | None:
        if self.services.ready_case_ids is None:
            return None
        uuids = self.services.ready_case_ids()
        if not uuids:
            self.interaction.info(
                self.window,
                self.tr("Export to head office"),
                self.tr("No case is ready: only analysed cases can be exported."),
            )
            return None
        return self.export(uuids)

    def export(self, uuids: Sequence[str]) -> ExportDialog | None:
        s = self.services
        export_case = s.export_case
        if export_case is None or self.window.is_locked:
            return None
        if self.export_dialog is not None and self.export_dialog.running:
            return None
        title = self.tr("Export to head office")
        if s.require_headoffice is not None:
            try:
                s.require_headoffice()
            except DomainError as exc:
                self.interaction.warn(
                    self.window,
                    title,
                    self._render(exc.message)
                    + "\n\n"
                    + self.tr("In the workstation: Tools → Import head office key…"),
                )
                return None
        folder = self.interaction.ask_directory(
            self.window, self.tr("Folder for {n} packages").format(n=len(uuids))
        )
        if not folder:
            return None
        out = Path(folder)
        from ui.export_dialog import ExportDialog

        dialog = ExportDialog(uuids, lambda uuid: export_case(uuid, out), self.window)
        dialog.setMinimumWidth(420)
        self.export_dialog = dialog
        self._set_window_busy(True)

        def completed(done: list[Any], failed: list[Any], cancelled: bool) -> None:
            self._set_window_busy(False)
            self.window.refresh_cases()
            text = self.tr("{done} of {total} cases exported into {folder}.").format(
                done=len(done), total=len(uuids), folder=out
            )
            if cancelled:
                text += " " + self.tr("Cancelled.")
            lines = [f"{self.window.case_number(u) or u}: {self._render(m)}" for u, m in failed]
            if lines:
                text += "\n\n" + "\n".join(lines)
            (self.interaction.warn if lines else self.interaction.info)(self.window, title, text)

        dialog.completed.connect(completed)
        dialog.start()
        return dialog

    def _set_window_busy(self, busy: bool) -> None:
        """Disable the list, menus and toolbar while a batch runs (the progress
        dialog, a separate window, stays usable)."""
        for widget in (self.window.centralWidget(), self.window.menuBar(), self.window.toolbar):
            if widget is not None:
                widget.setEnabled(not busy)
        self._set_enabled(not busy)
        if busy:
            self.window.statusBar().showMessage(
                self.tr("Working in the background; the list is back when it is done.")
            )
        else:
            self.window.statusBar().clearMessage()

    def export_spreadsheet(self) -> list[Path]:
        export = self.services.export_spreadsheet
        title = self.tr("Export spreadsheet")
        uuids = self._selected(title) if export is not None else []
        if export is None or not uuids:
            return []
        name = self.interaction.ask_save_file(
            self.window,
            title,
            "cases.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not name:
            return []
        unmasked = self._ask_unmasked(self.window)
        if unmasked is None:
            return []
        progress = BatchProgress(
            title,
            lambda done, total: self.tr("Writing the spreadsheet: case {done} of {total}…").format(
                done=done, total=total
            ),
            self.window,
        )
        try:
            with busy_cursor():  # restored however the export ends
                written = export(uuids, Path(name), unmasked, progress=progress.step)
        except (DomainError, OSError) as exc:
            self._refused(title, exc)
            return []
        finally:
            progress.close()
            progress.deleteLater()
        self.interaction.info(
            self.window,
            title,
            self.tr("Written: {files}").format(files=", ".join(str(p) for p in written)),
        )
        return written

    # -- keys --------------------------------------------------------------
    def import_reply(self) -> Any:
        """Take in head office's reply to an exported case (``*.fcwreply``): a
        return reopens the case with head office's questions to answer."""
        importer = self.services.import_reply
        if importer is None or self.window.is_locked:
            return None
        title = self.tr("Import head office reply")
        name = self.interaction.ask_open_file(
            self.window, title, "", self.tr("Head office replies (*.fcwreply);;All files (*)")
        )
        if not name:
            return None
        try:
            result = importer(Path(name))
        except (DomainError, OSError) as exc:
            self._refused(title, exc)
            return None
        self._after()
        if result.decision == "return":
            text = self.tr(
                "Head office returned case {number} with {n} questions. Open the case, "
                "answer them in the Conclusion stage, and export it again."
            ).format(number=result.case_number, n=result.added)
        else:
            from ui.stages.fields import tr_label

            text = self.tr("Head office's decision on case {number}: {decision}.").format(
                number=result.case_number, decision=tr_label(result.decision)
            )
        self.interaction.info(self.window, title, text)
        return result

    def import_headoffice_key(self) -> bool:
        s = self.services
        if s.import_headoffice_key is None or s.read_bytes is None:
            return False
        title = self.tr("Import head office key")
        name = self.interaction.ask_open_file(
            self.window, title, "", self.tr("Enrolment files (*.json *.fcwkey);;All files (*)")
        )
        if not name:
            return False
        try:
            data = s.read_bytes(Path(name))
            preview = s.preview_headoffice_key(data) if s.preview_headoffice_key else None
        except (DomainError, OSError) as exc:
            self._refused(title, exc)
            return False
        replace = False
        if preview is not None:
            if preview.same:
                self.interaction.info(
                    self.window, title, self.tr("This head-office key is already stored.")
                )
                return False
            text = self.tr("Head office: {name}\nFingerprint: {fp}\n\nImport this key?").format(
                name=preview.name, fp=preview.fingerprint
            )
            if not self.interaction.confirm(self.window, title, text, self.tr("Import")):
                return False
            if preview.current_fingerprint is not None:
                replace = self.interaction.confirm(
                    self.window,
                    title,
                    self.tr(
                        "A different head-office key is stored ({old}). Replace it with "
                        "{new}? Packages will then be encrypted for the new key only; "
                        "the change is logged."
                    ).format(old=preview.current_fingerprint, new=preview.fingerprint),
                    self.tr("Replace"),
                )
                if not replace:
                    return False
        password = self.interaction.ask_text(
            self.window,
            title,
            self.tr("Your workspace password (head office can then recover the workspace):"),
            secret=True,
        )
        if not password:
            return False
        try:
            s.import_headoffice_key(data, password, replace)
        except DomainError as exc:
            self._refused(title, exc)
            return False
        self.interaction.info(self.window, title, self.tr("The head-office key is stored."))
        return True

    def export_enrolment(self) -> Path | None:
        s = self.services
        if s.workstation_enrolment is None or s.save_bytes is None:
            return None
        title = self.tr("Export this workstation's enrolment file")
        name = self.interaction.ask_save_file(
            self.window, title, "workstation-enrolment.json", self.tr("Enrolment files (*.json)")
        )
        if not name:
            return None
        try:
            s.save_bytes(Path(name), s.workstation_enrolment())
        except (DomainError, OSError) as exc:
            self._refused(title, exc)
            return None
        self.interaction.info(
            self.window,
            title,
            self.tr("Written to {path}. Send it to head office.").format(path=name),
        )
        return Path(name)

    # -- workspace safety ----------------------------------------------------
    def backup_now(self) -> Path | None:
        if self.services.backup_now is None:
            return None
        title = self.tr("Back up now")
        self.window.statusBar().showMessage(self.tr("Backing up the workspace…"))
        started = time.monotonic()
        try:
            with busy_cursor():  # restored however the backup ends
                path = self.services.backup_now()
        except (DomainError, OSError) as exc:
            self.window.statusBar().clearMessage()
            self._refused(title, exc)
            return None
        seconds = time.monotonic() - started
        self.window.statusBar().showMessage(
            self.tr("Backed up to {path} ({s:.1f} s).").format(path=path, s=seconds), 10000
        )
        self.interaction.info(self.window, title, self.tr("Backed up to {path}.").format(path=path))
        return path

    def backup_if_due(self) -> Path | None:
        """The timer's check: a backup when the newest is older than the policy says."""
        due = self.services.backup_if_due
        if due is None:
            return None
        try:
            path = due(self.clock())
        except (DomainError, OSError) as exc:  # reported in the status bar, retried later
            text = self._render(exc.message) if isinstance(exc, DomainError) else str(exc)
            self.window.statusBar().showMessage(
                self.tr("Automatic backup failed: {why}").format(why=text)
            )
            return None
        if path is not None:
            self.window.statusBar().showMessage(
                self.tr("Automatic backup: {path}").format(path=path), 10000
            )
        return path

    def change_password(self) -> bool:
        change = self.services.change_password
        if change is None:
            return False
        answer = self._ask_password(self.window)
        if answer is None:
            return False
        title = self.tr("Change password")
        try:
            change(*answer)
        except DomainError as exc:
            self._refused(title, exc)
            return False
        # The window holds the database open, so the data key is kept here;
        # re-keying is offered through the command line (docs/SECURITY.md, "Keys").
        self.interaction.info(
            self.window,
            title,
            self.tr(
                "The password is changed. Use the new one from now on.\n\n"
                "The data key was kept, so backups and copies of the key file made before "
                "today still open with the old password. To re-encrypt the workspace under "
                "a new key, close the workstation and run: main.py password change "
                "--workspace <folder>"
            ),
        )
        return True

    def archive_selected(self) -> bool:
        archive = self.services.archive_case
        if archive is None:
            return False
        title = self.tr("Archive case")
        uuid = self.window.selected_uuid()
        if not uuid:
            self._selected(title)
            return False
        number = self.window.case_number(uuid) or uuid
        reason = self.interaction.ask_text(
            self.window,
            title,
            self.tr(
                "Archive case {number}? Reason (required when the case was never "
                "exported to head office):"
            ).format(number=number),
        )
        if reason is None:
            return False
        try:
            archive(uuid, reason)
        except (DomainError, KeyError) as exc:
            if isinstance(exc, DomainError):
                self._refused(title, exc)
            else:
                self.interaction.warn(self.window, title, self.tr("The case is no longer there."))
            return False
        self.window.refresh_cases()
        self.interaction.info(
            self.window, title, self.tr("Case {number} is archived.").format(number=number)
        )
        return True


def install_workspace_actions(
    window: MainWindow, services: WorkstationServices, interaction: Interaction, **kwargs: Any
) -> WorkspaceActions:
    actions = WorkspaceActions(window, services, interaction, **kwargs)
    window.workspace_actions = actions  # type: ignore[attr-defined]
    return actions
