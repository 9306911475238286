"""The register as a table model: pages of children loaded lazily, or the results of a search."""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.reference.labels import label
from desktop.services import register
from desktop.services.register import ChildSummary
from desktop.storage.store import Store
from desktop.ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex


def format_date(day: date | None) -> str:
    """dd/mm/yyyy, the way dates are written on Vietnamese forms."""
    return day.strftime("%d/%m/%Y") if day is not None else ""


class RegisterTableModel(QAbstractTableModel):
    """Children in name order, PAGE_SIZE at a time; or, with a query, the best matches."""

    NAME, DATE_OF_BIRTH, AGE, SEX, PERSONAL_ID, VILLAGE = range(6)
    COLUMN_COUNT = 6
    PAGE_SIZE = 200
    SEARCH_LIMIT = 200

    ChildIdRole = Qt.ItemDataRole.UserRole + 1

    total_changed = Signal(int)  # children in the register (list mode)
    search_finished = Signal(str, int)  # query, matches shown
    loading_changed = Signal(bool)
    failed = Signal(object)  # the exception a service call raised

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        lang: str = "vi",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._lang = lang
        self._rows: list[ChildSummary] = []
        self._query = ""
        # Bumped on every change of query; a result carrying an older number is stale.
        self._generation = 0
        self._pending = False  # a request for the current generation is on its way
        self._exhausted = False
        self._failed = False
        self._total: int | None = None
        self._headers = (
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("Age"),
            self.tr("Sex"),
            self.tr("ID number"),
            self.tr("Village/residential group"),
        )
        self._count_total()

    # --- state -----------------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def searching(self) -> bool:
        return bool(self._query)

    @property
    def total(self) -> int | None:
        return self._total

    def child_at(self, row: int) -> ChildSummary:
        return self._rows[row]

    # --- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Read-only for now: editing happens in the child's file, not in the list.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        child = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(child, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DATE_OF_BIRTH:
            if child.dob_estimated:
                return self.tr("Only the year (or age) is known; day and month are estimated.")
            return None
        if role == self.ChildIdRole:
            return child.id
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if parent.isValid() or self.searching:
            return False
        return not (self._exhausted or self._pending or self._failed)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._set_pending(True)
        # The worker's callable captures plain values only, never the model itself.
        generation, offset, store = self._generation, len(self._rows), self._store
        limit = self.PAGE_SIZE
        self._runner.run(
            lambda: register.list_children(store, offset=offset, limit=limit),
            lambda page: self._page_arrived(generation, offset, page),
            lambda exc: self._call_failed(generation, exc),
            context=self,
        )

    # --- search ----------------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Empty text goes back to the paged list; otherwise search, newest query winning."""
        query = " ".join(text.split())
        if query == self._query and not self._failed:
            return
        self._query = query
        self._generation += 1
        self._failed = False
        self._set_pending(False)
        if not query:
            self._replace_rows([], exhausted=False)
            self._count_total()
            self.fetchMore(QModelIndex())
            return
        self._set_pending(True)
        generation, store, limit = self._generation, self._store, self.SEARCH_LIMIT
        self._runner.run(
            lambda: register.search_children(store, query, limit=limit),
            lambda found: self._search_arrived(generation, query, found),
            lambda exc: self._call_failed(generation, exc),
            context=self,
        )

    # --- results ---------------------------------------------------------------------------------

    def _page_arrived(self, generation: int, offset: int, page: list[ChildSummary]) -> None:
        if generation != self._generation:
            return
        if offset == len(self._rows):
            if len(page) < self.PAGE_SIZE:
                self._exhausted = True
            if page:
                self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
        # Cleared only now: a fetchMore() from a slot watching the insert must not ask for the
        # same offset again.
        self._set_pending(False)

    def _search_arrived(self, generation: int, query: str, found: list[ChildSummary]) -> None:
        if generation != self._generation:
            return
        self._set_pending(False)
        self._replace_rows(found, exhausted=True)
        self.search_finished.emit(query, len(found))

    def _total_arrived(self, total: int) -> None:
        self._total = total
        self.total_changed.emit(total)

    def _call_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._set_pending(False)
        # No automatic retry: the view would ask again at once and repeat the same failure.
        self._failed = True
        self.failed.emit(exc)

    def _count_total(self) -> None:
        store = self._store
        self._runner.run(
            lambda: register.count_children(store),
            self._total_arrived,
            self.failed.emit,
            context=self,
        )

    # --- helpers ---------------------------------------------------------------------------------

    def _replace_rows(self, rows: list[ChildSummary], *, exhausted: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = exhausted
        self.endResetModel()

    def _set_pending(self, pending: bool) -> None:
        if pending != self._pending:
            self._pending = pending
            self.loading_changed.emit(pending)

    def _display(self, child: ChildSummary, column: int) -> str | int | None:
        if column == self.NAME:
            return child.full_name
        if column == self.DATE_OF_BIRTH:
            text = format_date(child.date_of_birth)
            if text and child.dob_estimated:
                return self.tr("%1 (estimated)").replace("%1", text)
            return text
        if column == self.AGE:
            return child.age
        if column == self.SEX:
            return label(child.sex, self._lang)
        if column == self.PERSONAL_ID:
            return child.personal_id or ""
        if column == self.VILLAGE:
            return child.village
        return None

    def _alignment(self, column: int) -> int:
        horizontal = (
            Qt.AlignmentFlag.AlignRight if column == self.AGE else Qt.AlignmentFlag.AlignLeft
        )
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
