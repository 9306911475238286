"""Who issues and signs printed documents: commune name, place name, Chairman and deputies."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.document_settings import (
    DocumentSettings,
    load_document_settings,
    save_document_settings,
)
from desktop.ui.context import AppContext


class DocumentSettingsDialog(QDialog):
    """Loads and saves through the runner; the window stays usable while it works."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Printed documents"))
        self.setMinimumWidth(560)
        self.commune = QLineEdit(self)
        self.place = QLineEdit(self)
        self.parent_body = QLineEdit(self)
        self.chairman = QLineEdit(self)
        self.deputies = QPlainTextEdit(self)
        self.deputies.setTabChangesFocus(True)
        self.deputies.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.numbering = QCheckBox(self.tr("Give reports the next number automatically"), self)
        self.commune.setPlaceholderText(self.tr("e.g. Xã An Lão"))
        self.place.setPlaceholderText(self.tr("e.g. An Lão"))
        self.parent_body.setPlaceholderText(self.tr("Usually empty"))

        form = QFormLayout()
        form.addRow(self.tr("Commune, ward or special zone"), self.commune)
        form.addRow(self.tr("Place name on the date line"), self.place)
        form.addRow(self.tr("Body above the commune"), self.parent_body)
        form.addRow(self.tr("Chairman"), self.chairman)
        form.addRow(self.tr("Vice-chairmen (one per line)"), self.deputies)
        form.addRow("", self.numbering)
        hint = QLabel(
            self.tr("These names are printed in the header and signature blocks of documents."),
            self,
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setEnabled(False)
        store = context.store
        context.read(
            lambda: load_document_settings(store), self.show_settings, self._failed, context=self
        )

    def show_settings(self, settings: DocumentSettings) -> None:
        self.commune.setText(settings.commune_name)
        self.place.setText(settings.place_name)
        self.parent_body.setText(settings.issuing_parent)
        self.chairman.setText(settings.chairman_name)
        self.deputies.setPlainText("\n".join(settings.deputy_names))
        self.numbering.setChecked(settings.number_documents)
        self.setEnabled(True)
        self.commune.setFocus()

    def settings(self) -> DocumentSettings:
        return DocumentSettings(
            commune_name=self.commune.text().strip(),
            place_name=self.place.text().strip(),
            issuing_parent=self.parent_body.text().strip(),
            chairman_name=self.chairman.text().strip(),
            deputy_names=[
                line.strip() for line in self.deputies.toPlainText().splitlines() if line.strip()
            ],
            number_documents=self.numbering.isChecked(),
        )

    def save(self) -> None:
        chosen = self.settings()
        if not chosen.commune_name:
            QMessageBox.warning(
                self,
                self.tr("Commune name needed"),
                self.tr("Enter the commune's official name, e.g. Xã An Lão."),
            )
            self.commune.setFocus()
            return
        store = self.context.store
        self.setEnabled(False)
        self.context.write(
            lambda: save_document_settings(store, chosen), self._saved, self._failed,
            changes={"local_setting"}, context=self,
        )  # fmt: skip

    def _saved(self, _result: object) -> None:
        self.setEnabled(True)
        self.accept()

    def _failed(self, _exc: Exception) -> None:
        self.setEnabled(True)
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("The settings could not be read or saved. Nothing was changed; try again."),
        )
