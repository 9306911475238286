"""Editing a list of records (carers, groups, allowances): a table above, the chosen one's form."""

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.child.fields import Field, Spec

Display = Callable[[Any, str], str]  # (record, field name) -> text in the table


class RecordListEditor(QWidget):
    """Add, choose, edit and remove records; the list is kept as plain dataclasses."""

    changed = Signal()

    def __init__(
        self,
        specs: Sequence[Spec],
        table_fields: Sequence[str],
        make: Callable[[], Any],
        display: Display,
        *,
        adjust: Callable[[Any, str], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._specs = list(specs)
        self._table_fields = list(table_fields)
        self._make = make
        self._display = display
        self._adjust = adjust
        self._records: list[Any] = []
        self._loading = False

        self.table = QTableWidget(0, len(table_fields), self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Each column as wide as its longest entry, so names are never cut short.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)

        self.fields: dict[str, Field] = {}
        self.captions: dict[str, QLabel] = {}
        self.form_box = QWidget(self)
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self._specs:
            field = Field(spec, self.form_box)
            field.changed.connect(lambda name=spec.name: self._edited(name))
            self.fields[spec.name] = field
            if spec.kind == "bool":
                form.addRow("", field)
            else:
                caption = QLabel(spec.caption, self.form_box)
                caption.setBuddy(field)
                self.captions[spec.name] = caption
                form.addRow(caption, field)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.form_box, 3)
        self._retranslate()
        self._show(-1)

    def set_headers(self, headers: Sequence[str]) -> None:
        self.table.setHorizontalHeaderLabels(list(headers))

    def _retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.empty_label.setText(self.tr("None yet. Press Add to enter one."))

    # --- data ------------------------------------------------------------------------------------

    def records(self) -> list[Any]:
        return list(self._records)

    def set_records(self, records: Sequence[Any]) -> None:
        self._records = list(records)
        self.table.setRowCount(len(self._records))
        for row in range(len(self._records)):
            self._paint(row)
        self.table.setCurrentCell(0 if self._records else -1, 0)
        self._show(0 if self._records else -1)

    def add(self) -> None:
        self._records.append(self._make())
        row = len(self._records) - 1
        self.table.setRowCount(len(self._records))
        self._paint(row)
        self.table.setCurrentCell(row, 0)
        self._show(row)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._records):
            return
        del self._records[row]
        self.table.removeRow(row)
        self._show(self.table.currentRow())
        self.changed.emit()

    def select(self, row: int) -> None:
        self.table.setCurrentCell(row, 0)
        self._show(row)

    # --- internals -------------------------------------------------------------------------------

    def _paint(self, row: int) -> None:
        record = self._records[row]
        for column, name in enumerate(self._table_fields):
            self.table.setItem(row, column, QTableWidgetItem(self._display(record, name)))

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self._records)
        self.form_box.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.empty_label.setVisible(not self._records)
        self._loading = True
        for name, field in self.fields.items():
            record = self._records[row] if has else None
            field.fill_choices(record)
            field.set_value(getattr(record, name) if has else None)
        self._loading = False

    def _edited(self, name: str) -> None:
        row = self.table.currentRow()
        if self._loading or not 0 <= row < len(self._records):
            return
        record = replace(self._records[row], **{name: self.fields[name].value()})
        if self._adjust is not None:
            record = self._adjust(record, name)
        self._records[row] = record
        self._loading = True
        for other, field in self.fields.items():
            if field.spec.depends_on == name:
                field.fill_choices(record)
                record = replace(record, **{other: field.value()})
                self._records[row] = record
            elif other != name and field.value() != getattr(record, other):
                field.set_value(getattr(record, other))
        self._loading = False
        self._paint(row)
        self.changed.emit()
