"""Give a colleague who cannot open the register on this PC a temporary password."""

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.errors import DomainError
from desktop.services.officer_access import give_password
from desktop.services.settings import OfficerInfo
from desktop.ui.busy_dialog import BusyDialog
from desktop.ui.context import AppContext
from desktop.ui.unlock.passwords import NewPasswordFields, reason_text


class GivePasswordDialog(BusyDialog):
    """Accepted once the colleague has a temporary password; `given` then describes them."""

    def __init__(
        self, ctx: AppContext, colleague: OfficerInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("givePasswordDialog")
        self._ctx = ctx
        self._colleague = colleague
        self.given: OfficerInfo | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.build_feedback("givePassword")
        form = QFormLayout()
        self.fields = NewPasswordFields(self, form=form)
        self.fields.changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._retranslate()
        self._update()

    def submit(self) -> None:
        if self._busy or not self.fields.acceptable:
            return
        store, officer_id, temporary = self._ctx.store, self._colleague.id, self.fields.text()
        self._set_busy(True)
        self._ctx.write(
            lambda: give_password(store, officer_id, temporary),
            self._given,
            self._failed,
            changes={"officer"},
            context=self,
        )

    def _given(self, officer: OfficerInfo) -> None:
        self._set_busy(False)
        self.given = officer
        self.fields.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        code = getattr(exc, "code", "")
        if code == "password.weak" and isinstance(exc, DomainError):
            reasons = "; ".join(reason_text(r) for r in exc.params.get("reasons", []))
            text = self.tr("The password is too weak: {reasons}.").format(reasons=reasons)
        elif code == "officer.has_password":
            text = self.tr(
                "{name} already has a password on this PC. If it is forgotten, they set a new "
                "one with the recovery key (Forgot your password? when unlocking)."
            ).format(name=self._colleague.full_name)
        elif code == "officer.not_allowed":
            text = self.tr("Your role may not give passwords. Ask the commune's officer.")
        elif code == "officer.unknown":
            text = self.tr("This officer is no longer in the register.")
        else:
            text = self.tr(
                "The password could not be given ({error}). Nothing was changed; try again."
            ).format(error=code or type(exc).__name__)
        self.show_error(text)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Give a password"))
        self.intro.setText(
            self.tr(
                "{name} cannot open the register on this PC yet. Give them a temporary password "
                "and tell it to them in person: at their first sign-in they must choose their "
                "own."
            ).format(name=self._colleague.full_name)
        )
        self.ok_button.setText(self.tr("Give password"))

    def _update(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.fields.acceptable)

    def _set_busy(self, busy: bool) -> None:
        self.set_busy(busy)
        self.fields.set_editable(not busy)
        self._update()
