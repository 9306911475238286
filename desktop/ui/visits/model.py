"""Visits as a table model: date, child, visitors, child seen, risk flags, next visit and state."""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.visits import VisitLine, VisitState

AnyIndex = QModelIndex | QPersistentModelIndex
_OVERDUE = QColor("#b00020")
_SOON = QColor("#8a5a00")

_HEADERS = (
    QT_TRANSLATE_NOOP("VisitColumns", "Visited on"),
    QT_TRANSLATE_NOOP("VisitColumns", "Child"),
    QT_TRANSLATE_NOOP("VisitColumns", "Visitors"),
    QT_TRANSLATE_NOOP("VisitColumns", "Child seen"),
    QT_TRANSLATE_NOOP("VisitColumns", "Risk flags"),
    QT_TRANSLATE_NOOP("VisitColumns", "Next visit"),
    QT_TRANSLATE_NOOP("VisitColumns", "Status"),
)
_STATES = {
    VisitState.NONE: "",
    VisitState.PLANNED: QT_TRANSLATE_NOOP("VisitColumns", "Planned"),
    VisitState.DUE_SOON: QT_TRANSLATE_NOOP("VisitColumns", "Due soon"),
    VisitState.OVERDUE: QT_TRANSLATE_NOOP("VisitColumns", "Overdue"),
}


def state_text(line: VisitLine) -> str:
    if line.superseded:
        return QCoreApplication.translate("VisitColumns", "Corrected by a later revision")
    text = _STATES[line.state]
    if line.visit.revision_of and not text:
        return QCoreApplication.translate("VisitColumns", "Correction")
    return QCoreApplication.translate("VisitColumns", text) if text else ""


class VisitTableModel(QAbstractTableModel):
    """A bounded list of visits (a child's, or the commune's recent/due); sorted by a proxy."""

    VISITED, CHILD, VISITORS, SEEN, FLAGS, NEXT, STATE = range(7)
    LineRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[VisitLine] = []

    def set_lines(self, lines: list[VisitLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("VisitColumns", _HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == self.SortRole:
            return self._sort_key(line, column)
        if role == self.LineRole:
            return line
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.NEXT, self.STATE):
            if not line.superseded and line.state == VisitState.OVERDUE:
                return QBrush(_OVERDUE)
            if not line.superseded and line.state == VisitState.DUE_SOON:
                return QBrush(_SOON)
        if role == Qt.ItemDataRole.FontRole and line.superseded:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FLAGS:
            return ", ".join(line.visit.risk_flags) or None
        return None

    def _display(self, line: VisitLine, column: int) -> str:
        visit = line.visit
        if column == self.VISITED:
            return visit.visited_at.astimezone().strftime("%d/%m/%Y %H:%M")
        if column == self.CHILD:
            return line.child_name
        if column == self.VISITORS:
            return visit.visitors
        if column == self.SEEN:
            yes, no = (
                QT_TRANSLATE_NOOP("VisitColumns", "Yes"),
                QT_TRANSLATE_NOOP("VisitColumns", "No"),
            )
            return QCoreApplication.translate("VisitColumns", yes if visit.child_seen else no)
        if column == self.FLAGS:
            return ", ".join(visit.risk_flags)
        if column == self.NEXT:
            return _date(visit.next_visit_on)
        return state_text(line)

    def _sort_key(self, line: VisitLine, column: int) -> Any:
        visit = line.visit
        if column == self.VISITED:
            return visit.visited_at.timestamp()
        if column == self.NEXT:
            return (visit.next_visit_on or date.max).toordinal()
        if column == self.SEEN:
            return int(visit.child_seen)
        if column == self.FLAGS:
            return len(visit.risk_flags)
        return self._display(line, column).casefold()


def _date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""
