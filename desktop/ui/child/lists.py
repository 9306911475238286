"""Read-only tabs of the profile: the child's cases, home visits and history."""

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.visit import HomeVisit
from desktop.reference.labels import label
from desktop.services.children import CaseLine, HistoryEntry
from desktop.services.visits import VisitLine
from desktop.ui.visits.model import VisitTableModel
from desktop.ui.visits.table import visit_table


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    return table


class CasesTab(QWidget):
    """The child's cases; opening one is the case screens' job, so this only asks for it."""

    open_case = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._cases: list[CaseLine] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = _table(self, 4)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 110)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_cases(self, cases: list[CaseLine]) -> None:
        self._cases = cases
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            values = (
                case.code,
                label(case.stage, self._lang),
                label(case.risk, self._lang) if case.risk else "",
                case.received_at.astimezone().strftime("%d/%m/%Y"),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self._cases):
            self.open_case.emit(self._cases[row].id)

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case number"), self.tr("Stage"), self.tr("Risk"), self.tr("Received on")]
        )
        self.note.setText(
            self.tr(
                "Cases are opened and worked on in the Cases page; double-click one to go there."
            )
        )


class VisitsTab(QWidget):
    """Every visit to the child, corrections beside the visits they replaced."""

    new_visit = Signal()
    correct_visit = Signal(object)  # the HomeVisit to correct

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VisitTableModel(self)
        self.table, self.proxy = visit_table(self, self.model)
        self.table.setObjectName("childVisits")
        self.table.hideColumn(VisitTableModel.CHILD)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("childNewVisit")
        self.correct_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_visit.emit)
        self.correct_button.clicked.connect(self._correct)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_lines(self, lines: list[VisitLine]) -> None:
        self.model.set_lines(lines)

    def _correct(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        line: VisitLine = self.proxy.data(index, VisitTableModel.LineRole)
        if not line.superseded:
            visit: HomeVisit = line.visit
            self.correct_visit.emit(visit)

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("&New visit…"))
        self.correct_button.setText(self.tr("&Correct the selected visit…"))


_ENTITIES = {
    "child": "The child's file",
    "home_visit": "Home visit",
    "case": "Case",
}


class HistoryTab(QWidget):
    """Who opened, changed, visited or exported what, and when (the audit trail)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.table = _table(self, 4)
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 180)
        self.table.setColumnWidth(2, 160)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self._entries: list[HistoryEntry] = []
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self._entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what = _ENTITIES.get(entry.entity, entry.entity)
            values = (
                entry.at.astimezone().strftime("%d/%m/%Y %H:%M"),
                entry.officer,
                label(entry.action, self._lang),
                QCoreApplication.translate("HistoryTab", what),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Officer"), self.tr("Action"), self.tr("What")]
        )
        QCoreApplication.translate("HistoryTab", "The child's file")
        QCoreApplication.translate("HistoryTab", "Home visit")
        QCoreApplication.translate("HistoryTab", "Case")
        self.set_entries(self._entries)
