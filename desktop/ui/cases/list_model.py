"""The case list as a table model: code, child, stage, risk, received, officer, next deadline."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.cases.views import CaseSummary
from desktop.ui.cases.texts import enum_label, fmt_time

CODE, CHILD, STAGE, RISK, RECEIVED, OFFICER, NEXT_DUE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("CaseListModel", "Case no."),
    QT_TRANSLATE_NOOP("CaseListModel", "Child"),
    QT_TRANSLATE_NOOP("CaseListModel", "Stage"),
    QT_TRANSLATE_NOOP("CaseListModel", "Risk"),
    QT_TRANSLATE_NOOP("CaseListModel", "Received"),
    QT_TRANSLATE_NOOP("CaseListModel", "Officer"),
    QT_TRANSLATE_NOOP("CaseListModel", "Next deadline"),
)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QColor("#b00020")
_SOON = QColor("#a15c00")


class CaseListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CaseSummary] = []

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("CaseListModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(_OVERDUE)
            if row.due_soon:
                return QBrush(_SOON)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.column() == CODE
            and not row.code_confirmed
        ):
            return QCoreApplication.translate(
                "CaseListModel", "Provisional number, until the city server confirms it"
            )
        return None

    def _text(self, row: CaseSummary, column: int) -> str:
        if column == CODE:
            return row.code if row.code_confirmed else f"{row.code}*"
        if column == CHILD:
            return row.child_name or QCoreApplication.translate(
                "CaseListModel", "(child not yet identified)"
            )
        if column == STAGE:
            return enum_label(row.stage)
        if column == RISK:
            text = enum_label(row.risk_level)
            if row.emergency:
                return (
                    QCoreApplication.translate("CaseListModel", "{0} · emergency")
                    .format(text)
                    .strip(" ·")
                )
            return text
        if column == RECEIVED:
            return fmt_time(row.received_at)
        if column == OFFICER:
            return row.officer_name
        if column == NEXT_DUE:
            text = fmt_time(row.next_due)
            if row.overdue:
                return QCoreApplication.translate("CaseListModel", "{0} (overdue)").format(text)
            return text
        return ""

    def case_id(self, row: int) -> str:
        return self.rows[row].id
