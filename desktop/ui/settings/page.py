"""The Settings page: language, automatic lock, data folder, city server, officers, key."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.paths import data_dir
from desktop.services.settings import (
    MAX_AUTO_LOCK_MINUTES,
    MIN_AUTO_LOCK_MINUTES,
    load_app_settings,
    save_app_settings,
    server_url,
    set_server_url,
)
from desktop.ui.context import AppContext
from desktop.ui.language import LANGUAGE_NAMES, current_language, set_language
from desktop.ui.settings.add_officer import AddOfficerDialog
from desktop.ui.settings.officers import KeyBox, OfficersBox


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._ctx = ctx
        # The next-start note is shown only once the officer picks a folder here.
        self._folder_changed = False
        settings = load_app_settings()

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        # Language
        self.language_box = QGroupBox(self)
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language.setMaximumWidth(260)
        self.language_label = QLabel(self)
        form = QFormLayout(self.language_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language)

        # Automatic lock
        self.lock_box = QGroupBox(self)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setObjectName("settingsAutoLock")
        self.auto_lock.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)
        self.auto_lock.setMinimumWidth(110)
        self.auto_lock_label = QLabel(self)
        form = QFormLayout(self.lock_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.auto_lock_label, self.auto_lock)

        # Data folder
        self.folder_box = QGroupBox(self)
        self.folder_now = QLineEdit(str(ctx.store.folder), self)
        self.folder_now.setObjectName("settingsFolder")
        self.folder_now.setReadOnly(True)
        self.folder_change = QPushButton(self)
        self.folder_change.clicked.connect(self._choose_folder)
        self.folder_default = QPushButton(self)
        self.folder_default.clicked.connect(lambda: self._set_folder(None))
        self.folder_note = QLabel(self)
        self.folder_note.setObjectName("settingsFolderNote")
        self.folder_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder_now, 1)
        row.addWidget(self.folder_change)
        row.addWidget(self.folder_default)
        column = QVBoxLayout(self.folder_box)
        column.addLayout(row)
        column.addWidget(self.folder_note)

        # City server
        self.server_box = QGroupBox(self)
        self.server = QLineEdit(self)
        self.server.setObjectName("settingsServer")
        self.server.setPlaceholderText("https://bvte.haiphong.gov.vn")
        self.server.returnPressed.connect(self._save_server)
        self.server_save = QPushButton(self)
        self.server_save.setObjectName("settingsServerSave")
        self.server_save.clicked.connect(self._save_server)
        self.server_status = QLabel(self)
        self.server_status.setObjectName("settingsServerStatus")
        self.server_status.setWordWrap(True)
        self.server_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.server_label)
        row.addWidget(self.server, 1)
        row.addWidget(self.server_save)
        column = QVBoxLayout(self.server_box)
        column.addLayout(row)
        column.addWidget(self.server_status)

        # Officers, and the encryption key they share
        self.officers_box = OfficersBox(ctx, self)
        self.officer_list = self.officers_box.officer_list
        self.add_officer = self.officers_box.add_officer
        self.officers_note = self.officers_box.officers_note
        self.key_box = KeyBox(ctx, self)

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.addWidget(self.heading)
        for box in (
            self.language_box,
            self.lock_box,
            self.folder_box,
            self.server_box,
            self.officers_box,
            self.key_box,
        ):
            body.addWidget(box)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._server_message = ""
        self._retranslate()
        self._load()

    # --- loading ---------------------------------------------------------------------------------

    def _load(self) -> None:
        store = self._ctx.store
        self._ctx.read(lambda: server_url(store), self.server.setText, context=self)

    # --- actions ---------------------------------------------------------------------------------

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code == current_language():
            return
        save_app_settings(replace(load_app_settings(), language=code))
        self._ctx.lang = code
        set_language(code)
        self._ctx.signals.language_changed.emit(code)
        self._ctx.signals.settings_changed.emit()

    def _auto_lock_changed(self, minutes: int) -> None:
        save_app_settings(replace(load_app_settings(), auto_lock_minutes=minutes))
        self._ctx.signals.settings_changed.emit()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the data folder"), str(self._ctx.store.folder)
        )
        if chosen:
            self._set_folder(chosen)

    def _set_folder(self, folder: str | None) -> None:
        self._folder_changed = True
        save_app_settings(replace(load_app_settings(), data_folder=folder))
        self._ctx.signals.settings_changed.emit()
        self._update_folder_note()

    def _save_server(self) -> None:
        store, text = self._ctx.store, self.server.text()
        self.server_save.setEnabled(False)
        self._ctx.write(
            lambda: set_server_url(store, text),
            self._server_saved,
            self._server_failed,
            changes={"local_setting"},
            context=self,
        )

    def _server_saved(self, url: str) -> None:
        self.server_save.setEnabled(True)
        self.server.setText(url)
        self._server_message = "saved" if url else "cleared"
        self._update_server_status()

    def _server_failed(self, exc: Exception) -> None:
        self.server_save.setEnabled(True)
        if isinstance(exc, DomainError) and exc.code == "settings.bad_server_url":
            self._server_message = "bad"
        elif isinstance(exc, DomainError) and exc.code == "settings.insecure_server_url":
            self._server_message = "insecure"
        else:
            self._server_message = "error"
        self._update_server_status()

    def open_add_officer(self) -> AddOfficerDialog:
        return self.officers_box.open_add_officer()

    # --- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("Language of the app:"))
        self.lock_box.setTitle(self.tr("Automatic lock"))
        self.auto_lock_label.setText(self.tr("Lock after this many minutes without use:"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.folder_box.setTitle(self.tr("Data folder"))
        self.folder_change.setText(self.tr("Change…"))
        self.folder_default.setText(self.tr("Use the default"))
        self.server_box.setTitle(self.tr("City server"))
        self.server_label.setText(self.tr("Address:"))
        self.server_save.setText(self.tr("Save address"))
        self._update_folder_note()
        self._update_server_status()

    def _update_folder_note(self) -> None:
        chosen = load_app_settings().data_folder
        target = Path(chosen).expanduser() if chosen else data_dir()
        if self._folder_changed and target != Path(self._ctx.store.folder):
            if chosen:
                text = self.tr(
                    "From the next start BVTE uses {folder}. Copy register.db and register.keys "
                    "there first, or BVTE will set up a new register in it."
                ).format(folder=chosen)
            else:
                text = self.tr("From the next start BVTE uses the default folder {folder}.")
                text = text.format(folder=data_dir())
        else:
            text = self.tr("The register and its key file are kept in this folder. Back it up.")
        self.folder_note.setText(text)

    def _update_server_status(self) -> None:
        texts = {
            "": self.tr("Sync sends this PC's changes to this address."),
            "saved": self.tr("Address saved."),
            "cleared": self.tr("No server address: this PC will not sync."),
            "bad": self.tr(
                "This is not a server address. It starts with https://, "
                "e.g. https://bvte.haiphong.gov.vn"
            ),
            "insecure": self.tr(
                "An http:// address is not encrypted: children's records would cross the network "
                "readable by anyone on the way. Use the https:// address the city gave you."
            ),
            "error": self.tr("The address could not be saved. Try again."),
        }
        self.server_status.setText(texts[self._server_message])
        bad = self._server_message in ("bad", "insecure", "error")
        self.server_status.setStyleSheet("color: #b00020;" if bad else "")
