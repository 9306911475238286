"""A form over one record's fields, laid out in two columns, with problems marked in red."""

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.ui.child.fields import Field, Spec

_MARK = "color: #b00020;"


class RecordForm(QWidget):
    """set_record() fills the fields; record() gives the record back with the edits applied."""

    changed = Signal()

    def __init__(
        self, specs: Sequence[Spec], *, columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._record: Any = None
        self._loading = False
        self.fields: dict[str, Field] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        row = col = 0
        for spec in specs:
            field = Field(spec, self)
            field.changed.connect(self._edited)
            self.fields[spec.name] = field
            wide = spec.kind == "long"
            if wide and col:
                row, col = row + 1, 0
            caption = QLabel("" if spec.kind == "bool" else spec.caption, self)
            caption.setBuddy(field)
            caption.setWordWrap(True)
            self.captions[spec.name] = caption
            grid.addWidget(caption, row, col * 2)
            grid.addWidget(field, row, col * 2 + 1, 1, (columns * 2 - 1) if wide else 1)
            if wide:
                row, col = row + 1, 0
            else:
                col += 1
                if col == columns:
                    row, col = row + 1, 0
        for c in range(columns):
            grid.setColumnStretch(c * 2 + 1, 1)
        grid.setRowStretch(row + 1, 1)

    def set_record(self, record: Any) -> None:
        self._record = record
        self._loading = True
        for name, field in self.fields.items():
            field.fill_choices(record)
            field.set_value(getattr(record, name))
        self._loading = False

    def record(self) -> Any:
        if self._record is None:
            return None
        return replace(self._record, **{name: f.value() for name, f in self.fields.items()})

    def mark(self, names: set[str]) -> None:
        """Show in red the captions of fields that have a problem; the rest as normal."""
        for name, caption in self.captions.items():
            caption.setStyleSheet(_MARK if name in names else "")

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
