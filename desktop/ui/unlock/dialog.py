"""The unlock dialog: pick the officer, type the password, open the register off the GUI thread."""

import math
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.register_access import (
    OfficerSlot,
    PasswordChangeRequired,
    Store,
    StoreOptions,
    TooManyAttempts,
    WrongPassword,
    open_register,
)
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.errors import describe_key_notice, describe_open_error
from desktop.ui.unlock.own_password import OwnPasswordDialog
from desktop.ui.unlock.recovery import RecoveryDialog

__all__ = ["UnlockDialog", "describe_open_error"]


class UnlockDialog(QDialog):
    """Accepted once the register is open; the open Store is then in `store`.

    With `locked=True` it is the lock screen: the officer who locked is chosen already and
    Cancel closes BVTE (drafts were saved before locking). `notices` are what reading the key
    file found and mended (Keyring.notices), shown above the fields.
    """

    def __init__(
        self,
        folder: Path,
        officers: list[OfficerSlot],
        runner: TaskRunner,
        *,
        demo_password: str | None = None,
        options: StoreOptions | None = None,
        locked: bool = False,
        officer_id: str | None = None,
        notices: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self._notices = list(notices or [])
        self._folder = folder
        self._runner = runner
        self._options = options
        self._locked = locked
        self._busy = False
        # Misses are counted per officer (per keyring slot), so the wait is too.
        self._locked_until: dict[str, float] = {}
        self._last_error = ""
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.setObjectName("unlockDialog")

        self.title = QLabel(self)
        self.title.setObjectName("unlockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        self.officer_box = QComboBox(self)
        self.officer_box.setObjectName("unlockOfficer")
        for slot in officers:
            self.officer_box.addItem(slot.display_name, slot.officer_id)
        if officer_id is not None:
            index = self.officer_box.findData(officer_id)
            if index >= 0:
                self.officer_box.setCurrentIndex(index)
        self.officer_box.currentIndexChanged.connect(self._officer_changed)

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

        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("unlockNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color: #8a4b00;")
        self.notice_label.setVisible(bool(self._notices))

        self.forgot_button = QPushButton(self)
        self.forgot_button.setObjectName("unlockForgot")
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.recover)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # no percentage to show: Argon2 just takes its time
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)

        self._officer_label = QLabel(self)
        self._password_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self._officer_label, self.officer_box)
        form.addRow(self._password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.notice_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self._retranslate()
        self.password.setFocus()
        self._update_buttons()

    @property
    def officer_id(self) -> str | None:
        return self.officer_box.currentData()

    @property
    def waiting(self) -> bool:
        """True while the chosen officer must wait after too many wrong passwords."""
        return self._remaining() > 0

    # --- actions ---------------------------------------------------------------------------------

    def unlock(self) -> None:
        if not self._can_unlock():
            return
        officer_id = self.officer_id
        password = self.password.text()
        folder, options = self._folder, self._options
        self._set_busy(True)
        self._runner.run(
            lambda: open_register(folder, officer_id, password=password, opts=options),
            self._opened,
            self._failed,
            context=self,
        )

    def recover(self) -> None:
        """Forgotten password: set a new one with the recovery key (modal, then opens)."""
        if self._busy or self.officer_id is None:
            return
        dialog = RecoveryDialog(
            self._folder,
            self.officer_id,
            self.officer_box.currentText(),
            self._runner,
            options=self._options,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._opened(dialog.store))
        dialog.open()

    def choose_own_password(self, temporary: str) -> OwnPasswordDialog:
        """The password was a temporary one: the officer sets their own, then it opens."""
        dialog = OwnPasswordDialog(
            self._folder,
            self.officer_id or "",
            self.officer_box.currentText(),
            temporary,
            self._runner,
            options=self._options,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._opened(dialog.store))
        dialog.open()
        return dialog

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- results ---------------------------------------------------------------------------------

    def _opened(self, store: Store | None) -> None:
        self._set_busy(False)
        if store is None:
            return
        self.store = store
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        officer_id = self.officer_id or ""
        if isinstance(exc, WrongPassword):
            self._last_error = "wrong"
            self.password.clear()
            if exc.retry_after > 0:
                self._start_wait(officer_id, exc.retry_after)
            else:
                self._show_error(self._wrong_password_text())
        elif isinstance(exc, TooManyAttempts):
            self._last_error = "wait"
            self.password.clear()
            self._start_wait(officer_id, exc.retry_after)
        elif isinstance(exc, PasswordChangeRequired):
            self._last_error = ""
            temporary = self.password.text()
            self.password.clear()
            self.choose_own_password(temporary)
            return
        else:
            self._last_error = ""
            self._show_error(describe_open_error(exc))
        self.password.setFocus()

    # --- waiting after wrong passwords -----------------------------------------------------------

    def _start_wait(self, officer_id: str, seconds: float) -> None:
        self._locked_until[officer_id] = _now() + seconds
        self._countdown.start()
        self._tick()

    def _remaining(self) -> int:
        until = self._locked_until.get(self.officer_id or "", 0.0)
        return max(0, math.ceil(until - _now()))

    def _tick(self) -> None:
        remaining = self._remaining()
        if remaining > 0:
            self._show_error(self._wait_text(remaining))
        elif self.officer_id in self._locked_until:
            del self._locked_until[self.officer_id]
            self._show_error(self.tr("You can type your password again now."))
        if not any(until > _now() for until in self._locked_until.values()):
            self._countdown.stop()
        self._update_buttons()

    def _officer_changed(self) -> None:
        if self._remaining() > 0:
            self._tick()
        else:
            self.error_label.hide()
        self._update_buttons()

    def _wrong_password_text(self) -> str:
        return self.tr(
            "Wrong password. Type it again (check Caps Lock and the Vietnamese input method)."
        )

    def _wait_text(self, remaining: int) -> str:
        return self.tr(
            "Too many wrong passwords. Try again in %n second(s), or use the recovery key.",
            "",
            remaining,
        )

    # --- state -----------------------------------------------------------------------------------

    def _can_unlock(self) -> bool:
        return (
            not self._busy
            and self._remaining() == 0
            and bool(self.password.text())
            and self.officer_box.currentIndex() >= 0
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.officer_box.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.error_label.hide()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._retranslate_button()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.unlock_button.setEnabled(self._can_unlock())

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        # A wrapped message needs height the dialog did not have; without this the fields are
        # squeezed and lose the marks above and below their letters (Trần Thị -> Trân Thi).
        self.adjustSize()

    def _retranslate(self) -> None:
        if self._locked:
            self.setWindowTitle(self.tr("BVTE is locked"))
            self.title.setText(self.tr("The register is locked"))
            self.hint.setText(
                self.tr(
                    "Your unsaved entries were kept as drafts. Type your password to continue, "
                    "or choose another officer."
                )
            )
            self.cancel_button.setText(self.tr("Close BVTE"))
        else:
            self.setWindowTitle(self.tr("Open the children's register"))
            self.title.setText(self.tr("Children's register — BVTE"))
            self.hint.setText(
                self.tr("Choose your name and type your password to open the register.")
            )
            self.cancel_button.setText(self.tr("Cancel"))
        self.notice_label.setText("\n".join(describe_key_notice(code) for code in self._notices))
        self._officer_label.setText(self.tr("Officer:"))
        self._password_label.setText(self.tr("Password:"))
        self.forgot_button.setText(self.tr("Forgot your password?"))
        self._retranslate_button()
        if self.error_label.isVisible():
            remaining = self._remaining()
            if remaining > 0:
                self._show_error(self._wait_text(remaining))
            elif self._last_error == "wrong":
                self._show_error(self._wrong_password_text())

    def _retranslate_button(self) -> None:
        self.unlock_button.setText(self.tr("Opening…") if self._busy else self.tr("Unlock"))


def _now() -> float:
    return time.monotonic()
