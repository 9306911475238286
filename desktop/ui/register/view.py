"""The register screen: a search box over a read-only table of children, with a count."""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.errors import StoreCorrupt, StoreLocked
from desktop.storage.store import Store
from desktop.ui.register.model import RegisterTableModel
from desktop.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 150


class RegisterWidget(QWidget):
    """Type to search (accents optional); an empty box pages through the whole register."""

    total_changed = Signal(int)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        lang: str = "vi",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = RegisterTableModel(store, runner, lang=lang, parent=self)

        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(
            self.tr("Search by name, ID number, carer, village — no need to type accents")
        )
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)

        # Debounced so a fast typist sends one query, not one per letter.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_query)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._apply_query_and_focus_table)

        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table instead of walking its cells; arrows and Page keys move rows.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Room for a mark above a circumflex (ầ, ễ) and one below (ị, ự), and not much more,
        # so a 768-pixel-high screen still shows about twenty children.
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (RegisterTableModel.NAME, 220),
            (RegisterTableModel.DATE_OF_BIRTH, 170),
            (RegisterTableModel.AGE, 60),
            (RegisterTableModel.SEX, 120),
            (RegisterTableModel.PERSONAL_ID, 140),
        ):
            self.table.setColumnWidth(column, width)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("registerCount")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("registerError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.search.setFocus()

        self.model.total_changed.connect(self._on_total)
        self.model.search_finished.connect(self._on_search_finished)
        self.model.loading_changed.connect(self._on_loading)
        self.model.failed.connect(self._on_failed)
        self.model.modelReset.connect(self._select_first_row)

    # --- events ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes straight to the results, as in a browser's address bar.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._focus_table()
            return True
        return super().eventFilter(watched, event)

    # --- slots -----------------------------------------------------------------------------------

    def _apply_query(self) -> None:
        self._debounce.stop()
        self.error_label.hide()
        self.model.set_query(self.search.text())

    def _apply_query_and_focus_table(self) -> None:
        self._apply_query()
        self._focus_table()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self._select_first_row()

    def _select_first_row(self) -> None:
        if self.model.rowCount() > 0:
            self.table.selectRow(0)

    def _on_total(self, total: int) -> None:
        self.total_changed.emit(total)
        if not self.model.searching:
            self.count_label.setText(self.tr("%Ln children", "", total))

    def _on_search_finished(self, _query: str, found: int) -> None:
        if found >= RegisterTableModel.SEARCH_LIMIT:
            text = self.tr("First %Ln matches — type more to narrow", "", found)
        elif found == 0:
            text = self.tr("No child found")
        else:
            text = self.tr("%Ln found", "", found)
        self.count_label.setText(text)

    def _on_loading(self, loading: bool) -> None:
        if loading and self.model.searching:
            self.count_label.setText(self.tr("Searching…"))
        elif not self.model.searching and self.model.total is not None:
            self.count_label.setText(self.tr("%Ln children", "", self.model.total))

    def _on_failed(self, exc: Exception) -> None:
        if self.model.searching:
            self.count_label.clear()
        if isinstance(exc, StoreLocked):
            text = self.tr(
                "The register is busy (another program is using it). "
                "Wait a moment, then type the search again."
            )
        elif isinstance(exc, StoreCorrupt):
            text = self.tr(
                "The register file could not be read; it may be damaged. Nothing was changed. "
                "Close the app, run 'bvte doctor' and restore the latest backup if it says so."
            )
        else:
            text = self.tr(
                "The register could not be read ({0}). Nothing was changed. "
                "Close and reopen the app; if it happens again, run 'bvte doctor'."
            ).format(type(exc).__name__)
        self.error_label.setText(text)
        self.error_label.show()
