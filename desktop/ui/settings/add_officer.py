"""Give a colleague their own account on this register: name, sign-in name, role, password."""

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.reference.labels import label
from desktop.services.settings import OfficerInfo, add_colleague
from desktop.ui.busy_dialog import BusyDialog
from desktop.ui.context import AppContext
from desktop.ui.first_run.officer_page import MAX_USERNAME, suggest_username
from desktop.ui.language import current_language
from desktop.ui.unlock.passwords import NewPasswordFields, reason_text


class AddOfficerDialog(BusyDialog):
    """Accepted once the officer exists; `added` then describes them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addOfficerDialog")
        self._ctx = ctx
        self._username_edited = False
        self.added: OfficerInfo | None = None

        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("colleagueName")
        self.full_name.setMaxLength(120)
        self.username = QLineEdit(self)
        self.username.setObjectName("colleagueUsername")
        self.username.setMaxLength(MAX_USERNAME)
        self.role = QComboBox(self)
        self.role.setObjectName("colleagueRole")
        for role in Role:
            self.role.addItem("", role)
        self.build_feedback("colleague")

        self.full_name.textChanged.connect(self._name_changed)
        self.username.textEdited.connect(lambda text: setattr(self, "_username_edited", bool(text)))
        self.username.textChanged.connect(self._update)

        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.full_name)
        form.addRow(self._labels[1], self.username)
        form.addRow(self._labels[2], self.role)
        self.fields = NewPasswordFields(self, form=form)
        self.fields.changed.connect(self._update)
        layout = QVBoxLayout(self)
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
        store = self._ctx.store
        params = {
            "full_name": self.full_name.text(),
            "username": self.username.text(),
            "password": self.fields.text(),
            "role": Role(self.role.currentData()),
        }
        self._set_busy(True)
        self._ctx.write(
            lambda: add_colleague(store, **params), self._added, self._failed,
            changes={"officer"}, context=self,
        )  # fmt: skip

    def _added(self, officer: OfficerInfo) -> None:
        self._set_busy(False)
        self.added = officer
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        code = getattr(exc, "code", "")
        if code == "officer.username_taken":
            text = self.tr("The sign-in name “{name}” is already used. Choose another.").format(
                name=self.username.text().strip()
            )
        elif code == "password.weak" and isinstance(exc, DomainError):
            reasons = "; ".join(reason_text(r) for r in exc.params.get("reasons", []))
            text = self.tr("The password is too weak: {reasons}.").format(reasons=reasons)
        elif code == "officer.not_allowed":
            text = self.tr("Your role may not add officers. Ask the commune's officer.")
        else:
            text = self.tr(
                "The officer could not be added ({error}). Nothing was changed; try again."
            ).format(error=code or type(exc).__name__)
        self.show_error(text)

    def _name_changed(self, text: str) -> None:
        if not self._username_edited:
            self.username.setText(suggest_username(text))
        self._update()

    def _can_submit(self) -> bool:
        return (
            not self._busy
            and bool(self.full_name.text().strip())
            and bool(self.username.text().strip())
            and self.fields.acceptable
        )

    def _update(self) -> None:
        self.ok_button.setEnabled(self._can_submit())

    def inputs(self) -> list[QWidget]:
        return [self.full_name, self.username, self.role]

    def _set_busy(self, busy: bool) -> None:
        self.set_busy(busy)
        self.fields.set_editable(not busy)
        self._update()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an officer"))
        for widget, text in zip(
            self._labels,
            (self.tr("Full name:"), self.tr("Sign-in name:"), self.tr("Role:")),
            strict=True,
        ):
            widget.setText(text)
        lang = current_language()
        for index in range(self.role.count()):
            self.role.setItemText(index, label(Role(self.role.itemData(index)), lang))
        self.ok_button.setText(self.tr("Add officer"))
