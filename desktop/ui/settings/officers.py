"""The Settings page's officers and encryption key: add, give a password, remove, re-key."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.reference.labels import label
from desktop.services.officer_access import remove_officer
from desktop.services.settings import OfficerInfo, can_add_officers, list_officers
from desktop.ui.context import AppContext
from desktop.ui.language import current_language
from desktop.ui.settings.add_officer import AddOfficerDialog
from desktop.ui.settings.give_password import GivePasswordDialog
from desktop.ui.settings.rekey_dialog import RekeyDialog


def open_rekey(ctx: AppContext, parent: QWidget) -> RekeyDialog:
    dialog = RekeyDialog(ctx, parent)
    dialog.open()
    return dialog


class OfficersBox(QGroupBox):
    """Who opens the register, each officer's state on this PC, and what may be done about it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._officers: list[OfficerInfo] = []
        self.remove_box: QMessageBox | None = None
        self.rekey_offer: QMessageBox | None = None
        manager = can_add_officers(ctx.officer.role)
        self.officer_list = QListWidget(self)
        self.officer_list.setObjectName("settingsOfficers")
        self.officer_list.setMaximumHeight(140)
        self.officer_list.currentRowChanged.connect(lambda _row: self._update())
        self.add_officer = QPushButton(self)
        self.add_officer.setObjectName("settingsAddOfficer")
        self.add_officer.setEnabled(manager)
        self.add_officer.clicked.connect(self.open_add_officer)
        self.give_password = QPushButton(self)
        self.give_password.setObjectName("settingsGivePassword")
        self.give_password.clicked.connect(self.open_give_password)
        self.remove_officer = QPushButton(self)
        self.remove_officer.setObjectName("settingsRemoveOfficer")
        self.remove_officer.clicked.connect(self.ask_remove)
        self.officers_note = QLabel(self)
        self.officers_note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.officer_list)
        row = QHBoxLayout()
        for button in (self.add_officer, self.give_password, self.remove_officer):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.officers_note)
        self._retranslate()
        ctx.signals.data_changed.connect(self._data_changed)
        self.load()

    @property
    def selected(self) -> OfficerInfo | None:
        row = self.officer_list.currentRow()
        return self._officers[row] if 0 <= row < len(self._officers) else None

    def load(self) -> None:
        store = self._ctx.store
        self._ctx.read(lambda: list_officers(store), self.show_officers, context=self)

    def _data_changed(self, table: str) -> None:
        if table == "officer":
            self.load()

    def show_officers(self, officers: list[OfficerInfo]) -> None:
        chosen = self.selected.id if self.selected else None
        self._officers = officers
        self.officer_list.clear()
        lang = current_language()
        for officer in officers:
            me = self.tr(" (you)") if officer.id == self._ctx.officer.id else ""
            state = ""
            if not officer.can_unlock:
                state = self.tr(" — cannot open the register on this PC yet")
            elif officer.temporary:
                state = self.tr(" — temporary password")
            self.officer_list.addItem(
                f"{officer.full_name}{me} — {officer.username} — {label(officer.role, lang)}"
                f"{state}"
            )
        ids = [officer.id for officer in officers]
        if chosen in ids:
            self.officer_list.setCurrentRow(ids.index(chosen))
        self._update()

    # --- actions ---------------------------------------------------------------------------------

    def open_add_officer(self) -> AddOfficerDialog:
        dialog = AddOfficerDialog(self._ctx, self)
        dialog.open()
        return dialog

    def open_give_password(self) -> GivePasswordDialog | None:
        colleague = self.selected
        if colleague is None or colleague.can_unlock:
            return None
        dialog = GivePasswordDialog(self._ctx, colleague, self)
        dialog.open()
        return dialog

    def ask_remove(self) -> QMessageBox | None:
        officer = self.selected
        if officer is None or officer.id == self._ctx.officer.id:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove an officer"), "", parent=self)
        box.setObjectName("removeOfficerBox")
        box.setText(self.tr("Remove {name} from the register?").format(name=officer.full_name))
        box.setInformativeText(
            self.tr(
                "They will no longer open the register, on this PC nor, once synced, on the "
                "commune's other PCs. The records they entered and their name in the history "
                "are kept."
            )
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("removeOfficerConfirm")
        box.addButton(QMessageBox.StandardButton.Cancel)
        remove.clicked.connect(lambda: self._remove(officer))
        self.remove_box = box
        box.open()
        return box

    def _remove(self, officer: OfficerInfo) -> None:
        store = self._ctx.store
        self._ctx.write(
            lambda: remove_officer(store, officer.id), self._removed, self._remove_failed,
            changes={"officer"}, context=self,
        )  # fmt: skip

    def _removed(self, officer: OfficerInfo) -> None:
        self.offer_rekey(officer)

    def offer_rekey(self, officer: OfficerInfo) -> QMessageBox:
        """Right after a removal: a copy of the key file they kept still opens the register."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Change the encryption key?"), "",
                          parent=self)  # fmt: skip
        box.setObjectName("rekeyOfferBox")
        box.setText(self.tr("{name} was removed from the register.").format(name=officer.full_name))
        box.setInformativeText(
            self.tr(
                "If they kept a copy of the key file (register.keys), it still opens the register "
                "with their old password until the encryption key is changed. Change it now?"
            )
        )
        now = box.addButton(self.tr("Change the key now…"), QMessageBox.ButtonRole.AcceptRole)
        now.setObjectName("rekeyOfferNow")
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        now.clicked.connect(lambda: open_rekey(self._ctx, self))
        self.rekey_offer = box
        box.open()
        return box

    def _remove_failed(self, exc: Exception) -> None:
        code = getattr(exc, "code", "") or type(exc).__name__
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove an officer"),
            self.tr("The officer could not be removed ({error}). Nothing was changed.").format(
                error=code
            ),
            parent=self,
        )
        box.open()

    # --- state and language ----------------------------------------------------------------------

    def _update(self) -> None:
        manager = can_add_officers(self._ctx.officer.role)
        chosen = self.selected
        self.give_password.setEnabled(manager and chosen is not None and not chosen.can_unlock)
        self.remove_officer.setEnabled(
            manager and chosen is not None and chosen.id != self._ctx.officer.id
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Officers of this register"))
        self.add_officer.setText(self.tr("Add an officer…"))
        self.give_password.setText(self.tr("Give a password…"))
        self.remove_officer.setText(self.tr("Remove…"))
        if can_add_officers(self._ctx.officer.role):
            self.officers_note.setText(
                self.tr(
                    "Each officer opens the register with a password of their own. A colleague "
                    "who cannot open it on this PC is given a temporary password."
                )
            )
        else:
            self.officers_note.setText(self.tr("Your role may not add officers."))
        if self._officers:
            self.show_officers(self._officers)


class KeyBox(QGroupBox):
    """The encryption key: why and when to change it, and the button that does."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rekey = QPushButton(self)
        self.rekey.setObjectName("settingsRekey")
        self.rekey.setEnabled(can_add_officers(ctx.officer.role))
        self.rekey.clicked.connect(self.open_rekey)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        row = QHBoxLayout(self)
        row.addWidget(self.rekey)
        row.addWidget(self.note, 1)
        self._retranslate()

    def open_rekey(self) -> RekeyDialog:
        return open_rekey(self._ctx, self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Encryption key"))
        self.rekey.setText(self.tr("Change the encryption key…"))
        if can_add_officers(self._ctx.officer.role):
            self.note.setText(
                self.tr(
                    "Change it after an officer leaves, or when a PC, a copy of the data folder "
                    "or the key file may have been lost or copied: until then an old copy of the "
                    "key file still opens the register."
                )
            )
        else:
            self.note.setText(self.tr("Your role may not change the encryption key."))
