"""Small dialogs of the sync page: enrol this PC, the server password, edit values."""

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.client import unencrypted
from desktop.ui.sync.texts import field_label, show_value


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class EnrolDialog(QDialog):
    """Server address and the officer's server account; the PC is then bound to the commune."""

    def __init__(self, url: str = "", username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol this PC with the city server"))
        self.url = QLineEdit(url, self)
        self.url.setPlaceholderText("https://bvte.haiphong.gov.vn")
        self.username = QLineEdit(username, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(
            self.tr(
                "The PC is enrolled to this register's commune. Your server account is the one "
                "the city gave you; the password is not stored on this PC."
            ),
            self,
        )
        note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Server account"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self))
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        # Said here, with the form still filled in, rather than after a failed enrolment.
        if unencrypted(self.url.text()):
            self.problem.setText(
                self.tr(
                    "An http:// address is not encrypted: children's records would cross the "
                    "network readable by anyone on the way. Use the https:// address the city "
                    "gave you."
                )
            )
            self.problem.show()
            self.url.setFocus()
            return
        super().accept()


class PasswordDialog(QDialog):
    """The server password, asked once per session when the server wants a new login."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("City server login"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        text = QLabel(self.tr("Password of server account %1:").replace("%1", username), self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(_buttons(self))
        self.resize(400, self.sizeHint().height())


class EditValuesDialog(QDialog):
    """One line per field, prefilled; returns the edited values as text."""

    def __init__(self, title: str, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, value in values.items():
            edit = QLineEdit("" if value is None else str(value), self)
            edit.setToolTip(show_value(value))
            self.edits[name] = edit
            form.addRow(field_label(name), edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}
