"""New-password fields with the strength rule explained in the officer's language."""

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.passwords import MIN_LENGTH, PASSPHRASE_LENGTH, check_password_strength


def reason_text(code: str) -> str:
    """What a password rule code means, and so what to change."""
    texts = {
        "password.too_short": QCoreApplication.translate(
            "PasswordRules", "use at least {n} characters"
        ).format(n=MIN_LENGTH),
        "password.all_digits": QCoreApplication.translate(
            "PasswordRules", "do not use only digits"
        ),
        "password.too_few_classes": QCoreApplication.translate(
            "PasswordRules",
            "mix capitals, small letters, digits or symbols (or use {n} characters or more)",
        ).format(n=PASSPHRASE_LENGTH),
        "password.common": QCoreApplication.translate(
            "PasswordRules", "this password is too common; choose another"
        ),
    }
    return texts.get(code, code)


def password_problems(password: str, repeat: str) -> list[str]:
    """Translated reasons the pair cannot be used yet; empty when it is fine."""
    problems = [reason_text(code) for code in check_password_strength(password)]
    if password and not problems and not repeat:
        problems.append(
            QCoreApplication.translate("PasswordRules", "type the same password again below")
        )
    elif password and not problems and repeat != password:
        problems.append(
            QCoreApplication.translate("PasswordRules", "the two passwords are not the same")
        )
    return problems


class NewPasswordFields(QWidget):
    """Password and repeat, with the reasons shown live; `acceptable` tells whether to go on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, form: QFormLayout | None = None) -> None:
        """With `form`, the rows join that form so every label lines up; else they are our own."""
        super().__init__(parent)
        self.password = QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeatPassword")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("passwordReasons")
        self.reasons.setWordWrap(True)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)

        self._password_label = QLabel(self)
        self._repeat_label = QLabel(self)
        if form is None:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
        else:
            # Only a holder for the rows now; it still receives LanguageChange while hidden.
            self.hide()
        form.addRow(self._password_label, self.password)
        form.addRow(self._repeat_label, self.repeat)
        form.addRow(self.reasons)
        self._retranslate()

    @property
    def acceptable(self) -> bool:
        return bool(self.password.text()) and not password_problems(
            self.password.text(), self.repeat.text()
        )

    def text(self) -> str:
        return self.password.text()

    def set_editable(self, editable: bool) -> None:
        # The edits may live in another widget's form, so they are switched one by one.
        self.password.setEnabled(editable)
        self.repeat.setEnabled(editable)

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._password_label.setText(self.tr("Password:"))
        self._repeat_label.setText(self.tr("Password again:"))
        self._update()

    def _update(self) -> None:
        password = self.password.text()
        if not password:
            self.reasons.setStyleSheet("")
            self.reasons.setText(
                self.tr(
                    "At least {n} characters, mixing capitals, small letters, digits or symbols; "
                    "or a passphrase of {long} characters or more."
                ).format(n=MIN_LENGTH, long=PASSPHRASE_LENGTH)
            )
        else:
            problems = password_problems(password, self.repeat.text())
            if problems:
                self.reasons.setStyleSheet("color: #b00020;")
                self.reasons.setText(
                    self.tr("Not yet: {reasons}.").format(reasons="; ".join(problems))
                )
            else:
                self.reasons.setStyleSheet("color: #1b5e20;")
                self.reasons.setText(self.tr("The password is strong enough."))
        self.changed.emit()
