"""First-run page: the first officer's name, sign-in name, role and password."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.domain.enums import Role
from desktop.domain.text import fold
from desktop.reference.labels import label
from desktop.services.settings import ROLES_THAT_ADD_OFFICERS
from desktop.ui.language import current_language
from desktop.ui.unlock.passwords import NewPasswordFields

MAX_USERNAME = 64


def suggest_username(full_name: str) -> str:
    """ "Trần Thị Mai" -> "tran.thi.mai": what officers are used to from other systems."""
    return ".".join(fold(full_name).split())[:MAX_USERNAME]


class OfficerPage(QWizardPage):
    def __init__(
        self, roles: tuple[Role, ...] | None = None, parent: QWizardPage | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("officerPage")
        # The first officer must be able to give colleagues their own accounts later.
        self._roles = roles or tuple(r for r in Role if r in ROLES_THAT_ADD_OFFICERS)
        self._username_edited = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("officerName")
        self.full_name.setMaxLength(120)
        self.username = QLineEdit(self)
        self.username.setObjectName("officerUsername")
        self.username.setMaxLength(MAX_USERNAME)
        self.role = QComboBox(self)
        self.role.setObjectName("officerRole")
        for role in self._roles:
            self.role.addItem("", role)

        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.full_name)
        form.addRow(self._labels[1], self.username)
        form.addRow(self._labels[2], self.role)
        self.fields = NewPasswordFields(self, form=form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.full_name.textChanged.connect(self._name_changed)
        self.username.textEdited.connect(self._username_typed)
        self.username.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.fields.changed.connect(self.completeChanged)
        self.setCommitPage(True)
        self._retranslate()

    @property
    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def isComplete(self) -> bool:
        return (
            bool(self.full_name.text().strip())
            and bool(self.username.text().strip())
            and self.fields.acceptable
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("The first officer"))
        self.setSubTitle(self.tr("Step 2 of 4"))
        self.intro.setText(
            self.tr(
                "This officer will open the register with their own password. Colleagues can "
                "be added later in Settings, each with a password of their own."
            )
        )
        for widget, text in zip(
            self._labels,
            (self.tr("Full name:"), self.tr("Sign-in name:"), self.tr("Role:")),
            strict=True,
        ):
            widget.setText(text)
        lang = current_language()
        for index, role in enumerate(self._roles):
            self.role.setItemText(index, label(role, lang))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the register"))

    def _name_changed(self, text: str) -> None:
        if not self._username_edited:
            self.username.setText(suggest_username(text))
        self.completeChanged.emit()

    def _username_typed(self, text: str) -> None:
        self._username_edited = bool(text)
