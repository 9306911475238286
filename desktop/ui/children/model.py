"""The register as a table model: a view (search, filters, sort) loaded page by page (keyset)."""

from dataclasses import replace
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
from PySide6.QtGui import QBrush, QColor

from desktop.domain.enums import RiskLevel
from desktop.services import register
from desktop.services.register import ChildSummary, Column, RegisterFilter, RegisterView
from desktop.services.register_access import Store
from desktop.ui.children.columns import column_title
from desktop.ui.task_runner import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS: tuple[Column, ...] = tuple(Column)
_HIGH_RISK = QColor("#b00020")


def format_date(day: date | None) -> str:
    """dd/mm/yyyy, the way dates are written on Vietnamese forms."""
    return day.strftime("%d/%m/%Y") if day is not None else ""


class RegisterTableModel(QAbstractTableModel):
    """Children of the current view, PAGE_SIZE at a time; a newer view drops older results."""

    (
        NAME, DATE_OF_BIRTH, AGE, SEX, PERSONAL_ID, VILLAGE, ETHNICITY, GROUPS, CARERS,
        CARER_PHONES, OPEN_CASE, RISK, ALLOWANCE,
    ) = range(len(COLUMNS))  # fmt: skip
    COLUMN_COUNT = len(COLUMNS)
    PAGE_SIZE = 200
    SEARCH_LIMIT = 200

    ChildIdRole = Qt.ItemDataRole.UserRole + 1

    total_changed = Signal(int)  # children in the view (every match, not only those loaded)
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
        self._view = RegisterView()
        # Bumped on every change of view; a result carrying an older number is stale. The worker
        # reads the list too, so a queued call for an old view is skipped, not run.
        self._generation = 0
        self._latest = [0]
        self._after: tuple | None = None
        self._pending = False  # a page for the current generation is on its way
        self._exhausted = False
        self._failed = False
        self._total: int | None = None
        self._count_total()

    # --- state -----------------------------------------------------------------------------------

    @property
    def view(self) -> RegisterView:
        return self._view

    @property
    def query(self) -> str:
        return self._view.query

    @property
    def searching(self) -> bool:
        return bool(self._view.query)

    @property
    def loading(self) -> bool:
        return self._pending

    @property
    def total(self) -> int | None:
        return self._total

    def child_at(self, row: int) -> ChildSummary:
        return self._rows[row]

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Read-only: editing happens in the child's profile, not in the list.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
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
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RISK:
            return QBrush(_HIGH_RISK) if child.risk == RiskLevel.HIGH else None
        if role == self.ChildIdRole:
            return child.id
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if parent.isValid():
            return False
        return not (self._exhausted or self._pending or self._failed)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._set_pending(True)
        # The worker's callable captures plain values only, never the model itself.
        generation, after, store, view = self._generation, self._after, self._store, self._view
        limit, latest = (self.SEARCH_LIMIT if view.by_relevance else self.PAGE_SIZE), self._latest

        def work() -> register.RegisterPage | None:
            if latest[0] != generation:
                return None  # typed past already: do not spend the worker on it
            return register.fetch_page(store, view, after=after, limit=limit)

        self._runner.run(
            work,
            lambda page: self._page_arrived(generation, after, page),
            lambda exc: self._call_failed(generation, exc),
            context=self,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._set_view(replace(self._view, sort=COLUMNS[column], descending=descending))

    # --- changing the view -----------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Search as typed (best match first until a column is clicked); empty lists everyone."""
        query = " ".join(text.split())
        # A new search starts in best-match order; the list without a search is by name.
        self._set_view(replace(self._view, query=query, sort=None, descending=False))

    def set_filters(self, filters: RegisterFilter) -> None:
        self._set_view(replace(self._view, filters=filters))

    def reload(self) -> None:
        """Read the same view again (after a child was added or saved)."""
        self._set_view(self._view, force=True)

    def _set_view(self, view: RegisterView, *, force: bool = False) -> None:
        if view == self._view and not self._failed and not force:
            return
        self._view = view
        self._generation += 1
        self._latest[0] = self._generation
        self._failed = False
        # The old view's count would be shown against the new results until the new one came.
        self._total = None
        self._set_pending(False)
        self.beginResetModel()
        self._rows = []
        self._after = None
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())
        self._count_total()

    # --- results ---------------------------------------------------------------------------------

    def _page_arrived(
        self, generation: int, after: tuple | None, page: register.RegisterPage | None
    ) -> None:
        if generation != self._generation or page is None or after != self._after:
            return
        self._after = page.after
        self._exhausted = page.after is None
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        # Cleared only now: a fetchMore() from a slot watching the insert must not ask for the
        # same page again.
        self._set_pending(False)
        if self.searching and after is None:
            self.search_finished.emit(self._view.query, len(page.rows))

    def _total_arrived(self, generation: int, total: int | None) -> None:
        if generation != self._generation or total is None:
            return
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
        store, view, generation, latest = self._store, self._view, self._generation, self._latest

        def work() -> int | None:
            return register.count_view(store, view) if latest[0] == generation else None

        self._runner.run(
            work,
            lambda total: self._total_arrived(generation, total),
            lambda exc: self._call_failed(generation, exc),
            context=self,
        )

    # --- helpers ---------------------------------------------------------------------------------

    def _set_pending(self, pending: bool) -> None:
        if pending != self._pending:
            self._pending = pending
            self.loading_changed.emit(pending)

    def _display(self, child: ChildSummary, column: int) -> str | int | None:
        if column == self.DATE_OF_BIRTH:
            text = format_date(child.date_of_birth)
            if text and child.dob_estimated:
                return self.tr("%1 (estimated)").replace("%1", text)
            return text
        return register.cell_value(child, COLUMNS[column], self._lang)

    def _alignment(self, column: int) -> int:
        horizontal = (
            Qt.AlignmentFlag.AlignRight if column == self.AGE else Qt.AlignmentFlag.AlignLeft
        )
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
