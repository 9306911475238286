"""The "Home visits" page: visits due and overdue, recent visits, and unsaved visit drafts."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import drafts, visits
from desktop.ui.context import AppContext
from desktop.ui.visits.form import DRAFT_KIND, VisitForm
from desktop.ui.visits.model import VisitTableModel
from desktop.ui.visits.table import visit_table

DUE, RECENT = "due", "recent"


class VisitsPage(QWidget):
    """Which children need a visit now, and what the last visits found."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsPage")
        self.ctx = ctx
        self.mode = QComboBox(self)
        self.mode.setObjectName("visitsMode")
        self.search = QLineEdit(self)
        self.search.setObjectName("visitsFilter")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.drafts_label = QLabel(self)
        self.drafts_label.setObjectName("visitsDrafts")
        self.drafts_label.setWordWrap(True)
        self.resume_button = QPushButton(self)
        self.resume_button.setObjectName("visitsResume")
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("visitsRecord")
        self.profile_button = QPushButton(self)
        self.model = VisitTableModel(self)
        self.table, self.proxy = visit_table(self, self.model)
        self.table.setObjectName("visitsTable")
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.record_visit())
        self.search.textChanged.connect(self._filter)
        self.mode.currentIndexChanged.connect(self.refresh)
        self.record_button.clicked.connect(self.record_visit)
        self.profile_button.clicked.connect(self.open_profile)
        self.resume_button.clicked.connect(self.resume_draft)
        self._drafts: list[drafts.DraftInfo] = []

        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(self.search, 1)
        top.addWidget(self.record_button)
        top.addWidget(self.profile_button)
        strip = QHBoxLayout()
        strip.addWidget(self.drafts_label, 1)
        strip.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(strip)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self._retranslate()
        ctx.signals.data_changed.connect(self._data_changed)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.record_visit()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        store, mode = self.ctx.store, self.mode.currentData() or DUE

        def work() -> tuple[list[visits.VisitLine], list[drafts.DraftInfo]]:
            lines = visits.visits_due(store) if mode == DUE else visits.recent_visits(store)
            return lines, drafts.list_drafts(store, DRAFT_KIND)

        self.ctx.read(work, self._loaded, context=self)

    def _loaded(self, result: tuple[list[visits.VisitLine], list[drafts.DraftInfo]]) -> None:
        lines, found = result
        self.model.set_lines(lines)
        # Most urgent first on the due list; newest first on the recent one.
        if self.mode.currentData() == RECENT:
            self.table.sortByColumn(VisitTableModel.VISITED, Qt.SortOrder.DescendingOrder)
        else:
            self.table.sortByColumn(VisitTableModel.NEXT, Qt.SortOrder.AscendingOrder)
        self._drafts = found
        self._show_counts()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _data_changed(self, table: str) -> None:
        if table in ("home_visit", "child"):
            self.refresh()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._show_counts()

    # --- actions ---------------------------------------------------------------------------------

    def selected(self) -> visits.VisitLine | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, VisitTableModel.LineRole)

    def record_visit(self) -> VisitForm | None:
        line = self.selected()
        if line is None:
            return None
        form = VisitForm(self.ctx, line.visit.child_id, line.child_name, parent=self)
        form.show()
        return form

    def resume_draft(self) -> VisitForm | None:
        """Reopen the newest unsaved visit entry (after a lock or a crash)."""
        if not self._drafts:
            return None
        store, key = self.ctx.store, self._drafts[0].key
        self.ctx.read(
            lambda: drafts.load_draft(store, DRAFT_KIND, key), self._open_draft, context=self
        )
        return None

    def _open_draft(self, payload: dict | None) -> None:
        if payload is None:
            return
        revise = None
        if payload.get("revision_of"):
            store, original = self.ctx.store, payload["revision_of"]
            self.ctx.read(
                lambda: visits.get_visit(store, original),
                lambda visit: self._show_form(payload, visit),
                context=self,
            )
            return
        self._show_form(payload, revise)

    def _show_form(self, payload: dict, revise: object) -> None:
        form = VisitForm(
            self.ctx, payload["child_id"], payload.get("child_name", ""),
            revise=revise, parent=self,
        )  # fmt: skip
        form.show()
        self.last_form = form

    def open_profile(self) -> None:
        line = self.selected()
        if line is None:
            return
        self.profile = self.ctx.open_child(line.visit.child_id)

    # --- texts -----------------------------------------------------------------------------------

    def _show_counts(self) -> None:
        shown = self.proxy.rowCount()
        if self.mode.currentData() == RECENT:
            self.count_label.setText(self.tr("%n visits in the last 90 days", "", shown))
        else:
            self.count_label.setText(self.tr("%n children due or overdue for a visit", "", shown))
        has = bool(self._drafts)
        self.drafts_label.setVisible(has)
        self.resume_button.setVisible(has)
        if has:
            self.drafts_label.setText(
                self.tr("%n visit entries were not saved yet.", "", len(self._drafts))
            )

    def _retranslate(self) -> None:
        current = self.mode.currentData() or DUE
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItem(self.tr("Due and overdue"), DUE)
        self.mode.addItem(self.tr("Recent visits"), RECENT)
        self.mode.setCurrentIndex(max(self.mode.findData(current), 0))
        self.mode.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Filter by child, visitor or risk flag"))
        self.record_button.setText(self.tr("&Record a visit…"))
        self.profile_button.setText(self.tr("Open &profile"))
        self.resume_button.setText(self.tr("Resume the latest"))
        self._show_counts()
