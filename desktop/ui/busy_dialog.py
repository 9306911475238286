"""A dialog whose OK starts background work: it shows progress and cannot be closed meanwhile."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QWidget


class BusyDialog(QDialog):
    """Subclasses call `build_feedback()`, implement `submit()` and `_retranslate()`, and list
    their inputs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    def build_feedback(self, name: str) -> None:
        """The error line, the busy bar and OK/Cancel; `name` prefixes their object names."""
        self.error_label = QLabel(self)
        self.error_label.setObjectName(f"{name}Error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        raise NotImplementedError

    def _retranslate(self) -> None:
        """Set every text again; called when the language changes."""

    def show_error(self, text: str) -> None:
        """The error under the form, the dialog grown to show it; what was typed stays."""
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def inputs(self) -> list[QWidget]:
        """The widgets locked while the work runs."""
        return []

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in self.inputs():
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        if busy:
            self.error_label.hide()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def reject(self) -> None:
        # The work cannot be interrupted; leaving now would orphan what it is about to make.
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
