"""First-run page: the register is created in the background while a progress bar runs."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from desktop.services.register_access import StoreExists
from desktop.ui.unlock.errors import describe_open_error


class CreatePage(QWizardPage):
    """Starts creating on entry; complete once the register exists (the wizard then moves on)."""

    def __init__(self, parent: QWizardPage | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createPage")
        self.done = False
        self.failed = False
        self.status = QLabel(self)
        self.status.setObjectName("createStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("createProgress")
        # Argon2id gives no percentage; a moving bar shows the app is working, not stuck.
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.retry = QPushButton(self)
        self.retry.setObjectName("createRetry")
        self.retry.hide()
        self.retry.clicked.connect(self._retry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._retranslate()

    def initializePage(self) -> None:
        self._start()

    def isComplete(self) -> bool:
        return self.done

    def finished(self) -> None:
        self.done = True
        self.failed = False
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._retranslate()
        self.completeChanged.emit()

    def failed_with(self, exc: Exception) -> None:
        self.failed = True
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, StoreExists):
            text = self.tr(
                "A register already exists in this folder. Close BVTE and open it instead; "
                "nothing was overwritten."
            )
        elif isinstance(exc, OSError):
            text = self.tr(
                "The register could not be written to the data folder ({error}). Check that "
                "the disk has free space and the folder may be written, then try again."
            ).format(error=exc.strerror or type(exc).__name__)
        else:
            text = describe_open_error(exc)
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;")
        self.retry.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _start(self) -> None:
        self.failed = False
        self.retry.hide()
        self.status.setStyleSheet("")
        self.progress.setRange(0, 0)
        self._retranslate()
        wizard = self.wizard()
        if wizard is not None:
            wizard.create_register()

    def _retry(self) -> None:
        self._start()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Creating the register"))
        self.setSubTitle(self.tr("Step 3 of 4"))
        self.retry.setText(self.tr("Try again"))
        if self.failed:
            return
        if self.done:
            self.status.setText(self.tr("The encrypted register is ready."))
        else:
            self.status.setText(
                self.tr(
                    "Creating the encrypted register and protecting it with your password. "
                    "This takes a few seconds…"
                )
            )
