"""Exporting the register's current view to Excel, with progress and a way to stop."""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.domain.errors import DomainError
from desktop.services import register
from desktop.services.register import Column, RegisterView
from desktop.services.register_access import Store
from desktop.ui.task_runner import TaskRunner


class ExportCancelled(Exception):
    """The officer pressed Cancel; the partial file is removed by the writer."""


class ExportJob(QObject):
    """One export: a progress dialog while the worker writes the file, then a message."""

    finished = Signal(int)  # rows written
    failed = Signal(object)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        view: RegisterView,
        columns: list[tuple[Column, str]],
        path: Path,
        *,
        lang: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(self.tr("Export to Excel"))
        self.dialog.setLabelText(self.tr("Writing the list to %1…").replace("%1", path.name))
        self.dialog.setCancelButtonText(self.tr("Stop"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setRange(0, 0)
        self.dialog.canceled.connect(self._cancel.set)
        cancel = self._cancel

        def work(report: Callable[[Any], None]) -> int:
            def progress(done: int, total: int) -> None:
                if cancel.is_set():
                    raise ExportCancelled
                report((done, total))

            return register.export_view(store, view, columns, path, lang=lang, progress=progress)

        runner.run_with_progress(work, self._moved, self._done, self._failed, context=self)

    def _moved(self, step: tuple[int, int]) -> None:
        done, total = step
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _done(self, rows: int) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit(rows)

    def _failed(self, exc: Exception) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.failed.emit(exc)


def export_error_text(exc: Exception) -> str:
    if isinstance(exc, ExportCancelled):
        return QCoreApplication.translate(
            "RegisterExport", "The export was stopped; no file was written."
        )
    if isinstance(exc, DomainError) and exc.code == "permission.restricted":
        return QCoreApplication.translate(
            "RegisterExport",
            "Your role may not export ID numbers, ethnicity, special circumstances or carers' "
            "phones. Hide those columns and export again.",
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "RegisterExport",
            "The file could not be written ({0}). Choose another folder, or close the file if "
            "it is open in Excel, and try again.",
        ).format(exc.strerror or type(exc).__name__)
    return QCoreApplication.translate(
        "RegisterExport", "The export failed ({0}). Nothing was written; try again."
    ).format(type(exc).__name__)


def show_result(widget: QWidget, rows: int, path: Path) -> QMessageBox:
    """A note that does not block: the officer goes on working while it shows."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("RegisterExport", "Export to Excel"),
        QCoreApplication.translate(
            "RegisterExport", "%n children exported to %1.", "", rows
        ).replace("%1", str(path)),
        QMessageBox.StandardButton.Ok,
        widget,
    )
    box.setObjectName("exportResult")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
