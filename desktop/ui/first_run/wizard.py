"""The first-run wizard: commune, first officer, the register made in the background, its key."""

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from desktop.services.register_access import Store, StoreOptions, create_register
from desktop.ui.first_run.commune_page import CommunePage
from desktop.ui.first_run.create_page import CreatePage
from desktop.ui.first_run.officer_page import OfficerPage
from desktop.ui.first_run.recovery_page import RecoveryPage
from desktop.ui.task_runner import TaskRunner


class FirstRunWizard(QWizard):
    """Accepted with the new register open in `store`, after the key was acknowledged."""

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner,
        *,
        options: StoreOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.store: Store | None = None
        self.recovery_key: str | None = None
        self._folder = folder
        self._runner = runner
        self._options = options
        self._creating = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)

        self.commune_page = CommunePage(self)
        self.officer_page = OfficerPage(parent=self)
        self.create_page = CreatePage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.commune_page, self.officer_page, self.create_page, self.recovery_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(760, 560)
        self._retranslate()

    @property
    def folder(self) -> Path:
        return self._folder

    def create_register(self) -> None:
        """Called by the create page: make the register on the worker, never on the GUI thread."""
        if self._creating or self.store is not None:
            return
        commune = self.commune_page.commune
        if commune is None:
            return
        page = self.officer_page
        folder, options = self._folder, self._options
        params = {
            "commune_code": commune.code,
            "full_name": page.full_name.text().strip(),
            "username": page.username.text().strip(),
            "password": page.fields.text(),
            "role": page.chosen_role,
        }
        self._creating = True
        self._runner.run(
            lambda: create_register(folder, opts=options, **params),
            self._created,
            self._failed,
            context=self,
        )

    # --- results ---------------------------------------------------------------------------------

    def _created(self, result: tuple[Store, str]) -> None:
        self._creating = False
        self.store, self.recovery_key = result
        # The password is no longer needed in memory.
        self.officer_page.fields.clear()
        commune = self.commune_page.commune
        self.recovery_page.show_key(self.recovery_key, commune.name if commune else "")
        self.create_page.finished()
        self.next()

    def _failed(self, exc: Exception) -> None:
        self._creating = False
        self.create_page.failed_with(exc)

    # --- closing ---------------------------------------------------------------------------------

    def accept(self) -> None:
        self.recovery_page.view.forget()
        super().accept()

    def reject(self) -> None:
        # Once the register exists the key must be acknowledged; while creating, wait.
        if self._creating or self.store is not None:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._creating or self.store is not None:
            event.ignore()
            return
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _page_changed(self, _page_id: int) -> None:
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.setVisible(self.store is None and self.currentPage() is not self.create_page)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("BVTE — Set up the children's register"))
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("Open the register")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
