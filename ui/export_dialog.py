"""``ExportDialog``: send cases to head office with a progress bar that can be
cancelled.

The export runs in a worker thread (one case after another); progress, each
result and each error come back to the main thread through queued signals
(Picard's ``util/thread.py`` pattern). Cancelling stops before the next case:
the case being written finishes, and since a package is written under a
temporary name and renamed (``storage.package.write_package_file``) no
half-written file is ever left behind.

The dialog knows nothing of storage: main.py hands it ``export_one(case_uuid)``
(e.g. ``lambda u: storage.export.export_case(workspace, u, out_dir)``) which
returns anything with ``path`` or raises a ``DomainError``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from domain.errors import DomainError
from domain.i18n import Message

ExportOne = Callable[[str], Any]


class _ExportWorker(QObject):
    """Runs in the worker thread; talks to the dialog only through signals."""

    progressed = Signal(int, str)  # cases started so far, case uuid
    succeeded = Signal(str, object)  # case uuid, result
    failed = Signal(str, object)  # case uuid, Message
    finished = Signal(bool)  # cancelled

    def __init__(self, case_uuids: Sequence[str], export_one: ExportOne) -> None:
        super().__init__()
        self._case_uuids = list(case_uuids)
        self._export_one = export_one
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        cancelled = False
        for index, case_uuid in enumerate(self._case_uuids):
            if self.cancel_event.is_set():
                cancelled = True
                break
            self.progressed.emit(index, case_uuid)
            try:
                result = self._export_one(case_uuid)
            except DomainError as exc:
                self.failed.emit(case_uuid, exc.message)
            except Exception as exc:  # a bug or an OS error: reported, the batch goes on
                self.failed.emit(case_uuid, Message(str(exc) or type(exc).__name__))
            else:
                self.succeeded.emit(case_uuid, result)
        self.finished.emit(cancelled or self.cancel_event.is_set())


class ExportDialog(QProgressDialog):
    """Progress of a batch export. ``completed(done, failed, cancelled)`` is
    emitted on the main thread when the worker stops: ``done`` is a list of
    ``(case_uuid, result)``, ``failed`` a list of ``(case_uuid, Message)``."""

    completed = Signal(list, list, bool)

    def __init__(
        self,
        case_uuids: Sequence[str],
        export_one: ExportOne,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to head office"))
        self.setLabelText(self.tr("Preparing the export…"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, len(case_uuids))
        self.setValue(0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        # Not modal: a modal QProgressDialog runs processEvents() inside setValue(),
        # re-entering these slots; the caller disables what must not be touched.
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.done_cases: list[tuple[str, Any]] = []
        self.failed_cases: list[tuple[str, Message]] = []
        self.was_cancelled = False
        self.running = False
        self._total = len(case_uuids)
        self._thread = QThread(self)
        self._worker = _ExportWorker(case_uuids, export_one)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self._worker.finished.connect(self._on_finished)
        self.canceled.connect(self.cancel_export)

    def start(self) -> None:
        """Start the worker thread (the dialog shows itself)."""
        self.running = True
        self.show()
        self._thread.start()

    @Slot()
    def cancel_export(self) -> None:
        """Stop before the next case; the case being written is completed."""
        self._worker.cancel_event.set()
        self.setLabelText(self.tr("Cancelling after the current case…"))

    @Slot(int, str)
    def _on_progress(self, index: int, case_uuid: str) -> None:
        self.setValue(index)
        self.setLabelText(
            self.tr("Exporting case {index} of {total}…").format(index=index + 1, total=self._total)
        )

    @Slot(str, object)
    def _on_success(self, case_uuid: str, result: object) -> None:
        self.done_cases.append((case_uuid, result))
        self.setValue(len(self.done_cases) + len(self.failed_cases))

    @Slot(str, object)
    def _on_failure(self, case_uuid: str, message: object) -> None:
        assert isinstance(message, Message)
        self.failed_cases.append((case_uuid, message))
        self.setValue(len(self.done_cases) + len(self.failed_cases))

    @Slot(bool)
    def _on_finished(self, cancelled: bool) -> None:
        self._thread.quit()
        self._thread.wait()
        self.running = False
        self.was_cancelled = cancelled
        self.setValue(self._total)
        self.hide()
        self.completed.emit(list(self.done_cases), list(self.failed_cases), cancelled)

    def failure_texts(self) -> list[str]:
        """Each failure as ``case: reason``, translated."""
        return [
            f"{case_uuid}: {message.render(QCoreApplication.translate)}"
            for case_uuid, message in self.failed_cases
        ]

    def closeEvent(self, event: Any) -> None:
        if self.running:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)
