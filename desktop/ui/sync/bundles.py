"""The Sync page's box for sync by file: the island PC's export, answer and enrolment, and the
connected PC that carries another PC's file to the server."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync import bundle as sync_bundle
from desktop.sync.errors import SyncError
from desktop.ui.context import AppContext
from desktop.ui.retexts import Retexts
from desktop.ui.sync.bundle_dialogs import EnrolFileDialog, file_dialog, local_time
from desktop.ui.sync.dialogs import PasswordDialog
from desktop.ui.sync.messages import explain


class _Relay(QObject):
    """Carries export progress from the worker thread to the box (queued)."""

    progress = Signal(int, int)


class BundleBox(QGroupBox):
    """Four buttons; each asks for its file(s), works on the runner and says what happened.

    `password()` is the server password the page holds (None if not typed this session) and
    `remember(password)` gives it one typed here.
    """

    changed = Signal()  # the register or the sync status changed: the page reloads

    def __init__(
        self,
        ctx: AppContext,
        password: Callable[[], str | None],
        remember: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleBox")
        self._ctx, self._password, self._remember = ctx, password, remember
        self._status: Any = None
        self._busy = False
        self._folder = ""  # the last folder a file was taken from or put in: the stick
        self._retry: tuple[Path, Path] | None = None  # a file to carry once logged in
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._texts = Retexts()
        self._texts.add(lambda: self.setTitle(self.tr("Without a network: sync by file")))
        intro = QLabel(self)
        intro.setWordWrap(True)
        self._texts.add(
            lambda: intro.setText(
                self.tr(
                    "A PC with no connection sends its changes on a USB stick; any connected "
                    "BVTE PC of the city carries the file to the server and saves the answer, "
                    "which brings back the commune's news."
                )
            )
        )
        self.export_button = self._button(
            "exportBundle", lambda: self.tr("Export a file for the city..."), self.export
        )
        self.answer_button = self._button(
            "importAnswer", lambda: self.tr("Import the answer..."), self.import_answer
        )
        self.forward_button = self._button(
            "forwardBundle",
            lambda: self.tr("Carry another PC's file to the server..."),
            self.forward,
        )
        self.enrol_button = self._button(
            "enrolByFile", lambda: self.tr("Enrol by file..."), self.enrol_by_file
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("bundleMessage")
        self.message.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.export_button, 0, 0)
        grid.addWidget(self.answer_button, 0, 1)
        grid.addWidget(self.forward_button, 1, 0)
        grid.addWidget(self.enrol_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self._texts.apply()
        self.set_status(None)

    def _button(self, name: str, text: Callable[[], str], slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        self._texts.add(lambda: button.setText(text()))
        button.clicked.connect(slot)
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts.apply()
        super().changeEvent(event)

    def set_status(self, status: Any) -> None:
        """Export and answers need this PC enrolled; carrying needs it online-enrolled; enrolling
        by file is for a PC not enrolled, or enrolled by file and still unconfirmed."""
        self._status = status
        enrolled = bool(status and status.enrolled)
        waiting = bool(status and status.awaiting_answer)
        free = not self._busy
        self.export_button.setEnabled(free and enrolled)
        self.answer_button.setEnabled(free and enrolled)
        self.forward_button.setEnabled(free and enrolled and not waiting
                                       and bool(status.server_url))
        self.enrol_button.setEnabled(free and (not enrolled or waiting))

    # ---- work on the runner ----------------------------------------------------------

    def _start(self, text: str, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._busy = True
        self.set_status(self._status)
        self.message.setText(text)
        self.progress.setRange(0, 0)  # busy until there is something to count
        self.progress.show()
        self._ctx.write(job, lambda result: self._finish(done, result), self._failed,
                        changes={"sync"}, context=self)  # fmt: skip

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        self._stop()
        done(result)
        self.changed.emit()

    def _stop(self) -> None:
        self._busy = False
        self.progress.hide()
        self.set_status(self._status)

    def _failed(self, exc: Exception) -> None:
        self._stop()
        if isinstance(exc, SyncError) and exc.code == "sync.login_needed" and self._retry:
            self.message.setText("")
            self._login_needed()
            return
        self._retry = None
        if isinstance(exc, SyncError):
            self.message.setText(explain(exc))
        else:
            self.message.setText(
                self.tr("Something went wrong (%1). Nothing was lost.").replace(
                    "%1", type(exc).__name__
                )
            )
        self.changed.emit()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))

    def _chosen(self, path: str) -> Path:
        chosen = Path(path)
        self._folder = str(chosen.parent)
        return chosen

    # ---- export and answer -------------------------------------------------------------

    def export(self) -> None:
        store = self._ctx.store
        name = f"gui-thanh-pho-{store.commune_code}-{date.today():%Y%m%d}.bvte"
        dialog = file_dialog(self, "bundleExportDialog", self.tr("Save the file for the city"),
                             self.tr("BVTE sync files (*.bvte)"), save=True, suggested=name,
                             folder=self._folder)
        dialog.fileSelected.connect(lambda path: self._export_to(self._chosen(path)))
        dialog.open()

    def _export_to(self, target: Path) -> None:
        store, emit = self._ctx.store, self._relay.progress.emit
        self._start(self.tr("Writing the file..."),
                    lambda: sync_bundle.export_bundle(store, target, progress=emit),
                    lambda made: self._exported(made, target))

    def _exported(self, made: sync_bundle.Exported, target: Path) -> None:
        if made.changes:
            text = self.tr(
                "%1 changes were written to %2, sealed: only the city server can read them."
            ).replace("%1", str(made.changes)).replace("%2", target.name)
        else:
            text = self.tr(
                "No change waits to be sent: the file %1 asks the city for the commune's news."
            ).replace("%1", target.name)
        if made.left:
            text += " " + self.tr(
                "%1 changes did not fit; they go in the next file, once this file's answer is "
                "imported."
            ).replace("%1", str(made.left))
        if made.enrolling:
            text += " " + self.tr("The file also completes this PC's enrolment.")
        text += " " + self.tr(
            "Take it to a connected BVTE PC of the city and bring its answer back."
        )
        self.message.setText(text)

    def import_answer(self) -> None:
        dialog = file_dialog(self, "answerImportDialog", self.tr("Choose the answer file"),
                             self.tr("BVTE sync files (*.bvte)"), save=False, folder=self._folder)
        dialog.fileSelected.connect(lambda path: self._import_from(self._chosen(path)))
        dialog.open()

    def _import_from(self, source: Path) -> None:
        store = self._ctx.store
        self._start(self.tr("Importing the answer..."),
                    lambda: sync_bundle.import_answer(store, source), self._imported)

    def _imported(self, summary: sync_bundle.AnswerSummary) -> None:
        pushed = summary.pushed
        text = self.tr(
            "The answer is imported: %1 changes taken by the server, %2 conflicts, %3 refused, "
            "%4 records received."
        )
        for mark, value in (
            ("%1", pushed.applied + pushed.merged + pushed.duplicates),
            ("%2", pushed.conflicts),
            ("%3", pushed.rejected),
            ("%4", summary.pulled),
        ):
            text = text.replace(mark, str(value))
        if summary.confirmed:
            text += " " + self.tr("The city has confirmed this PC's enrolment.")
        if summary.waiting:
            text += " " + self.tr(
                "%1 records wait for the records they belong to; the next answer brings them."
            ).replace("%1", str(summary.waiting))
        self.message.setText(text)

    # ---- carrying another PC's file ----------------------------------------------------

    def forward(self) -> None:
        dialog = file_dialog(self, "forwardSourceDialog",
                             self.tr("Choose the file of the PC with no network"),
                             self.tr("BVTE sync files (*.bvte)"), save=False, folder=self._folder)
        dialog.fileSelected.connect(lambda path: self._ask_answer_place(self._chosen(path)))
        dialog.open()

    def _ask_answer_place(self, source: Path) -> None:
        dialog = file_dialog(self, "forwardAnswerDialog", self.tr("Save the server's answer"),
                             self.tr("BVTE sync files (*.bvte)"), save=True,
                             suggested=f"tra-loi-{source.stem}.bvte", folder=str(source.parent))
        dialog.fileSelected.connect(lambda path: self._forward(source, Path(path)))
        dialog.open()

    def _forward(self, source: Path, answer: Path) -> None:
        store, password = self._ctx.store, self._password()
        self._start(
            self.tr("Sending the file to the server and waiting for its answer..."),
            lambda: sync_bundle.forward_bundle(store, source, answer, password=password),
            lambda done: self._forwarded(done, answer),
        )
        self._retry = (source, answer)

    def _forwarded(self, done: sync_bundle.Forwarded, answer: Path) -> None:
        self._retry = None
        self.message.setText(
            self.tr(
                "The server took the file: %1 changes of commune %2. The answer is %3: copy it "
                "to the USB stick and import it on the PC that made the file."
            )
            .replace("%1", str(done.changes))
            .replace("%2", done.commune_code)
            .replace("%3", str(answer))
        )

    def _login_needed(self) -> None:
        username = self._status.username if self._status else ""
        dialog = PasswordDialog(username, self)
        dialog.setObjectName("bundlePasswordDialog")
        dialog.accepted.connect(lambda: self._with_password(dialog.password.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _with_password(self, password: str) -> None:
        if password and self._retry is not None:
            self._remember(password)
            self._forward(*self._retry)

    # ---- enrolment by file -------------------------------------------------------------

    def enrol_by_file(self) -> None:
        dialog = file_dialog(self, "enrolFileChooser", self.tr("Choose the enrolment file"),
                             self.tr("BVTE enrolment files (*.bvte-enrol)"), save=False,
                             folder=self._folder)
        dialog.fileSelected.connect(lambda path: self._read_enrolment(self._chosen(path)))
        dialog.open()

    def _read_enrolment(self, source: Path) -> None:
        self._start(self.tr("Reading the enrolment file..."),
                    lambda: sync_bundle.read_enrolment(source),
                    lambda header: self._ask_code(source, header))

    def _ask_code(self, source: Path, header: Any) -> None:
        dialog = EnrolFileDialog(header, self)
        dialog.accepted.connect(lambda: self._enrol(source, dialog.code.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _enrol(self, source: Path, code: str) -> None:
        store = self._ctx.store
        self._start(self.tr("Checking the code (a few seconds)..."),
                    lambda: sync_bundle.enrol_by_file(store, source, code), self._enrolled)

    def _enrolled(self, done: Any) -> None:
        self.message.setText(
            self.tr(
                "This PC is enrolled by file for %1. Export a file for the city and let it "
                "reach the server before %2: its answer completes the enrolment."
            )
            .replace("%1", done.commune_name)
            .replace("%2", local_time(done.expires_at))
        )
