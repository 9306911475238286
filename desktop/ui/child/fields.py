"""Typed form fields of the child profile, built from field specs."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.ui.date_field import DateField


@dataclass(frozen=True)
class Spec:
    """One field of a record editor: attribute, caption, kind and (for choices) the options."""

    name: str
    caption: str
    kind: str = "text"  # text, long, int, float, money, date, choice, bool
    choices: Callable[[Any], Sequence[tuple[str, Any]]] | None = None  # (record) -> options
    depends_on: str | None = None  # refill the choices when this field changes
    optional: bool = True  # ints and dates may be empty


class Field(QWidget):
    """Wraps the input a Spec calls for behind value()/set_value() and a `changed` signal."""

    changed = Signal()

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        self.spec = spec
        kind = spec.kind
        if kind == "date":
            self.input: QWidget = DateField(self, optional=spec.optional)
            self.input.changed.connect(self._changed)
        elif kind in ("int", "money"):
            box = QSpinBox(self)
            box.setRange(0 if kind == "money" else (1899 if spec.optional else 1900), 99_999_999)
            if kind == "money":
                box.setSuffix(" đ")
                box.setGroupSeparatorShown(True)
                box.setSingleStep(10_000)
            elif spec.optional:
                box.setSpecialValueText(" ")
            box.valueChanged.connect(self._changed)
            self.input = box
        elif kind == "float":
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 100)
            spin.setDecimals(2)
            spin.setSingleStep(0.5)
            spin.valueChanged.connect(self._changed)
            self.input = spin
        elif kind == "choice":
            combo = QComboBox(self)
            combo.currentIndexChanged.connect(self._changed)
            self.input = combo
        elif kind == "bool":
            check = QCheckBox(spec.caption, self)
            check.toggled.connect(self._changed)
            self.input = check
        elif kind == "long":
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setMaximumHeight(90)
            text.textChanged.connect(self._changed)
            self.input = text
        else:
            line = QLineEdit(self)
            line.textChanged.connect(self._changed)
            self.input = line
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        self.setFocusProxy(self.input)

    def _changed(self, *_args: Any) -> None:
        self.changed.emit()

    def fill_choices(self, record: Any) -> None:
        if self.spec.choices is None or not isinstance(self.input, QComboBox):
            return
        combo = self.input
        wanted = self.value()
        combo.blockSignals(True)
        combo.clear()
        # Kept here, not as item data: Qt hands enum members back as plain strings.
        self._choices = list(self.spec.choices(record))
        for text, _value in self._choices:
            combo.addItem(text)
        combo.setCurrentIndex(self._index_of(wanted))
        combo.blockSignals(False)

    def _index_of(self, value: Any) -> int:
        values = [v for _text, v in getattr(self, "_choices", [])]
        return values.index(value) if value in values else 0

    def value(self) -> Any:
        widget, kind = self.input, self.spec.kind
        if isinstance(widget, DateField):
            return widget.value()
        if isinstance(widget, QSpinBox):
            if kind == "int" and self.spec.optional and widget.value() == widget.minimum():
                return None
            return widget.value()
        if isinstance(widget, QDoubleSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            choices = getattr(self, "_choices", [])
            index = widget.currentIndex()
            return choices[index][1] if 0 <= index < len(choices) else None
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def set_value(self, value: Any) -> None:
        widget = self.input
        widget.blockSignals(True)
        if isinstance(widget, DateField):
            widget.set_value(value)
        elif isinstance(widget, QSpinBox):
            widget.setValue(widget.minimum() if value is None else int(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value or 0))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(self._index_of(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        else:
            widget.setText(value or "")
        widget.blockSignals(False)
