"""The register page: search as you type, filters, sortable table, column chooser, Excel export."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import register
from desktop.services.register import Column, sees_sensitive
from desktop.services.register_access import Store, StoreCorrupt, StoreLocked
from desktop.ui.children import columns as cols
from desktop.ui.children.export import ExportJob, export_error_text, show_result
from desktop.ui.children.filters import FilterBar
from desktop.ui.children.model import COLUMNS, RegisterTableModel
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.task_runner import TaskRunner

SEARCH_DELAY_MS = 150
_WIDTHS = {
    Column.NAME: 210,
    Column.DATE_OF_BIRTH: 150,
    Column.AGE: 50,
    Column.SEX: 70,
    Column.PERSONAL_ID: 120,
    Column.VILLAGE: 140,
    Column.GROUPS: 90,
    Column.CARERS: 220,
    Column.OPEN_CASE: 210,
    Column.RISK: 100,
}


class RegisterWidget(QWidget):
    """Type to search (accents optional); an empty box pages through the whole register."""

    total_changed = Signal(int)
    open_child = Signal(str)  # a child's id: Enter or double-click on a line
    new_child = Signal()

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        lang: str = "vi",
        ctx: AppContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx or AppContext(store, runner, lang, store.officer, AppSignals())
        self._store, self._runner = store, runner
        role = store.officer.role
        self._sensitive = sees_sensitive(role)
        self._hidden: frozenset[Column] = cols.DEFAULT_HIDDEN
        self.model = RegisterTableModel(store, runner, lang=lang, parent=self)

        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        # Debounced so a fast typist sends one query, not one per letter.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_query)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._apply_query_and_focus_table)

        self.filter_button = QToolButton(self)
        self.filter_button.setObjectName("registerFilterButton")
        self.filter_button.setCheckable(True)
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.columns_button = QToolButton(self)
        self.columns_button.setObjectName("registerColumnsButton")
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self)
        self.columns_button.setMenu(self.columns_menu)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("registerExport")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("registerNewChild")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("registerCount")

        self.filters = FilterBar(lang=lang, sensitive=self._sensitive, parent=self)
        self.filters.hide()
        self.filters.changed.connect(self.model.set_filters)
        self.filter_button.toggled.connect(self._show_filters)

        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table instead of walking its cells; arrows and Page keys move rows.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Room for a mark above a circumflex (ầ, ễ) and one below (ị, ự), and not much more,
        # so a 768-pixel-high screen still shows about twenty children.
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(RegisterTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        header.sectionClicked.connect(self._sorted)
        header.setSectionsClickable(True)
        for column, width in _WIDTHS.items():
            self.table.setColumnWidth(COLUMNS.index(column), width)
        self._apply_hidden(self._hidden)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("registerError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for widget in (self.filter_button, self.columns_button, self.export_button):
            top.addWidget(widget)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        bar = QHBoxLayout()
        bar.addWidget(self.error_label, 1)
        bar.addStretch()
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.search.setFocus()

        find = QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new = QShortcut(QKeySequence.StandardKey.New, self, self.new_child.emit)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_button.clicked.connect(self.new_child.emit)
        self.export_button.clicked.connect(self._ask_export)
        self.open_child.connect(self._open_profile)
        self.new_child.connect(lambda: self._open_profile(None))

        self.model.total_changed.connect(self._on_total)
        self.model.search_finished.connect(self._on_search_finished)
        self.model.loading_changed.connect(self._on_loading)
        self.model.failed.connect(self._on_failed)
        self.model.rowsInserted.connect(self._select_first_if_none)
        self.ctx.signals.data_changed.connect(self._data_changed)
        self.ctx.signals.language_changed.connect(self._language_changed)
        self._retranslate()
        self._load_settings()

    # --- events ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            # Down from the search box goes straight to the results, as in an address bar.
            if watched is self.search and key == Qt.Key.Key_Down:
                self._focus_table()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    # --- actions ---------------------------------------------------------------------------------

    def export_to(self, path: Path) -> ExportJob:
        """Export what the table shows now (filters, search, sort, visible columns)."""
        chosen = [
            (column, cols.column_title(column))
            for i, column in enumerate(COLUMNS)
            if not self.table.isColumnHidden(i)
        ]
        job = ExportJob(
            self._store, self._runner, self.model.view, chosen, path,
            lang=self.ctx.lang, parent=self,
        )  # fmt: skip
        job.finished.connect(lambda rows: show_result(self, rows, path))
        job.failed.connect(self._export_failed)
        return job

    def _export_failed(self, exc: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export to Excel"), export_error_text(exc),
            QMessageBox.StandardButton.Ok, self,
        )  # fmt: skip
        box.setObjectName("exportError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def set_hidden_columns(self, hidden: frozenset[Column], *, remember: bool = True) -> None:
        self._apply_hidden(hidden)
        if remember:
            store = self._store
            self.ctx.write(
                lambda: cols.save_hidden(store, hidden), changes={"local_setting"}, context=self
            )

    # --- slots -----------------------------------------------------------------------------------

    def _ask_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), self.tr("register.xlsx"), self.tr("Excel (*.xlsx)")
        )
        if name:
            path = Path(name)
            self.export_to(path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx"))

    def _open_profile(self, child_id: str | None) -> None:
        self.profile = self.ctx.open_child(child_id)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_child.emit(self.model.child_at(row).id)

    def _data_changed(self, table: str) -> None:
        if table in ("child", "carer", "group_membership", "allowance", "case_file"):
            self.model.reload()

    def _language_changed(self, lang: str) -> None:
        self.ctx.lang = lang
        self.model.set_language(lang)
        self.filters.set_language(lang)

    def _load_settings(self) -> None:
        store = self._store
        self.ctx.read(lambda: cols.load_hidden(store), self._apply_hidden, context=self)
        self.ctx.read(lambda: register.villages(store), self.filters.set_villages, context=self)

    def _apply_hidden(self, hidden: frozenset[Column]) -> None:
        allowed = set(cols.choosable(self._store.officer.role))
        self._hidden = frozenset(c for c in hidden if c in allowed)
        for i, column in enumerate(COLUMNS):
            shown = column == Column.NAME or (column in allowed and column not in self._hidden)
            self.table.setColumnHidden(i, not shown)
        self._fill_columns_menu()

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for column in cols.choosable(self._store.officer.role):
            action = QAction(cols.column_title(column), self.columns_menu)
            action.setCheckable(True)
            action.setChecked(column not in self._hidden)
            action.setData(column.value)
            action.toggled.connect(lambda on, c=column: self._toggle_column(c, on))
            self.columns_menu.addAction(action)

    def _toggle_column(self, column: Column, shown: bool) -> None:
        hidden = self._hidden - {column} if shown else self._hidden | {column}
        self.set_hidden_columns(frozenset(hidden))

    def _header_menu(self, point: QPoint) -> None:
        self.columns_menu.popup(self.table.horizontalHeader().mapToGlobal(point))

    def _sorted(self, _section: int) -> None:
        self.table.scrollToTop()

    def _show_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        if shown:
            self.filters.age.setFocus()

    def _apply_query(self) -> None:
        self._debounce.stop()
        self.error_label.hide()
        was = self.model.view.sort
        self.model.set_query(self.search.text())
        if self.model.view.sort is None and (was is not None or self.model.searching):
            header = self.table.horizontalHeader()
            # Best match first while searching (no column arrow), else by name; the model
            # already holds that order, so the header must not ask for a sort again.
            header.blockSignals(True)
            header.setSortIndicator(-1 if self.model.searching else 0, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            header.viewport().update()

    def _apply_query_and_focus_table(self) -> None:
        self._apply_query()
        self._focus_table()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self._select_first_row()

    def _select_first_if_none(self) -> None:
        if not self.table.currentIndex().isValid():
            self._select_first_row()

    def _select_first_row(self) -> None:
        if self.model.rowCount() > 0:
            self.table.selectRow(0)

    def _on_total(self, total: int) -> None:
        self.total_changed.emit(total)
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.total
        if total is None:
            return
        if not self.model.searching:
            if self.model.view.filters.active:
                self.count_label.setText(self.tr("%Ln children match the filters", "", total))
            else:
                self.count_label.setText(self.tr("%Ln children", "", total))
        elif total == 0:
            self.count_label.setText(self.tr("No child found"))
        elif self.model.view.by_relevance and total > RegisterTableModel.SEARCH_LIMIT:
            self.count_label.setText(
                self.tr("First %1 of %Ln matches — type more to narrow", "", total).replace(
                    "%1", str(RegisterTableModel.SEARCH_LIMIT)
                )
            )
        else:
            self.count_label.setText(self.tr("%Ln found", "", total))

    def _on_search_finished(self, _query: str, _found: int) -> None:
        self._show_count()

    def _on_loading(self, loading: bool) -> None:
        if loading and self.model.rowCount() == 0:
            # Sorting 100,000 children by a derived column (carers, groups) takes a second.
            text = self.tr("Searching…") if self.model.searching else self.tr("Loading…")
            self.count_label.setText(text)
        elif not loading:
            self._show_count()

    def _on_failed(self, exc: Exception) -> None:
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

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search by name, ID number, carer, village — no need to type accents")
        )
        self.filter_button.setText(self.tr("&Filters"))
        self.columns_button.setText(self.tr("C&olumns"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.new_button.setText(self.tr("&New child"))
        self.new_button.setToolTip(self.tr("Add a child to the register (Ctrl+N)"))
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self._fill_columns_menu()
        self._show_count()


def register_page(ctx: AppContext, parent: QWidget | None = None) -> RegisterWidget:
    """The "Children" page of the main window.

    A function, not a subclass: self.tr() looks strings up under the object's class name.
    """
    return RegisterWidget(ctx.store, ctx.runner, lang=ctx.lang, ctx=ctx, parent=parent)
