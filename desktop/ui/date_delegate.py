"""Table cells edited with the app's date field: typed dd/mm/yyyy, kept open while unreadable."""

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.date_field import DateField

_Hint = QAbstractItemDelegate.EndEditHint


class DateDelegate(QStyledItemDelegate):
    """A DateField as the cell editor; a text that is no date is never written to the model.

    Enter, Tab or leaving the cell stores a good date (reformatted dd/mm/yyyy); with an
    unreadable text the editor stays open with the problem shown, and open_problem() lets the
    form refuse to save.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editors: list[DateField] = []

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex
    ) -> QWidget:
        editor = DateField(parent)
        editor.setAutoFillBackground(True)
        editor.line.installEventFilter(self)
        editor.destroyed.connect(lambda *_: self._forget(editor))
        self.editors.append(editor)
        return editor

    def _forget(self, editor: DateField) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        assert isinstance(editor, DateField)
        editor.set_value(value if isinstance(value, date) else None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, DateField)
        if editor.check():
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, _index: QModelIndex
    ) -> None:
        rect = option.rect
        # The problem line shows under the cell, so the editor may grow downwards.
        editor.setGeometry(rect.x(), rect.y(), rect.width(), max(rect.height(),
                           editor.sizeHint().height()))  # fmt: skip

    def open_problem(self) -> DateField | None:
        """An open cell editor holding a text that is no date (shown at it), or None."""
        for editor in list(self.editors):
            if not editor.check():
                editor.line.setFocus()
                return editor
        return None

    def commit_open(self) -> None:
        """Store what the open editors hold (Save pressed by shortcut while one is open)."""
        for editor in list(self.editors):
            if editor.check():
                self.commitData.emit(editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = watched.parent() if isinstance(watched, QWidget) else None
        if not isinstance(editor, DateField) or watched is not editor.line:
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self._close(editor, _Hint.RevertModelCache)
                return True
            ends = {
                Qt.Key.Key_Return: _Hint.SubmitModelCache,
                Qt.Key.Key_Enter: _Hint.SubmitModelCache,
                Qt.Key.Key_Tab: _Hint.EditNextItem,
                Qt.Key.Key_Backtab: _Hint.EditPreviousItem,
            }
            if key in ends:
                if editor.check():
                    self.commitData.emit(editor)
                    self._close(editor, ends[key])
                return True
        elif kind == QEvent.Type.FocusOut:
            inside = QApplication.focusWidget()
            if QApplication.activePopupWidget() is not None or (
                inside is not None and editor.isAncestorOf(inside)
            ):
                return False
            if editor.check():
                self.commitData.emit(editor)
                self._close(editor, _Hint.NoHint)
        return False

    def _close(self, editor: DateField, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Forgotten first: the view deletes it later, and it must not be committed again.
        self._forget(editor)
        editor.line.removeEventFilter(self)
        self.closeEditor.emit(editor, hint)
