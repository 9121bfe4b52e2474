"""Printing credit memos from the main window.

One case: the memo is rendered to a PDF (in a temporary folder) and opened in
the system's PDF viewer. Several cases: one PDF each into a chosen folder, off
the GUI thread, with a progress dialog that can be cancelled (the batch dialog
of the head-office export, with its own texts). The ``print_memo`` service
refuses a case while a red flag is pending without an override (its message
says so); it also sets the status and writes the access log.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from domain.errors import DomainError
from domain.i18n import Message
from ui.busy import busy_cursor
from ui.export_dialog import ExportDialog
from ui.interaction import Interaction

#: ``print_memo(case_uuid, path)`` prints the final memo (raises MemoBlocked
#: when the lifecycle does not allow it yet); ``draft=True`` prints a draft.
PrintMemo = Callable[..., Any]
OpenUrl = Callable[[QUrl], Any]


def memo_file_name(case_uuid: str, number_of: Callable[[str], str]) -> str:
    return f"{number_of(case_uuid) or case_uuid}-memo.pdf"


class MemoBatchDialog(ExportDialog):
    """The batch of memos, in a worker thread; ``completed(done, failed, cancelled)``."""

    def __init__(
        self, case_uuids: Sequence[str], print_one: Callable[[str], Any], parent: QWidget | None
    ) -> None:
        super().__init__(case_uuids, print_one, parent)
        self.setWindowTitle(self.tr("Print credit memos"))
        self.setLabelText(self.tr("Preparing the memos…"))
        self.setMinimumWidth(420)
        # After the base dialog's own (queued) progress slot, on the GUI thread:
        # its label, then ours. Not an override: PySide would call an overriding
        # slot directly in the worker thread.
        self._worker.progressed.connect(self._memo_progress, Qt.ConnectionType.QueuedConnection)

    @Slot(int, str)
    def _memo_progress(self, index: int, case_uuid: str) -> None:
        self.setLabelText(
            self.tr("Printing memo {index} of {total}…").format(index=index + 1, total=self._total)
        )


class MemoPrinter:
    """Prints the memos of cases chosen in ``window``."""

    def __init__(
        self,
        window: QWidget,
        print_memo: PrintMemo,
        interaction: Interaction,
        *,
        number_of: Callable[[str], str] = lambda uuid: "",
        open_url: OpenUrl = QDesktopServices.openUrl,
        temp_dir: Callable[[], Path] | None = None,
        after: Callable[[], None] = lambda: None,
    ) -> None:
        self.window = window
        self.print_memo = print_memo
        self.interaction = interaction
        self.number_of = number_of
        self.open_url = open_url
        self._temp_dir = temp_dir or (lambda: Path(tempfile.mkdtemp(prefix="fcw-memo-")))
        self.after = after
        self.batch: MemoBatchDialog | None = None
        #: ``set_busy(True)`` while a batch runs: the caller disables its list and menus.
        self.set_busy: Callable[[bool], None] = lambda busy: None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("MemoPrinter", text)

    def print_cases(self, case_uuids: Sequence[str]) -> None:
        if not case_uuids:
            self.interaction.info(
                self.window, self.tr("Print memo"), self.tr("Select a case in the list first.")
            )
        elif len(case_uuids) == 1:
            self.print_one(case_uuids[0])
        else:
            self.print_batch(case_uuids)

    def print_one(self, case_uuid: str, *, draft: bool = False) -> Path | None:
        """Render the memo to a temporary PDF and open it in the system viewer.

        When the final memo may not be printed yet (the case is not analysed,
        holds an invalid value or a pending red flag), the officer is told
        why and offered a draft, marked as such on every page."""
        from domain.memo import MemoBlocked  # the case model loads with the first print

        path = self._temp_dir() / memo_file_name(case_uuid, self.number_of)
        try:
            self._render(case_uuid, path, draft)
        except MemoBlocked as exc:
            if draft or not self._offer_draft(exc.message, case_uuid):
                return None
            return self.print_one(case_uuid, draft=True)
        except DomainError as exc:
            self._refused(exc.message)
            return None
        except OSError as exc:
            self._refused(Message(str(exc)))
            return None
        self.after()
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.interaction.info(
                self.window,
                self.tr("Memo printed"),
                self.tr("The memo is at {path}; no PDF viewer could open it.").format(path=path),
            )
        return path

    def _render(self, case_uuid: str, path: Path, draft: bool) -> None:
        with busy_cursor():
            if draft:
                self.print_memo(case_uuid, path, draft=True)
            else:
                self.print_memo(case_uuid, path)

    def _offer_draft(self, why: Message, case_uuid: str = "") -> bool:
        """Why the memo is blocked; a draft offered, and the case's fraud flags
        when the window can show them (``window.show_case_flags(uuid)``, the
        case editor's dock: docs/DOMAIN.md, "Flags at hand")."""
        head = self.tr("The final memo cannot be printed yet:")
        offer = self.tr("You can print a draft, marked DRAFT on every page, to discuss the case.")
        reasons = why.render(QCoreApplication.translate)
        text = f"{head}\n{reasons}\n\n{offer}"
        show_flags = getattr(self.window, "show_case_flags", None)
        if not callable(show_flags) or not case_uuid:
            return self.interaction.confirm(
                self.window, self.tr("Memo not printed"), text, self.tr("Print draft")
            )
        choice = self.interaction.choose(
            self.window,
            self.tr("Memo not printed"),
            text,
            [self.tr("Print draft"), self.tr("Show the fraud flags")],
        )
        if choice == 1:
            show_flags(case_uuid)
        return choice == 0

    def _refused(self, message: Message) -> None:
        self.interaction.warn(
            self.window,
            self.tr("Memo not printed"),
            message.render(QCoreApplication.translate),
        )

    def print_batch(self, case_uuids: Sequence[str]) -> MemoBatchDialog | None:
        """One PDF per case into a chosen folder, off the GUI thread."""
        if self.batch is not None and self.batch.running:
            return None
        folder = self.interaction.ask_directory(
            self.window, self.tr("Folder for {n} memos").format(n=len(case_uuids))
        )
        if not folder:
            return None
        out = Path(folder)

        # Names from the list now, on the GUI thread (the worker may not touch the model).
        names = {uuid: self.number_of(uuid) or uuid for uuid in case_uuids}
        files = {uuid: out / memo_file_name(uuid, self.number_of) for uuid in case_uuids}

        def print_one(case_uuid: str) -> Path:
            self.print_memo(case_uuid, files[case_uuid])
            return files[case_uuid]

        dialog = MemoBatchDialog(case_uuids, print_one, self.window)
        self.batch = dialog
        self.set_busy(True)

        def completed(done: list[Any], failed: list[Any], cancelled: bool) -> None:
            self.set_busy(False)
            self.after()
            lines = [
                f"{names.get(uuid, uuid)}: {message.render(QCoreApplication.translate)}"
                for uuid, message in failed
            ]
            text = self.tr("{done} of {total} memos printed into {folder}.").format(
                done=len(done), total=len(case_uuids), folder=out
            )
            if cancelled:
                text += " " + self.tr("Cancelled.")
            if lines:
                text += "\n\n" + "\n".join(lines)
            show = self.interaction.warn if lines else self.interaction.info
            show(self.window, self.tr("Print credit memos"), text)

        dialog.completed.connect(completed)
        dialog.start()
        return dialog
