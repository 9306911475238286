"""The main window: the register in the middle, who is working and how many children below."""

from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from desktop.reference.communes import commune_by_code
from desktop.storage.store import Store
from desktop.ui.register.view import RegisterWidget
from desktop.ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    """Owns the open store from unlock until the window closes."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        lang: str = "vi",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store: Store | None = store
        self._runner = runner
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("BVTE — Children's register"))

        self.register = RegisterWidget(store, runner, lang=lang, parent=self)
        self.setCentralWidget(self.register)

        self.officer_label = QLabel(self._who(store), self)
        self.officer_label.setObjectName("statusOfficer")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("statusTotal")
        self.statusBar().addWidget(self.officer_label, 1)
        self.statusBar().addPermanentWidget(self.total_label)
        self.register.total_changed.connect(self._on_total)
        self._fit_to_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_store()
        super().closeEvent(event)

    def close_store(self) -> None:
        """Let the worker finish its call, then release the database file."""
        if self.store is None:
            return
        self._runner.wait()
        self.store.close()
        self.store = None

    def _on_total(self, total: int) -> None:
        self.total_label.setText(self.tr("Register: %Ln children", "", total))

    def _who(self, store: Store) -> str:
        commune = commune_by_code(store.commune_code)
        where = commune.name if commune is not None else store.commune_code
        return self.tr("Officer: {officer} · {commune}").format(
            officer=store.officer.full_name, commune=where
        )

    def _fit_to_screen(self) -> None:
        self.resize(1100, 700)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            # Commune PCs often have 1366x768 screens; never open larger than what is visible.
            self.resize(
                min(self.width(), available.width() - 40),
                min(self.height(), available.height() - 60),
            )
