"""A temporary password was typed: its officer chooses their own, then the register opens."""

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.register_access import SamePassword, Store, StoreOptions, open_register
from desktop.ui.busy_dialog import BusyDialog
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.errors import describe_open_error
from desktop.ui.unlock.passwords import NewPasswordFields


class OwnPasswordDialog(BusyDialog):
    """Accepted once the officer's own password replaced the temporary one and the register is
    open (in `store`)."""

    def __init__(
        self,
        folder: Path,
        officer_id: str,
        officer_name: str,
        temporary: str,
        runner: TaskRunner,
        *,
        options: StoreOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ownPasswordDialog")
        self.store: Store | None = None
        self._folder, self._officer_id, self._name = folder, officer_id, officer_name
        self._temporary, self._runner, self._options = temporary, runner, options

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.build_feedback("ownPassword")
        form = QFormLayout()
        self.fields = NewPasswordFields(self, form=form)
        self.fields.changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._retranslate()
        self._update()

    def submit(self) -> None:
        if not self._can_submit():
            return
        folder, officer_id, options = self._folder, self._officer_id, self._options
        temporary, own = self._temporary, self.fields.text()
        self._set_busy(True)
        self._runner.run(
            lambda: open_register(
                folder, officer_id, password=temporary, new_password=own, opts=options
            ),
            self._opened,
            self._failed,
            context=self,
        )

    def _opened(self, store: Store) -> None:
        self._set_busy(False)
        self.store = store
        self._temporary = ""
        self.fields.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, SamePassword):
            text = self.tr("Choose a password different from the temporary one.")
        else:
            text = describe_open_error(exc)
        self.show_error(text)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose your own password"))
        self.intro.setText(
            self.tr(
                "The password typed for {name} is a temporary one, given by a colleague. Choose "
                "your own now: from then on only you know it, and the temporary password no "
                "longer opens the register."
            ).format(name=self._name)
        )
        self.ok_button.setText(self.tr("Set password and open"))

    def _can_submit(self) -> bool:
        return not self._busy and self.fields.acceptable

    def _update(self) -> None:
        self.ok_button.setEnabled(self._can_submit())

    def _set_busy(self, busy: bool) -> None:
        self.set_busy(busy)
        self.fields.set_editable(not busy)
        self._update()
