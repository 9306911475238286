"""Table models for the sync page: conflicts side by side, and refused changes with reasons."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.sync.messages import refused_text
from desktop.services.sync.review import ConflictItem, FieldConflict, QuarantineItem
from desktop.ui.sync.messages import held_reason, show
from desktop.ui.sync.texts import field_label, show_value, table_label, when_text

Index = QModelIndex | QPersistentModelIndex
_INVALID = QModelIndex()



def reason_text(item: QuarantineItem) -> str:
    """Why the change was refused or the row held back, in the UI's language."""
    if item.held_problem is not None:
        return held_reason(*item.held_problem)
    if item.from_server or not item.reason_code:
        return item.reason or item.reason_code
    return show(refused_text(item.reason_code, ""))

class ConflictModel(QAbstractTableModel):
    """One line per conflicting field: record, field, my value, the server's value."""

    RECORD, FIELD, MINE, THEIRS = range(4)
    ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[ConflictItem, FieldConflict]] = []

    def set_items(self, items: list[ConflictItem]) -> None:
        self.beginResetModel()
        self._rows = [(item, field) for item in items for field in item.fields]
        self.endResetModel()

    def item_at(self, row: int) -> ConflictItem | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Record"), self.tr("Field"), self.tr("My value"), self.tr("Server value"))
        return titles[section] if 0 <= section < 4 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, field = self._rows[index.row()]
        if role == self.ITEM_ROLE:
            return item.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.RECORD:
            return table_label(item.table)
        if column == self.FIELD:
            return field_label(field.field)
        if column == self.MINE:
            return show_value(field.mine)
        if column == self.THEIRS:
            return show_value(field.theirs)
        return None


class QuarantineModel(QAbstractTableModel):
    """One line per refused change: record, the server's reason, when."""

    RECORD, REASON, WHEN = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QuarantineItem] = []

    def set_items(self, items: list[QuarantineItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> QuarantineItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Record"), self.tr("Reason"), self.tr("Refused at"))
        return titles[section] if 0 <= section < 3 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if column == self.RECORD:
            return table_label(item.table)
        if column == self.REASON:
            return reason_text(item)
        if column == self.WHEN:
            return when_text(item.quarantined_at)
        return None
