"""The plan's task table (Art. 28.3): task, who, provider, dates, cost; editable in a draft."""

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
    Signal,
)

from desktop.domain.enums import TaskStatus
from desktop.ui.cases.texts import enum_label, fmt_date, fmt_money

TASK, RESPONSIBLE, PROVIDER, START, END, COST, STATUS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("PlanTaskModel", "Task or service"),
    QT_TRANSLATE_NOOP("PlanTaskModel", "Responsible"),
    QT_TRANSLATE_NOOP("PlanTaskModel", "Provider"),
    QT_TRANSLATE_NOOP("PlanTaskModel", "Start"),
    QT_TRANSLATE_NOOP("PlanTaskModel", "Expected end"),
    QT_TRANSLATE_NOOP("PlanTaskModel", "Cost (VND)"),
    QT_TRANSLATE_NOOP("PlanTaskModel", "Status"),
)
_TEXT = {TASK: "task", RESPONSIBLE: "responsible", PROVIDER: "provider"}
_DATES = {START: "start_date", END: "expected_end"}


@dataclass(frozen=True)
class TaskLine:
    task: str = ""
    responsible: str = ""
    provider: str = ""
    start_date: date | None = None
    expected_end: date | None = None
    cost: int = 0
    status: TaskStatus = TaskStatus.PLANNED
    id: str = ""


class PlanTaskModel(QAbstractTableModel):
    total_changed = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[TaskLine] = []
        self.editable = False

    @property
    def total(self) -> int:
        return sum(line.cost for line in self.lines)

    def set_lines(self, lines: list[TaskLine], editable: bool) -> None:
        self.beginResetModel()
        self.lines, self.editable = list(lines), editable
        self.endResetModel()
        self.total_changed.emit(self.total)

    def add_line(self, line: TaskLine | None = None) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line or TaskLine())
        self.endInsertRows()
        self.total_changed.emit(self.total)
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.total_changed.emit(self.total)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("PlanTaskModel", HEADERS[section])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() != STATUS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col in _TEXT:
                return getattr(line, _TEXT[col])
            if col in _DATES:
                return fmt_date(getattr(line, _DATES[col]))
            if col == COST:
                return fmt_money(line.cost)
            return enum_label(line.status)
        if role == Qt.ItemDataRole.EditRole:
            if col in _TEXT:
                return getattr(line, _TEXT[col])
            if col in _DATES:
                return getattr(line, _DATES[col])  # a date or None, for the DateDelegate
            if col == COST:
                return line.cost
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and self.editable and role == Qt.ItemDataRole.EditRole):
            return False
        row, col = index.row(), index.column()
        line = self.lines[row]
        if col in _TEXT:
            line = replace(line, **{_TEXT[col]: str(value)})
        elif col in _DATES:
            day = value.toPython() if isinstance(value, QDate) else value
            day = day if isinstance(day, date) else None
            line = replace(line, **{_DATES[col]: day})
        elif col == COST:
            line = replace(line, cost=max(0, int(value)))
        else:
            return False
        self.lines[row] = line
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
        if col == COST:
            self.total_changed.emit(self.total)
        return True
