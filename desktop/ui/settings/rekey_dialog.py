"""Change the encryption key: what it does and why, the officer's password and her colleagues'
temporary ones, the work with its progress, then the new recovery key, shown once."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.passwords import check_password_strength
from desktop.services.register_access import (
    OfficerSlot,
    StoreLocked,
    TooManyAttempts,
    WrongPassword,
)
from desktop.services.rekey import STAGES, RekeyOutcome, colleagues, rekey_register
from desktop.ui.context import AppContext
from desktop.ui.first_run.recovery_page import RecoveryKeyView
from desktop.ui.settings.rekey_texts import error_text, stage_text, summary_text
from desktop.ui.unlock.passwords import reason_text

CONFIRM, WORKING, DONE = range(3)


class ColleagueRow:
    """One colleague's temporary password: empty leaves them out, to be given one later."""

    def __init__(self, slot: OfficerSlot, parent: QWidget) -> None:
        self.slot = slot
        self.label = QLabel(parent)
        self.edit = QLineEdit(parent)
        self.edit.setObjectName(f"temporary_{slot.officer_id}")
        # Shown as typed: the officer tells it to the colleague, who replaces it at once.
        self.edit.setMinimumWidth(260)
        self.reasons = QLabel(parent)
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #b00020;")
        self.reasons.hide()

    @property
    def problems(self) -> list[str]:
        return [reason_text(code) for code in check_password_strength(self.edit.text())]


class RekeyDialog(QDialog):
    """Accepted once the register has its new key and the new recovery key was acknowledged;
    `outcome` then tells what was done."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekeyDialog")
        self._ctx = ctx
        self._busy = False
        self._stage = STAGES[0]
        self._error = ""
        self._wait = 0
        self._cause: Exception | None = None
        self.outcome: RekeyOutcome | None = None
        self.rows: list[ColleagueRow] = []

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._working_page())
        self.pages.addWidget(self._done_page())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setObjectName("rekeyStart")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self._retranslate()
        self._update()
        store = ctx.store
        ctx.read(lambda: colleagues(store), self._show_colleagues, context=self)

    # --- pages -----------------------------------------------------------------------------------

    def _confirm_page(self) -> QWidget:
        page = QWidget(self)
        self.heading = QLabel(page)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.what = QLabel(page)
        self.why = QLabel(page)
        self.after = QLabel(page)
        for label in (self.what, self.why, self.after):
            label.setWordWrap(True)
        self.password = QLineEdit(page)
        self.password.setObjectName("rekeyPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(self._update)
        self._password_label = QLabel(page)
        form = QFormLayout()
        form.addRow(self._password_label, self.password)
        self.colleagues_box = QGroupBox(page)
        self.colleagues_form = QFormLayout(self.colleagues_box)
        self.no_colleagues = QLabel(self.colleagues_box)
        self.no_colleagues.setWordWrap(True)
        self.colleagues_form.addRow(self.no_colleagues)
        self.error_label = QLabel(page)
        self.error_label.setObjectName("rekeyError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.what, self.why, self.after):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.colleagues_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        return page

    def _working_page(self) -> QWidget:
        page = QWidget(self)
        self.working_title = QLabel(page)
        font = self.working_title.font()
        font.setBold(True)
        self.working_title.setFont(font)
        self.working_note = QLabel(page)
        self.working_note.setWordWrap(True)
        self.bar = QProgressBar(page)
        self.bar.setObjectName("rekeyProgress")
        self.bar.setRange(0, len(STAGES))
        self.bar.setValue(0)
        self.stage_label = QLabel(page)
        self.stage_label.setObjectName("rekeyStage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.working_title)
        layout.addWidget(self.working_note)
        layout.addSpacing(12)
        layout.addWidget(self.bar)
        layout.addWidget(self.stage_label)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_title = QLabel(page)
        font = self.done_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.done_title.setFont(font)
        self.done_intro = QLabel(page)
        self.done_intro.setWordWrap(True)
        self.key_view = RecoveryKeyView(page)
        self.summary = QLabel(page)
        self.summary.setObjectName("rekeySummary")
        self.summary.setWordWrap(True)
        self.confirm = QCheckBox(page)
        self.confirm.setObjectName("rekeyKeyKept")
        self.confirm.toggled.connect(self._update)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_intro)
        layout.addWidget(self.key_view)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        return page

    def _show_colleagues(self, slots: list[OfficerSlot]) -> None:
        self.no_colleagues.setVisible(not slots)
        for slot in slots:
            row = ColleagueRow(slot, self.colleagues_box)
            row.edit.textChanged.connect(self._update)
            self.colleagues_form.addRow(row.label, row.edit)
            self.colleagues_form.addRow(row.reasons)
            # Shown now, not at the next turn of the event loop, so adjustSize counts them.
            row.label.show()
            row.edit.show()
            self.rows.append(row)
        self._retranslate()
        self._update()
        # The rows came after the first layout: the dialog grows to hold them (a commune has a
        # handful of officers at most).
        self.adjustSize()

    # --- the work --------------------------------------------------------------------------------

    def _ok(self) -> None:
        if self.pages.currentIndex() == DONE:
            self.accept()
        else:
            self.start()

    def start(self) -> None:
        if not self._can_start():
            return
        store, password = self._ctx.store, self.password.text()
        temporary = {row.slot.officer_id: row.edit.text() for row in self.rows if row.edit.text()}
        self._busy = True
        self._error = ""
        self.error_label.hide()
        self._ctx.signals.keep_unlocked.emit(True)
        self.pages.setCurrentIndex(WORKING)
        self._show_stage((STAGES[0], 0, len(STAGES)))
        self._update()
        self._ctx.write(
            lambda report: rekey_register(
                store,
                password=password,
                temporary=temporary,
                progress=lambda stage, done, total: report((stage, done, total)),
            ),
            self._done,
            self._failed,
            changes={"officer"},
            context=self,
            on_progress=self._show_stage,
        )

    def _show_stage(self, step: tuple[str, int, int]) -> None:
        self._stage, done, total = step
        self.stage_label.setText(stage_text(self._stage))
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _done(self, outcome: RekeyOutcome) -> None:
        self._busy = False
        self.outcome = outcome
        self.password.clear()
        for row in self.rows:
            row.edit.clear()
        self.key_view.show_key(outcome.recovery_key, outcome.commune_name, reissued=True)
        self.pages.setCurrentIndex(DONE)
        self._retranslate()
        self._update()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._ctx.signals.keep_unlocked.emit(False)
        self.pages.setCurrentIndex(CONFIRM)
        if isinstance(exc, WrongPassword | TooManyAttempts):
            self.password.clear()
        if isinstance(exc, WrongPassword) and exc.retry_after <= 0:
            self._error = "wrong"
        elif isinstance(exc, WrongPassword | TooManyAttempts):
            self._error = "wait"
            self._wait = max(1, round(exc.retry_after))
        elif isinstance(exc, StoreLocked):
            self._error = "locked"
        elif isinstance(exc, DomainError) and exc.code in ("officer.not_allowed", "password.weak"):
            self._error = exc.code
        else:
            self._error = "other"
            self._cause = exc
        self._show_error()
        self.password.setFocus()
        self._update()

    def _show_error(self) -> None:
        if not self._error:
            return
        self.error_label.setText(error_text(self._error, self._wait, self._cause))
        self.error_label.show()

    # --- closing ---------------------------------------------------------------------------------

    def reject(self) -> None:
        # The work cannot be stopped half-way from here, and the new key must be acknowledged.
        if self._busy or self.pages.currentIndex() == DONE:
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.pages.currentIndex() == DONE:
            self.key_view.forget()
            self._ctx.signals.keep_unlocked.emit(False)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy or (self.pages.currentIndex() == DONE and not self.confirm.isChecked()):
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._busy and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    # --- state and language ----------------------------------------------------------------------

    def _can_start(self) -> bool:
        return (
            not self._busy
            and self.pages.currentIndex() == CONFIRM
            and bool(self.password.text())
            and all(not row.edit.text() or not row.problems for row in self.rows)
        )

    def _update(self) -> None:
        page = self.pages.currentIndex()
        grown = False
        for row in self.rows:
            problems = row.problems if row.edit.text() else []
            row.reasons.setText(self.tr("Not yet: {reasons}.").format(reasons="; ".join(problems)))
            grown |= row.reasons.isHidden() == bool(problems)
            row.reasons.setVisible(bool(problems))
        if grown:
            # A reason shown or gone: without this the wrapped text is cut off at the bottom.
            self.adjustSize()
        self.start_button.setVisible(page != WORKING)
        self.cancel_button.setVisible(page == CONFIRM)
        if page == DONE:
            self.start_button.setEnabled(self.confirm.isChecked())
        else:
            self.start_button.setEnabled(self._can_start())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the encryption key"))
        self.heading.setText(self.tr("Change the encryption key of the register"))
        self.what.setText(
            self.tr(
                "This makes a new key for the register and encrypts every record again with it. "
                "Do it after an officer was removed, or when a PC, a copy of the data folder or "
                "the key file may have been lost or copied."
            )
        )
        self.why.setText(
            self.tr(
                "Until it is done, a copy of the key file (register.keys) taken earlier still "
                "opens the register with the password it had then, records added since "
                "included. Changing a password does not stop that; changing the key does."
            )
        )
        self.after.setText(
            self.tr(
                "A new recovery key replaces the old one: you print or copy it at the end. "
                "Colleagues need a new password on this PC: give each a temporary password below "
                "(they choose their own at their next sign-in), or leave it empty and give them "
                "one later in Settings. It takes from a few seconds to a few minutes; do not turn "
                "off the PC meanwhile."
            )
        )
        self._password_label.setText(self.tr("Your password:"))
        self.colleagues_box.setTitle(self.tr("Colleagues who open the register on this PC"))
        self.no_colleagues.setText(self.tr("No other officer opens the register on this PC."))
        for row in self.rows:
            row.label.setText(f"{row.slot.display_name}:")
            row.edit.setPlaceholderText(self.tr("temporary password (empty: give one later)"))
        self.working_title.setText(self.tr("Changing the encryption key…"))
        self.working_note.setText(
            self.tr(
                "Do not turn off the PC. If the work is stopped, the register still opens, with "
                "the old key or with the new one."
            )
        )
        self.stage_label.setText(stage_text(self._stage))
        self.done_title.setText(self.tr("The encryption key was changed"))
        self.done_intro.setText(
            self.tr(
                "Every earlier copy of the key file, and the old recovery key, no longer open the "
                "register. This is the new recovery key, shown only now: print it or copy it, "
                "and keep it safe."
            )
        )
        self.summary.setText(summary_text(self.outcome) if self.outcome else "")
        self.confirm.setText(self.tr("I have printed or written down the new recovery key"))
        if self.pages.currentIndex() == DONE:
            self.start_button.setText(self.tr("Close"))
        else:
            self.start_button.setText(self.tr("Change the key"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_error()
