"""Dialogs of sync by file: choosing a file on the USB stick, and the enrolment file's code."""

from datetime import datetime

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deadlines import LOCAL_TZ
from desktop.protocol.enrolment import EnrolmentHeader


def file_dialog(
    parent: QWidget,
    name: str,
    title: str,
    filters: str,
    *,
    save: bool,
    suggested: str = "",
    folder: str = "",
) -> QFileDialog:
    """A window-modal file dialog, opened without blocking; its fileSelected says the choice.

    Not exec(): the page keeps drawing (and its timers run) while the officer looks for the
    stick, and a test types into it as a person would.
    """
    dialog = QFileDialog(parent, title, folder or QDir.homePath(), filters)
    dialog.setObjectName(name)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("bvte")
        if suggested:
            dialog.selectFile(suggested)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.finished.connect(dialog.deleteLater)
    return dialog


def local_time(moment: datetime) -> str:
    """An instant as the officer reads it: Viet Nam time."""
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y")


class EnrolFileDialog(QDialog):
    """What the enrolment file is for, and the activation code the city gave apart from it."""

    def __init__(self, header: EnrolmentHeader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolFileDialog")
        self.setWindowTitle(self.tr("Enrol this PC by file"))
        note = QLabel(
            self.tr(
                "The city issued this file for one PC. Type the activation code the city gave "
                "you separately (16 digits, by telephone or on paper)."
            ),
            self,
        )
        note.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("enrolCode")
        self.code.setPlaceholderText("0000 0000 0000 0000")
        form = QFormLayout()
        form.addRow(self.tr("Commune:"), QLabel(f"{header.commune_name} ({header.commune_code})"))
        form.addRow(self.tr("Server account:"), QLabel(header.username))
        form.addRow(self.tr("Valid until:"), QLabel(local_time(header.expires())))
        form.addRow(self.tr("Activation code:"), self.code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
