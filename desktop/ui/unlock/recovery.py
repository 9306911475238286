"""Forgotten password: the printed recovery key sets a new one and opens the register."""

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.register_access import (
    InvalidRecoveryKey,
    Store,
    StoreOptions,
    TooManyAttempts,
    WrongPassword,
    open_register,
    reset_password,
)
from desktop.ui.busy_dialog import BusyDialog
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.errors import describe_open_error
from desktop.ui.unlock.passwords import NewPasswordFields


def reset_and_open(
    folder: Path, officer_id: str, recovery_key: str, password: str, opts: StoreOptions | None
) -> Store:
    """Runs on the worker: new password for this officer from the recovery key, then open."""
    reset_password(folder, officer_id, recovery_key, password)
    return open_register(folder, officer_id, password=password, opts=opts)


class RecoveryDialog(BusyDialog):
    """Accepted once the new password is set and the register is open (in `store`)."""

    def __init__(
        self,
        folder: Path,
        officer_id: str,
        officer_name: str,
        runner: TaskRunner,
        *,
        options: StoreOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.store: Store | None = None
        self._folder, self._officer_id, self._name = folder, officer_id, officer_name
        self._runner, self._options = runner, options

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.1)
        self.key_edit.setFont(mono)
        self.key_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.key_edit.setMinimumWidth(420)
        self.key_edit.textChanged.connect(self._update)
        self.build_feedback("recovery")

        self._key_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self._key_label, self.key_edit)
        self.fields = NewPasswordFields(self, form=form)
        self.fields.changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._retranslate()
        self._update()

    def submit(self) -> None:
        if not self._can_submit():
            return
        folder, officer_id, options = self._folder, self._officer_id, self._options
        key, password = self.key_edit.text(), self.fields.text()
        self._set_busy(True)
        self._runner.run(
            lambda: reset_and_open(folder, officer_id, key, password, options),
            self._opened,
            self._failed,
            context=self,
        )

    def _opened(self, store: Store) -> None:
        self._set_busy(False)
        self.store = store
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, InvalidRecoveryKey):
            text = self.tr(
                "This is not a valid recovery key: a character is wrong or missing. Check each "
                "group of 5 against the paper (0 and O, 1 and I are read the same)."
            )
        elif isinstance(exc, WrongPassword):
            text = self.tr(
                "This recovery key does not open this register. Find the key printed when this "
                "register was created."
            )
        elif isinstance(exc, TooManyAttempts):
            text = self.tr(
                "Too many wrong recovery keys. Wait %n second(s) and try again.",
                "",
                max(1, round(exc.retry_after)),
            )
        else:
            text = describe_open_error(exc)
        self.show_error(text)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Forgotten password"))
        self.intro.setText(
            self.tr(
                "Type the recovery key printed when the register was created, then choose a "
                "new password for {name}."
            ).format(name=self._name)
        )
        self._key_label.setText(self.tr("Recovery key:"))
        self.ok_button.setText(self.tr("Set password and open"))

    def _can_submit(self) -> bool:
        return not self._busy and bool(self.key_edit.text().strip()) and self.fields.acceptable

    def _update(self) -> None:
        self.ok_button.setEnabled(self._can_submit())

    def inputs(self) -> list[QWidget]:
        return [self.key_edit]

    def _set_busy(self, busy: bool) -> None:
        self.set_busy(busy)
        self.fields.set_editable(not busy)
        self._update()
