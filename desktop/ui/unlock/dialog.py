"""The unlock dialog: pick the officer, type the password, open the register off the GUI thread."""

import math
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.errors import StoreCorrupt, StoreLocked, StoreMissing
from desktop.storage.keys import (
    KeyringCorrupt,
    KeyringMissing,
    OfficerSlot,
    TooManyAttempts,
    UnknownOfficer,
    WrongPassword,
)
from desktop.storage.store import Store, StoreOptions
from desktop.ui.tasks import TaskRunner


def describe_open_error(exc: Exception) -> str:
    """What went wrong when opening the register, and what the officer can do about it."""
    if isinstance(exc, StoreMissing | KeyringMissing):
        return QCoreApplication.translate(
            "UnlockDialog",
            "No register was found in this folder. Check the folder, or create a register "
            "with 'bvte init' (or open the sample register with 'bvte demo').",
        )
    if isinstance(exc, KeyringCorrupt):
        return QCoreApplication.translate(
            "UnlockDialog",
            "The key file (register.keys) is damaged and its backup copy cannot be used. "
            "Restore register.keys from your latest backup.",
        )
    if isinstance(exc, StoreCorrupt):
        return QCoreApplication.translate(
            "UnlockDialog",
            "The register file is damaged or unreadable. Nothing was changed. "
            "Restore it from the latest backup and tell the technical team.",
        )
    if isinstance(exc, StoreLocked):
        return QCoreApplication.translate(
            "UnlockDialog",
            "The register is being used by another program. "
            "Close that program (or wait a moment) and try again.",
        )
    if isinstance(exc, UnknownOfficer):
        return QCoreApplication.translate(
            "UnlockDialog", "This officer is no longer in the register. Choose another officer."
        )
    return QCoreApplication.translate(
        "UnlockDialog",
        "The register could not be opened ({0}). Nothing was changed. "
        "Run 'bvte doctor' and tell the technical team.",
    ).format(type(exc).__name__)


class UnlockDialog(QDialog):
    """Accepted once the register is open; the open Store is then in `store`."""

    def __init__(
        self,
        folder: Path,
        officers: list[OfficerSlot],
        runner: TaskRunner,
        *,
        demo_password: str | None = None,
        options: StoreOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self._folder = folder
        self._runner = runner
        self._options = options
        self._busy = False
        self._locked_until = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        self.setWindowTitle(self.tr("Open the children's register"))
        self.setObjectName("unlockDialog")

        title = QLabel(self.tr("Children's register — BVTE"), self)
        title.setObjectName("unlockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(self.tr("Choose your name and type your password to open the register."))
        hint.setWordWrap(True)

        self.officer_box = QComboBox(self)
        self.officer_box.setObjectName("unlockOfficer")
        for slot in officers:
            self.officer_box.addItem(slot.display_name, slot.officer_id)

        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(260)
        if demo_password:
            self.password.setText(demo_password)
        self.password.textChanged.connect(self._update_buttons)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("unlockError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # no percentage to show: Argon2 just takes its time
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Officer:"), self.officer_box)
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.password.setFocus()
        self._update_buttons()

    # --- actions ---------------------------------------------------------------------------------

    def unlock(self) -> None:
        if not self._can_unlock():
            return
        officer_id = self.officer_box.currentData()
        password = self.password.text()
        folder, options = self._folder, self._options
        self._set_busy(True)
        self._runner.run(
            lambda: Store.open(folder, officer_id=officer_id, password=password, opts=options),
            self._opened,
            self._failed,
            context=self,
        )

    def reject(self) -> None:
        # Argon2 cannot be interrupted; leaving now would orphan the store it is about to open.
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._busy and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    # --- results ---------------------------------------------------------------------------------

    def _opened(self, store: Store) -> None:
        self._set_busy(False)
        self.store = store
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassword):
            self._show_error(
                self.tr(
                    "Wrong password. Type it again (check Caps Lock and the Vietnamese "
                    "input method)."
                )
            )
            self.password.clear()
            if exc.retry_after > 0:
                self._start_lockout(exc.retry_after)
        elif isinstance(exc, TooManyAttempts):
            self.password.clear()
            self._start_lockout(exc.retry_after)
        else:
            self._show_error(describe_open_error(exc))
        self.password.setFocus()

    # --- lockout ---------------------------------------------------------------------------------

    def _start_lockout(self, seconds: float) -> None:
        self._locked_until = _now() + seconds
        self._countdown.start()
        self._tick()

    def _tick(self) -> None:
        remaining = math.ceil(self._locked_until - _now())
        if remaining <= 0:
            self._countdown.stop()
            self._locked_until = 0.0
            self._show_error(self.tr("You can try your password again now."))
        else:
            self._show_error(
                self.tr(
                    "Too many wrong passwords. Try again in %n second(s), or use the recovery key.",
                    "",
                    remaining,
                )
            )
        self._update_buttons()

    # --- state -----------------------------------------------------------------------------------

    def _can_unlock(self) -> bool:
        return (
            not self._busy
            and not self._countdown.isActive()
            and bool(self.password.text())
            and self.officer_box.currentIndex() >= 0
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.officer_box.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        if busy:
            self.error_label.hide()
            self.unlock_button.setText(self.tr("Opening…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unlock_button.setText(self.tr("Unlock"))
            self.unsetCursor()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.unlock_button.setEnabled(self._can_unlock())

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        # A wrapped message needs height the dialog did not have; without this the fields are
        # squeezed and lose the marks above and below their letters (Trần Thị -> Trân Thi).
        self.adjustSize()


def _now() -> float:
    return time.monotonic()
